package org.govex.exchange.resource;

/** Where a resource is in its catalog life: only PUBLISHED resources take records and requests. */
public enum ResourceState {
    DRAFT, PUBLISHED, WITHDRAWN
}
