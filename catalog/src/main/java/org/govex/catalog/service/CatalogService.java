package org.govex.catalog.service;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.FieldChange;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.Provider;
import org.govex.catalog.model.ResourceDiff;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.model.ResourceVersion;
import org.govex.catalog.provider.ProviderRegistry;
import org.govex.catalog.rdf.CatalogIris;
import org.govex.catalog.rdf.ResourceMapper;
import org.govex.catalog.rdf.Sparql;
import org.govex.catalog.scheme.CategoryScheme;
import org.govex.catalog.search.CatalogIndex;
import org.govex.catalog.search.SearchQuery;
import org.govex.catalog.search.SearchResult;
import org.govex.catalog.shacl.CatalogShapes;
import org.govex.catalog.store.CatalogStore;
import org.govex.catalog.vocab.CatalogGraphs;
import org.govex.catalog.vocab.GOVEX;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.error.Violation;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The information-resource catalog: registers, versions, publishes, withdraws and finds entries.
 * Plain Java over a {@link CatalogStore}; every change is validated with SHACL, written as one
 * atomic update (the superseded version archived in its own graph) and reflected in the search
 * index. Authorization is the caller's business (the hub checks departments).
 */
public class CatalogService implements AutoCloseable {

    /** Fields that do not make a new version when they alone differ. */
    private static final Set<String> NOT_VERSIONED = Set.of("version", "modified", "status", "issued",
            "lastRecordAt", "recordCount", "subscriberCount");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int BATCH = 500;

    private final CatalogStore store;
    private final ElementDirectory elements;
    private final Clock clock;
    private final CategoryScheme scheme;
    private final ProviderRegistry providers;
    private final CatalogIndex index;
    private final boolean indexRebuiltAtOpen;

    /** A service with its search index in memory (built from the store now). */
    public CatalogService(CatalogStore store, ElementDirectory elements) {
        this(store, elements, Clock.systemUTC());
    }

    public CatalogService(CatalogStore store, ElementDirectory elements, Clock clock) {
        this(store, elements, clock, null);
    }

    /**
     * A service whose search index is kept in {@code indexDir} (null: in memory). The index is
     * rebuilt from the store only when it is missing, unreadable or behind the store (its recorded
     * change token differs from the store's, e.g. after a crash between the store's commit and the
     * index's, or a change made by another node).
     */
    public CatalogService(CatalogStore store, ElementDirectory elements, Clock clock, java.nio.file.Path indexDir) {
        this.store = store;
        this.elements = elements;
        this.clock = clock;
        this.scheme = new CategoryScheme(store);
        this.providers = new ProviderRegistry(store);
        this.index = indexDir == null ? new CatalogIndex() : CatalogIndex.open(indexDir);
        Optional<String> stored = storeToken();
        this.indexRebuiltAtOpen = stored.isEmpty() || !stored.equals(index.storeToken());
        if (indexRebuiltAtOpen) {
            reindex();
        }
    }

    public CatalogStore store() {
        return store;
    }

    public CategoryScheme scheme() {
        return scheme;
    }

    public ProviderRegistry providers() {
        return providers;
    }

    public ElementDirectory elements() {
        return elements;
    }

    public Provider registerProvider(Provider p) {
        return providers.put(p);
    }

    // ------------------------------------------------------------------ reading

