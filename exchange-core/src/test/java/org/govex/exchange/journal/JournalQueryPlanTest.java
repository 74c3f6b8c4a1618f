package org.govex.exchange.journal;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govex.exchange.support.QueryPlans.explain;
import static org.govex.exchange.support.QueryPlans.indexSorted;
import static org.govex.exchange.support.QueryPlans.reads;
import static org.govex.exchange.support.QueryPlans.scanCount;

/**
 * What the journal's reads cost on H2 when a reader is far behind: a page reads the few blocks it
 * needs, not every block after its cursor (the feed query once sorted them all in memory and ran
 * the hub out of heap under load), and a subscription's lag is summed without reading payloads.
 * The plans are H2's own EXPLAIN ANALYZE of the statements the journal runs.
 */
class JournalQueryPlanTest {

    static final String GAJ = "101001-000001";
    static final String MZJ = "101002-000001";
    static final int BLOCKS = 600;

    @TempDir
    static Path dir;
    static JdbcDataSource ds;

    /** 600 blocks of 1,000 records, the two resources taking turns, each with about 70 KB of payload lines. */
    @BeforeAll
    static void journal() throws Exception {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("govex") + ";DB_CLOSE_ON_EXIT=FALSE");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        byte[] lines = ("{\"idNumber\":\"330106198503071234\",\"name\":\"王小明\",\"domicileDivision\":\"330106\"}\n")
                .repeat(800).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO journal_block (last_seq, first_seq, resource_code, batch_id, "
                     + "publisher_id, recorded_at, record_count, record_keys, payload_lines) VALUES (?, ?, ?, ?, ?, ?, 1000, ?, ?)")) {
            for (int b = 1; b <= BLOCKS; b++) {
                ps.setLong(1, b * 1000L);
                ps.setLong(2, b * 1000L - 999);
                ps.setString(3, b % 2 == 0 ? GAJ : MZJ);
                ps.setString(4, "batch-" + b);
                ps.setString(5, b % 2 == 0 ? "hz-gaj" : "hz-mzj");
                ps.setObject(6, OffsetDateTime.parse("2026-11-27T09:30:00+08:00"));
                ps.setString(7, "330106198503071234");
                ps.setBytes(8, lines);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Test
    void aReaderFarBehindReadsOnlyTheBlocksItsPageNeeds() throws Exception {
        String perResource = explain(ds, Journal.BLOCKS_OF_RESOURCE, GAJ, 0L, 2);
        assertThat(indexSorted(perResource)).as(perResource).isTrue();
        assertThat(scanCount(perResource)).isLessThanOrEqualTo(3);

        String all = explain(ds, Journal.BLOCKS_AFTER, 0L, 2);
        assertThat(indexSorted(all)).as(all).isTrue();
        assertThat(scanCount(all)).isLessThanOrEqualTo(3);
    }

    @Test
    void theQueryOrderedBySequenceAloneSortedEveryBlockAfterTheCursor() throws Exception {
        // the statement before the mend: the same index, but H2 does not see it as sorted
        String before = explain(ds, "SELECT first_seq, payload_lines FROM journal_block WHERE resource_code = ? AND last_seq > ? "
                + "ORDER BY last_seq LIMIT ?", GAJ, 0L, 2);
        assertThat(indexSorted(before)).as(before).isFalse();
        assertThat(scanCount(before)).isBetween(BLOCKS / 2, BLOCKS / 2 + 1);
    }

    @Test
    void aSubscriptionsLagIsSummedFromTheIndex() throws Exception {
        String plan = explain(ds, Journal.COUNT_AFTER, 1500L, 1500L, GAJ, 1500L);
        assertThat(scanCount(plan)).isBetween(BLOCKS / 2, BLOCKS / 2 + 1);
        // 300 blocks counted; reading each row would read at least one page per block
        assertThat(reads(plan)).isLessThan(BLOCKS / 2 / 4);
        Journal journal = new Journal(ds, null);
        assertThat(journal.countAfter(GAJ, 1500)).isEqualTo(BLOCKS / 2 * 1000 - 500);
        assertThat(journal.countAfter(MZJ, 0)).isEqualTo(BLOCKS / 2 * 1000);
    }
}
