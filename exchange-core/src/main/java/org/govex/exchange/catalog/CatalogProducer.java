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
import org.jboss.logging.Logger;

/**
 * The catalog's store and service: the embedded TDB2 dataset by default, a remote SPARQL store
 * (Fuseki) when {@code govex.catalog.sparql-endpoint} is set.
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
    CatalogService service(CatalogStore store, ElementDirectory elements) {
        service = new CatalogService(store, elements);
        return service;
    }

    @Produces
    @Singleton
    ElementDirectory elements() {
        return ElementDirectory.any();
    }

    void close(@Observes ShutdownEvent event) {
        if (service != null) {
            service.close();
        }
    }
}
