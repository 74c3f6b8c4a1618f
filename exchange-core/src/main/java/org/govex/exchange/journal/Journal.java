package org.govex.exchange.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the journal: records by resource or globally after a sequence, receipts, observations,
 * cursors. Readers close to the head are served from the in-memory tail ({@link JournalTail}).
 */
@ApplicationScoped
public class Journal {

    /** Most blocks fetched per query (the first query fetches one: a page usually lies in one or two). */
    private static final int MAX_BLOCKS_PER_QUERY = 8;

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final JournalTail tail;

    @jakarta.inject.Inject
    public Journal(DataSource dataSource, ObjectMapper json, org.govex.exchange.config.ExchangeConfig config) {
        this(dataSource, json, config.journal().tailRecords());
    }

    /** Outside CDI; {@code tailRecords} 0 reads everything from the database. */
    public Journal(DataSource dataSource, ObjectMapper json, int tailRecords) {
        this.dataSource = dataSource;
        this.json = json;
        this.tail = new JournalTail(tailRecords);
    }

    public Journal(DataSource dataSource, ObjectMapper json) {
        this(dataSource, json, 0);
    }

    /** The writer starts the in-memory tail just after the committed head. */
    void startTail(long head) {
        tail.reset(head);
    }

    /** The writer hands over records right after their commit, in sequence order. */
    void committed(List<JournalRecord> records) {
        tail.append(records);
    }

    /**
     * Records of a resource after a sequence, in order: from the in-memory tail when it holds
     * them, else from the stored blocks (one for the first query, then more as the page needs
     * them, found by the resource's index), so the cost follows the page, not the lag.
     */
    public List<JournalRecord> read(String resourceCode, long after, int limit) {
        List<JournalRecord> recent = tail.read(resourceCode, after, limit);
        return recent != null ? recent : blocks(resourceCode, after, limit);
    }

    public List<JournalRecord> readAll(long after, int limit) {
        List<JournalRecord> recent = tail.read(null, after, limit);
        return recent != null ? recent : blocks(null, after, limit);
    }

    private static final String BLOCK_COLUMNS = "SELECT first_seq, last_seq, record_count, resource_code, record_keys, payload_lines, "
            + "payloads, batch_id, publisher_id, recorded_at FROM journal_block ";

    /**
     * A resource's next blocks, ordered as its index is, so that the database stops after LIMIT
     * blocks: ordered by {@code last_seq} alone, H2 read every block of the resource after the
     * cursor (half a megabyte each) into memory and sorted them, and a few subscribers a million
     * records behind ran the hub out of heap.
     */
    static final String BLOCKS_OF_RESOURCE = BLOCK_COLUMNS + "WHERE resource_code = ? AND last_seq > ? ORDER BY resource_code, last_seq LIMIT ?";

    /** The next blocks of every resource, in the primary key's order. */
    static final String BLOCKS_AFTER = BLOCK_COLUMNS + "WHERE last_seq > ? ORDER BY last_seq LIMIT ?";

    private List<JournalRecord> blocks(String resourceCode, long after, int limit) {
        String sql = resourceCode != null ? BLOCKS_OF_RESOURCE : BLOCKS_AFTER;
        List<JournalRecord> out = new ArrayList<>();
        long from = after;
        // a block is up to 512 KB: fetch no more of them than the page may need
        int want = 1;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            while (out.size() < limit) {
                int i = 1;
                if (resourceCode != null) {
                    ps.setString(i++, resourceCode);
                }
                ps.setLong(i++, from);
                ps.setInt(i, want);
                int blocks = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && out.size() < limit) {
                        blocks++;
                        from = rs.getLong(2);
                        JournalBlock.decode(rs.getLong(1), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getBytes(6),
                                rs.getString(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(), after, limit, out);
                    }
                }
                if (blocks < want) {
                    break;
                }
                want = Math.min(want * 2, MAX_BLOCKS_PER_QUERY);
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Counts a resource's records after a sequence (a block holds consecutive sequences of one
     * resource) from the resource index alone, which holds every column it reads (V21).
     */
    static final String COUNT_AFTER = "SELECT COALESCE(SUM(last_seq - CASE WHEN first_seq > ? THEN first_seq - 1 ELSE ? END), 0) "
            + "FROM journal_block WHERE resource_code = ? AND last_seq > ?";

    /** Records of a resource after a sequence. */
    public long countAfter(String resourceCode, long after) {
        return scalar(COUNT_AFTER, after, after, resourceCode, after);
    }

    /** Highest sequence number handed out (committed). */
    public long head() {
        return scalar("SELECT last_value FROM exchange_counter WHERE counter_name = 'journal'");
    }

    /** Last sequence of a resource, 0 if it has none. */
    public long headOf(String resourceCode) {
        return scalar("SELECT COALESCE(MAX(last_seq), 0) FROM resource_observation WHERE resource_code = ?", resourceCode);
    }

    public Optional<Receipt> receipt(String publisherId, String resourceCode, String idempotencyKey) {
        try (Connection c = dataSource.getConnection()) {
            return JournalWriter.findReceipt(c, json, publisherId, resourceCode, idempotencyKey);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public record Observation(String resourceCode, long recordCount, Instant lastRecordAt, long lastSeq) {
    }

    public List<Observation> observations() {
        List<Observation> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT resource_code, record_count, last_record_at, last_seq FROM resource_observation");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp t = rs.getTimestamp(3);
                out.add(new Observation(rs.getString(1), rs.getLong(2), t == null ? null : t.toInstant(), rs.getLong(4)));
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private long scalar(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    static GovexException failure(Exception e) {
        return new GovexException(ProblemKind.INTERNAL, null, "journal access failed", List.of(), e);
    }
}
