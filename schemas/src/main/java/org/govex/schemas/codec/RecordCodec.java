package org.govex.schemas.codec;

import com.ctc.wstx.stax.WstxOutputFactory;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.error.Violation;
import org.govex.schemas.record.BaseRecord;
import org.govex.schemas.record.RecordType;
import org.govex.schemas.validation.FieldMapBinder;
import org.govex.schemas.validation.RecordOutcome;
import org.govex.schemas.validation.RecordValidator;
import org.govex.schemas.validation.ValidationReport;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Reads and writes base records as JSON (array, object, NDJSON), XML and RDF (Turtle, JSON-LD,
 * RDF/XML), safely: byte and UTF-8 guard on every input, Jackson {@link StreamReadConstraints},
 * no DTDs or entities in XML, no remote JSON-LD contexts, a record-count limit. JSON, NDJSON and
 * XML are streamed record by record; RDF is parsed into a bounded in-memory graph (its statements
 * are unordered, so RDF batches come back ordered by record key). Turtle output streams.
 * Thread-safe; build one per set of limits.
 */
public final class RecordCodec {

    private static final RecordCodec STANDARD = new RecordCodec(CodecLimits.DEFAULTS);

    private final CodecLimits limits;
    private final JsonFactory json;
    private final XMLInputFactory xmlIn;
    private final XMLOutputFactory xmlOut;

