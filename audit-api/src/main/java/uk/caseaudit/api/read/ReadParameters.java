package uk.caseaudit.api.read;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which of the read parameters a {@link ReadAt} argument takes from the query (minPosition always): a parameter an
 * endpoint does not take is neither read nor documented.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadParameters {

    boolean asAt() default true;

    boolean knownAt() default true;
}
