package org.govex.exchange.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.govex.exchange.journal.AppendRequest;
import org.govex.exchange.journal.Rejection;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.error.Violation;
import org.govex.schemas.validation.IsoTimes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks every record of a batch against the resource's declared data items (required, type,
 * length) and the data-element standards of its record type, and puts accepted records in
 * canonical form: fields in declaration order, numeric items as JSON numbers. The digest is
 * SHA-256 over the canonical JSON of each accepted record followed by a newline.
 */
@ApplicationScoped
public class BatchValidator {

    private final ObjectMapper json;
    /** Null: records are checked against their data items only. */
    private final ElementRules elementRules;

    @jakarta.inject.Inject
    public BatchValidator(ObjectMapper json, Instance<ElementRules> elementRules) {
        this(json, elementRules.isResolvable() ? elementRules.get() : null);
    }

    public BatchValidator(ObjectMapper json, ElementRules elementRules) {
        this.json = json;
        this.elementRules = elementRules;
    }

    public ValidatedBatch validate(ResourceDefinition resource, ParsedBatch batch) {
        if (batch instanceof FlatBatch flat) {
            return validate(resource, flat);
        }
        return validate(resource, ((ParsedBatch.Trees) batch).records());
    }

    public ValidatedBatch validate(ResourceDefinition resource, List<ObjectNode> records) {
        Run run = new Run(resource, records.size());
        try (CanonicalWriter writer = new CanonicalWriter(json)) {
            for (int i = 0; i < records.size(); i++) {
                run.tree(i, records.get(i), writer);
            }
        }
        return run.result();
    }

    /**
     * The same verdicts, rejections, canonical records and digest as {@link #validate(ResourceDefinition, List)}
     * of the batch's records read by Jackson, from the request's bytes: values decoded only where a
     * type or an element rule reads them, the others copied into the canonical record as they came
     * (a string {@link FlatBatch} takes has no escapes, so Jackson would write the same bytes). A
     * record with a broken rule or a repeated name is read again by Jackson and checked as a tree,
     * so every rejection is worded by one piece of code.
     */
    ValidatedBatch validate(ResourceDefinition resource, FlatBatch batch) {
        Run run = new Run(resource, batch.size());
        FlatRecord flat = new FlatRecord(run.items, run.rules, run.keyFields);
        byte[] body = batch.json;
        try (CanonicalWriter writer = new CanonicalWriter(json)) {
            for (int r = 0; r < batch.size(); r++) {
                if (!flat.place(batch, r, run.undeclared) || !run.undeclared.isEmpty()) {
                    continue;
                }
                if (flat.repeated || !flat.check(body)) {
                    run.tree(r, readRecord(body, batch.recordStart(r), batch.recordEnd(r)), writer);
                    continue;
                }
                run.accept(flat.key(body), flat.write(writer, body));
            }
        }
        return run.result();
    }

    private ObjectNode readRecord(byte[] body, int start, int end) {
        try {
            return (ObjectNode) json.readTree(body, start, end - start);
        } catch (IOException e) {
            throw new UncheckedIOException("a record FlatBatch took is not JSON", e);
        }
    }

    /** One batch's checking: its items, rules, outcome so far. */
    private final class Run {
        final ResourceDefinition resource;
        final int size;
        final Items items;
        final List<AppendRequest.Entry> accepted;
        final List<Rejection> rejections = new ArrayList<>();
        final Set<String> undeclared = new TreeSet<>();
        final MessageDigest digest = sha256();
        final ElementRules.Checker rules;
        final List<String> keyFields;
        final JsonNode[] values;

        Run(ResourceDefinition resource, int size) {
            if (size == 0) {
                throw GovexException.invalid("The batch holds no records", List.of(new Violation("records", "nonEmpty",
                        "at least one record is required")));
            }
            this.resource = resource;
            this.size = size;
            items = new Items(resource.dataItems());
            accepted = new ArrayList<>(size);
            rules = elementRules == null ? null : elementRules.forResource(resource);
            keyFields = resource.keyFields();
            values = new JsonNode[items.size()];
        }

