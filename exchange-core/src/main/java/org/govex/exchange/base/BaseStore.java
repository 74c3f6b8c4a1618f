package org.govex.exchange.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javax.sql.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.resource.BaseDatabase;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads golden records and conflicts. */
@ApplicationScoped
public class BaseStore {

    private final DataSource dataSource;
    private final ObjectMapper json;

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
        Map<String, GoldenRecord> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT record_key, field_name, field_value, resource_code, department, "
                     + "journal_seq, recorded_at, authoritative FROM base_field WHERE base_db = ? AND " + where
                     + " ORDER BY record_key, field_name")) {
            ps.setString(1, db.id());
            ps.setString(2, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    GoldenRecord g = out.computeIfAbsent(key, k -> new GoldenRecord(db.id(), k, json.createObjectNode(), new LinkedHashMap<>()));
                    g.fields().put(rs.getString(2), rs.getString(3));
                    g.provenance().put(rs.getString(2), new FieldProvenance(rs.getString(4), rs.getString(5), rs.getLong(6),
                            rs.getTimestamp(7).toInstant(), rs.getBoolean(8)));
                }
            }
        } catch (SQLException e) {
            throw new GovexException(ProblemKind.INTERNAL, null, "base database read failed", List.of(), e);
        }
        return new ArrayList<>(out.values());
    }

    public List<Conflict> conflicts(String db, String key, long limit) {
        StringBuilder sql = new StringBuilder("SELECT id, base_db, record_key, field_name, kept_value, kept_resource, kept_department, "
                + "other_value, other_resource, other_department, journal_seq, resolution, detected_at FROM base_conflict WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (db != null && !db.isBlank()) {
            sql.append(" AND base_db = ?");
            args.add(db);
        }
        if (key != null && !key.isBlank()) {
            sql.append(" AND record_key = ?");
            args.add(key);
        }
        sql.append(" ORDER BY detected_at DESC, journal_seq DESC LIMIT ").append(Math.max(1, Math.min(limit, 1000)));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
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

    ObjectNode empty() {
        return json.createObjectNode();
    }
}
