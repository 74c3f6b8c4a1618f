package org.govex.schemas.record;

import java.util.List;
import java.util.Optional;

/** The four base record types, their base database, key fields, model class and XML names. */
public enum RecordType {
    PERSON("person", BaseDatabase.POPULATION, List.of("idNumber"), "person", "persons", "人口基础信息", "Person"),
    LEGAL_ENTITY("legal-entity", BaseDatabase.LEGAL_ENTITY, List.of("uscc"), "legalEntity", "legalEntities",
            "法人单位基础信息", "Legal entity"),
    PLACE("place", BaseDatabase.GEOSPATIAL, List.of("featureId"), "place", "places", "空间地理要素", "Place"),
    INDICATOR("indicator", BaseDatabase.MACRO_ECONOMY, List.of("indicatorCode", "divisionCode", "period"),
            "indicator", "indicators", "宏观经济指标数据", "Indicator observation");

    /** XML namespaces, one per record type. */
    public static final String NS_PERSON = "https://govex.org/ns/person";
    public static final String NS_LEGAL_ENTITY = "https://govex.org/ns/legal-entity";
    public static final String NS_PLACE = "https://govex.org/ns/place";
    public static final String NS_INDICATOR = "https://govex.org/ns/indicator";

    private final String id;
    private final BaseDatabase baseDatabase;
    private final List<String> keyFields;
    private final String xmlElement;
    private final String xmlBatchElement;
    private final String nameZh;
    private final String nameEn;

    RecordType(String id, BaseDatabase baseDatabase, List<String> keyFields, String xmlElement, String xmlBatchElement,
               String nameZh, String nameEn) {
        this.id = id;
        this.baseDatabase = baseDatabase;
        this.keyFields = keyFields;
        this.xmlElement = xmlElement;
        this.xmlBatchElement = xmlBatchElement;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** The id used in URLs and JSON ({@code person}, {@code legal-entity}, ...). */
    public String id() {
        return id;
    }

    public BaseDatabase baseDatabase() {
        return baseDatabase;
    }

    public List<String> keyFields() {
        return keyFields;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String xmlNamespace() {
        return switch (this) {
            case PERSON -> NS_PERSON;
            case LEGAL_ENTITY -> NS_LEGAL_ENTITY;
            case PLACE -> NS_PLACE;
            case INDICATOR -> NS_INDICATOR;
        };
    }

    /** Element name of one record in XML. */
    public String xmlElement() {
        return xmlElement;
    }

    /** Element name of a batch of records in XML. */
    public String xmlBatchElement() {
        return xmlBatchElement;
    }

    public Class<? extends BaseRecord> modelClass() {
        return shape().modelClass();
    }

    /** The field table (constructor order). */
    @SuppressWarnings("unchecked")
    public <T extends BaseRecord> RecordShape<T> shape() {
        return (RecordShape<T>) switch (this) {
            case PERSON -> Person.SHAPE;
            case LEGAL_ENTITY -> LegalEntity.SHAPE;
            case PLACE -> Place.SHAPE;
            case INDICATOR -> Indicator.SHAPE;
        };
    }

    public static Optional<RecordType> byId(String id) {
        for (RecordType t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static RecordType of(Class<?> modelClass) {
        for (RecordType t : values()) {
            if (t.modelClass() == modelClass) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a base record class: " + modelClass);
    }
}
