package org.govex.catalog.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.ExprUtils;
import org.govex.catalog.vocab.CatalogGraphs;
import org.govex.catalog.vocab.GOVEX;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.Violation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rewrites a SPARQL query so that it cannot see some entries, for a store that evaluates it
 * elsewhere (a remote Fuseki, where no view of the dataset can be put in between). Every triple an
 * entry's description consists of has the entry's IRI or an IRI under it ({@code …/item/…}) as
 * subject — in its current graph, its archived versions and the observations graph alike — so
 * every triple pattern gets a filter that its subject is none of those; {@code GRAPH ?g} gets one
 * that {@code ?g} is neither a hidden entry's graph nor an archived version. Property paths are
 * expanded into triple patterns when they are sequences, inverses or links; other paths, and
 * {@code SERVICE}, are refused (they could reach hidden triples without a subject to filter).
 * DESCRIBE does not describe hidden entries. Hidden entries' IRIs may still appear as the object
 * of another entry's triple (a published entry's {@code dct:relation} to a draft), never their
 * description.
 */
public final class HidingQuery {

    private static final String FRESH = "_hidden";

    private final List<String> codes;
    private int fresh;

    private HidingQuery(Collection<String> hiddenCodes) {
        this.codes = hiddenCodes.stream().sorted().map(c -> CatalogIris.resource(c).substring(GOVEX.RESOURCE_ID.length())).toList();
    }

    /** The query rewritten so that the entries with these codes are invisible (the query itself when none). */
    public static Query hide(Query query, Collection<String> hiddenCodes) {
        if (hiddenCodes.isEmpty()) {
            return query;
        }
        return new HidingQuery(hiddenCodes).rewrite(query);
    }

    private Query rewrite(Query query) {
        List<Var> star = query.isSelectType() && query.isQueryResultStar() ? List.copyOf(query.getProjectVars()) : null;
        Query out = QueryTransformOps.transform(query, new Transform());
        if (star != null) {
            // the fresh variables of the rewrite must not widen SELECT *
            out.setQueryResultStar(false);
            out.getProject().clear();
            star.forEach(out::addResultVar);
            out.resetResultVars();
        }
        if (out.isDescribeType()) {
            out.getResultURIs().removeIf(this::hiddenSubject);
            if (out.getResultURIs().isEmpty() && out.getProjectVars().isEmpty()) {
                // only hidden entries were asked for: describe nothing
                out.addDescribeNode(freshVar());
                out.setQueryPattern(nothing());
                return out;
            }
            Set<Var> vars = new LinkedHashSet<>(out.getProjectVars());
            if (out.getQueryPattern() != null && !vars.isEmpty()) {
                ElementGroup g = new ElementGroup();
                g.addElement(out.getQueryPattern());
                vars.forEach(v -> g.addElementFilter(new ElementFilter(subjectVisible(v))));
                out.setQueryPattern(g);
            }
        }
        return out;
    }

    private final class Transform extends ElementTransformCopyBase {

        @Override
        public Element transform(ElementPathBlock el) {
            return restricted(el.getPattern().getList());
        }

        @Override
        public Element transform(ElementTriplesBlock el) {
            return restricted(el.getPattern().getList().stream().map(TriplePath::new).toList());
        }

        @Override
        public Element transform(ElementNamedGraph el, Node graph, Element sub) {
            if (graph.isURI()) {
                return hiddenGraph(graph.getURI()) ? nothing() : new ElementNamedGraph(graph, sub);
            }
            ElementGroup g = new ElementGroup();
            g.addElement(new ElementNamedGraph(graph, sub));
            if (Var.isVar(graph)) {
                g.addElementFilter(new ElementFilter(graphVisible(Var.alloc(graph))));
            }
            return g;
        }

        @Override
        public Element transform(ElementService el, Node service, Element sub) {
            throw refused("SERVICE");
        }

        @Override
        public Element transform(ElementSubQuery el, Query query) {
            return new ElementSubQuery(rewrite(query));
        }
    }

