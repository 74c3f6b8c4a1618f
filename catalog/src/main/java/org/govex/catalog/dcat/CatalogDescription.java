package org.govex.catalog.dcat;

/**
 * How this node describes its catalog in the export: base URL (for links), titles and the
 * provider code of the administration publishing it.
 */
public record CatalogDescription(String baseUrl, String titleZh, String titleEn, String publisherCode) {

    public String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
