package org.govex.catalog.dcat;

import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.govex.catalog.model.BaseDatabase;
import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.Category;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.Provider;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.model.UpdateCycle;
import org.govex.catalog.provider.ProviderRegistry;
import org.govex.catalog.rdf.CatalogIris;
import org.govex.catalog.rdf.ResourceMapper;
import org.govex.catalog.rdf.TurtleBlocks;
import org.govex.catalog.search.CatalogIndex;
import org.govex.catalog.search.StoredEntry;
import org.govex.catalog.scheme.CategoryScheme;
import org.govex.catalog.search.SearchQuery;
import org.govex.catalog.service.CatalogService;
import org.govex.catalog.service.Viewer;
import org.govex.catalog.vocab.DCAT3;
import org.govex.catalog.vocab.GOVEX;
import org.govex.catalog.vocab.Vocabularies;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The DCAT-AP 3 view of the catalog: published entries as {@code dcat:Dataset}s with their
 * distributions (the exchange feed), publishers as {@code foaf:Agent}s, themes as SKOS concepts,
 * and enough typing of referenced things for the official shapes to pass. Paged with hydra.
 * Written as a stream of triples ({@link #write}); memory holds one batch of entries plus what
 * they share, never the whole catalog.
 */
public final class DcatExporter {

    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final Property HYDRA_VIEW = p(Vocabularies.HYDRA + "view");
    private static final String BASE_DATABASE_SCHEME = GOVEX.BASE_DATABASE_ID.substring(0, GOVEX.BASE_DATABASE_ID.length() - 1);
    private static final int BATCH = 500;
    private static final int QUEUED = 2;

    private final CatalogService catalog;
    private final CatalogDescription description;

    public DcatExporter(CatalogService catalog, CatalogDescription description) {
        this.catalog = catalog;
        this.description = description;
    }

    /**
     * Which published entries a page holds, in code order, optionally only those modified after a
     * time (both from the search index). {@code page} starts at 1; a page size of 0 or less selects
     * everything, unpaged.
     */
    public ExportSelection select(Instant modifiedSince, int page, int pageSize) {
        SearchQuery published = new SearchQuery(null, null, null, null, null, null, null, null, "PUBLISHED", "code", 1, 1);
        List<String> codes = catalog.codes(published, Viewer.ADMIN, modifiedSince);
        int total = codes.size();
        int size = pageSize <= 0 ? Math.max(1, total) : pageSize;
        int p = Math.max(1, page);
        int from = Math.min(total, (p - 1) * size);
        int to = Math.min(total, from + size);
        return new ExportSelection(List.copyOf(codes.subList(from, to)), modifiedSince, p, size, total, to < total, pageSize > 0);
    }

    /** One page as an in-memory model (for JSON-LD and RDF/XML, which are not written as a stream). */
    public ExportPage export(Instant modifiedSince, int page, int pageSize) {
        ExportSelection s = select(modifiedSince, page, pageSize);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocabularies.prefixes());
        write(s, StreamRDFLib.graph(m.getGraph()));
        return new ExportPage(m, s.page(), s.pageSize(), s.totalItems(), s.hasNext());
    }

    /**
     * Writes the selected entries as a stream of triples without holding the catalog in memory:
     * the catalog (and hydra paging), then the entries {@value #BATCH} at a time, then what they
     * share (publishers, themes, vocabulary typing), each shared triple once. A reader thread reads
     * and maps the batches inside one read transaction (one consistent snapshot of the store) while
     * the calling thread writes the previous batch; at most {@value #QUEUED} batches wait between them.
     */
    public void write(ExportSelection selection, StreamRDF out) {
        out.start();
        Vocabularies.prefixes().getNsPrefixMap().forEach(out::prefix);
        BlockingQueue<List<Triple>> queue = new ArrayBlockingQueue<>(QUEUED);
        List<Triple> end = new ArrayList<>(0);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        // never interrupt the reader: an interrupt during a FileChannel read closes TDB2's files for the whole JVM
        AtomicBoolean abandoned = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            try {
                catalog.store().read(c -> {
                    read(selection, batch -> handOver(queue, batch, abandoned));
                    return null;
                });
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                try {
                    handOver(queue, end, abandoned);
                } catch (CancellationException e) {
                    // the writer is gone
                }
            }
        }, "dcat-export-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            for (List<Triple> batch = queue.take(); batch != end; batch = queue.take()) {
                batch.forEach(out::triple);
            }
        } catch (InterruptedException e) {
            abandoned.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("export interrupted");
        } catch (RuntimeException | Error e) {
            abandoned.set(true);
            throw e;
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        out.finish();
    }

    /** Waits for room in the queue, giving up once the writer has abandoned the export. */
    private static void handOver(BlockingQueue<List<Triple>> queue, List<Triple> batch, AtomicBoolean abandoned) {
        try {
            while (!abandoned.get()) {
                if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new CancellationException("export abandoned by its writer");
    }

    /** Reads and maps the selection, handing over the triples batch by batch (runs in a read transaction). */
    private void read(ExportSelection selection, Consumer<List<Triple>> sink) {
        Head head = head(selection);
        Shared shared = head.shared();
        sink.accept(head.model().getGraph().find().toList());
        List<String> codes = selection.codes();
        for (int i = 0; i < codes.size(); i += BATCH) {
            List<Triple> batch = new ArrayList<>();
            for (InformationResource r : catalog.load(codes.subList(i, Math.min(codes.size(), i + BATCH)))) {
                if (r.status() == ResourceStatus.PUBLISHED && (selection.modifiedSince() == null
                        || (r.modified() != null && r.modified().isAfter(selection.modifiedSince())))) {
                    // one small model per entry: much cheaper to fill than one per batch
                    Model m = ModelFactory.createDefaultModel();
                    entry(m, m.getResource(GOVEX.CATALOG_ID), r, shared);
                    m.getGraph().find().forEachRemaining(batch::add);
                }
            }
            sink.accept(batch);
        }
        sink.accept(describe(shared).getGraph().find().toList());
    }

    /** The DCAT-AP description of the given entries inside this node's catalog. */
    public Model model(List<InformationResource> resources) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocabularies.prefixes());
        Resource cat = header(m);
        Shared shared = new Shared(m);
        publisher(cat, shared);
        for (InformationResource r : resources) {
            entry(m, cat, r, shared);
        }
        describe(shared);
        return m;
    }

    /** What entries share, collected while they are written and described once at the end. */
    private record Shared(Model model, Set<String> providers, Set<String> categories, Set<BaseDatabase> bases) {
        Shared(Model model) {
            this(model, new HashSet<>(), new HashSet<>(), new HashSet<>());
        }
    }

    private Resource header(Model m) {
        return m.createResource(GOVEX.CATALOG_ID)
                .addProperty(RDF.type, DCAT3.Catalog)
                .addProperty(DCTerms.title, m.createLiteral(description.titleZh(), "zh"))
                .addProperty(DCTerms.title, m.createLiteral(description.titleEn(), "en"))
                .addProperty(DCTerms.description, m.createLiteral(description.titleZh() + "：按 GB/T 21063 编制、以 DCAT-AP 3 发布的政务信息资源目录", "zh"))
                .addProperty(DCAT3.themeTaxonomy, m.createResource(CategoryScheme.SCHEME_IRI))
                .addProperty(DCAT3.themeTaxonomy, m.createResource(BASE_DATABASE_SCHEME));
    }

    /** The start of every export: the catalog (and the page, when paged) and the shared part with its publisher. */
    private record Head(Model model, Shared shared) {
    }

    private Head head(ExportSelection selection) {
        Model head = ModelFactory.createDefaultModel();
        Resource cat = header(head);
        if (selection.paged()) {
            paging(head, selection);
        }
        Shared shared = new Shared(ModelFactory.createDefaultModel());
        publisher(cat, shared);
        return new Head(head, shared);
    }

    private void publisher(Resource cat, Shared shared) {
        String publisher = description.publisherCode();
        catalog.providers().find(publisher).ifPresentOrElse(p -> {
            cat.addProperty(DCTerms.publisher, cat.getModel().createResource(CatalogIris.provider(p.code())));
            shared.providers().add(p.code());
        }, () -> cat.addProperty(DCTerms.publisher, agent(shared.model(), publisher, description.titleZh())));
    }

    private void entry(Model m, Resource cat, InformationResource r, Shared shared) {
        Resource ds = ResourceMapper.write(m, r);
        cat.addProperty(DCAT3.dataset, ds);
        distributions(m, ds, r.code(), r.titleZh(), r.shareType(), r.format(), shared.model());
        share(shared, r.providerCode(), r.category(), r.baseDatabase(), r.shareType(), r.updateCycle(), r.recordType(),
                r.dataItems().stream().map(DataItem::elementId).filter(Objects::nonNull).toList(), r.relatedResources());
    }

    /** Notes what an entry refers to, described once at the end. */
    private void share(Shared shared, String provider, String category, BaseDatabase base, ShareType share, UpdateCycle cycle,
                       String recordType, List<String> elements, List<String> related) {
        if (provider != null) {
            shared.providers().add(provider);
        }
        if (category != null) {
            catalog.scheme().path(category).forEach(c -> shared.categories().add(c.code()));
        }
        shared.bases().add(base);
        typeReferences(shared.model(), share, cycle, recordType, elements, related);
    }

    /**
     * Turtle of the selection to a byte stream. When the search index is in step with the store
     * ({@link CatalogService#indexSnapshot()}), each entry's own triples are copied as the block
     * the index stored when the entry last changed, and only what the export adds (the catalog's
     * link, the distributions, what entries share) is made now; otherwise the entries are read from
     * the store ({@link #write}). Both say the same triples.
     */
    public void writeTurtle(ExportSelection selection, OutputStream out) throws IOException {
        Optional<CatalogIndex.Snapshot> snapshot = catalog.indexSnapshot();
        if (snapshot.isEmpty()) {
            write(selection, StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS));
            return;
        }
        try (CatalogIndex.Snapshot index = snapshot.get()) {
            writeBlocks(selection, index, out);
        }
    }

    private void writeBlocks(ExportSelection selection, CatalogIndex.Snapshot index, OutputStream sink) throws IOException {
        BufferedOutputStream out = new BufferedOutputStream(sink, 1 << 16);
        TurtleBlocks turtle = new TurtleBlocks();
        text(out, TurtleBlocks.header());
        Head head = head(selection);
        Shared shared = head.shared();
        text(out, turtle.format(head.model().getGraph().find()));
        Instant since = selection.modifiedSince();
        for (String code : selection.codes()) {
            StoredEntry e = index.entry(code).orElse(null);
            // as on the store path: only what is (still) published and modified after the time asked for
            if (e == null || !ResourceStatus.PUBLISHED.name().equals(e.status())
                    || (since != null && (e.modified() == null || !e.modified().isAfter(since)))) {
                continue;
            }
            out.write(e.turtle().bytes, e.turtle().offset, e.turtle().length);
            ShareType share = e.share() == null ? null : ShareType.valueOf(e.share());
            Model m = ModelFactory.createDefaultModel();
            Resource ds = m.createResource(CatalogIris.resource(e.code()));
            m.createResource(GOVEX.CATALOG_ID).addProperty(DCAT3.dataset, ds);
            distributions(m, ds, e.code(), e.titleZh(), share, e.format(), shared.model());
            text(out, turtle.format(m.getGraph().find()));
            share(shared, e.provider(), e.category(), BaseDatabase.parse(e.base()), share,
                    e.cycle() == null ? null : UpdateCycle.valueOf(e.cycle()), e.recordType(), e.elements(), e.related());
        }
        text(out, turtle.format(describe(shared).getGraph().find()));
        out.flush();
    }

    private static void text(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private Model describe(Shared shared) {
        Model m = shared.model();
        for (String code : shared.providers()) {
            for (Provider p : catalog.providers().ancestry(code)) {
                ProviderRegistry.describe(m, p);
            }
            if (catalog.providers().find(code).isEmpty()) {
                agent(m, code, code);
            }
        }
        schemes(m);
        for (String c : shared.categories()) {
            catalog.scheme().find(c).ifPresent(cc -> concept(m, CatalogIris.category(cc.code()), CategoryScheme.SCHEME_IRI,
                    cc.labelZh(), cc.labelEn(), cc.parentCode() == null ? null : CatalogIris.category(cc.parentCode())));
        }
        for (BaseDatabase b : shared.bases()) {
            concept(m, CatalogIris.baseDatabase(b.id()), BASE_DATABASE_SCHEME, b.labelZh(), b.labelEn(), null);
        }
        return m;
    }

    private void distributions(Model m, Resource ds, String code, String titleZh, ShareType shareType, String format, Model shared) {
        String base = description.base();
        org.apache.jena.rdf.model.Property[] links = {DCAT3.accessURL, DCAT3.downloadURL};
        Resource feed = m.createResource(CatalogIris.distribution(code, "feed"))
                .addProperty(RDF.type, DCAT3.Distribution)
                .addProperty(DCTerms.title, m.createLiteral(titleZh + " 交换订阅数据", "zh"))
                .addProperty(DCAT3.accessURL, m.createResource(base + "/api/v1/exchange/resources/" + code + "/feed"))
                .addProperty(DCTerms.format, fileType(shared, "JSON"))
                .addProperty(DCTerms.accessRights, m.createResource(shareOf(shareType).accessRightIri()));
        ds.addProperty(DCAT3.distribution, feed);
        Resource meta = m.createResource(CatalogIris.distribution(code, "metadata"))
                .addProperty(RDF.type, DCAT3.Distribution)
                .addProperty(DCTerms.title, m.createLiteral(titleZh + " 目录元数据", "zh"))
                .addProperty(DCAT3.accessURL, m.createResource(base + "/api/v1/catalog/resources/" + code))
                .addProperty(DCAT3.downloadURL, m.createResource(base + "/api/v1/catalog/resources/" + code + "?format=ttl"))
                .addProperty(DCTerms.format, fileType(shared, "RDF_TURTLE"));
        ds.addProperty(DCAT3.distribution, meta);
        if (format != null && !format.isBlank()) {
            feed.addProperty(GOVEX.format, format);
        }
        // the official shapes check the class of URL values: say they are resources
        for (Resource d : List.of(feed, meta)) {
            for (var link : links) {
                d.listProperties(link).toList().forEach(st -> m.add(st.getResource(), RDF.type, org.apache.jena.vocabulary.RDFS.Resource));
            }
        }
    }

    private static ShareType shareOf(ShareType shareType) {
        return shareType == null ? ShareType.NONE : shareType;
    }

    private static Resource fileType(Model m, String code) {
        return m.createResource(Vocabularies.FILE_TYPE + code.toUpperCase(Locale.ROOT))
                .addProperty(RDF.type, DCTerms.MediaTypeOrExtent);
    }

    private static void typeReferences(Model m, ShareType shareType, UpdateCycle cycle, String recordType, List<String> elements,
                                       List<String> related) {
        m.createResource(shareOf(shareType).accessRightIri()).addProperty(RDF.type, DCTerms.RightsStatement);
        if (cycle != null) {
            m.createResource(cycle.frequencyIri()).addProperty(RDF.type, DCTerms.Frequency);
        }
        if (recordType != null) {
            m.createResource(CatalogIris.schema(recordType)).addProperty(RDF.type, DCTerms.Standard)
                    .addProperty(DCTerms.title, m.createLiteral("govex " + recordType + " record standard", "en"));
        }
        elements.forEach(e -> m.createResource(CatalogIris.element(e)).addProperty(RDF.type, GOVEX.DataElement));
        // the official shapes want the class of dct:relation values (the IRIs ResourceMapper writes)
        related.forEach(rel -> m.createResource(CatalogIris.resource(rel)).addProperty(RDF.type, org.apache.jena.vocabulary.RDFS.Resource));
    }

    private static void schemes(Model m) {
        m.createResource(CategoryScheme.SCHEME_IRI).addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(DCTerms.title, m.createLiteral("政务信息资源分类", "zh"))
                .addProperty(DCTerms.title, m.createLiteral("Government information resource categories", "en"));
        m.createResource(BASE_DATABASE_SCHEME)
                .addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(DCTerms.title, m.createLiteral("基础信息库", "zh"))
                .addProperty(DCTerms.title, m.createLiteral("Base databases", "en"));
    }

    private static void concept(Model m, String iri, String scheme, String zh, String en, String broader) {
        Resource c = m.createResource(iri).addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, m.createResource(scheme))
                .addProperty(SKOS.prefLabel, m.createLiteral(zh, "zh"));
        if (en != null) {
            c.addProperty(SKOS.prefLabel, m.createLiteral(en, "en"));
        }
        if (broader != null) {
            c.addProperty(SKOS.broader, m.createResource(broader));
        }
    }

    private static Resource agent(Model m, String code, String name) {
        return m.createResource(CatalogIris.provider(code)).addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                .addProperty(DCTerms.identifier, code)
                .addProperty(m.createProperty(FOAF + "name"), m.createLiteral(name, "zh"));
    }

    private void paging(Model m, ExportSelection s) {
        String base = description.base() + "/catalog.ttl?size=" + s.pageSize()
                + (s.modifiedSince() == null ? "" : "&modified_since=" + s.modifiedSince());
        long last = Math.max(1, (s.totalItems() + s.pageSize() - 1) / s.pageSize());
        Resource view = m.createResource(base + "&page=" + s.page())
                .addProperty(RDF.type, m.createResource(Vocabularies.HYDRA + "PartialCollectionView"))
                .addProperty(p(Vocabularies.HYDRA + "first"), m.createResource(base + "&page=1"))
                .addProperty(p(Vocabularies.HYDRA + "last"), m.createResource(base + "&page=" + last))
                .addLiteral(p(Vocabularies.HYDRA + "totalItems"), m.createTypedLiteral(s.totalItems()))
                .addLiteral(p(Vocabularies.HYDRA + "itemsPerPage"), m.createTypedLiteral(s.pageSize()));
        if (s.hasNext()) {
            view.addProperty(p(Vocabularies.HYDRA + "next"), m.createResource(base + "&page=" + (s.page() + 1)));
        }
        if (s.page() > 1) {
            view.addProperty(p(Vocabularies.HYDRA + "previous"), m.createResource(base + "&page=" + (s.page() - 1)));
        }
        m.getResource(GOVEX.CATALOG_ID).addProperty(HYDRA_VIEW, view);
    }

    private static Property p(String iri) {
        return org.apache.jena.rdf.model.ResourceFactory.createProperty(iri);
    }

    static String xsdDateTime(Instant i) {
        return org.apache.jena.rdf.model.ResourceFactory.createTypedLiteral(i.toString(), XSDDatatype.XSDdateTime).getLexicalForm();
    }
}
