package org.govex.exchange.state;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Small node-wide facts that must survive a restart (e.g. "the demo has been loaded"). */
@ApplicationScoped
public class AppState {

    private final AgroalDataSource db;

    public AppState(AgroalDataSource db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT state_value FROM app_state WHERE state_name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("app_state read failed", e);
        }
    }

    public void put(String name, String value) {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement up = c.prepareStatement("UPDATE app_state SET state_value = ?, updated_at = ? WHERE state_name = ?")) {
                up.setString(1, value);
                up.setTimestamp(2, Timestamp.from(Instant.now()));
                up.setString(3, name);
                if (up.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement in = c.prepareStatement("INSERT INTO app_state (state_name, state_value, updated_at) VALUES (?, ?, ?)")) {
                in.setString(1, name);
                in.setString(2, value);
                in.setTimestamp(3, Timestamp.from(Instant.now()));
                in.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("app_state write failed", e);
        }
    }
}
