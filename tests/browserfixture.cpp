#include "browserfixture.h"

#include "workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Flowscope::Test {

namespace {

QString insertInto(Workspace &workspace, const QString &table, const QVariantMap &values)
{
    QStringList columns;
    QStringList placeholders;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        columns.append(it.key());
        placeholders.append(QStringLiteral("?"));
    }

    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, columns.join(QStringLiteral(", ")),
                           placeholders.join(QStringLiteral(", "))));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return query.lastError().text();
    return {};
}

QVariantMap flowEvent(const QString &eventId, const QVariant &contactId, const QString &flow,
                      const QVariant &channel, int seconds, const QVariant &outcome,
                      const QVariant &queue)
{
    return {
        {QStringLiteral("instance_id"), QStringLiteral("instance-1")},
        {QStringLiteral("event_id"), eventId},
        {QStringLiteral("contact_id"), contactId},
        {QStringLiteral("flow_resource_id"), flow},
        {QStringLiteral("channel"), channel},
        {QStringLiteral("start_timestamp"), FixtureBaseMs + seconds * 1000LL},
        {QStringLiteral("end_timestamp"), FixtureBaseMs + seconds * 1000LL + 1500},
        {QStringLiteral("flow_outcome"), outcome},
        {QStringLiteral("flow_type"), QStringLiteral("CONTACT_FLOW")},
        {QStringLiteral("initiation_method"), QStringLiteral("INBOUND")},
        {QStringLiteral("next_queue_resource_id"), queue},
    };
}

QVariantMap testExecution(const QString &executionId, const QString &testCase, int seconds,
                          const QString &result, const QVariant &failureReasons,
                          const QVariant &initialContact, const QVariant &contacts)
{
    return {
        {QStringLiteral("instance_id"), QStringLiteral("instance-1")},
        {QStringLiteral("connect_test_case_resource_arn"),
         QString(QStringLiteral("arn:aws:connect:test-case/") + testCase)},
        {QStringLiteral("connect_test_case_resource_name"), testCase},
        {QStringLiteral("connect_test_case_execution_start_timestamp"),
         FixtureBaseMs + seconds * 1000LL},
        {QStringLiteral("connect_test_case_execution_end_timestamp"),
         FixtureBaseMs + seconds * 1000LL + 30000},
        {QStringLiteral("connect_test_case_status"), QStringLiteral("COMPLETED")},
        {QStringLiteral("connect_test_case_result"), result},
        {QStringLiteral("connect_test_case_execution_id"), executionId},
        {QStringLiteral("connect_test_case_failure_reasons"), failureReasons},
        {QStringLiteral("connect_test_case_type"), QStringLiteral("VOICE")},
        {QStringLiteral("connect_test_case_execution_method"), QStringLiteral("API")},
        {QStringLiteral("connect_test_case_associated_initial_contact_id"), initialContact},
        {QStringLiteral("connect_test_case_associated_contact_ids"), contacts},
    };
}

QVariantMap link(const QVariantMap &execution, const QString &contactId, bool initial)
{
    return {
        {QStringLiteral("connect_test_case_resource_arn"),
         execution.value(QStringLiteral("connect_test_case_resource_arn"))},
        {QStringLiteral("connect_test_case_execution_start_timestamp"),
         execution.value(QStringLiteral("connect_test_case_execution_start_timestamp"))},
        {QStringLiteral("connect_test_case_execution_id"),
         execution.value(QStringLiteral("connect_test_case_execution_id"))},
        {QStringLiteral("contact_id"), contactId},
        {QStringLiteral("is_initial_contact"), initial ? 1 : 0},
    };
}

} // namespace

