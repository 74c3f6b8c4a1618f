package org.govex.exchange.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.JenaException;
import org.apache.jena.vocabulary.RDF;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.rdf.ResourceMapper;
import org.govex.catalog.vocab.DCAT3;
import org.govex.catalog.vocab.GOVEX;
import org.govex.schemas.codec.CodecLimits;
import org.govex.schemas.codec.RecordCodec;
import org.govex.schemas.codec.SafeDocuments;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.error.Violation;

import javax.xml.stream.XMLInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a catalog entry sent as GB/T 21063 XML, Turtle, JSON-LD or RDF/XML into the same
 * {@link ResourceDto} the JSON API takes, and validates it as {@code @Valid} would (422 with the
 * same fields). Parsing uses the hub's hardened settings and limits ({@link SafeDocuments} with the
 * {@code govex.schemas.*} limits of the {@link RecordCodec}): no DTDs or external entities, no
 * remote JSON-LD contexts, bounded size and depth.
 */
@ApplicationScoped
public class ResourceInput {

    /** The representations accepted on create and update besides JSON. */
    static final String TEXT_XML = "text/xml";

    private final Validator validator;
    private final CodecLimits limits;
    private final XMLInputFactory xml;

    public ResourceInput(Validator validator, RecordCodec codec) {
        this.validator = validator;
        this.limits = codec.limits();
        this.xml = SafeDocuments.xmlInputFactory(limits);
    }

    /** The entry in the body, converted and bean-validated; {@code contentType} picks the parser. */
    public ResourceDto read(String contentType, InputStream body) {
        String type = baseType(contentType);
        ResourceDto dto = switch (type) {
            case RdfMedia.XML, TEXT_XML -> xml(body);
            case RdfMedia.TURTLE, RdfMedia.JSONLD, RdfMedia.RDFXML -> rdf(body, type);
            default -> throw new GovexException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "A catalog entry is sent as "
                    + String.join(", ", RdfMedia.RESOURCE_TYPES) + "; not " + contentType);
        };
        Set<ConstraintViolation<ResourceDto>> violations = validator.validate(dto);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return dto;
    }

    private ResourceDto xml(InputStream body) {
        try {
            return Gbt21063Xml.read(SafeDocuments.xmlReader(xml, body, limits));
        } catch (GovexException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw SafeDocuments.xmlUnreadable(e, limits);
        }
    }

    /** One dcat:Dataset, read by the same mapper that reads the store; no govex:status means a draft. */
    private ResourceDto rdf(InputStream body, String type) {
        Model m = ModelFactory.createModelForGraph(SafeDocuments.readRdf(body, RdfMedia.lang(type), limits));
        List<Resource> datasets = m.listSubjectsWithProperty(RDF.type, DCAT3.Dataset).toList();
        if (datasets.size() != 1) {
            throw GovexException.invalid("A catalog entry is exactly one dcat:Dataset", List.of(new Violation("dcat:Dataset",
                    "Dataset.count", "the body describes " + datasets.size() + " dcat:Dataset resources, expected 1")));
        }
        Resource dataset = datasets.get(0);
        InformationResource r;
        try {
            r = ResourceMapper.read(dataset);
        } catch (IllegalArgumentException | JenaException e) {
            throw GovexException.invalid("The dcat:Dataset cannot be read as a catalog entry",
                    List.of(new Violation(dataset.isURIResource() ? dataset.getURI() : "dcat:Dataset", "ResourceMapper.read",
                            String.valueOf(e.getMessage()))));
        }
        if (!dataset.hasProperty(GOVEX.status)) {
            r = r.toBuilder().status(null).build();
        }
        if (!dataset.hasProperty(org.apache.jena.vocabulary.DCTerms.identifier) && !dataset.isURIResource()) {
            r = r.toBuilder().code(null).build();
        }
        return ResourceDto.of(r);
    }

    private static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "";
        }
        try {
            MediaType t = MediaType.valueOf(contentType);
            return (t.getType() + "/" + t.getSubtype()).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return contentType.toLowerCase(Locale.ROOT);
        }
    }
}
