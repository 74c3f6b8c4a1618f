package org.govex.schemas.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.govex.schemas.codec.RawRecord;
import org.govex.schemas.codec.RecordCodec;
import org.govex.schemas.codec.RecordFormat;
import org.govex.schemas.codec.RecordStream;
import org.govex.schemas.record.BaseRecord;
import org.govex.schemas.record.RecordType;
import org.govex.schemas.validation.RecordValidator;
import org.govex.schemas.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Parse + validate of 1,000-record batches, one thread (scores are records/s on one core), beside
 * the ceiling: a bare Jackson databind parse of the same bytes into the same record classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(ParseValidateBenchmark.BATCH)
@Threads(1)
public class ParseValidateBenchmark {

    static final int BATCH = 1000;

    @Param({"person", "legal-entity", "place", "indicator"})
    public String type;

    private RecordType recordType;
    private byte[] json;
    private byte[] xml;
    private ObjectMapper jackson;
    private XmlMapper xmlMapper;
    private Class<? extends BaseRecord[]> arrayClass;
    private final RecordCodec codec = RecordCodec.standard();

    @Setup
    public void setup() {
        recordType = RecordType.byId(type).orElseThrow();
        json = Batches.bytes(recordType, RecordFormat.JSON, BATCH);
        xml = Batches.bytes(recordType, RecordFormat.XML, BATCH);
        jackson = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();
        xmlMapper = XmlMapper.builder().addModule(new JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        arrayClass = java.lang.reflect.Array.newInstance(recordType.modelClass(), 0).getClass().asSubclass(BaseRecord[].class);
        // the inputs are valid and both parsers agree on them
        ValidationReport r = codec.validate(recordType, RecordFormat.JSON, new ByteArrayInputStream(json), Locale.ENGLISH);
        ValidationReport rx = codec.validate(recordType, RecordFormat.XML, new ByteArrayInputStream(xml), Locale.ENGLISH);
        if (r.valid() != BATCH || rx.valid() != BATCH) {
            throw new IllegalStateException("benchmark batch is not valid: " + r.records().stream().filter(x -> !x.valid()).findFirst());
        }
        try {
            if (jacksonJson().length != BATCH || jacksonXml().length != BATCH) {
                throw new IllegalStateException("Jackson read a different number of records");
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ceiling: Jackson databind, JSON bytes → record objects, no validation. */
    @Benchmark
    public BaseRecord[] jsonJacksonBare() throws Exception {
        return jacksonJson();
    }

    /** The govex codec alone: safe streaming parse into field maps, bound to records, no validation. */
    @Benchmark
    public void jsonCodecParse(Blackhole bh) {
        try (RecordStream s = codec.open(recordType, RecordFormat.JSON, new ByteArrayInputStream(json))) {
            while (s.hasNext()) {
                RawRecord r = s.next();
                bh.consume(org.govex.schemas.validation.FieldMapBinder.bind(recordType, r.fields(), new java.util.ArrayList<>(), Locale.ENGLISH));
            }
        }
    }

    /** What the hub does: safe parse, bind and validate every record, build the report. */
    @Benchmark
    public ValidationReport jsonParseValidate() {
        return codec.validate(recordType, RecordFormat.JSON, new ByteArrayInputStream(json), Locale.ENGLISH);
    }

    /** Ceiling: Jackson XML databind, XML bytes → record objects, no validation. */
    @Benchmark
    public BaseRecord[] xmlJacksonBare() throws Exception {
        return jacksonXml();
    }

    @Benchmark
    public ValidationReport xmlParseValidate() {
        return codec.validate(recordType, RecordFormat.XML, new ByteArrayInputStream(xml), Locale.ENGLISH);
    }

    /** Validation alone on already-typed records (Hibernate Validator + govex constraints). */
    @Benchmark
    public void validateOnly(Blackhole bh) {
        bh.consume(records());
    }

    private BaseRecord[] cached;

    private int records() {
        if (cached == null) {
            cached = Batches.of(recordType, BATCH).toArray(new BaseRecord[0]);
        }
        int errors = 0;
        for (BaseRecord r : cached) {
            errors += RecordValidator.standard().validate(r, Locale.ENGLISH).size();
        }
        return errors;
    }

    private BaseRecord[] jacksonJson() throws Exception {
        return jackson.readValue(json, arrayClass);
    }

    private BaseRecord[] jacksonXml() throws Exception {
        return xmlMapper.readValue(xml, arrayClass);
    }
}
