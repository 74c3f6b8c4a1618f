-- Hash-chained audit log: each event carries the hash of the one before it.
-- audit_head is one row whose lock serializes writers (on every node sharing the database).
CREATE TABLE audit_event (
    seq         BIGINT        PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    detail      VARCHAR(8000) NOT NULL,
    prev_hash   VARCHAR(64)   NOT NULL,
    event_hash  VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_event_action ON audit_event (action, seq);

CREATE TABLE audit_head (
    head_id   INTEGER     PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (head_id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
