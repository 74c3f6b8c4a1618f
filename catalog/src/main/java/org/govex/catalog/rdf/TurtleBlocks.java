package org.govex.catalog.rdf;

import org.apache.jena.atlas.io.StringWriterI;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.govex.catalog.vocab.Vocabularies;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turtle text of triples, one block per subject, abbreviated with the fixed prefixes of
 * {@link Vocabularies#prefixes()} and written without them: blocks rendered at different times
 * can be concatenated under one {@link #header()} and still parse. Triples with blank nodes are
 * not supported (the catalog's export has none). One instance per thread.
 */
public final class TurtleBlocks {

    private static final String HEADER;

    static {
        StringBuilder b = new StringBuilder();
        Vocabularies.prefixes().getNsPrefixMap().forEach((p, iri) -> b.append("@prefix ").append(p).append(": <").append(iri).append("> .\n"));
        HEADER = b.append('\n').toString();
    }

    private final NodeFormatter nodes = new NodeFormatterTTL(null, PrefixMapFactory.create(Vocabularies.prefixes()));

    private final Map<Node, String> predicates = new java.util.HashMap<>();

    private String formatted(Node n) {
        StringWriterI w = new StringWriterI();
        nodes.format(w, n);
        return w.toString();
    }

    /** The prefix declarations every block relies on. */
    public static String header() {
        return HEADER;
    }

    /** The triples as Turtle blocks, subjects in order of first appearance. */
    public String format(Iterator<Triple> triples) {
        Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
        triples.forEachRemaining(t -> {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                throw new IllegalArgumentException("blank nodes cannot be written as separate Turtle blocks: " + t);
            }
            bySubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t);
        });
        StringWriterI out = new StringWriterI();
        for (List<Triple> block : bySubject.values()) {
            nodes.format(out, block.get(0).getSubject());
            for (int i = 0; i < block.size(); i++) {
                out.write(i == 0 ? " " : " ;\n    ");
                // few predicates, formatted once each
                out.write(predicates.computeIfAbsent(block.get(i).getPredicate(), this::formatted));
                out.write(' ');
                nodes.format(out, block.get(i).getObject());
            }
            out.write(" .\n");
        }
        return out.toString();
    }
}
