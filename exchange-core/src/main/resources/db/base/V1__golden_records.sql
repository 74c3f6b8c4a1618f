-- The four base databases (四库) in a database of their own (docs/exchange.md, base databases):
-- golden records are derived from the journal, so their merge's page writes and commits no longer
-- share the journal's store with the publishers' durable commits. The names differ from the
-- journal database's old base_* tables so both migrations can run in one PostgreSQL schema.
CREATE TABLE golden_record (
    base_db     VARCHAR(16)     NOT NULL,
    record_key  VARCHAR(200)    NOT NULL,
    doc         VARCHAR(1000000) NOT NULL,
    last_seq    BIGINT          NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- key first: the merge looks up a chunk's keys with record_key IN (…), which needs it leading
    PRIMARY KEY (record_key, base_db)
);

-- Two sources disagreeing about one field of one key (一数一源).
CREATE TABLE golden_conflict (
    id              VARCHAR(40)   PRIMARY KEY,
    base_db         VARCHAR(16)   NOT NULL,
    record_key      VARCHAR(200)  NOT NULL,
    field_name      VARCHAR(64)   NOT NULL,
    kept_value      VARCHAR(100000),
    kept_resource   VARCHAR(64)   NOT NULL,
    kept_department VARCHAR(64)   NOT NULL,
    other_value     VARCHAR(100000),
    other_resource  VARCHAR(64)   NOT NULL,
    other_department VARCHAR(64)  NOT NULL,
    journal_seq     BIGINT        NOT NULL,
    resolution      VARCHAR(32)   NOT NULL,
    detected_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX golden_conflict_key ON golden_conflict (base_db, record_key);

-- How far the merge has read the journal; committed with the golden records it produced.
CREATE TABLE golden_cursor (
    cursor_name VARCHAR(64) PRIMARY KEY,
    position    BIGINT      NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
