package org.govex.exchange.delivery;

import javax.sql.DataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.govex.exchange.storage.Transactions;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Subscriptions and dead letters in the database. Pull-feed progress (cursor, count, time) is
 * informational — the consumer's {@code after} is what counts — so it is kept in memory and
 * written once a second in one transaction, not as one durable commit per page served; reads
 * see it at once.
 */
@ApplicationScoped
public class SubscriptionStore {

    private static final Logger LOG = Logger.getLogger(SubscriptionStore.class);
    private static final long FEED_FLUSH_MILLIS = 1_000;

    private final DataSource dataSource;
    private final Map<String, FeedProgress> feedProgress = new ConcurrentHashMap<>();
    private ScheduledExecutorService flusher;

    /** Feed pages served since the last write: highest cursor, events, time of the last page. */
    private record FeedProgress(long cursor, long count, Instant at) {
        FeedProgress plus(FeedProgress later) {
            return new FeedProgress(Math.max(cursor, later.cursor), count + later.count, later.at);
        }
    }

    public SubscriptionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @PostConstruct
    void startFlusher() {
        flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "feed-progress");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flushQuietly, FEED_FLUSH_MILLIS, FEED_FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopFlusher() {
        if (flusher != null) {
            flusher.shutdownNow();
        }
        flushQuietly();
    }

    private void flushQuietly() {
        try {
            flushFeedProgress();
        } catch (RuntimeException e) {
            LOG.warn("feed progress not written; retried in a second", e);
        }
    }

