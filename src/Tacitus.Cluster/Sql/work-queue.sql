-- Tacitus's cluster work queue: documents submitted by `tacitus ingest --cluster`, claimed by silos with
-- FOR UPDATE SKIP LOCKED under a lease. A lease that expires (its silo was killed or stalled) or whose silo Orleans
-- has declared dead is claimed again by another silo; storing is idempotent (documents by content hash, events by
-- identity), so a document coded twice is stored once.
CREATE TABLE tacitus_work_queue
(
    seq bigserial NOT NULL UNIQUE,
    content_hash text NOT NULL PRIMARY KEY,
    job_id text NOT NULL,
    external_id text NOT NULL,
    text text NOT NULL,
    title text, pub_date date, source_name text, url text, language text, byline text, dateline text, input text,
    status text NOT NULL DEFAULT 'queued',          -- queued | leased | done | failed
    attempts integer NOT NULL DEFAULT 0,
    claimed_by text,                                 -- silo address ip:port:generation
    lease_until timestamptz,
    submitted_at timestamptz NOT NULL DEFAULT now(),
    done_at timestamptz,
    error text
);
CREATE INDEX tacitus_work_queue_open ON tacitus_work_queue (seq) WHERE status IN ('queued', 'leased');
CREATE INDEX tacitus_work_queue_job ON tacitus_work_queue (job_id, status);
