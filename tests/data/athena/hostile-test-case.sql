-- The rows behind the Flowscope view test-trend, for Amazon Athena.
-- Timestamps are UTC; the time window is half-open.
SELECT *
FROM "connect_datalake"."connect_test_case_execution_results"
WHERE ("connect_test_case_resource_arn" = U&'a''\000A--b\\' OR "connect_test_case_resource_name" = U&'a''\000A--b\\')
ORDER BY "connect_test_case_execution_start_timestamp";
