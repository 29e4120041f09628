package uk.caseaudit.api.read;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/** Documents a {@link ReadAt} argument as the query parameters it is read from, where the argument stands. */
@Component
class ReadAtDocumentation implements OperationCustomizer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ReadAt.class);
    }

    private static final String AS_AT = "The day to answer as at (yyyy-MM-dd): facts effective by the end of that day, "
            + "Europe/London. Today when left out.";
    private static final String KNOWN_AT = "Answer from only what was recorded by this instant (ISO-8601, e.g. "
            + "2018-06-15T09:00:00Z): how the service saw it then. Now when left out.";
    private static final String MIN_POSITION = "Read your writes: wait (a few seconds at most) until the read model "
            + "has processed this event-stream position, the position a command answered with. 503 with Retry-After "
            + "when it cannot in time.";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        MethodParameter[] arguments = handler.getMethodParameters();
        for (MethodParameter argument : arguments) {
            if (ReadAt.class.equals(argument.getParameterType())) {
                ReadParameters taken = argument.getParameterAnnotation(ReadParameters.class);
                List<Parameter> read = new ArrayList<>();
                if (taken == null || taken.asAt()) {
                    read.add(query("asAt", AS_AT, "string", "date"));
                }
                if (taken == null || taken.knownAt()) {
                    read.add(query("knownAt", KNOWN_AT, "string", "date-time"));
                }
                read.add(query("minPosition", MIN_POSITION, "integer", "int64"));
                List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>()
                        : new ArrayList<>(operation.getParameters());
                parameters.addAll(after(parameters, names(arguments, argument.getParameterIndex())), read);
                operation.setParameters(parameters);
            }
        }
        return operation;
    }

    /** The names under which the arguments before {@code end} appear in the document. */
    private static Set<String> names(MethodParameter[] arguments, int end) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < end; i++) {
            MethodParameter argument = arguments[i];
            argument.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            String name = argument.getParameterName();
            RequestParam param = argument.getParameterAnnotation(RequestParam.class);
            PathVariable path = argument.getParameterAnnotation(PathVariable.class);
            RequestHeader header = argument.getParameterAnnotation(RequestHeader.class);
            String declared = param != null ? param.name() : path != null ? path.name()
                    : header != null ? header.name() : "";
            names.add(declared.isEmpty() ? name : declared);
        }
        return names;
    }

    /** The index just after the last documented parameter named in {@code earlier}. */
    private static int after(List<Parameter> parameters, Set<String> earlier) {
        int at = 0;
        for (int i = 0; i < parameters.size(); i++) {
            if (earlier.contains(parameters.get(i).getName())) {
                at = i + 1;
            }
        }
        return at;
    }

    private static Parameter query(String name, String description, String type, String format) {
        Schema<?> schema = new Schema<>().format(format);
        schema.setType(type);
        schema.setTypes(new LinkedHashSet<>(Set.of(type)));
        return new Parameter().name(name).in("query").description(description).required(false).schema(schema);
    }
}
