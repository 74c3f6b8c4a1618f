package org.govex.exchange.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.govex.exchange.audit.AuditTrail;
import org.govex.exchange.journal.AppendRequest;
import org.govex.exchange.journal.Journal;
import org.govex.exchange.journal.JournalRecord;
import org.govex.exchange.journal.JournalWriter;
import org.govex.adapters.testing.SharedPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal stored in blocks (V19): records written by the group commit come back from the
 * database exactly as appended, from any cursor, whatever the block boundaries; the records of
 * a database journaled before V19 are carried over, on H2 and on PostgreSQL 17.
 */
class JournalBlocksTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    static final String GAJ = "101001-000001";
    static final String MZJ = "101002-000001";

    static JdbcDataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:blocks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    static String person(int i, String name) {
        return "{\"idNumber\":\"" + key(i) + "\",\"name\":\"" + name + "\",\"domicileDivision\":\"330106\","
                + "\"domicileAddress\":\"杭州市西湖区文三路" + i + "号\\n2单元\"}";
    }

    static String key(int i) {
        return String.format("3301061985%08d", i);
    }

    @Test
    void recordsComeBackFromTheBlocksFromAnyCursor() throws Exception {
        JdbcDataSource ds = h2();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        Journal journal = new Journal(ds, JSON); // no in-memory tail: every read goes to the blocks
        JournalWriter writer = new JournalWriter(ds, new AuditTrail(ds), JSON, PostgresPortabilityTest.config(), List.of(), journal);
        writer.start();
        try {
            List<AppendRequest.Entry> big = new ArrayList<>();
            for (int i = 1; i <= 2_500; i++) {
                big.add(new AppendRequest.Entry(key(i), person(i, "王" + i)));
            }
            // odd keys: a backslash and a line break survive the block's line format
            List<AppendRequest.Entry> odd = List.of(new AppendRequest.Entry("a\\b\nc", person(9001, "李娜")),
                    new AppendRequest.Entry("\\n", person(9002, "张伟")));
            AppendRequest gaj = writer.submit(new AppendRequest("b-1", GAJ, "hz-gaj", null, big, "d1", List.of()));
            gaj.result().get(30, TimeUnit.SECONDS);
            AppendRequest mzj = writer.submit(new AppendRequest("b-2", MZJ, "hz-mzj", null, odd, "d2", List.of()));
            mzj.result().get(30, TimeUnit.SECONDS);
        } finally {
            writer.stop();
        }

        // 2,500 records of one batch: blocks of 1,000, 1,000 and 500; then one block of two
        assertThat(blockSizes(ds)).containsExactly(1000, 1000, 500, 2);

        List<JournalRecord> all = journal.read(GAJ, 0, 5000);
        assertThat(all).hasSize(2500);
        for (int i = 0; i < all.size(); i++) {
            JournalRecord r = all.get(i);
            assertThat(r.seq()).isEqualTo(i + 1);
            assertThat(r.recordKey()).isEqualTo(key(i + 1));
            assertThat(r.payloadText()).isEqualTo(person(i + 1, "王" + (i + 1)));
            assertThat(r.batchId()).isEqualTo("b-1");
        }
        // a page starting and ending inside blocks
        assertThat(journal.read(GAJ, 998, 5)).extracting(JournalRecord::seq).containsExactly(999L, 1000L, 1001L, 1002L, 1003L);
        assertThat(journal.read(GAJ, 1500, 1000)).extracting(JournalRecord::seq).first().isEqualTo(1501L);
        assertThat(journal.read(GAJ, 1500, 1000)).hasSize(1000);
        assertThat(journal.read(GAJ, 2500, 10)).isEmpty();
        assertThat(journal.read(MZJ, 0, 10)).extracting(JournalRecord::recordKey).containsExactly("a\\b\nc", "\\n");
        assertThat(journal.read(MZJ, 0, 10).get(0).tree(JSON).get("name").asText()).isEqualTo("李娜");
        // across resources, in sequence order
        assertThat(journal.readAll(2499, 10)).extracting(JournalRecord::seq).containsExactly(2500L, 2501L, 2502L);
        assertThat(journal.readAll(0, 3000)).hasSize(2502);
        // counts from inside a block
        assertThat(journal.countAfter(GAJ, 0)).isEqualTo(2500);
        assertThat(journal.countAfter(GAJ, 1234)).isEqualTo(1266);
        assertThat(journal.countAfter(GAJ, 2500)).isZero();
        assertThat(journal.countAfter(MZJ, 0)).isEqualTo(2);
        assertThat(journal.countAfter(MZJ, 2501)).isEqualTo(1);
    }

    @Test
    void largeRecordsCloseABlockEarly() throws Exception {
        JdbcDataSource ds = h2();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        Journal journal = new Journal(ds, JSON);
        JournalWriter writer = new JournalWriter(ds, new AuditTrail(ds), JSON, PostgresPortabilityTest.config(), List.of(), journal);
        writer.start();
        String filler = "浙".repeat(4_000);
        List<AppendRequest.Entry> entries = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            entries.add(new AppendRequest.Entry(key(i), "{\"idNumber\":\"" + key(i) + "\",\"note\":\"" + filler + "\"}"));
        }
        try {
            writer.submit(new AppendRequest("b-1", GAJ, "hz-gaj", null, entries, "d", List.of())).result().get(30, TimeUnit.SECONDS);
        } finally {
            writer.stop();
        }
        List<Integer> sizes = blockSizes(ds);
        assertThat(sizes.size()).isGreaterThan(1);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(300);
        assertThat(journal.read(GAJ, 0, 1000)).extracting(JournalRecord::seq).hasSize(300).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void recordsJournaledBeforeBlocksAreCarriedOverOnH2() throws Exception {
        carriedOver(h2(), "JOURNAL_RECORD");
    }

    @Test
    void recordsJournaledBeforeBlocksAreCarriedOverOnPostgres() throws Exception {
        carriedOver(SharedPostgres.freshDatabase("blocks"), "journal_record");
    }

    private static void carriedOver(DataSource ds, String oldTable) throws Exception {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("18").load().migrate();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO journal_record (seq, resource_code, record_key, payload, batch_id, "
                     + "publisher_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, TIMESTAMP WITH TIME ZONE '2026-11-20 09:30:00+08:00')")) {
            String[][] rows = {{GAJ, key(1), person(1, "王小明")}, {MZJ, "a\\b\nc", person(2, "李娜")}, {GAJ, key(3), person(3, "𠀾丽")}};
            for (int i = 0; i < rows.length; i++) {
                ps.setLong(1, i + 1);
                ps.setString(2, rows[i][0]);
                ps.setString(3, rows[i][1]);
                ps.setString(4, rows[i][2]);
                ps.setString(5, "old-" + i);
                ps.setString(6, "hz-gaj");
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        Journal journal = new Journal(ds, JSON);
        assertThat(journal.read(GAJ, 0, 10)).extracting(JournalRecord::seq).containsExactly(1L, 3L);
        assertThat(journal.read(GAJ, 0, 10).get(1).payloadText()).isEqualTo(person(3, "𠀾丽"));
        assertThat(journal.read(MZJ, 0, 10)).extracting(JournalRecord::recordKey).containsExactly("a\\b\nc");
        assertThat(journal.read(GAJ, 0, 10).get(0).recordedAt()).isEqualTo("2026-11-20T01:30:00Z");
        assertThat(journal.countAfter(GAJ, 1)).isEqualTo(1);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '" + oldTable + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    static List<Integer> blockSizes(JdbcDataSource ds) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT record_count, last_seq - first_seq + 1 FROM journal_block ORDER BY last_seq")) {
            while (rs.next()) {
                assertThat(rs.getInt(1)).isEqualTo(rs.getInt(2));
                sizes.add(rs.getInt(1));
            }
        }
        return sizes;
    }
}