    /** The triple patterns (paths expanded) with a filter on each variable subject. */
    private Element restricted(List<TriplePath> patterns) {
        Map<Node, Var> renamed = new HashMap<>();
        ElementPathBlock block = new ElementPathBlock();
        Set<Var> subjects = new LinkedHashSet<>();
        for (TriplePath tp : patterns) {
            for (Triple t : expand(name(tp.getSubject(), renamed), tp.getPath() == null ? new P_Link(tp.getPredicate()) : tp.getPath(),
                    name(tp.getObject(), renamed))) {
                if (t.getSubject().isURI() && hiddenSubject(t.getSubject())) {
                    return nothing();
                }
                if (Var.isVar(t.getSubject())) {
                    subjects.add(Var.alloc(t.getSubject()));
                }
                block.addTriple(t);
            }
        }
        ElementGroup g = new ElementGroup();
        g.addElement(block);
        subjects.forEach(v -> g.addElementFilter(new ElementFilter(subjectVisible(v))));
        return g;
    }

    /** Blank nodes of the pattern as named variables, so that a filter can name them. */
    private Node name(Node n, Map<Node, Var> renamed) {
        if (n.isBlank() || (Var.isVar(n) && !Var.isNamedVar(n))) {
            return renamed.computeIfAbsent(n, k -> freshVar());
        }
        return n;
    }

    private Var freshVar() {
        return Var.alloc(FRESH + fresh++);
    }

    private List<Triple> expand(Node s, Path path, Node o) {
        if (path instanceof P_Link link) {
            return List.of(Triple.create(s, link.getNode(), o));
        }
        if (path instanceof P_Inverse inverse) {
            return expand(o, inverse.getSubPath(), s);
        }
        if (path instanceof P_Seq seq) {
            Var middle = freshVar();
            List<Triple> out = new ArrayList<>(expand(s, seq.getLeft(), middle));
            out.addAll(expand(middle, seq.getRight(), o));
            return out;
        }
        throw refused("property path " + path);
    }

    private boolean hiddenSubject(Node n) {
        if (!n.isURI() || !n.getURI().startsWith(GOVEX.RESOURCE_ID)) {
            return false;
        }
        String local = n.getURI().substring(GOVEX.RESOURCE_ID.length());
        int slash = local.indexOf('/');
        return codes.contains(slash < 0 ? local : local.substring(0, slash));
    }

    private boolean hiddenGraph(String iri) {
        return iri.startsWith(CatalogGraphs.VERSION_PREFIX)
                || (iri.startsWith(CatalogGraphs.RESOURCE_PREFIX) && codes.contains(iri.substring(CatalogGraphs.RESOURCE_PREFIX.length())));
    }

    /** Unbound, or not an entry's IRI nor under one, for the hidden entries. */
    private Expr subjectVisible(Var v) {
        String s = "STR(?" + v.getVarName() + ")";
        return ExprUtils.parse("!BOUND(?" + v.getVarName() + ") || !STRSTARTS(" + s + ", " + literal(GOVEX.RESOURCE_ID) + ") || !(STRBEFORE(CONCAT(STRAFTER("
                + s + ", " + literal(GOVEX.RESOURCE_ID) + "), \"/\"), \"/\") IN (" + list(codes) + "))");
    }

    /** Unbound, or neither an archived version's graph nor a hidden entry's current graph. */
    private Expr graphVisible(Var g) {
        return ExprUtils.parse("!BOUND(?" + g.getVarName() + ") || !(STRSTARTS(STR(?" + g.getVarName() + "), "
                + literal(CatalogGraphs.VERSION_PREFIX) + ") || ?" + g.getVarName() + " IN ("
                + codes.stream().map(c -> "<" + CatalogGraphs.current(c) + ">").collect(Collectors.joining(", ")) + "))");
    }

    private static Element nothing() {
        ElementGroup g = new ElementGroup();
        g.addElementFilter(new ElementFilter(ExprUtils.parse("false")));
        return g;
    }

    private static String list(List<String> values) {
        return values.stream().map(HidingQuery::literal).collect(Collectors.joining(", "));
    }

    private static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static GovexException refused(String what) {
        String message = what + " is not available here: on this catalog's remote store, queries of callers who may not see every"
                + " draft are rewritten to leave the drafts out, and this cannot be";
        return GovexException.invalid(message, List.of(new Violation("query", "Sparql.hidingRewrite", message)));
    }
}
