-- The rows behind the Flowscope view flow-events, for Amazon Athena.
-- Timestamps are UTC; the time window is half-open.
SELECT
    "contact_id",
    "start_timestamp"
FROM "connect_datalake"."contact_flow_events"
WHERE "start_timestamp" >= TIMESTAMP '2026-01-01 00:00:00.000'
  AND "start_timestamp" < TIMESTAMP '2026-01-02 00:00:00.000'
  AND "instance_id" IN ('aaaaaaaa-0000-4000-8000-000000000001')
ORDER BY "start_timestamp";
