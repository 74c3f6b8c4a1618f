package org.govex.schemas.validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.govex.schemas.code.CitizenIds;
import org.govex.schemas.code.CodeList;
import org.govex.schemas.code.CreditCodes;
import org.govex.schemas.code.Divisions;
import org.govex.schemas.code.Geometries;
import org.govex.schemas.code.Periods;
import org.govex.schemas.constraint.CitizenIdNumber;
import org.govex.schemas.constraint.ConsistencyRules;
import org.govex.schemas.constraint.CreditCode;
import org.govex.schemas.constraint.DivisionCode;
import org.govex.schemas.constraint.FiniteDecimal;
import org.govex.schemas.constraint.FiniteDecimalValidator;
import org.govex.schemas.constraint.GeometryLiteral;
import org.govex.schemas.constraint.Period;
import org.govex.schemas.error.Violation;
import org.govex.schemas.record.BaseRecord;
import org.govex.schemas.record.FieldSpec;
import org.govex.schemas.record.MonetaryAmount;
import org.govex.schemas.record.RecordType;

import java.lang.reflect.AnnotatedElement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The Jakarta constraints of the record classes compiled once into plain checks: annotations are
 * read by reflection at start-up only; the hot path calls field accessors and precompiled
 * patterns. Verdicts, rule ids and messages are those of Hibernate Validator on the same records
 * ({@code CompiledRulesTest} keeps them equal); this is what {@link RecordValidator} runs.
 */
final class CompiledRules {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /**
     * Today as Bean Validation's {@code @PastOrPresent} sees it (the default zone), its zone looked
     * up once: {@code LocalDate.now()} cloned the default {@code TimeZone} for every value.
     */
    private static final java.time.Clock TODAY = java.time.Clock.systemDefaultZone();

    /** One check: null when the value passes, else the rule id. {@code params} fill {min}/{max} in built-in messages. */
    private record Check(Function<Object, String> test, Map<String, Object> params) {
    }

    private record FieldRules(String name, FieldSpec<BaseRecord> spec, List<Check> checks, boolean cascadeMoney) {
    }

    private static final Map<RecordType, List<FieldRules>> RULES = new EnumMap<>(RecordType.class);
    private static final List<FieldRules> MONEY_RULES;
    private static final Map<String, String> MESSAGES = new ConcurrentHashMap<>();

    static {
        for (RecordType t : RecordType.values()) {
            List<FieldRules> l = new ArrayList<>();
            for (FieldSpec<BaseRecord> f : t.<BaseRecord>shape().fields()) {
                AnnotatedElement field = field(t.modelClass(), f.name());
                l.add(new FieldRules(f.name(), f, checks(field), field.isAnnotationPresent(Valid.class)));
            }
            RULES.put(t, List.copyOf(l));
        }
        MONEY_RULES = List.of(
                new FieldRules("amount", null, checks(field(MonetaryAmount.class, "amount")), false),
                new FieldRules("currency", null, checks(field(MonetaryAmount.class, "currency")), false));
    }

    private CompiledRules() {
    }

    static List<Violation> validate(BaseRecord r, Locale locale) {
        List<Violation> out = null;
        for (FieldRules fr : RULES.get(r.type())) {
            Object v = fr.spec().get(r);
            out = apply(fr.name(), fr.checks(), v, locale, out);
            if (fr.cascadeMoney() && v instanceof MonetaryAmount m) {
                out = apply(fr.name() + ".amount", MONEY_RULES.get(0).checks(), m.amount(), locale, out);
                out = apply(fr.name() + ".currency", MONEY_RULES.get(1).checks(), m.currency(), locale, out);
            }
        }
        for (ConsistencyRules.Broken b : ConsistencyRules.check(r)) {
            out = add(out, new Violation(b.field(), b.rule(), message(b.rule(), null, locale)));
        }
        return out == null ? List.of() : out;
    }

    /** The field's own checks on an already-typed value (no cross-field rules). */
    static List<Violation> validateValue(RecordType type, String field, Object value, Locale locale) {
        List<Violation> out = null;
        for (FieldRules fr : RULES.get(type)) {
            if (fr.name().equals(field)) {
                out = apply(field, fr.checks(), value, locale, out);
                if (fr.cascadeMoney() && value instanceof MonetaryAmount m) {
                    out = apply(field + ".amount", MONEY_RULES.get(0).checks(), m.amount(), locale, out);
                    out = apply(field + ".currency", MONEY_RULES.get(1).checks(), m.currency(), locale, out);
                }
            }
        }
        return out == null ? new ArrayList<>() : out;
    }

    private static List<Violation> apply(String name, List<Check> checks, Object v, Locale locale, List<Violation> out) {
        for (Check c : checks) {
            String rule = c.test().apply(v);
            if (rule != null) {
                out = add(out, new Violation(name, rule, message(rule, c.params(), locale)));
            }
        }
        return out;
    }

