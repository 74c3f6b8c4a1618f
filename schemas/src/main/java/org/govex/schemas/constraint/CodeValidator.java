package org.govex.schemas.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.govex.schemas.code.CodeList;

public class CodeValidator implements ConstraintValidator<Code, String> {

    private CodeList list;
    private String rule;

    @Override
    public void initialize(Code annotation) {
        list = annotation.value();
        rule = "Code." + list.id();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || list.contains(value) || Rules.fail(context, rule);
    }
}
