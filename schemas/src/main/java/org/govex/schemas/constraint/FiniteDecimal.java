package org.govex.schemas.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A finite decimal (no NaN or infinity) within digit bounds; on BigDecimal, Double or text. Rules {@code FiniteDecimal.notFinite|digits}. */
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Constraint(validatedBy = FiniteDecimalValidator.class)
public @interface FiniteDecimal {
    String message() default "{govex.rule.FiniteDecimal}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Most digits before the decimal point. */
    int integer() default 24;

    /** Most digits after the decimal point. */
    int fraction() default 12;
}
