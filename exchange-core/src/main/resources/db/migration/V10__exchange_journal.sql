-- Exchange journal: every accepted record with its global sequence number, the publish
-- batches (receipts, idempotency keys) and per-resource observations. Portable SQL (H2, PostgreSQL).
CREATE TABLE exchange_counter (
    counter_name VARCHAR(64) PRIMARY KEY,
    last_value   BIGINT      NOT NULL
);
INSERT INTO exchange_counter (counter_name, last_value) VALUES ('journal', 0);

CREATE TABLE journal_record (
    seq           BIGINT          PRIMARY KEY,
    resource_code VARCHAR(64)     NOT NULL,
    record_key    VARCHAR(200)    NOT NULL,
    payload       VARCHAR(1000000) NOT NULL,
    batch_id      VARCHAR(40)     NOT NULL,
    publisher_id  VARCHAR(64)     NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX journal_record_resource ON journal_record (resource_code, seq);

CREATE TABLE publish_batch (
    batch_id        VARCHAR(40)  PRIMARY KEY,
    resource_code   VARCHAR(64)  NOT NULL,
    publisher_id    VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(200),
    first_seq       BIGINT,
    last_seq        BIGINT,
    accepted        INTEGER      NOT NULL,
    digest          VARCHAR(64)  NOT NULL,
    receipt         VARCHAR(1000000) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX publish_batch_idempotency ON publish_batch (publisher_id, resource_code, idempotency_key);

CREATE TABLE resource_observation (
    resource_code  VARCHAR(64) PRIMARY KEY,
    record_count   BIGINT      NOT NULL,
    last_record_at TIMESTAMP WITH TIME ZONE,
    last_seq       BIGINT      NOT NULL
);

-- Where each background consumer of the journal (base merge, catalog feedback) has got to.
CREATE TABLE journal_cursor (
    consumer_name VARCHAR(64) PRIMARY KEY,
    position      BIGINT      NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
