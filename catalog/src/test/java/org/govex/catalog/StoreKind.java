package org.govex.catalog;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.govex.catalog.model.Provider;
import org.govex.catalog.service.CatalogService;
import org.govex.catalog.service.ElementDirectory;
import org.govex.catalog.store.CatalogStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * The two stores every catalog library test runs against: an embedded TDB2 directory, and a real
 * Apache Jena Fuseki server started in this JVM, reached over HTTP through RDFConnection.
 * Each is created once per JVM; tests use unique codes so they do not depend on a clean store.
 */
public enum StoreKind {
    TDB2, FUSEKI;

    private static FusekiServer fuseki;
    private CatalogService service;

    /** Elements known in the library tests: the person and legal-entity fields used below. */
    public static final ElementDirectory ELEMENTS = new ElementDirectory() {
        @Override
        public boolean exists(String id) {
            return id != null && (id.startsWith("person.") || id.startsWith("legal-entity.") || id.startsWith("place.")
                    || id.startsWith("indicator."));
        }

        @Override
        public Optional<String> nameZh(String id) {
            return Optional.empty();
        }
    };

    public synchronized CatalogService service() {
        if (service == null) {
            service = newService();
        }
        return service;
    }

    /** A service of its own (a node): on a new TDB2 directory, or on the one Fuseki every test shares; the providers registered. */
    public CatalogService newService() {
        CatalogService node = new CatalogService(store(), ELEMENTS);
        node.registerProvider(new Provider("zj", "浙江省人民政府", "Zhejiang Provincial Government", null, "330000", Provider.Level.PROVINCE));
        node.registerProvider(new Provider("hz", "杭州市人民政府", "Hangzhou Municipal Government", "zj", "330100", Provider.Level.CITY));
        node.registerProvider(new Provider("hz-gaj", "杭州市公安局", "Hangzhou Public Security Bureau", "hz", "330100", Provider.Level.DEPARTMENT));
        node.registerProvider(new Provider("hz-mzj", "杭州市民政局", "Hangzhou Civil Affairs Bureau", "hz", "330100", Provider.Level.DEPARTMENT));
        node.registerProvider(new Provider("hz-scjgj", "杭州市市场监督管理局", null, "hz", "330100", Provider.Level.DEPARTMENT));
        return node;
    }

    public CatalogStore store() {
        return switch (this) {
            case TDB2 -> {
                try {
                    yield CatalogStore.tdb2(Files.createTempDirectory("govex-tdb2-"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case FUSEKI -> CatalogStore.remote(fusekiUrl());
        };
    }

    public static synchronized String fusekiUrl() {
        if (fuseki == null) {
            fuseki = FusekiServer.create().port(0).loopback(true).numServerThreads(4, 32)
                    .add("/ds", DatasetGraphFactory.createTxnMem()).build().start();
        }
        return "http://localhost:" + fuseki.getPort() + "/ds";
    }
}