        /** Checks the i-th record as a tree. */
        void tree(int i, ObjectNode record, CanonicalWriter writer) {
            if (!items.place(record, values, undeclared) || !undeclared.isEmpty()) {
                return; // the batch is refused below; its other records need no checking
            }
            List<Violation> errors = new ArrayList<>();
            ObjectNode canonical = canonical(items, values, errors);
            if (errors.isEmpty() && rules != null) {
                errors.addAll(rules.check(canonical));
            }
            String key = keyOf(keyFields, record);
            if (!errors.isEmpty()) {
                rejections.add(new Rejection(i, key, List.copyOf(errors)));
                return;
            }
            accept(key, writer.write(canonical));
        }

        void accept(String key, byte[] payload) {
            digest.update(payload);
            digest.update((byte) '\n');
            accepted.add(new AppendRequest.Entry(key == null ? "" : key, payload));
        }

        ValidatedBatch result() {
            if (!undeclared.isEmpty()) {
                throw new GovexException(ProblemKind.INVALID, "undeclared-data-items", "Resource " + resource.code()
                        + " does not declare the data items " + undeclared + "; nothing was written",
                        undeclared.stream().map(n -> new Violation(n, "declaredDataItem",
                                "'" + n + "' is not a data item of resource " + resource.code())).toList(), null);
            }
            if (!rejections.isEmpty() && !resource.acceptPartial()) {
                List<Violation> all = new ArrayList<>();
                for (Rejection r : rejections) {
                    for (Violation v : r.errors()) {
                        all.add(new Violation("records[" + r.index() + "]." + v.field(), v.rule(),
                                (r.key() == null ? "" : "[" + r.key() + "] ") + v.message()));
                    }
                }
                throw new GovexException(ProblemKind.INVALID, "rejected-records", rejections.size() + " of " + size
                        + " records are invalid; resource " + resource.code() + " refuses a batch with invalid records whole, "
                        + "nothing was written", all, null);
            }
            return new ValidatedBatch(accepted, rejections, HexFormat.of().formatHex(digest.digest()));
        }
    }

    /** The value types a data item's {@code type} names. */
    enum ValueType {
        INTEGER, DECIMAL, DATE, DATE_TIME, BOOLEAN, OTHER;

        static ValueType of(String type) {
            return switch (type == null ? "string" : type.toLowerCase(Locale.ROOT)) {
                case "integer", "int", "long" -> INTEGER;
                case "decimal", "number", "double" -> DECIMAL;
                case "date" -> DATE;
                case "datetime", "timestamp" -> DATE_TIME;
                case "boolean" -> BOOLEAN;
                default -> OTHER; // strings, codes, geometries and structured values (an amount with a currency)
            };
        }
    }

    /** A resource's data items as a batch checks them: worked out once per batch, looked up by name once per field. */
    static final class Items {
        final DataItemDefinition[] items;
        final ValueType[] types;
        private final Map<String, Integer> positions;
        /** The k-th field name of the record placed last and its item's position. */
        private final String[] lastNames;
        private final int[] lastPositions;

        Items(List<DataItemDefinition> declared) {
            items = declared.toArray(new DataItemDefinition[0]);
            types = new ValueType[items.length];
            positions = new HashMap<>(items.length * 2);
            lastNames = new String[items.length];
            lastPositions = new int[items.length];
            for (int i = 0; i < items.length; i++) {
                types[i] = ValueType.of(items[i].type());
                positions.putIfAbsent(items[i].name(), i);
            }
        }

        int size() {
            return items.length;
        }

        /** The position of the first item of that name, or null. */
        Integer position(String name) {
            return positions.get(name);
        }

        /**
         * Puts each of the record's values at its item's position ({@code values} is cleared
         * first); names the record holds that no item declares go to {@code undeclared}.
         * Whether every name was declared.
         */
        boolean place(ObjectNode record, JsonNode[] values, Set<String> undeclared) {
            Arrays.fill(values, null);
            boolean all = true;
            Iterator<Map.Entry<String, JsonNode>> fields = record.fields();
            for (int k = 0; fields.hasNext(); k++) {
                Map.Entry<String, JsonNode> f = fields.next();
                String name = f.getKey();
                int at;
                if (k < lastNames.length && lastNames[k] == name) {
                    at = lastPositions[k]; // the parser hands out one String per name: a batch's records repeat their order
                } else {
                    Integer found = positions.get(name);
                    if (found == null) {
                        undeclared.add(name);
                        all = false;
                        continue;
                    }
                    at = found;
                    if (k < lastNames.length) {
                        lastNames[k] = name;
                        lastPositions[k] = at;
                    }
                }
                values[at] = f.getValue();
            }
            return all;
        }
    }

