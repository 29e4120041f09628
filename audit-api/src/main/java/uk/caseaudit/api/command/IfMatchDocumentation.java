package uk.caseaudit.api.command;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** Documents an {@link IfMatch} argument as the optional If-Match header it is read from. */
@Component
class IfMatchDocumentation implements OperationCustomizer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(IfMatch.class);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        for (MethodParameter argument : handler.getMethodParameters()) {
            if (IfMatch.class.equals(argument.getParameterType())) {
                Schema<?> schema = new Schema<>();
                schema.setType("string");
                schema.setTypes(new LinkedHashSet<>(Set.of("string")));
                operation.addParametersItem(new Parameter().in("header").name(HttpHeaders.IF_MATCH).required(false)
                        .schema(schema));
            }
        }
        return operation;
    }
}
