package org.govex.schemas.error;

/**
 * The classes of failure the product reports. Each maps to one HTTP status and one stable
 * problem type URI ({@code https://govex.org/problems/<slug>}) at the API boundary.
 */
public enum ProblemKind {
    INVALID(422, "validation-failed", "The request breaks one or more rules"),
    UNREADABLE(400, "unreadable-request", "The request body could not be read"),
    TOO_LARGE(413, "payload-too-large", "The request exceeds a configured limit"),
    UNAUTHENTICATED(401, "unauthenticated", "A valid API key is required"),
    FORBIDDEN(403, "forbidden", "The principal may not do this"),
    NOT_FOUND(404, "not-found", "No such resource"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    GONE(410, "gone", "The resource has been withdrawn"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "The media type is not supported here"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No representation matches the Accept header"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "The method is not allowed on this path"),
    TIMEOUT(503, "timeout", "The operation took longer than its limit"),
    INSUFFICIENT_STORAGE(507, "insufficient-storage", "The hub is short of disk space"),
    STORAGE_FAILED(503, "storage-failed", "The hub's database has failed"),
    INTERNAL(500, "internal-error", "An unexpected error occurred");

    private final int status;
    private final String slug;
    private final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
