package org.govex.exchange.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.schemas.element.DataElementRegistry;
import org.govex.schemas.error.Violation;
import org.govex.schemas.record.FieldSpec;
import org.govex.schemas.record.RecordType;
import org.govex.schemas.validation.RecordValidator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the schemas module's rules. A resource of a base record type that declares every
 * required field of the type is validated as a whole record (cross-field rules included, e.g.
 * the birth date inside an ID number); one that declares a subset has each value checked
 * against its field; data items of other resources are checked against the data element they
 * reference, when the registry knows it.
 */
@ApplicationScoped
public class SchemaElementRules implements ElementRules {

    private final ObjectMapper json;
    private final RecordValidator validator = RecordValidator.standard();
    private final DataElementRegistry registry = DataElementRegistry.standard();

    public SchemaElementRules(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Checker forResource(ResourceDefinition resource) {
        List<ItemElement> byElement = new ArrayList<>();
        Optional<RecordType> type = RecordType.byId(resource.recordType() == null ? "" : resource.recordType());
        for (DataItemDefinition item : resource.dataItems()) {
            String element = elementId(item.element());
            // items of a base type's own fields are the record validator's; the others go by their element
            boolean ownField = type.isPresent() && type.get().shape().field(item.name()) != null;
            if (!ownField && element != null && registry.byId(element).isPresent()) {
                byElement.add(new ItemElement(item.name(), element));
            }
        }
        Set<String> reads = new HashSet<>();
        byElement.forEach(ie -> reads.add(ie.item()));
        if (type.isPresent()) {
            RecordType t = type.get();
            boolean whole = t.shape().fields().stream().filter(FieldSpec::required)
                    .allMatch(f -> resource.item(f.name()).isPresent());
            t.shape().fields().forEach(f -> reads.add(f.name()));
            return Checker.reading(Set.copyOf(reads), record -> {
                List<Violation> errors = typed(t, whole, record);
                List<Violation> more = elements(byElement, record);
                if (more.isEmpty()) {
                    return errors;
                }
                List<Violation> all = new ArrayList<>(errors);
                all.addAll(more);
                return all;
            });
        }
        return Checker.reading(Set.copyOf(reads), record -> elements(byElement, record));
    }

    /** A data item and the registered data element it follows. */
    private record ItemElement(String item, String element) {
    }

    /**
     * The record's fields of the type: as a whole record (cross-field rules included) when the
     * resource declares the whole type, else each value alone. Items beyond the type (the
     * register's own, e.g. 现住址) are left out: their declared type and length are checked
     * before, their data element, if any, by {@link #elements}.
     */
    private List<Violation> typed(RecordType t, boolean whole, ObjectNode record) {
        Map<String, Object> fields = new LinkedHashMap<>();
        record.fields().forEachRemaining(e -> {
            if (t.shape().field(e.getKey()) != null) {
                fields.put(e.getKey(), plain(e.getValue()));
            }
        });
        if (whole) {
            return validator.validateFields(t, 0, fields, Locale.ENGLISH).errors();
        }
        List<Violation> errors = new ArrayList<>();
        fields.forEach((name, value) -> errors.addAll(validator.validateValue(t, name, value, Locale.ENGLISH)));
        return errors;
    }

    private List<Violation> elements(List<ItemElement> byElement, ObjectNode record) {
        if (byElement.isEmpty()) {
            return List.of();
        }
        List<Violation> errors = new ArrayList<>();
        for (ItemElement ie : byElement) {
            JsonNode value = record.get(ie.item()); // only these items' values are converted, not the whole record
            if (value != null) {
                for (Violation v : registry.validate(ie.element(), plain(value), Locale.ENGLISH)) {
                    errors.add(new Violation(ie.item(), v.rule(), v.message()));
                }
            }
        }
        return errors;
    }

    /** Accepts {@code person.idNumber} or its IRI. */
    private static String elementId(String element) {
        if (element == null || element.isBlank()) {
            return null;
        }
        int slash = element.lastIndexOf('/');
        return slash >= 0 ? element.substring(slash + 1) : element;
    }

    private Object plain(JsonNode v) {
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isObject()) {
            return json.convertValue(v, Map.class);
        }
        return v.isNull() ? null : v.asText();
    }
}
