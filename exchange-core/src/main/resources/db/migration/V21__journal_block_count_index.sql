-- The resource index also holds first_seq, so a subscription's lag (Journal.countAfter) is summed
-- from the index alone: before, each block after the cursor was read whole, half a megabyte of
-- payloads for 1,000 records, to find its first sequence.
DROP INDEX journal_block_resource;
CREATE INDEX journal_block_resource ON journal_block (resource_code, last_seq, first_seq);
