package org.govex.exchange.base;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.journal.Journal;
import org.govex.exchange.journal.JournalRecord;
import org.govex.exchange.resource.BaseDatabase;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.exchange.resource.ResourceDirectory;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Merges journal records of the four base record types into golden records, field by field,
 * from the journal cursor {@value #CURSOR} onwards (restart-safe: cursor and merges commit
 * together). A source updates its own values; a different source's different value is a
 * conflict, settled by the catalog's authoritative flag (一数一源) and recorded for planners.
 */
@ApplicationScoped
public class BaseMerger {

    public static final String CURSOR = "base-merge";
    private static final Logger LOG = Logger.getLogger(BaseMerger.class);
    private static final int CHUNK = 2000;
    /** Fields that describe the record rather than the subject; they never conflict. */
    private static final List<String> METADATA = List.of("updatedAt");

    private final DataSource dataSource;
    private final Journal journal;
    private final ResourceDirectory directory;
    private final ObjectMapper json;

    public BaseMerger(DataSource dataSource, Journal journal, ResourceDirectory directory, ObjectMapper json) {
        this.dataSource = dataSource;
        this.journal = journal;
        this.directory = directory;
        this.json = json;
    }

    /** Merges what the journal holds beyond the cursor; returns the number of journal records processed. */
    public synchronized int mergePending() {
        int total = 0;
        while (true) {
            long cursor = journal.cursor(CURSOR);
            List<JournalRecord> records = journal.readAll(cursor, CHUNK);
            if (records.isEmpty()) {
                return total;
            }
            Map<String, Optional<ResourceDefinition>> resources = new HashMap<>();
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    for (JournalRecord r : records) {
                        Optional<ResourceDefinition> def = resources.computeIfAbsent(r.resourceCode(), directory::find);
                        if (def.isPresent() && def.get().baseDatabase().isPresent()) {
                            merge(c, def.get(), def.get().baseDatabase().get(), r);
                        }
                    }
                    journal.saveCursor(c, CURSOR, records.get(records.size() - 1).seq());
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                LOG.error("base merge failed after journal sequence " + cursor, e);
                return total;
            }
            total += records.size();
        }
    }

    private void merge(Connection c, ResourceDefinition resource, BaseDatabase db, JournalRecord r) throws SQLException {
        JsonNode record;
        try {
            record = json.readTree(r.payload());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("journal record " + r.seq() + " is not JSON", e);
        }
        Map<String, Stored> existing = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT field_name, field_value, resource_code, department, authoritative "
                + "FROM base_field WHERE base_db = ? AND record_key = ?")) {
            ps.setString(1, db.id());
            ps.setString(2, r.recordKey());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.put(rs.getString(1), new Stored(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                }
            }
        }
        Timestamp at = Timestamp.from(r.recordedAt());
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO base_field (base_db, record_key, field_name, field_value, "
                + "resource_code, department, journal_seq, recorded_at, authoritative) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE base_field SET field_value = ?, resource_code = ?, department = ?, "
                     + "journal_seq = ?, recorded_at = ?, authoritative = ? WHERE base_db = ? AND record_key = ? AND field_name = ?");
             PreparedStatement conflict = c.prepareStatement("INSERT INTO base_conflict (id, base_db, record_key, field_name, kept_value, "
                     + "kept_resource, kept_department, other_value, other_resource, other_department, journal_seq, resolution, detected_at) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Iterator<Map.Entry<String, JsonNode>> fields = record.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String name = f.getKey();
                String value = f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString();
                boolean authoritative = resource.item(name).map(DataItemDefinition::authoritative).orElse(false);
                Stored old = existing.get(name);
                Decision d = decide(old, value, resource.code(), authoritative, METADATA.contains(name) || db.keyFields().contains(name));
                if (d.write) {
                    PreparedStatement ps = old == null ? insert : update;
                    if (old == null) {
                        ps.setString(1, db.id());
                        ps.setString(2, r.recordKey());
                        ps.setString(3, name);
                        ps.setString(4, value);
                        ps.setString(5, resource.code());
                        ps.setString(6, resource.providerCode());
                        ps.setLong(7, r.seq());
                        ps.setTimestamp(8, at);
                        ps.setBoolean(9, authoritative);
                    } else {
                        ps.setString(1, value);
                        ps.setString(2, resource.code());
                        ps.setString(3, resource.providerCode());
                        ps.setLong(4, r.seq());
                        ps.setTimestamp(5, at);
                        ps.setBoolean(6, authoritative);
                        ps.setString(7, db.id());
                        ps.setString(8, r.recordKey());
                        ps.setString(9, name);
                    }
                    ps.addBatch();
                }
                if (d.resolution != null) {
                    boolean kept = !d.write;
                    conflict.setString(1, UUID.randomUUID().toString());
                    conflict.setString(2, db.id());
                    conflict.setString(3, r.recordKey());
                    conflict.setString(4, name);
                    conflict.setString(5, kept ? old.value : value);
                    conflict.setString(6, kept ? old.resource : resource.code());
                    conflict.setString(7, kept ? old.department : resource.providerCode());
                    conflict.setString(8, kept ? value : old.value);
                    conflict.setString(9, kept ? resource.code() : old.resource);
                    conflict.setString(10, kept ? resource.providerCode() : old.department);
                    conflict.setLong(11, r.seq());
                    conflict.setString(12, d.resolution);
                    conflict.setTimestamp(13, Timestamp.from(Instant.now()));
                    conflict.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
            conflict.executeBatch();
        }
    }

    record Stored(String value, String resource, String department, boolean authoritative) {
    }

    record Decision(boolean write, String resolution) {
    }

    /** The 一数一源 rule for one field. */
    static Decision decide(Stored old, String value, String resource, boolean authoritative, boolean metadata) {
        if (old == null || old.resource.equals(resource) || metadata) {
            return new Decision(true, null);
        }
        if (Objects.equals(old.value, value)) {
            // agreement; the authoritative source takes over the provenance
            return new Decision(authoritative && !old.authoritative, null);
        }
        if (authoritative && old.authoritative) {
            return new Decision(true, "AMBIGUOUS_AUTHORITY");
        }
        if (authoritative) {
            return new Decision(true, "AUTHORITATIVE_REPLACED");
        }
        if (old.authoritative) {
            return new Decision(false, "AUTHORITATIVE_KEPT");
        }
        return new Decision(true, "NO_AUTHORITY");
    }
}
