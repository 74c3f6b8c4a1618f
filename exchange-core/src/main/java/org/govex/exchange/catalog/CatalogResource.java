package org.govex.exchange.catalog;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.apache.jena.rdf.model.Model;
import org.govex.catalog.model.Category;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.Provider;
import org.govex.catalog.model.ResourceDiff;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.model.ResourceVersion;
import org.govex.catalog.provider.ProviderRegistry;
import org.govex.catalog.rdf.ResourceMapper;
import org.govex.catalog.search.SearchQuery;
import org.govex.catalog.search.SearchResult;
import org.govex.catalog.service.CatalogService;
import org.govex.catalog.service.Viewer;
import org.govex.catalog.vocab.Vocabularies;
import org.govex.exchange.security.CurrentPrincipal;
import org.govex.exchange.security.GovexPrincipal;
import org.govex.exchange.security.Role;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.govex.exchange.audit.AuditTrail;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /api/v1/catalog}: information resources (CRUD with content negotiation, search with
 * facets, history and diffs), providers, data elements and the category scheme.
 * Providers edit only their own department's entries; any key reads published entries; drafts
 * are visible to their provider and admins.
 */
@Path("/api/v1/catalog")
public class CatalogResource {

    private final CatalogService catalog;
    private final CurrentPrincipal principal;
    private final AuditTrail audit;
    private final ResourceInput input;

    public CatalogResource(CatalogService catalog, CurrentPrincipal principal, AuditTrail audit, ResourceInput input) {
        this.catalog = catalog;
        this.principal = principal;
        this.audit = audit;
        this.input = input;
    }

