package org.govex.catalog.planning.model;

/** How a loaded model meets the stored one. */
public enum LoadMode {
    /** The stored model is dropped and the loaded one takes its place. */
    REPLACE,
    /**
     * Entities are matched by code: loaded ones overwrite stored ones, others stay. A loaded U/C
     * cell overwrites the stored cell of the same process × data class; mappings are added.
     */
    MERGE
}
