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
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.govex.catalog.dcat.CatalogDescription;
import org.govex.catalog.dcat.DcatExporter;
import org.govex.catalog.dcat.ExportPage;
import org.govex.catalog.dcat.ExportSelection;
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

/**
 * The DCAT-AP 3 export: {@code /catalog.ttl|.nt|.jsonld|.rdf}, hydra-paged, filtered by
 * {@code modified_since}. Turtle and N-Triples stream any size ({@code size=0}: the whole catalog);
 * JSON-LD and RDF/XML are built in memory, at most {@value #MAX_IN_MEMORY} entries a page.
 */
@Path("/")
public class DcatResource {

    /** Largest page of the formats built in memory (JSON-LD, RDF/XML). */
    static final int MAX_IN_MEMORY = 10_000;
    private static final java.util.Map<String, String> BY_EXTENSION = java.util.Map.of(
            "ttl", RdfMedia.TURTLE, "nt", RdfMedia.NTRIPLES, "jsonld", RdfMedia.JSONLD, "rdf", RdfMedia.RDFXML);
    private static final java.util.Map<String, RDFFormat> STREAMED = java.util.Map.of(
            RdfMedia.TURTLE, RDFFormat.TURTLE_BLOCKS, RdfMedia.NTRIPLES, RDFFormat.NTRIPLES);

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

    /** The file extension decides the format (Accept is not consulted). */
    @GET
    @Path("catalog.{format:ttl|nt|jsonld|rdf}")
    @Authenticated
    @Produces({RdfMedia.TURTLE, RdfMedia.NTRIPLES, RdfMedia.JSONLD, RdfMedia.RDFXML, MediaType.WILDCARD})
    public Response catalog(@jakarta.ws.rs.PathParam("format") String format, @QueryParam("page") @DefaultValue("1") int page,
                            @QueryParam("size") Integer size, @QueryParam("modified_since") String since) {
        return export(BY_EXTENSION.get(format), page, size, since);
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
        DcatExporter exporter = exporter();
        RDFFormat stream = STREAMED.get(type);
        if (stream != null) {
            // Turtle and N-Triples are written batch by batch straight to the response; size=0 is the whole catalog
            int pageSize = size == null ? config.exportPageSize() : Math.max(0, size);
            ExportSelection selection = exporter.select(modifiedSince, page, pageSize);
            // Turtle: from the export blocks the search index stores, when it is in step with the store
            StreamingOutput body = stream == RDFFormat.TURTLE_BLOCKS ? out -> exporter.writeTurtle(selection, out)
                    : out -> exporter.write(selection, StreamRDFWriter.getWriterStream(out, stream));
            return Response.ok(body, type + ";charset=UTF-8").header("X-Total-Count", selection.totalItems()).build();
        }
        // JSON-LD and RDF/XML writers need the whole model: pages of at most MAX_IN_MEMORY entries
        int pageSize = size == null ? config.exportPageSize() : size <= 0 ? MAX_IN_MEMORY : Math.min(size, MAX_IN_MEMORY);
        ExportPage p = exporter.export(modifiedSince, page, pageSize);
        return Response.ok(RdfMedia.write(p.model(), type), type + ";charset=UTF-8")
                .header("X-Total-Count", p.totalItems()).build();
    }

}
