package org.govex.schemas.constraint;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a violation under a specific rule id; its message template is {@code {govex.rule.<rule>}}. */
final class Rules {

    private Rules() {
    }

    static boolean fail(ConstraintValidatorContext context, String rule) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{govex.rule." + rule + "}").addConstraintViolation();
        return false;
    }
}
