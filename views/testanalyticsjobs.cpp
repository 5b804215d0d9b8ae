#include "testanalyticsjobs.h"

#include "flownames.h"
#include "schema.h"
#include "sqlitestatement.h"
#include "tablemodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Flowscope {

namespace {

QStringList textElements(const QString &json)
{
    QStringList elements;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    const QJsonArray array = document.array();
    for (const QJsonValue &element : array) {
        if (element.isString())
            elements.append(element.toString());
    }
    return elements;
}

} // namespace

WorkspaceJobs::WorkspaceJobs(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

WorkspaceJobs::~WorkspaceJobs()
{
    for (int channel = 0; channel < ChannelCount; ++channel)
        nextGeneration(channel);
    m_pool.clear();
    m_pool.waitForDone();
}

void WorkspaceJobs::setWorkspacePath(const QString &path)
{
    for (int channel = 0; channel < ChannelCount; ++channel)
        cancel(channel);
    m_path = path;
}

bool WorkspaceJobs::isBusy(int channel) const
{
    return m_busy.at(channel);
}

void WorkspaceJobs::cancel(int channel)
{
    nextGeneration(channel);
    if (m_busy.at(channel)) {
        m_busy.at(channel) = false;
        Q_EMIT busyChanged();
    }
}

quint64 WorkspaceJobs::nextGeneration(int channel)
{
    return m_generations.at(channel).fetch_add(1) + 1;
}

bool WorkspaceJobs::isCurrent(int channel, quint64 generation) const
{
    return m_generations.at(channel).load() == generation;
}

void WorkspaceJobs::finish(int channel, quint64 generation)
{
    if (!isCurrent(channel, generation) || !m_busy.at(channel))
        return;
    m_busy.at(channel) = false;
    Q_EMIT busyChanged();
}

bool mergeTestExecutionFields(Filter *target, const Filter &incoming)
{
    const QList<QStringList Filter::*> lists = {
        &Filter::instances,        &Filter::testResults,  &Filter::testStatuses,
        &Filter::testTypes,        &Filter::executionMethods, &Filter::testChannels,
        &Filter::testChannelSubtypes, &Filter::initiatingFlows,
    };
    const bool setsTime = incoming.fromMs || incoming.toMs;
    const bool setsList = std::any_of(lists.cbegin(), lists.cend(), [&incoming](auto field) {
        return !(incoming.*field).isEmpty();
    });
    if (!setsTime && !setsList && incoming.contactId.isEmpty() && incoming.testCase.isEmpty())
        return false;

    if (setsTime) {
        target->fromMs = incoming.fromMs;
        target->toMs = incoming.toMs;
    }
    for (const auto field : lists) {
        if (!(incoming.*field).isEmpty())
            target->*field = incoming.*field;
    }
    if (!incoming.contactId.isEmpty())
        target->contactId = incoming.contactId;
    if (!incoming.testCase.isEmpty())
        target->testCase = incoming.testCase;
    return true;
}

FilterChoices readFilterChoices(Workspace &workspace, const QStringList &columns)
{
    FilterChoices choices;
    const TableSpec &table = testCaseExecutionResultsSpec();
    for (const QString &column : columns) {
        // Only documented names reach the SQL text; values are never interpolated.
        if (!table.column(column))
            continue;
        SqliteStatement statement(workspace.handle(),
                                  QStringLiteral("SELECT DISTINCT \"%1\" FROM \"%2\" ORDER BY 1 "
                                                 "LIMIT %3")
                                      .arg(column, table.name)
                                      .arg(WorkspaceTableModel::MaxDistinctValues));
        QStringList values;
        while (statement.next())
            values.append(statement.text(0));
        if (!statement.error().isEmpty()) {
            choices.error = statement.error();
            return choices;
        }
        choices.values.insert(column, values);
    }

    SqliteStatement span(workspace.handle(),
                         QStringLiteral("SELECT MIN(connect_test_case_execution_start_timestamp), "
                                        "MAX(connect_test_case_execution_start_timestamp) FROM "
                                        "connect_test_case_execution_results"));
    if (span.next() && !span.isNull(0)) {
        choices.firstStartMs = span.integer(0);
        choices.lastStartMs = span.integer(1);
    }
    if (!span.error().isEmpty())
        choices.error = span.error();
    return choices;
}

ExecutionDetails readExecutionDetails(Workspace &workspace, const ExecutionKey &key)
{
    ExecutionDetails details;
    const QStringList columns =
        workspace.storedColumns(QString::fromLatin1("connect_test_case_execution_results"));
    QStringList quoted;
    for (const QString &column : columns)
        quoted.append(QStringLiteral("\"%1\"").arg(QString(column).replace(
            QLatin1Char('"'), QStringLiteral("\"\""))));

    SqliteStatement row(workspace.handle(),
                        QStringLiteral("SELECT %1 FROM connect_test_case_execution_results WHERE "
                                       "connect_test_case_resource_arn = ? AND "
                                       "connect_test_case_execution_start_timestamp = ? AND "
                                       "connect_test_case_execution_id = ?")
                            .arg(quoted.join(QStringLiteral(", "))));
    row.bind({key.testCaseArn, key.startMs, key.executionId});
    if (row.next()) {
        details.found = true;
        for (int column = 0; column < columns.size(); ++column) {
            const ColumnSpec *spec = testCaseExecutionResultsSpec().column(columns.at(column));
            QVariant value;
            if (!row.isNull(column))
                value = spec && spec->type == ColumnType::Timestamp
                            ? QVariant(row.integer(column))
                            : QVariant(row.text(column));
            details.columns.insert(columns.at(column), value);
        }
    }
    if (!row.error().isEmpty()) {
        details.error = QCoreApplication::translate(
                            "Flowscope::TestAnalyticsPages",
                            "Reading test execution %1 in %2 failed: %3")
                            .arg(key.executionId, workspace.path(), row.error());
        return details;
    }

    details.failureReasons = textElements(
        details.columns.value(QStringLiteral("connect_test_case_failure_reasons")).toString());
    details.contacts = queryRunContacts(workspace, key);
    if (!details.contacts.ok())
        details.error = details.contacts.error;

    const QString flowId =
        details.columns.value(QStringLiteral("connect_test_case_initiating_flow_id")).toString();
    if (!flowId.isEmpty()) {
        const QHash<QString, FlowName> names = loadFlowNames(workspace);
        const auto name = names.constFind(flowId);
        if (name != names.cend())
            details.initiatingFlowName = name->name;
    }
    return details;
}

} // namespace Flowscope
