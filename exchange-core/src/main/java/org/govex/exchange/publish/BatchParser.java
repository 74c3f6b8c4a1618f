package org.govex.exchange.publish;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.govex.exchange.config.ExchangeConfig;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;

import org.govex.schemas.codec.CodecLimits;
import org.govex.schemas.codec.SafeDocuments;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a publish body into records (JSON objects, field = data item name). Safe by
 * construction: no DTDs or external entities in XML, bounded nesting, bounded record count.
 * XML batches are {@code <records><anyName><field>value</field>...</anyName>...</records>}.
 * CSV has a header row of data item names; empty cells are absent values.
 */
@ApplicationScoped
public class BatchParser {

    private static final int MAX_DEPTH = 8;

    private final ObjectMapper json;
    private final int maxRecords;
    private final XMLInputFactory xml;

    @jakarta.inject.Inject
    public BatchParser(ObjectMapper mapper, ExchangeConfig config) {
        this(mapper, config.publish().maxRecords());
    }

    public BatchParser(ObjectMapper mapper, int maxRecords) {
        this.json = mapper.copy();
        this.json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
        this.maxRecords = maxRecords;
        // the schemas' hardened Woodstox factory: no DTD, no external entities, depth and text capped
        CodecLimits d = CodecLimits.DEFAULTS;
        this.xml = SafeDocuments.xmlInputFactory(new CodecLimits(d.maxDocumentBytes(), MAX_DEPTH, d.maxStringLength(),
                d.maxNumberLength(), d.maxNameLength(), d.maxRecords(), d.maxFields()));
    }

    /**
     * The batch for the validator: a JSON array of flat records whose values are plain strings or
     * nulls as spans of its bytes ({@link FlatBatch}, no tree), anything else as trees.
     */
    public ParsedBatch read(BatchFormat format, InputStream body) {
        return read(format, body, -1);
    }

    /**
     * As {@link #read(BatchFormat, InputStream)}, the body read into one array of its declared
     * length when it is known ({@code readAllBytes} reads 8-KB pieces and copies them together).
     */
    public ParsedBatch read(BatchFormat format, InputStream body, long declaredLength) {
        if (format != BatchFormat.JSON) {
            return new ParsedBatch.Trees(parse(format, body));
        }
        byte[] bytes;
        try {
            bytes = readAll(body, declaredLength);
        } catch (IOException e) {
            throw GovexException.unreadable("The JSON batch could not be read: " + firstLine(e.getMessage()), e);
        }
        FlatBatch flat = FlatBatch.scan(bytes, maxRecords);
        return flat != null ? flat : new ParsedBatch.Trees(parse(format, new java.io.ByteArrayInputStream(bytes)));
    }

    /**
     * The whole body; into an array of {@code declaredLength} when that is known and plausible
     * (the HTTP layer bounds bodies), with whatever follows a shorter declaration read on.
     */
    static byte[] readAll(InputStream body, long declaredLength) throws IOException {
        if (declaredLength < 0 || declaredLength > MAX_PRESIZED) {
            return body.readAllBytes();
        }
        byte[] bytes = new byte[(int) declaredLength];
        int n = body.readNBytes(bytes, 0, bytes.length);
        if (n < bytes.length) {
            return java.util.Arrays.copyOf(bytes, n);
        }
        int next = body.read();
        if (next < 0) {
            return bytes;
        }
        java.io.ByteArrayOutputStream more = new java.io.ByteArrayOutputStream(bytes.length + 8192);
        more.write(bytes);
        more.write(next);
        body.transferTo(more);
        return more.toByteArray();
    }

    /** The largest declared length read into an array of that size at once. */
    private static final long MAX_PRESIZED = 64L * 1024 * 1024;

