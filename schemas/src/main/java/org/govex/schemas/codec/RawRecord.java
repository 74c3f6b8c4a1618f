package org.govex.schemas.codec;

import java.util.Map;

/** One record as read from the wire: its position in the batch and its fields (name → value) before typing. */
public record RawRecord(int index, Map<String, Object> fields) {
}
