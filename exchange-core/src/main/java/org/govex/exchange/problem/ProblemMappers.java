package org.govex.exchange.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.govex.exchange.storage.DatabaseFailure;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.error.Violation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Turns every failure that reaches the REST layer into problem+json: domain failures, bean
 * validation, authentication and authorization, routing (404/405/406/415), unreadable bodies,
 * and anything unexpected (500, logged with an id, no stack trace in the body).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response govex(GovexException e, UriInfo uri) {
        if (e.kind() == ProblemKind.INTERNAL) {
            if (DatabaseFailure.isOne(e)) {
                // every request meets it until the restart: one line each, the cause is logged once by StorageGuard
                LOG.warn("storage failed at " + path(uri) + ": " + e.getMessage());
                return ProblemResponses.of(ProblemKind.STORAGE_FAILED, "The hub's database has failed (" + e.getMessage()
                        + "); nothing can be read or written until the hub is restarted", path(uri));
            }
            LOG.error("internal failure at " + path(uri), e);
        }
        return ProblemResponses.of(e.kind(), e.typeSuffix(), e.getMessage(), path(uri), e.violations());
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::toViolation)
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::rule))
                .toList();
        return ProblemResponses.of(ProblemKind.INVALID, "bean-validation",
                errors.size() + " constraint violation(s)", path(uri), errors);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return ProblemResponses.of(ProblemKind.UNAUTHENTICATED,
                "Send 'Authorization: Bearer <api key>' with a valid key", path(uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return ProblemResponses.of(ProblemKind.UNAUTHENTICATED, "The API key is unknown or revoked", path(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemKind.FORBIDDEN,
                "The principal's roles do not allow this operation", path(uri));
    }

    @ServerExceptionMapper
    public Response streamConstraints(StreamConstraintsException e, UriInfo uri) {
        return ProblemResponses.of(ProblemKind.TOO_LARGE, "parser-limit", e.getOriginalMessage(), path(uri), List.of());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? "" :
                " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return ProblemResponses.of(ProblemKind.UNREADABLE, "The body is not readable: " + e.getOriginalMessage() + where, path(uri));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return ProblemResponses.of(ProblemKind.NOT_FOUND, "No resource at " + path(uri), path(uri));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        var allowed = e.getResponse().getAllowedMethods();
        String detail = "The method " + request.getMethod() + " is not allowed at " + path(uri)
                + (allowed.isEmpty() ? "" : "; allowed: " + String.join(", ", allowed));
        Response problem = ProblemResponses.of(ProblemKind.METHOD_NOT_ALLOWED, detail, path(uri));
        return allowed.isEmpty() ? problem : Response.fromResponse(problem).allow(allowed).build();
    }

    @ServerExceptionMapper
    public Response notSupported(NotSupportedException e, UriInfo uri) {
        return ProblemResponses.of(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                "The Content-Type of the request is not accepted at " + path(uri), path(uri));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return ProblemResponses.of(ProblemKind.NOT_ACCEPTABLE,
                "None of the media types in Accept can be produced at " + path(uri), path(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof StreamConstraintsException sce) {
                return streamConstraints(sce, uri);
            }
            if (c instanceof JsonProcessingException jpe) {
                return unreadableJson(jpe, uri);
            }
        }
        if (e.getResponse().hasEntity() && Problem.MEDIA_TYPE.equals(String.valueOf(e.getResponse().getMediaType()))) {
            return e.getResponse();
        }
        ProblemKind kind = switch (status) {
            case 400 -> ProblemKind.UNREADABLE;
            case 401 -> ProblemKind.UNAUTHENTICATED;
            case 403 -> ProblemKind.FORBIDDEN;
            case 404 -> ProblemKind.NOT_FOUND;
            case 405 -> ProblemKind.METHOD_NOT_ALLOWED;
            case 406 -> ProblemKind.NOT_ACCEPTABLE;
            case 409 -> ProblemKind.CONFLICT;
            case 410 -> ProblemKind.GONE;
            case 413 -> ProblemKind.TOO_LARGE;
            case 415 -> ProblemKind.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemKind.INTERNAL : ProblemKind.UNREADABLE;
        };
        return ProblemResponses.of(kind, e.getMessage(), path(uri));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure %s at %s", id, uri.getPath());
        return ProblemResponses.of(ProblemKind.INTERNAL, "Unexpected failure; the operator can find it in the log as " + id, path(uri));
    }

    private static Violation toViolation(ConstraintViolation<?> v) {
        // the schemas' rule ids (e.g. CitizenIdNumber.checkDigit); plain Jakarta constraints by name
        return new Violation(fieldOf(v.getPropertyPath()), org.govex.schemas.validation.RecordValidator.ruleOf(v),
                v.getMessage());
    }

    /** The property path without the method and parameter nodes of a JAX-RS method. */
    static String fieldOf(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                sb.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        return sb.isEmpty() ? path.toString() : sb.toString();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
