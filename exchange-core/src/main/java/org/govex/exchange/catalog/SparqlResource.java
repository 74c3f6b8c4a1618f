package org.govex.exchange.catalog;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.Lang;
import org.apache.jena.system.Txn;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.govex.catalog.rdf.HidingQuery;
import org.govex.catalog.vocab.CatalogGraphs;
import org.govex.catalog.search.SearchQuery;
import org.govex.catalog.service.CatalogService;
import org.govex.catalog.service.Viewer;
import org.govex.catalog.store.CatalogStore;
import org.govex.exchange.security.CurrentPrincipal;
import org.govex.exchange.security.GovexPrincipal;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.error.Violation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * SPARQL 1.1 Protocol, read-only, over the catalog store: GET {@code ?query=}, POST form
 * {@code query=} or POST {@code application/sparql-query}. Updates are refused. Each query has a
 * time limit and a result cap (a LIMIT is imposed). On the embedded store the default graph is
 * the union of the named graphs without the archived versions (current entries, observations,
 * providers, scheme; history is served by {@code /api/v1/catalog/resources/{code}/history}); for
 * everyone but admins the drafts of other departments are left out too ({@link DraftFilteredDataset}).
 * On a remote store the query is sent as the caller wrote it, except for callers who may not see
 * every draft: their query is rewritten to leave those drafts out ({@link HidingQuery}; property
 * paths other than sequences and inverses, and SERVICE, are refused for them there).
 */
@Path("/sparql")
public class SparqlResource {

    static final String RS_JSON = "application/sparql-results+json";
    static final String RS_XML = "application/sparql-results+xml";
    static final String CSV = "text/csv";
    static final String TSV = "text/tab-separated-values";
    private static final List<String> RESULT_TYPES = List.of(RS_JSON, RS_XML, CSV, TSV, MediaType.APPLICATION_JSON);
    private static final List<String> GRAPH_TYPES = List.of(RdfMedia.TURTLE, RdfMedia.JSONLD, RdfMedia.RDFXML, RdfMedia.NTRIPLES);

    private final CatalogStore store;
    private final CatalogConfig config;
    private final CatalogService catalog;
    private final CurrentPrincipal principal;

    public SparqlResource(CatalogStore store, CatalogConfig config, CatalogService catalog, CurrentPrincipal principal) {
        this.store = store;
        this.config = config;
        this.catalog = catalog;
        this.principal = principal;
    }

    @GET
    @Authenticated
    @Produces(MediaType.WILDCARD)
    public Response get(@QueryParam("query") String query, @QueryParam("update") String update, @Context HttpHeaders headers) {
        refuseUpdate(update);
        return run(query, headers);
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.WILDCARD)
    public Response postForm(@FormParam("query") String query, @FormParam("update") String update, @Context HttpHeaders headers) {
        refuseUpdate(update);
        return run(query, headers);
    }

    @POST
    @Authenticated
    @Consumes("application/sparql-query")
    @Produces(MediaType.WILDCARD)
    public Response postQuery(String query, @Context HttpHeaders headers) {
        return run(query, headers);
    }

    @POST
    @Authenticated
    @Consumes("application/sparql-update")
    @Produces(MediaType.WILDCARD)
    public Response postUpdate(String update) {
        refuseUpdate(update == null ? "" : update);
        return null;
    }

    private static void refuseUpdate(String update) {
        if (update != null) {
            throw new GovexException(ProblemKind.FORBIDDEN, "read-only",
                    "This SPARQL endpoint is read-only; the catalog changes through /api/v1/catalog", List.of(), null);
        }
    }

