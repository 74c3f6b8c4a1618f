package org.govex.exchange.catalog;

import io.quarkus.security.Authenticated;
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
                           @QueryParam("rows") @DefaultValue("10") int rows, @QueryParam("start") @DefaultValue("0") int start,
                           @QueryParam("facet.field") String facetFields, @QueryParam("sort") String sort,
                           @QueryParam("id") String id, @QueryParam("all_fields") @DefaultValue("false") boolean allFields) {
        return switch (action) {
            case "package_search" -> ok(action, packageSearch(q, fq, rows, start, facetFields, sort));
            case "package_show" -> packageShow(action, id);
            case "package_list" -> ok(action, catalog.search(SearchQuery.text(null).withPage(1, 1), viewer()).total() >= 0
                    ? catalog.list(new SearchQuery(null, null, null, null, null, null, null, null, "PUBLISHED", "code", 1, 1), viewer())
                    .stream().map(InformationResource::code).toList() : List.of());
            case "organization_list" -> ok(action, allFields
                    ? catalog.providers().all().stream().map(this::organization).toList()
                    : catalog.providers().all().stream().map(Provider::code).toList());
            case "organization_show" -> catalog.providers().find(id)
                    .map(p -> ok(action, organization(p)))
                    .orElseGet(() -> error(action, 404, "Not Found Error", "Not found"));
            default -> error(action, 400, "Validation Error", "Action name not known: " + action);
        };
    }

    private Map<String, Object> packageSearch(String q, String fq, int rows, int start, String facetFields, String sort) {
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
        int page = Math.max(0, start) / size + 1;
        String order = sort == null ? null : sort.startsWith("metadata_modified") ? (sort.endsWith("desc") ? "-modified" : "modified")
                : sort.startsWith("title") ? (sort.endsWith("desc") ? "-title" : "title")
                : sort.startsWith("name") ? (sort.endsWith("desc") ? "-code" : "code") : null;
        String text = q == null || q.isBlank() || q.equals("*:*") ? null : q;
        SearchResult r = catalog.search(new SearchQuery(text, filters.get("provider"), filters.get("category"),
                filters.get("share"), filters.get("cycle"), filters.get("base"), filters.get("open"), filters.get("format"),
                null, order, page, size), viewer());
        List<Object> results = new ArrayList<>();
        List<String> codes = r.results().stream().map(ResourceSummary::code).toList();
        for (InformationResource res : catalog.load(codes)) {
            results.add(pkg(res));
        }
        Map<String, Object> facets = new LinkedHashMap<>();
        Map<String, Object> searchFacets = new LinkedHashMap<>();
        for (String f : parseList(facetFields)) {
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", help(action));
        body.put("success", false);
        body.put("error", Map.of("__type", type, "message", message));
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    private String help(String action) {
        return config.baseUrl().replaceAll("/$", "") + "/api/3/action/help_show?name=" + action;
    }

    private Viewer viewer() {
        GovexPrincipal p = principal.get();
        return new Viewer(p.departmentCode(), p.isAdmin());
    }
}