    /** Writes the pull feeds' progress gathered since the last call, in one transaction. */
    public void flushFeedProgress() {
        if (feedProgress.isEmpty()) {
            return;
        }
        Map<String, FeedProgress> taken = new HashMap<>();
        for (String id : List.copyOf(feedProgress.keySet())) {
            FeedProgress p = feedProgress.remove(id);
            if (p != null) {
                taken.put(id, p);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("UPDATE subscription SET cursor_seq = ?, "
                    + "delivered_count = delivered_count + ?, last_delivered_at = ? WHERE id = ? AND cursor_seq <= ?")) {
                for (Map.Entry<String, FeedProgress> e : taken.entrySet()) {
                    ps.setLong(1, e.getValue().cursor());
                    ps.setLong(2, e.getValue().count());
                    ps.setTimestamp(3, ts(e.getValue().at()));
                    ps.setString(4, e.getKey());
                    ps.setLong(5, e.getValue().cursor());
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                Transactions.rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            // put it back for the next round, merged with anything newer
            taken.forEach((id, p) -> feedProgress.merge(id, p, FeedProgress::plus));
            throw failure(e);
        }
    }

    public void insert(Subscription s) {
        update("INSERT INTO subscription (id, consumer_id, resource_code, grant_id, channel, endpoint, secret, division_prefix, "
                        + "status, cursor_seq, attempts, delivered_count, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)",
                s.id(), s.consumer(), s.resource(), s.grantId(), s.channel().name(), s.endpoint(), s.secret(), s.divisionPrefix(),
                s.status().name(), s.cursor(), ts(s.createdAt()));
    }

    public Optional<Subscription> find(String id) {
        return query("SELECT * FROM subscription WHERE id = ?", id).stream().findFirst();
    }

    public List<Subscription> forConsumer(String consumer) {
        return query("SELECT * FROM subscription WHERE consumer_id = ? ORDER BY created_at", consumer);
    }

    public List<Subscription> active(ChannelType channel) {
        return query("SELECT * FROM subscription WHERE status = 'ACTIVE' AND channel = ?", channel.name());
    }

    public List<Subscription> activeFor(String resource) {
        return query("SELECT * FROM subscription WHERE status = 'ACTIVE' AND resource_code = ?", resource);
    }

    public List<Subscription> forGrant(String grantId) {
        return query("SELECT * FROM subscription WHERE grant_id = ?", grantId);
    }

    public long countActive(String resource) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM subscription WHERE status = 'ACTIVE' AND resource_code = ?")) {
            ps.setString(1, resource);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Records delivered events and moves the cursor from {@code from} to {@code cursor}; a cursor
     * no longer at {@code from} (a replay moved it meanwhile) is left as it is.
     */
    public void delivered(String id, long from, long cursor, int count) {
        update("UPDATE subscription SET cursor_seq = ?, attempts = 0, next_attempt_at = NULL, delivered_count = delivered_count + ?, "
                + "last_delivered_at = ? WHERE id = ? AND cursor_seq = ?", cursor, count, ts(Instant.now()), id, from);
    }

    /** Moves the cursor past records the filter skipped. */
    public void skipped(String id, long cursor) {
        update("UPDATE subscription SET cursor_seq = ? WHERE id = ? AND cursor_seq < ?", cursor, id, cursor);
    }

    public void failed(String id, int attempts, Instant nextAttempt, String error) {
        update("UPDATE subscription SET attempts = ?, next_attempt_at = ?, last_error = ?, last_error_at = ? WHERE id = ?",
                attempts, ts(nextAttempt), truncate(error), ts(Instant.now()), id);
    }

    public void deadLettered(Subscription s, long firstSeq, long lastSeq, int events, int attempts, String error) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                exec(c, "INSERT INTO dead_letter (id, subscription_id, first_seq, last_seq, event_count, attempts, last_error, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), s.id(), firstSeq, lastSeq, events, attempts,
                        truncate(error), ts(Instant.now()));
                exec(c, "UPDATE subscription SET cursor_seq = ?, attempts = 0, next_attempt_at = NULL, last_error = ?, last_error_at = ? "
                        + "WHERE id = ?", lastSeq, truncate(error), ts(Instant.now()), s.id());
                c.commit();
            } catch (SQLException e) {
                Transactions.rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public List<DeadLetter> deadLetters(String subscriptionId) {
        List<DeadLetter> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, first_seq, last_seq, event_count, attempts, last_error, created_at "
                     + "FROM dead_letter WHERE subscription_id = ? ORDER BY first_seq")) {
            ps.setString(1, subscriptionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DeadLetter(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5),
                            rs.getString(6), rs.getTimestamp(7).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public void rewind(String id, long cursor) {
        feedProgress.remove(id);
        update("UPDATE subscription SET cursor_seq = ?, attempts = 0, next_attempt_at = NULL WHERE id = ?", cursor, id);
    }

    public void feedCursor(String id, long cursor, int count) {
        feedProgress.merge(id, new FeedProgress(cursor, count, Instant.now()), FeedProgress::plus);
    }

    public void setStatus(String id, SubscriptionStatus status) {
        update("UPDATE subscription SET status = ? WHERE id = ?", status.name(), id);
    }

    private void update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection()) {
            exec(c, sql, args);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private List<Subscription> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Subscription> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(withFeedProgress(new Subscription(rs.getString("id"), rs.getString("consumer_id"), rs.getString("resource_code"),
                            rs.getString("grant_id"), ChannelType.valueOf(rs.getString("channel")), rs.getString("endpoint"),
                            rs.getString("secret"), rs.getString("division_prefix"), SubscriptionStatus.valueOf(rs.getString("status")),
                            rs.getLong("cursor_seq"), rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")),
                            rs.getString("last_error"), instant(rs.getTimestamp("last_error_at")), rs.getLong("delivered_count"),
                            instant(rs.getTimestamp("last_delivered_at")), instant(rs.getTimestamp("created_at")))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Subscription withFeedProgress(Subscription s) {
        FeedProgress p = feedProgress.get(s.id());
        if (p == null) {
            return s;
        }
        return new Subscription(s.id(), s.consumer(), s.resource(), s.grantId(), s.channel(), s.endpoint(), s.secret(),
                s.divisionPrefix(), s.status(), Math.max(s.cursor(), p.cursor()), s.attempts(), s.nextAttemptAt(), s.lastError(),
                s.lastErrorAt(), s.deliveredCount() + p.count(), p.at(), s.createdAt());
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() > 2000 ? s.substring(0, 2000) : s;
    }

    private static GovexException failure(SQLException e) {
        return new GovexException(ProblemKind.INTERNAL, null, "subscription storage failed", List.of(), e);
    }
}
