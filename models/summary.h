#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Flowscope {

class Workspace;

// Row count and time span of one data lake table.
struct TableSummary
{
    QString table;
    // The timestamp column the span is measured on: start_timestamp for flow
    // events, connect_test_case_execution_start_timestamp for test executions.
    QString timestampColumn;
    qint64 rows = 0;
    // Milliseconds since the Unix epoch, UTC, or empty when the table has no
    // row with a timestamp.
    std::optional<qint64> firstTimestampMs;
    std::optional<qint64> lastTimestampMs;
};

// Counts and time spans of a workspace's contents, as `flowscope-cli summary` prints them.
struct WorkspaceSummary
{
    // Empty when the summary was read. Otherwise it states what failed and what to do,
    // and the other fields are incomplete.
    QString error;

    TableSummary contactFlowEvents;
    TableSummary testCaseExecutions;
    // Distinct instance_id values of both tables, sorted, without NULL.
    QStringList instances;
    qint64 distinctContacts = 0;  // contact_id in contact_flow_events
    qint64 distinctFlows = 0;     // flow_resource_id in contact_flow_events
    qint64 distinctTestCases = 0; // connect_test_case_resource_arn
    qint64 imports = 0;           // rows in import_log
    // When the latest import finished, in milliseconds since the Unix epoch,
    // UTC, or empty when nothing was imported yet.
    std::optional<qint64> lastImportMs;

    bool ok() const { return error.isEmpty(); }
};

// Reads the summary of an open workspace through its connection, on the thread
// that opened it. Only reads, so a workspace opened read-only works too.
WorkspaceSummary summarizeWorkspace(Workspace &workspace);

} // namespace Flowscope
