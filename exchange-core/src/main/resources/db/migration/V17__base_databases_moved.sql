-- The base databases moved to their own database (db/base, datasource "base"); the merge there
-- starts from the journal's beginning and rebuilds golden records and conflicts.
DROP TABLE base_record;
DROP TABLE base_conflict;
DELETE FROM journal_cursor WHERE consumer_name = 'base-merge';
