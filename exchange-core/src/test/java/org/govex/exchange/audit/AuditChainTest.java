package org.govex.exchange.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AuditChainTest {

    static final String AUDITOR = "Bearer test-key-hz-sjzyj";

    @Inject
    AuditTrail trail;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void verifyPassesThenNamesTheTamperedEventAndPassesAgainWhenRestored() throws Exception {
        String subject = "test-" + UUID.randomUUID();
        trail.record("hz-gaj", "catalog.update", subject, Map.of("title", "常住人口基本信息"));
        trail.record("hz-sjzyj", "access.decision", subject, Map.of("decision", "approve", "reason", "依法履职需要"));
        trail.record("hz-mzj", "base.query", subject, Map.of("idNumber", "330106********0012"));

        given().header("Authorization", AUDITOR).get("/api/v1/audit/verify")
                .then().statusCode(200).body("valid", equalTo(true));

        long target = trail.list(0, 1000, null, subject).get(1).seq();
        String original;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT detail FROM audit_event WHERE seq = ?")) {
                ps.setLong(1, target);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    original = rs.getString(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE audit_event SET detail = ? WHERE seq = ?")) {
                ps.setString(1, original.replace("approve", "reject"));
                ps.setLong(2, target);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            try {
                ChainVerification broken = trail.verify();
                assertThat(broken.valid()).isFalse();
                assertThat(broken.firstBrokenSeq()).isEqualTo(target);
                given().header("Authorization", AUDITOR).get("/api/v1/audit/verify")
                        .then().statusCode(200).body("valid", equalTo(false))
                        .body("firstBrokenSeq", equalTo((int) target));
            } finally {
                try (PreparedStatement ps = c.prepareStatement("UPDATE audit_event SET detail = ? WHERE seq = ?")) {
                    ps.setString(1, original);
                    ps.setLong(2, target);
                    ps.executeUpdate();
                }
            }
        }
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void aRemovedEventBreaksTheChainAtTheEventAfterIt() throws Exception {
        String subject = "test-" + UUID.randomUUID();
        trail.record("hz-gaj", "catalog.create", subject, Map.of("n", 1));
        trail.record("hz-gaj", "catalog.update", subject, Map.of("n", 2));
        trail.record("hz-gaj", "catalog.update", subject, Map.of("n", 3));
        var events = trail.list(0, 1000, null, subject);
        AuditEvent removed = events.get(1);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM audit_event WHERE seq = ?")) {
                ps.setLong(1, removed.seq());
                ps.executeUpdate();
            }
            try {
                ChainVerification broken = trail.verify();
                assertThat(broken.valid()).isFalse();
                assertThat(broken.firstBrokenSeq()).isEqualTo(removed.seq() + 1);
            } finally {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (seq, occurred_at, actor, action, "
                        + "subject, detail, prev_hash, event_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, removed.seq());
                    ps.setTimestamp(2, java.sql.Timestamp.from(removed.occurredAt()));
                    ps.setString(3, removed.actor());
                    ps.setString(4, removed.action());
                    ps.setString(5, removed.subject());
                    ps.setString(6, removed.detail());
                    ps.setString(7, removed.prevHash());
                    ps.setString(8, removed.hash());
                    ps.executeUpdate();
                }
            }
        }
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void eventsAreListedForAuditorsOnlyWithProblemJsonOtherwise() {
        given().header("Authorization", "Bearer test-key-hz-gaj").get("/api/v1/audit/events")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", AUDITOR).get("/api/v1/audit/events?limit=5")
                .then().statusCode(200);
    }
}
