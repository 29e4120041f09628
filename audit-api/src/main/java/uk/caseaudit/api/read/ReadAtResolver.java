package uk.caseaudit.api.read;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a {@link ReadAt} argument from the query parameters {@code asAt}, {@code knownAt} and {@code minPosition},
 * converted as {@code @RequestParam}s of those types would be: a malformed one is the same
 * {@link MethodArgumentTypeMismatchException}, so the same 400.
 */
@Component
public class ReadAtResolver implements HandlerMethodArgumentResolver {

    /** The parameters as a controller would declare them: the types and formats the query is converted to. */
    static final MethodParameter AS_AT = declared(0);
    static final MethodParameter KNOWN_AT = declared(1);
    static final MethodParameter MIN_POSITION = declared(2);

    private final Clock clock;
    private final ReadConsistency consistency;

    ReadAtResolver(Clock clock, ReadConsistency consistency) {
        this.clock = clock;
        this.consistency = consistency;
    }

    @SuppressWarnings("unused")
    private static void declaration(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt, Instant knownAt,
                                    Long minPosition) {
    }

    private static MethodParameter declared(int index) {
        Method declaration = ReflectionUtils.findMethod(ReadAtResolver.class, "declaration", LocalDate.class,
                Instant.class, Long.class);
        return new MethodParameter(declaration, index);
    }

    static String name(MethodParameter declared) {
        return declared == AS_AT ? "asAt" : declared == KNOWN_AT ? "knownAt" : "minPosition";
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return ReadAt.class.equals(parameter.getParameterType());
    }

    @Override
    public ReadAt resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binders) throws Exception {
        ReadParameters taken = parameter.getParameterAnnotation(ReadParameters.class);
        LocalDate asAt = taken == null || taken.asAt() ? (LocalDate) value(AS_AT, request, binders) : null;
        Instant knownAt = taken == null || taken.knownAt() ? (Instant) value(KNOWN_AT, request, binders) : null;
        Long minPosition = (Long) value(MIN_POSITION, request, binders);
        return new ReadAt(asAt, knownAt, minPosition, clock, consistency);
    }

    private static Object value(MethodParameter declared, NativeWebRequest request, WebDataBinderFactory binders)
            throws Exception {
        String name = name(declared);
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        Object raw = values.length == 1 ? values[0] : values;
        WebDataBinder binder = binders.createBinder(request, null, name);
        try {
            return binder.convertIfNecessary(raw, declared.getParameterType(), declared);
        } catch (ConversionNotSupportedException notSupported) {
            throw new MethodArgumentConversionNotSupportedException(raw, declared.getParameterType(), name, declared,
                    notSupported.getCause());
        } catch (TypeMismatchException mismatch) {
            throw new MethodArgumentTypeMismatchException(raw, declared.getParameterType(), name, declared,
                    mismatch.getCause());
        }
    }
}
