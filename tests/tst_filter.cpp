#include "browserfixture.h"
#include "filter.h"
#include "workspace.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Flowscope;

namespace {

const QString FlowEvents = QStringLiteral("contact_flow_events");
const QString TestExecutions = QStringLiteral("connect_test_case_execution_results");

// The first column of the rows of `table` that `filter` keeps, in stored order.
QStringList matchingKeys(const QString &path, const QString &table, const QString &keyColumn,
                         const Filter &filter)
{
    Workspace workspace;
    QString error;
    if (!workspace.open(path, Workspace::OpenMode::ReadOnly, &error))
        return {QStringLiteral("<open failed: %1>").arg(error)};

    const SqlCondition condition = filter.toSql(table);
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(keyColumn, table);
    if (!condition.isEmpty())
        sql += QStringLiteral(" WHERE ") + condition.whereSql;
    sql += QStringLiteral(" ORDER BY rowid");

    QSqlQuery query(workspace.database());
    query.prepare(sql);
    for (const QVariant &value : condition.bindValues)
        query.addBindValue(value);
    if (!query.exec())
        return {QStringLiteral("<query failed: %1>").arg(query.lastError().text())};

    QStringList keys;
    while (query.next())
        keys.append(query.value(0).toString());
    return keys;
}

// The index SQLite chooses to find the flow events `filter` selects, read
// from its query plan, or "<scan>" when it reads the whole table.
QString chosenIndex(const QString &path, const Filter &filter)
{
    Workspace workspace;
    if (!workspace.open(path, Workspace::OpenMode::ReadOnly))
        return QStringLiteral("<open failed>");

    const SqlCondition condition = filter.toSql(FlowEvents);
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT rowid FROM contact_flow_events WHERE ") +
                  condition.whereSql);
    for (const QVariant &value : condition.bindValues)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return QStringLiteral("<query failed: %1>").arg(query.lastError().text());

    const QString detail = query.value(3).toString();
    const QRegularExpression index(QStringLiteral("USING (?:COVERING )?INDEX (\\w+)"));
    const QRegularExpressionMatch match = index.match(detail);
    return match.hasMatch() ? match.captured(1) : QStringLiteral("<scan>");
}

Filter withContact(const QString &text, TextMatch match)
{
    Filter filter;
    filter.contactId = {text, match};
    return filter;
}

} // namespace

class TestFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void rendersBoundSql_data();
    void rendersBoundSql();
    void keepsValuesOutOfSqlText();
    void ignoresFieldsOfOtherTable();
    void comparesAsValue();

    void selectsFlowEvents_data();
    void selectsFlowEvents();
    void selectsTestExecutions_data();
    void selectsTestExecutions();

    void describesActiveConstraints();
    void channelIndexOnlyWhereItNarrowsMost_data();
    void channelIndexOnlyWhereItNarrowsMost();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestFilter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("filter.flowscope"));
    const QString error = Test::createBrowserFixture(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The shared fixture leaves these columns NULL; give two executions values.
    Workspace workspace;
    QString openError;
    QVERIFY2(workspace.open(m_path, Workspace::OpenMode::ExistingOnly, &openError),
             qPrintable(openError));
    QSqlQuery query(workspace.database());
    QVERIFY2(query.exec(QStringLiteral(
                 "UPDATE connect_test_case_execution_results SET "
                 "connect_test_case_execution_channel_subtype = 'connect:Chat', "
                 "connect_test_case_initiating_flow_id = 'flow-a' "
                 "WHERE connect_test_case_execution_id = 'run-2'")),
             qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(QStringLiteral(
                 "UPDATE connect_test_case_execution_results SET "
                 "connect_test_case_initiating_flow_id = 'flow-b' "
                 "WHERE connect_test_case_execution_id = 'run-3'")),
             qPrintable(query.lastError().text()));
}

