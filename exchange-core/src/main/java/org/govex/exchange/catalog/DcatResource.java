package org.govex.exchange.catalog;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.govex.catalog.dcat.CatalogDescription;
import org.govex.catalog.dcat.DcatExporter;
import org.govex.catalog.dcat.ExportPage;
import org.govex.catalog.dcat.HarvestReport;
import org.govex.catalog.dcat.Harvester;
import org.govex.catalog.service.CatalogService;
import org.govex.exchange.security.CurrentPrincipal;
import org.govex.exchange.security.Role;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.error.Violation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The DCAT-AP 3 export ({@code /catalog.ttl|.jsonld|.rdf}, hydra-paged) and the harvest endpoint. */
@Path("/")
public class DcatResource {

    private final CatalogService catalog;
    private final CatalogConfig config;
    private final CurrentPrincipal principal;

    public DcatResource(CatalogService catalog, CatalogConfig config, CurrentPrincipal principal) {
        this.catalog = catalog;
        this.config = config;
        this.principal = principal;
    }

    DcatExporter exporter() {
        return new DcatExporter(catalog, new CatalogDescription(config.baseUrl(), config.titleZh(), config.titleEn(),
                config.publisher()));
    }

    @GET
    @Path("catalog.ttl")
    @Authenticated
    @Produces(RdfMedia.TURTLE)
    public Response turtle(@QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") Integer size,
                           @QueryParam("modified_since") String since) {
        return export(RdfMedia.TURTLE, page, size, since);
    }

    @GET
    @Path("catalog.jsonld")
    @Authenticated
    @Produces(RdfMedia.JSONLD)
    public Response jsonld(@QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") Integer size,
                           @QueryParam("modified_since") String since) {
        return export(RdfMedia.JSONLD, page, size, since);
    }

    @GET
    @Path("catalog.rdf")
    @Authenticated
    @Produces(RdfMedia.RDFXML)
    public Response rdfxml(@QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") Integer size,
                           @QueryParam("modified_since") String since) {
        return export(RdfMedia.RDFXML, page, size, since);
    }

    private Response export(String type, int page, Integer size, String since) {
        Instant modifiedSince = null;
        if (since != null && !since.isBlank()) {
            try {
                modifiedSince = since.length() == 10 ? java.time.LocalDate.parse(since).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                        : Instant.parse(since);
            } catch (DateTimeParseException e) {
                throw GovexException.invalid("modified_since must be a date or an ISO-8601 instant",
                        List.of(new Violation("modified_since", "Instant.format", "'" + since + "' is not a date or instant")));
            }
        }
        int pageSize = size == null ? config.exportPageSize() : Math.max(1, Math.min(size, 10_000));
        ExportPage p = exporter().export(modifiedSince, page, pageSize);
        return Response.ok(RdfMedia.write(p.model(), type), type + ";charset=UTF-8")
                .header("X-Total-Count", p.totalItems()).build();
    }

    /**
     * Harvests a DCAT-AP catalog into a named source: {@code ?source=&url=} fetches it, or the body
     * (Turtle, RDF/XML, JSON-LD by Content-Type) is the catalog. Answers the change report.
     */
    @POST
    @Path("api/v1/catalog/harvest")
    @RolesAllowed(Role.ADMIN_ROLE)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public HarvestReport harvest(@QueryParam("source") String source, @QueryParam("url") String url,
                                 @HeaderParam("Content-Type") String contentType, InputStream body) throws IOException {
        Harvester.requireSourceName(source);
        Model model;
        if (url != null && !url.isBlank()) {
            model = fetch(url);
        } else {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.harvest().maxBytes() + 1));
            if (bytes.length == 0) {
                throw GovexException.invalid("send the catalog in the body or give ?url=",
                        List.of(new Violation("url", "Harvest.input", "no url and an empty body")));
            }
            if (bytes.length > config.harvest().maxBytes()) {
                throw new GovexException(ProblemKind.TOO_LARGE, "The catalog exceeds " + config.harvest().maxBytes() + " bytes");
            }
            model = parse(new ByteArrayInputStream(bytes), langOf(contentType, null));
        }
        return new Harvester(catalog).harvest(source, model, principal.get().id());
    }

    private Model fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw GovexException.invalid("not a URL", List.of(new Violation("url", "URL.syntax", e.getMessage())));
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw GovexException.invalid("only http and https URLs are harvested",
                    List.of(new Violation("url", "URL.scheme", "scheme '" + uri.getScheme() + "' is not allowed")));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.harvest().timeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri).timeout(config.harvest().timeout())
                            .header("Accept", "text/turtle, application/ld+json;q=0.9, application/rdf+xml;q=0.8")
                            .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() != 200) {
                throw new GovexException(ProblemKind.UNREADABLE, "Fetching " + url + " answered HTTP " + r.statusCode());
            }
            try (InputStream in = r.body()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.harvest().maxBytes() + 1));
                if (bytes.length > config.harvest().maxBytes()) {
                    throw new GovexException(ProblemKind.TOO_LARGE, "The catalog at " + url + " exceeds " + config.harvest().maxBytes() + " bytes");
                }
                return parse(new ByteArrayInputStream(bytes), langOf(r.headers().firstValue("Content-Type").orElse(null), url));
            }
        } catch (IOException e) {
            throw new GovexException(ProblemKind.UNREADABLE, null, "Cannot fetch " + url + ": " + e.getMessage(), List.of(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GovexException(ProblemKind.TIMEOUT, "Interrupted while fetching " + url);
        }
    }

    private static Lang langOf(String contentType, String url) {
        if (contentType != null) {
            Lang l = RDFLanguages.contentTypeToLang(contentType.split(";")[0].trim());
            if (l != null) {
                return l;
            }
        }
        if (url != null) {
            Lang l = RDFLanguages.filenameToLang(url);
            if (l != null) {
                return l;
            }
        }
        return Lang.TURTLE;
    }

    private static Model parse(InputStream in, Lang lang) {
        try {
            return RDFParser.source(in).lang(lang).toModel();
        } catch (RiotException e) {
            throw GovexException.unreadable("The catalog is not readable as " + lang.getName() + ": " + e.getMessage(), e);
        }
    }
}
