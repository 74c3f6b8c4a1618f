-- A golden record's document as UTF-8 JSON bytes (doc_bytes): the database copies them as they
-- are, where text made H2 encode and decode every character of every document the merge reads
-- and writes. Rows written before keep their text in doc until the merge next writes them.
ALTER TABLE golden_record ADD COLUMN doc_bytes BYTEA;
ALTER TABLE golden_record ALTER COLUMN doc DROP NOT NULL;
