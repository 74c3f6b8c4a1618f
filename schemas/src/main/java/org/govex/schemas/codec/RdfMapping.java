package org.govex.schemas.codec;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.govex.schemas.record.BaseRecord;
import org.govex.schemas.record.FieldSpec;
import org.govex.schemas.record.MonetaryAmount;
import org.govex.schemas.record.RecordShape;
import org.govex.schemas.record.RecordType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.govex.schemas.codec.Vocab.iri;

/**
 * The RDF mapping of each record type, as a table: a field is a literal on the record's node, a
 * code-list or division IRI, or a literal on a typed blank node (identifier, address, geometry,
 * monetary amount). Subjects are {@code https://govex.org/id/<type>/<key>}.
 */
public final class RdfMapping {

    /** How a field sits in the graph. */
    public enum Kind { LITERAL, CODE, DIVISION, VIA, GEOMETRY, MONEY }

    /** One field's place in the graph: predicate, datatype or code list id, and for blank-node fields the link and node class. */
    public record RdfField(String field, Kind kind, Node predicate, String datatypeOrList, Node link, Node nodeClass) {
    }

    private static final String XSD_STRING = Vocab.XSD + "string";
    private static final String XSD_DATE = Vocab.XSD + "date";
    private static final String XSD_DATE_TIME = Vocab.XSD + "dateTime";
    private static final String XSD_DECIMAL = Vocab.XSD + "decimal";
    private static final Node AS_WKT = iri(Vocab.GEO, "asWKT");
    private static final Node AS_GEOJSON = iri(Vocab.GEO, "asGeoJSON");
    private static final String WKT_LITERAL = Vocab.GEO + "wktLiteral";
    private static final String GEOJSON_LITERAL = Vocab.GEO + "geoJSONLiteral";
    private static final Node MONEY_CLASS = iri(Vocab.SCHEMA, "MonetaryAmount");
    private static final Node MONEY_VALUE = iri(Vocab.SCHEMA, "value");
    private static final Node MONEY_CURRENCY = iri(Vocab.SCHEMA, "currency");
    private static final Node DATA_SET = iri(Vocab.QB, "dataSet");
    private static final Node MACRO_DATA_SET = NodeFactory.createURI(Vocab.ID + "dataset/macro-economy");

    private final RecordType type;
    private final Node recordClass;
    private final List<RdfField> fields;

    private RdfMapping(RecordType type, Node recordClass, List<RdfField> fields) {
        this.type = type;
        this.recordClass = recordClass;
        this.fields = fields;
    }

