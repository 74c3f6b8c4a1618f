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
import org.apache.jena.rdf.model.ModelFactory;
import org.govex.schemas.codec.CodecLimits;
import org.govex.schemas.codec.SafeDocuments;
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
import java.util.Map;

/** {@code POST /api/v1/catalog/harvest}: imports a DCAT-AP catalog into a named source. */
@Path("/api/v1/catalog/harvest")
public class HarvestResource {

    private final CatalogService catalog;
    private final CatalogConfig config;
    private final CurrentPrincipal principal;
    private final org.govex.exchange.audit.AuditTrail audit;

    public HarvestResource(CatalogService catalog, CatalogConfig config, CurrentPrincipal principal,
                           org.govex.exchange.audit.AuditTrail audit) {
        this.audit = audit;
        this.catalog = catalog;
        this.config = config;
        this.principal = principal;
    }

    /**
     * Harvests a DCAT-AP catalog into a named source: {@code ?source=&url=} fetches it, or the body
     * (Turtle, RDF/XML, JSON-LD by Content-Type) is the catalog. Answers the change report.
     */
    @POST
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
        HarvestReport report = new Harvester(catalog).harvest(source, model, principal.get().id());
        Map<String, Object> detail = new java.util.LinkedHashMap<>();
        detail.put("url", url);
        detail.put("created", report.created());
        detail.put("updated", report.updated());
        detail.put("withdrawn", report.withdrawn());
        detail.put("rejected", report.rejected().size());
        audit.record(principal.get().id(), "catalog.harvest", source, detail);
        return report;
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

    /** A harvested catalog may be large (a whole province); depth and names stay bounded. */
    private static final CodecLimits HARVEST_LIMITS = new CodecLimits(1L << 30, 64, 10_000_000, 64, 1024, Integer.MAX_VALUE, 100_000);

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
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw GovexException.unreadable("Cannot read the catalog: " + e.getMessage(), e);
        }
        try {
            return read(bytes, lang);
        } catch (GovexException e) {
            if (lang.equals(Lang.TURTLE)) {
                // published DCAT-AP examples write prefixed names with '/' in the local part
                // (e.g. example-dist:BeePopulation2023/csv); Turtle needs it escaped as '\/'
                String repaired = escapeSlashesInPrefixedNames(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                try {
                    return read(repaired.getBytes(java.nio.charset.StandardCharsets.UTF_8), lang);
                } catch (GovexException ignored) {
                    // report the original error
                }
            }
            throw e;
        }
    }

    /** Hardened like every other RDF input: no DOCTYPE in RDF/XML, JSON-LD never fetches a context. */
    private static Model read(byte[] bytes, Lang lang) {
        return ModelFactory.createModelForGraph(SafeDocuments.readRdf(new ByteArrayInputStream(bytes), lang, HARVEST_LIMITS));
    }

    static String escapeSlashesInPrefixedNames(String turtle) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?m)(^|[\\s,;(\\[])([A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_.-]*(?:/[A-Za-z0-9_.-]+)+)")
                .matcher(turtle);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group(1) + m.group(2).replace("/", "\\/")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