    /** The record's declared values in declaration order, typed; absent and blank values left out. */
    private static ObjectNode canonical(Items items, JsonNode[] values, List<Violation> errors) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < values.length; i++) {
            DataItemDefinition item = items.items[i];
            JsonNode v = values[i];
            if (v == null || v.isNull() || (v.isTextual() && blank(v.textValue()))) {
                if (item.required()) {
                    errors.add(new Violation(item.name(), "required", item.name() + " is required"));
                }
                continue;
            }
            out.set(item.name(), typed(item, items.types[i], v, errors));
        }
        return out;
    }

    /**
     * {@link String#isBlank()}, told by the first character for most values: no character above
     * U+0020 and below U+1680, and none above U+3000, is white space to {@link Character#isWhitespace}
     * (looking that up for a Chinese character took three table reads per value).
     */
    static boolean blank(String s) {
        if (s.isEmpty()) {
            return true;
        }
        return !surelyNotBlank(s.charAt(0)) && s.isBlank();
    }

    /** Whether a string that begins with {@code c} cannot be blank (see {@link #blank}). */
    static boolean surelyNotBlank(int c) {
        return c > 0x20 && c < 0x1680 || c > 0x3000;
    }

    static JsonNode typed(DataItemDefinition item, ValueType type, JsonNode v, List<Violation> errors) {
        if (!v.isValueNode()) {
            return v; // structured values (an amount with its currency) are the data element's business
        }
        String text = v.asText();
        switch (type) {
            case INTEGER -> {
                try {
                    return JsonNodeFactory.instance.numberNode(new BigDecimal(text).toBigIntegerExact());
                } catch (RuntimeException e) {
                    errors.add(new Violation(item.name(), "type.integer", item.name() + " must be an integer, got '" + text + "'"));
                    return v;
                }
            }
            case DECIMAL -> {
                try {
                    return JsonNodeFactory.instance.numberNode(new BigDecimal(text));
                } catch (RuntimeException e) {
                    errors.add(new Violation(item.name(), "type.decimal", item.name() + " must be a decimal number, got '" + text + "'"));
                    return v;
                }
            }
            case DATE -> {
                try {
                    IsoTimes.date(text);
                } catch (RuntimeException e) {
                    errors.add(new Violation(item.name(), "type.date", item.name() + " must be a date yyyy-MM-dd, got '" + text + "'"));
                }
            }
            case DATE_TIME -> {
                try {
                    IsoTimes.dateTime(text);
                } catch (DateTimeParseException | NullPointerException e) {
                    errors.add(new Violation(item.name(), "type.datetime", item.name()
                            + " must be an ISO 8601 date-time with offset, got '" + text + "'"));
                }
            }
            case BOOLEAN -> {
                if (!"true".equals(text) && !"false".equals(text)) {
                    errors.add(new Violation(item.name(), "type.boolean", item.name() + " must be true or false"));
                }
            }
            case OTHER -> {
                // strings, codes, geometries and structured values (e.g. an amount with a currency)
            }
        }
        // a string has at least as many chars as code points: count them only when it might be too long
        if (item.maxLength() != null && text.length() > item.maxLength()
                && text.codePointCount(0, text.length()) > item.maxLength()) {
            errors.add(new Violation(item.name(), "maxLength", item.name() + " is longer than " + item.maxLength() + " characters"));
        }
        // a text, number or boolean stays the node it is (no copy); any other value node becomes its text
        return v.isTextual() || v.isNumber() || v.isBoolean() ? v : JsonNodeFactory.instance.textNode(text);
    }

    /** The record's key: its key fields' values ({@link ResourceDefinition#keyFields()}) joined by '/'. */
    static String keyOf(List<String> fields, JsonNode record) {
        StringBuilder key = new StringBuilder();
        for (String f : fields) {
            JsonNode v = record.get(f);
            if (v == null || v.isNull()) {
                return null;
            }
            if (key.length() > 0) {
                key.append('/');
            }
            key.append(v.asText());
        }
        return bounded(key);
    }

    /** A record key as stored: at most 200 characters. */
    static String bounded(StringBuilder key) {
        return key.length() > 200 ? key.substring(0, 200) : key.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
