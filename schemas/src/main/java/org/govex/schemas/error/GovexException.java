package org.govex.schemas.error;

import java.util.List;

/**
 * A failure every module can raise without knowing about HTTP: the hub turns it into an
 * RFC 9457 problem+json response with the kind's status and type URI, the detail and the
 * violations. {@code typeSuffix} refines the type, e.g. {@code validation-failed/shacl}.
 */
public class GovexException extends RuntimeException {

    private final ProblemKind kind;
    private final String typeSuffix;
    private final List<Violation> violations;

    public GovexException(ProblemKind kind, String detail) {
        this(kind, null, detail, List.of(), null);
    }

    public GovexException(ProblemKind kind, String detail, List<Violation> violations) {
        this(kind, null, detail, violations, null);
    }

    public GovexException(ProblemKind kind, String typeSuffix, String detail, List<Violation> violations, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
        this.typeSuffix = typeSuffix;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static GovexException notFound(String what) {
        return new GovexException(ProblemKind.NOT_FOUND, what);
    }

    public static GovexException invalid(String detail, List<Violation> violations) {
        return new GovexException(ProblemKind.INVALID, detail, violations);
    }

    public static GovexException unreadable(String detail, Throwable cause) {
        return new GovexException(ProblemKind.UNREADABLE, null, detail, List.of(), cause);
    }

    public static GovexException forbidden(String detail) {
        return new GovexException(ProblemKind.FORBIDDEN, detail);
    }

    public static GovexException conflict(String detail) {
        return new GovexException(ProblemKind.CONFLICT, detail);
    }

    public ProblemKind kind() {
        return kind;
    }

    /** Optional refinement of the problem type, appended to the kind's slug after a slash. */
    public String typeSuffix() {
        return typeSuffix;
    }

    public List<Violation> violations() {
        return violations;
    }
}