    private static final Map<RecordType, RdfMapping> MAPPINGS = Map.of(
            RecordType.PERSON, new RdfMapping(RecordType.PERSON, iri(Vocab.PERSON, "Person"), List.of(
                    via("idNumber", iri(Vocab.ADMS, "identifier"), Vocab.IDENTIFIER_CLASS, Vocab.NOTATION),
                    lit("name", iri(Vocab.FOAF, "name"), XSD_STRING),
                    code("sex", iri(Vocab.CPV, "sex"), "sex"),
                    lit("birthDate", iri(Vocab.CPV, "birthDate"), XSD_DATE),
                    code("ethnicity", iri(Vocab.GOVEX, "ethnicity"), "ethnicity"),
                    code("nationality", iri(Vocab.CPV, "citizenship"), "country"),
                    division("domicileDivision", iri(Vocab.GOVEX, "domicileDivision")),
                    via("domicileAddress", iri(Vocab.LOCN, "address"), Vocab.ADDRESS_CLASS, Vocab.FULL_ADDRESS),
                    code("maritalStatus", iri(Vocab.GOVEX, "maritalStatus"), "maritalStatus"),
                    lit("deathDate", iri(Vocab.CPV, "deathDate"), XSD_DATE),
                    lit("updatedAt", Vocab.MODIFIED, XSD_DATE_TIME))),
            RecordType.LEGAL_ENTITY, new RdfMapping(RecordType.LEGAL_ENTITY, iri(Vocab.ROV, "RegisteredOrganization"), List.of(
                    via("uscc", iri(Vocab.ROV, "registration"), Vocab.IDENTIFIER_CLASS, Vocab.NOTATION),
                    lit("name", iri(Vocab.ROV, "legalName"), XSD_STRING),
                    code("entityType", iri(Vocab.ROV, "orgType"), "entityType"),
                    lit("legalRepresentative", iri(Vocab.GOVEX, "legalRepresentative"), XSD_STRING),
                    division("divisionCode", iri(Vocab.GOVEX, "divisionCode")),
                    via("registeredAddress", iri(Vocab.CPV, "registeredAddress"), Vocab.ADDRESS_CLASS, Vocab.FULL_ADDRESS),
                    lit("establishedDate", iri(Vocab.SCHEMA, "foundingDate"), XSD_DATE),
                    new RdfField("registeredCapital", Kind.MONEY, iri(Vocab.GOVEX, "registeredCapital"), null, null, MONEY_CLASS),
                    lit("businessScope", iri(Vocab.GOVEX, "businessScope"), XSD_STRING),
                    code("status", iri(Vocab.ROV, "orgStatus"), "registrationStatus"),
                    lit("registrationAuthority", iri(Vocab.GOVEX, "registrationAuthority"), XSD_STRING),
                    lit("updatedAt", Vocab.MODIFIED, XSD_DATE_TIME))),
            RecordType.PLACE, new RdfMapping(RecordType.PLACE, iri(Vocab.GEO, "Feature"), List.of(
                    lit("featureId", iri(Vocab.DCT, "identifier"), XSD_STRING),
                    code("featureType", Vocab.DCT_TYPE, "featureType"),
                    lit("name", iri(Vocab.LOCN, "geographicName"), XSD_STRING),
                    division("divisionCode", iri(Vocab.GOVEX, "divisionCode")),
                    new RdfField("geometry", Kind.GEOMETRY, null, null, iri(Vocab.GEO, "hasGeometry"), iri(Vocab.GEO, "Geometry")),
                    lit("area", iri(Vocab.GOVEX, "area"), XSD_DECIMAL),
                    code("landUseCode", iri(Vocab.GOVEX, "landUse"), "landUse"),
                    lit("parcelCode", iri(Vocab.GOVEX, "parcelCode"), XSD_STRING),
                    lit("validFrom", iri(Vocab.GOVEX, "validFrom"), XSD_DATE),
                    lit("validTo", iri(Vocab.GOVEX, "validTo"), XSD_DATE),
                    lit("updatedAt", Vocab.MODIFIED, XSD_DATE_TIME))),
            RecordType.INDICATOR, new RdfMapping(RecordType.INDICATOR, iri(Vocab.QB, "Observation"), List.of(
                    lit("indicatorCode", iri(Vocab.GOVEX, "indicatorCode"), XSD_STRING),
                    lit("indicatorName", iri(Vocab.GOVEX, "indicatorName"), XSD_STRING),
                    division("divisionCode", iri(Vocab.SDMX_DIM, "refArea")),
                    lit("period", iri(Vocab.SDMX_DIM, "refPeriod"), XSD_STRING),
                    code("frequency", iri(Vocab.SDMX_DIM, "freq"), "frequency"),
                    lit("value", iri(Vocab.SDMX_MEAS, "obsValue"), XSD_DECIMAL),
                    lit("unit", iri(Vocab.SDMX_ATT, "unitMeasure"), XSD_STRING),
                    code("status", iri(Vocab.SDMX_ATT, "obsStatus"), "observationStatus"),
                    lit("source", iri(Vocab.DCT, "source"), XSD_STRING),
                    lit("updatedAt", Vocab.MODIFIED, XSD_DATE_TIME))));

    public static RdfMapping of(RecordType type) {
        return MAPPINGS.get(type);
    }

    /** The field table in record order. */
    public List<RdfField> fields() {
        return fields;
    }

    /** The class of the record's node, e.g. {@code person:Person}. */
    public Node recordClass() {
        return recordClass;
    }

