package org.govex.catalog.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.rdf.ResourceMapper;
import org.govex.catalog.service.Viewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-text and faceted search over the current catalog entries, in Lucene with the smartcn
 * analyzer for Chinese (English words are stemmed by the same analyzer). The index is derived
 * data, in memory or in a directory: each commit records the store's change token it reflects,
 * so the service rebuilds it from the store only when it is missing or behind. Each document also
 * stores what the DCAT-AP export needs ({@link StoredEntry}: the entry's own triples as a Turtle
 * block and the fields the export adds from), read through a {@link #snapshot()}.
 */
public final class CatalogIndex implements AutoCloseable {

    public static final List<String> FACETS = List.of("provider", "category", "base", "share", "open", "cycle", "format", "status");
    private static final String[] TEXT_FIELDS = {"title_zh", "title_en", "keywords", "summary", "items"};
    private static final Map<String, Float> BOOSTS = Map.of("title_zh", 4f, "title_en", 3f, "keywords", 3f, "items", 1.5f, "summary", 1f);

    private static final System.Logger LOG = System.getLogger(CatalogIndex.class.getName());
    private static final String TOKEN = "store-token";
    private static final String EXPORT_TURTLE = "export_ttl";
    /** Commit data: what a document holds; an index of another format is rebuilt (format 2: stored export blocks). */
    private static final String FORMAT_KEY = "format";
    private static final String FORMAT = "2";

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final Directory directory;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile ReaderState readerState;
    /** The token of the last commit (read without locking by the export's consistency check). */
    private volatile java.util.Optional<String> token;

    private record ReaderState(IndexReader reader, SortedSetDocValuesReaderState state) { }

    /** An index in memory (empty). */
    public CatalogIndex() {
        this(new ByteBuffersDirectory(), OpenMode.CREATE);
    }

    private CatalogIndex(Directory directory, OpenMode mode) {
        this.directory = directory;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(mode));
            if (mode == OpenMode.CREATE) {
                writer.commit();
            }
            searchers = new SearcherManager(writer, null);
            token = committedToken();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The index kept in a directory (created when absent). An index that cannot be opened (damaged,
     * another Lucene format) is discarded and starts empty; {@link #storeToken()} then tells the
     * caller to rebuild it.
     */
    public static CatalogIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            Directory d = FSDirectory.open(dir);
            try {
                return new CatalogIndex(d, OpenMode.CREATE_OR_APPEND);
            } catch (UncheckedIOException | IllegalArgumentException e) {
                if (e.getCause() instanceof org.apache.lucene.store.LockObtainFailedException) {
                    d.close();
                    throw e;
                }
                LOG.log(System.Logger.Level.WARNING, "search index in " + dir + " is unreadable, starting empty: " + e);
                for (String file : d.listAll()) {
                    if (!file.equals("write.lock")) {
                        d.deleteFile(file);
                    }
                }
                return new CatalogIndex(d, OpenMode.CREATE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
    }

    /** The store's change token this index was last committed with; empty when never (or being rebuilt). */
    public java.util.Optional<String> storeToken() {
        return token;
    }

    private java.util.Optional<String> committedToken() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        Map<String, String> values = new java.util.HashMap<>();
        if (data != null) {
            data.forEach(e -> values.put(e.getKey(), e.getValue()));
        }
        String token = values.getOrDefault(TOKEN, "");
        return token.isEmpty() || !FORMAT.equals(values.get(FORMAT_KEY)) ? java.util.Optional.empty() : java.util.Optional.of(token);
    }

    /** Makes the changes so far durable, recording which state of the store they reflect (null: none yet). */
    public void commit(String storeToken) {
        try {
            writer.setLiveCommitData(Map.of(TOKEN, storeToken == null ? "" : storeToken, FORMAT_KEY, FORMAT).entrySet());
            writer.commit();
            token = committedToken();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces entries, then makes them searchable. */
    public void index(Collection<InformationResource> resources) {
        try {
            for (InformationResource r : resources) {
                writer.updateDocument(new Term("code", r.code()), facetsConfig.build(document(r)));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void index(InformationResource r) {
        index(List.of(r));
    }

    /** Drops every entry, and the recorded store token with the next commit. */
    public void clear() {
        try {
            token = java.util.Optional.empty();
            writer.deleteAll();
            writer.setLiveCommitData(Map.of(TOKEN, "", FORMAT_KEY, FORMAT).entrySet());
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(InformationResource r) {
        Document d = new Document();
        d.add(new StringField("code", r.code(), Field.Store.YES));
        d.add(new SortedDocValuesField("sort_code", new BytesRef(r.code())));
        d.add(new TextField("title_zh", r.titleZh(), Field.Store.YES));
        d.add(new SortedDocValuesField("sort_title", new BytesRef(r.titleZh())));
        if (r.titleEn() != null) {
            d.add(new TextField("title_en", r.titleEn(), Field.Store.YES));
        }
        if (r.summary() != null) {
            d.add(new TextField("summary", r.summary(), Field.Store.NO));
        }
        for (String k : r.keywords()) {
            d.add(new TextField("keywords", k, Field.Store.NO));
        }
        for (DataItem i : r.dataItems()) {
            d.add(new TextField("items", i.nameZh() == null ? i.name() : i.nameZh() + " " + i.name(), Field.Store.NO));
        }
        long modified = r.modified() == null ? 0 : r.modified().toEpochMilli();
        d.add(new NumericDocValuesField("sort_modified", modified));
        d.add(new StoredField("modified", modified));
        d.add(new StoredField("version", r.version()));
        d.add(new IntPoint("version_point", r.version()));
        keyword(d, "provider", r.providerCode());
        keyword(d, "category", r.category());
        if (r.category() != null) {
            // every ancestor prefix, so category=1 finds 101001-...
            for (int len : new int[]{1, 3, 6, 9}) {
                if (r.category().length() >= len) {
                    d.add(new StringField("category_path", r.category().substring(0, len), Field.Store.NO));
                }
            }
        }
        keyword(d, "base", r.baseDatabase().id());
        keyword(d, "share", r.shareType() == null ? null : r.shareType().name());
        keyword(d, "open", r.openType() == null ? null : r.openType().name());
        keyword(d, "cycle", r.updateCycle() == null ? null : r.updateCycle().name());
        keyword(d, "format", r.format());
        keyword(d, "status", r.status().name());
        // what the DCAT-AP export needs besides the fields above: the entry's own triples as a Turtle
        // block (written by the fast export as they are), the record type and the referenced elements
        d.add(new StoredField(EXPORT_TURTLE, ResourceMapper.turtle(r)));
        if (r.recordType() != null) {
            d.add(new StoredField("record_type", r.recordType()));
        }
        r.dataItems().stream().map(DataItem::elementId).filter(java.util.Objects::nonNull).distinct()
                .forEach(e -> d.add(new StoredField("element", e)));
        r.relatedResources().forEach(rel -> d.add(new StoredField("related", rel)));
        return d;
    }

    private static void keyword(Document d, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        d.add(new StringField(field, value, Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(field, value));
    }

    public SearchResult search(SearchQuery q, Viewer viewer) {
        Query query = query(q, viewer);
        int window = Math.min(q.page() * q.size(), SearchQuery.MAX_WINDOW);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                FacetsCollector fc = new FacetsCollector();
                Sort sort = sort(q);
                TopDocs top = sort == null
                        ? FacetsCollector.search(searcher, query, Math.max(window, 1), fc)
                        : FacetsCollector.search(searcher, query, Math.max(window, 1), sort, true, fc);
                List<ResourceSummary> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = (q.page() - 1) * q.size(); i < docs.length && hits.size() < q.size(); i++) {
                    hits.add(summary(searcher.storedFields().document(docs[i].doc), docs[i].score));
                }
                return new SearchResult(top.totalHits.value, q.page(), q.size(), hits, facets(searcher, fc));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Codes of all entries matching the filters (no paging), in code order; only those modified after a time when given. */
    public List<String> codes(SearchQuery q, Viewer viewer, Instant modifiedAfter) {
        Query query = query(q, viewer);
        if (modifiedAfter != null) {
            query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(NumericDocValuesField.newSlowRangeQuery("sort_modified", modifiedAfter.toEpochMilli() + 1, Long.MAX_VALUE),
                            BooleanClause.Occur.FILTER).build();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int n = Math.max(1, searcher.getIndexReader().numDocs());
                TopDocs top = searcher.search(query, n, new Sort(new SortField("sort_code", SortField.Type.STRING)));
                List<String> out = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    out.add(searcher.storedFields().document(sd.doc).get("code"));
                }
                return out;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(SearchQuery q, Viewer viewer) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (q.q() != null && !q.q().isBlank()) {
            b.add(text(q.q().trim()), BooleanClause.Occur.MUST);
        } else {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        filter(b, "provider", q.provider());
        filter(b, "category_path", q.category());
        filter(b, "share", upper(q.share()));
        filter(b, "cycle", upper(q.cycle()));
        filter(b, "base", q.base() == null ? null : q.base().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        filter(b, "open", upper(q.open()));
        filter(b, "format", q.format());
        String status = q.status() == null || q.status().isBlank() ? "PUBLISHED" : upper(q.status());
        if (!"ANY".equals(status)) {
            filter(b, "status", status);
        }
        if (!viewer.admin()) {
            BooleanQuery.Builder visible = new BooleanQuery.Builder();
            visible.add(new TermQuery(new Term("status", "PUBLISHED")), BooleanClause.Occur.SHOULD);
            visible.add(new TermQuery(new Term("status", "WITHDRAWN")), BooleanClause.Occur.SHOULD);
            if (viewer.departmentCode() != null) {
                visible.add(new TermQuery(new Term("provider", viewer.departmentCode())), BooleanClause.Occur.SHOULD);
            }
            b.add(visible.build(), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private Query text(String q) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(TEXT_FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        try {
            any.add(parser.parse(QueryParser.escape(q)), BooleanClause.Occur.SHOULD);
        } catch (ParseException e) {
            // only stop words or punctuation: nothing but the code can match
        }
        any.add(new TermQuery(new Term("code", q)), BooleanClause.Occur.SHOULD);
        return any.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(java.util.Locale.ROOT);
    }

    private static Sort sort(SearchQuery q) {
        String s = q.sort() == null || q.sort().isBlank() ? (q.q() == null || q.q().isBlank() ? "code" : "relevance") : q.sort();
        boolean desc = s.startsWith("-");
        String key = desc ? s.substring(1) : s;
        return switch (key) {
            case "modified" -> new Sort(new SortField("sort_modified", SortField.Type.LONG, desc));
            case "title" -> new Sort(new SortField("sort_title", SortField.Type.STRING, desc));
            case "code" -> new Sort(new SortField("sort_code", SortField.Type.STRING, desc));
            case "relevance" -> null;
            default -> throw new IllegalArgumentException("sort must be relevance, modified, title or code");
        };
    }

    private Map<String, Map<String, Long>> facets(IndexSearcher searcher, FacetsCollector fc) throws IOException {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String dim : FACETS) {
            out.put(dim, new LinkedHashMap<>());
        }
        if (fc.getMatchingDocs().isEmpty() || searcher.getIndexReader().numDocs() == 0) {
            return out;
        }
        SortedSetDocValuesReaderState state = state(searcher.getIndexReader());
        Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
        for (FacetResult r : facets.getAllDims(1000)) {
            Map<String, Long> counts = out.computeIfAbsent(r.dim, k -> new LinkedHashMap<>());
            for (LabelAndValue lv : r.labelValues) {
                counts.put(lv.label, lv.value.longValue());
            }
        }
        return out;
    }

    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        ReaderState rs = readerState;
        if (rs == null || rs.reader() != reader) {
            synchronized (this) {
                rs = readerState;
                if (rs == null || rs.reader() != reader) {
                    rs = new ReaderState(reader, new DefaultSortedSetDocValuesReaderState(reader, facetsConfig));
                    readerState = rs;
                }
            }
        }
        return rs.state();
    }

    private static ResourceSummary summary(Document d, float score) {
        long modified = d.getField("modified").numericValue().longValue();
        return new ResourceSummary(d.get("code"), d.get("title_zh"), d.get("title_en"), d.get("provider"),
                d.get("category"), d.get("base"), d.get("share"), d.get("cycle"), d.get("status"),
                modified == 0 ? null : Instant.ofEpochMilli(modified),
                d.getField("version").numericValue().intValue(), Float.isNaN(score) ? 0f : score);
    }

    /**
     * A point-in-time view of the index for reading many entries' stored fields in turn (the
     * export); it sees no change made after it was taken. Close it to release the view. Not
     * for use by more than one thread.
     */
    public Snapshot snapshot() {
        try {
            return new Snapshot(searchers.acquire());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** See {@link #snapshot()}. */
    public final class Snapshot implements AutoCloseable {
        private final IndexSearcher searcher;
        private final org.apache.lucene.index.StoredFields stored;

        private Snapshot(IndexSearcher searcher) throws IOException {
            this.searcher = searcher;
            this.stored = searcher.storedFields();
        }

        /** The stored fields of an entry, if indexed. */
        public java.util.Optional<StoredEntry> entry(String code) {
            try {
                TopDocs top = searcher.search(new TermQuery(new Term("code", code)), 1);
                if (top.scoreDocs.length == 0) {
                    return java.util.Optional.empty();
                }
                Document d = stored.document(top.scoreDocs[0].doc);
                long modified = d.getField("modified").numericValue().longValue();
                return java.util.Optional.of(new StoredEntry(d.get("code"), d.get("title_zh"), d.get("status"),
                        modified == 0 ? null : Instant.ofEpochMilli(modified), d.get("provider"), d.get("category"), d.get("base"),
                        d.get("share"), d.get("cycle"), d.get("format"), d.get("record_type"), List.of(d.getValues("element")),
                        List.of(d.getValues("related")), d.getBinaryValue(EXPORT_TURTLE)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
