package org.govex.catalog.planning.model;

/** A department of the government; its code is the principal id and the catalog provider code. */
public record Department(String code, String name) {
}
