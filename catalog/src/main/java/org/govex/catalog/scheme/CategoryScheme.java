package org.govex.catalog.scheme;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.govex.catalog.model.Category;
import org.govex.catalog.rdf.CatalogIris;
import org.govex.catalog.rdf.Sparql;
import org.govex.catalog.store.CatalogStore;
import org.govex.catalog.vocab.CatalogGraphs;
import org.govex.catalog.vocab.GOVEX;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.Violation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The category scheme (信息资源分类, 类/项/目/细目) as SKOS data in its own graph, seeded from
 * {@code categories.ttl} on first use, editable, and the allocator of resource codes
 * ({@code <category code>-<six-digit sequence>}).
 */
public final class CategoryScheme {

    public static final String SCHEME_IRI = "https://govex.org/id/category";
    private static final Pattern CATEGORY_CODE = Pattern.compile("\\d(\\d\\d(\\d{3}(\\d{3})?)?)?");
    private static final String QUERY = Sparql.PREFIXES + """
            SELECT ?code ?zh ?en ?level ?parent WHERE { GRAPH <%s> {
              ?c skos:inScheme <%s> ; skos:notation ?code ; govex:level ?level .
              OPTIONAL { ?c skos:prefLabel ?zh FILTER(lang(?zh) = "zh") }
              OPTIONAL { ?c skos:prefLabel ?en FILTER(lang(?en) = "en") }
              OPTIONAL { ?c skos:broader/skos:notation ?parent }
            } }""".formatted(CatalogGraphs.SCHEME, SCHEME_IRI);

    private final CatalogStore store;
    private final Map<String, Category> cache = new ConcurrentHashMap<>();

    public CategoryScheme(CatalogStore store) {
        this.store = store;
        if (!store.ask("ASK { GRAPH <" + CatalogGraphs.SCHEME + "> { ?s ?p ?o } }")) {
            Model seed = RDFParser.source(getClass().getResource("categories.ttl").toString()).lang(Lang.TURTLE).toModel();
            store.update(Sparql.insertData(CatalogGraphs.SCHEME, seed));
        }
        reload();
    }

    public synchronized void reload() {
        cache.clear();
        store.select(QUERY, rs -> {
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String code = s.getLiteral("code").getString();
                cache.put(code, new Category(code,
                        s.contains("zh") ? s.getLiteral("zh").getString() : code,
                        s.contains("en") ? s.getLiteral("en").getString() : null,
                        Category.Level.valueOf(s.getLiteral("level").getString()),
                        s.contains("parent") ? s.getLiteral("parent").getString() : null));
            }
            return null;
        });
    }

    public List<Category> categories() {
        return cache.values().stream().sorted(Comparator.comparing(Category::code)).toList();
    }

    public Optional<Category> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(cache.get(code));
    }

    /** The category and its ancestors, top first (类, 项, 目, 细目). */
    public List<Category> path(String code) {
        List<Category> out = new ArrayList<>();
        Optional<Category> c = find(code);
        while (c.isPresent()) {
            out.add(0, c.get());
            c = find(c.get().parentCode());
        }
        return out;
    }

    /** Adds (or relabels) a concept; its code must extend its parent's by the level's digits. */
    public synchronized Category put(Category category) {
        String code = category.code();
        if (code == null || !CATEGORY_CODE.matcher(code).matches()) {
            throw GovexException.invalid("category code must be 1, 3, 6 or 9 digits (类/项/目/细目)",
                    List.of(new Violation("code", "CategoryCode.pattern", "'" + code + "' is not a category code")));
        }
        Category.Level level = Category.Level.ofCodeLength(code.length());
        String parent = level == Category.Level.CLASS ? null : code.substring(0, code.length() - level.digits());
        if (parent != null && !cache.containsKey(parent)) {
            throw GovexException.invalid("the parent category does not exist",
                    List.of(new Violation("code", "Category.parent", "no category " + parent + " above " + code)));
        }
        Model m = ModelFactory.createDefaultModel();
        Resource c = m.createResource(CatalogIris.category(code))
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, m.createResource(SCHEME_IRI))
                .addProperty(SKOS.notation, code)
                .addProperty(SKOS.prefLabel, m.createLiteral(category.labelZh(), "zh"))
                .addProperty(GOVEX.level, level.name());
        if (category.labelEn() != null) {
            c.addProperty(SKOS.prefLabel, m.createLiteral(category.labelEn(), "en"));
        }
        if (parent == null) {
            c.addProperty(SKOS.topConceptOf, m.createResource(SCHEME_IRI));
        } else {
            c.addProperty(SKOS.broader, m.createResource(CatalogIris.category(parent)));
        }
        UpdateRequest req = new UpdateRequest();
        req.add("DELETE WHERE { GRAPH <" + CatalogGraphs.SCHEME + "> { <" + c.getURI() + "> ?p ?o } }");
        Sparql.insertData(req, CatalogGraphs.SCHEME, m);
        store.update(req);
        Category saved = new Category(code, category.labelZh(), category.labelEn(), level, parent);
        cache.put(code, saved);
        return saved;
    }

    /**
     * Allocates the next code under a category: one more than the highest sequence in use
     * (current and archived entries alike, so a withdrawn code is never reused).
     */
    public synchronized String allocate(String categoryCode) {
        if (find(categoryCode).isEmpty()) {
            throw GovexException.invalid("unknown category",
                    List.of(new Violation("category", "Category.exists", "no category '" + categoryCode + "' in the scheme")));
        }
        String prefix = categoryCode + "-";
        int max = store.select(Sparql.PREFIXES + """
                SELECT (MAX(xsd:integer(SUBSTR(?code, %d))) AS ?max) WHERE {
                  GRAPH ?g { ?s a govex:InformationResource ; dct:identifier ?code }
                  FILTER(STRSTARTS(?code, "%s"))
                }""".formatted(prefix.length() + 1, prefix), rs -> {
            if (rs.hasNext()) {
                QuerySolution s = rs.next();
                return s.contains("max") ? s.getLiteral("max").getInt() : 0;
            }
            return 0;
        });
        return prefix + String.format("%06d", max + 1);
    }

    public static boolean isAllocatedForm(String code) {
        return code != null && code.matches("\\d{1,9}-\\d{6}");
    }
}
