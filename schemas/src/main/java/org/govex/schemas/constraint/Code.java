package org.govex.schemas.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import org.govex.schemas.code.CodeList;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A code from a code list. Rule {@code Code.<list id>}, e.g. {@code Code.sex}. */
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Constraint(validatedBy = CodeValidator.class)
public @interface Code {
    String message() default "{govex.rule.Code}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The code list the value must belong to. */
    CodeList value();
}