    public List<ObjectNode> parse(BatchFormat format, InputStream body) {
        try {
            return switch (format) {
                case JSON -> jsonArray(body);
                case NDJSON -> ndjson(body);
                case XML -> xml(body);
                case CSV -> csv(body);
            };
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (e instanceof GovexException g) {
                throw g;
            }
            throw GovexException.unreadable("The " + format + " batch could not be read: " + firstLine(e.getMessage()), e);
        }
    }

    private List<ObjectNode> jsonArray(InputStream body) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        try (JsonParser p = json.getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw GovexException.unreadable("A JSON batch is an array of records", null);
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                add(out, (ObjectNode) json.readTree(p));
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
                throw GovexException.unreadable("Every element of a JSON batch must be an object (record)", null);
            }
            if (p.nextToken() != null) {
                throw GovexException.unreadable("Trailing content after the JSON array", null);
            }
        }
        return out;
    }

    private List<ObjectNode> ndjson(InputStream body) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            if (!(node instanceof ObjectNode o)) {
                throw GovexException.unreadable("NDJSON line " + n + " is not an object", null);
            }
            add(out, o);
        }
        return out;
    }

    private List<ObjectNode> csv(InputStream body) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            for (CSVRecord row : parser) {
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                for (int i = 0; i < header.size() && i < row.size(); i++) {
                    String v = row.get(i);
                    String name = header.get(i).startsWith("\uFEFF") ? header.get(i).substring(1) : header.get(i);
                    if (v != null && !v.isEmpty()) {
                        o.put(name, v);
                    }
                }
                add(out, o);
            }
        }
        return out;
    }

    private List<ObjectNode> xml(InputStream body) throws XMLStreamException {
        List<ObjectNode> out = new ArrayList<>();
        XMLStreamReader r = xml.createXMLStreamReader(body);
        try {
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // skip prolog
            }
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                throw GovexException.unreadable("An XML batch has a root element holding the records", null);
            }
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    add(out, xmlObject(r, 2));
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
            }
        } finally {
            r.close();
        }
        return out;
    }

    /** Reads the children of the current element into an object; text-only children become strings. */
    private ObjectNode xmlObject(XMLStreamReader r, int depth) throws XMLStreamException {
        if (depth > MAX_DEPTH) {
            throw GovexException.unreadable("The XML batch nests deeper than " + MAX_DEPTH + " levels", null);
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String field = r.getLocalName();
                StringBuilder text = new StringBuilder();
                ObjectNode nested = null;
                while (r.hasNext()) {
                    int e2 = r.next();
                    if (e2 == XMLStreamConstants.CHARACTERS || e2 == XMLStreamConstants.CDATA) {
                        text.append(r.getText());
                    } else if (e2 == XMLStreamConstants.START_ELEMENT) {
                        // a structured field, e.g. registeredCapital with amount and currency
                        nested = JsonNodeFactory.instance.objectNode();
                        String sub = r.getLocalName();
                        nested.put(sub, r.getElementText());
                        ObjectNode rest = xmlObject(r, depth + 1);
                        nested.setAll(rest);
                        break;
                    } else if (e2 == XMLStreamConstants.END_ELEMENT) {
                        break;
                    } else if (e2 == XMLStreamConstants.ENTITY_REFERENCE || e2 == XMLStreamConstants.DTD) {
                        throw GovexException.unreadable("Entity references and DTDs are not allowed", null);
                    }
                }
                if (nested != null) {
                    o.set(field, nested);
                } else if (!text.toString().isBlank()) {
                    o.put(field, text.toString().trim());
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return o;
            } else if (ev == XMLStreamConstants.ENTITY_REFERENCE || ev == XMLStreamConstants.DTD) {
                throw GovexException.unreadable("Entity references and DTDs are not allowed", null);
            }
        }
        return o;
    }

    private void add(List<ObjectNode> out, ObjectNode record) {
        if (out.size() >= maxRecords) {
            throw new GovexException(ProblemKind.TOO_LARGE, "A batch holds at most " + maxRecords
                    + " records (govex.exchange.publish.max-records)");
        }
        out.add(record);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
