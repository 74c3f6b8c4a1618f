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
    /** Subscriptions woken while a turn was working them: worked again right after that turn. */
    private final Set<String> wokenInTurn = ConcurrentHashMap.newKeySet();
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
                    if (s.channel().pushed() && s.nextAttemptAt() == null) {
                        // noted first, checked after: a turn ending meanwhile either sees the note or is no longer in flight
                        wokenInTurn.add(s.id());
                        if (!inFlight.contains(s.id())) {
                            // the seda queue takes it and returns (or drops it when full: the next tick
                            // delivers); asyncSendBody handed each to a ProducerTemplate pool thread,
                            // and under load that cached pool grew past a thousand threads
                            t.sendBody(config.routes().deliveryWork(), s.id());
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("delivery wake-up skipped", e);
        }
    }

    /**
     * Works one subscription: up to {@value #BATCHES_PER_TURN} batches, stopping at the first
     * failure. Progress is kept in memory during the turn and written once at its end (one commit
     * per turn, not per batch): a crash in between redelivers those batches, which at-least-once
     * allows. A cursor moved by someone else meanwhile (a replay) wins: the turn stops and leaves it.
     */
    public void deliver(String subscriptionId) {
        if (!inFlight.add(subscriptionId)) {
            return;
        }
        Turn turn = null;
        try {
            for (int n = 0; n < BATCHES_PER_TURN; n++) {
                wokenInTurn.remove(subscriptionId); // this batch reads whatever the wake-up announced
                Optional<Subscription> found = store.find(subscriptionId);
                if (found.isEmpty() || found.get().status() != SubscriptionStatus.ACTIVE) {
                    return;
                }
                if (turn == null) {
                    turn = new Turn(found.get().cursor());
                } else if (found.get().cursor() != turn.persisted) {
                    turn = null; // rewound (replay) or moved elsewhere: leave it as it is now
                    return;
                }
                if (!deliverBatch(found.get(), turn)) {
                    return;
                }
            }
        } finally {
            if (turn != null && turn.delivered > 0) {
                store.delivered(subscriptionId, turn.persisted, turn.cursor, turn.delivered);
            }
            inFlight.remove(subscriptionId);
            if (wokenInTurn.contains(subscriptionId)) {
                // records committed during the turn's last read: not left for the next tick
                rewake(subscriptionId);
            }
        }
    }

    private void rewake(String subscriptionId) {
        try {
            template.get().sendBody(config.routes().deliveryWork(), subscriptionId);
        } catch (RuntimeException e) {
            LOG.debug("delivery re-wake skipped; the next tick delivers", e);
        }
    }

    /** A turn's progress: the cursor as stored when it began, how far it got, events delivered. */
    private static final class Turn {
        long persisted;
        long cursor;
        int delivered;

        Turn(long persisted) {
            this.persisted = persisted;
            this.cursor = persisted;
        }
    }

    /** @return true when a full batch went out and more may be waiting */
    private boolean deliverBatch(Subscription stored, Turn turn) {
        String id = stored.id();
        if (stored.nextAttemptAt() != null && stored.nextAttemptAt().isAfter(Instant.now())) {
            return false;
        }
        Optional<AccessRequest> grant = access.find(stored.grantId()).filter(AccessRequest::granted);
        if (grant.isEmpty()) {
            store.setStatus(id, SubscriptionStatus.SUSPENDED);
            return false;
        }
        Optional<ResourceDefinition> resource = directory.find(stored.resource());
        if (resource.isEmpty()) {
            return false;
        }
        EventReader.Page page = reader.read(resource.get(), grant.get(), stored.divisionPrefix(), turn.cursor,
                config.delivery().batchSize());
        if (page.lastSeq() == turn.cursor) {
            return false;
        }
        if (page.events().isEmpty()) {
            // all filtered out: nothing to deliver up to there
            turn.cursor = page.lastSeq();
            if (turn.delivered == 0) {
                store.skipped(id, page.lastSeq());
                turn.persisted = page.lastSeq();
            }
            return page.more();
        }
        DeliveryChannel channel = channels.get(stored.channel());
        try {
            channel.deliver(stored, page.events());
        } catch (DeliveryChannel.DeliveryException e) {
            if (turn.delivered > 0) {
                // what went out before the failure is kept first
                store.delivered(id, turn.persisted, turn.cursor, turn.delivered);
                turn.delivered = 0;
            }
            int attempts = stored.attempts() + 1;
            long first = page.events().get(0).seq();
            if (attempts >= config.delivery().maxAttempts()) {
                store.deadLettered(stored, first, page.lastSeq(), page.events().size(), attempts, e.getMessage());
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("subscriptionId", id);
                detail.put("firstSequence", first);
                detail.put("lastSequence", page.lastSeq());
                detail.put("events", page.events().size());
                detail.put("attempts", attempts);
                detail.put("error", e.getMessage());
                audit.record("hub", "delivery.dead-letter", stored.resource(), detail);
                return false;
            }
            store.failed(id, attempts, Instant.now().plus(backoff.delay(attempts)), e.getMessage());
            return false;
        }
        turn.cursor = page.lastSeq();
        turn.delivered += page.events().size();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("subscriptionId", id);
        detail.put("consumer", stored.consumer());
        detail.put("channel", stored.channel().name());
        detail.put("firstSequence", page.events().get(0).seq());
        detail.put("lastSequence", page.events().get(page.events().size() - 1).seq());
        detail.put("events", page.events().size());
        detail.put("fields", grant.get().grantedFields());
        audit.recordSoon("hub", "delivery", stored.resource(), detail);
        return page.more();
    }
}
