package org.govex.schemas.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A statistical period {@code 2024}, {@code 2024-Q3} or {@code 2024-07}. Rule {@code Period.format}. */
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Constraint(validatedBy = PeriodValidator.class)
public @interface Period {
    String message() default "{govex.rule.Period}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
