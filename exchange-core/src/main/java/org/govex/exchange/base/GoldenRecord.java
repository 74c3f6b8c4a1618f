package org.govex.exchange.base;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/** One key's merged record in a base database, each field with its provenance. */
public record GoldenRecord(String baseDatabase, String key, ObjectNode fields, Map<String, FieldProvenance> provenance) {
}
