-- The rows behind the Flowscope view test-runs, for Amazon Athena.
-- Timestamps are UTC; the time window is half-open.
SELECT *
FROM "connect_datalake"."connect_test_case_execution_results"
WHERE "connect_test_case_execution_start_timestamp" >= TIMESTAMP '2026-01-01 00:00:00.000'
  AND ("connect_test_case_result" IN ('Failed') OR "connect_test_case_result" IS NULL)
  AND "connect_test_case_status" IN ('Completed')
  AND "connect_test_case_type" IN ('FlowTest')
  AND "connect_test_case_execution_method" IN ('Scheduled')
  AND "connect_test_case_execution_channel" IN ('Voice')
  AND "connect_test_case_execution_channel_subtype" IN ('SMS')
  AND "connect_test_case_initiating_flow_id" IN ('flow-a')
  AND (strpos("connect_test_case_resource_arn", 'Greeting') > 0 OR strpos("connect_test_case_resource_name", 'Greeting') > 0)
  AND any_match(concat(ARRAY["connect_test_case_associated_initial_contact_id"], coalesce("connect_test_case_associated_contact_ids", CAST(ARRAY[] AS array(varchar)))), contact -> strpos(contact, 'c-2') > 0)
ORDER BY "connect_test_case_execution_start_timestamp";
