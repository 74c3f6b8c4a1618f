package org.govex.exchange.resource;

import java.time.Instant;
import java.util.Optional;

/**
 * The hub's view of the catalog: the resources records are published to, and the facts the hub
 * observes about them, reported back (last record time, record count, subscriber count).
 */
public interface ResourceDirectory {

    Optional<ResourceDefinition> find(String code);

    void reportObservation(String code, Observation observation);

    /** What the exchange observed about a resource. */
    record Observation(Instant lastRecordAt, long recordCount, long subscriberCount) {
    }
}
