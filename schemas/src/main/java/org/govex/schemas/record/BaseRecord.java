package org.govex.schemas.record;

/** A record of one of the four base databases. */
public interface BaseRecord {

    RecordType type();

    /** The record's key: the key fields' values joined by {@code /}. */
    String key();
}
