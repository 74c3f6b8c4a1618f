package org.govex.exchange.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.error.Violation;

import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} lists the offending fields of a validation
 * failure (field, rule, message); it is left out when empty.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://govex.org/problems/";

    public static Problem of(ProblemKind kind, String typeSuffix, String detail, String instance, List<Violation> errors) {
        String type = TYPE_BASE + kind.slug() + (typeSuffix == null || typeSuffix.isBlank() ? "" : "/" + typeSuffix);
        return new Problem(type, kind.title(), kind.status(), detail, instance, errors == null ? List.of() : errors);
    }

    public static Problem of(ProblemKind kind, String detail, String instance) {
        return of(kind, null, detail, instance, List.of());
    }
}
