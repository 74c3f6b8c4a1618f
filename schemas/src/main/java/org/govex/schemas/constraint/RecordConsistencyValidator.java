package org.govex.schemas.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.govex.schemas.record.BaseRecord;

import java.util.List;

public class RecordConsistencyValidator implements ConstraintValidator<RecordConsistency, BaseRecord> {

    @Override
    public boolean isValid(BaseRecord value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<ConsistencyRules.Broken> broken = ConsistencyRules.check(value);
        if (broken.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (ConsistencyRules.Broken b : broken) {
            context.buildConstraintViolationWithTemplate("{govex.rule." + b.rule() + "}")
                    .addPropertyNode(b.field()).addConstraintViolation();
        }
        return false;
    }
}
