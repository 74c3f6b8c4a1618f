package org.govex.exchange.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Optional;

/** Catalog settings ({@code govex.catalog.*}, environment {@code GOVEX_CATALOG_...}). */
@ConfigMapping(prefix = "govex.catalog")
public interface CatalogConfig {

    /**
     * A remote SPARQL store's dataset URL (e.g. Fuseki {@code http://host:3030/govex}); when absent
     * the catalog lives in the embedded TDB2 directory under the data directory.
     */
    @WithName("sparql-endpoint")
    Optional<String> sparqlEndpoint();

    /** The public base URL, used in exported distribution and paging links. */
    @WithName("base-url")
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** Title of the exported DCAT-AP catalog. */
    @WithName("title-zh")
    @WithDefault("杭州市政务信息资源目录")
    String titleZh();

    @WithName("title-en")
    @WithDefault("Hangzhou government information resource catalog")
    String titleEn();

    /** Provider code of the catalog's publisher (the administration running this node). */
    @WithName("publisher")
    @WithDefault("hz")
    String publisher();

    /** Page size of the DCAT-AP export. */
    @WithName("export-page-size")
    @WithDefault("1000")
    int exportPageSize();

    Sparql sparql();

    Harvest harvest();

    interface Sparql {
        /** Longest a /sparql query may run. */
        @WithDefault("10s")
        Duration timeout();

        /** Most rows (or triples) a /sparql query returns. */
        @WithName("max-results")
        @WithDefault("10000")
        int maxResults();
    }

    interface Harvest {
        /** Largest harvested document. */
        @WithName("max-bytes")
        @WithDefault("20000000")
        long maxBytes();

        /** Connect + read timeout when fetching a catalog by URL. */
        @WithDefault("30s")
        Duration timeout();
    }
}
