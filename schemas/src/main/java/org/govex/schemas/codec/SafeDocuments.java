package org.govex.schemas.codec;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.Violation;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hardened parser settings every reader of untrusted documents shares: XML without DTDs or
 * external entities and with bounded depth and text; RDF (Turtle, JSON-LD, RDF/XML) read from a
 * byte-capped, UTF-8-checked stream, RDF/XML without DOCTYPE, JSON-LD with inline contexts only
 * (nothing is ever fetched). Failures are {@link GovexException}s: TOO_LARGE naming the limit, or
 * UNREADABLE with the parser's line and column.
 */
public final class SafeDocuments {

    private static final Pattern POSITION = Pattern.compile("\\[line: (\\d+), col: (\\d+)\\s*]");

    private SafeDocuments() {
    }

    /** A Woodstox factory with no DTD support, no external entities and the limits' depth and text caps. */
    public static XMLInputFactory xmlInputFactory(CodecLimits limits) {
        WstxInputFactory in = new WstxInputFactory();
        in.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        in.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        in.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        in.setProperty(XMLInputFactory.IS_COALESCING, true);
        in.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxDepth() + 1);
        in.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, limits.maxStringLength());
        in.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 32);
        in.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
        return in;
    }

    /**
     * A reader over the body (byte-capped, UTF-8 checked) that fails on a DOCTYPE or an entity
     * reference instead of passing it on: data binders such as Jackson XML skip those events silently.
     */
    public static XMLStreamReader xmlReader(XMLInputFactory factory, InputStream body, CodecLimits limits) {
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new GuardedInputStream(body, limits.maxDocumentBytes()), "UTF-8");
            return new StreamReaderDelegate(r) {
                @Override
                public int next() throws XMLStreamException {
                    int e = super.next();
                    if (e == XMLStreamConstants.DTD || e == XMLStreamConstants.ENTITY_REFERENCE
                            || e == XMLStreamConstants.ENTITY_DECLARATION) {
                        throw dtdRefused();
                    }
                    return e;
                }
            };
        } catch (XMLStreamException e) {
            throw xmlUnreadable(e, limits);
        }
    }

    /** The GovexException for a failed XML read: the guard's own, a DTD refusal, or malformed at line/column. */
    public static GovexException xmlUnreadable(Throwable e, CodecLimits limits) {
        GovexException g = Limits.find(e);
        if (g != null) {
            return g;
        }
        XMLStreamException x = null;
        for (Throwable c = e; c != null && x == null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof XMLStreamException xs) {
                x = xs;
            }
        }
        String m = firstLine(String.valueOf((x != null ? x : e).getMessage()));
        if (m.contains("Text size limit")) {
            return Limits.exceeded("maxStringLength", limits.maxStringLength(), m);
        }
        if (m.toLowerCase().contains("element depth")) {
            return Limits.exceeded("maxDepth", limits.maxDepth(), m);
        }
        if (m.contains("DOCTYPE") || m.contains("DTD") || m.toLowerCase().contains("entity")) {
            return dtdRefused();
        }
        String where = x != null && x.getLocation() != null
                ? "line " + x.getLocation().getLineNumber() + ", column " + x.getLocation().getColumnNumber() : null;
        return syntax("xml", "XML.wellFormed", where, "Malformed XML" + (where == null ? "" : " at " + where) + ": "
                + m.replaceFirst("^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message:\\s*", ""), e);
    }

    private static GovexException dtdRefused() {
        return Limits.unreadable("xml-dtd", "DOCTYPE declarations and entities are not allowed "
                + "(protection against XXE and entity expansion)", null);
    }

    /**
     * Parses an RDF body into a graph: at most {@code maxDocumentBytes}, valid UTF-8; RDF/XML without
     * DOCTYPE; JSON-LD within the JSON limits and with inline contexts only (remote contexts and
     * {@code @import} are refused, the document loader fetches nothing).
     */
    public static Graph readRdf(InputStream body, Lang lang, CodecLimits limits) {
        byte[] bytes;
        try {
            bytes = new GuardedInputStream(body, limits.maxDocumentBytes()).readAllBytes();
        } catch (IOException e) {
            throw Limits.unreadable(null, "The body could not be read: " + e.getMessage(), e);
        }
        return readRdf(bytes, lang, limits);
    }

    static Graph readRdf(byte[] bytes, Lang lang, CodecLimits limits) {
        if (Lang.RDFXML.equals(lang)) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
                throw dtdRefused();
            }
        }
        Context context = new Context();
        if (Lang.JSONLD.equals(lang) || Lang.JSONLD11.equals(lang)) {
            checkJsonLd(bytes, limits);
            JsonLdOptions options = new JsonLdOptions();
            options.setDocumentLoader((url, o) -> {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "remote documents are not fetched: " + url);
            });
            context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        }
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).context(context)
                    .errorHandler(ErrorHandlerFactory.errorHandlerNoWarnings).parse(g);
        } catch (RiotParseException e) {
            String where = e.getLine() > 0 ? "line " + e.getLine() + (e.getCol() > 0 ? ", column " + e.getCol() : "") : null;
            throw syntax("rdf", lang.getLabel() + ".syntax", where, "Malformed " + lang.getLabel()
                    + (where == null ? "" : " at " + where) + ": " + e.getOriginalMessage(), e);
        } catch (RiotException e) {
            GovexException ge = Limits.find(e);
            if (ge != null) {
                throw ge;
            }
            // the error handler reports "[line: 5, col: 5 ] message"
            String m = firstLine(String.valueOf(e.getMessage()));
            Matcher at = POSITION.matcher(m);
            String where = at.find() ? "line " + at.group(1) + ", column " + at.group(2) : null;
            throw syntax("rdf", lang.getLabel() + ".syntax", where, "Malformed " + lang.getLabel()
                    + (where == null ? "" : " at " + where) + ": " + POSITION.matcher(m).replaceFirst("").trim(), e);
        } catch (StackOverflowError e) {
            throw Limits.exceeded("maxDepth", limits.maxDepth(), "the RDF document nests too deeply");
        }
        return g;
    }

    private static GovexException syntax(String suffix, String rule, String where, String detail, Throwable cause) {
        return new GovexException(org.govex.schemas.error.ProblemKind.UNREADABLE, suffix, detail,
                List.of(new Violation(where == null ? "body" : where, rule, detail)), cause);
    }

    /** JSON-LD is JSON first: the same limits apply, and contexts must be inline. */
    private static void checkJsonLd(byte[] bytes, CodecLimits limits) {
        JsonFactory json = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth()).maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength()).maxNameLength(limits.maxNameLength())
                .maxDocumentLength(limits.maxDocumentBytes()).build()).build();
        try (JsonParser p = json.createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME && "@context".equals(p.currentName())) {
                    JsonToken v = p.nextToken();
                    if (v == JsonToken.VALUE_STRING) {
                        throw remoteContext();
                    }
                    if (v == JsonToken.START_ARRAY) {
                        while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                            if (v == JsonToken.VALUE_STRING) {
                                throw remoteContext();
                            }
                            if (v == JsonToken.START_OBJECT) {
                                p.skipChildren();
                            }
                        }
                    } else if (v == JsonToken.START_OBJECT) {
                        // inline; an @import or scoped remote context inside fails in the document loader
                        p.skipChildren();
                    }
                }
            }
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw Limits.fromJackson(e, limits);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? null
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw syntax("json", "JSON-LD.syntax", where, "Malformed JSON-LD" + (where == null ? "" : " at " + where)
                    + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw Limits.unreadable(null, "The body could not be read: " + e.getMessage(), e);
        }
    }

    private static GovexException remoteContext() {
        return Limits.unreadable("jsonld-context", "Remote JSON-LD contexts are not fetched; put the @context inline", null);
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
