package org.govex.catalog.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.govex.catalog.model.BaseDatabase;
import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.OpenType;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.model.Sensitivity;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.model.UpdateCycle;
import org.govex.catalog.vocab.DCAT3;
import org.govex.catalog.vocab.GOVEX;
import org.govex.catalog.vocab.Vocabularies;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Maps an {@link InformationResource} to DCAT-AP 3 + govex RDF and back (the mapping table of
 * DESIGN.md). Reading also accepts plain DCAT-AP from other catalogs, filling govex fields with
 * sensible defaults, which is what harvesting relies on.
 */
public final class ResourceMapper {

    private static final ThreadLocal<TurtleBlocks> TURTLE = ThreadLocal.withInitial(TurtleBlocks::new);

    private ResourceMapper() {
    }

    /** The resource's stored description (no observed figures, no distributions). */
    public static Model toModel(InformationResource r) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocabularies.prefixes());
        write(m, r);
        return m;
    }

    /**
     * The triples {@link #write} makes, as a Turtle block in UTF-8 under the fixed prefixes
     * ({@link TurtleBlocks}): what the DCAT-AP export writes for the entry itself.
     */
    public static byte[] turtle(InformationResource r) {
        Model m = ModelFactory.createDefaultModel();
        write(m, r);
        return TURTLE.get().format(m.getGraph().find()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static Resource write(Model m, InformationResource r) {
        Resource s = m.createResource(CatalogIris.resource(r.code()));
        s.addProperty(RDF.type, DCAT3.Dataset).addProperty(RDF.type, GOVEX.InformationResource);
        s.addProperty(DCTerms.identifier, r.code());
        s.addProperty(DCTerms.title, m.createLiteral(r.titleZh(), "zh"));
        if (notBlank(r.titleEn())) {
            s.addProperty(DCTerms.title, m.createLiteral(r.titleEn(), "en"));
        }
        s.addProperty(DCTerms.description, m.createLiteral(notBlank(r.summary()) ? r.summary() : r.titleZh(), "zh"));
        for (String k : r.keywords()) {
            s.addProperty(DCAT3.keyword, m.createLiteral(k, "zh"));
        }
        if (notBlank(r.providerCode())) {
            s.addProperty(DCTerms.publisher, m.createResource(CatalogIris.provider(r.providerCode())));
            s.addProperty(GOVEX.providerCode, r.providerCode());
        }
        if (notBlank(r.category())) {
            Resource c = m.createResource(CatalogIris.category(r.category()));
            s.addProperty(GOVEX.category, c).addProperty(DCAT3.theme, c);
        }
        Resource base = m.createResource(CatalogIris.baseDatabase(r.baseDatabase().id()));
        s.addProperty(GOVEX.baseDatabase, base);
        if (r.baseDatabase() != BaseDatabase.NONE) {
            s.addProperty(DCAT3.theme, base);
        }
        if (notBlank(r.recordType())) {
            s.addProperty(GOVEX.recordType, r.recordType());
            s.addProperty(DCTerms.conformsTo, m.createResource(CatalogIris.schema(r.recordType())));
        }
        if (notBlank(r.format())) {
            s.addProperty(GOVEX.format, r.format());
        }
        int order = 0;
        for (DataItem item : r.dataItems()) {
            Resource i = m.createResource(CatalogIris.item(r.code(), item.name()));
            i.addProperty(RDF.type, GOVEX.DataItem);
            i.addProperty(GOVEX.itemName, item.name());
            if (notBlank(item.nameZh())) {
                i.addProperty(org.apache.jena.vocabulary.SKOS.prefLabel, m.createLiteral(item.nameZh(), "zh"));
            }
            if (notBlank(item.elementId())) {
                i.addProperty(GOVEX.dataElement, m.createResource(CatalogIris.element(item.elementId())));
            }
            if (notBlank(item.type())) {
                i.addProperty(GOVEX.dataType, item.type());
            }
            if (item.length() != null) {
                i.addLiteral(GOVEX.length, m.createTypedLiteral(item.length().intValue()));
            }
            i.addLiteral(GOVEX.required, item.required());
            i.addLiteral(GOVEX.sensitivity, m.createTypedLiteral(item.sensitivity().level()));
            i.addLiteral(GOVEX.authoritative, item.authoritative());
            i.addLiteral(GOVEX.order, m.createTypedLiteral(order++));
            s.addProperty(GOVEX.dataItem, i);
        }
        if (r.shareType() != null) {
            s.addProperty(GOVEX.shareType, r.shareType().name());
            s.addProperty(DCTerms.accessRights, m.createResource(r.shareType().accessRightIri()));
        }
        if (notBlank(r.shareConditions())) {
            s.addProperty(GOVEX.shareConditions, m.createLiteral(r.shareConditions(), "zh"));
        }
        if (notBlank(r.legalBasis())) {
            s.addProperty(GOVEX.legalBasis, m.createLiteral(r.legalBasis(), "zh"));
        }
        if (r.openType() != null) {
            s.addProperty(GOVEX.openType, r.openType().name());
        }
        if (r.updateCycle() != null) {
            s.addProperty(GOVEX.updateCycle, r.updateCycle().name());
            s.addProperty(DCTerms.accrualPeriodicity, m.createResource(r.updateCycle().frequencyIri()));
        }
        if (r.issued() != null) {
            s.addProperty(DCTerms.issued, m.createTypedLiteral(r.issued().toString(), XSDDatatype.XSDdate));
        }
        if (r.modified() != null) {
            s.addProperty(DCTerms.modified, m.createTypedLiteral(r.modified().toString(), XSDDatatype.XSDdateTime));
        }
        if (r.version() > 0) {
            s.addProperty(DCAT3.version, String.valueOf(r.version()));
            s.addLiteral(GOVEX.versionNumber, m.createTypedLiteral(r.version()));
            if (r.version() > 1) {
                s.addProperty(DCAT3.previousVersion, m.createResource(CatalogIris.version(r.code(), r.version() - 1)));
            }
        }
        s.addProperty(GOVEX.status, r.status().name());
        for (String rel : r.relatedResources()) {
            s.addProperty(DCTerms.relation, m.createResource(CatalogIris.resource(rel)));
        }
        s.addLiteral(GOVEX.acceptPartial, r.acceptPartial());
        if (notBlank(r.harvestSource())) {
            s.addProperty(GOVEX.harvestSource, r.harvestSource());
        }
        return s;
    }

    /** Reads the resource described at {@code subject}. */
    public static InformationResource read(Resource s) {
        InformationResource.Builder b = InformationResource.builder();
        String code = string(s, DCTerms.identifier)
                .orElseGet(() -> lastSegment(s.getURI()));
        b.code(code);
        String zh = literalIn(s, DCTerms.title, "zh").orElse(null);
        String en = literalIn(s, DCTerms.title, "en").orElse(null);
        String any = literalIn(s, DCTerms.title, "").orElse(null);
        b.titleZh(firstNonBlank(zh, any, en, code));
        b.titleEn(en);
        b.summary(firstNonBlank(literalIn(s, DCTerms.description, "zh").orElse(null),
                literalIn(s, DCTerms.description, "").orElse(null),
                literalIn(s, DCTerms.description, "en").orElse(null)));
        List<String> keywords = new ArrayList<>();
        s.listProperties(DCAT3.keyword).forEachRemaining(st -> keywords.add(st.getObject().asLiteral().getLexicalForm()));
        keywords.sort(Comparator.naturalOrder());
        b.keywords(keywords);
        b.providerCode(string(s, GOVEX.providerCode).orElseGet(() -> publisherCode(s)));
        b.category(iri(s, GOVEX.category).map(i -> CatalogIris.localAfter(i, GOVEX.CATEGORY_ID))
                .orElseGet(() -> themeUnder(s, GOVEX.CATEGORY_ID)));
        String base = iri(s, GOVEX.baseDatabase).map(i -> CatalogIris.localAfter(i, GOVEX.BASE_DATABASE_ID))
                .orElseGet(() -> themeUnder(s, GOVEX.BASE_DATABASE_ID));
        b.baseDatabase(base == null ? BaseDatabase.NONE : BaseDatabase.parse(base));
        b.recordType(string(s, GOVEX.recordType).orElse(null));
        b.format(string(s, GOVEX.format).orElseGet(() -> distributionFormat(s)));
        b.dataItems(items(s));
        ShareType share = string(s, GOVEX.shareType).map(ShareType::valueOf)
                .orElseGet(() -> iri(s, DCTerms.accessRights).map(ShareType::fromAccessRight).orElse(null));
        b.share(share, string(s, GOVEX.shareConditions).orElse(null), string(s, GOVEX.legalBasis).orElse(null));
        b.openType(string(s, GOVEX.openType).map(OpenType::valueOf).orElse(null));
        b.updateCycle(string(s, GOVEX.updateCycle).map(UpdateCycle::valueOf)
                .orElseGet(() -> iri(s, DCTerms.accrualPeriodicity).map(UpdateCycle::fromFrequency).orElse(null)));
        b.issued(string(s, DCTerms.issued).map(ResourceMapper::date).orElse(null));
        b.modified(string(s, DCTerms.modified).map(ResourceMapper::instant).orElse(null));
        b.version(s.hasProperty(GOVEX.versionNumber) ? s.getProperty(GOVEX.versionNumber).getInt()
                : string(s, DCAT3.version).map(ResourceMapper::leadingInt).orElse(0));
        b.status(string(s, GOVEX.status).map(ResourceStatus::valueOf).orElse(ResourceStatus.PUBLISHED));
        List<String> related = new ArrayList<>();
        s.listProperties(DCTerms.relation).forEachRemaining(st -> {
            if (st.getObject().isURIResource()) {
                String c = CatalogIris.localAfter(st.getObject().asResource().getURI(), GOVEX.RESOURCE_ID);
                related.add(c != null ? c : st.getObject().asResource().getURI());
            }
        });
        related.sort(Comparator.naturalOrder());
        b.relatedResources(related);
        b.acceptPartial(s.hasProperty(GOVEX.acceptPartial) && s.getProperty(GOVEX.acceptPartial).getBoolean());
        b.harvestSource(string(s, GOVEX.harvestSource).orElse(null));
        if (s.hasProperty(GOVEX.recordCount) || s.hasProperty(GOVEX.lastRecordAt)) {
            b.observed(string(s, GOVEX.lastRecordAt).map(ResourceMapper::instant).orElse(null),
                    s.hasProperty(GOVEX.recordCount) ? s.getProperty(GOVEX.recordCount).getLong() : 0,
                    s.hasProperty(GOVEX.subscriberCount) ? s.getProperty(GOVEX.subscriberCount).getInt() : 0);
        }
        return b.build();
    }

    /** Reads the only govex/DCAT dataset in a model (the stored graph of one resource). */
    public static Optional<InformationResource> readSingle(Model m) {
        var it = m.listSubjectsWithProperty(RDF.type, DCAT3.Dataset);
        if (!it.hasNext()) {
            return Optional.empty();
        }
        return Optional.of(read(it.next()));
    }

    private static List<DataItem> items(Resource s) {
        record Ordered(int order, DataItem item) { }
        List<Ordered> out = new ArrayList<>();
        s.listProperties(GOVEX.dataItem).forEachRemaining(st -> {
            Resource i = st.getObject().asResource();
            String name = string(i, GOVEX.itemName).orElseGet(() -> lastSegment(i.getURI()));
            DataItem item = new DataItem(name,
                    literalIn(i, org.apache.jena.vocabulary.SKOS.prefLabel, "zh").orElse(null),
                    iri(i, GOVEX.dataElement).map(e -> CatalogIris.localAfter(e, GOVEX.ELEMENT_ID) != null
                            ? CatalogIris.localAfter(e, GOVEX.ELEMENT_ID) : e).orElse(null),
                    string(i, GOVEX.dataType).orElse(null),
                    i.hasProperty(GOVEX.length) ? i.getProperty(GOVEX.length).getInt() : null,
                    i.hasProperty(GOVEX.required) && i.getProperty(GOVEX.required).getBoolean(),
                    i.hasProperty(GOVEX.sensitivity) ? Sensitivity.ofLevel(i.getProperty(GOVEX.sensitivity).getInt()) : null,
                    i.hasProperty(GOVEX.authoritative) && i.getProperty(GOVEX.authoritative).getBoolean());
            out.add(new Ordered(i.hasProperty(GOVEX.order) ? i.getProperty(GOVEX.order).getInt() : out.size(), item));
        });
        out.sort(Comparator.comparingInt(Ordered::order).thenComparing(o -> o.item().name()));
        return out.stream().map(Ordered::item).toList();
    }

    private static String publisherCode(Resource s) {
        Statement p = s.getProperty(DCTerms.publisher);
        if (p == null || !p.getObject().isResource()) {
            return null;
        }
        Resource pub = p.getObject().asResource();
        Optional<String> id = string(pub, DCTerms.identifier).or(() -> string(pub, GOVEX.code));
        if (id.isPresent()) {
            return id.get();
        }
        return pub.isURIResource() ? lastSegment(pub.getURI()) : null;
    }

    private static String themeUnder(Resource s, String prefix) {
        for (Statement st : s.listProperties(DCAT3.theme).toList()) {
            if (st.getObject().isURIResource()) {
                String local = CatalogIris.localAfter(st.getObject().asResource().getURI(), prefix);
                if (local != null) {
                    return local;
                }
            }
        }
        return null;
    }

    private static String distributionFormat(Resource s) {
        for (Statement st : s.listProperties(DCAT3.distribution).toList()) {
            if (!st.getObject().isResource()) {
                continue;
            }
            Statement f = st.getObject().asResource().getProperty(DCTerms.format);
            if (f != null) {
                return f.getObject().isURIResource() ? lastSegment(f.getObject().asResource().getURI())
                        : f.getObject().asLiteral().getLexicalForm();
            }
        }
        return null;
    }

    static Optional<String> string(Resource s, org.apache.jena.rdf.model.Property p) {
        Statement st = s.getProperty(p);
        if (st == null) {
            return Optional.empty();
        }
        RDFNode o = st.getObject();
        return Optional.of(o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString());
    }

    private static Optional<String> iri(Resource s, org.apache.jena.rdf.model.Property p) {
        for (Statement st : s.listProperties(p).toList()) {
            if (st.getObject().isURIResource()) {
                return Optional.of(st.getObject().asResource().getURI());
            }
        }
        return Optional.empty();
    }

    /** A literal of the language ("" = no language tag); "zh" also matches zh-CN, zh-Hans. */
    static Optional<String> literalIn(Resource s, org.apache.jena.rdf.model.Property p, String lang) {
        for (Statement st : s.listProperties(p).toList()) {
            if (!st.getObject().isLiteral()) {
                continue;
            }
            Literal l = st.getObject().asLiteral();
            String tag = l.getLanguage().toLowerCase(java.util.Locale.ROOT);
            if (lang.isEmpty() ? tag.isEmpty() : (tag.equals(lang) || tag.startsWith(lang + "-"))) {
                return Optional.of(l.getLexicalForm());
            }
        }
        return Optional.empty();
    }

    private static LocalDate date(String s) {
        try {
            return s.length() > 10 ? LocalDate.parse(s.substring(0, 10)) : LocalDate.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Instant instant(String s) {
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            }
            return s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$") ? OffsetDateTime.parse(s).toInstant()
                    : java.time.LocalDateTime.parse(s).toInstant(java.time.ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int leadingInt(String s) {
        var m = java.util.regex.Pattern.compile("\\d+").matcher(s);
        return m.find() ? Integer.parseInt(m.group()) : 0;
    }

    private static String lastSegment(String iri) {
        if (iri == null) {
            return null;
        }
        String t = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        int cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf('#'));
        return java.net.URLDecoder.decode(t.substring(cut + 1), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (notBlank(v)) {
                return v;
            }
        }
        return null;
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
