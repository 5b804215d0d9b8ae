-- The rows behind the Flowscope view variants, for Amazon Athena.
-- Timestamps are UTC; the time window is half-open.
SELECT *
FROM "connect_datalake"."contact_flow_events"
WHERE "contact_id" = 'c-1'
  AND ("contact_id" IS NULL OR "contact_id" NOT IN (
      SELECT "linked"."contact_id"
      FROM "connect_datalake"."connect_test_case_execution_results"
      CROSS JOIN UNNEST(concat(ARRAY["connect_test_case_associated_initial_contact_id"], coalesce("connect_test_case_associated_contact_ids", CAST(ARRAY[] AS array(varchar))))) AS "linked" ("contact_id")
      WHERE "linked"."contact_id" IS NOT NULL))
ORDER BY "start_timestamp";
