#include "summary.h"

#include "logging.h"
#include "schema.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Flowscope {

namespace {

// Prepares and runs `sql`, which binds no values from outside. Returns the
// active query, or sets `error` and returns nothing.
std::optional<QSqlQuery> runQuery(const Workspace &workspace, const QString &sql, QString *error)
{
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql) || !query.exec()) {
        qCWarning(lcWorkspace) << "summary query failed:" << sql << query.lastError().text();
        *error = QCoreApplication::translate(
                     "Flowscope::Summary",
                     "Could not read the summary of workspace %1: %2. Check that the file "
                     "is a Flowscope workspace and that no other program is rewriting it.")
                     .arg(workspace.path(), query.lastError().text());
        return std::nullopt;
    }
    return query;
}

std::optional<qint64> optionalInteger(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

bool summarizeTable(const Workspace &workspace, const TableSpec &spec,
                    const QString &timestampColumn, TableSummary *summary, QString *error)
{
    summary->table = spec.name;
    summary->timestampColumn = timestampColumn;

    // Table and column names come from the schema registry, never from input.
    const QString sql =
        QStringLiteral("SELECT COUNT(*), MIN(%1), MAX(%1) FROM %2").arg(timestampColumn, spec.name);
    std::optional<QSqlQuery> query = runQuery(workspace, sql, error);
    if (!query || !query->next())
        return false;

    summary->rows = query->value(0).toLongLong();
    summary->firstTimestampMs = optionalInteger(query->value(1));
    summary->lastTimestampMs = optionalInteger(query->value(2));
    return true;
}

bool readInstances(const Workspace &workspace, QStringList *instances, QString *error)
{
    const QString sql =
        QStringLiteral("SELECT instance_id FROM %1 WHERE instance_id IS NOT NULL "
                       "UNION SELECT instance_id FROM %2 WHERE instance_id IS NOT NULL ORDER BY 1")
            .arg(QLatin1String(TableNames::ContactFlowEvents),
                 QLatin1String(TableNames::TestCaseExecutionResults));
    std::optional<QSqlQuery> query = runQuery(workspace, sql, error);
    if (!query)
        return false;

    while (query->next())
        instances->append(query->value(0).toString());
    return true;
}

bool readDistinctCounts(const Workspace &workspace, WorkspaceSummary *summary, QString *error)
{
    const QString eventsSql =
        QStringLiteral(
            "SELECT COUNT(DISTINCT contact_id), COUNT(DISTINCT flow_resource_id) FROM %1")
            .arg(QLatin1String(TableNames::ContactFlowEvents));
    std::optional<QSqlQuery> events = runQuery(workspace, eventsSql, error);
    if (!events || !events->next())
        return false;
    summary->distinctContacts = events->value(0).toLongLong();
    summary->distinctFlows = events->value(1).toLongLong();

    const QString testsSql =
        QStringLiteral("SELECT COUNT(DISTINCT connect_test_case_resource_arn) FROM %1")
            .arg(QLatin1String(TableNames::TestCaseExecutionResults));
    std::optional<QSqlQuery> tests = runQuery(workspace, testsSql, error);
    if (!tests || !tests->next())
        return false;
    summary->distinctTestCases = tests->value(0).toLongLong();
    return true;
}

bool readImports(const Workspace &workspace, WorkspaceSummary *summary, QString *error)
{
    // finished_timestamp is when the import committed, in epoch milliseconds.
    const QString sql = QStringLiteral("SELECT COUNT(*), MAX(finished_timestamp) FROM %1")
                            .arg(QLatin1String(TableNames::ImportLog));
    std::optional<QSqlQuery> query = runQuery(workspace, sql, error);
    if (!query || !query->next())
        return false;

    summary->imports = query->value(0).toLongLong();
    summary->lastImportMs = optionalInteger(query->value(1));
    return true;
}

} // namespace

WorkspaceSummary summarizeWorkspace(Workspace &workspace)
{
    WorkspaceSummary summary;
    if (!workspace.isOpen()) {
        summary.error = QCoreApplication::translate(
            "Flowscope::Summary", "Could not read the summary: no workspace is open. Open a "
                                  "workspace first.");
        return summary;
    }

    const bool read =
        summarizeTable(workspace, contactFlowEventsSpec(), QStringLiteral("start_timestamp"),
                       &summary.contactFlowEvents, &summary.error) &&
        summarizeTable(workspace, testCaseExecutionResultsSpec(),
                       QStringLiteral("connect_test_case_execution_start_timestamp"),
                       &summary.testCaseExecutions, &summary.error) &&
        readInstances(workspace, &summary.instances, &summary.error) &&
        readDistinctCounts(workspace, &summary, &summary.error) &&
        readImports(workspace, &summary, &summary.error);

    // A failed step leaves a message, but one that ran out of rows would not.
    if (!read && summary.error.isEmpty())
        summary.error = QCoreApplication::translate(
                            "Flowscope::Summary",
                            "Could not read the summary of workspace %1: a query returned "
                            "no row. Check that the file is a Flowscope workspace.")
                            .arg(workspace.path());
    return summary;
}

} // namespace Flowscope
