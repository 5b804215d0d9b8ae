#include "testruncontacts.h"

#include "testanalyticssql.h"
#include "workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace Flowscope {

namespace {

// Gives lupdate and the translation lookup the same context.
struct TestRunContactsText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::TestAnalytics)
};

} // namespace

qsizetype RunContacts::missingCount() const
{
    return std::count_if(contacts.cbegin(), contacts.cend(),
                         [](const RunContact &contact) { return contact.isMissing(); });
}

RunContacts queryRunContacts(Workspace &workspace, const ExecutionKey &execution)
{
    RunContacts result;
    auto fail = [&](const QString &cause) {
        result.error =
            TestRunContactsText::tr("Reading the contacts of test execution %1 in %2 failed: %3")
                .arg(execution.executionId, workspace.path(), cause);
        qCWarning(lcTestAnalytics).noquote() << result.error;
        result.contacts.clear();
        return result;
    };
    const QVariantList key = {execution.testCaseArn, execution.startMs, execution.executionId};

    SqliteStatement exists(workspace.handle(),
                           QStringLiteral("SELECT 1 FROM connect_test_case_execution_results WHERE "
                                          "connect_test_case_resource_arn = ? AND "
                                          "connect_test_case_execution_start_timestamp = ? AND "
                                          "connect_test_case_execution_id = ?"));
    exists.bind(key);
    result.executionFound = exists.next();
    if (!exists.error().isEmpty())
        return fail(exists.error());

    // The contact index of contact_flow_events makes each count a range scan.
    SqliteStatement contacts(
        workspace.handle(),
        QStringLiteral("SELECT linked.contact_id, linked.is_initial_contact, (SELECT COUNT(*) "
                       "FROM contact_flow_events AS event WHERE event.contact_id = "
                       "linked.contact_id) FROM test_execution_contacts AS linked WHERE "
                       "linked.connect_test_case_resource_arn = ? AND "
                       "linked.connect_test_case_execution_start_timestamp = ? AND "
                       "linked.connect_test_case_execution_id = ? "
                       "ORDER BY linked.is_initial_contact DESC, linked.contact_id"));
    contacts.bind(key);
    while (contacts.next())
        result.contacts.append({contacts.text(0), contacts.integer(1) != 0, contacts.integer(2)});
    if (!contacts.error().isEmpty())
        return fail(contacts.error());
    return result;
}

ContactExecutions queryContactExecutions(Workspace &workspace, const QString &contactId)
{
    ContactExecutions result;
    SqliteStatement statement(
        workspace.handle(),
        QStringLiteral("SELECT execution.connect_test_case_resource_arn, "
                       "execution.connect_test_case_execution_start_timestamp, "
                       "execution.connect_test_case_execution_id, "
                       "execution.connect_test_case_resource_name, "
                       "execution.connect_test_case_result, linked.is_initial_contact "
                       "FROM test_execution_contacts AS linked "
                       "JOIN connect_test_case_execution_results AS execution USING "
                       "(connect_test_case_resource_arn, "
                       "connect_test_case_execution_start_timestamp, "
                       "connect_test_case_execution_id) WHERE linked.contact_id = ? "
                       "ORDER BY execution.connect_test_case_execution_start_timestamp, "
                       "execution.connect_test_case_execution_id"));
    statement.bind({contactId});
    while (statement.next()) {
        result.executions.append({{statement.text(0), statement.integer(1), statement.text(2)},
                                  statement.text(3),
                                  statement.text(4),
                                  statement.integer(5) != 0});
    }
    if (!statement.error().isEmpty()) {
        result.error =
            TestRunContactsText::tr("Reading the test executions of contact %1 in %2 failed: %3")
                .arg(contactId, workspace.path(), statement.error());
        qCWarning(lcTestAnalytics).noquote() << result.error;
        result.executions.clear();
    }
    return result;
}

} // namespace Flowscope