void TestFilter::rendersBoundSql_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("whereSql");
    QTest::addColumn<QVariantList>("bindValues");

    QTest::newRow("empty filter renders nothing")
        << Filter() << FlowEvents << QString() << QVariantList();

    Filter window;
    window.fromMs = 1000;
    window.toMs = 2000;
    QTest::newRow("time window is half-open on start_timestamp")
        << window << FlowEvents
        << QStringLiteral("contact_flow_events.\"start_timestamp\" >= ? AND "
                          "contact_flow_events.\"start_timestamp\" < ?")
        << QVariantList{qint64(1000), qint64(2000)};
    QTest::newRow("time window of test executions uses their start")
        << window << TestExecutions
        << QStringLiteral("connect_test_case_execution_results."
                          "\"connect_test_case_execution_start_timestamp\" >= ? AND "
                          "connect_test_case_execution_results."
                          "\"connect_test_case_execution_start_timestamp\" < ?")
        << QVariantList{qint64(1000), qint64(2000)};

    Filter flows;
    flows.flows = {QStringLiteral("flow-a"), QStringLiteral("flow-b")};
    QTest::newRow("flow list becomes IN")
        << flows << FlowEvents
        << QStringLiteral("contact_flow_events.\"flow_resource_id\" IN (?, ?)")
        << QVariantList{QStringLiteral("flow-a"), QStringLiteral("flow-b")};

    Filter outcomes;
    outcomes.outcomes = {QStringLiteral("Error"), QString()};
    QTest::newRow("null entry becomes IS NULL")
        << outcomes << FlowEvents
        << QStringLiteral("(contact_flow_events.\"flow_outcome\" IN (?) OR "
                          "contact_flow_events.\"flow_outcome\" IS NULL)")
        << QVariantList{QStringLiteral("Error")};

    QTest::newRow("contact contains uses instr")
        << withContact(QStringLiteral("c-"), TextMatch::Contains) << FlowEvents
        << QStringLiteral("instr(contact_flow_events.\"contact_id\", ?) > 0")
        << QVariantList{QStringLiteral("c-")};

    Filter origin;
    origin.createdByTestRun = TestRunOrigin::NotCreatedByTestRun;
    QTest::newRow("test run origin becomes NOT EXISTS")
        << origin << FlowEvents
        << QStringLiteral("NOT EXISTS (SELECT 1 FROM test_execution_contacts AS linked WHERE "
                          "linked.contact_id = contact_flow_events.\"contact_id\")")
        << QVariantList();

    Filter contacts;
    contacts.contacts = {QStringLiteral("c-1"), QStringLiteral("it's")};
    QTest::newRow("contact list becomes one JSON parameter")
        << contacts << FlowEvents
        << QStringLiteral("contact_flow_events.\"contact_id\" IN "
                          "(SELECT value FROM json_each(?))")
        << QVariantList{QStringLiteral("[\"c-1\",\"it's\"]")};
    QTest::newRow("contact list of test executions uses the link table")
        << contacts << TestExecutions
        << QStringLiteral(
               "EXISTS (SELECT 1 FROM test_execution_contacts AS linked_id WHERE "
               "linked_id.connect_test_case_resource_arn = "
               "connect_test_case_execution_results.\"connect_test_case_resource_arn\" AND "
               "linked_id.connect_test_case_execution_start_timestamp = "
               "connect_test_case_execution_results."
               "\"connect_test_case_execution_start_timestamp\" AND "
               "linked_id.connect_test_case_execution_id = "
               "connect_test_case_execution_results.\"connect_test_case_execution_id\" AND "
               "linked_id.contact_id IN (SELECT value FROM json_each(?)))")
        << QVariantList{QStringLiteral("[\"c-1\",\"it's\"]")};

    Filter aliased;
    aliased.channels = {QStringLiteral("VOICE")};
    QTest::newRow("alias qualifies columns")
        << aliased << FlowEvents << QStringLiteral("e.\"channel\" IN (?)")
        << QVariantList{QStringLiteral("VOICE")};
}

void TestFilter::rendersBoundSql()
{
    QFETCH(Filter, filter);
    QFETCH(QString, table);
    QFETCH(QString, whereSql);
    QFETCH(QVariantList, bindValues);

    const bool aliased = QByteArray(QTest::currentDataTag()) == "alias qualifies columns";
    const SqlCondition condition = filter.toSql(table, aliased ? QStringLiteral("e") : QString());

    QCOMPARE(condition.whereSql, whereSql);
    QCOMPARE(condition.bindValues, bindValues);
}

