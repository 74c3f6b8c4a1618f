-- A journal block's payloads as UTF-8 bytes, one record per line as before (payload_lines): the
-- database copies them as they are, where text made H2 encode every character and hash the
-- whole block on each insert. Blocks written before keep their text in payloads.
ALTER TABLE journal_block ADD COLUMN payload_lines BYTEA;
ALTER TABLE journal_block ALTER COLUMN payloads DROP NOT NULL;
