package org.govex.schemas.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.math.BigDecimal;

public class FiniteDecimalValidator implements ConstraintValidator<FiniteDecimal, Object> {

    private int integer;
    private int fraction;

    @Override
    public void initialize(FiniteDecimal annotation) {
        integer = annotation.integer();
        fraction = annotation.fraction();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        BigDecimal d;
        if (value instanceof BigDecimal b) {
            d = b;
        } else if (value instanceof Double || value instanceof Float) {
            double x = ((Number) value).doubleValue();
            if (!Double.isFinite(x)) {
                return Rules.fail(context, "FiniteDecimal.notFinite");
            }
            d = BigDecimal.valueOf(x);
        } else {
            try {
                d = new BigDecimal(value.toString().trim());
            } catch (NumberFormatException e) {
                return Rules.fail(context, "FiniteDecimal.notFinite");
            }
        }
        return digitsWithin(d, integer, fraction) || Rules.fail(context, "FiniteDecimal.digits");
    }

    /** Integer digits and fraction digits of the plain (stripped) value within bounds. */
    public static boolean digitsWithin(BigDecimal d, int integer, int fraction) {
        BigDecimal s = d.stripTrailingZeros();
        int scale = Math.max(s.scale(), 0);
        int intDigits = s.precision() - s.scale();
        return scale <= fraction && intDigits <= integer;
    }
}