    /** The predicate of a field directly on the record node (the link for blank-node fields). */
    public Node predicateOf(String field) {
        for (RdfField f : fields) {
            if (f.field().equals(field)) {
                return f.link() != null ? f.link() : f.predicate();
            }
        }
        return null;
    }

    public static Node subject(RecordType type, String key) {
        if (key == null) {
            return NodeFactory.createBlankNode();
        }
        StringBuilder b = new StringBuilder(Vocab.ID).append(type.id()).append('/');
        for (byte c : key.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int u = c & 0xFF;
            if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '.'
                    || u == '_' || u == '/') {
                b.append((char) u);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(u >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(u & 15, 16)));
            }
        }
        return NodeFactory.createURI(b.toString());
    }

    /** Emits the triples of one record. */
    public <T extends BaseRecord> void toTriples(T record, Consumer<Triple> sink) {
        // the record node's own triples first, then its blank nodes: Turtle writers group them better
        List<Triple> nested = new ArrayList<>(8);
        Consumer<Triple> out = t -> {
            if (t.getSubject().isBlank()) {
                nested.add(t);
            } else {
                sink.accept(t);
            }
        };
        emit(record, out);
        nested.forEach(sink);
    }

    private <T extends BaseRecord> void emit(T record, Consumer<Triple> out) {
        RecordShape<T> shape = type.shape();
        Node s = subject(type, keyOf(record));
        out.accept(Triple.create(s, Vocab.TYPE, recordClass));
        if (type == RecordType.INDICATOR) {
            out.accept(Triple.create(s, DATA_SET, MACRO_DATA_SET));
        }
        for (RdfField f : fields) {
            Object v = shape.field(f.field()).get(record);
            if (v == null) {
                continue;
            }
            switch (f.kind()) {
                case LITERAL -> out.accept(Triple.create(s, f.predicate(), literal(Values.text(v), f.datatypeOrList())));
                case CODE -> out.accept(Triple.create(s, f.predicate(),
                        NodeFactory.createURI(Vocab.CODE + f.datatypeOrList() + "/" + Values.text(v))));
                case DIVISION -> out.accept(Triple.create(s, f.predicate(), NodeFactory.createURI(Vocab.DIVISION + v)));
                case VIA -> {
                    Node b = NodeFactory.createBlankNode();
                    out.accept(Triple.create(s, f.link(), b));
                    out.accept(Triple.create(b, Vocab.TYPE, f.nodeClass()));
                    out.accept(Triple.create(b, f.predicate(), literal(Values.text(v), XSD_STRING)));
                }
                case GEOMETRY -> {
                    Node b = NodeFactory.createBlankNode();
                    String g = (String) v;
                    boolean json = g.trim().startsWith("{");
                    out.accept(Triple.create(s, f.link(), b));
                    out.accept(Triple.create(b, Vocab.TYPE, f.nodeClass()));
                    out.accept(Triple.create(b, json ? AS_GEOJSON : AS_WKT, literal(g, json ? GEOJSON_LITERAL : WKT_LITERAL)));
                }
                case MONEY -> {
                    MonetaryAmount m = (MonetaryAmount) v;
                    Node b = NodeFactory.createBlankNode();
                    out.accept(Triple.create(s, f.predicate(), b));
                    out.accept(Triple.create(b, Vocab.TYPE, MONEY_CLASS));
                    if (m.amount() != null) {
                        out.accept(Triple.create(b, MONEY_VALUE, literal(Values.text(m.amount()), XSD_DECIMAL)));
                    }
                    if (m.currency() != null) {
                        out.accept(Triple.create(b, MONEY_CURRENCY, literal(m.currency(), XSD_STRING)));
                    }
                }
            }
        }
    }

    /** Reads every node of the record class in the graph as a raw record, ordered by key. */
    public List<RawRecord> fromGraph(Graph g, CodecLimits limits) {
        List<Map<String, Object>> maps = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(Node.ANY, Vocab.TYPE, recordClass);
        try {
            while (it.hasNext()) {
                if (maps.size() >= limits.maxRecords()) {
                    throw Limits.exceeded("maxRecords", limits.maxRecords(), "too many records in one batch");
                }
                maps.add(read(g, it.next().getSubject()));
            }
        } finally {
            it.close();
        }
        maps.sort(Comparator.comparing((Map<String, Object> m) -> String.valueOf(
                org.govex.schemas.validation.RecordValidator.keyOf(type, m))));
        List<RawRecord> out = new ArrayList<>(maps.size());
        for (int i = 0; i < maps.size(); i++) {
            out.add(new RawRecord(i, maps.get(i)));
        }
        return out;
    }

    private Map<String, Object> read(Graph g, Node s) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (RdfField f : fields) {
            Object v = switch (f.kind()) {
                case LITERAL -> value(objects(g, s, f.predicate()), null);
                case CODE -> value(objects(g, s, f.predicate()), Vocab.CODE + f.datatypeOrList() + "/");
                case DIVISION -> value(objects(g, s, f.predicate()), Vocab.DIVISION);
                case VIA -> {
                    List<Node> nodes = objects(g, s, f.link());
                    List<Node> vals = new ArrayList<>();
                    nodes.forEach(n -> vals.addAll(objects(g, n, f.predicate())));
                    yield value(vals, null);
                }
                case GEOMETRY -> {
                    List<Node> vals = new ArrayList<>();
                    for (Node n : objects(g, s, f.link())) {
                        vals.addAll(objects(g, n, AS_WKT));
                        vals.addAll(objects(g, n, AS_GEOJSON));
                    }
                    yield value(vals, null);
                }
                case MONEY -> {
                    List<Node> nodes = objects(g, s, f.predicate());
                    if (nodes.isEmpty()) {
                        yield null;
                    }
                    if (nodes.size() > 1) {
                        yield List.of("multiple values");
                    }
                    Map<String, Object> money = new LinkedHashMap<>();
                    money.put("amount", value(objects(g, nodes.get(0), MONEY_VALUE), null));
                    money.put("currency", value(objects(g, nodes.get(0), MONEY_CURRENCY), null));
                    yield money;
                }
            };
            if (v != null) {
                m.put(f.field(), v);
            }
        }
        return m;
    }

    /** One value as text (code IRIs shortened to the code), a list when the node has several, null when none. */
    private static Object value(List<Node> nodes, String iriPrefix) {
        if (nodes.isEmpty()) {
            return null;
        }
        if (nodes.size() > 1) {
            List<String> all = new ArrayList<>();
            nodes.forEach(n -> all.add(text(n, iriPrefix)));
            return all;
        }
        return text(nodes.get(0), iriPrefix);
    }

    private static String text(Node n, String iriPrefix) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (n.isURI()) {
            String u = n.getURI();
            return iriPrefix != null && u.startsWith(iriPrefix) ? u.substring(iriPrefix.length()) : u;
        }
        return n.toString();
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>(1);
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                out.add(it.next().getObject());
            }
        } finally {
            it.close();
        }
        return out;
    }

    private static Node literal(String lexical, String datatype) {
        if (XSD_STRING.equals(datatype)) {
            return NodeFactory.createLiteralString(lexical);
        }
        RDFDatatype dt = TypeMapper.getInstance().getSafeTypeByName(datatype);
        return NodeFactory.createLiteralDT(lexical, dt);
    }

    private String keyOf(BaseRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        RecordShape<BaseRecord> shape = type.shape();
        for (String k : type.keyFields()) {
            m.put(k, shape.field(k).get(r));
        }
        return org.govex.schemas.validation.RecordValidator.keyOf(type, m);
    }

    private static RdfField lit(String field, Node p, String datatype) {
        return new RdfField(field, Kind.LITERAL, p, datatype, null, null);
    }

    private static RdfField code(String field, Node p, String list) {
        return new RdfField(field, Kind.CODE, p, list, null, null);
    }

    private static RdfField division(String field, Node p) {
        return new RdfField(field, Kind.DIVISION, p, null, null, null);
    }

    private static RdfField via(String field, Node link, Node nodeClass, Node p) {
        return new RdfField(field, Kind.VIA, p, XSD_STRING, link, nodeClass);
    }

}