void TestFilter::keepsValuesOutOfSqlText()
{
    Filter filter;
    filter.instances = {QStringLiteral("x' OR '1'='1")};
    filter.contactId = {QStringLiteral("50%_'"), TextMatch::Contains};
    filter.queues = {QStringLiteral("q\"; DROP TABLE contact_flow_events; --")};

    const SqlCondition condition = filter.toSql(FlowEvents);

    QVERIFY(!condition.whereSql.contains(QStringLiteral("OR '1'")));
    QVERIFY(!condition.whereSql.contains(QStringLiteral("50%")));
    QVERIFY(!condition.whereSql.contains(QStringLiteral("DROP")));
    QCOMPARE(condition.whereSql.count(QLatin1Char('?')), 3);
    QCOMPARE(condition.bindValues,
             (QVariantList{QStringLiteral("x' OR '1'='1"),
                           QStringLiteral("q\"; DROP TABLE contact_flow_events; --"),
                           QStringLiteral("50%_'")}));
}

void TestFilter::ignoresFieldsOfOtherTable()
{
    Filter filter;
    filter.testResults = {QStringLiteral("FAILED")};
    filter.outcomes = {QStringLiteral("Error")};

    QCOMPARE(filter.toSql(FlowEvents).whereSql,
             QStringLiteral("contact_flow_events.\"flow_outcome\" IN (?)"));
    QCOMPARE(filter.toSql(TestExecutions).whereSql,
             QStringLiteral("connect_test_case_execution_results.\"connect_test_case_result\" "
                            "IN (?)"));
    QCOMPARE(filter.toSql(QStringLiteral("import_log")).whereSql, QString());
}

void TestFilter::comparesAsValue()
{
    Filter first;
    first.fromMs = 5;
    first.outcomes = {QString()};
    Filter copy = first;

    QVERIFY(copy == first);
    QVERIFY(!copy.isEmpty());
    copy.outcomes = {QStringLiteral("")};
    QVERIFY(!(copy == first));
    QVERIFY(Filter().isEmpty());

    Filter subtype;
    subtype.testChannelSubtypes = {QString()};
    QVERIFY(!subtype.isEmpty());
    Filter initiatingFlow;
    initiatingFlow.initiatingFlows = {QStringLiteral("flow-a")};
    QVERIFY(!initiatingFlow.isEmpty());
    QVERIFY(!(subtype == initiatingFlow));

    Filter contacts;
    contacts.contacts = {QStringLiteral("c-1")};
    QVERIFY(!contacts.isEmpty());
    Filter otherContacts = contacts;
    QVERIFY(otherContacts == contacts);
    otherContacts.contacts = {QStringLiteral("c-2")};
    QVERIFY(!(otherContacts == contacts));
}

void TestFilter::selectsFlowEvents_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QStringList>("eventIds");

    const QStringList all = {QStringLiteral("ev-01"), QStringLiteral("ev-02"),
                             QStringLiteral("ev-03"), QStringLiteral("ev-04"),
                             QStringLiteral("ev-05"), QStringLiteral("ev-06")};
    QTest::newRow("empty filter keeps every event") << Filter() << all;

    Filter window;
    window.fromMs = Test::FixtureBaseMs + 60'000;
    window.toMs = Test::FixtureBaseMs + 180'000;
    QTest::newRow("window includes its start and excludes its end")
        << window << QStringList{QStringLiteral("ev-02"), QStringLiteral("ev-03")};

    QTest::newRow("contains quote matches literally")
        << withContact(QStringLiteral("'"), TextMatch::Contains)
        << QStringList{QStringLiteral("ev-04")};
    QTest::newRow("contains percent matches literally")
        << withContact(QStringLiteral("%"), TextMatch::Contains)
        << QStringList{QStringLiteral("ev-05")};
    QTest::newRow("exact contact matches whole id")
        << withContact(QStringLiteral("c-1"), TextMatch::Exact)
        << QStringList{QStringLiteral("ev-01"), QStringLiteral("ev-02")};
    QTest::newRow("exact contact is case sensitive")
        << withContact(QStringLiteral("C-1"), TextMatch::Exact) << QStringList();

    Filter flowUnderscore;
    flowUnderscore.flows = {QStringLiteral("flow_a")};
    QTest::newRow("underscore in flow is no wildcard")
        << flowUnderscore << QStringList{QStringLiteral("ev-06")};

    Filter percentFlow;
    percentFlow.flows = {QStringLiteral("50%_off")};
    QTest::newRow("percent in flow is no wildcard")
        << percentFlow << QStringList{QStringLiteral("ev-04")};

    Filter nullOutcome;
    nullOutcome.outcomes = {QString()};
    QTest::newRow("null outcome matches only NULL")
        << nullOutcome << QStringList{QStringLiteral("ev-02")};

    Filter emptyOutcome;
    emptyOutcome.outcomes = {QStringLiteral("")};
    QTest::newRow("empty outcome matches only the empty string")
        << emptyOutcome << QStringList{QStringLiteral("ev-03")};

    Filter channels;
    channels.channels = {QStringLiteral("CHAT"), QStringLiteral("TASK")};
    QTest::newRow("channel list matches any listed")
        << channels << QStringList{QStringLiteral("ev-03"), QStringLiteral("ev-04")};

    Filter created;
    created.createdByTestRun = TestRunOrigin::CreatedByTestRun;
    QTest::newRow("created by test run keeps linked contacts")
        << created
        << QStringList{QStringLiteral("ev-01"), QStringLiteral("ev-02"), QStringLiteral("ev-03")};

    Filter notCreated;
    notCreated.createdByTestRun = TestRunOrigin::NotCreatedByTestRun;
    QTest::newRow("not created by test run keeps the others")
        << notCreated
        << QStringList{QStringLiteral("ev-04"), QStringLiteral("ev-05"), QStringLiteral("ev-06")};

    Filter contacts;
    contacts.contacts = {QStringLiteral("it's"), QStringLiteral("c-2")};
    QTest::newRow("contact list matches exact ids")
        << contacts << QStringList{QStringLiteral("ev-03"), QStringLiteral("ev-04")};

    Filter contactPrefix;
    contactPrefix.contacts = {QStringLiteral("c-")};
    QTest::newRow("contact list does not match a prefix") << contactPrefix << QStringList();

    Filter combined;
    combined.outcomes = {QStringLiteral("Success")};
    combined.queues = {QStringLiteral("q-1")};
    combined.fromMs = Test::FixtureBaseMs + 1;
    QTest::newRow("fields combine with AND") << combined << QStringList{QStringLiteral("ev-06")};
}

