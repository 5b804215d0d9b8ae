#pragma once

#include "filter.h"
#include "sqlitestatement.h"

#include <QLoggingCategory>
#include <QString>

#include <optional>

// Test analytics queries: flowscope.models.testanalytics.
Q_DECLARE_LOGGING_CATEGORY(lcTestAnalytics)

namespace Flowscope {

class Workspace;

namespace TestAnalyticsSql {

// The access path of the `executions` rows.
enum class ExecutionsIndex {
    // The planner's choice, for queries that group or order by test case.
    Planner,
    // connect_test_case_execution_results_outcome, which covers the start,
    // result, end and failure reasons in time order. The planner cannot tell
    // it from the narrower start index and would seek every table row, so
    // queries that read only those columns name it.
    Outcome,
    // A scan of the table in storage order, for queries that read most rows
    // and many columns and put them in order themselves.
    TableScan,
};

// SQL of a common table expression named `executions`: the rows of
// connect_test_case_execution_results with one row per
// connect_test_case_execution_id. The data lake can deliver one execution
// under two start timestamps; the row processed last wins, then the later
// start. Filters are applied after this choice, so an outdated copy never
// reappears because it matches the filter.
QString executionsCte(ExecutionsIndex index = ExecutionsIndex::Planner);

// The filter's condition on the `executions` rows, as " AND ..." (or empty).
SqlCondition executionsCondition(const Filter &filter);

// The text of a connect_test_case_result column: a null QString for NULL, and
// one shared QString for each documented result instead of one per row.
QString resultText(const SqliteStatement &statement, int column);

// The column as an integer, or empty for SQL NULL.
std::optional<qint64> optionalInteger(const SqliteStatement &statement, int column);

} // namespace TestAnalyticsSql

} // namespace Flowscope
