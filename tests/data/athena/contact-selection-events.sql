-- The rows behind the Flowscope view flow-map, for Amazon Athena.
-- Timestamps are UTC; the time window is half-open.
SELECT *
FROM "connect_datalake"."contact_flow_events"
WHERE "contact_id" IN ('c-1', 'o''brien')
ORDER BY "start_timestamp";
