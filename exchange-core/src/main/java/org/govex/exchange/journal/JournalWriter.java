package org.govex.exchange.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.govex.exchange.audit.AuditEntry;
import org.govex.exchange.audit.AuditTrail;
import org.govex.exchange.config.ExchangeConfig;
import org.govex.exchange.storage.StorageGuard;
import org.govex.exchange.storage.Transactions;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Appends validated batches to the journal with group commit: one writer thread takes every
 * batch waiting, gives them contiguous sequence ranges, inserts their records in blocks (a row per
 * batch or per {@link JournalBlock#MAX_RECORDS}), batch rows (receipts,
 * idempotency keys), observations and one audit event per batch in ONE transaction, commits,
 * and only then completes the publishers' futures. With H2 {@code WRITE_DELAY=0} the commit is
 * in the file (the OS page cache) before any receipt leaves, so a killed JVM loses nothing
 * acknowledged; see docs/exchange.md for power failures.
 */
@ApplicationScoped
public class JournalWriter {

    private static final Logger LOG = Logger.getLogger(JournalWriter.class);

    private final DataSource dataSource;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final ExchangeConfig config;
    private final Iterable<JournalListener> listeners;
    private final Journal journal;
    private final StorageGuard storage;
    private final LinkedBlockingQueue<AppendRequest> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread thread;
    private boolean h2;

    @jakarta.inject.Inject
    public JournalWriter(DataSource dataSource, AuditTrail audit, ObjectMapper json, ExchangeConfig config,
                         Instance<JournalListener> listeners, Journal journal, StorageGuard storage) {
        this(dataSource, audit, json, config, (Iterable<JournalListener>) listeners, journal, storage);
    }

    /**
     * Outside CDI (e.g. the PostgreSQL test): listeners given directly, {@code journal} (may be
     * null) gets the committed records for its in-memory tail; call {@link #start()}.
     */
    public JournalWriter(DataSource dataSource, AuditTrail audit, ObjectMapper json, ExchangeConfig config,
                         Iterable<JournalListener> listeners, Journal journal) {
        this(dataSource, audit, json, config, listeners, journal, null);
    }

    private JournalWriter(DataSource dataSource, AuditTrail audit, ObjectMapper json, ExchangeConfig config,
                          Iterable<JournalListener> listeners, Journal journal, StorageGuard storage) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.json = json;
        this.config = config;
        this.listeners = listeners;
        this.journal = journal;
        this.storage = storage;
    }

    void onStart(@Observes @jakarta.annotation.Priority(20) StartupEvent event) { // before the demo loader (100)
        start();
    }

    public void start() {
        try (Connection c = dataSource.getConnection()) {
            h2 = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("h2");
        } catch (SQLException e) {
            throw new IllegalStateException("journal database unavailable", e);
        }
        if (journal != null) {
            journal.startTail(journal.head());
        }
        running = true;
        thread = new Thread(this::run, "journal-writer");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Queues a batch; the future completes after its durable commit. */
    public AppendRequest submit(AppendRequest request) {
        if (!running) {
            request.result.completeExceptionally(new GovexException(ProblemKind.TIMEOUT, "the journal is not running"));
            return request;
        }
        queue.add(request);
        return request;
    }

    private void run() {
        while (running) {
            try {
                AppendRequest first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<AppendRequest> group = new ArrayList<>();
                group.add(first);
                int records = first.entries.size();
                AppendRequest next;
                while (group.size() < config.journal().groupMaxBatches() && records < config.journal().groupMaxRecords()
                        && (next = queue.poll()) != null) {
                    group.add(next);
                    records += next.entries.size();
                }
                commitGroup(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                LOG.error("journal writer failure", e);
            }
        }
        AppendRequest left;
        while ((left = queue.poll()) != null) {
            left.result.completeExceptionally(new GovexException(ProblemKind.TIMEOUT, "the journal stopped"));
        }
    }

    private void commitGroup(List<AppendRequest> group) {
        Map<AppendRequest, AppendRequest.Appended> results = new LinkedHashMap<>();
        Set<String> touched = new TreeSet<>();
        List<JournalRecord> written = new ArrayList<>();
        long head = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                head = write(c, group, results, touched, written);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                if (storage != null) {
                    storage.noticed(StorageGuard.JOURNAL_DATABASE, e);
                }
                Transactions.rollback(c, e);
                throw e;
            }
            if (config.journal().syncOnCommit() && h2) {
                try (var st = c.createStatement()) {
                    st.execute("CHECKPOINT SYNC");
                }
            }
        } catch (SQLException | RuntimeException e) {
            if (group.size() > 1) {
                // isolate the batch that fails so the others still get their receipts
                for (AppendRequest one : group) {
                    commitGroup(List.of(one));
                }
                return;
            }
            LOG.error("journal commit failed for batch " + group.get(0).batchId, e);
            group.get(0).result.completeExceptionally(new GovexException(ProblemKind.INTERNAL, null,
                    "the journal could not commit the batch", List.of(), e));
            return;
        }
        if (journal != null) {
            journal.committed(written);
        }
        results.forEach((request, appended) -> request.result.complete(appended));
        if (!touched.isEmpty()) {
            for (JournalListener l : listeners) {
                try {
                    l.appended(touched, head);
                } catch (RuntimeException e) {
                    LOG.warn("journal listener failed", e);
                }
            }
        }
    }

    private long write(Connection c, List<AppendRequest> group, Map<AppendRequest, AppendRequest.Appended> results,
                       Set<String> touched, List<JournalRecord> written) throws SQLException {
        Map<String, Receipt> keyed = new HashMap<>();
        List<AppendRequest> fresh = new ArrayList<>();
        int total = 0;
        for (AppendRequest r : group) {
            if (r.idempotencyKey != null) {
                String k = r.publisherId + '\u0000' + r.resourceCode + '\u0000' + r.idempotencyKey;
                Receipt earlier = keyed.get(k);
                if (earlier == null) {
                    earlier = findReceipt(c, json, r.publisherId, r.resourceCode, r.idempotencyKey).orElse(null);
                }
                if (earlier != null) {
                    results.put(r, new AppendRequest.Appended(earlier, true));
                    continue;
                }
                keyed.put(k, null);
            }
            fresh.add(r);
            total += r.entries.size();
        }
        long head;
        long seq;
        try (PreparedStatement reserve = c.prepareStatement("UPDATE exchange_counter SET last_value = last_value + ? WHERE counter_name = 'journal'")) {
            reserve.setLong(1, total);
            reserve.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_value FROM exchange_counter WHERE counter_name = 'journal'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            head = rs.getLong(1);
        }
        seq = head - total + 1;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Timestamp ts = Timestamp.from(now);
        Map<String, long[]> perResource = new LinkedHashMap<>();
        List<AuditEntry> auditEntries = new ArrayList<>();
        try (PreparedStatement rec = c.prepareStatement("INSERT INTO journal_block (last_seq, first_seq, resource_code, "
                + "batch_id, publisher_id, recorded_at, record_count, record_keys, payload_lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement batch = c.prepareStatement("INSERT INTO publish_batch (batch_id, resource_code, publisher_id, "
                     + "idempotency_key, first_seq, last_seq, accepted, digest, receipt, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AppendRequest r : fresh) {
                Long first = r.entries.isEmpty() ? null : seq;
                int i = 0;
                for (JournalBlock block : r.blocks) {
                    addBlock(rec, block, seq, r, ts);
                    for (int end = i + block.count(); i < end; i++) {
                        AppendRequest.Entry e = r.entries.get(i);
                        written.add(new JournalRecord(seq++, r.resourceCode, e.key(), e.payload(), r.batchId, r.publisherId, now));
                    }
                }
                Long last = r.entries.isEmpty() ? null : seq - 1;
                Receipt receipt = new Receipt(r.batchId, r.resourceCode, r.entries.size(), r.rejections.size(), first, last,
                        r.digest, now, r.rejections);
                batch.setString(1, r.batchId);
                batch.setString(2, r.resourceCode);
                batch.setString(3, r.publisherId);
                batch.setString(4, r.idempotencyKey);
                batch.setObject(5, first);
                batch.setObject(6, last);
                batch.setInt(7, r.entries.size());
                batch.setString(8, r.digest);
                batch.setString(9, toJson(receipt));
                batch.setTimestamp(10, ts);
                batch.addBatch();
                results.put(r, new AppendRequest.Appended(receipt, false));
                if (last != null) {
                    long[] obs = perResource.computeIfAbsent(r.resourceCode, k -> new long[2]);
                    obs[0] += r.entries.size();
                    obs[1] = last;
                    touched.add(r.resourceCode);
                }
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("batchId", r.batchId);
                detail.put("accepted", r.entries.size());
                detail.put("rejected", r.rejections.size());
                detail.put("firstSequence", first);
                detail.put("lastSequence", last);
                detail.put("digest", r.digest);
                if (r.idempotencyKey != null) {
                    detail.put("idempotencyKey", r.idempotencyKey);
                }
                auditEntries.add(new AuditEntry(r.publisherId, "publish", r.resourceCode, detail));
            }
            rec.executeBatch();
            batch.executeBatch();
        }
        for (Map.Entry<String, long[]> o : perResource.entrySet()) {
            observe(c, o.getKey(), o.getValue()[0], o.getValue()[1], ts);
        }
        audit.appendWithin(c, auditEntries);
        return head;
    }

    private static void addBlock(PreparedStatement rec, JournalBlock block, long firstSeq, AppendRequest r, Timestamp ts) throws SQLException {
        rec.setLong(1, firstSeq + block.count() - 1);
        rec.setLong(2, firstSeq);
        rec.setString(3, r.resourceCode);
        rec.setString(4, r.batchId);
        rec.setString(5, r.publisherId);
        rec.setTimestamp(6, ts);
        rec.setInt(7, block.count());
        rec.setString(8, block.keys());
        rec.setBytes(9, block.payloadLines());
        rec.addBatch();
    }

    private static void observe(Connection c, String resource, long count, long lastSeq, Timestamp at) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE resource_observation SET record_count = record_count + ?, "
                + "last_record_at = ?, last_seq = ? WHERE resource_code = ?")) {
            up.setLong(1, count);
            up.setTimestamp(2, at);
            up.setLong(3, lastSeq);
            up.setString(4, resource);
            if (up.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement in = c.prepareStatement("INSERT INTO resource_observation (resource_code, record_count, "
                + "last_record_at, last_seq) VALUES (?, ?, ?, ?)")) {
            in.setString(1, resource);
            in.setLong(2, count);
            in.setTimestamp(3, at);
            in.setLong(4, lastSeq);
            in.executeUpdate();
        }
    }

    static Optional<Receipt> findReceipt(Connection c, ObjectMapper json, String publisherId, String resourceCode,
                                         String idempotencyKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT receipt FROM publish_batch WHERE publisher_id = ? "
                + "AND resource_code = ? AND idempotency_key = ?")) {
            ps.setString(1, publisherId);
            ps.setString(2, resourceCode);
            ps.setString(3, idempotencyKey);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(json.readValue(rs.getString(1), Receipt.class));
                } catch (JsonProcessingException e) {
                    throw new SQLException("stored receipt unreadable", e);
                }
            }
        }
    }

    private String toJson(Receipt receipt) {
        try {
            return json.writeValueAsString(receipt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
