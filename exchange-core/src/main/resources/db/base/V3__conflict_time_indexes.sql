-- Planners list conflicts newest first: of all base databases, of one, or of one key. Each list
-- has an index in that order, so it reads the conflicts it returns instead of sorting every
-- conflict on record. The index on (base_db, record_key) goes: with it H2 chose it for a list of
-- one base database and sorted all its conflicts; the key's own index serves lookups by key.
DROP INDEX golden_conflict_key;
CREATE INDEX golden_conflict_time ON golden_conflict (detected_at DESC, journal_seq DESC);
CREATE INDEX golden_conflict_db_time ON golden_conflict (base_db, detected_at DESC, journal_seq DESC);
CREATE INDEX golden_conflict_key_time ON golden_conflict (record_key, detected_at DESC, journal_seq DESC);
