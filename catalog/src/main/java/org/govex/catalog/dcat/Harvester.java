package org.govex.catalog.dcat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.Provider;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.model.UpdateCycle;
import org.govex.catalog.rdf.ResourceMapper;
import org.govex.catalog.service.CatalogService;
import org.govex.catalog.vocab.DCAT3;
import org.govex.catalog.vocab.GOVEX;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.Violation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imports a DCAT-AP catalog (any RDF syntax, already parsed) into a named source: creates
 * entries for new datasets, updates changed ones (a new version each), withdraws entries of the
 * source that the catalog no longer lists, and reports each. Works for govex exports (all govex
 * fields round-trip) and plain DCAT-AP (defaults fill what GB/T 21063 needs).
 */
public final class Harvester {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final String FOAF_NAME = "http://xmlns.com/foaf/0.1/name";

    private final CatalogService catalog;

    public Harvester(CatalogService catalog) {
        this.catalog = catalog;
    }

    public static void requireSourceName(String source) {
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw GovexException.invalid("a harvest source is named by lower-case letters, digits and '-'",
                    List.of(new Violation("source", "HarvestSource.pattern", "'" + source + "' is not a source name")));
        }
    }

    public synchronized HarvestReport harvest(String source, Model model, String actor) {
        requireSourceName(source);
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<HarvestReport.Rejected> rejected = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> seen = new HashSet<>();

        List<Resource> datasets = model.listSubjectsWithProperty(RDF.type, DCAT3.Dataset).toList();
        int series = model.listSubjectsWithProperty(RDF.type, model.createResource(DCAT3.NS + "DatasetSeries")).toList().size();
        if (series > 0) {
            notes.add(series + " dcat:DatasetSeries not imported (govex has no series); their member datasets are");
        }
        ensureSourceProvider(source);
        datasets.sort(java.util.Comparator.comparing(r -> String.valueOf(r.getURI())));
        for (Resource ds : datasets) {
            InformationResource incoming;
            String code = null;
            try {
                incoming = ResourceMapper.read(ds);
                code = localCode(source, incoming.code(), ds);
                incoming = normalise(source, code, incoming, ds);
                seen.add(code);
                var existing = catalog.find(code);
                if (existing.isEmpty()) {
                    catalog.create(incoming, actor);
                    created.add(code);
                } else if (existing.get().status() == ResourceStatus.WITHDRAWN) {
                    rejected.add(new HarvestReport.Rejected(iri(ds), code, List.of(new Violation("code", "Harvest.withdrawn",
                            "'" + code + "' was withdrawn here; withdrawn entries are not revived"))));
                } else {
                    InformationResource before = existing.get();
                    InformationResource after = catalog.update(code, incoming, actor);
                    if (after.version() != before.version()) {
                        updated.add(code);
                    } else {
                        unchanged.add(code);
                    }
                }
            } catch (GovexException e) {
                rejected.add(new HarvestReport.Rejected(iri(ds), code, e.violations().isEmpty()
                        ? List.of(new Violation("", e.kind().slug(), e.getMessage())) : e.violations()));
                if (code != null) {
                    seen.add(code);
                }
            }
        }
        for (InformationResource r : catalog.all()) {
            if (source.equals(r.harvestSource()) && !seen.contains(r.code()) && r.status() != ResourceStatus.WITHDRAWN) {
                catalog.withdraw(r.code(), actor, "no longer listed by harvest source '" + source + "'");
                withdrawn.add(r.code());
            }
        }
        return new HarvestReport(source, datasets.size(), created, updated, withdrawn, unchanged, rejected, notes);
    }

    /** The code this dataset gets here: its identifier when free, else prefixed by the source. */
    private String localCode(String source, String identifier, Resource ds) {
        String id = identifier == null ? "" : identifier.trim();
        if (!CODE.matcher(id).matches()) {
            id = id.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("-+", "-").replaceAll("^[-._]+", "");
            if (id.isEmpty()) {
                id = Integer.toHexString(iri(ds).hashCode());
            }
        }
        var existing = catalog.find(id);
        if (existing.isEmpty() || source.equals(existing.get().harvestSource())) {
            return truncate(id);
        }
        return truncate(source + "." + id);
    }

    private static String truncate(String s) {
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    /** Fills what GB/T 21063 needs and DCAT-AP may not say; keeps the source's own values. */
    private InformationResource normalise(String source, String code, InformationResource r, Resource ds) {
        InformationResource.Builder b = r.toBuilder().code(code).harvestSource(source)
                .status(ResourceStatus.PUBLISHED).observed(null, 0, 0);
        String provider = r.providerCode();
        if (provider == null || !CODE.matcher(provider).matches()) {
            provider = source;
        } else if (catalog.providers().find(provider).isEmpty()) {
            catalog.registerProvider(new Provider(provider, publisherName(ds).orElse(provider), null, source, null,
                    Provider.Level.DEPARTMENT));
        }
        b.providerCode(provider);
        if (r.category() != null && catalog.scheme().find(r.category()).isEmpty()) {
            b.category(null);
        }
        if (r.shareType() == null) {
            // an entry published in an open DCAT-AP catalog without access rights is public
            b.shareType(ShareType.UNCONDITIONAL);
        }
        if (r.updateCycle() == null) {
            b.updateCycle(UpdateCycle.IRREGULAR);
        }
        if (r.titleZh() != null && r.titleZh().length() < 2) {
            b.titleZh(r.titleZh() + " (" + code + ")");
        }
        return b.build();
    }

    private void ensureSourceProvider(String source) {
        if (catalog.providers().find(source).isEmpty()) {
            catalog.registerProvider(new Provider(source, "采集源 " + source, "Harvest source " + source, null, null,
                    Provider.Level.DEPARTMENT));
        }
    }

    private static java.util.Optional<String> publisherName(Resource ds) {
        Statement p = ds.getProperty(DCTerms.publisher);
        if (p == null || !p.getObject().isResource()) {
            return java.util.Optional.empty();
        }
        Statement n = p.getObject().asResource().getProperty(ds.getModel().createProperty(FOAF_NAME));
        return n == null ? java.util.Optional.empty() : java.util.Optional.of(n.getObject().asLiteral().getLexicalForm());
    }

    private static String iri(Resource r) {
        return r.isURIResource() ? r.getURI() : r.toString();
    }

    static boolean isGovex(Resource ds) {
        return ds.hasProperty(RDF.type, GOVEX.InformationResource);
    }
}
