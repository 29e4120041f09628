package uk.caseaudit.api.openapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;

/**
 * A command: documented with what every command takes and answers (Idempotency-Key, If-Match on a record, the
 * version and position it answers, and the errors 400, 401, 403, 404, 409, 412 and 422 as problem+json).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Operation(extensions = @Extension(properties = @ExtensionProperty(name = ApiConventions.KIND, value = "command")))
public @interface CommandOperation {

    @AliasFor(annotation = Operation.class)
    String summary();

    @AliasFor(annotation = Operation.class)
    String description();
}
