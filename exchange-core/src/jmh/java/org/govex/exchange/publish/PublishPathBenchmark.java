package org.govex.exchange.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govex.exchange.demo.DemoCatalog;
import org.govex.exchange.demo.DemoResources;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.exchange.support.TestPersons;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The hub's publish hot path for a 1,000-record batch of 1-KB household-register records (the
 * load harness's body): read, checked against the demo population resource's data items and the
 * person standard, canonical JSON, digest — from the request's bytes ({@link FlatBatch}) and
 * through Jackson's trees, against the bare baseline of reading the batch into trees and writing
 * each record back out, in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PublishPathBenchmark {

    static final int BATCH = 1_000;

    private final ObjectMapper json = new ObjectMapper();
    private final BatchParser parser = new BatchParser(json, 100_000);
    private final BatchValidator validator = new BatchValidator(json, new SchemaElementRules(json));
    private final BatchValidator withoutElementRules = new BatchValidator(json, (ElementRules) null);
    private ResourceDefinition population;
    private byte[] body;

    @Setup
    public void setUp() {
        population = DemoResources.definition(DemoCatalog.POPULATION_BASIC);
        StringBuilder b = new StringBuilder(BATCH * 1100).append('[');
        for (int i = 0; i < BATCH; i++) {
            TestPersons.appendFull(i > 0 ? b.append(',') : b, 1_000_000L + i, "2026-11-26T10:00:00+08:00");
        }
        body = b.append(']').toString().getBytes(StandardCharsets.UTF_8);
        ValidatedBatch check = validator.validate(population, parser.read(BatchFormat.JSON, new ByteArrayInputStream(body)));
        if (check.accepted().size() != BATCH) {
            throw new IllegalStateException("the benchmark's records must all be valid: " + check.rejections());
        }
    }

    /** The hub's path: the batch's bytes as spans, values decoded where a rule reads them. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public ValidatedBatch fromBytes() {
        return validator.validate(population, parser.read(BatchFormat.JSON, new ByteArrayInputStream(body)));
    }

    /** The same without the data-element standards (check digits, code lists, cross-field rules): their share. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public ValidatedBatch fromBytesWithoutElementRules() {
        return withoutElementRules.validate(population, parser.read(BatchFormat.JSON, new ByteArrayInputStream(body)));
    }

    /** The path before: Jackson trees of the records, checked and written out as trees. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public ValidatedBatch fromTrees() {
        return validator.validate(population, parser.parse(BatchFormat.JSON, new ByteArrayInputStream(body)));
    }

    /** The bare baseline: the batch read into trees and each record written back out (no checks). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void baselineTreeRoundTrip(Blackhole bh) throws Exception {
        for (JsonNode record : json.readTree(body)) {
            bh.consume(json.writeValueAsBytes(record));
        }
    }
}