    private Response run(String text, HttpHeaders headers) {
        if (text == null || text.isBlank()) {
            throw GovexException.invalid("a SPARQL query is required",
                    List.of(new Violation("query", "NotBlank", "give the query as ?query=, a form field or the body")));
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw GovexException.unreadable("The query does not parse: " + e.getMessage(), e);
        }
        int cap = config.sparql().maxResults();
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > cap)) {
            query.setLimit(cap);
        }
        long timeout = config.sparql().timeout().toMillis();
        boolean graph = query.isConstructType() || query.isDescribeType();
        String type = RdfMedia.choose(headers, null, graph ? GRAPH_TYPES : RESULT_TYPES);
        if (type == null) {
            throw new GovexException(ProblemKind.NOT_ACCEPTABLE, "Offered: " + String.join(", ", graph ? GRAPH_TYPES : RESULT_TYPES));
        }
        try {
            if (graph) {
                Model m = read(query, timeout, qe -> query.isConstructType() ? qe.execConstruct() : qe.execDescribe());
                return Response.ok(RdfMedia.write(m, type), type + ";charset=UTF-8").build();
            }
            if (query.isAskType()) {
                boolean answer = read(query, timeout, QueryExecution::execAsk);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                org.apache.jena.riot.rowset.RowSetWriterRegistry.getFactory(resultLang(type)).create(resultLang(type)).write(out, answer, org.apache.jena.sparql.util.Context.emptyContext());
                return ok(out, type);
            }
            ResultSet rs = read(query, timeout, qe -> ResultSetFactory.copyResults(qe.execSelect()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetMgr.write(out, rs, resultLang(type));
            return ok(out, type);
        } catch (QueryCancelledException e) {
            throw new GovexException(ProblemKind.TIMEOUT, "The query ran longer than " + timeout + " ms");
        }
    }

    private static Response ok(ByteArrayOutputStream out, String type) {
        String t = type.equals(MediaType.APPLICATION_JSON) ? RS_JSON : type;
        return Response.ok(out.toString(StandardCharsets.UTF_8), t + ";charset=UTF-8").build();
    }

    private static Lang resultLang(String type) {
        return switch (type) {
            case RS_XML -> ResultSetLang.RS_XML;
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        };
    }

    /**
     * A TDB2 tuple filter hiding the quads of archived versions ({@code …/graph/version/…}) from a
     * query, in the union default graph and in {@code GRAPH ?g} alike. The decision is made once per
     * graph (its node id) per query.
     */
    private static Predicate<Tuple<NodeId>> withoutArchivedVersions(Dataset ds) {
        NodeTable nodes = TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph()).getQuadTable().getNodeTupleTable().getNodeTable();
        Map<NodeId, Boolean> visible = new ConcurrentHashMap<>();
        return tuple -> tuple.len() != 4 || visible.computeIfAbsent(tuple.get(0), id -> {
            Node g = nodes.getNodeForNodeId(id);
            return g == null || !g.isURI() || !g.getURI().startsWith(CatalogGraphs.VERSION_PREFIX);
        });
    }

    private <T> T read(Query query, long timeoutMs, java.util.function.Function<QueryExecution, T> work) {
        if (store.isRemote()) {
            // no view can be put in front of a remote store: the query itself is rewritten to leave the drafts out
            Query visible = HidingQuery.hide(query, hiddenDrafts());
            return store.read(c -> {
                try (QueryExecution qe = c.newQuery().query(visible).timeout(timeoutMs, TimeUnit.MILLISECONDS).build()) {
                    return work.apply(qe);
                }
            });
        }
        var ds = store.localDataset();
        Set<String> hidden = hiddenDrafts();
        return Txn.calculateRead(ds, () -> {
            var exec = hidden.isEmpty()
                    ? QueryExecution.dataset(ds).set(TDB2.symUnionDefaultGraph, true)
                    : QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(DraftFilteredDataset.of(ds.asDatasetGraph(), hidden)));
            if (hidden.isEmpty() && TDBInternal.isTDB2(ds.asDatasetGraph())) {
                exec.set(SystemTDB.symTupleFilter, withoutArchivedVersions(ds));
            }
            try (QueryExecution qe = exec.query(query).timeout(timeoutMs, TimeUnit.MILLISECONDS).build()) {
                return work.apply(qe);
            }
        });
    }

    /** Codes of the drafts the caller may not see: all drafts but the caller's own (none for admins). */
    private Set<String> hiddenDrafts() {
        GovexPrincipal p = principal.get();
        if (p.isAdmin()) {
            return Set.of();
        }
        SearchQuery drafts = SearchQuery.text(null).withStatus("DRAFT");
        Set<String> hidden = new HashSet<>(catalog.codes(drafts, Viewer.ADMIN));
        catalog.codes(drafts, new Viewer(p.departmentCode(), false)).forEach(hidden::remove);
        return hidden;
    }
}
