package org.govex.schemas.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.govex.schemas.code.CitizenIds;
import org.govex.schemas.code.Divisions;

import java.time.LocalDate;
import java.time.ZoneId;

public class CitizenIdNumberValidator implements ConstraintValidator<CitizenIdNumber, String> {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        LocalDate today = LocalDate.now(context.getClockProvider().getClock().withZone(CHINA));
        String failure = CitizenIds.check(value, Divisions.standard(), today);
        return failure == null || Rules.fail(context, "CitizenIdNumber." + failure);
    }
}
