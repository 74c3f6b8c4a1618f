package org.govex.exchange.access;

import javax.sql.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.audit.AuditEntry;
import org.govex.exchange.audit.AuditTrail;
import org.govex.exchange.config.ExchangeConfig;
import org.govex.exchange.publish.ResourceGate;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.exchange.resource.ShareType;
import org.govex.exchange.security.GovexPrincipal;
import org.govex.exchange.storage.Transactions;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.error.Violation;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Access requests and grants (共享申请): UNCONDITIONAL resources are granted at once, CONDITIONAL
 * ones wait for the provider within N working days, NONE are refused with the legal basis.
 * Every request, decision and revocation is audited.
 */
@ApplicationScoped
public class AccessService {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DataSource dataSource;
    private final ResourceGate resources;
    private final AuditTrail audit;
    private final WorkingDays workingDays;
    private final int decisionDays;
    private final jakarta.enterprise.event.Event<GrantRevoked> revoked;
    private Clock clock = Clock.system(CHINA);

    public AccessService(DataSource dataSource, ResourceGate resources, AuditTrail audit, ExchangeConfig config,
                         jakarta.enterprise.event.Event<GrantRevoked> revoked) {
        this.revoked = revoked;
        this.dataSource = dataSource;
        this.resources = resources;
        this.audit = audit;
        this.workingDays = new WorkingDays(new HashSet<>(config.access().holidays().orElse(List.of())),
                new HashSet<>(config.access().workingWeekends().orElse(List.of())));
        this.decisionDays = config.access().decisionWorkingDays();
    }

    public WorkingDays workingDays() {
        return workingDays;
    }

