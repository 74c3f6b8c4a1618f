-- The journal's only cursor, the base merge's, lives in the base database since V17
-- (golden_cursor, committed with the golden records it covers); nothing reads this table.
DROP TABLE journal_cursor;
