package org.govex.schemas.codec;

import org.govex.schemas.record.BaseRecord;

import java.io.Closeable;

/** Writes records one at a time; {@link #close()} finishes the document (closing array, root element, ...). */
public interface RecordWriter extends Closeable {

    void write(BaseRecord record);

    @Override
    void close();
}
