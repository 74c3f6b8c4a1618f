package org.govex.exchange.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.govex.exchange.config.GovexConfig;
import org.govex.schemas.error.ProblemKind;

/**
 * problem+json for what never reaches the REST layer: paths no route serves, bodies over
 * {@code govex.max-body} (refused from Content-Length before they are read) and failures of
 * the HTTP layer itself.
 */
@ApplicationScoped
public class HttpEdgeProblems {

    private final long maxBody;

    public HttpEdgeProblems(GovexConfig config) {
        MemorySize size = new MemorySizeConverter().convert(config.maxBody());
        this.maxBody = size.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::guardBodySize);
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(this::failure);
        router.route().last().handler(ctx -> write(ctx, ProblemKind.NOT_FOUND, "No resource at " + ctx.normalizedPath()));
    }

    private void guardBodySize(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBody) {
                    write(ctx, ProblemKind.TOO_LARGE, "The body of " + length + " bytes exceeds govex.max-body ("
                            + maxBody + " bytes)");
                    return;
                }
            } catch (NumberFormatException e) {
                write(ctx, ProblemKind.UNREADABLE, "Content-Length is not a number");
                return;
            }
        }
        ctx.next();
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode();
        ProblemKind kind = switch (status) {
            case 413 -> ProblemKind.TOO_LARGE;
            case 404 -> ProblemKind.NOT_FOUND;
            case 405 -> ProblemKind.METHOD_NOT_ALLOWED;
            case 401 -> ProblemKind.UNAUTHENTICATED;
            case 403 -> ProblemKind.FORBIDDEN;
            case 400 -> ProblemKind.UNREADABLE;
            default -> null;
        };
        if (kind == null) {
            ctx.next();
            return;
        }
        String detail = kind == ProblemKind.TOO_LARGE
                ? "The body exceeds govex.max-body (" + maxBody + " bytes)"
                : kind.title();
        write(ctx, kind, detail);
    }

    static void write(RoutingContext ctx, ProblemKind kind, String detail) {
        Problem problem = Problem.of(kind, detail, ctx.normalizedPath());
        var response = ctx.response().setStatusCode(kind.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (kind == ProblemKind.TOO_LARGE) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(Json.encode(problem));
    }
}
