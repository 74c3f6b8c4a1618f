package org.govex.schemas.error;

/**
 * One broken rule: which field (or focus node / path), which rule, and a human message.
 * Used in validation reports, publish receipts and problem+json bodies alike.
 */
public record Violation(String field, String rule, String message) {
}
