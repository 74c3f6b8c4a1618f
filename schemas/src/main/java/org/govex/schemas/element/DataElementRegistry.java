package org.govex.schemas.element;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.govex.schemas.code.Code;
import org.govex.schemas.code.CodeList;
import org.govex.schemas.code.Division;
import org.govex.schemas.code.Divisions;
import org.govex.schemas.error.Violation;
import org.govex.schemas.record.FieldKind;
import org.govex.schemas.record.FieldSpec;
import org.govex.schemas.record.RecordType;
import org.govex.schemas.validation.RecordValidator;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;


/**
 * The data-element registry: every field of the four base records as a {@link DataElement}, the
 * code lists as SKOS concept schemes, and the same content as RDF
 * ({@code org/govex/schemas/elements/data-elements.ttl} in this module). The catalog references
 * element ids in information resources' data items; the hub validates values against them with
 * {@link #validate(String, Object, Locale)}.
 */
public final class DataElementRegistry {

    public static final String NS = "https://govex.org/ns/govex#";
    public static final String CODE_LIST_BASE = "https://govex.org/id/codelist/";
    public static final String DIVISION_BASE = "https://govex.org/id/division/";
    public static final String TURTLE_RESOURCE = "/org/govex/schemas/elements/data-elements.ttl";

    private static final DataElementRegistry STANDARD = new DataElementRegistry();

    private final Map<String, DataElement> byId;

    private DataElementRegistry() {
        Map<String, DataElement> m = new LinkedHashMap<>();
        for (DataElement e : build()) {
            m.put(e.id(), e);
        }
        byId = Collections.unmodifiableMap(m);
    }

    public static DataElementRegistry standard() {
        return STANDARD;
    }

    public List<DataElement> all() {
        return List.copyOf(byId.values());
    }

    public Optional<DataElement> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<DataElement> of(RecordType type) {
        return byId.values().stream().filter(e -> e.recordType() == type).toList();
    }

    public Optional<DataElement> of(RecordType type, String field) {
        return byId(type.id() + "." + field);
    }

    /** Validates one value against an element (type conversion and the field's own constraints). */
    public List<Violation> validate(String elementId, Object value, Locale locale) {
        DataElement e = byId.get(elementId);
        if (e == null) {
            return List.of(new Violation(elementId, "DataElement.unknown", "unknown data element " + elementId));
        }
        if (value == null || (value instanceof CharSequence cs && cs.toString().isBlank())) {
            return e.required()
                    ? List.of(new Violation(e.field(), "NotNull", locale != null && "zh".equals(locale.getLanguage()) ? "不能为空" : "is required"))
                    : List.of();
        }
        return RecordValidator.standard().validateValue(e.recordType(), e.field(), value, locale);
    }

    /** The shipped Turtle (elements and code lists, divisions included). */
    public static Model shippedModel() {
        InputStream in = DataElementRegistry.class.getResourceAsStream(TURTLE_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing " + TURTLE_RESOURCE);
        }
        return RDFParser.source(in).lang(Lang.TURTLE).toModel();
    }