void TestFilter::selectsFlowEvents()
{
    QFETCH(Filter, filter);
    QFETCH(QStringList, eventIds);

    QCOMPARE(matchingKeys(m_path, FlowEvents, QStringLiteral("event_id"), filter), eventIds);
}

void TestFilter::selectsTestExecutions_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QStringList>("executionIds");

    Filter testCase;
    testCase.testCase = {QStringLiteral("_menu"), TextMatch::Contains};
    QTest::newRow("test case contains underscore literally")
        << testCase << QStringList{QStringLiteral("run-2")};

    Filter testCaseArn;
    testCaseArn.testCase = {QStringLiteral("arn:aws:connect:test-case/Greeting"), TextMatch::Exact};
    QTest::newRow("exact test case matches the ARN")
        << testCaseArn << QStringList{QStringLiteral("run-1"), QStringLiteral("run-3")};

    QTest::newRow("contact matches an associated contact")
        << withContact(QStringLiteral("c-1"), TextMatch::Exact)
        << QStringList{QStringLiteral("run-1"), QStringLiteral("run-2")};
    QTest::newRow("contact matches the initial contact")
        << withContact(QStringLiteral("c-2"), TextMatch::Exact)
        << QStringList{QStringLiteral("run-2")};

    Filter failed;
    failed.testResults = {QStringLiteral("FAILED")};
    QTest::newRow("result list selects failures") << failed << QStringList{QStringLiteral("run-2")};

    Filter subtype;
    subtype.testChannelSubtypes = {QStringLiteral("connect:Chat")};
    QTest::newRow("channel subtype selects the chat run")
        << subtype << QStringList{QStringLiteral("run-2")};

    Filter noSubtype;
    noSubtype.testChannelSubtypes = {QString()};
    QTest::newRow("null channel subtype selects runs without one")
        << noSubtype << QStringList{QStringLiteral("run-1"), QStringLiteral("run-3")};

    Filter initiatingFlows;
    initiatingFlows.initiatingFlows = {QStringLiteral("flow-b"), QStringLiteral("flow-a")};
    QTest::newRow("initiating flow list matches any listed")
        << initiatingFlows << QStringList{QStringLiteral("run-2"), QStringLiteral("run-3")};

    Filter initialContact;
    initialContact.contacts = {QStringLiteral("c-2")};
    QTest::newRow("contact list matches the initial contact")
        << initialContact << QStringList{QStringLiteral("run-2")};

    Filter associatedContact;
    associatedContact.contacts = {QStringLiteral("c-1"), QStringLiteral("c-9")};
    QTest::newRow("contact list matches an associated contact")
        << associatedContact << QStringList{QStringLiteral("run-1"), QStringLiteral("run-2")};

    Filter flowFieldsOnly;
    flowFieldsOnly.outcomes = {QStringLiteral("Error")};
    QTest::newRow("flow event fields leave executions alone")
        << flowFieldsOnly
        << QStringList{QStringLiteral("run-1"), QStringLiteral("run-2"), QStringLiteral("run-3")};
}

