package org.govex.exchange.catalog;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.jena.query.Dataset;
import org.govex.catalog.service.CatalogService;
import org.govex.catalog.service.ElementDirectory;
import org.govex.catalog.store.CatalogStore;
import org.govex.exchange.config.GovexConfig;
import org.govex.schemas.element.DataElementRegistry;
import org.jboss.logging.Logger;

/**
 * The catalog's store and service: the embedded TDB2 dataset by default, a remote SPARQL store
 * (Fuseki) when {@code govex.catalog.sparql-endpoint} is set. Data items are checked against the
 * schemas module's data-element registry. The search index lives in {@code <data dir>/catalog-index}
 * and is rebuilt at start only when it is missing or behind the store.
 */
@ApplicationScoped
public class CatalogProducer {

    private static final Logger LOG = Logger.getLogger(CatalogProducer.class);
    private CatalogService service;

    @Produces
    @Singleton
    CatalogStore store(CatalogConfig config, Dataset tdb2) {
        CatalogStore store = config.sparqlEndpoint()
                .map(CatalogStore::remote)
                .orElseGet(() -> CatalogStore.local(tdb2));
        LOG.infof("catalog store: %s", store.description());
        return store;
    }

    @Produces
    @Singleton
    CatalogService service(CatalogStore store, ElementDirectory elements, GovexConfig govex) {
        long t0 = System.nanoTime();
        java.nio.file.Path indexDir = govex.dataDir().resolve("catalog-index");
        service = new CatalogService(store, elements, java.time.Clock.systemUTC(), indexDir);
        LOG.infof("catalog search index %s: %s, %d entries, %d ms", indexDir,
                service.indexRebuiltAtOpen() ? "rebuilt from the store" : "reopened", service.indexedCount(),
                (System.nanoTime() - t0) / 1_000_000);
        return service;
    }

    @Produces
    @Singleton
    ElementDirectory elements() {
        DataElementRegistry registry = DataElementRegistry.standard();
        return new ElementDirectory() {
            @Override
            public boolean exists(String elementId) {
                return elementId != null && registry.byId(elementId).isPresent();
            }

            @Override
            public java.util.Optional<String> nameZh(String elementId) {
                return registry.byId(elementId).map(e -> e.nameZh());
            }
        };
    }

    void close(@Observes ShutdownEvent event) {
        if (service != null) {
            service.close();
        }
    }
}
