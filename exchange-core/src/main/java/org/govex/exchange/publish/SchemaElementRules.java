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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
        Optional<RecordType> type = RecordType.byId(resource.recordType() == null ? "" : resource.recordType());
        if (type.isPresent()) {
            RecordType t = type.get();
            boolean whole = t.shape().fields().stream().filter(FieldSpec::required)
                    .allMatch(f -> resource.item(f.name()).isPresent());
            // declared items the type has no field for: a record holding one is checked field by field
            List<String> foreign = resource.dataItems().stream().map(DataItemDefinition::name)
                    .filter(n -> t.shape().field(n) == null).toList();
            return record -> typed(t, whole, foreign, record);
        }
        List<ItemElement> byElement = new ArrayList<>();
        for (DataItemDefinition item : resource.dataItems()) {
            String element = elementId(item.element());
            if (element != null && registry.byId(element).isPresent()) {
                byElement.add(new ItemElement(item.name(), element));
            }
        }
        return record -> elements(byElement, record);
    }

    /** A data item and the registered data element it follows. */
    private record ItemElement(String item, String element) {
    }

    private List<Violation> typed(RecordType t, boolean whole, List<String> foreign, ObjectNode record) {
        Map<String, Object> fields = toMap(record);
        if (whole && foreign.stream().noneMatch(fields::containsKey)) {
            return validator.validateFields(t, 0, fields, Locale.ENGLISH).errors();
        }
        List<Violation> errors = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (t.shape().field(name) != null) {
                errors.addAll(validator.validateValue(t, name, value, Locale.ENGLISH));
            }
        });
        return errors;
    }

    private List<Violation> elements(List<ItemElement> byElement, ObjectNode record) {
        if (byElement.isEmpty()) {
            return List.of();
        }
        Map<String, Object> fields = toMap(record);
        List<Violation> errors = new ArrayList<>();
        for (ItemElement ie : byElement) {
            if (fields.containsKey(ie.item())) {
                for (Violation v : registry.validate(ie.element(), fields.get(ie.item()), Locale.ENGLISH)) {
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

    private Map<String, Object> toMap(ObjectNode record) {
        Map<String, Object> m = new LinkedHashMap<>();
        record.fields().forEachRemaining(e -> m.put(e.getKey(), plain(e.getValue())));
        return m;
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
