package org.govex.exchange.resource;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The four base databases (四库) and the record type each holds, with the fields of its key. */
public enum BaseDatabase {
    POPULATION("person", List.of("idNumber")),
    LEGAL_ENTITY("legal-entity", List.of("uscc")),
    GEOSPATIAL("place", List.of("featureId")),
    MACRO_ECONOMY("indicator", List.of("indicatorCode", "divisionCode", "period"));

    private final String recordType;
    private final List<String> keyFields;

    BaseDatabase(String recordType, List<String> keyFields) {
        this.recordType = recordType;
        this.keyFields = keyFields;
    }

    public String recordType() {
        return recordType;
    }

    public List<String> keyFields() {
        return keyFields;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<BaseDatabase> forRecordType(String recordType) {
        return Arrays.stream(values()).filter(b -> b.recordType.equals(recordType)).findFirst();
    }
}
