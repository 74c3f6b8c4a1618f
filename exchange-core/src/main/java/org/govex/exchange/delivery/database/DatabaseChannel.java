package org.govex.exchange.delivery.database;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.adapters.jdbc.JdbcSinkException;
import org.govex.adapters.jdbc.JdbcTableSink;
import org.govex.adapters.jdbc.JdbcTargetRules;
import org.govex.adapters.jdbc.TableRow;
import org.govex.exchange.config.GovexConfig;
import org.govex.exchange.delivery.ChannelType;
import org.govex.exchange.delivery.DeliveryChannel;
import org.govex.exchange.delivery.DeliveryEvent;
import org.govex.exchange.delivery.Subscription;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.Violation;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers a subscription's events into a table of the consumer's own database through the adapters'
 * {@link JdbcTableSink}: one transaction per batch, an order-safe upsert per record key.
 * <p>
 * Each subscription has one connection, kept open between batches and closed after
 * {@code idle-close}: the dispatcher works a subscription on one thread at a time, so a pool would
 * never lend a second connection, and one connection per subscription is what the consumer's DBA
 * sees. A failed batch closes it; the next attempt (after the dispatcher's back-off) opens a new one.
 */
@ApplicationScoped
public class DatabaseChannel implements DeliveryChannel {

    private final DatabaseTargetStore targets;
    private final CredentialCipher cipher;
    private final DatabaseChannelConfig config;
    private final ObjectMapper json;
    private final JdbcTargetRules rules;
    private final Map<String, JdbcTableSink> sinks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "database-channel-idle");
        t.setDaemon(true);
        return t;
    });

    public DatabaseChannel(DatabaseTargetStore targets, CredentialCipher cipher, DatabaseChannelConfig config, GovexConfig govex,
                           ObjectMapper json) {
        this.targets = targets;
        this.cipher = cipher;
        this.config = config;
        this.json = json;
        this.rules = new JdbcTargetRules(govex.dataDir(), config.allowInMemoryH2());
        long period = Math.max(1, Math.min(config.idleClose().toSeconds(), 60));
        sweeper.scheduleAtFixedRate(() -> sinks.values().forEach(s -> s.closeIfIdle(config.idleClose())), period, period,
                TimeUnit.SECONDS);
    }

    @Override
    public ChannelType type() {
        return ChannelType.DATABASE;
    }

    /** Refuses a target the hub must not connect to, naming the field ({@code database.jdbcUrl}, {@code database.table}). */
    public void check(DatabaseTargetBody body) {
        if (body == null) {
            throw GovexException.invalid("A DATABASE subscription needs a database target",
                    List.of(new Violation("database", "required", "database {jdbcUrl, user, password, table} is required for DATABASE")));
        }
        List<Violation> violations = new ArrayList<>();
        rules.checkUrl(body.jdbcUrl()).ifPresent(r -> violations.add(new Violation("database.jdbcUrl", r.rule(), r.message())));
        JdbcTargetRules.checkTable(body.table()).ifPresent(r -> violations.add(new Violation("database.table", r.rule(), r.message())));
        if (!violations.isEmpty()) {
            throw GovexException.invalid("The database target is not accepted", violations);
        }
    }

    /** Stores the target of a new subscription (before the subscription itself, so delivery never misses it). */
    public DatabaseTarget register(String subscriptionId, DatabaseTargetBody body) {
        DatabaseTarget target = new DatabaseTarget(body.table(), blankToNull(body.user()),
                body.password() == null ? null : cipher.encrypt(subscriptionId, body.password()));
        targets.insert(subscriptionId, target);
        return target;
    }

    /** The table and account of a DATABASE subscription (never the password), for its view. */
    public Optional<DatabaseTarget> describe(Subscription s) {
        return s.channel() == ChannelType.DATABASE ? targets.find(s.id()) : Optional.empty();
    }

    @Override
    public void deliver(Subscription s, List<DeliveryEvent> events) throws DeliveryException {
        List<TableRow> rows = new ArrayList<>(events.size());
        for (DeliveryEvent e : events) {
            rows.add(new TableRow(e.key(), e.seq(), e.id(), e.resource(), e.time(),
                    new String(e.dataJson(json), java.nio.charset.StandardCharsets.UTF_8)));
        }
        try {
            sink(s).upsert(rows);
        } catch (JdbcSinkException ex) {
            throw new DeliveryException(ex.getMessage(), ex);
        }
    }

    private JdbcTableSink sink(Subscription s) throws DeliveryException {
        JdbcTableSink sink = sinks.get(s.id());
        if (sink != null) {
            return sink;
        }
        // checked again at delivery: the rules may have tightened since the subscription was made
        Optional<String> refused = rules.checkUrl(s.endpoint()).map(r -> r.rule() + ": " + r.message());
        if (refused.isPresent()) {
            throw new DeliveryException("the JDBC URL is no longer accepted: " + refused.get());
        }
        DatabaseTarget target = targets.find(s.id())
                .orElseThrow(() -> new DeliveryException("no database target stored for subscription " + s.id()));
        String password;
        try {
            password = target.encryptedPassword() == null ? null : cipher.decrypt(s.id(), target.encryptedPassword());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new DeliveryException("the stored password cannot be decrypted (was the credential key changed?)", e);
        }
        JdbcTableSink created;
        try {
            created = new JdbcTableSink(JdbcTableSink.driver(s.endpoint(), target.user(), password, config.connectTimeout(),
                    config.statementTimeout()), target.table(), config.statementTimeout());
        } catch (IllegalArgumentException e) {
            throw new DeliveryException("the stored table name is not accepted: " + e.getMessage(), e);
        }
        JdbcTableSink raced = sinks.putIfAbsent(s.id(), created);
        return raced != null ? raced : created;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @PreDestroy
    void close() {
        sweeper.shutdownNow();
        sinks.values().forEach(JdbcTableSink::close);
        sinks.clear();
    }
}
