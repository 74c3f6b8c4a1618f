package org.govex.exchange.problem;

import jakarta.ws.rs.core.Response;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.error.Violation;

import java.util.List;

/** Builds problem+json JAX-RS responses. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        if (problem.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer realm=\"govex\"");
        }
        if (problem.status() == ProblemKind.INSUFFICIENT_STORAGE.status()) {
            builder.header("Retry-After", "60");
        }
        return builder.build();
    }

    public static Response of(ProblemKind kind, String detail, String instance) {
        return of(Problem.of(kind, detail, instance));
    }

    public static Response of(ProblemKind kind, String typeSuffix, String detail, String instance, List<Violation> errors) {
        return of(Problem.of(kind, typeSuffix, detail, instance, errors));
    }
}
