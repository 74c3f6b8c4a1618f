package org.govex.exchange.delivery.database;

import jakarta.enterprise.context.ApplicationScoped;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code subscription_database} rows: a DATABASE subscription's table and account. */
@ApplicationScoped
public class DatabaseTargetStore {

    private final DataSource dataSource;

    public DatabaseTargetStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(String subscriptionId, DatabaseTarget target) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO subscription_database (subscription_id, table_name, username, password_enc) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, subscriptionId);
            ps.setString(2, target.table());
            ps.setString(3, target.user());
            ps.setString(4, target.encryptedPassword());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public Optional<DatabaseTarget> find(String subscriptionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT table_name, username, password_enc FROM subscription_database WHERE subscription_id = ?")) {
            ps.setString(1, subscriptionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new DatabaseTarget(rs.getString(1), rs.getString(2), rs.getString(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static GovexException failure(SQLException e) {
        return new GovexException(ProblemKind.INTERNAL, null, "subscription storage failed", List.of(), e);
    }
}
