-- Golden records as one row per key: the merged values and each field's provenance in one JSON
-- document (docs/exchange.md, base databases), so merging a record writes one row, not one per
-- field. The journal is the source: the merge starts again from its beginning and rebuilds the
-- golden records and their conflicts with the catalog's current authoritative sources.
CREATE TABLE base_record (
    base_db     VARCHAR(16)     NOT NULL,
    record_key  VARCHAR(200)    NOT NULL,
    doc         VARCHAR(1000000) NOT NULL,
    last_seq    BIGINT          NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- key first: the merge looks up a chunk's keys with record_key IN (…), which needs it leading
    PRIMARY KEY (record_key, base_db)
);

DROP TABLE base_field;
DELETE FROM base_conflict;
DELETE FROM journal_cursor WHERE consumer_name = 'base-merge';
