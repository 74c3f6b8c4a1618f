package org.govex.exchange.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.schemas.error.GovexException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Principals and their hashed API keys, in the hub's database. */
@ApplicationScoped
public class PrincipalDirectory {

    private final AgroalDataSource db;

    public PrincipalDirectory(AgroalDataSource db) {
        this.db = db;
    }

    public record KeyInfo(String keyId, String principalId, String label, Instant createdAt, Instant revokedAt) {
    }

    public Optional<GovexPrincipal> authenticate(String plaintextKey) {
        String sql = "SELECT p.id, p.kind, p.name, p.department_code, p.roles FROM api_key k "
                + "JOIN principal p ON p.id = k.principal_id WHERE k.key_hash = ? AND k.revoked_at IS NULL";
        return queryOne(sql, ApiKeys.hash(plaintextKey));
    }

    public Optional<GovexPrincipal> find(String id) {
        return queryOne("SELECT id, kind, name, department_code, roles FROM principal WHERE id = ?", id);
    }

    public List<GovexPrincipal> list() {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, kind, name, department_code, roles FROM principal ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            List<GovexPrincipal> out = new ArrayList<>();
            while (rs.next()) {
                out.add(map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("principal list failed", e);
        }
    }

    public GovexPrincipal create(GovexPrincipal p) {
        if (find(p.id()).isPresent()) {
            throw GovexException.conflict("A principal with id '" + p.id() + "' exists");
        }
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO principal (id, kind, name, department_code, roles, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, p.id());
            ps.setString(2, p.kind().name());
            ps.setString(3, p.name());
            ps.setString(4, p.departmentCode());
            ps.setString(5, p.roles().stream().map(Role::id).sorted().collect(Collectors.joining(",")));
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            return p;
        } catch (SQLException e) {
            throw new IllegalStateException("principal insert failed", e);
        }
    }

    /** Stores a key for a principal; returns its id. The plaintext is never stored. */
    public KeyInfo addKey(String principalId, ApiKeys.NewKey key, String label) {
        if (find(principalId).isEmpty()) {
            throw GovexException.notFound("No principal '" + principalId + "'");
        }
        Instant now = Instant.now();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO api_key (key_id, principal_id, key_hash, label, created_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, key.keyId());
            ps.setString(2, principalId);
            ps.setString(3, key.hash());
            ps.setString(4, label);
            ps.setTimestamp(5, Timestamp.from(now));
            ps.executeUpdate();
            return new KeyInfo(key.keyId(), principalId, label, now, null);
        } catch (SQLException e) {
            throw new IllegalStateException("key insert failed", e);
        }
    }

    public boolean hasKeyHash(String hash) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM api_key WHERE key_hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("key lookup failed", e);
        }
    }

    public List<KeyInfo> keys(String principalId) {
        String sql = "SELECT key_id, principal_id, label, created_at, revoked_at FROM api_key "
                + (principalId == null ? "" : "WHERE principal_id = ? ") + "ORDER BY created_at, key_id";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (principalId != null) {
                ps.setString(1, principalId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<KeyInfo> out = new ArrayList<>();
                while (rs.next()) {
                    Timestamp revoked = rs.getTimestamp(5);
                    out.add(new KeyInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), revoked == null ? null : revoked.toInstant()));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("key list failed", e);
        }
    }

    public void revokeKey(String keyId) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE api_key SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setString(2, keyId);
            if (ps.executeUpdate() == 0) {
                throw GovexException.notFound("No active key '" + keyId + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("key revoke failed", e);
        }
    }

    private Optional<GovexPrincipal> queryOne(String sql, String arg) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("principal lookup failed", e);
        }
    }

    private static GovexPrincipal map(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString(5).split(",")).filter(s -> !s.isBlank()).map(Role::parse).forEach(roles::add);
        return new GovexPrincipal(rs.getString(1), PrincipalKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), Set.copyOf(roles));
    }
}
