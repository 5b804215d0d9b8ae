#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Flowscope {

// Storage type of a data lake column in the workspace.
enum class ColumnType {
    Text,      // TEXT, kept exactly as written (ids keep leading zeros)
    Timestamp, // INTEGER milliseconds since the Unix epoch, UTC
    TextArray, // TEXT holding a JSON array of strings, so json_each() works
};

struct ColumnSpec
{
    QString name;
    ColumnType type = ColumnType::Text;
    bool primaryKey = false;
};

// One data lake table as the workspace stores it: the documented columns in
// documented order, with the documented primary key.
struct TableSpec
{
    QString name;
    QList<ColumnSpec> columns;
    QStringList primaryKey;
    // The column whose newer value wins when the same key arrives twice.
    QString versionColumn;

    const ColumnSpec *column(const QString &name) const; // case-insensitive; null if absent
    int columnIndex(const QString &name) const;          // case-insensitive; -1 if absent
    QStringList columnNames() const;
};

namespace TableNames {
inline constexpr char ContactFlowEvents[] = "contact_flow_events";
inline constexpr char TestCaseExecutionResults[] = "connect_test_case_execution_results";
// Contacts created by each test execution, exploded from the array columns.
inline constexpr char TestExecutionContacts[] = "test_execution_contacts";
inline constexpr char ImportLog[] = "import_log";
} // namespace TableNames

const TableSpec &contactFlowEventsSpec();
const TableSpec &testCaseExecutionResultsSpec();

// Both data lake tables, flow events first.
QList<const TableSpec *> dataLakeTables();

// The data lake table with this name (case-insensitive), or null.
const TableSpec *findTableSpec(const QString &name);

// Picks the table whose primary key columns all appear in `columns`
// (case-insensitive); when both or neither match, the one sharing more
// column names; null when no documented column matches at all.
const TableSpec *detectTable(const QStringList &columns);

} // namespace Flowscope
