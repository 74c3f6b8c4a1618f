package org.govex.catalog.vocab;

/**
 * The named graphs of the catalog store. Each resource's current description lives in its own
 * graph; superseded versions are archived, unchanged, in per-version graphs.
 */
public final class CatalogGraphs {

    public static final String BASE = "https://govex.org/graph/";
    public static final String SCHEME = BASE + "scheme";
    public static final String PROVIDERS = BASE + "providers";
    public static final String OBSERVATIONS = BASE + "observations";
    /** Bookkeeping: the change token the search index is compared with. */
    public static final String META = BASE + "meta";
    public static final String RESOURCE_PREFIX = BASE + "resource/";
    public static final String VERSION_PREFIX = BASE + "version/";

    private CatalogGraphs() {
    }

    public static String current(String code) {
        return RESOURCE_PREFIX + code;
    }

    public static String version(String code, int version) {
        return VERSION_PREFIX + code + "/" + version;
    }
}
