package org.govex.exchange.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govex.exchange.access.AccessRequest;
import org.govex.exchange.access.AccessStatus;
import org.govex.exchange.access.RecordView;
import org.govex.exchange.journal.Journal;
import org.govex.exchange.journal.JournalRecord;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.exchange.resource.ResourceState;
import org.govex.exchange.resource.ShareType;
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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The hub's delivery hot path: making a page of 1,000 events for one grant's view from journaled
 * 1-KB person records of the household register (projection of the granted fields from the record's JSON, masks, the key's
 * pseudonym, the CloudEvents envelope) — against the bare baseline of reading each record into a
 * tree and writing it back out with Jackson, in the same run. Every page is of records the view
 * has not seen, so nothing comes from the view's ring.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventMakingBenchmark {

    static final int PAGE = 1_000;
    static final String CODE = "101001-000001";
    static final Instant AT = Instant.parse("2026-11-26T02:00:00Z");

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> payloads = new ArrayList<>();
    /** The same records as the journal holds them (UTF-8, since V20). */
    private final List<byte[]> journaled = new ArrayList<>();
    private EventReader reader;
    private ResourceDefinition population;
    private AccessRequest grant;
    private long after;

    @Setup
    public void setUp() throws Exception {
        for (int i = 0; i < PAGE; i++) {
            // canonical form, as the validator journals it
            payloads.add(json.writeValueAsString(json.readTree(TestPersons.full(i, "2026-11-26T10:00:00+08:00"))));
            journaled.add(payloads.get(i).getBytes(StandardCharsets.UTF_8));
        }
        Journal journal = new Journal(null, json) {
            @Override
            public List<JournalRecord> read(String resourceCode, long from, int limit) {
                List<JournalRecord> out = new ArrayList<>(limit);
                for (int i = 0; i < limit; i++) {
                    long seq = from + 1 + i;
                    out.add(new JournalRecord(seq, CODE, "k" + (seq % PAGE), journaled.get((int) (seq % PAGE)), "b", "hz-gaj", AT));
                }
                return out;
            }
        };
        reader = new EventReader(journal, new RecordView(), json,
                new KeyPseudonyms("bench-pseudonym-key-0123456789abc".getBytes(StandardCharsets.UTF_8)));
        population = new ResourceDefinition(CODE, "人口基本信息", "hz-gaj", "person", ResourceState.PUBLISHED,
                ShareType.CONDITIONAL, "依申请", "《政务信息资源共享管理暂行办法》", false, List.of(
                new DataItemDefinition("idNumber", "person.idNumber", "string", 18, true, true, true),
                new DataItemDefinition("name", "person.name", "string", 50, true, true, true),
                new DataItemDefinition("sex", "person.sex", "code", 1, false, false, true),
                new DataItemDefinition("birthDate", "person.birthDate", "date", null, false, false, true),
                new DataItemDefinition("domicileDivision", "person.domicileDivision", "code", 6, false, false, true),
                new DataItemDefinition("domicileAddress", "person.domicileAddress", "string", 200, false, true, true),
                new DataItemDefinition("residenceDivision", null, "code", 6, false, false, true),
                new DataItemDefinition("residenceAddress", null, "string", 200, false, true, true),
                new DataItemDefinition("phone", null, "string", 20, false, true, true),
                new DataItemDefinition("education", null, "code", 2, false, false, true),
                new DataItemDefinition("occupation", null, "string", 100, false, false, true),
                new DataItemDefinition("employer", null, "string", 200, false, false, true),
                new DataItemDefinition("householdNumber", null, "string", 20, false, false, true),
                new DataItemDefinition("relationToHead", null, "code", 2, false, false, true),
                new DataItemDefinition("updatedAt", "person.updatedAt", "datetime", null, false, false, false)));
        // the harness's wide grant, on the 1-KB records of the register (TestPersons.full)
        List<String> fields = List.of("idNumber", "name", "sex", "birthDate", "domicileDivision", "domicileAddress",
                "residenceDivision", "residenceAddress", "phone", "education", "occupation", "employer", "householdNumber",
                "relationToHead", "updatedAt");
        grant = new AccessRequest("g-bench", "hz-mzj", CODE, "hz-gaj", "婚姻登记核验", "《婚姻登记条例》", fields,
                AccessStatus.GRANTED, ShareType.CONDITIONAL, fields, null, null, AT, null, false, AT, "hz-gaj", null);
    }

    /** A page of events made for the view: projected, masked, keyed by pseudonym, enveloped. */
    @Benchmark
    @OperationsPerInvocation(PAGE)
    public void makeEvents(Blackhole bh) {
        EventReader.Page page = reader.read(population, grant, null, after, PAGE);
        after += PAGE;
        bh.consume(page);
    }

    /** The bare baseline: each record read into a tree and written back out. */
    @Benchmark
    @OperationsPerInvocation(PAGE)
    public void baselineTreeRoundTrip(Blackhole bh) throws Exception {
        for (String p : payloads) {
            bh.consume(json.writeValueAsBytes(json.readTree(p)));
        }
    }
}
