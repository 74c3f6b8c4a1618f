package org.govex.schemas.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.govex.schemas.error.Violation;
import org.govex.schemas.record.BaseRecord;
import org.govex.schemas.record.FieldSpec;
import org.govex.schemas.record.RecordShape;
import org.govex.schemas.record.RecordType;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates base records against the Java constraints of their model (the single source of the
 * rules) and produces per-record outcomes and the batch {@link ValidationReport}. Thread-safe;
 * use {@link #standard()} — validator instances are built once per message locale and cached.
 *
 * <p>Rule ids: a govex constraint reports the id in its message key
 * ({@code {govex.rule.CitizenIdNumber.checkDigit}} → {@code CitizenIdNumber.checkDigit}); a
 * built-in Jakarta constraint reports its annotation name ({@code NotNull}, {@code Size}, ...).
 */
public final class RecordValidator {

    private static final RecordValidator STANDARD = new RecordValidator();
    private static final String RULE_PREFIX = "{govex.rule.";
    private static final Comparator<Violation> ORDER =
            Comparator.comparing(Violation::field).thenComparing(Violation::rule);

    private final ValidatorFactory factory;
    private final MessageInterpolator interpolator;
    private final Map<Locale, Validator> validators = new ConcurrentHashMap<>();

    public RecordValidator() {
        interpolator = new ParameterMessageInterpolator();
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(interpolator)
                .buildValidatorFactory();
    }

    public static RecordValidator standard() {
        return STANDARD;
    }

    /** The Jakarta validator whose messages are in the given language (English unless Chinese). */
    public Validator validator(Locale locale) {
        return validators.computeIfAbsent(Messages.normalize(locale), l -> factory.usingContext()
                .messageInterpolator(new FixedLocale(interpolator, l)).getValidator());
    }

    /**
     * The broken rules of a typed record, sorted by field then rule; empty when valid. Runs the
     * constraints compiled into plain checks (same verdicts, rules and messages as Hibernate
     * Validator, without its per-call reflection); {@link #validateWithHibernateValidator} runs the
     * Jakarta validator itself.
     */
    public List<Violation> validate(BaseRecord record, Locale locale) {
        List<Violation> out = CompiledRules.validate(record, locale);
        if (out.size() > 1) {
            out.sort(ORDER);
        }
        return out;
    }

    /** The same verdict through Hibernate Validator (reference implementation of the rules). */
    public List<Violation> validateWithHibernateValidator(BaseRecord record, Locale locale) {
        Set<ConstraintViolation<BaseRecord>> found = validator(locale).validate(record);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>(found.size());
        for (ConstraintViolation<BaseRecord> v : found) {
            out.add(toViolation(v));
        }
        out.sort(ORDER);
        return out;
    }

    public List<Violation> validate(BaseRecord record) {
        return validate(record, Locale.ENGLISH);
    }

    /** Binds a generic field map to the type and validates it: type errors first, then constraints. */
    public <T extends BaseRecord> RecordOutcome<T> validateFields(RecordType type, int index, Map<String, ?> fields,
                                                                  Locale locale) {
        List<Violation> errors = new ArrayList<>(2);
        T record = FieldMapBinder.bind(type, fields, errors, locale);
        if (record != null) {
            errors.addAll(validate(record, locale));
        } else {
            errors.sort(ORDER);
        }
        return new RecordOutcome<>(index, keyOf(type, fields), record, errors);
    }

    /** Validates a typed record as the index-th of a batch. */
    public <T extends BaseRecord> RecordOutcome<T> validateRecord(int index, T record, Locale locale) {
        return new RecordOutcome<>(index, keyOrNull(record), record, validate(record, locale));
    }

    /** The report for a batch of field maps. */
    public ValidationReport validateAll(RecordType type, List<? extends Map<String, ?>> rows, Locale locale) {
        ValidationReport.Builder b = new ValidationReport.Builder();
        for (int i = 0; i < rows.size(); i++) {
            b.add(validateFields(type, i, rows.get(i), locale));
        }
        return b.build();
    }

    /** The report for a batch of typed records. */
    public ValidationReport validateRecords(List<? extends BaseRecord> records, Locale locale) {
        ValidationReport.Builder b = new ValidationReport.Builder();
        for (int i = 0; i < records.size(); i++) {
            b.add(validateRecord(i, records.get(i), locale));
        }
        return b.build();
    }

    /**
     * Validates one value as the given field of the type would be (conversion to the field's type,
     * then the field's own constraints; cross-field rules excluded). Used for data-element checks.
     */
    public List<Violation> validateValue(RecordType type, String field, Object raw, Locale locale) {
        RecordShape<?> shape = type.shape();
        FieldSpec<?> f = shape.field(field);
        if (f == null) {
            return List.of(FieldMapBinder.violation(field, "Field.unknown", locale));
        }
        List<Violation> errors = new ArrayList<>(1);
        Object value = FieldMapBinder.convert(f, raw, errors, locale);
        if (!errors.isEmpty()) {
            return errors;
        }
        errors.addAll(CompiledRules.validateValue(type, field, value, locale));
        errors.sort(ORDER);
        return errors;
    }

    /** The record key built from a field map, or null if a key field is missing. */
    public static String keyOf(RecordType type, Map<String, ?> fields) {
        List<String> keys = type.keyFields();
        if (keys.size() == 1) {
            Object v = fields.get(keys.get(0));
            return v == null ? null : v.toString();
        }
        StringBuilder b = new StringBuilder();
        for (String k : keys) {
            Object v = fields.get(k);
            if (v == null) {
                return null;
            }
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(v);
        }
        return b.toString();
    }

    private static String keyOrNull(BaseRecord r) {
        Map<String, Object> m = new java.util.HashMap<>();
        RecordShape<BaseRecord> shape = r.type().shape();
        for (String k : r.type().keyFields()) {
            m.put(k, shape.field(k).get(r));
        }
        return keyOf(r.type(), m);
    }

    static Violation toViolation(ConstraintViolation<?> v) {
        return new Violation(v.getPropertyPath().toString(), ruleOf(v), v.getMessage());
    }

    /** The rule id of a Jakarta violation: the govex rule in its message key, else the annotation name. */
    public static String ruleOf(ConstraintViolation<?> v) {
        String t = v.getMessageTemplate();
        if (t.startsWith(RULE_PREFIX) && t.endsWith("}")) {
            return t.substring(RULE_PREFIX.length(), t.length() - 1);
        }
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** Interpolates every message in one locale. */
    private record FixedLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }
}
