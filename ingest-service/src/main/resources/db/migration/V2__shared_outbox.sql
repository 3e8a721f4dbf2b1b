-- service-support's outbox: the one table shape every service with an outbox has (see
-- service-support/README.md). outbox_event becomes outbox in place, so pending rows are kept and
-- relayed after the upgrade: a rename, not a copy.
ALTER TABLE outbox_event RENAME TO outbox;
ALTER TABLE outbox RENAME CONSTRAINT outbox_event_pkey TO outbox_pkey;
ALTER TABLE outbox RENAME COLUMN event_key TO message_key;
-- the relay sends the stored JSON unchanged: text, not jsonb (which would re-order its keys)
ALTER TABLE outbox ALTER COLUMN payload TYPE text USING payload::text;
-- aggregate_id always equalled message_key (the article id); the key index serves its lookups
DROP INDEX outbox_event_aggregate_idx;
ALTER TABLE outbox DROP COLUMN aggregate_id;
-- a message the sender refused for good (too large, invalid topic) is dead-lettered in place
ALTER TABLE outbox ADD COLUMN dead_at timestamptz;
DROP INDEX outbox_event_pending_idx;
CREATE INDEX outbox_pending_idx ON outbox (id) WHERE sent_at IS NULL AND dead_at IS NULL;
CREATE INDEX outbox_message_key_idx ON outbox (message_key);
