package org.govex.catalog.planning.facts;

import java.time.Instant;

/**
 * A pending access request: who asked ({@code requesterCode}) which provider for which resource,
 * when, and by when the provider must decide ({@code dueAt}; {@code null}: the planning default).
 */
public record AccessRequestFact(String id, String resourceCode, String providerCode, String requesterCode,
                                Instant requestedAt, Instant dueAt) {
}
