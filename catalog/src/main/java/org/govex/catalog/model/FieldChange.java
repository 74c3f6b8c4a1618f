package org.govex.catalog.model;

/** A field that differs between two versions; values are shown as text. */
public record FieldChange(String field, String before, String after) {
}
