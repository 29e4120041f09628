package uk.caseaudit.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * A {@code @NotBlank} field of a request body needs at least one character: its schema says minLength 1.
 * (swagger-core lets the {@code @Size(max)} beside it set minLength 0.)
 */
class NotBlankText implements GlobalOperationComponentsCustomizer {

    @Override
    public Operation customize(Operation operation, Components components, HandlerMethod handlerMethod) {
        if (components != null && components.getSchemas() != null) {
            for (MethodParameter parameter : handlerMethod.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    require(parameter.getParameterType(), components, new HashSet<>());
                }
            }
        }
        return operation;
    }

    /** Without the components there is nothing to mark (springdoc passes them: see the method above). */
    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        return operation;
    }

    /** The schema of a record is the component of its simple name; nested records are followed. */
    private static void require(Class<?> type, Components components, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        Schema<?> schema = components.getSchemas().get(type.getSimpleName());
        for (RecordComponent component : type.getRecordComponents()) {
            Schema<?> property = schema == null || schema.getProperties() == null ? null
                    : schema.getProperties().get(component.getName());
            if (property != null && notBlank(type, component)
                    && (property.getMinLength() == null || property.getMinLength() < 1)) {
                property.setMinLength(1);
            }
            require(component.getType(), components, seen);
        }
    }

    private static boolean notBlank(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName()).isAnnotationPresent(NotBlank.class);
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException("A record without the field of its component " + component.getName(),
                    impossible);
        }
    }
}
