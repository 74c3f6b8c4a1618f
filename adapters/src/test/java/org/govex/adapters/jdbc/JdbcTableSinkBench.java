package org.govex.adapters.jdbc;

import org.govex.adapters.testing.SharedPostgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test (never run by the suite): rows/s of {@link JdbcTableSink} upserts into a real
 * PostgreSQL in 500-row batches, against a bare baseline in the same process — a plain JDBC batch
 * INSERT of the same rows into a table without the upsert. Run:
 * {@code java -cp <adapters test classpath> org.govex.adapters.jdbc.JdbcTableSinkBench [rows]}.
 */
public final class JdbcTableSinkBench {

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int batch = 500;
        String db = SharedPostgres.createDatabase("bench");
        JdbcTableSink.ConnectionSource pg = JdbcTableSink.driver(SharedPostgres.jdbcUrl(db), "postgres", null,
                Duration.ofSeconds(10), Duration.ofSeconds(60));
        String payload = "{\"idNumber\":\"330106********0011\",\"name\":\"王**\",\"domicileDivision\":\"330106\","
                + "\"domicileAddress\":\"浙江省杭州市****\",\"updatedAt\":\"2026-11-26T09:00:00+08:00\"}";
        Instant at = Instant.parse("2026-11-26T01:00:00Z");
        for (int round = 0; round < 2; round++) { // the first round warms up
            long t0 = System.nanoTime();
            try (JdbcTableSink sink = new JdbcTableSink(pg, "bench_upsert_" + round, Duration.ofSeconds(60))) {
                for (int from = 0; from < total; from += batch) {
                    List<TableRow> rows = new ArrayList<>(batch);
                    for (int i = from; i < from + batch; i++) {
                        // half the keys repeat, so half the rows update an existing key
                        rows.add(new TableRow(String.format("3301061985%08d", i % (total / 2)), i, "101001-000001:" + i,
                                "101001-000001", at, payload));
                    }
                    sink.upsert(rows);
                }
            }
            double sinkRate = total / ((System.nanoTime() - t0) / 1e9);

            long t1 = System.nanoTime();
            try (Connection c = pg.open()) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE bench_plain_" + round + " (record_key VARCHAR(512), seq BIGINT, event_id VARCHAR(512), "
                            + "resource_code VARCHAR(64), recorded_at TIMESTAMP WITH TIME ZONE, payload TEXT)");
                }
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_plain_" + round + " VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (int from = 0; from < total; from += batch) {
                        for (int i = from; i < from + batch; i++) {
                            ps.setString(1, String.format("3301061985%08d", i % (total / 2)));
                            ps.setLong(2, i);
                            ps.setString(3, "101001-000001:" + i);
                            ps.setString(4, "101001-000001");
                            ps.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                            ps.setString(6, payload);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            double baseRate = total / ((System.nanoTime() - t1) / 1e9);
            System.out.printf("round %d: JdbcTableSink upsert %.0f rows/s, plain batch INSERT %.0f rows/s, ratio %.2f%n",
                    round, sinkRate, baseRate, sinkRate / baseRate);
        }
        System.exit(0);
    }
}
