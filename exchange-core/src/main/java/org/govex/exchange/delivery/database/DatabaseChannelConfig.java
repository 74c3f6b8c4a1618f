package org.govex.exchange.delivery.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Optional;

/** The consumer-database delivery channel ({@code govex.exchange.database-channel.*}). */
@ConfigMapping(prefix = "govex.exchange.database-channel")
public interface DatabaseChannelConfig {

    /** How long opening a connection to a consumer's database may take. */
    @WithName("connect-timeout")
    @WithDefault("10s")
    Duration connectTimeout();

    /** How long one batch's statements may run (also the PostgreSQL socket timeout). */
    @WithName("statement-timeout")
    @WithDefault("30s")
    Duration statementTimeout();

    /** A subscription's connection is closed after this long without a batch (reopened on the next). */
    @WithName("idle-close")
    @WithDefault("5m")
    Duration idleClose();

    /** Allow {@code jdbc:h2:mem:} targets, i.e. databases inside the hub's own JVM (demos, tests only). */
    @WithName("allow-in-memory-h2")
    @WithDefault("false")
    boolean allowInMemoryH2();

    /**
     * Base64 of a 32-byte AES key for the stored passwords. Set the same value on every node of a
     * cluster; unset, each node creates {@code <data dir>/keys/credentials.key} at first use.
     */
    @WithName("credential-key")
    Optional<String> credentialKey();
}
