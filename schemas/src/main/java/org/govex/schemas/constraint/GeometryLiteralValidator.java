package org.govex.schemas.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.govex.schemas.code.Geometries;

public class GeometryLiteralValidator implements ConstraintValidator<GeometryLiteral, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Geometries.Parsed p = Geometries.parse(value);
        return p.ok() || Rules.fail(context, "Geometry." + p.failure());
    }
}