QString createBrowserFixture(const QString &path)
{
    Workspace workspace;
    QString error;
    if (!workspace.open(path, Workspace::OpenMode::CreateIfMissing, &error))
        return error;

    const QVariant null;
    const QString events = QStringLiteral("contact_flow_events");
    const QList<QVariantMap> flowEvents = {
        flowEvent(QStringLiteral("ev-01"), QStringLiteral("c-1"), QStringLiteral("flow-a"),
                  QStringLiteral("VOICE"), 0, QStringLiteral("Success"), QStringLiteral("q-1")),
        flowEvent(QStringLiteral("ev-02"), QStringLiteral("c-1"), QStringLiteral("flow-b"),
                  QStringLiteral("VOICE"), 60, null, null),
        flowEvent(QStringLiteral("ev-03"), QStringLiteral("c-2"), QStringLiteral("flow-a"),
                  QStringLiteral("CHAT"), 120, QStringLiteral(""), QStringLiteral("q-2")),
        flowEvent(QStringLiteral("ev-04"), QStringLiteral("it's"), QStringLiteral("50%_off"),
                  QStringLiteral("TASK"), 180, QStringLiteral("Error"), null),
        flowEvent(QStringLiteral("ev-05"), QStringLiteral("c%3"), QStringLiteral("50xyoff"),
                  QStringLiteral(""), 240, QStringLiteral("Error"), null),
        flowEvent(QStringLiteral("ev-06"), null, QStringLiteral("flow_a"), null, 300,
                  QStringLiteral("Success"), QStringLiteral("q-1")),
    };
    for (const QVariantMap &row : flowEvents) {
        error = insertInto(workspace, events, row);
        if (!error.isEmpty())
            return error;
    }

    const QString executions = QStringLiteral("connect_test_case_execution_results");
    const QList<QVariantMap> testExecutions = {
        testExecution(QStringLiteral("run-1"), QStringLiteral("Greeting"), 10,
                      QStringLiteral("PASSED"), QStringLiteral("[]"), QStringLiteral("c-1"),
                      QStringLiteral("[\"c-1\"]")),
        testExecution(QStringLiteral("run-2"), QStringLiteral("Billing_menu"), 70,
                      QStringLiteral("FAILED"),
                      QStringLiteral("[\"Prompt mismatch\",\"Timeout, no input\"]"),
                      QStringLiteral("c-2"), QStringLiteral("[\"c-2\",\"c-1\"]")),
        testExecution(QStringLiteral("run-3"), QStringLiteral("Greeting"), 130,
                      QStringLiteral("PASSED"), null, null, null),
    };
    const QString links = QStringLiteral("test_execution_contacts");
    const QList<QVariantMap> contactLinks = {
        link(testExecutions.at(0), QStringLiteral("c-1"), true),
        link(testExecutions.at(1), QStringLiteral("c-2"), true),
        link(testExecutions.at(1), QStringLiteral("c-1"), false),
    };
    for (const QVariantMap &row : testExecutions) {
        error = insertInto(workspace, executions, row);
        if (!error.isEmpty())
            return error;
    }
    for (const QVariantMap &row : contactLinks) {
        error = insertInto(workspace, links, row);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString insertRow(const QString &path, const QString &table, const QVariantMap &values)
{
    Workspace workspace;
    QString error;
    if (!workspace.open(path, Workspace::OpenMode::CreateIfMissing, &error))
        return error;
    return insertInto(workspace, table, values);
}

QString insertBulkFlowEvents(const QString &path, int count)
{
    Workspace workspace;
    QString error;
    if (!workspace.open(path, Workspace::OpenMode::CreateIfMissing, &error))
        return error;

    QSqlDatabase database = workspace.database();
    database.transaction();
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO contact_flow_events (instance_id, event_id, "
                                 "contact_id, flow_resource_id, start_timestamp) "
                                 "VALUES ('instance-1', ?, ?, 'flow-bulk', ?)"));
    for (int i = 0; i < count; ++i) {
        query.addBindValue(QStringLiteral("ev-bulk-%1").arg(i, 6, 10, QLatin1Char('0')));
        query.addBindValue(QStringLiteral("c-bulk-%1").arg(i / 3));
        query.addBindValue(FixtureBaseMs + i * 1000LL);
        if (!query.exec()) {
            database.rollback();
            return query.lastError().text();
        }
    }
    database.commit();
    return {};
}

} // namespace Flowscope::Test
