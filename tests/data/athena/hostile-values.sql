-- The rows behind the Flowscope view flow-events, for Amazon Athena.
-- Timestamps are UTC; the time window is half-open.
SELECT *
FROM "connect_datalake"."contact_flow_events"
WHERE "flow_resource_id" IN ('it''s', 'back\slash', 'x'' OR ''1''=''1', '-- comment', U&'line\000Abreak', U&'tab\0009here', 'Grüße ✓ 𝄞')
  AND strpos("contact_id", '''; DROP TABLE contact_flow_events; --') > 0
ORDER BY "start_timestamp";
