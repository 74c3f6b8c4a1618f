package org.govex.schemas.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.govex.schemas.code.Periods;

public class PeriodValidator implements ConstraintValidator<Period, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Periods.frequencyOf(value) != null || Rules.fail(context, "Period.format");
    }
}
