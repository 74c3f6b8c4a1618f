package org.govex.schemas.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.govex.schemas.code.CreditCodes;
import org.govex.schemas.code.Divisions;

public class CreditCodeValidator implements ConstraintValidator<CreditCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String failure = CreditCodes.check(value, Divisions.standard());
        return failure == null || Rules.fail(context, "CreditCode." + failure);
    }
}
