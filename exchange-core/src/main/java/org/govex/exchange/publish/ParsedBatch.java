package org.govex.exchange.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** A publish body as read for the validator: spans of its bytes ({@link FlatBatch}) or trees. */
public sealed interface ParsedBatch permits FlatBatch, ParsedBatch.Trees {

    /** The records as Jackson trees (every format; JSON that {@link FlatBatch} does not take). */
    record Trees(List<ObjectNode> records) implements ParsedBatch {
    }
}
