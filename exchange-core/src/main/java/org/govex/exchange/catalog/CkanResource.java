package org.govex.exchange.catalog;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.UriInfo;
import org.govex.schemas.error.GovexException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.Provider;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.search.ResourceSummary;
import org.govex.catalog.search.SearchQuery;
import org.govex.catalog.search.SearchResult;
import org.govex.catalog.service.CatalogService;
import org.govex.catalog.service.Viewer;
import org.govex.exchange.security.CurrentPrincipal;
import org.govex.exchange.security.GovexPrincipal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read-only subset of the CKAN Action API (v3) so CKAN clients and harvesters can read the
 * catalog: package_search, package_show, package_list, organization_list, organization_show.
 * Answers use CKAN's envelope ({@code help}, {@code success}, {@code result} or {@code error});
 * errors keep CKAN's body rather than problem+json.
 */
@Path("/api/3/action")
public class CkanResource {

    private static final Logger LOG = Logger.getLogger(CkanResource.class);

    private static final Map<String, String> FIELDS = Map.of("organization", "provider", "owner_org", "provider",
            "groups", "category", "res_format", "format", "share_type", "share", "update_cycle", "cycle",
            "base_database", "base", "open_type", "open");
    private static final Pattern FQ = Pattern.compile("([a-z_]+):(\"[^\"]*\"|\\S+)");

    private final CatalogService catalog;
    private final CatalogConfig config;
    private final CurrentPrincipal principal;

    public CkanResource(CatalogService catalog, CatalogConfig config, CurrentPrincipal principal) {
        this.catalog = catalog;
        this.config = config;
        this.principal = principal;
    }

    @GET
    @Path("/{action}")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public Response action(@PathParam("action") String action, @QueryParam("q") String q, @QueryParam("fq") String fq,
                           @QueryParam("rows") String rows, @QueryParam("start") String start,
                           @QueryParam("facet.field") String facetFields, @QueryParam("sort") String sort,
                           @QueryParam("id") String id, @QueryParam("all_fields") String allFields) {
        return run(action, new Params(q, fq, rows, start, parseList(facetFields), sort, id, allFields));
    }

    /** CKAN clients such as ckanapi POST the parameters as a JSON object. */
    @POST
    @Path("/{action}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response actionPost(@PathParam("action") String action, Map<String, Object> body) {
        Map<String, Object> b = body == null ? Map.of() : body;
        Object facets = b.get("facet.field");
        List<String> facetFields = facets instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                : parseList(facets == null ? null : String.valueOf(facets));
        return run(action, new Params(str(b.get("q")), str(b.get("fq")), str(b.get("rows")), str(b.get("start")),
                facetFields, str(b.get("sort")), str(b.get("id")), str(b.get("all_fields"))));
    }

    /** The parameters of an action, as CKAN reads them from the query string or the JSON body. */
    private record Params(String q, String fq, String rows, String start, List<String> facetFields, String sort,
                          String id, String allFields) {
    }

    private Response run(String action, Params p) {
        return switch (action) {
            case "package_search" -> {
                Integer rows = natural(p.rows(), 10);
                Integer start = natural(p.start(), 0);
                if (rows == null || start == null) {
                    yield validationError(action, rows == null ? "rows" : "start", "Invalid integer");
                }
                yield ok(action, packageSearch(p.q(), p.fq(), rows, start, p.facetFields(), p.sort()));
            }
            case "package_show" -> p.id() == null || p.id().isBlank() ? validationError(action, "id", "Missing value")
                    : packageShow(action, p.id());
            case "package_list" -> ok(action, catalog.codes(SearchQuery.text(null).withStatus("PUBLISHED").withSort("code"), viewer()));
            case "organization_list" -> ok(action, Boolean.parseBoolean(p.allFields())
                    ? catalog.providers().all().stream().map(this::organization).toList()
                    : catalog.providers().all().stream().map(Provider::code).toList());
            case "organization_show" -> p.id() == null || p.id().isBlank() ? validationError(action, "id", "Missing value")
                    : catalog.providers().find(p.id())
                    .map(o -> ok(action, organization(o)))
                    .orElseGet(() -> error(action, 404, "Not Found Error", "Not found"));
            // CKAN answers an unknown action with a bare JSON string, not the envelope
            default -> Response.status(400).type(MediaType.APPLICATION_JSON)
                    .entity("\"" + new String(JsonStringEncoder.getInstance().quoteAsString(
                            "Bad request - Action name not known: " + action)) + "\"").build();
        };
    }

