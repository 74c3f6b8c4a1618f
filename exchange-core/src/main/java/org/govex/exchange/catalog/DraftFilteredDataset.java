package org.govex.exchange.catalog;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.system.G;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.govex.catalog.rdf.CatalogIris;
import org.govex.catalog.vocab.CatalogGraphs;
import org.govex.catalog.vocab.GOVEX;

import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.Set;

/**
 * The embedded store as a non-admin may query it through {@code /sparql}: the drafts of other
 * departments are hidden — their current graph and what the exchange observed about them — and,
 * as for admins, every archived version. The default graph is the union of the visible named graphs (as
 * {@code tdb2:unionDefaultGraph} is for admins). Read-only.
 */
final class DraftFilteredDataset extends DatasetGraphFilteredView {

    private DraftFilteredDataset(DatasetGraph base, Set<String> hidden, VisibleGraphs graphs) {
        super(base, q -> visible(q, hidden), graphs);
    }

    /** A view of {@code base} without the entries whose codes are {@code hidden}. */
    static DraftFilteredDataset of(DatasetGraph base, Set<String> hidden) {
        return new DraftFilteredDataset(base, hidden, new VisibleGraphs(base, hidden));
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }

    @Override
    public Graph getUnionGraph() {
        DatasetGraphFilteredView self = this;
        return new GraphReadOnly(new GraphBase() {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple t) {
                Iterator<Quad> quads = self.find(Node.ANY, t.getMatchSubject(), t.getMatchPredicate(), t.getMatchObject());
                return WrappedIterator.createNoRemove(Iter.distinct(G.quads2triples(quads)));
            }
        });
    }

    static boolean visible(Quad q, Set<String> hidden) {
        if (archived(q.getGraph())) {
            return false;
        }
        String code = codeOfGraph(q.getGraph());
        if (code == null && q.getGraph().isURI() && CatalogGraphs.OBSERVATIONS.equals(q.getGraph().getURI())
                && q.getSubject().isURI()) {
            code = CatalogIris.localAfter(q.getSubject().getURI(), GOVEX.RESOURCE_ID);
        }
        return code == null || !hidden.contains(code);
    }

    /** An archived version's graph: hidden from everyone's queries (the history API serves them). */
    static boolean archived(Node g) {
        return g.isURI() && g.getURI().startsWith(CatalogGraphs.VERSION_PREFIX);
    }

    /** The entry code of a current or archived entry graph, else null. */
    static String codeOfGraph(Node g) {
        if (!g.isURI()) {
            return null;
        }
        String iri = g.getURI();
        if (iri.startsWith(CatalogGraphs.RESOURCE_PREFIX)) {
            return iri.substring(CatalogGraphs.RESOURCE_PREFIX.length());
        }
        if (iri.startsWith(CatalogGraphs.VERSION_PREFIX)) {
            int slash = iri.lastIndexOf('/');
            return slash > CatalogGraphs.VERSION_PREFIX.length() ? iri.substring(CatalogGraphs.VERSION_PREFIX.length(), slash) : null;
        }
        return null;
    }

    /** The names of the visible graphs, listed lazily from the store (for {@code GRAPH ?g}). */
    private static final class VisibleGraphs extends AbstractCollection<Node> {
        private final DatasetGraph base;
        private final Set<String> hidden;

        VisibleGraphs(DatasetGraph base, Set<String> hidden) {
            this.base = base;
            this.hidden = hidden;
        }

        @Override
        public Iterator<Node> iterator() {
            return Iter.filter(base.listGraphNodes(), g -> {
                if (archived(g)) {
                    return false;
                }
                String code = codeOfGraph(g);
                return code == null || !hidden.contains(code);
            });
        }

        @Override
        public int size() {
            return (int) Iter.count(iterator());
        }
    }
}
