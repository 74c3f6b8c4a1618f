package org.govex.exchange.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.govex.exchange.access.AccessRequest;
import org.govex.exchange.access.AccessService;
import org.govex.exchange.access.GrantRevoked;
import org.govex.exchange.audit.AuditTrail;
import org.govex.exchange.delivery.database.DatabaseChannel;
import org.govex.exchange.delivery.database.DatabaseTarget;
import org.govex.exchange.journal.Journal;
import org.govex.exchange.publish.ResourceGate;
import org.govex.exchange.security.GovexPrincipal;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.error.Violation;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creating, showing and replaying subscriptions; suspending them when their grant is revoked. */
@ApplicationScoped
public class SubscriptionService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubscriptionStore store;
    private final AccessService access;
    private final ResourceGate resources;
    private final Journal journal;
    private final AuditTrail audit;
    private final KafkaChannel kafka;
    private final DatabaseChannel databases;

    public SubscriptionService(SubscriptionStore store, AccessService access, ResourceGate resources, Journal journal,
                               AuditTrail audit, KafkaChannel kafka, DatabaseChannel databases) {
        this.kafka = kafka;
        this.databases = databases;
        this.store = store;
        this.access = access;
        this.resources = resources;
        this.journal = journal;
        this.audit = audit;
    }

    public SubscriptionView create(GovexPrincipal consumer, SubscriptionBody body) {
        resources.existing(body.resource());
        AccessRequest grant = access.activeGrant(consumer.id(), body.resource()).orElseThrow(() -> GovexException.forbidden(
                "'" + consumer.id() + "' holds no grant on " + body.resource() + "; request access first"));
        if (body.channel() == ChannelType.WEBHOOK && (body.endpoint() == null || body.endpoint().isBlank())) {
            throw GovexException.invalid("A webhook subscription needs an endpoint URL",
                    List.of(new Violation("endpoint", "required", "endpoint is required for WEBHOOK")));
        }
        if (body.channel() == ChannelType.KAFKA && !kafka.configured()) {
            throw GovexException.invalid("This node has no Kafka (govex.kafka.bootstrap-servers is not set)",
                    List.of(new Violation("channel", "channel.available", "KAFKA is not configured on this node")));
        }
        if (body.channel() == ChannelType.DATABASE) {
            databases.check(body.database());
        } else if (body.database() != null) {
            throw GovexException.invalid("Only a DATABASE subscription takes a database target",
                    List.of(new Violation("database", "channel.mismatch", "database is only for channel DATABASE")));
        }
        long head = journal.headOf(body.resource());
        long cursor = body.fromSequence() == null ? head : Math.max(0, body.fromSequence() - 1);
        String secret = body.channel() == ChannelType.WEBHOOK ? newSecret() : null;
        // a Kafka subscription's endpoint is its own topic, shown to the consumer; a database's is its JDBC URL
        String endpoint = switch (body.channel()) {
            case KAFKA -> kafka.topicFor(consumer.id(), body.resource());
            case DATABASE -> body.database().jdbcUrl();
            default -> body.endpoint();
        };
        Subscription s = new Subscription(UUID.randomUUID().toString(), consumer.id(), body.resource(), grant.id(), body.channel(),
                endpoint, secret, body.divisionPrefix(), SubscriptionStatus.ACTIVE, cursor, 0, null, null, null, 0, null,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        DatabaseTarget target = s.channel() == ChannelType.DATABASE ? databases.register(s.id(), body.database()) : null;
        store.insert(s);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("subscriptionId", s.id());
        detail.put("channel", s.channel().name());
        detail.put("grantId", grant.id());
        detail.put("cursor", cursor);
        if (s.divisionPrefix() != null) {
            detail.put("divisionPrefix", s.divisionPrefix());
        }
        audit.record(consumer.id(), "subscription.create", s.resource(), detail);
        return new SubscriptionView(s, journal.headOf(s.resource()) > cursor ? countAfter(s.resource(), cursor) : 0, head,
                List.of(), secret, target);
    }

    public SubscriptionView view(GovexPrincipal p, String id) {
        Subscription s = owned(p, id);
        long head = journal.headOf(s.resource());
        return new SubscriptionView(s, head > s.cursor() ? countAfter(s.resource(), s.cursor()) : 0, head,
                store.deadLetters(id), null, databases.describe(s).orElse(null));
    }

    public List<Subscription> mine(GovexPrincipal p) {
        return store.forConsumer(p.id());
    }

    public SubscriptionView replay(GovexPrincipal p, String id, long from) {
        Subscription s = owned(p, id);
        if (from < 1) {
            throw GovexException.invalid("from is a journal sequence >= 1", List.of(new Violation("from", "min", "from >= 1")));
        }
        if (s.status() != SubscriptionStatus.ACTIVE) {
            throw GovexException.conflict("Subscription " + id + " is " + s.status() + "; its grant was revoked");
        }
        store.rewind(id, from - 1);
        audit.record(p.id(), "subscription.replay", s.resource(), Map.of("subscriptionId", id, "from", from));
        return view(p, id);
    }

    /** The subscription, if the caller owns it (admins see all); else 404. */
    public Subscription owned(GovexPrincipal p, String id) {
        Subscription s = store.find(id).orElseThrow(() -> GovexException.notFound("No subscription " + id));
        if (!p.isAdmin() && !s.consumer().equals(p.id())) {
            throw GovexException.notFound("No subscription " + id);
        }
        return s;
    }

    void onRevoked(@Observes GrantRevoked revoked) {
        for (Subscription s : store.forGrant(revoked.grantId())) {
            store.setStatus(s.id(), SubscriptionStatus.SUSPENDED);
        }
    }

    private long countAfter(String resource, long cursor) {
        return journal.countAfter(resource, cursor);
    }

    private static String newSecret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static GovexException gone(String what) {
        return new GovexException(ProblemKind.GONE, what);
    }
}
