package org.govex.catalog.planning.analysis;

/** What the catalog does for a data class (or, for {@link #ORPHAN}, a resource). */
public enum CoverageStatus {
    /** Used, but no published resource provides it. */
    GAP,
    /** Provided only by NONE-shared resources while departments other than the provider use it. */
    NOT_SHARED,
    /** Created by more than one department (一数一源 violated). */
    DUPLICATE_SOURCE,
    /** Provided by a shared, published resource and created by one department. */
    COVERED,
    /** No process creates or uses it. */
    UNUSED,
    /** A published resource that no process uses and no subscription consumes. */
    ORPHAN
}
