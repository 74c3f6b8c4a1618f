package org.govex.catalog.rdf;

import org.govex.catalog.vocab.GOVEX;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The IRIs the catalog mints for its own things. */
public final class CatalogIris {

    private CatalogIris() {
    }

    public static String resource(String code) {
        return GOVEX.RESOURCE_ID + encode(code);
    }

    public static String version(String code, int version) {
        return resource(code) + "/v/" + version;
    }

    public static String item(String code, String itemName) {
        return resource(code) + "/item/" + encode(itemName);
    }

    public static String distribution(String code, String kind) {
        return resource(code) + "/distribution/" + kind;
    }

    public static String provider(String code) {
        return GOVEX.PROVIDER_ID + encode(code);
    }

    public static String element(String elementId) {
        return GOVEX.ELEMENT_ID + encode(elementId);
    }

    public static String category(String code) {
        return GOVEX.CATEGORY_ID + encode(code);
    }

    public static String baseDatabase(String id) {
        return GOVEX.BASE_DATABASE_ID + id;
    }

    public static String schema(String recordType) {
        return "https://govex.org/id/schema/" + encode(recordType);
    }

    /** The local part after a known prefix, or null. */
    public static String localAfter(String iri, String prefix) {
        if (iri == null || !iri.startsWith(prefix)) {
            return null;
        }
        return java.net.URLDecoder.decode(iri.substring(prefix.length()), StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
