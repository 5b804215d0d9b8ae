-- The rows behind the Flowscope view flow-map, for Amazon Athena.
-- Timestamps are UTC; the time window is half-open.
SELECT *
FROM "connect_datalake"."contact_flow_events"
WHERE ("channel" IN ('VOICE', '') OR "channel" IS NULL)
  AND "flow_type" IN ('CONTACT_FLOW')
  AND "initiation_method" IN ('INBOUND', 'TRANSFER')
  AND "flow_resource_id" IN ('flow-a')
  AND "flow_outcome" IS NULL
  AND "next_queue_resource_id" IN ('q-1')
ORDER BY "start_timestamp";
