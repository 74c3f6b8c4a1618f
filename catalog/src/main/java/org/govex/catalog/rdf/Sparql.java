package org.govex.catalog.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;

/** Small helpers to build SPARQL text and update requests. */
public final class Sparql {

    public static final String PREFIXES = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX govex: <https://govex.org/ns#>
            """;

    private Sparql() {
    }

    public static UpdateRequest insertData(String graph, Model model) {
        return insertData(new UpdateRequest(), graph, model);
    }

    public static UpdateRequest insertData(UpdateRequest req, String graph, Model model) {
        if (model.isEmpty()) {
            return req;
        }
        Node g = NodeFactory.createURI(graph);
        QuadDataAcc acc = new QuadDataAcc();
        model.getGraph().find().forEachRemaining(t -> acc.addQuad(new Quad(g, t)));
        req.add(new UpdateDataInsert(acc));
        return req;
    }

    /** A string literal with quotes and backslashes escaped, for FILTERs. */
    public static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
