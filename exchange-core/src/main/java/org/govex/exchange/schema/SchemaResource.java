package org.govex.exchange.schema;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.govex.schemas.code.Code;
import org.govex.schemas.code.CodeList;
import org.govex.schemas.code.Divisions;
import org.govex.schemas.codec.RecordCodec;
import org.govex.schemas.codec.RecordFormat;
import org.govex.schemas.codec.RecordWriter;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.record.BaseRecord;
import org.govex.schemas.record.RecordType;
import org.govex.schemas.schema.SchemaFiles;
import org.govex.schemas.validation.ValidationReport;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * The base record standards for departments preparing data: the types and data elements, each
 * type's XSD / SHACL / JSON Schema by content negotiation, batch validation (a report per record,
 * 200 even when records are invalid) and conversion among JSON, XML and RDF. Any valid key.
 */
@Path("/api/v1/schemas")
@Authenticated
public class SchemaResource {

    static final String NDJSON = "application/x-ndjson";
    static final String TURTLE = "text/turtle";
    static final String JSON_LD = "application/ld+json";
    static final String RDF_XML = "application/rdf+xml";
    static final String SCHEMA_JSON = "application/schema+json";

    private static final SchemaCatalog CATALOG = SchemaCatalog.build();

    private final RecordCodec codec;

    public SchemaResource(RecordCodec codec) {
        this.codec = codec;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SchemaCatalog catalog() {
        return CATALOG;
    }

    @GET
    @Path("/code-lists/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Code> codeList(@PathParam("id") String id) {
        if ("division".equals(id)) {
            return Divisions.standard().current().stream().map(d -> new Code(d.code(), d.name(), null)).toList();
        }
        return CodeList.byId(id).orElseThrow(() -> GovexException.notFound("No code list '" + id + "'")).codes();
    }

    /** XSD for {@code application/xml}, SHACL for {@code text/turtle}, JSON Schema otherwise. */
    @GET
    @Path("/{type}")
    @Produces({SCHEMA_JSON, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML, TURTLE})
    public Response schema(@PathParam("type") String typeId, @Context HttpHeaders headers) {
        RecordType type = type(typeId);
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isWildcardType() || m.isWildcardSubtype()) {
                break; // */* and the like: the JSON Schema
            }
            if (m.isCompatible(MediaType.APPLICATION_XML_TYPE) || m.isCompatible(MediaType.TEXT_XML_TYPE)) {
                return file(SchemaFiles.xsd(type), MediaType.APPLICATION_XML + ";charset=UTF-8", SchemaFiles.xsdFile(type));
            }
            if (m.isCompatible(MediaType.valueOf(TURTLE))) {
                return file(SchemaFiles.shacl(type), TURTLE + ";charset=UTF-8", SchemaFiles.shaclFile(type));
            }
            if (m.isCompatible(MediaType.valueOf(SCHEMA_JSON)) || m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                break;
            }
        }
        return file(SchemaFiles.jsonSchema(type), SCHEMA_JSON, SchemaFiles.jsonSchemaFile(type));
    }

    @POST
    @Path("/{type}/validate")
    @Consumes({MediaType.APPLICATION_JSON, NDJSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML, TURTLE, JSON_LD, RDF_XML})
    @Produces(MediaType.APPLICATION_JSON)
    public ValidationReport validate(@PathParam("type") String typeId, @Context HttpHeaders headers, InputStream body) {
        RecordType type = type(typeId);
        return codec.validate(type, format(headers), body, locale(headers));
    }

    @POST
    @Path("/{type}/convert")
    @Consumes({MediaType.APPLICATION_JSON, NDJSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML, TURTLE, JSON_LD, RDF_XML})
    @Produces({MediaType.APPLICATION_JSON, NDJSON, MediaType.APPLICATION_XML, TURTLE, JSON_LD, RDF_XML})
    public Response convert(@PathParam("type") String typeId, @Context HttpHeaders headers, InputStream body) {
        RecordType type = type(typeId);
        RecordFormat to = target(headers);
        RecordCodec.Batch<BaseRecord> batch = codec.readAll(type, format(headers), body, locale(headers));
        boolean many = batch.batch() || batch.records().size() != 1;
        StreamingOutput out = os -> {
            try (RecordWriter w = codec.writer(type, to, os, many)) {
                batch.records().forEach(w::write);
            }
        };
        return Response.ok(out, to.mediaType() + (to == RecordFormat.TURTLE || to == RecordFormat.XML ? ";charset=UTF-8" : "")).build();
    }

    private static RecordType type(String id) {
        return RecordType.byId(id).orElseThrow(() -> GovexException.notFound(
                "No record type '" + id + "'; the types are person, legal-entity, place and indicator"));
    }

    private static RecordFormat format(HttpHeaders headers) {
        MediaType m = headers.getMediaType();
        return RecordFormat.of(m == null ? null : m.toString()).orElseThrow(() -> new GovexException(
                ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Send JSON, NDJSON, XML, Turtle, JSON-LD or RDF/XML"));
    }

    private static RecordFormat target(HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isWildcardType()) {
                return RecordFormat.JSON;
            }
            var f = RecordFormat.of(m.getType() + "/" + m.getSubtype());
            if (f.isPresent()) {
                return f.get();
            }
        }
        throw new GovexException(ProblemKind.NOT_ACCEPTABLE,
                "Accept one of application/json, application/x-ndjson, application/xml, text/turtle, application/ld+json, application/rdf+xml");
    }

    private static Locale locale(HttpHeaders headers) {
        List<Locale> l = headers.getAcceptableLanguages();
        return l.isEmpty() || "*".equals(l.get(0).getLanguage()) ? Locale.ENGLISH : l.get(0);
    }

    private static Response file(byte[] bytes, String mediaType, String name) {
        return Response.ok(bytes, mediaType).header("Content-Disposition", "inline; filename=\"" + name + "\"").build();
    }
}