    /** The registry as RDF: SKOS concepts in the element scheme, ISO 11179-style properties, code lists. */
    public Model toModel() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("govex", NS);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("dct", DCTerms.NS);
        m.setNsPrefix("xsd", XSD.NS);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("el", DataElement.IRI_BASE);
        m.setNsPrefix("cl", CODE_LIST_BASE);
        m.setNsPrefix("div", DIVISION_BASE);
        Resource dataElementClass = m.createResource(NS + "DataElement")
                .addProperty(RDF.type, RDFS.Class)
                .addProperty(RDFS.subClassOf, SKOS.Concept)
                .addProperty(RDFS.label, "Data element (ISO/IEC 11179)", "en")
                .addProperty(RDFS.label, "数据元", "zh");
        Resource scheme = m.createResource(DataElement.IRI_BASE)
                .addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(SKOS.prefLabel, "govex 数据元目录", "zh")
                .addProperty(SKOS.prefLabel, "govex data elements", "en");
        Property datatype = m.createProperty(NS, "datatype");
        Property format = m.createProperty(NS, "format");
        Property maxLength = m.createProperty(NS, "maxLength");
        Property valueDomain = m.createProperty(NS, "valueDomain");
        Property standard = m.createProperty(NS, "standard");
        Property recordType = m.createProperty(NS, "recordType");
        Property field = m.createProperty(NS, "field");
        Property required = m.createProperty(NS, "required");
        for (DataElement e : byId.values()) {
            Resource r = m.createResource(e.iri())
                    .addProperty(RDF.type, dataElementClass)
                    .addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.inScheme, scheme)
                    .addProperty(SKOS.notation, e.id())
                    .addProperty(SKOS.prefLabel, e.nameZh(), "zh")
                    .addProperty(SKOS.prefLabel, e.nameEn(), "en")
                    .addProperty(SKOS.definition, e.definition(), "en")
                    .addProperty(datatype, m.createResource(xsd(e.datatype())))
                    .addProperty(recordType, e.recordType().id())
                    .addProperty(field, e.field())
                    .addLiteral(required, e.required());
            if (e.format() != null) {
                r.addProperty(format, e.format());
            }
            if (e.maxLength() != null) {
                r.addLiteral(maxLength, (long) e.maxLength());
            }
            if (e.valueDomain() != null) {
                r.addProperty(valueDomain, m.createResource(CODE_LIST_BASE + e.valueDomain()));
            }
            if (e.standard() != null) {
                r.addProperty(standard, e.standard());
            }
        }
        for (CodeList list : CodeList.values()) {
            Resource s = m.createResource(CODE_LIST_BASE + list.id())
                    .addProperty(RDF.type, SKOS.ConceptScheme)
                    .addProperty(SKOS.prefLabel, list.titleZh(), "zh")
                    .addProperty(SKOS.prefLabel, list.titleEn(), "en")
                    .addProperty(standard, list.standard());
            for (Code c : list.codes()) {
                m.createResource(CODE_LIST_BASE + list.id() + "/" + c.code())
                        .addProperty(RDF.type, SKOS.Concept)
                        .addProperty(SKOS.inScheme, s)
                        .addProperty(SKOS.notation, c.code())
                        .addProperty(SKOS.prefLabel, c.nameZh(), "zh")
                        .addProperty(SKOS.prefLabel, c.nameEn(), "en");
            }
        }
        Resource divisions = m.createResource(CODE_LIST_BASE + "division")
                .addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(SKOS.prefLabel, "中华人民共和国行政区划代码", "zh")
                .addProperty(SKOS.prefLabel, "Administrative divisions of China", "en")
                .addProperty(standard, "GB/T 2260")
                .addProperty(DCTerms.source, "modood/Administrative-divisions-of-China (National Bureau of Statistics of China data), WTFPL");
        for (Division d : Divisions.standard().current()) {
            Resource r = m.createResource(DIVISION_BASE + d.code())
                    .addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.inScheme, divisions)
                    .addProperty(SKOS.notation, d.code())
                    .addProperty(SKOS.prefLabel, d.name(), "zh");
            if (d.parentCode() != null) {
                r.addProperty(SKOS.broader, m.createResource(DIVISION_BASE + d.parentCode()));
            }
        }
        Resource historical = m.createResource(CODE_LIST_BASE + "division-historical")
                .addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(SKOS.prefLabel, "已撤销的行政区划代码（部分）", "zh")
                .addProperty(SKOS.prefLabel, "Abolished administrative divisions (partial list)", "en")
                .addProperty(standard, "GB/T 2260");
        Property abolished = m.createProperty(NS, "abolished");
        for (Division d : Divisions.standard().historical()) {
            m.createResource(DIVISION_BASE + d.code())
                    .addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.inScheme, historical)
                    .addProperty(SKOS.notation, d.code())
                    .addProperty(SKOS.prefLabel, d.name(), "zh")
                    .addLiteral(abolished, (long) d.abolished())
                    .addProperty(DCTerms.isReplacedBy, m.createResource(DIVISION_BASE + d.successor()));
        }
        return m;
    }

    private static String xsd(FieldKind k) {
        return switch (k) {
            case STRING -> XSD.xstring.getURI();
            case DATE -> XSD.date.getURI();
            case DATE_TIME -> XSD.dateTime.getURI();
            case DECIMAL -> XSD.decimal.getURI();
            case MONEY -> NS + "MonetaryAmount";
        };
    }

    private static List<DataElement> build() {
        List<DataElement> l = new ArrayList<>();
        RecordType P = RecordType.PERSON;
        add(l, P, "idNumber", "公民身份号码", "Citizen ID number", "The 18-character identity number of a Chinese citizen.", "18 characters: 17 digits + check digit or X", 18, null, "GB 11643-1999");
        add(l, P, "name", "姓名", "Name", "The person's name as registered.", null, 50, null, "GB/T 2261");
        add(l, P, "sex", "性别", "Sex", "The person's sex code.", "1 digit", 1, "sex", "GB/T 2261.1-2003");
        add(l, P, "birthDate", "出生日期", "Date of birth", "The date the person was born.", "yyyy-MM-dd", null, null, "GB/T 7408");
        add(l, P, "ethnicity", "民族", "Ethnic group", "The person's ethnic group.", "2 digits", 2, "ethnicity", "GB/T 3304-1991");
        add(l, P, "nationality", "国籍", "Nationality", "The person's nationality.", "3 letters", 3, "country", "GB/T 2659-2000");
        add(l, P, "domicileDivision", "户籍地区划", "Household registration division", "The GB/T 2260 division of the household registration (户籍).", "6 digits", 6, "division", "GB/T 2260");
        add(l, P, "domicileAddress", "户籍地址", "Household registration address", "The address of the household registration.", null, 200, null, null);
        add(l, P, "maritalStatus", "婚姻状况", "Marital status", "The person's marital status.", "2 digits", 2, "maritalStatus", "GB/T 2261.2-2003");
        add(l, P, "deathDate", "死亡日期", "Date of death", "The date the person died, if deceased.", "yyyy-MM-dd", null, null, "GB/T 7408");
        updated(l, P);
        RecordType L = RecordType.LEGAL_ENTITY;
        add(l, L, "uscc", "统一社会信用代码", "Unified social credit code", "The 18-character unified social credit code of the legal entity.", "18 characters from 0-9A-HJ-NPQRTUWXY", 18, null, "GB 32100-2015");
        add(l, L, "name", "名称", "Name", "The registered name of the legal entity.", null, 200, null, null);
        add(l, L, "entityType", "主体类型", "Entity type", "The kind of legal entity.", null, 30, "entityType", null);
        add(l, L, "legalRepresentative", "法定代表人", "Legal representative", "The name of the legal representative.", null, 50, null, null);
        add(l, L, "divisionCode", "住所区划", "Division of the registered seat", "The GB/T 2260 division where the entity is domiciled.", "6 digits", 6, "division", "GB/T 2260");
        add(l, L, "registeredAddress", "住所", "Registered address", "The registered address (seat).", null, 200, null, null);
        add(l, L, "establishedDate", "成立日期", "Date of establishment", "The date the entity was established.", "yyyy-MM-dd", null, null, "GB/T 7408");
        add(l, L, "registeredCapital", "注册资本", "Registered capital", "The registered capital: an amount and an ISO 4217 currency.", "amount + currency", null, "currency", "GB/T 12406-2008");
        add(l, L, "businessScope", "经营范围", "Business scope", "The registered scope of business.", null, 2000, null, null);
        add(l, L, "status", "登记状态", "Registration status", "The registration status of the entity.", null, 20, "registrationStatus", null);
        add(l, L, "registrationAuthority", "登记机关", "Registration authority", "The authority that registered the entity.", null, 100, null, null);
        updated(l, L);
        RecordType G = RecordType.PLACE;
        add(l, G, "featureId", "要素标识", "Feature identifier", "The stable identifier of the geographic feature.", "[A-Za-z0-9][A-Za-z0-9._-]*", 64, null, null);
        add(l, G, "featureType", "要素类型", "Feature type", "The kind of feature.", null, 20, "featureType", null);
        add(l, G, "name", "名称", "Name", "The feature's name.", null, 200, null, null);
        add(l, G, "divisionCode", "所在区划", "Division", "The GB/T 2260 division containing the feature.", "6 digits", 6, "division", "GB/T 2260");
        add(l, G, "geometry", "几何", "Geometry", "The feature's geometry as WKT (optionally CRS-prefixed, EPSG:4490 or EPSG:4326) or GeoJSON; longitude first.", "WKT or GeoJSON", null, null, "OGC GeoSPARQL 1.1");
        add(l, G, "area", "面积", "Area", "The area in square metres; consistent with the geometry within 5%.", "decimal, m²", null, null, null);
        add(l, G, "landUseCode", "土地利用现状分类", "Land use", "The land-use class.", "2 or 4 digits", 4, "landUse", "GB/T 21010-2017");
        add(l, G, "parcelCode", "不动产单元号", "Real estate unit number", "The 28-character real estate unit number.", "28 characters", 28, null, "GB/T 37346-2019");
        add(l, G, "validFrom", "有效期起", "Valid from", "First day the feature is valid.", "yyyy-MM-dd", null, null, null);
        add(l, G, "validTo", "有效期止", "Valid to", "Last day the feature is valid.", "yyyy-MM-dd", null, null, null);
        updated(l, G);
        RecordType I = RecordType.INDICATOR;
        add(l, I, "indicatorCode", "指标代码", "Indicator code", "The code of the statistical indicator.", "[A-Za-z0-9][A-Za-z0-9._-]*", 40, null, null);
        add(l, I, "indicatorName", "指标名称", "Indicator name", "The name of the statistical indicator.", null, 200, null, null);
        add(l, I, "divisionCode", "统计区划", "Reference area", "The GB/T 2260 division the observation refers to.", "6 digits", 6, "division", "GB/T 2260");
        add(l, I, "period", "统计期", "Reference period", "The reference period: 2024, 2024-Q3 or 2024-07.", "yyyy | yyyy-Qn | yyyy-MM", 7, null, null);
        add(l, I, "frequency", "频度", "Frequency", "The frequency matching the period: A, Q or M.", "1 letter", 1, "frequency", "SDMX CL_FREQ");
        add(l, I, "value", "指标值", "Observation value", "The observed value: a finite decimal.", "decimal", null, null, null);
        add(l, I, "unit", "计量单位", "Unit of measure", "The unit the value is expressed in, e.g. 亿元.", null, 50, null, null);
        add(l, I, "status", "数据状态", "Observation status", "preliminary, final, revised or estimated.", null, 20, "observationStatus", "SDMX CL_OBS_STATUS");
        add(l, I, "source", "数据来源", "Source", "Where the figure comes from.", null, 200, null, null);
        updated(l, I);
        return l;
    }

    private static void updated(List<DataElement> l, RecordType t) {
        add(l, t, "updatedAt", "更新时间", "Updated at", "When the source last changed the record.", "ISO 8601 date-time with offset", null, null, "GB/T 7408");
    }

    private static void add(List<DataElement> l, RecordType t, String field, String zh, String en, String def,
                            String format, Integer maxLength, String domain, String standard) {
        FieldSpec<?> f = t.shape().field(field);
        if (f == null) {
            throw new IllegalStateException(t.id() + " has no field " + field);
        }
        l.add(new DataElement(t.id() + "." + field, zh, en, def, f.kind(), format, maxLength, domain, standard, t,
                field, f.required()));
    }

}
