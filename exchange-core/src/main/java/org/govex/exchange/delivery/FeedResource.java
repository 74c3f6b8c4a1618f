package org.govex.exchange.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.buffer.Buffer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.govex.exchange.access.AccessRequest;
import org.govex.exchange.access.AccessService;
import org.govex.exchange.audit.AuditTrail;
import org.govex.exchange.journal.Journal;
import org.govex.exchange.journal.JournalSignal;
import org.govex.exchange.publish.ResourceGate;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.exchange.security.CurrentPrincipal;
import org.govex.exchange.security.GovexPrincipal;
import org.govex.exchange.security.Role;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.Violation;
import io.smallrye.common.annotation.Blocking;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pull feed with long poll: {@code GET /api/v1/exchange/resources/{code}/feed?after=&limit=&wait=}.
 * Without records after {@code after}, the answer waits up to {@code wait} (e.g. {@code 30s},
 * at most 60 s) for the next publish. If the consumer has a FEED subscription on the resource,
 * its division filter applies and reading with {@code after=N} acknowledges up to N.
 */
@Path("/api/v1/exchange/resources/{code}/feed")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private static final long MAX_WAIT_MS = 60_000;

    private final ResourceGate resources;
    private final AccessService access;
    private final EventReader reader;
    private final JournalSignal signal;
    private final Journal journal;
    private final SubscriptionStore subscriptions;
    private final AuditTrail audit;
    private final CurrentPrincipal principal;
    private final ObjectMapper json;

    public FeedResource(ResourceGate resources, AccessService access, EventReader reader, JournalSignal signal, Journal journal,
                        SubscriptionStore subscriptions, AuditTrail audit, CurrentPrincipal principal, ObjectMapper json) {
        this.resources = resources;
        this.access = access;
        this.reader = reader;
        this.signal = signal;
        this.journal = journal;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.principal = principal;
        this.json = json;
    }

    @GET
    @Blocking
    @RolesAllowed({Role.CONSUMER_ROLE, Role.ADMIN_ROLE})
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedPage.class)))
    public Uni<Buffer> feed(@PathParam("code") String code, @QueryParam("after") @DefaultValue("0") long after,
                              @QueryParam("limit") @DefaultValue("100") int limit, @QueryParam("wait") String wait) {
        GovexPrincipal p = principal.get();
        ResourceDefinition resource = resources.existing(code);
        AccessRequest grant = access.activeGrant(p.id(), code).orElseThrow(() -> GovexException.forbidden(
                "'" + p.id() + "' holds no grant on " + code));
        int n = Math.max(1, Math.min(limit, 1000));
        long waitMs = parseWait(wait);
        Optional<Subscription> sub = subscriptions.forConsumer(p.id()).stream()
                .filter(s -> s.resource().equals(code) && s.channel() == ChannelType.FEED && s.status() == SubscriptionStatus.ACTIVE)
                .findFirst();
        String prefix = sub.map(Subscription::divisionPrefix).orElse(null);
        // listen before reading: a commit between the read and the listening would otherwise
        // leave the reader waiting for the next publish or the timeout
        java.util.concurrent.CompletableFuture<Void> wake = waitMs == 0 ? null : signal.next(code, waitMs);
        FeedPage page = page(resource, grant, prefix, after, n, p, sub);
        if (!page.events().isEmpty() || wake == null) {
            if (wake != null) {
                wake.complete(null);
            }
            return Uni.createFrom().item(page.body(json));
        }
        return Uni.createFrom().completionStage(wake)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(x -> page(resource, grant, prefix, after, n, p, sub).body(json));
    }

    private FeedPage page(ResourceDefinition resource, AccessRequest grant, String prefix, long after, int limit,
                          GovexPrincipal p, Optional<Subscription> sub) {
        long cursor = after;
        List<DeliveryEvent> events = List.of();
        EventReader.Page page;
        // skip over records the filter drops, a few pages at most
        int rounds = 0;
        do {
            page = reader.read(resource, grant, prefix, cursor, limit);
            cursor = page.lastSeq();
            if (!page.events().isEmpty()) {
                events = page.events();
                break;
            }
        } while (page.more() && ++rounds < 10);
        int delivered = events.size();
        sub.ifPresent(s -> subscriptions.feedCursor(s.id(), Math.max(s.cursor(), after), delivered));
        if (!events.isEmpty()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("consumer", p.id());
            detail.put("channel", "FEED");
            detail.put("firstSequence", page.events().get(0).seq());
            detail.put("lastSequence", page.events().get(page.events().size() - 1).seq());
            detail.put("events", events.size());
            detail.put("fields", grant.grantedFields());
            audit.recordSoon("hub", "delivery", resource.code(), detail);
        }
        return new FeedPage(resource.code(), after, cursor, journal.headOf(resource.code()), events);
    }

    private static long parseWait(String wait) {
        if (wait == null || wait.isBlank()) {
            return 0;
        }
        String w = wait.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            long ms;
            if (w.startsWith("pt")) {
                ms = Duration.parse(w.toUpperCase(java.util.Locale.ROOT)).toMillis();
            } else if (w.endsWith("ms")) {
                ms = Long.parseLong(w.substring(0, w.length() - 2));
            } else if (w.endsWith("s")) {
                ms = Long.parseLong(w.substring(0, w.length() - 1)) * 1000;
            } else {
                ms = Long.parseLong(w) * 1000;
            }
            return Math.max(0, Math.min(ms, MAX_WAIT_MS));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw GovexException.invalid("wait is a duration like 30s, 500ms or PT30S", List.of(new Violation("wait", "duration", wait)));
        }
    }

}
