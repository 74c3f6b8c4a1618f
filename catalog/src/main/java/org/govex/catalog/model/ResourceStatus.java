package org.govex.catalog.model;

/** Lifecycle of a catalog entry: draft → published → withdrawn. Withdrawing never deletes. */
public enum ResourceStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
