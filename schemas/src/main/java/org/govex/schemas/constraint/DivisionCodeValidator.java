package org.govex.schemas.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.govex.schemas.code.Divisions;

public class DivisionCodeValidator implements ConstraintValidator<DivisionCode, String> {

    private boolean historical;

    @Override
    public void initialize(DivisionCode annotation) {
        historical = annotation.historical();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (value.length() != 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Rules.fail(context, "DivisionCode.format");
        }
        Divisions d = Divisions.standard();
        boolean ok = historical ? d.isKnown(value) : d.isCurrent(value);
        return ok || Rules.fail(context, "DivisionCode.unknown");
    }
}
