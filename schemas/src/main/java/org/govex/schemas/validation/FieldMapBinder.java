package org.govex.schemas.validation;

import org.govex.schemas.error.Violation;
import org.govex.schemas.record.BaseRecord;
import org.govex.schemas.record.FieldSpec;
import org.govex.schemas.record.MonetaryAmount;
import org.govex.schemas.record.RecordShape;
import org.govex.schemas.record.RecordType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a generic field map (field name → value, as parsed from JSON, XML, CSV or NDJSON) into a
 * typed record. Values may be text, numbers, dates or (for money) a nested map or
 * {@code "5000000 CNY"}; blank text means absent. Type errors and unknown fields become
 * violations ({@code Type.date}, {@code Type.dateTime}, {@code Type.decimal}, {@code Type.money},
 * {@code Type.text}, {@code Field.unknown}, {@code FiniteDecimal.notFinite}).
 */
public final class FieldMapBinder {

    private FieldMapBinder() {
    }

    /** Binds the map; the record is null when a type error occurred (then {@code errors} says why). */
    public static <T extends BaseRecord> T bind(RecordType type, Map<String, ?> fields, List<Violation> errors, Locale locale) {
        RecordShape<T> shape = type.shape();
        Object[] values = new Object[shape.fields().size()];
        int before = errors.size();
        for (Map.Entry<String, ?> e : fields.entrySet()) {
            FieldSpec<T> f = shape.field(e.getKey());
            if (f == null) {
                errors.add(violation(e.getKey(), "Field.unknown", locale));
                continue;
            }
            values[f.index()] = convert(f, e.getValue(), errors, locale);
        }
        return errors.size() == before ? shape.create(values) : null;
    }

    /** Converts one raw value to the Java type of the field's kind; adds a violation and returns null on failure. */
    public static Object convert(FieldSpec<?> f, Object raw, List<Violation> errors, Locale locale) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof CharSequence cs && isBlank(cs)) {
            return null;
        }
        String name = f.name();
        switch (f.kind()) {
            case STRING -> {
                if (raw instanceof String s) {
                    return s;
                }
                if (raw instanceof BigDecimal b) {
                    return b.toPlainString();
                }
                if (raw instanceof Number || raw instanceof Boolean || raw instanceof CharSequence) {
                    return raw.toString();
                }
                errors.add(violation(name, "Type.text", locale));
                return null;
            }
            case DATE -> {
                if (raw instanceof LocalDate d) {
                    return d;
                }
                try {
                    return IsoTimes.date(raw.toString().trim());
                } catch (DateTimeParseException e) {
                    errors.add(violation(name, "Type.date", locale));
                    return null;
                }
            }
            case DATE_TIME -> {
                if (raw instanceof OffsetDateTime d) {
                    return d;
                }
                try {
                    return IsoTimes.dateTime(raw.toString().trim());
                } catch (DateTimeParseException e) {
                    errors.add(violation(name, "Type.dateTime", locale));
                    return null;
                }
            }
            case DECIMAL -> {
                return decimal(name, raw, errors, locale);
            }
            case MONEY -> {
                if (raw instanceof MonetaryAmount m) {
                    return m;
                }
                if (raw instanceof Map<?, ?> m) {
                    for (Object k : m.keySet()) {
                        if (!"amount".equals(k) && !"currency".equals(k)) {
                            errors.add(violation(name + "." + k, "Field.unknown", locale));
                            return null;
                        }
                    }
                    BigDecimal amount = decimal(name + ".amount", m.get("amount"), errors, locale);
                    Object currency = m.get("currency");
                    if (currency != null && !(currency instanceof String)) {
                        errors.add(violation(name + ".currency", "Type.text", locale));
                        return null;
                    }
                    return amount == null && m.get("amount") != null ? null : new MonetaryAmount(amount, (String) currency);
                }
                if (raw instanceof CharSequence cs) {
                    String[] parts = cs.toString().trim().split("\\s+");
                    if (parts.length == 2) {
                        BigDecimal amount = decimal(name + ".amount", parts[0], errors, locale);
                        return amount == null ? null : new MonetaryAmount(amount, parts[1]);
                    }
                }
                errors.add(violation(name, "Type.money", locale));
                return null;
            }
            default -> throw new IllegalStateException(f.kind().name());
        }
    }

    private static BigDecimal decimal(String name, Object raw, List<Violation> errors, Locale locale) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof BigDecimal b) {
            return b;
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            if (!Double.isFinite(d)) {
                errors.add(violation(name, "FiniteDecimal.notFinite", locale));
                return null;
            }
            return BigDecimal.valueOf(d);
        }
        if (raw instanceof Number n) {
            try {
                return new BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                errors.add(violation(name, "Type.decimal", locale));
                return null;
            }
        }
        if (raw instanceof CharSequence cs) {
            String s = cs.toString().trim();
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.equals("nan") || lower.endsWith("infinity") || lower.equals("inf") || lower.equals("-inf")
                    || lower.equals("+inf")) {
                errors.add(violation(name, "FiniteDecimal.notFinite", locale));
                return null;
            }
            if (s.length() > 100) {
                errors.add(violation(name, "FiniteDecimal.digits", locale));
                return null;
            }
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                errors.add(violation(name, "Type.decimal", locale));
                return null;
            }
        }
        errors.add(violation(name, "Type.decimal", locale));
        return null;
    }

    private static boolean isBlank(CharSequence cs) {
        for (int i = 0; i < cs.length(); i++) {
            if (!Character.isWhitespace(cs.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static Violation violation(String field, String rule, Locale locale) {
        return new Violation(field, rule, Messages.rule(rule, locale));
    }
}
