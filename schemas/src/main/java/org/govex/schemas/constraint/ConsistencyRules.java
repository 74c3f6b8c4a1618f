package org.govex.schemas.constraint;

import org.govex.schemas.code.CitizenIds;
import org.govex.schemas.code.Geometries;
import org.govex.schemas.code.Periods;
import org.govex.schemas.record.BaseRecord;
import org.govex.schemas.record.Indicator;
import org.govex.schemas.record.Person;
import org.govex.schemas.record.Place;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Cross-field rules. Each applies only when the fields it compares are individually valid, so
 * a wrong check digit is reported once, not again as a birth-date mismatch.
 */
public final class ConsistencyRules {

    /** Relative tolerance between a declared area and the area computed from the geometry. */
    public static final double AREA_TOLERANCE = 0.05;

    /** A broken cross-field rule: the field it is reported on and the rule id. */
    public record Broken(String field, String rule) {
    }

    private ConsistencyRules() {
    }

    public static List<Broken> check(BaseRecord record) {
        List<Broken> out = new ArrayList<>(1);
        if (record instanceof Person p) {
            person(p, out);
        } else if (record instanceof Place p) {
            place(p, out);
        } else if (record instanceof Indicator i) {
            indicator(i, out);
        }
        return out;
    }

    private static void person(Person p, List<Broken> out) {
        String id = p.idNumber();
        if (id != null && id.length() == 18 && isDigits(id, 17) && CitizenIds.birthDate(id) != null
                && CitizenIds.checkCharacter(id) == id.charAt(17)) {
            if (p.birthDate() != null && !p.birthDate().equals(CitizenIds.birthDate(id))) {
                out.add(new Broken("idNumber", "CitizenIdNumber.birthDateMismatch"));
            }
            if (("1".equals(p.sex()) || "2".equals(p.sex())) && !CitizenIds.sexCode(id).equals(p.sex())) {
                out.add(new Broken("idNumber", "CitizenIdNumber.sexMismatch"));
            }
        }
        if (p.deathDate() != null && p.birthDate() != null && p.deathDate().isBefore(p.birthDate())) {
            out.add(new Broken("deathDate", "Person.deathBeforeBirth"));
        }
    }

    private static void place(Place p, List<Broken> out) {
        if (p.validFrom() != null && p.validTo() != null && p.validTo().isBefore(p.validFrom())) {
            out.add(new Broken("validTo", "Place.validityOrder"));
        }
        if (p.area() != null && p.geometry() != null) {
            Geometries.Parsed g = Geometries.parse(p.geometry());
            if (g.ok()) {
                double computed = Geometries.areaSquareMetres(g.geometry());
                if (computed > 0) {
                    double declared = p.area().doubleValue();
                    if (Math.abs(declared - computed) > AREA_TOLERANCE * computed + 1) {
                        out.add(new Broken("area", "Place.areaMismatch"));
                    }
                } else if (p.area().compareTo(BigDecimal.ZERO) != 0) {
                    out.add(new Broken("area", "Place.areaMismatch"));
                }
            }
        }
    }

    private static void indicator(Indicator i, List<Broken> out) {
        String f = Periods.frequencyOf(i.period());
        if (f != null && i.frequency() != null && !f.equals(i.frequency())) {
            out.add(new Broken("frequency", "Indicator.frequencyMismatch"));
        }
    }

    private static boolean isDigits(String s, int n) {
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
