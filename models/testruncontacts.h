#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Flowscope {

class Workspace;

// The primary key of one row of connect_test_case_execution_results.
struct ExecutionKey
{
    QString testCaseArn;
    qint64 startMs = 0;
    QString executionId;

    bool operator==(const ExecutionKey &other) const = default;
};

// A contact that a test execution lists (test_execution_contacts).
struct RunContact
{
    QString contactId;
    bool initial = false; // connect_test_case_associated_initial_contact_id
    // Rows of contact_flow_events for the contact. A contact without any is
    // missing: its flow events were not imported into the workspace.
    qint64 flowEvents = 0;

    bool isMissing() const { return flowEvents == 0; }
};

struct RunContacts
{
    QString error;
    bool executionFound = false;
    // The initial contact first, then the associated contacts by id.
    QList<RunContact> contacts;

    bool ok() const { return error.isEmpty(); }
    qsizetype missingCount() const;
};

RunContacts queryRunContacts(Workspace &workspace, const ExecutionKey &execution);

// An execution that created a contact.
struct ContactExecution
{
    ExecutionKey key;
    QString testCaseName;
    QString result;       // null when the execution has no result
    bool initial = false; // the contact is the execution's initial contact
};

struct ContactExecutions
{
    QString error;
    QList<ContactExecution> executions; // by start, oldest first

    bool ok() const { return error.isEmpty(); }
};

ContactExecutions queryContactExecutions(Workspace &workspace, const QString &contactId);

} // namespace Flowscope
