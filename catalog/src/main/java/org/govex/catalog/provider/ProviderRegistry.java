package org.govex.catalog.provider;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.govex.catalog.model.Provider;
import org.govex.catalog.rdf.CatalogIris;
import org.govex.catalog.rdf.Sparql;
import org.govex.catalog.store.CatalogStore;
import org.govex.catalog.vocab.CatalogGraphs;
import org.govex.catalog.vocab.GOVEX;
import org.govex.catalog.vocab.Vocabularies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 信息资源提供方: departments and administrations as {@code foaf:Agent}/{@code org:Organization}
 * with {@code org:subOrganizationOf} for the hierarchy, in the providers graph.
 */
public final class ProviderRegistry {

    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String QUERY = Sparql.PREFIXES + """
            PREFIX org: <http://www.w3.org/ns/org#>
            SELECT ?code ?zh ?en ?parent ?division ?level WHERE { GRAPH <%s> {
              ?p a govex:Provider ; dct:identifier ?code ; govex:level ?level .
              OPTIONAL { ?p foaf:name ?zh FILTER(lang(?zh) = "zh") }
              OPTIONAL { ?p foaf:name ?en FILTER(lang(?en) = "en") }
              OPTIONAL { ?p org:subOrganizationOf/dct:identifier ?parent }
              OPTIONAL { ?p govex:divisionCode ?division }
            } }""".formatted(CatalogGraphs.PROVIDERS);

    private final CatalogStore store;
    private final Map<String, Provider> cache = new ConcurrentHashMap<>();

    public ProviderRegistry(CatalogStore store) {
        this.store = store;
        reload();
    }

    public synchronized void reload() {
        cache.clear();
        store.select(QUERY, rs -> {
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String code = s.getLiteral("code").getString();
                cache.put(code, new Provider(code,
                        s.contains("zh") ? s.getLiteral("zh").getString() : code,
                        s.contains("en") ? s.getLiteral("en").getString() : null,
                        s.contains("parent") ? s.getLiteral("parent").getString() : null,
                        s.contains("division") ? s.getLiteral("division").getString() : null,
                        Provider.Level.valueOf(s.getLiteral("level").getString())));
            }
            return null;
        });
    }

    public List<Provider> all() {
        return cache.values().stream().sorted(Comparator.comparing(Provider::code)).toList();
    }

    public Optional<Provider> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(cache.get(code));
    }

    /** The provider and the administrations above it, nearest first. */
    public List<Provider> ancestry(String code) {
        List<Provider> out = new ArrayList<>();
        Optional<Provider> p = find(code);
        while (p.isPresent() && out.size() < 10) {
            out.add(p.get());
            p = find(p.get().parentCode());
        }
        return out;
    }

    /** Creates or replaces a provider. */
    public synchronized Provider put(Provider provider) {
        Model m = ModelFactory.createDefaultModel();
        describe(m, provider);
        String iri = CatalogIris.provider(provider.code());
        UpdateRequest req = new UpdateRequest();
        req.add("DELETE WHERE { GRAPH <" + CatalogGraphs.PROVIDERS + "> { <" + iri + "> ?p ?o } }");
        Sparql.insertData(req, CatalogGraphs.PROVIDERS, m);
        store.update(req);
        cache.put(provider.code(), provider);
        return provider;
    }

    /** Writes the DCAT-AP agent description of a provider into a model. */
    public static Resource describe(Model m, Provider provider) {
        Resource p = m.createResource(CatalogIris.provider(provider.code()))
                .addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                .addProperty(RDF.type, m.createResource(Vocabularies.ORG + "Organization"))
                .addProperty(RDF.type, GOVEX.Provider)
                .addProperty(DCTerms.identifier, provider.code())
                .addProperty(m.createProperty(FOAF + "name"), m.createLiteral(provider.nameZh(), "zh"))
                .addProperty(GOVEX.level, provider.level().name());
        if (provider.nameEn() != null) {
            p.addProperty(m.createProperty(FOAF + "name"), m.createLiteral(provider.nameEn(), "en"));
        }
        if (provider.parentCode() != null) {
            p.addProperty(m.createProperty(Vocabularies.ORG + "subOrganizationOf"),
                    m.createResource(CatalogIris.provider(provider.parentCode())));
        }
        if (provider.divisionCode() != null) {
            p.addProperty(GOVEX.divisionCode, provider.divisionCode());
        }
        return p;
    }
}