    public AccessRequest request(GovexPrincipal consumer, AccessRequestBody body) {
        ResourceDefinition r = resources.existing(body.resource());
        if (r.withdrawn()) {
            throw new GovexException(ProblemKind.GONE, "Resource " + r.code() + " has been withdrawn");
        }
        if (!r.published()) {
            throw GovexException.conflict("Resource " + r.code() + " is not published yet");
        }
        List<Violation> unknown = body.fields().stream().filter(f -> r.item(f).isEmpty())
                .map(f -> new Violation("fields", "declaredDataItem", "'" + f + "' is not a data item of " + r.code())).toList();
        if (!unknown.isEmpty()) {
            throw new GovexException(ProblemKind.INVALID, "undeclared-data-items", "The request names fields the resource does not declare",
                    unknown, null);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String id = UUID.randomUUID().toString();
        List<String> fields = List.copyOf(new java.util.LinkedHashSet<>(body.fields()));
        AccessStatus status;
        List<String> granted = null;
        LocalDate deadline = null;
        String reason = null;
        switch (r.shareType()) {
            case UNCONDITIONAL -> {
                status = AccessStatus.GRANTED;
                granted = fields;
                reason = "无条件共享: granted on request";
            }
            case CONDITIONAL -> {
                status = AccessStatus.PENDING;
                deadline = workingDays.plus(LocalDate.now(clock), decisionDays);
            }
            default -> {
                status = AccessStatus.REFUSED;
                reason = "不予共享: " + (r.shareBasis() == null || r.shareBasis().isBlank() ? "the resource is not shared" : r.shareBasis());
            }
        }
        AccessRequest ar = new AccessRequest(id, consumer.id(), r.code(), r.providerCode(), body.purpose(), body.legalBasis(),
                fields, status, r.shareType(), granted, granted == null ? null : List.of(), reason, now, deadline, false,
                status == AccessStatus.PENDING ? null : now, status == AccessStatus.PENDING ? null : "hub", null);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                insert(c, ar);
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("requestId", id);
                detail.put("status", status.name());
                detail.put("fields", fields);
                detail.put("purpose", body.purpose());
                detail.put("legalBasis", body.legalBasis());
                audit.appendWithin(c, List.of(new AuditEntry(consumer.id(), "access.request", r.code(), detail)));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                Transactions.rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        if (status == AccessStatus.REFUSED) {
            throw new GovexException(ProblemKind.FORBIDDEN, "not-shared", "Resource " + r.code() + " is not shared (不予共享). Legal basis: "
                    + (r.shareBasis() == null ? "not stated in the catalog" : r.shareBasis()) + ". Request " + id + " was recorded as refused.",
                    List.of(new Violation("resource", "shareType.NONE", reason)), null);
        }
        return ar;
    }

    public AccessRequest decide(GovexPrincipal provider, String id, DecisionBody body) {
        AccessRequest ar = find(id).orElseThrow(() -> GovexException.notFound("No access request " + id));
        requireProvider(provider, ar);
        if (ar.status() != AccessStatus.PENDING) {
            throw GovexException.conflict("Access request " + id + " is " + ar.status() + ", not PENDING");
        }
        ResourceDefinition r = resources.existing(ar.resource());
        AccessStatus status;
        List<String> granted = null;
        List<String> unmasked = null;
        if (body.decision() == DecisionBody.Decision.APPROVE) {
            status = AccessStatus.GRANTED;
            granted = body.fields() == null || body.fields().isEmpty() ? ar.fieldsWanted() : List.copyOf(body.fields());
            List<Violation> bad = new ArrayList<>();
            for (String f : granted) {
                if (!ar.fieldsWanted().contains(f)) {
                    bad.add(new Violation("fields", "subsetOfRequested", "'" + f + "' was not requested"));
                }
            }
            unmasked = body.unmaskedFields() == null ? List.of() : List.copyOf(body.unmaskedFields());
            for (String f : unmasked) {
                if (!granted.contains(f)) {
                    bad.add(new Violation("unmaskedFields", "subsetOfGranted", "'" + f + "' is not a granted field"));
                } else if (r.item(f).map(i -> !i.sensitive()).orElse(true)) {
                    bad.add(new Violation("unmaskedFields", "sensitive", "'" + f + "' is not a sensitive data item"));
                }
            }
            if (!bad.isEmpty()) {
                throw GovexException.invalid("The decision does not fit the request", bad);
            }
        } else {
            if (body.reason() == null || body.reason().isBlank()) {
                throw GovexException.invalid("A rejection states its reason", List.of(new Violation("reason", "required", "reason is required to reject")));
            }
            status = AccessStatus.REJECTED;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("UPDATE access_request SET status = ?, granted_fields = ?, "
                        + "unmasked_fields = ?, reason = ?, decided_at = ?, decided_by = ? WHERE id = ? AND status = 'PENDING'")) {
                    ps.setString(1, status.name());
                    ps.setString(2, join(granted));
                    ps.setString(3, join(unmasked));
                    ps.setString(4, body.reason());
                    ps.setTimestamp(5, Timestamp.from(now));
                    ps.setString(6, provider.id());
                    ps.setString(7, id);
                    if (ps.executeUpdate() != 1) {
                        throw GovexException.conflict("Access request " + id + " was decided meanwhile");
                    }
                }
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("requestId", id);
                detail.put("consumer", ar.consumer());
                detail.put("decision", body.decision().name());
                detail.put("grantedFields", granted == null ? List.of() : granted);
                detail.put("unmaskedFields", unmasked == null ? List.of() : unmasked);
                detail.put("reason", body.reason() == null ? "" : body.reason());
                detail.put("overdue", ar.overdue());
                audit.appendWithin(c, List.of(new AuditEntry(provider.id(), "access.decision", ar.resource(), detail)));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                Transactions.rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return find(id).orElseThrow();
    }

    public AccessRequest revoke(GovexPrincipal provider, String id, String reason) {
        AccessRequest ar = find(id).orElseThrow(() -> GovexException.notFound("No access request " + id));
        requireProvider(provider, ar);
        if (ar.status() != AccessStatus.GRANTED) {
            throw GovexException.conflict("Access request " + id + " is " + ar.status() + "; only a grant can be revoked");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("UPDATE access_request SET status = 'REVOKED', revoked_at = ?, "
                        + "reason = ? WHERE id = ? AND status = 'GRANTED'")) {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setString(2, reason == null ? "revoked" : reason);
                    ps.setString(3, id);
                    ps.executeUpdate();
                }
                audit.appendWithin(c, List.of(new AuditEntry(provider.id(), "access.revoke", ar.resource(),
                        Map.of("requestId", id, "consumer", ar.consumer(), "reason", reason == null ? "" : reason))));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                Transactions.rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        revoked.fire(new GrantRevoked(id, ar.consumer(), ar.resource()));
        return find(id).orElseThrow();
    }

    /** The consumer's current grant on a resource, if any. */
    public Optional<AccessRequest> activeGrant(String consumerId, String resourceCode) {
        List<AccessRequest> l = query("SELECT * FROM access_request WHERE consumer_id = ? AND resource_code = ? AND status = 'GRANTED' "
                + "ORDER BY decided_at DESC", consumerId, resourceCode);
        return l.stream().findFirst();
    }

    /** All current grants of a consumer. */
    public List<AccessRequest> grantsOf(String consumerId) {
        return query("SELECT * FROM access_request WHERE consumer_id = ? AND status = 'GRANTED'", consumerId);
    }

    public Optional<AccessRequest> find(String id) {
        return query("SELECT * FROM access_request WHERE id = ?", id).stream().findFirst();
    }

    /** Requests visible to the caller: its own as consumer, those to its resources as provider; admins see all. */
    public List<AccessRequest> list(GovexPrincipal p, AccessStatus status, boolean overdueOnly) {
        StringBuilder sql = new StringBuilder("SELECT * FROM access_request WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!p.isAdmin()) {
            sql.append(" AND (consumer_id = ? OR provider_code = ?)");
            args.add(p.id());
            args.add(p.departmentCode() == null ? p.id() : p.departmentCode());
        }
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status.name());
        }
        if (overdueOnly) {
            sql.append(" AND status = 'PENDING' AND deadline < ?");
            args.add(Date.valueOf(LocalDate.now(clock)));
        }
        sql.append(" ORDER BY requested_at DESC LIMIT 1000");
        return query(sql.toString(), args.toArray());
    }

    private void requireProvider(GovexPrincipal p, AccessRequest ar) {
        if (!p.isAdmin() && !ar.provider().equals(p.departmentCode())) {
            throw GovexException.forbidden("Only the provider '" + ar.provider() + "' decides on requests for " + ar.resource());
        }
    }

    private static void insert(Connection c, AccessRequest ar) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_request (id, consumer_id, resource_code, provider_code, "
                + "purpose, legal_basis, fields_wanted, status, share_type, granted_fields, unmasked_fields, reason, requested_at, "
                + "deadline, decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, ar.id());
            ps.setString(2, ar.consumer());
            ps.setString(3, ar.resource());
            ps.setString(4, ar.provider());
            ps.setString(5, ar.purpose());
            ps.setString(6, ar.legalBasis());
            ps.setString(7, join(ar.fieldsWanted()));
            ps.setString(8, ar.status().name());
            ps.setString(9, ar.shareType().name());
            ps.setString(10, join(ar.grantedFields()));
            ps.setString(11, join(ar.unmaskedFields()));
            ps.setString(12, ar.reason());
            ps.setTimestamp(13, Timestamp.from(ar.requestedAt()));
            ps.setDate(14, ar.deadline() == null ? null : Date.valueOf(ar.deadline()));
            ps.setTimestamp(15, ar.decidedAt() == null ? null : Timestamp.from(ar.decidedAt()));
            ps.setString(16, ar.decidedBy());
            ps.executeUpdate();
        }
    }

    private List<AccessRequest> query(String sql, Object... args) {
        LocalDate today = LocalDate.now(clock);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<AccessRequest> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AccessStatus status = AccessStatus.valueOf(rs.getString("status"));
                    Date deadline = rs.getDate("deadline");
                    LocalDate dl = deadline == null ? null : deadline.toLocalDate();
                    out.add(new AccessRequest(rs.getString("id"), rs.getString("consumer_id"), rs.getString("resource_code"),
                            rs.getString("provider_code"), rs.getString("purpose"), rs.getString("legal_basis"),
                            split(rs.getString("fields_wanted")), status, ShareType.valueOf(rs.getString("share_type")),
                            split(rs.getString("granted_fields")), split(rs.getString("unmasked_fields")), rs.getString("reason"),
                            instant(rs.getTimestamp("requested_at")), dl,
                            status == AccessStatus.PENDING && dl != null && dl.isBefore(today),
                            instant(rs.getTimestamp("decided_at")), rs.getString("decided_by"), instant(rs.getTimestamp("revoked_at"))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** For tests and operations: the clock "today" is taken from (Asia/Shanghai). */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String join(List<String> l) {
        return l == null ? null : String.join(",", l);
    }

    private static List<String> split(String s) {
        return s == null ? null : s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    private static GovexException failure(SQLException e) {
        return new GovexException(ProblemKind.INTERNAL, null, "access request storage failed", List.of(), e);
    }

}
