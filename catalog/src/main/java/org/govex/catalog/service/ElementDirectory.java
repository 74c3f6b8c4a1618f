package org.govex.catalog.service;

import java.util.Optional;

/**
 * What the catalog needs to know about data elements (the registry lives in {@code schemas}):
 * whether an element id exists, and its name. The hub binds this to the data-element registry.
 */
public interface ElementDirectory {

    boolean exists(String elementId);

    Optional<String> nameZh(String elementId);

    /** Accepts any element id (for tests and harvesting foreign catalogs). */
    static ElementDirectory any() {
        return new ElementDirectory() {
            @Override
            public boolean exists(String elementId) {
                return elementId != null && !elementId.isBlank();
            }

            @Override
            public Optional<String> nameZh(String elementId) {
                return Optional.empty();
            }
        };
    }
}
