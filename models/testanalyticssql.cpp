#include "testanalyticssql.h"

#include "schema.h"

Q_LOGGING_CATEGORY(lcTestAnalytics, "flowscope.models.testanalytics", QtWarningMsg)

namespace Flowscope::TestAnalyticsSql {

// Most workspaces hold no duplicate, so the window function runs only over
// the executions that have copies, found by a scan of the execution id index,
// and the other rows pass straight through (and keep their time index).
// `executions` is NOT MATERIALIZED, because SQLite would otherwise copy every
// row into a temporary table for a statement that reads it twice. The small
// outdated_copies list is then built once per statement.
QString executionsCte(ExecutionsIndex index)
{
    QString indexed;
    if (index == ExecutionsIndex::Outcome)
        indexed = QStringLiteral("INDEXED BY connect_test_case_execution_results_outcome ");
    else if (index == ExecutionsIndex::TableScan)
        indexed = QStringLiteral("NOT INDEXED ");
    return QStringLiteral(
               "WITH outdated_copies AS (SELECT copy_rowid FROM (SELECT rowid AS copy_rowid, "
               "ROW_NUMBER() OVER (PARTITION BY connect_test_case_execution_id "
               "ORDER BY data_lake_last_processed_timestamp DESC NULLS LAST, "
               "connect_test_case_execution_start_timestamp DESC, "
               "connect_test_case_resource_arn DESC) AS copy_rank "
               "FROM connect_test_case_execution_results WHERE connect_test_case_execution_id IN "
               "(SELECT connect_test_case_execution_id FROM connect_test_case_execution_results "
               "GROUP BY connect_test_case_execution_id HAVING COUNT(*) > 1)) "
               "WHERE copy_rank > 1), "
               "executions AS NOT MATERIALIZED (SELECT * FROM connect_test_case_execution_results %1"
               "WHERE rowid NOT IN outdated_copies) ")
        .arg(indexed);
}

SqlCondition executionsCondition(const Filter &filter)
{
    SqlCondition condition = filter.toSql(QString::fromLatin1(TableNames::TestCaseExecutionResults),
                                          QStringLiteral("executions"));
    if (!condition.isEmpty())
        condition.whereSql = QStringLiteral(" AND ") + condition.whereSql;
    return condition;
}

QString resultText(const SqliteStatement &statement, int column)
{
    static const QList<std::pair<QByteArray, QString>> known = {
        {QByteArrayLiteral("Passed"), QStringLiteral("Passed")},
        {QByteArrayLiteral("Failed"), QStringLiteral("Failed")},
        {QByteArrayLiteral("Skipped"), QStringLiteral("Skipped")},
        {QByteArrayLiteral("Aborted"), QStringLiteral("Aborted")},
    };
    if (statement.isNull(column))
        return {};
    const QByteArray bytes = statement.rawText(column);
    for (const auto &[utf8, name] : known) {
        if (bytes == utf8)
            return name;
    }
    return statement.text(column);
}

std::optional<qint64> optionalInteger(const SqliteStatement &statement, int column)
{
    if (statement.isNull(column))
        return std::nullopt;
    return statement.integer(column);
}

} // namespace Flowscope::TestAnalyticsSql
