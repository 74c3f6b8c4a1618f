package org.govex.schemas.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** Cross-field rules of a base record (ID number vs birth date and sex, area vs geometry, period vs frequency, date order). See {@link ConsistencyRules}. */
@Documented
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Constraint(validatedBy = RecordConsistencyValidator.class)
public @interface RecordConsistency {
    String message() default "{govex.rule.RecordConsistency}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
