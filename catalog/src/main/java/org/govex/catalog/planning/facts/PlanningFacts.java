package org.govex.catalog.planning.facts;

import java.util.List;

/**
 * What the planning analyses need to know about the catalog and the exchange. The catalog module
 * cannot see the hub, so the hub implements this over its real services.
 */
public interface PlanningFacts {

    /** The published resources of the catalog, with what the exchange observed about them. */
    List<ResourceFact> publishedResources();

    /** Access requests still waiting for the provider's decision. */
    List<AccessRequestFact> pendingAccessRequests();

    /** Conflicting values the exchange saw from two or more departments for one base record (一数一源). */
    List<ConflictFact> conflicts();

    /** The catalog version the facts were read at (a revision, an ETag or a timestamp). */
    String catalogVersion();

    /** No catalog, no exchange: every data class is a gap. */
    PlanningFacts NONE = new PlanningFacts() {
        @Override
        public List<ResourceFact> publishedResources() {
            return List.of();
        }

        @Override
        public List<AccessRequestFact> pendingAccessRequests() {
            return List.of();
        }

        @Override
        public List<ConflictFact> conflicts() {
            return List.of();
        }

        @Override
        public String catalogVersion() {
            return "none";
        }
    };
}
