package org.govex.exchange.base;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govex.exchange.support.QueryPlans.explain;
import static org.govex.exchange.support.QueryPlans.indexSorted;
import static org.govex.exchange.support.QueryPlans.scanCount;

/**
 * A planner's conflict list, newest first, reads the conflicts it returns: of all base databases,
 * of one, or of one key, the rows come sorted from an index (base V3) and stop at LIMIT.
 */
class ConflictListPlanTest {

    static final int CONFLICTS = 4_000;
    static JdbcDataSource ds;

    /** 4,000 conflicts over 400 keys of the population and legal-entity databases. */
    @BeforeAll
    static void conflicts() throws Exception {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:conflict-plan-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/base").table("flyway_base_history").load().migrate();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO golden_conflict (id, base_db, record_key, field_name, kept_value, "
                     + "kept_resource, kept_department, other_value, other_resource, other_department, journal_seq, resolution, detected_at) "
                     + "VALUES (?, ?, ?, 'domicileAddress', '杭州市西湖区文三路90号', '101001-000001', 'hz-gaj', '杭州市西湖区文三路91号', "
                     + "'101002-000001', 'hz-mzj', ?, 'KEPT_AUTHORITATIVE', ?)")) {
            for (int i = 1; i <= CONFLICTS; i++) {
                ps.setString(1, "c-" + i);
                ps.setString(2, i % 2 == 0 ? "population" : "legal-entity");
                ps.setString(3, i % 2 == 0 ? "33010619850307%04d".formatted(i % 400) : "91330100MA2%07d".formatted(i % 400));
                ps.setLong(4, i * 1000L);
                ps.setObject(5, OffsetDateTime.parse("2026-11-27T09:30:00+08:00").plusSeconds(i / 4));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Test
    void everyListStopsAtItsLimit() throws Exception {
        assertStopsAtLimit(explain(ds, BaseStore.conflictQuery(false, false, 20)));
        assertStopsAtLimit(explain(ds, BaseStore.conflictQuery(true, false, 20), "population"));
        assertStopsAtLimit(explain(ds, BaseStore.conflictQuery(false, true, 20), "330106198503070012"));
    }

    @Test
    void theNewestComeFirst() {
        BaseStore store = new BaseStore(ds, new com.fasterxml.jackson.databind.ObjectMapper());
        var newest = store.conflicts(null, null, 3);
        assertThat(newest).extracting(Conflict::sequence).containsExactly(4_000_000L, 3_999_000L, 3_998_000L);
        var ofPopulation = store.conflicts("population", null, 2);
        assertThat(ofPopulation).extracting(Conflict::sequence).containsExactly(4_000_000L, 3_998_000L);
        var ofKey = store.conflicts(null, "330106198503070012", 100);
        assertThat(ofKey).hasSize(10).extracting(Conflict::sequence).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    private static void assertStopsAtLimit(String plan) {
        assertThat(indexSorted(plan)).as(plan).isTrue();
        assertThat(scanCount(plan)).as(plan).isLessThanOrEqualTo(21);
    }
}