    /** A non-negative integer, the default when absent, null when not one (CKAN: Invalid integer). */
    private static Integer natural(String value, int dflt) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(value.trim());
            return v < 0 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private Map<String, Object> packageSearch(String q, String fq, int rows, int start, List<String> facetFields, String sort) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (fq != null) {
            Matcher m = FQ.matcher(fq);
            while (m.find()) {
                String field = FIELDS.get(m.group(1));
                if (field != null) {
                    filters.put(field, m.group(2).replace("\"", ""));
                }
            }
        }
        int size = Math.max(1, Math.min(rows, SearchQuery.MAX_SIZE));
        String order = sort == null ? null : sort.startsWith("metadata_modified") ? (sort.endsWith("desc") ? "-modified" : "modified")
                : sort.startsWith("title") ? (sort.endsWith("desc") ? "-title" : "title")
                : sort.startsWith("name") ? (sort.endsWith("desc") ? "-code" : "code") : null;
        String text = q == null || q.isBlank() || q.equals("*:*") ? null : q;
        SearchQuery query = new SearchQuery(text, filters.get("provider"), filters.get("category"),
                filters.get("share"), filters.get("cycle"), filters.get("base"), filters.get("open"), filters.get("format"),
                null, order, start / size + 1, size);
        SearchResult r = catalog.search(query, viewer());
        List<String> codes = new ArrayList<>(r.results().stream().map(ResourceSummary::code).toList());
        int skip = start % size;
        if (rows == 0) {
            // CKAN clients ask rows=0 for the count and facets alone
            codes.clear();
        } else if (skip > 0) {
            // start is not on a page boundary: the rest of the window is on the next page
            codes.addAll(catalog.search(query.withPage(query.page() + 1, size), viewer()).results().stream()
                    .map(ResourceSummary::code).toList());
            codes = codes.subList(Math.min(skip, codes.size()), Math.min(skip + size, codes.size()));
        }
        List<Object> results = new ArrayList<>();
        for (InformationResource res : catalog.load(codes)) {
            results.add(pkg(res));
        }
        Map<String, Object> facets = new LinkedHashMap<>();
        Map<String, Object> searchFacets = new LinkedHashMap<>();
        for (String f : facetFields) {
            String dim = FIELDS.get(f);
            if (dim == null) {
                continue;
            }
            Map<String, Long> counts = r.facets().getOrDefault(dim, Map.of());
            facets.put(f, counts);
            List<Map<String, Object>> items = new ArrayList<>();
            counts.forEach((name, count) -> items.add(Map.of("name", name, "display_name", displayName(dim, name), "count", count)));
            searchFacets.put(f, Map.of("title", f, "items", items));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", r.total());
        out.put("sort", sort == null ? "score desc, metadata_modified desc" : sort);
        out.put("facets", facets);
        out.put("results", results);
        out.put("search_facets", searchFacets);
        return out;
    }

    private String displayName(String dim, String value) {
        if (dim.equals("provider")) {
            return catalog.providers().find(value).map(Provider::nameZh).orElse(value);
        }
        if (dim.equals("category")) {
            return catalog.scheme().find(value).map(c -> c.labelZh()).orElse(value);
        }
        return value;
    }

    private Response packageShow(String action, String id) {
        var found = catalog.find(id);
        if (found.isEmpty() || (found.get().status() == ResourceStatus.DRAFT && !principal.actsFor(found.get().providerCode()))) {
            return error(action, 404, "Not Found Error", "Not found");
        }
        return ok(action, pkg(found.get()));
    }

