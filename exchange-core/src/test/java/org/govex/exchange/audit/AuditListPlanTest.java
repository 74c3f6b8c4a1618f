package org.govex.exchange.audit;

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
 * An auditor's filtered list reads the events it returns, whatever the size of the log: on H2 each
 * filter's query comes sorted from an index and stops at LIMIT (H2 EXPLAIN ANALYZE).
 */
class AuditListPlanTest {

    static final int EVENTS = 6_000;
    static JdbcDataSource ds;

    /** 6,000 events: publishes, deliveries and base queries about three resources, in turn. */
    @BeforeAll
    static void log() throws Exception {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:audit-plan-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        String[] actions = {"exchange.publish", "exchange.delivery", "base.query"};
        String[] subjects = {"101001-000001", "101002-000001", "101003-000002"};
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (seq, occurred_at, actor, action, subject, detail, "
                     + "prev_hash, event_hash) VALUES (?, ?, 'hz-gaj', ?, ?, '{\"records\":1000}', ?, ?)")) {
            for (int i = 1; i <= EVENTS; i++) {
                ps.setLong(1, i);
                ps.setObject(2, OffsetDateTime.parse("2026-11-27T09:30:00+08:00").plusSeconds(i));
                ps.setString(3, actions[i % 3]);
                ps.setString(4, subjects[(i / 3) % 3]);
                ps.setString(5, "%064d".formatted(i - 1));
                ps.setString(6, "%064d".formatted(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Test
    void everyFilterStopsAtItsLimit() throws Exception {
        assertStopsAtLimit(explain(ds, AuditTrail.listQuery(false, false, 10), 0L));
        assertStopsAtLimit(explain(ds, AuditTrail.listQuery(true, false, 10), 0L, "exchange.publish"));
        assertStopsAtLimit(explain(ds, AuditTrail.listQuery(false, true, 10), 0L, "101002-000001"));
        // both: the action's index, the subject checked on its rows (one in three)
        String both = explain(ds, AuditTrail.listQuery(true, true, 10), 0L, "exchange.publish", "101002-000001");
        assertThat(indexSorted(both)).as(both).isTrue();
        assertThat(scanCount(both)).as(both).isLessThan(100);
    }

    @Test
    void theActionFilterOrderedBySequenceAloneSortedEveryEventOfTheAction() throws Exception {
        String before = explain(ds, "SELECT seq FROM audit_event WHERE seq > ? AND action = ? ORDER BY seq LIMIT 10", 0L, "exchange.publish");
        assertThat(indexSorted(before)).as(before).isFalse();
        assertThat(scanCount(before)).isGreaterThanOrEqualTo(EVENTS / 3);
    }

    private static void assertStopsAtLimit(String plan) {
        assertThat(indexSorted(plan)).as(plan).isTrue();
        assertThat(scanCount(plan)).as(plan).isLessThanOrEqualTo(11);
    }
}
