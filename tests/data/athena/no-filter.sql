-- The rows behind the Flowscope view flow-events, for Amazon Athena.
-- Timestamps are UTC; the time window is half-open.
SELECT *
FROM "connect_datalake"."contact_flow_events"
ORDER BY "start_timestamp";
