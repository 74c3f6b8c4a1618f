package org.govex.schemas.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** GB 11643 citizen ID number: format, ISO 7064 MOD 11-2 check digit, real birth date, known division. Rules {@code CitizenIdNumber.format|checkDigit|birthDate|division}. */
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Constraint(validatedBy = CitizenIdNumberValidator.class)
public @interface CitizenIdNumber {
    String message() default "{govex.rule.CitizenIdNumber}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
