package org.govex.adapters.jdbc;

/** The target database did not take the batch; nothing of it may be assumed written. */
public final class JdbcSinkException extends Exception {

    public JdbcSinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
