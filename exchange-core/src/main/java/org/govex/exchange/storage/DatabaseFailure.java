package org.govex.exchange.storage;

import org.h2.mvstore.MVStoreException;

import java.sql.SQLException;
import java.time.Instant;

/**
 * An embedded database that closed itself, or can no longer write: when a write to its file
 * fails (a full disk, an I/O error, a thread interrupted in file I/O) H2 either closes the database
 * ("The database has been closed" to every statement after it) or keeps failing writes, until the
 * process restarts.
 *
 * @param database which database ({@link StorageGuard#JOURNAL_DATABASE} or {@code base})
 * @param message  what the statement that found it was told
 * @param at       when it was found
 */
public record DatabaseFailure(String database, String message, Instant at) {

    /** H2's {@code DATABASE_IS_CLOSED}: the engine closed itself, nothing in this process can reopen it. */
    static final int H2_DATABASE_IS_CLOSED = 90098;

    /**
     * H2's {@code DATABASE_ALREADY_OPEN}: met at run time when a pooled connection is replaced after
     * the engine closed itself, because the closed engine still holds the file lock.
     */
    static final int H2_DATABASE_ALREADY_OPEN = 90020;

    /** MVStore's {@code ERROR_WRITING_FAILED} and {@code ERROR_CLOSED}: its file refused a write, or it closed. */
    static final int MVSTORE_WRITING_FAILED = 2;
    static final int MVSTORE_CLOSED = 4;

    /** Whether {@code error} shows an embedded database that closed itself or can no longer write. */
    public static boolean isOne(Throwable error) {
        return of("", error) != null;
    }

    /** The failure {@code error} shows, if it is an embedded database that closed itself or can no longer write. */
    static DatabaseFailure of(String database, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MVStoreException mv
                    && (mv.getErrorCode() == MVSTORE_WRITING_FAILED || mv.getErrorCode() == MVSTORE_CLOSED)) {
                return new DatabaseFailure(database, mv.getMessage(), Instant.now());
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getErrorCode() == H2_DATABASE_IS_CLOSED || s.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                        return new DatabaseFailure(database, s.getMessage(), Instant.now());
                    }
                }
            }
        }
        return null;
    }
}
