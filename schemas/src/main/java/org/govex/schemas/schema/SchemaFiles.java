package org.govex.schemas.schema;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.govex.schemas.element.DataElementRegistry;
import org.govex.schemas.error.Violation;
import org.govex.schemas.record.RecordType;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The published schema files of each record type (XSD for the XML form, JSON Schema for the JSON
 * form, SHACL for the RDF form), as shipped in {@code org/govex/schemas/schema/}, and validation
 * against the XSD and the SHACL shapes. The Java constraints remain the complete rule set; the
 * files carry what their languages can express.
 */
public final class SchemaFiles {

    public static final String XSD_MEDIA_TYPE = "application/xml";
    public static final String JSON_SCHEMA_MEDIA_TYPE = "application/schema+json";
    public static final String SHACL_MEDIA_TYPE = "text/turtle";

    private static final String BASE = "/org/govex/schemas/schema/";
    private static final Map<RecordType, Schema> XSD = new EnumMap<>(RecordType.class);
    private static final Map<RecordType, Shapes> SHAPES = new EnumMap<>(RecordType.class);
    private static volatile Graph registry;

    private SchemaFiles() {
    }

    public static String xsdFile(RecordType t) {
        return t.id() + ".xsd";
    }

    public static String jsonSchemaFile(RecordType t) {
        return t.id() + ".schema.json";
    }

    public static String shaclFile(RecordType t) {
        return t.id() + ".shacl.ttl";
    }

    public static byte[] xsd(RecordType t) {
        return read(xsdFile(t));
    }

    public static byte[] jsonSchema(RecordType t) {
        return read(jsonSchemaFile(t));
    }

    public static byte[] shacl(RecordType t) {
        return read(shaclFile(t));
    }

    private static byte[] read(String name) {
        try (InputStream in = SchemaFiles.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing schema file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compiled XSD (secure processing; no external DTDs or schemas). */
    public static synchronized Schema xsdSchema(RecordType t) {
        return XSD.computeIfAbsent(t, type -> {
            try {
                SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                return f.newSchema(new StreamSource(new ByteArrayInputStream(xsd(type))));
            } catch (SAXException e) {
                throw new IllegalStateException("bad XSD for " + type.id(), e);
            }
        });
    }

    public static synchronized Shapes shapes(RecordType t) {
        return SHAPES.computeIfAbsent(t, type -> Shapes.parse(RDFParser.source(new ByteArrayInputStream(shacl(type)))
                .lang(Lang.TURTLE).toGraph()));
    }

    /** XSD errors of an XML document (empty when valid); field is {@code line:column}, rule {@code XSD}. */
    public static List<Violation> validateXml(RecordType t, byte[] xml) {
        List<Violation> out = new ArrayList<>();
        Validator v = xsdSchema(t).newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not fail
                }

                @Override
                public void error(SAXParseException e) {
                    out.add(new Violation(e.getLineNumber() + ":" + e.getColumnNumber(), "XSD", e.getMessage()));
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (out.isEmpty()) {
                out.add(new Violation("", "XSD", e.getMessage()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** SHACL results for a record graph, validated together with the data-element registry; rule = sh:message or the constraint component. */
    public static List<Violation> validateRdf(RecordType t, Graph records) {
        ValidationReport report = ShaclValidator.get().validate(shapes(t), new Union(records, registryGraph()));
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            String field = e.resultPath() == null ? "" : e.resultPath().toString();
            String rule = e.message() != null && !e.message().contains(" ") ? e.message()
                    : e.sourceConstraintComponent().getLocalName();
            out.add(new Violation(field, rule, e.message() == null ? rule : e.message()));
        }
        return out;
    }

    /** The shipped registry graph (code lists and divisions), parsed once. */
    public static Graph registryGraph() {
        Graph g = registry;
        if (g == null) {
            synchronized (SchemaFiles.class) {
                g = registry;
                if (g == null) {
                    g = DataElementRegistry.shippedModel().getGraph();
                    registry = g;
                }
            }
        }
        return g;
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
