package org.govex.schemas.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.govex.schemas.code.Code;
import org.govex.schemas.code.CodeList;
import org.govex.schemas.code.Division;
import org.govex.schemas.code.Divisions;
import org.govex.schemas.codec.RdfMapping;
import org.govex.schemas.codec.Vocab;
import org.govex.schemas.constraint.CitizenIdNumber;
import org.govex.schemas.constraint.CreditCode;
import org.govex.schemas.constraint.DivisionCode;
import org.govex.schemas.constraint.GeometryLiteral;
import org.govex.schemas.constraint.Period;
import org.govex.schemas.record.FieldKind;
import org.govex.schemas.record.FieldSpec;
import org.govex.schemas.record.RecordType;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the XSD, JSON Schema and SHACL files of each record type from the Java constraints of
 * its model (read by reflection here, at build time only), so the three agree with the code.
 * What a schema language cannot express (check digits in XSD, geometry validity, ...) is left to
 * the Java constraints; SHACL carries the check digits as SPARQL constraints.
 */
final class SchemaFilesGenerator {

    static final String NON_BLANK = "[\\s\\S]*\\S[\\s\\S]*";
    static final String ID_NUMBER = "[0-9]{6}(18[89][0-9]|19[0-9]{2}|20[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9X]";
    static final String CREDIT_CODE = "[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}";
    static final String PERIOD = "[1-9][0-9]{3}(-Q[1-4]|-(0[1-9]|1[0-2]))?";
    static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    static final String DATE_TIME = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+\\-][0-9]{2}:[0-9]{2})";
    static final int FRACTION_DIGITS = 12;
    static final int TOTAL_DIGITS = 36;

    /** What the Java constraints say about one field. */
    record Facts(FieldSpec<?> spec, Integer maxLength, String pattern, CodeList codeList, boolean division,
                 boolean nonNegative) {
    }

    private SchemaFilesGenerator() {
    }

    static List<Facts> facts(RecordType type) {
        List<Facts> out = new ArrayList<>();
        for (FieldSpec<?> f : type.shape().fields()) {
            Field field;
            try {
                field = type.modelClass().getDeclaredField(f.name());
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
            Size size = field.getAnnotation(Size.class);
            String pattern = null;
            if (field.isAnnotationPresent(CitizenIdNumber.class)) {
                pattern = ID_NUMBER;
            } else if (field.isAnnotationPresent(CreditCode.class)) {
                pattern = CREDIT_CODE;
            } else if (field.isAnnotationPresent(Period.class)) {
                pattern = PERIOD;
            } else if (field.isAnnotationPresent(Pattern.class)) {
                pattern = field.getAnnotation(Pattern.class).regexp();
            } else if (field.isAnnotationPresent(NotBlank.class) || field.isAnnotationPresent(GeometryLiteral.class)) {
                pattern = NON_BLANK;
            }
            org.govex.schemas.constraint.Code code = field.getAnnotation(org.govex.schemas.constraint.Code.class);
            out.add(new Facts(f, size == null ? null : size.max(), pattern, code == null ? null : code.value(),
                    field.isAnnotationPresent(DivisionCode.class), field.isAnnotationPresent(PositiveOrZero.class)));
        }
        return out;
    }

    // ------------------------------------------------------------------ XSD

    static String xsd(RecordType type) {
        StringBuilder b = new StringBuilder();
        String ns = type.xmlNamespace();
        String complex = typeName(type);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<!-- govex ").append(type.id()).append(" (").append(type.nameZh()).append("). Generated from the Java constraints of ")
                .append(type.modelClass().getName()).append(" by SchemaFilesGenerator: do not edit.\n")
                .append("     Check digits, birth dates, geometry validity and cross-field rules are beyond XSD 1.0 and checked by the hub. -->\n")
                .append("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"").append(ns)
                .append("\" xmlns=\"").append(ns).append("\" elementFormDefault=\"qualified\">\n")
                .append("  <xs:element name=\"").append(type.xmlBatchElement()).append("\">\n")
                .append("    <xs:complexType><xs:sequence><xs:element ref=\"").append(type.xmlElement())
                .append("\" minOccurs=\"0\" maxOccurs=\"unbounded\"/></xs:sequence></xs:complexType>\n")
                .append("  </xs:element>\n")
                .append("  <xs:element name=\"").append(type.xmlElement()).append("\" type=\"").append(complex).append("\"/>\n")
                .append("  <xs:complexType name=\"").append(complex).append("\">\n    <xs:all>\n");
        Set<CodeList> lists = new LinkedHashSet<>();
        boolean divisions = false;
        for (Facts f : facts(type)) {
            b.append("      <xs:element name=\"").append(f.spec().name()).append("\"")
                    .append(f.spec().required() ? "" : " minOccurs=\"0\"");
            if (f.spec().kind() == FieldKind.MONEY) {
                b.append(" type=\"MonetaryAmount\"/>\n");
                lists.add(CodeList.CURRENCY);
                continue;
            }
            if (f.codeList() != null) {
                lists.add(f.codeList());
                b.append(" type=\"").append(codeTypeName(f.codeList())).append("\"/>\n");
                continue;
            }
            if (f.division()) {
                divisions = true;
                b.append(" type=\"DivisionCode\"/>\n");
                continue;
            }
            b.append(">\n        <xs:simpleType><xs:restriction base=\"").append(xsdBase(f.spec().kind())).append("\">");
            switch (f.spec().kind()) {
                case DATE -> facet(b, "pattern", DATE);
                case DATE_TIME -> facet(b, "pattern", DATE_TIME);
                case DECIMAL -> {
                    facet(b, "totalDigits", String.valueOf(TOTAL_DIGITS));
                    facet(b, "fractionDigits", String.valueOf(FRACTION_DIGITS));
                    if (f.nonNegative()) {
                        facet(b, "minInclusive", "0");
                    }
                }
                default -> {
                    if (f.maxLength() != null) {
                        facet(b, "maxLength", String.valueOf(f.maxLength()));
                    }
                    if (f.pattern() != null) {
                        facet(b, "pattern", f.pattern());
                    }
                }
            }
            b.append("</xs:restriction></xs:simpleType>\n      </xs:element>\n");
        }
        b.append("    </xs:all>\n  </xs:complexType>\n");
        if (type == RecordType.LEGAL_ENTITY) {
            b.append("  <xs:complexType name=\"MonetaryAmount\">\n    <xs:all>\n")
                    .append("      <xs:element name=\"amount\"><xs:simpleType><xs:restriction base=\"xs:decimal\">");
            facet(b, "totalDigits", String.valueOf(TOTAL_DIGITS));
            facet(b, "fractionDigits", String.valueOf(FRACTION_DIGITS));
            facet(b, "minInclusive", "0");
            b.append("</xs:restriction></xs:simpleType></xs:element>\n")
                    .append("      <xs:element name=\"currency\" type=\"").append(codeTypeName(CodeList.CURRENCY)).append("\"/>\n")
                    .append("    </xs:all>\n  </xs:complexType>\n");
        }
        for (CodeList l : lists) {
            b.append("  <xs:simpleType name=\"").append(codeTypeName(l)).append("\">\n    <xs:annotation><xs:documentation>")
                    .append(escape(l.titleZh() + " / " + l.titleEn() + " (" + l.standard() + ")"))
                    .append("</xs:documentation></xs:annotation>\n    <xs:restriction base=\"xs:string\">\n");
            for (Code c : l.codes()) {
                b.append("      <xs:enumeration value=\"").append(escape(c.code())).append("\"/>\n");
            }
            b.append("    </xs:restriction>\n  </xs:simpleType>\n");
        }
        if (divisions) {
            b.append("  <xs:simpleType name=\"DivisionCode\">\n    <xs:annotation><xs:documentation>GB/T 2260 current division codes")
                    .append(" (modood/Administrative-divisions-of-China, National Bureau of Statistics of China data, WTFPL)")
                    .append("</xs:documentation></xs:annotation>\n    <xs:restriction base=\"xs:string\">\n");
            for (Division d : Divisions.standard().current()) {
                b.append("      <xs:enumeration value=\"").append(d.code()).append("\"/>\n");
            }
            b.append("    </xs:restriction>\n  </xs:simpleType>\n");
        }
        b.append("</xs:schema>\n");
        return b.toString();
    }

    private static void facet(StringBuilder b, String name, String value) {
        b.append("<xs:").append(name).append(" value=\"").append(escape(value)).append("\"/>");
    }

    private static String xsdBase(FieldKind k) {
        return switch (k) {
            case DATE -> "xs:date";
            case DATE_TIME -> "xs:dateTime";
            case DECIMAL -> "xs:decimal";
            default -> "xs:string";
        };
    }

    private static String typeName(RecordType t) {
        return switch (t) {
            case PERSON -> "Person";
            case LEGAL_ENTITY -> "LegalEntity";
            case PLACE -> "Place";
            case INDICATOR -> "Indicator";
        };
    }

    private static String codeTypeName(CodeList l) {
        return Character.toUpperCase(l.id().charAt(0)) + l.id().substring(1) + "Code";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    // ------------------------------------------------------------------ JSON Schema

    static String jsonSchema(RecordType type) throws Exception {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://govex.org/schema/" + type.id() + ".schema.json");
        root.put("title", type.nameZh() + " / " + type.nameEn());
        root.put("description", "A govex " + type.id() + " record, or a batch (array) of them. Generated from the Java "
                + "constraints; check digits, real dates, geometry validity and cross-field rules are checked by the hub.");
        root.putArray("oneOf").add(m.createObjectNode().put("$ref", "#/$defs/record"))
                .add(m.createObjectNode().put("type", "array").set("items", m.createObjectNode().put("$ref", "#/$defs/record")));
        ObjectNode rec = root.putObject("$defs").putObject("record");
        rec.put("type", "object");
        rec.put("additionalProperties", false);
        ArrayNode required = rec.putArray("required");
        ObjectNode props = rec.putObject("properties");
        for (Facts f : facts(type)) {
            if (f.spec().required()) {
                required.add(f.spec().name());
            }
            ObjectNode p = props.putObject(f.spec().name());
            switch (f.spec().kind()) {
                case DATE -> p.put("type", "string").put("format", "date").put("pattern", "^" + DATE + "$");
                case DATE_TIME -> p.put("type", "string").put("format", "date-time").put("pattern", "^" + DATE_TIME + "$");
                case DECIMAL -> {
                    p.put("type", "number");
                    if (f.nonNegative()) {
                        p.put("minimum", 0);
                    }
                }
                case MONEY -> {
                    p.put("type", "object").put("additionalProperties", false);
                    p.putArray("required").add("amount").add("currency");
                    ObjectNode mp = p.putObject("properties");
                    mp.putObject("amount").put("type", "number").put("minimum", 0);
                    enumOf(mp.putObject("currency").put("type", "string"), CodeList.CURRENCY);
                }
                case STRING -> {
                    if ("geometry".equals(f.spec().name())) {
                        p.put("description", "WKT (optionally CRS-prefixed) or a GeoJSON geometry (as an object or its text)");
                        ArrayNode any = p.putArray("oneOf");
                        any.add(m.createObjectNode().put("type", "string").put("pattern", "\\S"));
                        any.add(m.createObjectNode().put("type", "object").set("required", m.createArrayNode().add("type")));
                        continue;
                    }
                    p.put("type", "string");
                    if (f.maxLength() != null) {
                        p.put("maxLength", f.maxLength());
                    }
                    if (f.codeList() != null) {
                        enumOf(p, f.codeList());
                    } else if (f.division()) {
                        p.put("description", "a current GB/T 2260 division code");
                        ArrayNode e = p.putArray("enum");
                        Divisions.standard().current().forEach(d -> e.add(d.code()));
                    } else if (f.pattern() != null) {
                        p.put("pattern", NON_BLANK.equals(f.pattern()) ? "\\S" : "^" + f.pattern() + "$");
                    }
                }
            }
        }
        return m.writeValueAsString(root) + "\n";
    }

    private static void enumOf(ObjectNode p, CodeList l) {
        ArrayNode e = p.putArray("enum");
        l.codes().forEach(c -> e.add(c.code()));
    }

    // ------------------------------------------------------------------ SHACL

    static String shacl(RecordType type) {
        StringBuilder b = new StringBuilder();
        b.append("# govex ").append(type.id()).append(" (").append(type.nameZh()).append(") SHACL shapes. Generated from the Java constraints of\n")
                .append("# ").append(type.modelClass().getName()).append(" by SchemaFilesGenerator: do not edit.\n")
                .append("# Validate the record graph together with the data-element registry (code lists and divisions).\n")
                .append("# Geometry validity and area consistency are beyond SHACL and checked by the hub.\n");
        Vocab.PREFIXES.getNsPrefixMap().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> b.append("@prefix ").append(e.getKey()).append(": <").append(e.getValue()).append("> .\n"));
        b.append("@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix owl: <http://www.w3.org/2002/07/owl#> .\n")
                .append("@prefix shapes: <https://govex.org/shapes/").append(type.id()).append("#> .\n\n");
        b.append("shapes: a owl:Ontology");
        Vocab.PREFIXES.getNsPrefixMap().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> b.append(" ;\n    sh:declare [ sh:prefix \"").append(e.getKey()).append("\" ; sh:namespace \"")
                        .append(e.getValue()).append("\"^^xsd:anyURI ]"));
        b.append(" .\n\n");
        RdfMapping mapping = RdfMapping.of(type);
        b.append("shapes:").append(typeName(type)).append("Shape a sh:NodeShape ;\n    sh:targetClass <")
                .append(mapping.recordClass().getURI()).append(">");
        List<Facts> facts = facts(type);
        Set<String> schemes = new LinkedHashSet<>();
        for (int i = 0; i < facts.size(); i++) {
            Facts f = facts.get(i);
            RdfMapping.RdfField r = mapping.fields().get(i);
            b.append(" ;\n    sh:property [ sh:path ");
            switch (r.kind()) {
                case VIA -> b.append("( <").append(r.link().getURI()).append("> <").append(r.predicate().getURI()).append("> )");
                case GEOMETRY -> b.append("<").append(r.link().getURI()).append(">");
                default -> b.append("<").append(r.predicate().getURI()).append(">");
            }
            b.append(" ; sh:name \"").append(f.spec().name()).append("\"");
            if (f.spec().required()) {
                b.append(" ; sh:minCount 1");
            }
            b.append(" ; sh:maxCount 1");
            switch (r.kind()) {
                case CODE -> {
                    schemes.add(r.datatypeOrList());
                    b.append(" ; sh:nodeKind sh:IRI ; sh:node shapes:InScheme_").append(r.datatypeOrList());
                }
                case DIVISION -> {
                    schemes.add("division");
                    b.append(" ; sh:nodeKind sh:IRI ; sh:node shapes:InScheme_division");
                }
                case GEOMETRY -> b.append(" ; sh:node shapes:GeometryShape");
                case MONEY -> b.append(" ; sh:node shapes:MonetaryAmountShape");
                default -> {
                    b.append(" ; sh:datatype xsd:").append(switch (f.spec().kind()) {
                        case DATE -> "date";
                        case DATE_TIME -> "dateTime";
                        case DECIMAL -> "decimal";
                        default -> "string";
                    });
                    if (f.maxLength() != null) {
                        b.append(" ; sh:maxLength ").append(f.maxLength());
                    }
                    if (f.pattern() != null) {
                        b.append(" ; sh:pattern \"").append(ttl(NON_BLANK.equals(f.pattern()) ? "\\S" : "^" + f.pattern() + "$")).append("\"");
                    }
                    if (f.nonNegative()) {
                        b.append(" ; sh:minInclusive 0");
                    }
                    if (f.spec().kind() == FieldKind.DATE_TIME) {
                        b.append(" ; sh:pattern \"").append(ttl("^" + DATE_TIME + "$")).append("\"");
                    }
                }
            }
            b.append(" ]");
        }
        for (String[] c : SparqlRules.of(type)) {
            b.append(" ;\n    sh:sparql [ a sh:SPARQLConstraint ; sh:message \"").append(c[0])
                    .append("\" ; sh:prefixes shapes: ; sh:select \"\"\"\n").append(c[1]).append("\"\"\" ]");
        }
        b.append(" .\n");
        for (String s : schemes) {
            b.append("\nshapes:InScheme_").append(s).append(" a sh:NodeShape ;\n    sh:property [ sh:path skos:inScheme ; sh:hasValue <")
                    .append(Vocab.CODE).append(s).append("> ] .\n");
        }
        if (type == RecordType.PLACE) {
            b.append("""

                    shapes:GeometryShape a sh:NodeShape ;
                        sh:class geo:Geometry ;
                        sh:xone (
                            [ sh:path geo:asWKT ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype geo:wktLiteral ; sh:pattern "\\\\S" ]
                            [ sh:path geo:asGeoJSON ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype geo:geoJSONLiteral ; sh:pattern "\\\\S" ]
                        ) .
                    """);
        }
        if (type == RecordType.LEGAL_ENTITY) {
            b.append("\nshapes:MonetaryAmountShape a sh:NodeShape ;\n    sh:class schema:MonetaryAmount ;\n")
                    .append("    sh:property [ sh:path schema:value ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:decimal ; sh:minInclusive 0 ] ;\n")
                    .append("    sh:property [ sh:path schema:currency ; sh:minCount 1 ; sh:maxCount 1 ; sh:in (");
            CodeList.CURRENCY.codes().forEach(c -> b.append(" \"").append(c.code()).append("\""));
            b.append(" ) ] .\n");
        }
        return b.toString();
    }

    private static String ttl(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
