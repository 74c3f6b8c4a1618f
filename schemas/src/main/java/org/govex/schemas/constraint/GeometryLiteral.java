package org.govex.schemas.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** WKT (optionally CRS-prefixed) or GeoJSON geometry: parses, accepted CRS, coordinates in range, closed and valid polygons. Rules {@code Geometry.syntax|crs|coordinateRange|notClosed|invalid}. */
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Constraint(validatedBy = GeometryLiteralValidator.class)
public @interface GeometryLiteral {
    String message() default "{govex.rule.GeometryLiteral}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
