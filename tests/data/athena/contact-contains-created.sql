-- The rows behind the Flowscope view flow-events, for Amazon Athena.
-- Timestamps are UTC; the time window is half-open.
SELECT *
FROM "connect_datalake"."contact_flow_events"
WHERE strpos("contact_id", '50%_off') > 0
  AND "contact_id" IN (
      SELECT "linked"."contact_id"
      FROM "connect_datalake"."connect_test_case_execution_results"
      CROSS JOIN UNNEST(concat(ARRAY["connect_test_case_associated_initial_contact_id"], coalesce("connect_test_case_associated_contact_ids", CAST(ARRAY[] AS array(varchar))))) AS "linked" ("contact_id")
      WHERE "linked"."contact_id" IS NOT NULL)
ORDER BY "start_timestamp";
