package org.govex.catalog.search;

/**
 * A catalog search: free text plus facet filters (null = any), paging (page from 1) and sort
 * ({@code relevance}, {@code modified}, {@code title}, {@code code}; prefix {@code -} for descending).
 * {@code category} matches the category and everything under it; {@code status} null means
 * published entries only.
 */
public record SearchQuery(String q, String provider, String category, String share, String cycle, String base,
                          String open, String format, String status, String sort, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;

    public SearchQuery {
        page = Math.max(1, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static SearchQuery text(String q) {
        return new SearchQuery(q, null, null, null, null, null, null, null, null, null, 1, 20);
    }

    public SearchQuery withPage(int p, int s) {
        return new SearchQuery(q, provider, category, share, cycle, base, open, format, status, sort, p, s);
    }

    public SearchQuery withProvider(String p) {
        return new SearchQuery(q, p, category, share, cycle, base, open, format, status, sort, page, size);
    }

    public SearchQuery withStatus(String s) {
        return new SearchQuery(q, provider, category, share, cycle, base, open, format, s, sort, page, size);
    }

    public SearchQuery withBase(String b) {
        return new SearchQuery(q, provider, category, share, cycle, b, open, format, status, sort, page, size);
    }

    public SearchQuery withShare(String s) {
        return new SearchQuery(q, provider, category, s, cycle, base, open, format, status, sort, page, size);
    }

    public SearchQuery withCategory(String c) {
        return new SearchQuery(q, provider, c, share, cycle, base, open, format, status, sort, page, size);
    }

    public SearchQuery withSort(String s) {
        return new SearchQuery(q, provider, category, share, cycle, base, open, format, status, s, page, size);
    }
}
