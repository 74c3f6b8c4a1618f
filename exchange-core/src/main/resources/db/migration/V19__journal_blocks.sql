-- The journal stored in blocks: one row per published batch (or per part of a large one) instead
-- of one row per record. Keys and payloads are kept as lines: payloads are canonical JSON, which
-- never holds a raw line break; keys escape '\' as '\\' and a line break as '\n'. A block holds
-- the sequences first_seq..last_seq, all of one resource, contiguous.
CREATE TABLE journal_block (
    last_seq      BIGINT          PRIMARY KEY,
    first_seq     BIGINT          NOT NULL,
    resource_code VARCHAR(64)     NOT NULL,
    batch_id      VARCHAR(40)     NOT NULL,
    publisher_id  VARCHAR(64)     NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    record_count  INTEGER         NOT NULL,
    record_keys   VARCHAR(1000000) NOT NULL,
    payloads      VARCHAR(4000000) NOT NULL
);
CREATE INDEX journal_block_resource ON journal_block (resource_code, last_seq);

-- records journaled before: one block each
INSERT INTO journal_block (last_seq, first_seq, resource_code, batch_id, publisher_id, recorded_at, record_count,
                           record_keys, payloads)
SELECT seq, seq, resource_code, batch_id, publisher_id, recorded_at, 1,
       REPLACE(REPLACE(record_key, '\', '\\'), '
', '\n'), payload
FROM journal_record;

DROP TABLE journal_record;
