package org.govex.exchange.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.schemas.record.BaseDatabase;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads golden records (one JSON document per key, see {@link GoldenDocument}) and conflicts. */
@ApplicationScoped
public class BaseStore {

    /** The named datasource of the base databases ({@code quarkus.datasource."base".*}, migrations in db/base). */
    public static final String DATASOURCE = "base";

    /** Keys looked up per statement by the merge. */
    private static final int IN_LIST = 500;

    private final DataSource dataSource;
    private final ObjectMapper json;

    @jakarta.inject.Inject
    public BaseStore(@io.quarkus.agroal.DataSource(DATASOURCE) io.agroal.api.AgroalDataSource dataSource, ObjectMapper json) {
        this((DataSource) dataSource, json);
    }

    /** Outside CDI: {@code dataSource} holds the base database (db/base migrations). */
    public BaseStore(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public Optional<GoldenRecord> find(BaseDatabase db, String key) {
        List<GoldenRecord> l = load(db, "record_key = ?", key);
        return l.stream().findFirst();
    }

    /** Golden records whose key starts with the prefix (indicator series). */
    public List<GoldenRecord> withKeyPrefix(BaseDatabase db, String prefix) {
        return load(db, "record_key LIKE ?", prefix.replace("%", "").replace("_", "\\_") + "%");
    }

    private List<GoldenRecord> load(BaseDatabase db, String where, String arg) {
        List<GoldenRecord> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT record_key, doc, doc_bytes FROM golden_record WHERE base_db = ? AND " + where
                     + " ORDER BY record_key")) {
            ps.setString(1, db.id());
            ps.setString(2, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(document(rs).toRecord(json, db.id(), rs.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new GovexException(ProblemKind.INTERNAL, null, "base database read failed", List.of(), e);
        }
        return out;
    }

    /** The stored documents of these keys (absent keys are left out), read in the merge's transaction. */
    Map<String, GoldenDocument> documents(Connection c, BaseDatabase db, Collection<String> keys) throws SQLException {
        Map<String, GoldenDocument> out = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<String> part = all.subList(from, Math.min(all.size(), from + IN_LIST));
            String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT record_key, doc, doc_bytes FROM golden_record WHERE record_key IN ("
                    + marks + ") AND base_db = ?")) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 1, part.get(i));
                }
                ps.setString(part.size() + 1, db.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), document(rs));
                    }
                }
            }
        }
        return out;
    }

    /** The document of a row selected as {@code record_key, doc, doc_bytes}: its bytes, or its text when written before. */
    private GoldenDocument document(ResultSet rs) throws SQLException {
        byte[] bytes = rs.getBytes(3);
        return bytes != null ? GoldenDocument.read(json, bytes) : GoldenDocument.read(json, rs.getString(2));
    }

    /** Position of a journal reader whose work lives in the base database (0 when it never ran). */
    long cursor(String name) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT position FROM golden_cursor WHERE cursor_name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new GovexException(ProblemKind.INTERNAL, null, "base merge cursor unreadable", List.of(), e);
        }
    }

    /** Moves the cursor within the transaction that wrote what it covers. */
    void saveCursor(Connection c, String name, long position) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement up = c.prepareStatement("UPDATE golden_cursor SET position = ?, updated_at = ? WHERE cursor_name = ?")) {
            up.setLong(1, position);
            up.setTimestamp(2, now);
            up.setString(3, name);
            if (up.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement in = c.prepareStatement("INSERT INTO golden_cursor (cursor_name, position, updated_at) VALUES (?, ?, ?)")) {
            in.setString(1, name);
            in.setLong(2, position);
            in.setTimestamp(3, now);
            in.executeUpdate();
        }
    }

    public List<Conflict> conflicts(String db, String key, long limit) {
        boolean byDb = db != null && !db.isBlank();
        boolean byKey = key != null && !key.isBlank();
        List<Object> args = new ArrayList<>();
        if (byDb) {
            args.add(db);
        }
        if (byKey) {
            args.add(key);
        }
        String sql = conflictQuery(byDb, byKey, limit);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<Conflict> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Conflict(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getLong(11),
                            rs.getString(12), rs.getTimestamp(13).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new GovexException(ProblemKind.INTERNAL, null, "conflict read failed", List.of(), e);
        }
    }

    /**
     * Conflicts newest first, of one key, one base database or all, ordered by the index that
     * filter uses (base V3), so that the database reads only the conflicts it returns.
     */
    static String conflictQuery(boolean byDb, boolean byKey, long limit) {
        String newest = "detected_at DESC, journal_seq DESC";
        return "SELECT id, base_db, record_key, field_name, kept_value, kept_resource, kept_department, other_value, other_resource, "
                + "other_department, journal_seq, resolution, detected_at FROM golden_conflict WHERE 1 = 1"
                + (byDb ? " AND base_db = ?" : "") + (byKey ? " AND record_key = ?" : "")
                + " ORDER BY " + (byKey ? "record_key, " : byDb ? "base_db, " : "") + newest
                + " LIMIT " + Math.max(1, Math.min(limit, 1000));
    }
}
