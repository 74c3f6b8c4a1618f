package org.govex.exchange.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Transaction helpers for plain JDBC. */
public final class Transactions {

    private Transactions() {
    }

    /**
     * Rolls back after {@code failure} without hiding it: when the rollback fails too (as every
     * statement does once a database has closed itself), that error is kept as suppressed by the
     * first, which names the cause.
     */
    public static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
