package org.govex.exchange.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import javax.sql.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.storage.Transactions;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.error.Violation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The hash-chained audit log. Each event's hash is SHA-256 over the previous event's hash and
 * the event's own fields, so altering or removing any stored event breaks the chain at that
 * event. Writers serialize on the single {@code audit_head} row (also across hub nodes sharing
 * one database). Other modules and beans call {@link #record} (own transaction) or
 * {@link #appendWithin} (inside a caller's transaction, e.g. the journal's group commit).
 */
@ApplicationScoped
public class AuditTrail {

    public static final String GENESIS = "0".repeat(64);

    private final DataSource dataSource;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final java.util.concurrent.LinkedBlockingQueue<AuditEntry> later = new java.util.concurrent.LinkedBlockingQueue<>();
    private final Thread flusher;

    public AuditTrail(DataSource dataSource) {
        this.dataSource = dataSource;
        this.flusher = new Thread(this::flushLoop, "audit-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    /**
     * Appends an event soon (within about 100 ms), together with others in one transaction.
     * For high-volume events (deliveries) whose loss in a crash of the last moment is acceptable;
     * publishes, decisions and queries use {@link #record} or {@link #appendWithin}.
     */
    public void recordSoon(String actor, String action, String subject, Map<String, ?> detail) {
        later.add(new AuditEntry(actor, action, subject, detail));
    }

    /** Writes everything queued by {@link #recordSoon} now (tests, shutdown). */
    public synchronized void flush() {
        List<AuditEntry> batch = new ArrayList<>();
        later.drainTo(batch);
        if (!batch.isEmpty()) {
            record(batch);
        }
    }

    private void flushLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                AuditEntry first = later.poll(1, java.util.concurrent.TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                Thread.sleep(100);
                List<AuditEntry> batch = new ArrayList<>();
                batch.add(first);
                later.drainTo(batch);
                synchronized (this) {
                    record(batch);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                org.jboss.logging.Logger.getLogger(AuditTrail.class).error("audit flush failed", e);
            }
        }
    }

    @jakarta.annotation.PreDestroy
    void close() {
        flusher.interrupt();
        flush();
    }

    /** Appends one event in its own transaction. */
    public void record(String actor, String action, String subject, Map<String, ?> detail) {
        record(List.of(new AuditEntry(actor, action, subject, detail)));
    }

    public void record(List<AuditEntry> entries) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                appendWithin(c, entries);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                Transactions.rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new GovexException(ProblemKind.INTERNAL, null, "audit append failed", List.of(), e);
        }
    }

    /** Appends events inside the caller's transaction; they become visible when it commits. */
    public void appendWithin(Connection c, List<AuditEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        long last;
        String prev;
        try (PreparedStatement lock = c.prepareStatement("UPDATE audit_head SET last_seq = last_seq + ? WHERE head_id = 1")) {
            lock.setLong(1, entries.size());
            lock.executeUpdate();
        }
        try (PreparedStatement head = c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE head_id = 1");
             ResultSet rs = head.executeQuery()) {
            rs.next();
            last = rs.getLong(1);
            prev = rs.getString(2);
        }
        long seq = last - entries.size() + 1;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event (seq, occurred_at, actor, action, subject, "
                + "detail, prev_hash, event_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEntry e : entries) {
                String detail = detailJson(e.detail());
                String subject = truncate(e.subject(), 200);
                String hash = hash(prev, seq, now, e.actor(), e.action(), subject, detail);
                insert.setLong(1, seq);
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setString(3, e.actor());
                insert.setString(4, e.action());
                insert.setString(5, subject);
                insert.setString(6, detail);
                insert.setString(7, prev);
                insert.setString(8, hash);
                insert.addBatch();
                prev = hash;
                seq++;
            }
            insert.executeBatch();
        }
        try (PreparedStatement head = c.prepareStatement("UPDATE audit_head SET last_hash = ? WHERE head_id = 1")) {
            head.setString(1, prev);
            head.executeUpdate();
        }
    }

    public List<AuditEvent> list(long after, int limit, String action, String subject) {
        flush();
        boolean byAction = action != null && !action.isBlank();
        boolean bySubject = subject != null && !subject.isBlank();
        List<Object> args = new ArrayList<>(List.of(after));
        if (byAction) {
            args.add(action);
        }
        if (bySubject) {
            args.add(subject);
        }
        String sql = listQuery(byAction, bySubject, limit);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<AuditEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new GovexException(ProblemKind.INTERNAL, null, "audit read failed", List.of(), e);
        }
    }

    /**
     * Events after a sequence, filtered by action and subject, ordered by the index the filter
     * uses, so that the database stops after LIMIT events: ordered by {@code seq} alone, H2 read
     * and sorted every event of the action after the cursor.
     */
    static String listQuery(boolean byAction, boolean bySubject, int limit) {
        return "SELECT seq, occurred_at, actor, action, subject, detail, prev_hash, event_hash FROM audit_event WHERE seq > ?"
                + (byAction ? " AND action = ?" : "") + (bySubject ? " AND subject = ?" : "")
                + (byAction ? " ORDER BY action, seq" : bySubject ? " ORDER BY subject, seq" : " ORDER BY seq")
                + " LIMIT " + Math.max(1, Math.min(limit, 1000));
    }

    /** Re-computes the whole chain; names the first event that was altered, or follows a removed one. */
    public ChainVerification verify() {
        flush();
        String expectedPrev = GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        try (Connection c = dataSource.getConnection()) {
            long headSeq;
            String headHash;
            try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE head_id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                headSeq = rs.getLong(1);
                headHash = rs.getString(2);
            }
            long after = 0;
            while (true) {
                List<AuditEvent> page = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT seq, occurred_at, actor, action, subject, detail, prev_hash, "
                        + "event_hash FROM audit_event WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT 2000")) {
                    ps.setLong(1, after);
                    ps.setLong(2, headSeq);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            page.add(read(rs));
                        }
                    }
                }
                if (page.isEmpty()) {
                    break;
                }
                for (AuditEvent e : page) {
                    if (e.seq() != expectedSeq) {
                        return new ChainVerification(false, checked, e.seq(),
                                "events " + expectedSeq + ".." + (e.seq() - 1) + " are missing before this event", null);
                    }
                    if (!e.prevHash().equals(expectedPrev)) {
                        return new ChainVerification(false, checked, e.seq(), "previous hash does not match the chain", null);
                    }
                    String recomputed = hash(e.prevHash(), e.seq(), e.occurredAt(), e.actor(), e.action(), e.subject(), e.detail());
                    if (!recomputed.equals(e.hash())) {
                        return new ChainVerification(false, checked, e.seq(), "event content does not match its hash", null);
                    }
                    expectedPrev = e.hash();
                    expectedSeq++;
                    checked++;
                    after = e.seq();
                }
            }
            if (expectedSeq - 1 != headSeq) {
                return new ChainVerification(false, checked, expectedSeq,
                        "events " + expectedSeq + ".." + headSeq + " are missing at the end of the chain", null);
            }
            if (!expectedPrev.equals(headHash)) {
                return new ChainVerification(false, checked, headSeq, "the last event does not match the chain head", null);
            }
            return new ChainVerification(true, checked, null, null, headHash);
        } catch (SQLException e) {
            throw new GovexException(ProblemKind.INTERNAL, null, "audit verify failed", List.of(), e);
        }
    }

    private static AuditEvent read(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }

    static String hash(String prev, long seq, Instant at, String actor, String action, String subject, String detail) {
        String canonical = prev + '\n' + seq + '\n' + at.truncatedTo(ChronoUnit.MICROS) + '\n' + actor + '\n' + action
                + '\n' + subject + '\n' + detail;
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String detailJson(Map<String, ?> detail) {
        try {
            return truncate(json.writeValueAsString(detail), 8000);
        } catch (JsonProcessingException e) {
            throw GovexException.invalid("audit detail is not serializable", List.of(new Violation("detail", "json", e.getMessage())));
        }
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