    private Map<String, Object> pkg(InformationResource r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", r.code());
        p.put("name", r.code());
        p.put("title", r.titleZh());
        p.put("notes", r.summary());
        p.put("type", "dataset");
        p.put("state", r.status() == ResourceStatus.WITHDRAWN ? "deleted" : r.status() == ResourceStatus.DRAFT ? "draft" : "active");
        p.put("private", false);
        p.put("version", String.valueOf(r.version()));
        p.put("metadata_created", r.issued() == null ? null : r.issued().toString());
        p.put("metadata_modified", r.modified() == null ? null : r.modified().toString());
        p.put("owner_org", r.providerCode());
        catalog.providers().find(r.providerCode()).ifPresent(o -> p.put("organization", organization(o)));
        p.put("tags", r.keywords().stream().map(k -> Map.of("name", k, "display_name", k)).toList());
        p.put("num_tags", r.keywords().size());
        p.put("groups", r.category() == null ? List.of() : List.of(Map.of("name", r.category(),
                "title", catalog.scheme().find(r.category()).map(c -> c.labelZh()).orElse(r.category()))));
        List<Map<String, Object>> extras = new ArrayList<>();
        extra(extras, "title_en", r.titleEn());
        extra(extras, "share_type", r.shareType() == null ? null : r.shareType().name());
        extra(extras, "share_conditions", r.shareConditions());
        extra(extras, "legal_basis", r.legalBasis());
        extra(extras, "open_type", r.openType() == null ? null : r.openType().name());
        extra(extras, "update_cycle", r.updateCycle() == null ? null : r.updateCycle().name());
        extra(extras, "base_database", r.baseDatabase().id());
        extra(extras, "record_type", r.recordType());
        extra(extras, "data_items", String.join(",", r.dataItems().stream().map(i -> i.name()).toList()));
        p.put("extras", extras);
        String base = config.baseUrl().replaceAll("/$", "");
        List<Map<String, Object>> resources = List.of(
                resource(r.code() + "-feed", r.titleZh() + " 交换订阅数据", base + "/api/v1/exchange/resources/" + r.code() + "/feed",
                        r.format() == null ? "JSON" : r.format()),
                resource(r.code() + "-metadata", r.titleZh() + " 目录元数据", base + "/api/v1/catalog/resources/" + r.code() + "?format=ttl", "Turtle"));
        p.put("resources", resources);
        p.put("num_resources", resources.size());
        return p;
    }

    private static Map<String, Object> resource(String id, String name, String url, String format) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("url", url);
        m.put("format", format);
        return m;
    }

    private static void extra(List<Map<String, Object>> extras, String key, String value) {
        if (value != null && !value.isBlank()) {
            extras.add(Map.of("key", key, "value", value));
        }
    }

    private Map<String, Object> organization(Provider p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", p.code());
        o.put("name", p.code());
        o.put("title", p.nameZh());
        o.put("description", p.nameEn() == null ? "" : p.nameEn());
        o.put("type", "organization");
        o.put("is_organization", true);
        o.put("state", "active");
        return o;
    }

    private static List<String> parseList(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(json);
        while (m.find()) {
            out.add(m.group(1));
        }
        if (out.isEmpty()) {
            out.addAll(List.of(json.split(",")));
        }
        return out;
    }

    private Response ok(String action, Object result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", help(action));
        body.put("success", true);
        body.put("result", result);
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    private Response error(String action, int status, String type, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", type);
        error.put("message", message);
        return error(action, status, error);
    }

    /** CKAN's ValidationError: 409, the offending fields with their messages beside {@code __type}. */
    private Response validationError(String action, String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", "Validation Error");
        error.put(field, List.of(message));
        return error(action, 409, error);
    }

    private Response error(String action, int status, Map<String, Object> error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", help(action));
        body.put("success", false);
        body.put("error", error);
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    // Failures of this API keep CKAN's error body (CKAN clients read error.__type), not problem+json.

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return Response.fromResponse(error(actionOf(uri), 401, "Authorization Error",
                "Access denied: send the API key in Authorization or X-CKAN-API-Key"))
                .header("WWW-Authenticate", "Bearer realm=\"govex\"").build();
    }

    @ServerExceptionMapper
    public Response unknownKey(AuthenticationFailedException e, UriInfo uri) {
        return error(actionOf(uri), 401, "Authorization Error", "Access denied: the API key is unknown or revoked");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return error(actionOf(uri), 403, "Authorization Error", "Access denied");
    }

    @ServerExceptionMapper
    public Response govex(GovexException e, UriInfo uri) {
        String action = actionOf(uri);
        return switch (e.kind()) {
            case INVALID -> {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("__type", "Validation Error");
                e.violations().forEach(v -> error.put(v.field(), List.of(v.message())));
                if (e.violations().isEmpty()) {
                    error.put("message", e.getMessage());
                }
                yield error(action, 409, error);
            }
            case NOT_FOUND -> error(action, 404, "Not Found Error", "Not found: " + e.getMessage());
            case FORBIDDEN, UNAUTHENTICATED -> error(action, 403, "Authorization Error", "Access denied: " + e.getMessage());
            default -> error(action, e.kind().status(), e.kind().status() >= 500 ? "Internal Server Error" : "Bad Request",
                    e.getMessage());
        };
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("CKAN action failed at " + uri.getPath(), e);
        return error(actionOf(uri), 500, "Internal Server Error", "Internal Server Error");
    }

    private static String actionOf(UriInfo uri) {
        String path = uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private String help(String action) {
        return config.baseUrl().replaceAll("/$", "") + "/api/3/action/help_show?name=" + action;
    }

    private Viewer viewer() {
        GovexPrincipal p = principal.get();
        return new Viewer(p.departmentCode(), p.isAdmin());
    }
}
