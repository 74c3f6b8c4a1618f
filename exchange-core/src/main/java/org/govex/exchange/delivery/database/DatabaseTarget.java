package org.govex.exchange.delivery.database;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A DATABASE subscription's table and account as stored; the password stays encrypted until a connection is opened. */
public record DatabaseTarget(String table, String user, @JsonIgnore String encryptedPassword) {

    /** Whether a password is stored (shown instead of the password). */
    @JsonProperty
    public boolean passwordSet() {
        return encryptedPassword != null;
    }
}
