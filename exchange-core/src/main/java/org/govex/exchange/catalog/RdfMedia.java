package org.govex.exchange.catalog;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** The representations of catalog entries and the negotiation among them. */
final class RdfMedia {

    static final String TURTLE = "text/turtle";
    static final String JSONLD = "application/ld+json";
    static final String RDFXML = "application/rdf+xml";
    static final String NTRIPLES = "application/n-triples";
    static final String XML = "application/xml";
    static final String JSON = "application/json";

    static final List<String> RESOURCE_TYPES = List.of(JSON, XML, TURTLE, JSONLD, RDFXML);
    private static final Map<String, String> FORMAT_PARAM = Map.of("json", JSON, "xml", XML, "ttl", TURTLE,
            "turtle", TURTLE, "jsonld", JSONLD, "rdf", RDFXML, "rdfxml", RDFXML, "nt", NTRIPLES);

    private RdfMedia() {
    }

    /** The first acceptable type we offer; {@code ?format=} wins over Accept. Null when none fits. */
    static String choose(HttpHeaders headers, String formatParam, List<String> offered) {
        if (formatParam != null && !formatParam.isBlank()) {
            String t = FORMAT_PARAM.get(formatParam.toLowerCase(java.util.Locale.ROOT));
            return t != null && offered.contains(t) ? t : null;
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (String o : offered) {
                if (accepted.isCompatible(MediaType.valueOf(o))) {
                    return o;
                }
            }
        }
        return null;
    }

    static Lang lang(String mediaType) {
        return switch (mediaType) {
            case TURTLE -> Lang.TURTLE;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
            case NTRIPLES -> Lang.NTRIPLES;
            default -> null;
        };
    }

    static String write(Model m, String mediaType) {
        StringWriter w = new StringWriter();
        RDFFormat format = switch (mediaType) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case JSONLD -> RDFFormat.JSONLD11;
            case RDFXML -> RDFFormat.RDFXML_PLAIN;
            default -> RDFFormat.NTRIPLES;
        };
        RDFDataMgr.write(w, m, format);
        return w.toString();
    }
}
