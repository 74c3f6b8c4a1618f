package org.govex.adapters.jdbc;

/** Why a JDBC target is not accepted: a rule id (e.g. {@code jdbcUrl.scheme}) and a message. */
public record Refusal(String rule, String message) {
}
