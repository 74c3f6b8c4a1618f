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

/** The DCAT-AP 3 export: {@code /catalog.ttl|.jsonld|.rdf}, hydra-paged, filtered by {@code modified_since}. */
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

}