    /** Every catalog change is an audit event: who, what, which entry, which version. */
    private InformationResource audited(String action, InformationResource r) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("version", r.version());
        detail.put("status", String.valueOf(r.status()));
        detail.put("provider", r.providerCode());
        audit.record(principal.get().id(), action, r.code(), detail);
        return r;
    }

    /** One page of search hits with facet counts. */
    public record SearchResponse(long total, int page, int size, List<org.govex.catalog.search.ResourceSummary> results,
                                 Map<String, Map<String, Long>> facets) {
    }

    @GET
    @Path("/resources")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public SearchResponse search(@QueryParam("q") String q, @QueryParam("provider") String provider,
                                 @QueryParam("category") String category, @QueryParam("share") String share,
                                 @QueryParam("cycle") String cycle, @QueryParam("base") String base,
                                 @QueryParam("open") String open, @QueryParam("format") String format,
                                 @QueryParam("status") String status, @QueryParam("sort") String sort,
                                 @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size) {
        SearchResult r = catalog.search(new SearchQuery(q, provider, category, share, cycle, base, open, format, status,
                sort, page, size), viewer());
        return new SearchResponse(r.total(), r.page(), r.size(), r.results(), r.facets());
    }

    @POST
    @Path("/resources")
    @RolesAllowed({Role.PROVIDER_ROLE, Role.ADMIN_ROLE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull ResourceDto body, @Context UriInfo uri) {
        InformationResource created = register(body);
        return Response.created(location(uri, created)).entity(ResourceDto.of(created)).build();
    }

    /** Register from GB/T 21063 XML, Turtle, JSON-LD or RDF/XML; answers in the representation Accept asks for. */
    @POST
    @Path("/resources")
    @RolesAllowed({Role.PROVIDER_ROLE, Role.ADMIN_ROLE})
    @Consumes({RdfMedia.XML, ResourceInput.TEXT_XML, RdfMedia.TURTLE, RdfMedia.JSONLD, RdfMedia.RDFXML})
    @Produces({RdfMedia.JSON, RdfMedia.XML, RdfMedia.TURTLE, RdfMedia.JSONLD, RdfMedia.RDFXML})
    public Response createFrom(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body,
                               @Context UriInfo uri, @Context HttpHeaders headers) {
        InformationResource created = register(input.read(contentType, body));
        return Response.fromResponse(represent(created, null, headers)).status(Response.Status.CREATED)
                .location(location(uri, created)).build();
    }

    private InformationResource register(ResourceDto body) {
        principal.requireDepartment(body.providerCode());
        return audited("catalog.create", catalog.create(body.toModel(), principal.get().id()));
    }

    private static java.net.URI location(UriInfo uri, InformationResource r) {
        return uri.getBaseUriBuilder().path("api/v1/catalog/resources").path(r.code()).build();
    }

    @GET
    @Path("/resources/{code}")
    @Authenticated
    @Produces({RdfMedia.JSON, RdfMedia.XML, RdfMedia.TURTLE, RdfMedia.JSONLD, RdfMedia.RDFXML})
    public Response get(@PathParam("code") String code, @QueryParam("format") String format, @Context HttpHeaders headers) {
        return represent(visible(code), format, headers);
    }

    @PUT
    @Path("/resources/{code}")
    @RolesAllowed({Role.PROVIDER_ROLE, Role.ADMIN_ROLE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ResourceDto update(@PathParam("code") String code, @Valid @NotNull ResourceDto body) {
        return ResourceDto.of(change(code, body));
    }

    /** Update from GB/T 21063 XML, Turtle, JSON-LD or RDF/XML (what GET gave, edited). */
    @PUT
    @Path("/resources/{code}")
    @RolesAllowed({Role.PROVIDER_ROLE, Role.ADMIN_ROLE})
    @Consumes({RdfMedia.XML, ResourceInput.TEXT_XML, RdfMedia.TURTLE, RdfMedia.JSONLD, RdfMedia.RDFXML})
    @Produces({RdfMedia.JSON, RdfMedia.XML, RdfMedia.TURTLE, RdfMedia.JSONLD, RdfMedia.RDFXML})
    public Response updateFrom(@PathParam("code") String code, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               InputStream body, @Context HttpHeaders headers) {
        // who may edit is decided before the body is parsed
        principal.requireDepartment(visible(code).providerCode());
        return represent(change(code, input.read(contentType, body)), null, headers);
    }

    private InformationResource change(String code, ResourceDto body) {
        InformationResource current = visible(code);
        principal.requireDepartment(current.providerCode());
        principal.requireDepartment(body.providerCode());
        if (body.code() != null && !body.code().equals(code)) {
            throw GovexException.conflict("The body's code '" + body.code() + "' differs from the path's '" + code + "'");
        }
        return audited("catalog.update", catalog.update(code, body.toModel(), principal.get().id()));
    }

    @POST
    @Path("/resources/{code}/publish")
    @RolesAllowed({Role.PROVIDER_ROLE, Role.ADMIN_ROLE})
    @Produces(MediaType.APPLICATION_JSON)
    public ResourceDto publish(@PathParam("code") String code) {
        principal.requireDepartment(visible(code).providerCode());
        return ResourceDto.of(audited("catalog.publish", catalog.publish(code, principal.get().id())));
    }

    /** Withdraws (never deletes): the entry stays, with its history, as WITHDRAWN. */
    @DELETE
    @Path("/resources/{code}")
    @RolesAllowed({Role.PROVIDER_ROLE, Role.ADMIN_ROLE})
    @Produces(MediaType.APPLICATION_JSON)
    public ResourceDto withdraw(@PathParam("code") String code, @QueryParam("reason") String reason) {
        principal.requireDepartment(visible(code).providerCode());
        return ResourceDto.of(audited("catalog.withdraw", catalog.withdraw(code, principal.get().id(), reason)));
    }

    @GET
    @Path("/resources/{code}/history")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public List<ResourceVersion> history(@PathParam("code") String code) {
        visible(code);
        return catalog.history(code);
    }

    @GET
    @Path("/resources/{code}/history/{version}")
    @Authenticated
    @Produces({RdfMedia.JSON, RdfMedia.XML, RdfMedia.TURTLE, RdfMedia.JSONLD, RdfMedia.RDFXML})
    public Response version(@PathParam("code") String code, @PathParam("version") int version,
                            @QueryParam("format") String format, @Context HttpHeaders headers) {
        visible(code);
        return represent(catalog.version(code, version), format, headers);
    }

    @GET
    @Path("/resources/{code}/diff")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public ResourceDiff diff(@PathParam("code") String code, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        InformationResource current = visible(code);
        int t = to == null ? current.version() : to;
        int f = from == null ? Math.max(1, t - 1) : from;
        return catalog.diff(code, f, t);
    }

    /** A provider with its place in the hierarchy and the number of its published entries. */
    public record ProviderView(String code, String nameZh, String nameEn, String parentCode, String divisionCode,
                               Provider.Level level, long published) {
    }

    @GET
    @Path("/providers")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public List<ProviderView> providers() {
        Map<String, Long> counts = catalog.publishedCountByProvider();
        return catalog.providers().all().stream().map(p -> new ProviderView(p.code(), p.nameZh(), p.nameEn(),
                p.parentCode(), p.divisionCode(), p.level(), counts.getOrDefault(p.code(), 0L))).toList();
    }

    @GET
    @Path("/providers/{code}")
    @Authenticated
    @Produces({RdfMedia.JSON, RdfMedia.TURTLE, RdfMedia.JSONLD, RdfMedia.RDFXML})
    public Response provider(@PathParam("code") String code, @QueryParam("format") String format, @Context HttpHeaders headers) {
        Provider p = catalog.providers().find(code).orElseThrow(() -> GovexException.notFound("No provider '" + code + "'"));
        String type = RdfMedia.choose(headers, format, List.of(RdfMedia.JSON, RdfMedia.TURTLE, RdfMedia.JSONLD, RdfMedia.RDFXML));
        if (type == null) {
            throw new GovexException(ProblemKind.NOT_ACCEPTABLE, "Offered: JSON, Turtle, JSON-LD, RDF/XML");
        }
        if (type.equals(RdfMedia.JSON)) {
            return Response.ok(p, type).build();
        }
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().setNsPrefixes(Vocabularies.prefixes());
        for (Provider a : catalog.providers().ancestry(code)) {
            ProviderRegistry.describe(m, a);
        }
        return Response.ok(RdfMedia.write(m, type), type + ";charset=UTF-8").build();
    }

    @PUT
    @Path("/providers/{code}")
    @RolesAllowed(Role.ADMIN_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Provider putProvider(@PathParam("code") String code, @Valid @NotNull ProviderDto body) {
        return catalog.registerProvider(new Provider(code, body.nameZh(), body.nameEn(), body.parentCode(),
                body.divisionCode(), body.level()));
    }

    /** Data elements referenced by published entries: who uses them and who is the authoritative source. */
    public record ElementUse(String elementId, String nameZh, List<String> authoritativeSources, List<String> usedBy) {
    }

    @GET
    @Path("/elements")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public List<ElementUse> elements() {
        Map<String, List<String>> used = new TreeMap<>();
        Map<String, List<String>> authoritative = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (InformationResource r : catalog.list(new SearchQuery(null, null, null, null, null, null, null, null,
                "PUBLISHED", "code", 1, 1), Viewer.ADMIN)) {
            r.dataItems().forEach(i -> {
                if (i.elementId() == null) {
                    return;
                }
                used.computeIfAbsent(i.elementId(), k -> new ArrayList<>()).add(r.code());
                names.putIfAbsent(i.elementId(), i.nameZh());
                if (i.authoritative()) {
                    authoritative.computeIfAbsent(i.elementId(), k -> new ArrayList<>()).add(r.code());
                }
            });
        }
        return used.entrySet().stream().map(e -> new ElementUse(e.getKey(),
                catalog.elements().nameZh(e.getKey()).orElse(names.get(e.getKey())),
                authoritative.getOrDefault(e.getKey(), List.of()), e.getValue())).toList();
    }

    @GET
    @Path("/categories")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public List<Category> categories() {
        return catalog.scheme().categories();
    }

    @PUT
    @Path("/categories/{code}")
    @RolesAllowed(Role.ADMIN_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Category putCategory(@PathParam("code") String code, @Valid @NotNull CategoryDto body) {
        return catalog.scheme().put(new Category(code, body.labelZh(), body.labelEn(), null, null));
    }

    private Response represent(InformationResource r, String format, HttpHeaders headers) {
        String type = RdfMedia.choose(headers, format, RdfMedia.RESOURCE_TYPES);
        if (type == null) {
            throw new GovexException(ProblemKind.NOT_ACCEPTABLE, "Offered: " + String.join(", ", RdfMedia.RESOURCE_TYPES));
        }
        return switch (type) {
            case RdfMedia.JSON -> Response.ok(ResourceDto.of(r), type).build();
            case RdfMedia.XML -> Response.ok(Gbt21063Xml.write(r), type + ";charset=UTF-8").build();
            default -> {
                Model m = ResourceMapper.toModel(r);
                catalog.providers().ancestry(r.providerCode()).forEach(p -> ProviderRegistry.describe(m, p));
                yield Response.ok(RdfMedia.write(m, type), type + ";charset=UTF-8").build();
            }
        };
    }

    /** The entry if the caller may see it: drafts only for their provider and admins (else 404). */
    private InformationResource visible(String code) {
        InformationResource r = catalog.find(code).orElseThrow(() -> GovexException.notFound("No information resource '" + code + "'"));
        if (r.status() == ResourceStatus.DRAFT && !principal.actsFor(r.providerCode())) {
            throw GovexException.notFound("No information resource '" + code + "'");
        }
        return r;
    }

    private Viewer viewer() {
        GovexPrincipal p = principal.get();
        return new Viewer(p.departmentCode(), p.isAdmin());
    }
}