    /** The current state of an entry (any status) with the figures the exchange observed. */
    public Optional<InformationResource> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String res = CatalogIris.resource(code);
        Model m = store.construct("CONSTRUCT { ?s ?p ?o } WHERE { { GRAPH <" + CatalogGraphs.current(code) + "> { ?s ?p ?o } }"
                + " UNION { GRAPH <" + CatalogGraphs.OBSERVATIONS + "> { ?s ?p ?o FILTER(?s = <" + res + ">) } } }");
        return ResourceMapper.readSingle(m);
    }

    public InformationResource get(String code) {
        return find(code).orElseThrow(() -> GovexException.notFound("No information resource '" + code + "'"));
    }

    /** Faceted full-text search over current entries, with visibility for the viewer. */
    public SearchResult search(SearchQuery query, Viewer viewer) {
        try {
            return index.search(query, viewer);
        } catch (IllegalArgumentException e) {
            throw GovexException.invalid(e.getMessage(), List.of(new Violation("sort", "SearchQuery.sort", e.getMessage())));
        }
    }

    /** Full entries matching the filters (all pages), in code order. */
    public List<InformationResource> list(SearchQuery query, Viewer viewer) {
        return load(codes(query, viewer));
    }

    /** Codes of the entries matching the filters (all pages), in code order, from the index alone. */
    public List<String> codes(SearchQuery query, Viewer viewer) {
        return index.codes(query, viewer, null);
    }

    /** As {@link #codes(SearchQuery, Viewer)}, only entries modified after a time (none: all). */
    public List<String> codes(SearchQuery query, Viewer viewer, Instant modifiedAfter) {
        return index.codes(query, viewer, modifiedAfter);
    }

    /** Every current entry, any status. */
    public List<InformationResource> all() {
        return load(allCodes());
    }

    public List<String> allCodes() {
        return store.select(Sparql.PREFIXES + "SELECT ?code WHERE { GRAPH ?g { ?s a govex:InformationResource ; dct:identifier ?code } "
                + "FILTER(STRSTARTS(STR(?g), \"" + CatalogGraphs.RESOURCE_PREFIX + "\")) } ORDER BY ?code", rs -> {
            List<String> out = new ArrayList<>();
            rs.forEachRemaining(s -> out.add(s.getLiteral("code").getString()));
            return out;
        });
    }

    /** Published entries that are the authoritative source (一数一源) of a data element. */
    public List<InformationResource> authoritativeSources(String elementId) {
        return list(new SearchQuery(null, null, null, null, null, null, null, null, "PUBLISHED", null, 1, 20), Viewer.ADMIN)
                .stream().filter(r -> r.authoritativeElements().contains(elementId)).toList();
    }

    /**
     * Loads entries by code, in the order given (unknown codes left out): on the embedded store
     * straight from each entry's graph, on a remote store in batches of one query each.
     */
    public List<InformationResource> load(List<String> codes) {
        if (store.localDataset() != null) {
            return store.read(c -> loadLocal(store.localDataset().asDatasetGraph(), codes));
        }
        List<InformationResource> out = new ArrayList<>(codes.size());
        for (int i = 0; i < codes.size(); i += BATCH) {
            List<String> batch = codes.subList(i, Math.min(codes.size(), i + BATCH));
            StringBuilder values = new StringBuilder();
            StringBuilder subjects = new StringBuilder();
            for (String c : batch) {
                values.append('<').append(CatalogGraphs.current(c)).append("> ");
                subjects.append('<').append(CatalogIris.resource(c)).append("> ");
            }
            Model m = store.construct("CONSTRUCT { ?s ?p ?o } WHERE { { VALUES ?g { " + values + "} GRAPH ?g { ?s ?p ?o } } UNION "
                    + "{ VALUES ?s { " + subjects + "} GRAPH <" + CatalogGraphs.OBSERVATIONS + "> { ?s ?p ?o } } }");
            Map<String, InformationResource> byCode = new LinkedHashMap<>();
            m.listSubjectsWithProperty(RDF.type, GOVEX.InformationResource).forEachRemaining(s -> {
                InformationResource r = ResourceMapper.read(s);
                byCode.put(r.code(), r);
            });
            for (String c : batch) {
                InformationResource r = byCode.get(c);
                if (r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static List<InformationResource> loadLocal(DatasetGraph dsg, List<String> codes) {
        Node observations = NodeFactory.createURI(CatalogGraphs.OBSERVATIONS);
        List<InformationResource> out = new ArrayList<>(codes.size());
        for (String code : codes) {
            Graph g = GraphMemFactory.createDefaultGraph();
            dsg.find(NodeFactory.createURI(CatalogGraphs.current(code)), Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> g.add(q.asTriple()));
            Model m = ModelFactory.createModelForGraph(g);
            var subjects = m.listSubjectsWithProperty(RDF.type, GOVEX.InformationResource);
            if (subjects.hasNext()) {
                Resource s = subjects.next();
                dsg.find(observations, s.asNode(), Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
                out.add(ResourceMapper.read(s));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ history

    public List<ResourceVersion> history(String code) {
        get(code);
        return store.select(Sparql.PREFIXES + """
                SELECT ?v ?status ?modified ?by ?note WHERE {
                  GRAPH ?g { ?s dct:identifier %s ; govex:versionNumber ?v ; govex:status ?status .
                    OPTIONAL { ?s dct:modified ?modified } OPTIONAL { ?s govex:changedBy ?by } OPTIONAL { ?s govex:changeNote ?note } }
                  FILTER(?g = <%s> || STRSTARTS(STR(?g), "%s"))
                } ORDER BY ?v""".formatted(Sparql.literal(code), CatalogGraphs.current(code),
                CatalogGraphs.VERSION_PREFIX + code + "/"), rs -> {
            List<ResourceVersion> out = new ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(new ResourceVersion(code, s.getLiteral("v").getInt(),
                        ResourceStatus.valueOf(s.getLiteral("status").getString()),
                        s.contains("modified") ? Instant.parse(s.getLiteral("modified").getLexicalForm()) : null,
                        s.contains("by") ? s.getLiteral("by").getString() : null,
                        s.contains("note") ? s.getLiteral("note").getString() : null));
            }
            return out;
        });
    }

    /** A past (or the current) version of an entry. */
    public InformationResource version(String code, int version) {
        InformationResource current = get(code);
        if (version == current.version()) {
            return current;
        }
        return ResourceMapper.readSingle(store.graph(CatalogGraphs.version(code, version)))
                .orElseThrow(() -> GovexException.notFound("Information resource '" + code + "' has no version " + version));
    }

    /** The fields that differ between two versions (observed figures and bookkeeping left out). */
    public ResourceDiff diff(String code, int from, int to) {
        return new ResourceDiff(code, from, to, changes(version(code, from), version(code, to), Set.of("modified", "version",
                "lastRecordAt", "recordCount", "subscriberCount")));
    }

    static List<FieldChange> changes(InformationResource a, InformationResource b, Set<String> ignored) {
        List<FieldChange> out = new ArrayList<>();
        for (RecordComponent rc : InformationResource.class.getRecordComponents()) {
            if (ignored.contains(rc.getName())) {
                continue;
            }
            try {
                Object x = rc.getAccessor().invoke(a);
                Object y = rc.getAccessor().invoke(b);
                if (rc.getName().equals("dataItems")) {
                    diffItems(a.dataItems(), b.dataItems(), out);
                } else if (!Objects.equals(x, y)) {
                    out.add(new FieldChange(rc.getName(), text(x), text(y)));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static void diffItems(List<DataItem> a, List<DataItem> b, List<FieldChange> out) {
        Map<String, DataItem> before = new LinkedHashMap<>();
        a.forEach(i -> before.put(i.name(), i));
        Map<String, DataItem> after = new LinkedHashMap<>();
        b.forEach(i -> after.put(i.name(), i));
        for (var e : before.entrySet()) {
            DataItem next = after.get(e.getKey());
            if (!Objects.equals(e.getValue(), next)) {
                out.add(new FieldChange("dataItems." + e.getKey(), text(e.getValue()), text(next)));
            }
        }
        for (var e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                out.add(new FieldChange("dataItems." + e.getKey(), null, text(e.getValue())));
            }
        }
        if (out.stream().noneMatch(c -> c.field().startsWith("dataItems."))
                && !a.stream().map(DataItem::name).toList().equals(b.stream().map(DataItem::name).toList())) {
            out.add(new FieldChange("dataItems.order", text(a.stream().map(DataItem::name).toList()),
                    text(b.stream().map(DataItem::name).toList())));
        }
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    // ------------------------------------------------------------------ changing

    /**
     * Registers a new entry as version 1. Without a code, the next code of its category is
     * allocated. Status DRAFT unless PUBLISHED is asked for.
     */
    public synchronized InformationResource create(InformationResource draft, String actor) {
        String code = draft.code();
        if (code == null || code.isBlank()) {
            if (draft.category() == null) {
                throw GovexException.invalid("a category is needed to allocate a code",
                        List.of(new Violation("category", "NotNull", "信息资源分类 is required")));
            }
            code = scheme.allocate(draft.category());
        } else if (exists(code)) {
            throw GovexException.conflict("Information resource code '" + code + "' is already taken");
        }
        ResourceStatus status = draft.status() == ResourceStatus.PUBLISHED ? ResourceStatus.PUBLISHED : ResourceStatus.DRAFT;
        Instant now = now();
        InformationResource r = draft.toBuilder().code(code).version(1).status(status).modified(now)
                .issued(status == ResourceStatus.PUBLISHED && draft.issued() == null ? today() : draft.issued())
                .observed(null, 0, 0).build();
        commit(r, null, actor, "created");
        return r;
    }

    /**
     * Replaces the descriptive fields of an entry, making a new version when anything changed.
     * The status stays (use publish / withdraw), a withdrawn entry cannot be edited.
     */
    public synchronized InformationResource update(String code, InformationResource changed, String actor) {
        InformationResource current = get(code);
        if (current.status() == ResourceStatus.WITHDRAWN) {
            throw new GovexException(ProblemKind.GONE, "Information resource '" + code + "' is withdrawn and cannot change");
        }
        InformationResource next = changed.toBuilder().code(code).status(current.status())
                .issued(changed.issued() != null ? changed.issued() : current.issued())
                .harvestSource(changed.harvestSource() != null ? changed.harvestSource() : current.harvestSource())
                .build();
        if (changes(current, next, NOT_VERSIONED).isEmpty()) {
            return current;
        }
        next = next.toBuilder().version(current.version() + 1).modified(now()).build();
        commit(next, current, actor, "updated");
        return get(code);
    }

    public synchronized InformationResource publish(String code, String actor) {
        InformationResource current = get(code);
        if (current.status() == ResourceStatus.PUBLISHED) {
            return current;
        }
        if (current.status() == ResourceStatus.WITHDRAWN) {
            throw new GovexException(ProblemKind.GONE, "Information resource '" + code + "' is withdrawn; register a new one");
        }
        InformationResource next = current.toBuilder().status(ResourceStatus.PUBLISHED).version(current.version() + 1)
                .modified(now()).issued(current.issued() == null ? today() : current.issued()).build();
        commit(next, current, actor, "published");
        return get(code);
    }

    /** Withdraws an entry: a new version with status WITHDRAWN; nothing is deleted. */
    public synchronized InformationResource withdraw(String code, String actor, String reason) {
        InformationResource current = get(code);
        if (current.status() == ResourceStatus.WITHDRAWN) {
            return current;
        }
        InformationResource next = current.toBuilder().status(ResourceStatus.WITHDRAWN).version(current.version() + 1)
                .modified(now()).build();
        commit(next, current, actor, reason == null || reason.isBlank() ? "withdrawn" : reason);
        return get(code);
    }

    /** Stores what the exchange observed for an entry; makes no new version. */
    public void recordObservation(String code, Instant lastRecordAt, long recordCount, int subscriberCount) {
        if (!exists(code)) {
            throw GovexException.notFound("No information resource '" + code + "'");
        }
        String res = CatalogIris.resource(code);
        Model m = ModelFactory.createDefaultModel();
        Resource s = m.createResource(res);
        if (lastRecordAt != null) {
            s.addProperty(GOVEX.lastRecordAt, m.createTypedLiteral(lastRecordAt.toString(), XSDDatatype.XSDdateTime));
        }
        s.addLiteral(GOVEX.recordCount, m.createTypedLiteral(recordCount));
        s.addLiteral(GOVEX.subscriberCount, m.createTypedLiteral(subscriberCount));
        UpdateRequest req = new UpdateRequest();
        req.add("DELETE WHERE { GRAPH <" + CatalogGraphs.OBSERVATIONS + "> { <" + res + "> ?p ?o } }");
        Sparql.insertData(req, CatalogGraphs.OBSERVATIONS, m);
        store.update(req);
    }

    /**
     * Registers many entries at once (bulk load, harvest): each is validated, written in batches
     * of {@value #BATCH} (one write transaction, or one update request on a remote store, each) and
     * indexed once per batch. Codes must be given.
     */
    public synchronized void createAll(Collection<InformationResource> resources, String actor, boolean validate) {
        List<InformationResource> batch = new ArrayList<>();
        List<Quad> quads = new ArrayList<>();
        Instant now = now();
        for (InformationResource d : resources) {
            InformationResource r = d.toBuilder().version(1).modified(d.modified() != null ? d.modified() : now).build();
            Model m = describe(r, actor, "created");
            if (validate) {
                validate(r, m);
            }
            Node g = NodeFactory.createURI(CatalogGraphs.current(r.code()));
            m.getGraph().find().forEachRemaining(t -> quads.add(new Quad(g, t)));
            batch.add(stored(m));
            if (batch.size() == BATCH) {
                insert(batch, quads);
            }
        }
        insert(batch, quads);
    }

    /** One batch of new entries: one write (with a new change token), then the index, committed with that token. */
    private void insert(List<InformationResource> batch, List<Quad> quads) {
        if (batch.isEmpty()) {
            return;
        }
        UpdateRequest req = new UpdateRequest();
        Optional<String> before = index.storeToken();
        String token = stamp(req);
        store.insert(req, quads);
        index.index(batch);
        index.commit(stillInStep(before, token) ? token : null);
        batch.clear();
        quads.clear();
    }

    public boolean exists(String code) {
        return store.ask("ASK { GRAPH <" + CatalogGraphs.current(code) + "> { ?s ?p ?o } }");
    }

    /** Rebuilds the search index from the store and commits it with the store's change token. */
    public final synchronized void reindex() {
        String token = storeToken().orElseGet(() -> {
            // a store written before tokens existed: give it one, so the next start can trust the index
            UpdateRequest req = new UpdateRequest();
            String fresh = stamp(req);
            store.update(req);
            return fresh;
        });
        index.clear();
        index.commit(null);
        List<String> codes = allCodes();
        for (int i = 0; i < codes.size(); i += BATCH) {
            index.index(load(codes.subList(i, Math.min(codes.size(), i + BATCH))));
        }
        index.commit(token);
    }

    /**
     * A snapshot of the search index with the stored export blocks, when the index reflects the
     * store's current state; empty when it is behind (another node changed a shared remote store,
     * a rebuild or a change is under way): then the export reads the store. Taken without the lock
     * changes hold, so an export never waits for a bulk load: the index's token is read, the
     * snapshot taken, then the store's token and the index's again. A change stamps the store
     * before it updates the index and records its token in the index last, so if all three
     * tokens are equal no change overlapped and the snapshot is exactly the state of that token.
     * Close it when done.
     */
    public Optional<CatalogIndex.Snapshot> indexSnapshot() {
        Optional<String> before = index.storeToken();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        CatalogIndex.Snapshot snapshot = index.snapshot();
        if (before.equals(storeToken()) && before.equals(index.storeToken())) {
            return Optional.of(snapshot);
        }
        snapshot.close();
        return Optional.empty();
    }

    /** Whether the search index reflects the store's current state (its change token is the store's). */
    public boolean indexInStep() {
        Optional<String> before = index.storeToken();
        return before.isPresent() && before.equals(storeToken()) && before.equals(index.storeToken());
    }

    public int indexedCount() {
        return index.size();
    }

    /** Whether opening this service had to rebuild the search index from the store. */
    public boolean indexRebuiltAtOpen() {
        return indexRebuiltAtOpen;
    }

    /** The store's change token: replaced with every change of the entries (none before the first). */
    Optional<String> storeToken() {
        return store.select(Sparql.PREFIXES + "SELECT ?t WHERE { GRAPH <" + CatalogGraphs.META + "> { <" + GOVEX.CATALOG_ID
                + "> govex:changeToken ?t } }", rs -> rs.hasNext() ? Optional.of(rs.next().getLiteral("t").getString()) : Optional.empty());
    }

    /** Adds to a change request: replace the store's change token with a new one (returned). */
    private static String stamp(UpdateRequest req) {
        String token = java.util.UUID.randomUUID().toString();
        String cat = "<" + GOVEX.CATALOG_ID + "> ";
        String changed = "<" + GOVEX.changeToken.getURI() + "> ";
        String previous = "<" + GOVEX.previousChangeToken.getURI() + "> ";
        req.add("DELETE { GRAPH <" + CatalogGraphs.META + "> { " + cat + changed + "?t . " + cat + previous + "?p } }"
                + " INSERT { GRAPH <" + CatalogGraphs.META + "> { " + cat + changed + "\"" + token + "\" . " + cat + previous + "?t } }"
                + " WHERE { OPTIONAL { GRAPH <" + CatalogGraphs.META + "> { " + cat + changed + "?t } }"
                + " OPTIONAL { GRAPH <" + CatalogGraphs.META + "> { " + cat + previous + "?p } } }");
        return token;
    }

    private void commit(InformationResource next, InformationResource previous, String actor, String note) {
        Model m = describe(next, actor, note);
        validate(next, m);
        UpdateRequest req = new UpdateRequest();
        String current = CatalogGraphs.current(next.code());
        if (previous != null) {
            req.add("COPY GRAPH <" + current + "> TO GRAPH <" + CatalogGraphs.version(next.code(), previous.version()) + ">");
            req.add("DROP SILENT GRAPH <" + current + ">");
        }
        Sparql.insertData(req, current, m);
        Optional<String> before = index.storeToken();
        String token = stamp(req);
        store.update(req);
        index.index(stored(m));
        index.commit(stillInStep(before, token) ? token : null);
    }

    /**
     * Whether the index, in step with the store at token {@code before}, still is after this node's
     * change stamped {@code token}: the store must hold that token and name {@code before} as the one
     * it replaced. Otherwise another node changed the store since (or meanwhile), changes this index
     * has not seen: it is committed without a token, so that the export reads the store and the next
     * start rebuilds the index.
     */
    private boolean stillInStep(Optional<String> before, String token) {
        if (before.isEmpty()) {
            return false;
        }
        return store.select(Sparql.PREFIXES + "SELECT ?t ?p WHERE { GRAPH <" + CatalogGraphs.META + "> { <" + GOVEX.CATALOG_ID
                + "> govex:changeToken ?t OPTIONAL { <" + GOVEX.CATALOG_ID + "> govex:previousChangeToken ?p } } }", rs -> {
            if (!rs.hasNext()) {
                return false;
            }
            QuerySolution s = rs.next();
            return !rs.hasNext() && token.equals(s.getLiteral("t").getString())
                    && s.contains("p") && before.get().equals(s.getLiteral("p").getString());
        });
    }

    /**
     * The entry as it is read back from its stored description: what the index holds, so that its
     * stored export block is what the export would make from the store (as after a rebuild).
     */
    private static InformationResource stored(Model description) {
        return ResourceMapper.readSingle(description).orElseThrow();
    }

    private static Model describe(InformationResource r, String actor, String note) {
        Model m = ResourceMapper.toModel(r.toBuilder().observed(null, 0, 0).build());
        Resource s = m.getResource(CatalogIris.resource(r.code()));
        if (actor != null) {
            s.addProperty(GOVEX.changedBy, actor);
        }
        if (note != null) {
            s.addProperty(GOVEX.changeNote, note);
        }
        return m;
    }

    /** SHACL (govex shapes) over the entry plus what it references: provider, category, elements. */
    public void validate(InformationResource r, Model description) {
        Model data = ModelFactory.createDefaultModel().add(description);
        providers.find(r.providerCode()).ifPresent(p -> ProviderRegistry.describe(data, p));
        scheme.find(r.category()).ifPresent(c -> data.createResource(CatalogIris.category(c.code()))
                .addProperty(RDF.type, SKOS.Concept));
        for (DataItem item : r.dataItems()) {
            if (item.elementId() != null && elements.exists(item.elementId())) {
                data.createResource(CatalogIris.element(item.elementId())).addProperty(RDF.type, GOVEX.DataElement);
            }
        }
        CatalogShapes.requireConforms(CatalogShapes.validate(CatalogShapes.govex(), data.getGraph()),
                "Information resource '" + r.code() + "'");
        if (r.status() == ResourceStatus.PUBLISHED) {
            requireSingleAuthoritativeSource(r);
        }
    }

    /** 一数一源: no other published entry may be the authoritative source of the same element. */
    private void requireSingleAuthoritativeSource(InformationResource r) {
        List<String> mine = r.authoritativeElements();
        if (mine.isEmpty()) {
            return;
        }
        StringBuilder values = new StringBuilder();
        mine.forEach(e -> values.append('<').append(CatalogIris.element(e)).append("> "));
        List<Violation> clashes = store.select(Sparql.PREFIXES + """
                SELECT ?code ?e WHERE { VALUES ?e { %s }
                  GRAPH ?g { ?s dct:identifier ?code ; govex:status "PUBLISHED" ;
                             govex:dataItem [ govex:authoritative true ; govex:dataElement ?e ] }
                  FILTER(STRSTARTS(STR(?g), "%s") && ?code != %s) }""".formatted(values,
                CatalogGraphs.RESOURCE_PREFIX, Sparql.literal(r.code())), rs -> {
            List<Violation> out = new ArrayList<>();
            rs.forEachRemaining(s -> out.add(new Violation("dataItems", "AuthoritativeSource.unique",
                    "一数一源: '" + s.getLiteral("code").getString() + "' is already the authoritative source of element "
                            + CatalogIris.localAfter(s.getResource("e").getURI(), GOVEX.ELEMENT_ID))));
            return out;
        });
        if (!clashes.isEmpty()) {
            throw new GovexException(ProblemKind.CONFLICT, "authoritative-source",
                    "Another published resource is already the authoritative source", clashes, null);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CHINA);
    }

    /** Providers sorted for listing, with the number of published entries each. */
    public Map<String, Long> publishedCountByProvider() {
        SearchResult r = search(new SearchQuery(null, null, null, null, null, null, null, null, null, null, 1, 1), Viewer.ADMIN);
        return r.facets().getOrDefault("provider", Map.of());
    }

    @Override
    public void close() {
        index.close();
    }

    static Comparator<InformationResource> byCode() {
        return Comparator.comparing(InformationResource::code);
    }
}
