-- Issue 14: a first attempt whose command committed (its events are stored) keeps its Idempotency-Key, even when
-- its answer was lost (the database went away between the commit and the stored answer); a retry is then told so
-- instead of running the command again. Set in the command's own transaction (operations.CommittedIdempotencyKeys).
ALTER TABLE api.idempotent_request ADD COLUMN committed BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE api.idempotent_request ADD COLUMN committed_aggregate_id VARCHAR(255);
