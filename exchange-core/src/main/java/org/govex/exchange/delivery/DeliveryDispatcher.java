package org.govex.exchange.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.apache.camel.ProducerTemplate;
import org.govex.exchange.access.AccessRequest;
import org.govex.exchange.access.AccessService;
import org.govex.exchange.audit.AuditTrail;
import org.govex.exchange.config.ExchangeConfig;
import org.govex.exchange.journal.JournalListener;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.exchange.resource.ResourceDirectory;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pushes journal records to push subscriptions (webhooks). One subscription is worked by at
 * most one thread at a time, batch after batch in sequence order; the cursor moves only after
 * the channel accepted a batch (at-least-once). Failures back off exponentially with jitter;
 * after the configured attempts the batch becomes a dead letter and delivery goes on.
 */
@ApplicationScoped
public class DeliveryDispatcher implements JournalListener {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    private static final int BATCHES_PER_TURN = 20;

    private final SubscriptionStore store;
    private final AccessService access;
    private final ResourceDirectory directory;
    private final EventReader reader;
    private final AuditTrail audit;
    private final ExchangeConfig config;
    private final Backoff backoff;
    private final Map<ChannelType, DeliveryChannel> channels = new EnumMap<>(ChannelType.class);
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Instance<ProducerTemplate> template;
    private final Set<String> pendingWake = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicBoolean wakeScheduled = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.ExecutorService wakeups = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "delivery-wakeup");
        t.setDaemon(true);
        return t;
    });

    public DeliveryDispatcher(SubscriptionStore store, AccessService access, ResourceDirectory directory, EventReader reader,
                              AuditTrail audit, ExchangeConfig config, Instance<DeliveryChannel> channels,
                              Instance<ProducerTemplate> template) {
        this.store = store;
        this.access = access;
        this.directory = directory;
        this.reader = reader;
        this.audit = audit;
        this.config = config;
        this.template = template;
        this.backoff = new Backoff(config.delivery().initialBackoff(), config.delivery().maxBackoff());
        channels.forEach(c -> this.channels.put(c.type(), c));
    }

    /** Ids of push subscriptions whose back-off has passed. */
    public List<String> due() {
        Instant now = Instant.now();
        return java.util.Arrays.stream(ChannelType.values()).filter(ChannelType::pushed)
                .flatMap(type -> store.active(type).stream())
                .filter(s -> s.nextAttemptAt() == null || !s.nextAttemptAt().isAfter(now))
                .filter(s -> !inFlight.contains(s.id()))
                .map(Subscription::id).toList();
    }

    /** New records: wake the push subscriptions of those resources without waiting for the next tick. */
    @Override
    public void appended(Set<String> resourceCodes, long headSeq) {
        // off the journal writer's thread, coalesced: the writer never waits for delivery
        pendingWake.addAll(resourceCodes);
        if (wakeScheduled.compareAndSet(false, true)) {
            wakeups.execute(() -> {
                wakeScheduled.set(false);
                Set<String> codes = new java.util.HashSet<>(pendingWake);
                pendingWake.removeAll(codes);
                wake(codes);
            });
        }
    }

    private void wake(Set<String> resourceCodes) {
        try {
            ProducerTemplate t = template.get();
            for (String code : resourceCodes) {
                for (Subscription s : store.activeFor(code)) {
                    if (s.channel().pushed() && s.nextAttemptAt() == null && !inFlight.contains(s.id())) {
                        t.asyncSendBody(config.routes().deliveryWork(), s.id());
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("delivery wake-up skipped", e);
        }
    }

    /** Works one subscription: up to a few batches, stops at the first failure. */
    public void deliver(String subscriptionId) {
        if (!inFlight.add(subscriptionId)) {
            return;
        }
        try {
            for (int turn = 0; turn < BATCHES_PER_TURN; turn++) {
                if (!deliverBatch(subscriptionId)) {
                    return;
                }
            }
        } finally {
            inFlight.remove(subscriptionId);
        }
    }

    /** @return true when a full batch went out and more may be waiting */
    private boolean deliverBatch(String id) {
        Optional<Subscription> found = store.find(id);
        if (found.isEmpty() || found.get().status() != SubscriptionStatus.ACTIVE) {
            return false;
        }
        Subscription s = found.get();
        if (s.nextAttemptAt() != null && s.nextAttemptAt().isAfter(Instant.now())) {
            return false;
        }
        Optional<AccessRequest> grant = access.find(s.grantId()).filter(AccessRequest::granted);
        if (grant.isEmpty()) {
            store.setStatus(id, SubscriptionStatus.SUSPENDED);
            return false;
        }
        Optional<ResourceDefinition> resource = directory.find(s.resource());
        if (resource.isEmpty()) {
            return false;
        }
        EventReader.Page page = reader.read(resource.get(), grant.get(), s.divisionPrefix(), s.cursor(), config.delivery().batchSize());
        if (page.lastSeq() == s.cursor()) {
            return false;
        }
        if (page.events().isEmpty()) {
            store.skipped(id, page.lastSeq());
            return page.more();
        }
        DeliveryChannel channel = channels.get(s.channel());
        try {
            channel.deliver(s, page.events());
        } catch (DeliveryChannel.DeliveryException e) {
            int attempts = s.attempts() + 1;
            long first = page.events().get(0).seq();
            if (attempts >= config.delivery().maxAttempts()) {
                store.deadLettered(s, first, page.lastSeq(), page.events().size(), attempts, e.getMessage());
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("subscriptionId", id);
                detail.put("firstSequence", first);
                detail.put("lastSequence", page.lastSeq());
                detail.put("events", page.events().size());
                detail.put("attempts", attempts);
                detail.put("error", e.getMessage());
                audit.record("hub", "delivery.dead-letter", s.resource(), detail);
                return true;
            }
            store.failed(id, attempts, Instant.now().plus(backoff.delay(attempts)), e.getMessage());
            return false;
        }
        store.delivered(id, page.lastSeq(), page.events().size());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("subscriptionId", id);
        detail.put("consumer", s.consumer());
        detail.put("channel", s.channel().name());
        detail.put("firstSequence", page.events().get(0).seq());
        detail.put("lastSequence", page.events().get(page.events().size() - 1).seq());
        detail.put("events", page.events().size());
        detail.put("fields", grant.get().grantedFields());
        audit.recordSoon("hub", "delivery", s.resource(), detail);
        return page.more();
    }
}