void TestFilter::selectsTestExecutions()
{
    QFETCH(Filter, filter);
    QFETCH(QStringList, executionIds);

    QCOMPARE(matchingKeys(m_path, TestExecutions, QStringLiteral("connect_test_case_execution_id"),
                          filter),
             executionIds);
}

void TestFilter::channelIndexOnlyWhereItNarrowsMost_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QString>("index");

    Filter channel;
    channel.channels = {QStringLiteral("CHAT")};
    QTest::newRow("channel alone") << channel << QStringLiteral("contact_flow_events_channel");

    Filter channelInTime = channel;
    channelInTime.fromMs = Test::FixtureBaseMs;
    channelInTime.toMs = Test::FixtureBaseMs + 3600000;
    QTest::newRow("channel and time range") << channelInTime << QStringLiteral("contact_flow_events_channel");

    Filter channelAndFlow = channel;
    channelAndFlow.flows = {QStringLiteral("flow-a")};
    QTest::newRow("channel and flow") << channelAndFlow << QStringLiteral("contact_flow_events_flow");

    Filter channelAndQueue = channel;
    channelAndQueue.queues = {QStringLiteral("queue-a")};
    QTest::newRow("channel and queue") << channelAndQueue << QStringLiteral("contact_flow_events_queue");

    Filter channelAndContact = channel;
    channelAndContact.contactId = {QStringLiteral("c-1"), TextMatch::Exact};
    QTest::newRow("channel and contact") << channelAndContact << QStringLiteral("contact_flow_events_contact");

    Filter channelAndContacts = channel;
    channelAndContacts.contacts = {QStringLiteral("c-1"), QStringLiteral("c-2")};
    QTest::newRow("channel and contact list") << channelAndContacts
                                              << QStringLiteral("contact_flow_events_contact");

    Filter channelAndText = channel;
    channelAndText.contactId = {QStringLiteral("c-"), TextMatch::Contains};
    QTest::newRow("channel and contact text") << channelAndText << QStringLiteral("contact_flow_events_channel");
}

void TestFilter::channelIndexOnlyWhereItNarrowsMost()
{
    QFETCH(Filter, filter);
    QFETCH(QString, index);
    QCOMPARE(chosenIndex(m_path, filter), index);
}

void TestFilter::describesActiveConstraints()
{
    Filter filter;
    filter.fromMs = Test::FixtureBaseMs;
    filter.outcomes = {QString(), QStringLiteral("Error")};
    filter.contactId = {QStringLiteral("c-1"), TextMatch::Contains};
    filter.testResults = {QStringLiteral("FAILED")};
    filter.initiatingFlows = {QStringLiteral("flow-a")};

    QCOMPARE(
        filter.describe(FlowEvents),
        QStringLiteral("from 2026-01-01 00:00; outcome NULL, Error; contact contains \"c-1\""));
    QCOMPARE(filter.describe(TestExecutions, QTimeZone(QByteArrayLiteral("Europe/Berlin"))),
             QStringLiteral("from 2026-01-01 01:00; result FAILED; initiating flow flow-a; "
                            "contact contains \"c-1\""));
    QCOMPARE(Filter().describe(FlowEvents), QString());

    Filter fewContacts;
    fewContacts.contacts = {QStringLiteral("c-1"), QStringLiteral("c-2")};
    QCOMPARE(fewContacts.describe(FlowEvents), QStringLiteral("contacts c-1, c-2"));
    QCOMPARE(fewContacts.describe(TestExecutions), QStringLiteral("contacts c-1, c-2"));

    Filter manyContacts;
    manyContacts.contacts = {QStringLiteral("c-1"), QStringLiteral("c-2"), QStringLiteral("c-3"),
                             QStringLiteral("c-4"), QStringLiteral("c-5")};
    QCOMPARE(manyContacts.describe(FlowEvents),
             QStringLiteral("contacts c-1, c-2, c-3 and 2 more"));
}

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
