package org.govex.exchange.demo;

import org.govex.exchange.resource.CatalogResourceDirectory;
import org.govex.exchange.resource.ResourceDefinition;

/** The demo catalog's resources as the hub sees them, without a running hub. */
public final class DemoResources {

    private DemoResources() {
    }

    /** The demo resource of that code (e.g. {@link DemoCatalog#POPULATION_BASIC}). */
    public static ResourceDefinition definition(String code) {
        return DemoCatalogStep.resources().stream().filter(r -> r.code().equals(code))
                .map(CatalogResourceDirectory::definition).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo resource " + code));
    }
}
