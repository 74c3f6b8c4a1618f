-- The four base databases (四库). One golden record per key, stored field by field so each
-- field keeps its provenance: resource, department, journal sequence, time, authoritative flag.
CREATE TABLE base_field (
    base_db        VARCHAR(16)   NOT NULL,
    record_key     VARCHAR(200)  NOT NULL,
    field_name     VARCHAR(64)   NOT NULL,
    field_value    VARCHAR(100000),
    resource_code  VARCHAR(64)   NOT NULL,
    department     VARCHAR(64)   NOT NULL,
    journal_seq    BIGINT        NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    authoritative  BOOLEAN       NOT NULL,
    PRIMARY KEY (base_db, record_key, field_name)
);

-- Two sources disagreeing about one field of one key (一数一源).
CREATE TABLE base_conflict (
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
CREATE INDEX base_conflict_key ON base_conflict (base_db, record_key);
