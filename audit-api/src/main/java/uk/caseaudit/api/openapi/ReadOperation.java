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
 * A read: documented with what every read takes and answers (page and size described, the table also as
 * CSV, the ETag of a record, and the errors 400, 401, 403, 404 and, with minPosition, 503 as problem+json).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Operation(extensions = @Extension(properties = @ExtensionProperty(name = ApiConventions.KIND, value = "read")))
public @interface ReadOperation {

    @AliasFor(annotation = Operation.class)
    String summary();

    @AliasFor(annotation = Operation.class)
    String description();
}
