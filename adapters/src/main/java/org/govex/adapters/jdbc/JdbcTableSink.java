package org.govex.adapters.jdbc;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * Upserts rows into one table of a consumer's PostgreSQL or H2 database, one transaction per batch.
 * The table ({@code record_key} primary key, {@code seq}, {@code event_id}, {@code resource_code},
 * {@code recorded_at}, {@code payload}) is created if missing. A row replaces the stored one only if
 * its {@code seq} is higher, so at-least-once redelivery and replays of older records never roll
 * a key back.
 * <p>
 * One connection, opened on first use and kept; after a failure it is closed and the next batch
 * opens a new one. A failure on a reused connection (e.g. the server restarted meanwhile) is retried
 * once on a fresh connection — safe, because the upsert is idempotent. Not thread-safe for
 * concurrent batches by design: callers deliver one batch at a time per target.
 */
public final class JdbcTableSink implements AutoCloseable {

    /** Opens a new connection to the target. */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private enum Dialect { POSTGRESQL, H2 }

    private static final String COLUMNS = "record_key, seq, event_id, resource_code, recorded_at, payload";

    private final ConnectionSource source;
    private final String table;
    private final int timeoutSeconds;
    private Connection connection;
    private Dialect dialect;
    private long lastUsedNanos = System.nanoTime();

    public JdbcTableSink(ConnectionSource source, String table, Duration statementTimeout) {
        JdbcTargetRules.checkTable(table).ifPresent(r -> {
            throw new IllegalArgumentException(r.message());
        });
        this.source = source;
        this.table = table;
        this.timeoutSeconds = (int) Math.max(1, statementTimeout.toSeconds());
    }

    /**
     * Connections through the JDBC driver that accepts the URL (found with {@link ServiceLoader}, not
     * {@code DriverManager}, which checks the caller's class loader). PostgreSQL gets connect, login
     * and socket timeouts unless the URL sets them.
     */
    public static ConnectionSource driver(String url, String user, String password, Duration connectTimeout, Duration socketTimeout) {
        return () -> {
            Driver driver = null;
            for (Driver d : ServiceLoader.load(Driver.class, JdbcTableSink.class.getClassLoader())) {
                if (d.acceptsURL(url)) {
                    driver = d;
                    break;
                }
            }
            if (driver == null) {
                throw new SQLException("no JDBC driver on the hub's class path accepts this URL", "08001");
            }
            Properties p = new Properties();
            if (user != null) {
                p.setProperty("user", user);
            }
            if (password != null) {
                p.setProperty("password", password);
            }
            p.setProperty("connectTimeout", String.valueOf(Math.max(1, connectTimeout.toSeconds())));
            p.setProperty("loginTimeout", String.valueOf(Math.max(1, connectTimeout.toSeconds())));
            p.setProperty("socketTimeout", String.valueOf(Math.max(1, socketTimeout.toSeconds())));
            if (url.startsWith("jdbc:h2:")) {
                p.keySet().removeIf(k -> k.toString().endsWith("Timeout")); // H2 refuses unknown settings
            }
            Connection c = driver.connect(url, p);
            if (c == null) {
                throw new SQLException("the JDBC driver refused the URL", "08001");
            }
            return c;
        };
    }

    public String table() {
        return table;
    }

    /** Closes the connection if no batch came for {@code idle}; the next batch opens a new one. */
    public synchronized boolean closeIfIdle(Duration idle) {
        if (connection != null && System.nanoTime() - lastUsedNanos > idle.toNanos()) {
            closeConnection();
            return true;
        }
        return false;
    }

    /** Writes the batch in one transaction; on return every row is committed. */
    public synchronized void upsert(List<TableRow> rows) throws JdbcSinkException {
        lastUsedNanos = System.nanoTime();
        if (rows.isEmpty()) {
            return;
        }
        boolean reused = connection != null;
        try {
            write(rows);
        } catch (SQLException first) {
            closeConnection();
            if (!reused) {
                throw failure(first);
            }
            try {
                write(rows);
            } catch (SQLException second) {
                closeConnection();
                throw failure(second);
            }
        } finally {
            lastUsedNanos = System.nanoTime();
        }
    }

    private void write(List<TableRow> rows) throws SQLException {
        Connection c = connection();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(upsertSql())) {
            ps.setQueryTimeout(timeoutSeconds);
            for (TableRow r : rows) {
                ps.setString(1, r.recordKey());
                ps.setLong(2, r.seq());
                ps.setString(3, r.eventId());
                ps.setString(4, r.resourceCode());
                ps.setObject(5, OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC));
                ps.setString(6, r.payload());
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is closed by the caller anyway
            }
            throw e;
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            Connection c = source.open();
            try {
                String product = c.getMetaData().getDatabaseProductName();
                dialect = switch (product) {
                    case "PostgreSQL" -> Dialect.POSTGRESQL;
                    case "H2" -> Dialect.H2;
                    default -> throw new SQLException("unsupported database '" + product + "' (PostgreSQL or H2 only)", "0A000");
                };
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.setQueryTimeout(timeoutSeconds);
                    s.execute("CREATE TABLE IF NOT EXISTS " + table + " (record_key VARCHAR(512) PRIMARY KEY, seq BIGINT NOT NULL, "
                            + "event_id VARCHAR(512) NOT NULL, resource_code VARCHAR(64) NOT NULL, "
                            + "recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, payload " + (dialect == Dialect.H2 ? "CHARACTER VARYING" : "TEXT")
                            + " NOT NULL)");
                }
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            connection = c;
        }
        return connection;
    }

    private String upsertSql() {
        if (dialect == Dialect.POSTGRESQL) {
            return "INSERT INTO " + table + " AS tgt (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (record_key) DO UPDATE SET "
                    + "seq = EXCLUDED.seq, event_id = EXCLUDED.event_id, resource_code = EXCLUDED.resource_code, "
                    + "recorded_at = EXCLUDED.recorded_at, payload = EXCLUDED.payload WHERE tgt.seq < EXCLUDED.seq";
        }
        return "MERGE INTO " + table + " tgt USING (SELECT CAST(? AS VARCHAR(512)) AS record_key, CAST(? AS BIGINT) AS seq, "
                + "CAST(? AS VARCHAR(512)) AS event_id, CAST(? AS VARCHAR(64)) AS resource_code, "
                + "CAST(? AS TIMESTAMP WITH TIME ZONE) AS recorded_at, CAST(? AS CHARACTER VARYING) AS payload) src "
                + "ON tgt.record_key = src.record_key "
                + "WHEN MATCHED AND tgt.seq < src.seq THEN UPDATE SET seq = src.seq, event_id = src.event_id, "
                + "resource_code = src.resource_code, recorded_at = src.recorded_at, payload = src.payload "
                + "WHEN NOT MATCHED THEN INSERT (" + COLUMNS + ") VALUES (src.record_key, src.seq, src.event_id, src.resource_code, "
                + "src.recorded_at, src.payload)";
    }

    private JdbcSinkException failure(SQLException e) {
        // a batch failure's own message repeats the statement with its values; the cause says why
        SQLException cause = e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (message.length() > 500) {
            message = message.substring(0, 500) + "…";
        }
        return new JdbcSinkException("table " + table + ": " + (cause.getSQLState() == null ? "" : "SQLState " + cause.getSQLState()
                + ": ") + message, e);
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        closeConnection();
    }
}
