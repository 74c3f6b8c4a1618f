package org.govex.schemas.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** GB 32100 unified social credit code: character set, mod-31 check character, known division. Rules {@code CreditCode.format|checkCharacter|division}. */
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Constraint(validatedBy = CreditCodeValidator.class)
public @interface CreditCode {
    String message() default "{govex.rule.CreditCode}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