    private static List<Violation> add(List<Violation> out, Violation v) {
        List<Violation> l = out == null ? new ArrayList<>(2) : out;
        l.add(v);
        return l;
    }

    private static String message(String rule, Map<String, Object> params, Locale locale) {
        Locale l = Messages.normalize(locale);
        return MESSAGES.computeIfAbsent(l.getLanguage() + "|" + rule + "|" + params, k -> {
            String m = rule.indexOf('.') < 0
                    ? Messages.key("jakarta.validation.constraints." + rule + ".message", l)
                    : Messages.rule(rule, l);
            if (params != null) {
                for (Map.Entry<String, Object> e : params.entrySet()) {
                    m = m.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
                }
            }
            return m;
        });
    }

    private static AnnotatedElement field(Class<?> c, String name) {
        try {
            return c.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(c + " has no field " + name, e);
        }
    }

    /** Translates the field's constraint annotations, in a stable order, into checks. */
    private static List<Check> checks(AnnotatedElement f) {
        List<Check> l = new ArrayList<>();
        if (f.isAnnotationPresent(NotNull.class)) {
            l.add(new Check(v -> v == null ? "NotNull" : null, null));
        }
        if (f.isAnnotationPresent(NotBlank.class)) {
            l.add(new Check(v -> v == null || v.toString().trim().isEmpty() ? "NotBlank" : null, null));
        }
        Size size = f.getAnnotation(Size.class);
        if (size != null) {
            int min = size.min();
            int max = size.max();
            l.add(new Check(v -> v == null || (((CharSequence) v).length() >= min && ((CharSequence) v).length() <= max)
                    ? null : "Size", Map.of("min", min, "max", max)));
        }
        Pattern pattern = f.getAnnotation(Pattern.class);
        if (pattern != null) {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(pattern.regexp());
            l.add(new Check(v -> v == null || p.matcher((CharSequence) v).matches() ? null : "Pattern", null));
        }
        if (f.isAnnotationPresent(CitizenIdNumber.class)) {
            l.add(new Check(v -> {
                if (v == null) {
                    return null;
                }
                String failure = CitizenIds.check((String) v, Divisions.standard(), LocalDate.now(CHINA));
                return failure == null ? null : "CitizenIdNumber." + failure;
            }, null));
        }
        if (f.isAnnotationPresent(CreditCode.class)) {
            l.add(new Check(v -> {
                String failure = v == null ? null : CreditCodes.check((String) v, Divisions.standard());
                return failure == null ? null : "CreditCode." + failure;
            }, null));
        }
        DivisionCode division = f.getAnnotation(DivisionCode.class);
        if (division != null) {
            boolean historical = division.historical();
            l.add(new Check(v -> {
                if (v == null) {
                    return null;
                }
                String s = (String) v;
                if (s.length() != 6 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return "DivisionCode.format";
                }
                Divisions d = Divisions.standard();
                return (historical ? d.isKnown(s) : d.isCurrent(s)) ? null : "DivisionCode.unknown";
            }, null));
        }
        org.govex.schemas.constraint.Code code = f.getAnnotation(org.govex.schemas.constraint.Code.class);
        if (code != null) {
            CodeList list = code.value();
            String rule = "Code." + list.id();
            l.add(new Check(v -> v == null || list.contains((String) v) ? null : rule, null));
        }
        if (f.isAnnotationPresent(GeometryLiteral.class)) {
            l.add(new Check(v -> {
                if (v == null) {
                    return null;
                }
                Geometries.Parsed p = Geometries.parse((String) v);
                return p.ok() ? null : "Geometry." + p.failure();
            }, null));
        }
        if (f.isAnnotationPresent(Period.class)) {
            l.add(new Check(v -> v == null || Periods.frequencyOf((String) v) != null ? null : "Period.format", null));
        }
        FiniteDecimal finite = f.getAnnotation(FiniteDecimal.class);
        if (finite != null) {
            int integer = finite.integer();
            int fraction = finite.fraction();
            l.add(new Check(v -> v == null || FiniteDecimalValidator.digitsWithin((BigDecimal) v, integer, fraction)
                    ? null : "FiniteDecimal.digits", null));
        }
        if (f.isAnnotationPresent(PastOrPresent.class)) {
            l.add(new Check(v -> v == null || !((LocalDate) v).isAfter(LocalDate.now(TODAY)) ? null : "PastOrPresent", null));
        }
        if (f.isAnnotationPresent(PositiveOrZero.class)) {
            l.add(new Check(v -> v == null || ((BigDecimal) v).signum() >= 0 ? null : "PositiveOrZero", null));
        }
        return List.copyOf(l);
    }
}