    public RecordCodec(CodecLimits limits) {
        this.limits = limits;
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNameLength(limits.maxNameLength())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .build())
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        this.xmlIn = SafeDocuments.xmlInputFactory(limits);
        WstxOutputFactory out = new WstxOutputFactory();
        out.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
        this.xmlOut = out;
    }

    public static RecordCodec standard() {
        return STANDARD;
    }

    public CodecLimits limits() {
        return limits;
    }

    /** Opens a stream of raw (untyped) records; close it when done. */
    public RecordStream open(RecordType type, RecordFormat format, InputStream body) {
        InputStream in = new GuardedInputStream(body, limits.maxDocumentBytes());
        try {
            return switch (format) {
                case JSON, NDJSON -> new JsonRecordReader(json, json.createParser(in), type, limits);
                case XML -> new XmlRecordReader(xmlIn.createXMLStreamReader(in, "UTF-8"), type, limits);
                case TURTLE, JSON_LD, RDF_XML -> rdf(type, format, in);
            };
        } catch (IOException e) {
            throw Limits.unreadable(null, "The body could not be read: " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            GovexException g = Limits.find(e);
            throw g != null ? g : Limits.unreadable("xml", "Malformed XML: " + e.getMessage(), e);
        }
    }

    /** Validates every record of the body and reports per record; unreadable bodies throw. */
    public ValidationReport validate(RecordType type, RecordFormat format, InputStream body, Locale locale) {
        ValidationReport.Builder report = new ValidationReport.Builder();
        RecordValidator validator = RecordValidator.standard();
        try (RecordStream s = open(type, format, body)) {
            while (s.hasNext()) {
                RawRecord r = s.next();
                report.add(validator.validateFields(type, r.index(), r.fields(), locale));
            }
        }
        return report.build();
    }

    /**
     * Reads and binds every record (types only, no constraint validation); a record whose fields
     * cannot be typed makes the whole read fail with INVALID and per-field violations
     * ({@code [index].field}).
     */
    public <T extends BaseRecord> Batch<T> readAll(RecordType type, RecordFormat format, InputStream body, Locale locale) {
        List<T> out = new ArrayList<>();
        List<Violation> errors = new ArrayList<>();
        boolean batch;
        try (RecordStream s = open(type, format, body)) {
            while (s.hasNext()) {
                RawRecord r = s.next();
                List<Violation> own = new ArrayList<>(1);
                T rec = FieldMapBinder.bind(type, r.fields(), own, locale);
                if (rec != null) {
                    out.add(rec);
                } else {
                    own.forEach(v -> errors.add(new Violation("[" + r.index() + "]." + v.field(), v.rule(), v.message())));
                }
            }
            batch = s.isBatch();
        }
        if (!errors.isEmpty()) {
            throw new GovexException(ProblemKind.INVALID, "types",
                    errors.size() + " field(s) could not be read as their type", errors, null);
        }
        return new Batch<>(out, batch);
    }

    /** Records read by {@link #readAll}; {@code batch} is false when the body was one record. */
    public record Batch<T extends BaseRecord>(List<T> records, boolean batch) {
    }

    /** Streams records of one type into the format; {@code batch=false} writes a single record. */
    public RecordWriter writer(RecordType type, RecordFormat format, OutputStream out, boolean batch) {
        try {
            return switch (format) {
                case JSON -> new JsonRecordWriter(json.createGenerator(out), batch
                        ? JsonRecordWriter.Mode.ARRAY : JsonRecordWriter.Mode.SINGLE);
                case NDJSON -> new JsonRecordWriter(json.createGenerator(out), JsonRecordWriter.Mode.LINES);
                case XML -> new XmlRecordWriter(xmlOut.createXMLStreamWriter(out, "UTF-8"), type, batch);
                case TURTLE -> new RdfStreamWriter(type, out);
                case JSON_LD, RDF_XML -> new RdfGraphWriter(type, format.lang(), out);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public void write(RecordType type, RecordFormat format, Collection<? extends BaseRecord> records, OutputStream out) {
        try (RecordWriter w = writer(type, format, out, true)) {
            records.forEach(w::write);
        }
    }

    public byte[] toBytes(RecordFormat format, BaseRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (RecordWriter w = writer(record.type(), format, out, false)) {
            w.write(record);
        }
        return out.toByteArray();
    }

    public byte[] toBytes(RecordType type, RecordFormat format, Collection<? extends BaseRecord> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + records.size() * 512);
        write(type, format, records, out);
        return out.toByteArray();
    }

    /** Converts a body from one form to another (types checked, constraints not). */
    public void convert(RecordType type, RecordFormat from, InputStream body, RecordFormat to, OutputStream out, Locale locale) {
        Batch<BaseRecord> b = readAll(type, from, body, locale);
        try (RecordWriter w = writer(type, to, out, b.batch() || b.records().size() != 1)) {
            b.records().forEach(w::write);
        }
    }

    // ---------------------------------------------------------------- RDF

    private RecordStream rdf(RecordType type, RecordFormat format, InputStream in) throws IOException {
        Graph g = SafeDocuments.readRdf(in.readAllBytes(), format.lang(), limits);
        List<RawRecord> records = RdfMapping.of(type).fromGraph(g, limits);
        Iterator<RawRecord> it = records.iterator();
        return new RecordStream() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public RawRecord next() {
                if (!it.hasNext()) {
                    throw new NoSuchElementException();
                }
                return it.next();
            }

            @Override
            public boolean isBatch() {
                return records.size() != 1;
            }

            @Override
            public void close() {
                // in memory
            }
        };
    }

    /** Turtle, streamed as blocks of triples per record. */
    private static final class RdfStreamWriter implements RecordWriter {
        private final StreamRDF stream;
        private final RdfMapping mapping;

        RdfStreamWriter(RecordType type, OutputStream out) {
            this.mapping = RdfMapping.of(type);
            this.stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
            stream.start();
            Vocab.PREFIXES.getNsPrefixMap().forEach(stream::prefix);
        }

        @Override
        public void write(BaseRecord record) {
            mapping.toTriples(record, stream::triple);
        }

        @Override
        public void close() {
            stream.finish();
        }
    }

    /** JSON-LD and RDF/XML need the whole graph before writing. */
    private static final class RdfGraphWriter implements RecordWriter {
        private final Graph graph = GraphFactory.createDefaultGraph();
        private final RdfMapping mapping;
        private final Lang lang;
        private final OutputStream out;

        RdfGraphWriter(RecordType type, Lang lang, OutputStream out) {
            this.mapping = RdfMapping.of(type);
            this.lang = lang;
            this.out = out;
            graph.getPrefixMapping().setNsPrefixes(Vocab.PREFIXES);
        }

        @Override
        public void write(BaseRecord record) {
            mapping.toTriples(record, graph::add);
        }

        @Override
        public void close() {
            RDFDataMgr.write(out, graph, lang);
        }
    }
}
