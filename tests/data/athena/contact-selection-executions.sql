-- The rows behind the Flowscope view test-history, for Amazon Athena.
-- Timestamps are UTC; the time window is half-open.
SELECT *
FROM "connect_datalake"."connect_test_case_execution_results"
WHERE any_match(concat(ARRAY["connect_test_case_associated_initial_contact_id"], coalesce("connect_test_case_associated_contact_ids", CAST(ARRAY[] AS array(varchar)))), contact -> contact IN ('c-1', 'o''brien'))
ORDER BY "connect_test_case_execution_start_timestamp";
