package org.govex.exchange.delivery.database;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Where a DATABASE subscription writes: the consumer's JDBC URL (PostgreSQL, or an H2 server), the
 * account and the table ({@code ^[a-z][a-z0-9_]{0,62}$}, created if missing). The password is
 * stored encrypted and never shown again.
 */
public record DatabaseTargetBody(@NotBlank @Size(max = 2000) String jdbcUrl,
                                 @Size(max = 200) String user,
                                 @Size(max = 500) String password,
                                 @NotBlank @Size(max = 63) String table) {

    @Override
    public String toString() {
        return "DatabaseTargetBody[jdbcUrl=" + jdbcUrl + ", user=" + user + ", table=" + table + "]";
    }
}
