package org.govex.schemas.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A six-digit GB/T 2260 code that exists (current; historical only if allowed). Rules {@code DivisionCode.format|unknown}. */
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Constraint(validatedBy = DivisionCodeValidator.class)
public @interface DivisionCode {
    String message() default "{govex.rule.DivisionCode}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Also accept abolished codes listed in the registry's historical.csv. */
    boolean historical() default false;
}
