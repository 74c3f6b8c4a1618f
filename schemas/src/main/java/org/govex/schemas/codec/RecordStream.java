package org.govex.schemas.codec;

import java.io.Closeable;
import java.util.Iterator;

/** Records read one at a time (constant memory per record for JSON, NDJSON and XML). Close it. */
public interface RecordStream extends Iterator<RawRecord>, Closeable {

    /** True when the input was a batch (array, batch element, several objects or an RDF graph). */
    boolean isBatch();

    @Override
    void close();
}
