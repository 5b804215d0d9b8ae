// Flow metrics, trends, contact paths, the flow map and variants on small
// hand-made fixtures with exact expected values, and the reference metrics
// checked against an independent SQLite translation of their definitions on
// the bundled sample and on a generated export.

#include "flowanalytics.h"
#include "flownames.h"
#include "importer.h"
#include "samplegenerator.h"
#include "testsupport.h"
#include "workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Flowscope;

namespace {

const QString InstanceA = QStringLiteral("instance-a");
const QString InstanceB = QStringLiteral("instance-b");

// 2026-11-03T10:00:00Z, the time every fixture contact starts from.
const qint64 T0 = QDateTime(QDate(2026, 11, 3), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 Day = 24 * Hour;

qint64 utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

// One contact_flow_events row; unset text is NULL.
struct EventRow
{
    EventRow(const QString &event, const QString &contact, const QString &flowId, qint64 startMs,
             std::optional<qint64> endMs, const QString &successorType = {},
             const QString &successorId = {}, const QString &flowOutcome = {},
             const QString &moduleId = {}, const QString &type = QStringLiteral("CONTACT_FLOW"))
        : eventId(event), contactId(contact), flow(flowId), start(startMs), end(endMs),
          nextType(successorType), nextId(successorId), outcome(flowOutcome), module(moduleId),
          flowType(type)
    {}

    QString eventId;
    QString contactId;
    QString flow;
    qint64 start = 0;
    std::optional<qint64> end;
    QString nextType;
    QString nextId; // next_flow_resource_id or next_queue_resource_id, by nextType
    QString outcome;
    QString module; // set for a module row
    QString flowType;
    QString instance = InstanceA;
};

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant() : QVariant(value);
}

bool insertRows(Workspace &workspace, const QList<EventRow> &rows)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "INSERT INTO contact_flow_events (event_id, instance_id, contact_id, flow_resource_id, "
        "module_resource_id, resource_type, start_timestamp, end_timestamp, next_resource_type, "
        "next_flow_resource_id, next_queue_resource_id, flow_outcome, flow_type) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const EventRow &row : rows) {
        const bool toQueue = row.nextType == QLatin1String("queue");
        query.addBindValue(row.eventId);
        query.addBindValue(row.instance);
        query.addBindValue(row.contactId);
        query.addBindValue(text(row.flow));
        query.addBindValue(text(row.module));
        query.addBindValue(row.module.isNull() ? QStringLiteral("flow") : QStringLiteral("module"));
        query.addBindValue(row.start);
        query.addBindValue(row.end ? QVariant(*row.end) : QVariant());
        query.addBindValue(text(row.nextType));
        query.addBindValue(toQueue ? QVariant() : text(row.nextId));
        query.addBindValue(toQueue ? text(row.nextId) : QVariant());
        query.addBindValue(text(row.outcome));
        query.addBindValue(text(row.flowType));
        if (!query.exec()) {
            qWarning("insert of %s failed: %s", qPrintable(row.eventId),
                     qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

const QString FlowA = QStringLiteral("flow-a");
const QString FlowB = QStringLiteral("flow-b");
const QString FlowC = QStringLiteral("flow-c");
const QString QueueFlow = QStringLiteral("flow-queue");
const QString Queue1 = QStringLiteral("queue-1");
const QString Module1 = QStringLiteral("module-1");
const QString Flow = QStringLiteral("flow");
const QString ToQueue = QStringLiteral("queue");

// One contact per path case, in instance A. Rows are listed in the order a
// file could hold them, which is not always time order.
QList<EventRow> pathFixture()
{
    return {
        // Identical timestamps: event_id decides, so flow-b comes first.
        {QStringLiteral("same-2"), QStringLiteral("c-same"), FlowA, T0, T0 + 1000},
        {QStringLiteral("same-1"), QStringLiteral("c-same"), FlowB, T0, T0 + 1000},
        // Out of file order.
        {QStringLiteral("order-3"), QStringLiteral("c-order"), FlowC, T0 + 2000, T0 + 3000},
        {QStringLiteral("order-1"), QStringLiteral("c-order"), FlowA, T0, T0 + 500, Flow, FlowB},
        {QStringLiteral("order-2"), QStringLiteral("c-order"), FlowB, T0 + 1000, T0 + 1500, Flow,
         FlowC},
        // A single event.
        {QStringLiteral("single-1"), QStringLiteral("c-single"), FlowA, T0, T0 + 5000},
        // A missing end on the last step.
        {QStringLiteral("open-1"), QStringLiteral("c-open"), FlowA, T0, T0 + 1000, Flow, FlowB},
        {QStringLiteral("open-2"), QStringLiteral("c-open"), FlowB, T0 + 3000, std::nullopt},
        // An end before the start.
        {QStringLiteral("inverted-1"), QStringLiteral("c-inverted"), FlowA, T0 + 5000, T0 + 3000},
        {QStringLiteral("inverted-2"), QStringLiteral("c-inverted"), FlowB, T0 + 6000, T0 + 7000},
        // A flow that transfers to itself twice.
        {QStringLiteral("loop-1"), QStringLiteral("c-loop"), FlowA, T0, T0 + 1000, Flow, FlowA},
        {QStringLiteral("loop-2"), QStringLiteral("c-loop"), FlowA, T0 + 1000, T0 + 2000, Flow,
         FlowA},
        {QStringLiteral("loop-3"), QStringLiteral("c-loop"), FlowA, T0 + 2000, T0 + 3000},
        // A transfer to a queue, where the customer queue flow plays.
        {QStringLiteral("queue-1"), QStringLiteral("c-queue"), FlowA, T0, T0 + 1000, ToQueue,
         Queue1, QStringLiteral("TRANSFERRED_TO_QUEUE")},
        {QStringLiteral("queue-2"), QStringLiteral("c-queue"), QueueFlow, T0 + 1200, T0 + 61200},
        // A module running inside its flow.
        {QStringLiteral("module-1"), QStringLiteral("c-module"), FlowA, T0, T0 + 10000, Flow,
         FlowB},
        {QStringLiteral("module-2"),
         QStringLiteral("c-module"),
         FlowA,
         T0 + 2000,
         T0 + 3000,
         {},
         {},
         QStringLiteral("MODULE_SUCCESS"),
         Module1},
        {QStringLiteral("module-3"), QStringLiteral("c-module"), FlowB, T0 + 11000, T0 + 12000},
        // next_flow_resource_id names flow-c, but flow-b follows; then flow-b
        // names flow-c and nothing follows.
        {QStringLiteral("mismatch-1"), QStringLiteral("c-mismatch"), FlowA, T0, T0 + 1000, Flow,
         FlowC},
        {QStringLiteral("mismatch-2"), QStringLiteral("c-mismatch"), FlowB, T0 + 2000, T0 + 3000,
         Flow, FlowC},
    };
}

// Instance B: rows for the reference metrics, inside [T0, T0 + 1 h) except
// the last one.
QList<EventRow> metricsFixture()
{
    QList<EventRow> rows = {
        {QStringLiteral("m-1"),
         QStringLiteral("m-c1"),
         QStringLiteral("flow-x"),
         T0,
         T0 + 2000,
         {},
         {},
         QStringLiteral("DISCONNECTED")},
        // A NULL outcome is its own group.
        {QStringLiteral("m-2"), QStringLiteral("m-c2"), QStringLiteral("flow-x"), T0 + 10,
         T0 + 4010},
        // Without an end: counted as started, not in outcomes or times.
        {QStringLiteral("m-3"), QStringLiteral("m-c3"), QStringLiteral("flow-x"), T0 + 20,
         std::nullopt},
        // A module row counts for its flow.
        {QStringLiteral("m-4"),
         QStringLiteral("m-c4"),
         QStringLiteral("flow-x"),
         T0 + 30,
         T0 + 1030,
         {},
         {},
         QStringLiteral("MODULE_SUCCESS"),
         QStringLiteral("module-9")},
        // Another flow_type, and an end 500 ms before the start.
        {QStringLiteral("m-5"),
         QStringLiteral("m-c5"),
         QStringLiteral("flow-x"),
         T0 + 40,
         T0 - 460,
         {},
         {},
         QStringLiteral("DISCONNECTED"),
         {},
         QStringLiteral("CUSTOMER_QUEUE")},
        {QStringLiteral("m-6"),
         QStringLiteral("m-c6"),
         QStringLiteral("flow-y"),
         T0 + 50,
         T0 + 1550,
         {},
         {},
         QStringLiteral("TRANSFERRED_TO_QUEUE")},
        // The next day, outside the window.
        {QStringLiteral("m-7"),
         QStringLiteral("m-c7"),
         QStringLiteral("flow-y"),
         T0 + Day,
         T0 + Day + 100,
         {},
         {},
         QStringLiteral("DISCONNECTED")},
    };
    for (EventRow &row : rows)
        row.instance = InstanceB;
    return rows;
}

QString activityText(const Activity &activity)
{
    switch (activity.kind) {
    case ActivityKind::Start:
        return QStringLiteral("start");
    case ActivityKind::End:
        return QStringLiteral("end");
    case ActivityKind::Flow:
        return QStringLiteral("f:") + activity.id;
    case ActivityKind::Module:
        return QStringLiteral("m:") + activity.id;
    case ActivityKind::Queue:
        return QStringLiteral("q:") + activity.id;
    }
    return {};
}

// "from>to contacts events", sorted, for whole-list comparisons.
QStringList edgeTexts(const FlowMap &map)
{
    QStringList texts;
    for (const FlowMapEdge &edge : map.edges)
        texts.append(QStringLiteral("%1>%2 %3 %4")
                         .arg(activityText(edge.from), activityText(edge.to))
                         .arg(edge.contacts)
                         .arg(edge.events));
    texts.sort();
    return texts;
}

QString variantText(const Variant &variant)
{
    QStringList steps;
    for (const Activity &step : variant.steps)
        steps.append(activityText(step));
    return steps.join(QLatin1Char(','));
}

const FlowMapEdge *findEdge(const FlowMap &map, const QString &from, const QString &to)
{
    for (const FlowMapEdge &edge : map.edges) {
        if (activityText(edge.from) == from && activityText(edge.to) == to)
            return &edge;
    }
    return nullptr;
}

const FlowMapNode *findNode(const FlowMap &map, const QString &activity)
{
    for (const FlowMapNode &node : map.nodes) {
        if (activityText(node.activity) == activity)
            return &node;
    }
    return nullptr;
}

Filter contactFilter(const QString &contactId)
{
    Filter filter;
    filter.contactId = {contactId, TextMatch::Exact};
    return filter;
}

// Keys rows by their text columns; a NULL key part is "<null>".
QString key(const QStringList &parts)
{
    QStringList shown;
    for (const QString &part : parts)
        shown.append(part.isNull() ? QStringLiteral("<null>") : part);
    return shown.join(QLatin1Char('|'));
}

QString nullableText(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

} // namespace

Q_DECLARE_METATYPE(Flowscope::TimeBucket)

class TestFlowAnalytics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void edgesPerContact_data();
    void edgesPerContact();
    void transitionTimes_data();
    void transitionTimes();
    void nodeDurationsSkipInvalidSteps();
    void edgesAcrossContacts();
    void variantsSortedWithCoverage();
    void variantsCutToTopN();
    void flowMapCancels();
    void flowMapOfNoRowsIsEmpty();
    void flowMapKeysContactsByInstance();

    void contactPathOrder_data();
    void contactPathOrder();
    void contactPathDurations();
    void contactPathFlagsTimeOrderDisagreement();
    void contactPathKeepsQueueSuccessor();
    void unknownContactHasNoSteps();

    void metricsMatchDefinitions();
    void metricsFollowFilter();
    void bucketStartBoundaries_data();
    void bucketStartBoundaries();
    void outcomeTrendPerHour();
    void dailyTrendsFillEveryDay();

    void metricsMatchReferenceSql_data();
    void metricsMatchReferenceSql();

    void flowNamesKeepKinds();
    void flowNamesSkipIncompleteEntries();

private:
    QTemporaryDir m_directory;
    Workspace m_workspace;
};

void TestFlowAnalytics::initTestCase()
{
    QString error;
    QVERIFY2(m_workspace.open(m_directory.filePath(QStringLiteral("fixture.flowscope")),
                              Workspace::OpenMode::CreateIfMissing, &error),
             qPrintable(error));
    QVERIFY(insertRows(m_workspace, pathFixture()));
    QVERIFY(insertRows(m_workspace, metricsFixture()));
}

void TestFlowAnalytics::edgesPerContact_data()
{
    QTest::addColumn<QString>("contact");
    QTest::addColumn<QStringList>("edges");
    QTest::addColumn<QString>("variant");

    QTest::newRow("identical timestamps order by event id")
        << QStringLiteral("c-same")
        << QStringList{"f:flow-a>end 1 1", "f:flow-b>f:flow-a 1 1", "start>f:flow-b 1 1"}
        << QStringLiteral("f:flow-b,f:flow-a");
    QTest::newRow("rows out of file order follow time")
        << QStringLiteral("c-order")
        << QStringList{"f:flow-a>f:flow-b 1 1", "f:flow-b>f:flow-c 1 1", "f:flow-c>end 1 1",
                       "start>f:flow-a 1 1"}
        << QStringLiteral("f:flow-a,f:flow-b,f:flow-c");
    QTest::newRow("single event goes from start to end")
        << QStringLiteral("c-single") << QStringList{"f:flow-a>end 1 1", "start>f:flow-a 1 1"}
        << QStringLiteral("f:flow-a");
    QTest::newRow("missing end still makes an edge")
        << QStringLiteral("c-open")
        << QStringList{"f:flow-a>f:flow-b 1 1", "f:flow-b>end 1 1", "start>f:flow-a 1 1"}
        << QStringLiteral("f:flow-a,f:flow-b");
    QTest::newRow("inverted end still makes an edge")
        << QStringLiteral("c-inverted")
        << QStringList{"f:flow-a>f:flow-b 1 1", "f:flow-b>end 1 1", "start>f:flow-a 1 1"}
        << QStringLiteral("f:flow-a,f:flow-b");
    QTest::newRow("self-loop is kept and counted twice")
        << QStringLiteral("c-loop")
        << QStringList{"f:flow-a>end 1 1", "f:flow-a>f:flow-a 1 2", "start>f:flow-a 1 1"}
        << QStringLiteral("f:flow-a,f:flow-a,f:flow-a");
    QTest::newRow("queue transfer inserts a queue node")
        << QStringLiteral("c-queue")
        << QStringList{"f:flow-a>q:queue-1 1 1", "f:flow-queue>end 1 1",
                       "q:queue-1>f:flow-queue 1 1", "start>f:flow-a 1 1"}
        << QStringLiteral("f:flow-a,q:queue-1,f:flow-queue");
    QTest::newRow("module row is its own node")
        << QStringLiteral("c-module")
        << QStringList{"f:flow-a>m:module-1 1 1", "f:flow-b>end 1 1", "m:module-1>f:flow-b 1 1",
                       "start>f:flow-a 1 1"}
        << QStringLiteral("f:flow-a,m:module-1,f:flow-b");
}

void TestFlowAnalytics::edgesPerContact()
{
    QFETCH(QString, contact);
    QFETCH(QStringList, edges);
    QFETCH(QString, variant);

    const FlowMap map = computeFlowMap(m_workspace, contactFilter(contact));
    QVERIFY2(map.ok(), qPrintable(map.error));
    QCOMPARE(edgeTexts(map), edges);
    QCOMPARE(map.contactCount, 1);
    QCOMPARE(map.variants.size(), 1);
    QCOMPARE(variantText(map.variants.first()), variant);
    QCOMPARE(map.variants.first().share, 1.0);
    QCOMPARE(map.variants.first().coverage, 1.0);
}

void TestFlowAnalytics::transitionTimes_data()
{
    QTest::addColumn<QString>("contact");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<double>("medianMs");
    QTest::addColumn<qint64>("maxMs");

    QTest::newRow("gap between two flows") << QStringLiteral("c-order") << "f:flow-a"
                                           << "f:flow-b" << qint64(1) << 500.0 << qint64(500);
    QTest::newRow("overlapping steps count as zero") << QStringLiteral("c-same") << "f:flow-b"
                                                     << "f:flow-a" << qint64(1) << 0.0 << qint64(0);
    QTest::newRow("step after a missing end is measured from the known end")
        << QStringLiteral("c-open") << "f:flow-a"
        << "f:flow-b" << qint64(1) << 2000.0 << qint64(2000);
    QTest::newRow("inverted end gives no transition time")
        << QStringLiteral("c-inverted") << "f:flow-a"
        << "f:flow-b" << qint64(0) << 0.0 << qint64(0);
    QTest::newRow("self-loop back to back") << QStringLiteral("c-loop") << "f:flow-a"
                                            << "f:flow-a" << qint64(2) << 0.0 << qint64(0);
    QTest::newRow("step to its queue has no time") << QStringLiteral("c-queue") << "f:flow-a"
                                                   << "q:queue-1" << qint64(0) << 0.0 << qint64(0);
    QTest::newRow("queue to the next flow waits from the step's end")
        << QStringLiteral("c-queue") << "q:queue-1"
        << "f:flow-queue" << qint64(1) << 200.0 << qint64(200);
    QTest::newRow("module inside its flow overlaps")
        << QStringLiteral("c-module") << "f:flow-a"
        << "m:module-1" << qint64(1) << 0.0 << qint64(0);
    QTest::newRow("module to the next flow") << QStringLiteral("c-module") << "m:module-1"
                                             << "f:flow-b" << qint64(1) << 8000.0 << qint64(8000);
    QTest::newRow("start edge has no time") << QStringLiteral("c-order") << "start"
                                            << "f:flow-a" << qint64(0) << 0.0 << qint64(0);
}

void TestFlowAnalytics::transitionTimes()
{
    QFETCH(QString, contact);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, count);
    QFETCH(double, medianMs);
    QFETCH(qint64, maxMs);

    const FlowMap map = computeFlowMap(m_workspace, contactFilter(contact));
    const FlowMapEdge *edge = findEdge(map, from, to);
    QVERIFY(edge);
    QCOMPARE(edge->transition.count, count);
    QCOMPARE(edge->transition.medianMs, medianMs);
    QCOMPARE(edge->transition.meanMs, medianMs);
    QCOMPARE(edge->transition.maxMs, maxMs);
}

void TestFlowAnalytics::nodeDurationsSkipInvalidSteps()
{
    Filter filter;
    filter.instances = {InstanceA};
    const FlowMap map = computeFlowMap(m_workspace, filter);
    QVERIFY2(map.ok(), qPrintable(map.error));

    // flow-a steps: same 1000, order 500, single 5000, open 1000, loop 3 × 1000,
    // queue 1000, module 10000, mismatch 1000; the inverted one has none.
    const FlowMapNode *flowA = findNode(map, QStringLiteral("f:flow-a"));
    QVERIFY(flowA);
    QCOMPARE(flowA->events, 11);
    QCOMPARE(flowA->contacts, 9);
    QCOMPARE(flowA->duration.count, 10);
    QCOMPARE(flowA->duration.medianMs, 1000.0);
    QCOMPARE(flowA->duration.meanMs, 2250.0);
    QCOMPARE(flowA->duration.maxMs, 10000);

    // flow-b: same 1000, order 500, inverted 1000, module 1000, mismatch 1000;
    // the open step has no end.
    const FlowMapNode *flowB = findNode(map, QStringLiteral("f:flow-b"));
    QVERIFY(flowB);
    QCOMPARE(flowB->events, 6);
    QCOMPARE(flowB->duration.count, 5);
    QCOMPARE(flowB->duration.medianMs, 1000.0);
    QCOMPARE(flowB->duration.maxMs, 1000);

    const FlowMapNode *queue = findNode(map, QStringLiteral("q:queue-1"));
    QVERIFY(queue);
    QCOMPARE(queue->events, 1);
    QCOMPARE(queue->duration.count, 0);

    const FlowMapNode *start = findNode(map, QStringLiteral("start"));
    QVERIFY(start);
    QCOMPARE(start->contacts, 9);
    QCOMPARE(start->events, 9);
}

void TestFlowAnalytics::edgesAcrossContacts()
{
    Filter filter;
    filter.instances = {InstanceA};
    const FlowMap map = computeFlowMap(m_workspace, filter);
    QVERIFY2(map.ok(), qPrintable(map.error));

    QCOMPARE(map.contactCount, 9);
    QCOMPARE(map.eventCount, 20);
    QCOMPARE(edgeTexts(map),
             (QStringList{
                 "f:flow-a>end 3 3", // same, single, loop
                 "f:flow-a>f:flow-a 1 2",
                 "f:flow-a>f:flow-b 4 4", // order, open, inverted, mismatch
                 "f:flow-a>m:module-1 1 1",
                 "f:flow-a>q:queue-1 1 1",
                 "f:flow-b>end 4 4", // open, inverted, module, mismatch
                 "f:flow-b>f:flow-a 1 1",
                 "f:flow-b>f:flow-c 1 1",
                 "f:flow-c>end 1 1",
                 "f:flow-queue>end 1 1",
                 "m:module-1>f:flow-b 1 1",
                 "q:queue-1>f:flow-queue 1 1",
                 "start>f:flow-a 8 8",
                 "start>f:flow-b 1 1",
             }));

    // The most frequent edge comes first.
    QCOMPARE(activityText(map.edges.first().from), QStringLiteral("start"));
    QCOMPARE(activityText(map.edges.first().to), QStringLiteral("f:flow-a"));
}

void TestFlowAnalytics::variantsSortedWithCoverage()
{
    Filter filter;
    filter.instances = {InstanceA};
    const FlowMap map = computeFlowMap(m_workspace, filter);
    QVERIFY2(map.ok(), qPrintable(map.error));

    QStringList texts;
    QList<qint64> contacts;
    for (const Variant &variant : map.variants) {
        texts.append(variantText(variant));
        contacts.append(variant.contacts);
    }
    QCOMPARE(texts, (QStringList{
                        "f:flow-a,f:flow-b", // open, inverted, mismatch
                        "f:flow-a",
                        "f:flow-a,f:flow-a,f:flow-a",
                        "f:flow-a,f:flow-b,f:flow-c",
                        "f:flow-a,m:module-1,f:flow-b",
                        "f:flow-a,q:queue-1,f:flow-queue",
                        "f:flow-b,f:flow-a",
                    }));
    QCOMPARE(contacts, (QList<qint64>{3, 1, 1, 1, 1, 1, 1}));
    QCOMPARE(map.variants.at(0).share, 3.0 / 9);
    QCOMPARE(map.variants.at(0).coverage, 3.0 / 9);
    QCOMPARE(map.variants.at(1).share, 1.0 / 9);
    QCOMPARE(map.variants.at(1).coverage, 4.0 / 9);
    QCOMPARE(map.variants.last().coverage, 1.0);
}

void TestFlowAnalytics::variantsCutToTopN()
{
    Filter filter;
    filter.instances = {InstanceA};
    FlowMapOptions options;
    options.maxVariants = 2;
    const FlowMap map = computeFlowMap(m_workspace, filter, options);
    QCOMPARE(map.variants.size(), 2);
    QCOMPARE(variantText(map.variants.at(1)), QStringLiteral("f:flow-a"));
    // Share and coverage stay relative to all nine contacts.
    QCOMPARE(map.variants.at(1).coverage, 4.0 / 9);
    QCOMPARE(map.contactCount, 9);
}

void TestFlowAnalytics::flowMapCancels()
{
    // 70,000 one-event contacts pass the first progress report at 65,536 rows.
    QTemporaryDir directory;
    Workspace workspace;
    QVERIFY(workspace.open(directory.filePath(QStringLiteral("big.flowscope")),
                           Workspace::OpenMode::CreateIfMissing));
    QSqlQuery query(workspace.database());
    QVERIFY(query.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 70000) "
        "INSERT INTO contact_flow_events (event_id, instance_id, contact_id, flow_resource_id, "
        "resource_type, start_timestamp, end_timestamp) "
        "SELECT 'e' || i, 'i', 'c' || i, 'f', 'flow', i, i + 1 FROM n")));

    QList<qint64> reports;
    const FlowMap map = computeFlowMap(workspace, Filter(), {}, [&](qint64 rows) {
        reports.append(rows);
        return false;
    });
    QVERIFY(map.cancelled);
    QVERIFY(!map.ok());
    QCOMPARE(reports, QList<qint64>{65536});

    const FlowMap whole = computeFlowMap(workspace, Filter(), {}, [](qint64) { return true; });
    QVERIFY(whole.ok());
    QCOMPARE(whole.contactCount, 70000);
    QCOMPARE(edgeTexts(whole), (QStringList{"f:f>end 70000 70000", "start>f:f 70000 70000"}));
}

void TestFlowAnalytics::flowMapOfNoRowsIsEmpty()
{
    const FlowMap map = computeFlowMap(m_workspace, contactFilter(QStringLiteral("nobody")));
    QVERIFY(map.ok());
    QCOMPARE(map.contactCount, 0);
    QCOMPARE(map.eventCount, 0);
    QVERIFY(map.nodes.isEmpty());
    QVERIFY(map.edges.isEmpty());
    QVERIFY(map.variants.isEmpty());
}

void TestFlowAnalytics::flowMapKeysContactsByInstance()
{
    // One contact id in two instances is two contacts, so no edge joins their steps.
    QTemporaryDir directory;
    Workspace workspace;
    QVERIFY(workspace.open(directory.filePath(QStringLiteral("instances.flowscope")),
                           Workspace::OpenMode::CreateIfMissing));
    EventRow inA(QStringLiteral("shared-1"), QStringLiteral("c-shared"), FlowA, T0, T0 + 1000);
    EventRow inB(QStringLiteral("shared-2"), QStringLiteral("c-shared"), FlowB, T0 + 500,
                 T0 + 2000);
    inB.instance = InstanceB;
    QVERIFY(insertRows(workspace, {inA, inB}));

    const FlowMap map = computeFlowMap(workspace, Filter());
    QVERIFY2(map.ok(), qPrintable(map.error));
    QCOMPARE(map.contactCount, 2);
    QCOMPARE(map.eventCount, 2);
    QCOMPARE(edgeTexts(map), (QStringList{"f:flow-a>end 1 1", "f:flow-b>end 1 1",
                                          "start>f:flow-a 1 1", "start>f:flow-b 1 1"}));
    QCOMPARE(map.variants.size(), 2);
    QCOMPARE(map.variants.at(0).contacts, 1);
    QCOMPARE(map.variants.at(1).contacts, 1);
}

void TestFlowAnalytics::contactPathOrder_data()
{
    QTest::addColumn<QString>("contact");
    QTest::addColumn<QStringList>("eventIds");

    QTest::newRow("identical timestamps by event id")
        << QStringLiteral("c-same") << QStringList{"same-1", "same-2"};
    QTest::newRow("rows out of file order by time")
        << QStringLiteral("c-order") << QStringList{"order-1", "order-2", "order-3"};
    QTest::newRow("single event") << QStringLiteral("c-single") << QStringList{"single-1"};
    QTest::newRow("module after its flow by start")
        << QStringLiteral("c-module") << QStringList{"module-1", "module-2", "module-3"};
}

void TestFlowAnalytics::contactPathOrder()
{
    QFETCH(QString, contact);
    QFETCH(QStringList, eventIds);

    const ContactPath path = loadContactPath(m_workspace, contact);
    QVERIFY2(path.ok(), qPrintable(path.error));
    QStringList ids;
    for (const PathStep &step : path.steps)
        ids.append(step.eventId);
    QCOMPARE(ids, eventIds);
}

void TestFlowAnalytics::contactPathDurations()
{
    const ContactPath open = loadContactPath(m_workspace, QStringLiteral("c-open"));
    QCOMPARE(open.steps.size(), 2);
    QCOMPARE(open.steps.at(0).durationState, DurationState::Complete);
    QCOMPARE(open.steps.at(0).durationMs, std::optional<qint64>(1000));
    QCOMPARE(open.steps.at(1).durationState, DurationState::InProgress);
    QVERIFY(!open.steps.at(1).durationMs);
    QVERIFY(!open.steps.at(1).endMs);

    const ContactPath inverted = loadContactPath(m_workspace, QStringLiteral("c-inverted"));
    QCOMPARE(inverted.steps.size(), 2);
    QCOMPARE(inverted.steps.at(0).durationState, DurationState::Invalid);
    QVERIFY(!inverted.steps.at(0).durationMs);
    QCOMPARE(inverted.steps.at(0).endMs, std::optional<qint64>(T0 + 3000));

    const ContactPath module = loadContactPath(m_workspace, QStringLiteral("c-module"));
    QCOMPARE(module.steps.at(1).activity.kind, ActivityKind::Module);
    QCOMPARE(module.steps.at(1).activity.id, Module1);
    QCOMPARE(module.steps.at(1).flowResourceId, FlowA);
    QCOMPARE(module.steps.at(1).resourceType, QStringLiteral("module"));
    QCOMPARE(module.steps.at(1).flowOutcome, QStringLiteral("MODULE_SUCCESS"));
    QCOMPARE(module.steps.at(1).durationMs, std::optional<qint64>(1000));
    QVERIFY(module.steps.at(0).flowOutcome.isNull());
}

void TestFlowAnalytics::contactPathFlagsTimeOrderDisagreement()
{
    const ContactPath mismatch = loadContactPath(m_workspace, QStringLiteral("c-mismatch"));
    QCOMPARE(mismatch.steps.size(), 2);
    QVERIFY(mismatch.steps.at(0).nextDisagreesWithTimeOrder);
    QCOMPARE(mismatch.steps.at(0).nextFlowResourceId, FlowC);
    QCOMPARE(mismatch.steps.at(0).followingFlowResourceId, FlowB);
    // The last step names a flow that never comes.
    QVERIFY(mismatch.steps.at(1).nextDisagreesWithTimeOrder);
    QVERIFY(mismatch.steps.at(1).followingFlowResourceId.isNull());

    // The module between flow-a and flow-b does not count as the next flow.
    const ContactPath module = loadContactPath(m_workspace, QStringLiteral("c-module"));
    QVERIFY(!module.steps.at(0).nextDisagreesWithTimeOrder);

    const ContactPath order = loadContactPath(m_workspace, QStringLiteral("c-order"));
    for (const PathStep &step : order.steps)
        QVERIFY2(!step.nextDisagreesWithTimeOrder, qPrintable(step.eventId));

    const ContactPath loop = loadContactPath(m_workspace, QStringLiteral("c-loop"));
    QVERIFY(!loop.steps.at(0).nextDisagreesWithTimeOrder);
    QVERIFY(!loop.steps.at(1).nextDisagreesWithTimeOrder);
}

void TestFlowAnalytics::contactPathKeepsQueueSuccessor()
{
    const ContactPath path = loadContactPath(m_workspace, QStringLiteral("c-queue"));
    QCOMPARE(path.steps.size(), 2);
    QCOMPARE(path.steps.at(0).nextResourceType, QStringLiteral("queue"));
    QCOMPARE(path.steps.at(0).nextQueueResourceId, Queue1);
    QVERIFY(path.steps.at(0).nextFlowResourceId.isNull());
    QVERIFY(!path.steps.at(0).nextDisagreesWithTimeOrder);
    QCOMPARE(path.steps.at(1).activity, (Activity{ActivityKind::Flow, QueueFlow}));
}

void TestFlowAnalytics::unknownContactHasNoSteps()
{
    const ContactPath path = loadContactPath(m_workspace, QStringLiteral("nobody"));
    QVERIFY(path.ok());
    QVERIFY(path.steps.isEmpty());

    const ContactPath otherInstance =
        loadContactPath(m_workspace, QStringLiteral("c-order"), InstanceB);
    QVERIFY(otherInstance.steps.isEmpty());
}

void TestFlowAnalytics::metricsMatchDefinitions()
{
    Filter filter;
    filter.instances = {InstanceB};
    filter.fromMs = T0;
    filter.toMs = T0 + Hour;
    const FlowMetrics metrics = computeFlowMetrics(m_workspace, filter);
    QVERIFY2(metrics.ok(), qPrintable(metrics.error));

    QStringList started;
    for (const FlowStartedRow &row : metrics.started)
        started.append(key({row.instanceId, row.flowResourceId, row.flowType}) +
                       QStringLiteral(" %1").arg(row.count));
    QCOMPARE(started,
             (QStringList{"instance-b|flow-x|CONTACT_FLOW 4", "instance-b|flow-x|CUSTOMER_QUEUE 1",
                          "instance-b|flow-y|CONTACT_FLOW 1"}));

    QStringList outcomes;
    for (const FlowOutcomeRow &row : metrics.outcomes)
        outcomes.append(key({row.flowResourceId, row.flowOutcome}) +
                        QStringLiteral(" %1 %2").arg(row.count).arg(row.percentage));
    QCOMPARE(outcomes,
             (QStringList{"flow-x|<null> 1 25", "flow-x|DISCONNECTED 2 50",
                          "flow-x|MODULE_SUCCESS 1 25", "flow-y|TRANSFERRED_TO_QUEUE 1 100"}));

    // flow-x ended rows: 2000, 4000, 1000 and -500 ms.
    QCOMPARE(metrics.times.size(), 2);
    const FlowTimeRow &x = metrics.times.at(0);
    QCOMPARE(x.flowResourceId, QStringLiteral("flow-x"));
    QCOMPARE(x.endedCount, 4);
    QCOMPARE(x.averageSeconds, 1.625);
    QCOMPARE(x.minSeconds, -0.5);
    QCOMPARE(x.maxSeconds, 4.0);
    const FlowTimeRow &y = metrics.times.at(1);
    QCOMPARE(y.flowResourceId, QStringLiteral("flow-y"));
    QCOMPARE(y.endedCount, 1);
    QCOMPARE(y.averageSeconds, 1.5);
    QCOMPARE(y.minSeconds, 1.5);
    QCOMPARE(y.maxSeconds, 1.5);
}

void TestFlowAnalytics::metricsFollowFilter()
{
    Filter filter;
    filter.instances = {InstanceB};
    filter.flows = {QStringLiteral("flow-y")};
    const FlowMetrics metrics = computeFlowMetrics(m_workspace, filter);
    QCOMPARE(metrics.started.size(), 1);
    QCOMPARE(metrics.started.first().count, 2); // no window: both days
    QCOMPARE(metrics.outcomes.size(), 2);
    QCOMPARE(metrics.outcomes.at(0).flowOutcome, QStringLiteral("DISCONNECTED"));
    QCOMPARE(metrics.outcomes.at(0).percentage, 50.0);
    QCOMPARE(metrics.times.first().averageSeconds, 0.8);

    // The window is half-open: a row starting at `to` is left out.
    filter.fromMs = T0;
    filter.toMs = T0 + Day;
    const FlowMetrics window = computeFlowMetrics(m_workspace, filter);
    QCOMPARE(window.started.first().count, 1);
}

void TestFlowAnalytics::bucketStartBoundaries_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<TimeBucket>("bucket");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("expected");

    const qint64 tuesday = utc(2026, 11, 3, 10, 37, 12);
    QTest::newRow("quarter hour in UTC")
        << tuesday << TimeBucket::FifteenMinutes << "UTC" << utc(2026, 11, 3, 10, 30);
    QTest::newRow("hour in UTC") << tuesday << TimeBucket::Hour << "UTC" << utc(2026, 11, 3, 10, 0);
    QTest::newRow("day in UTC") << tuesday << TimeBucket::Day << "UTC" << utc(2026, 11, 3, 0, 0);
    QTest::newRow("week in UTC starts on Monday")
        << tuesday << TimeBucket::Week << "UTC" << utc(2026, 11, 2, 0, 0);
    QTest::newRow("exact boundary is its own bucket")
        << utc(2026, 11, 3, 0, 0) << TimeBucket::Day << "UTC" << utc(2026, 11, 3, 0, 0);
    QTest::newRow("New York day before the clocks go back starts at 04:00Z")
        << utc(2026, 11, 1, 12, 0) << TimeBucket::Day << "America/New_York"
        << utc(2026, 11, 1, 4, 0);
    QTest::newRow("New York evening after the change is still that day")
        << utc(2026, 11, 2, 3, 0) << TimeBucket::Day << "America/New_York"
        << utc(2026, 11, 1, 4, 0);
    QTest::newRow("New York next day starts at 05:00Z")
        << utc(2026, 11, 2, 12, 0) << TimeBucket::Day << "America/New_York"
        << utc(2026, 11, 2, 5, 0);
    QTest::newRow("Kathmandu hour starts at quarter past in UTC")
        << tuesday << TimeBucket::Hour << "Asia/Kathmandu" << utc(2026, 11, 3, 10, 15);
    QTest::newRow("before 1970 rounds down")
        << qint64(-1) << TimeBucket::Hour << "UTC" << qint64(-Hour);
}

void TestFlowAnalytics::bucketStartBoundaries()
{
    QFETCH(qint64, time);
    QFETCH(TimeBucket, bucket);
    QFETCH(QString, zone);
    QFETCH(qint64, expected);

    const QTimeZone timeZone(zone.toUtf8());
    QVERIFY(timeZone.isValid());
    QCOMPARE(bucketStart(time, bucket, timeZone), expected);
}

void TestFlowAnalytics::outcomeTrendPerHour()
{
    Filter filter;
    filter.instances = {InstanceB};
    const OutcomeTrend trend = computeOutcomeTrend(m_workspace, filter, TimeBucket::Hour);
    QVERIFY2(trend.ok(), qPrintable(trend.error));

    QStringList rows;
    for (const OutcomeBucketRow &row : trend.rows)
        rows.append(QStringLiteral("%1 %2 %3")
                        .arg((row.bucketStartMs - T0) / Hour)
                        .arg(row.flowOutcome.isNull() ? QStringLiteral("<null>") : row.flowOutcome)
                        .arg(row.count));
    QCOMPARE(rows, (QStringList{"0 <null> 1", "0 DISCONNECTED 2", "0 MODULE_SUCCESS 1",
                                "0 TRANSFERRED_TO_QUEUE 1", "24 DISCONNECTED 1"}));

    // In New York those days start at local midnight, 05:00Z.
    const OutcomeTrend local =
        computeOutcomeTrend(m_workspace, filter, TimeBucket::Day, QTimeZone("America/New_York"));
    QCOMPARE(local.rows.size(), 5);
    QCOMPARE(local.rows.first().bucketStartMs, utc(2026, 11, 3, 5, 0));
    QCOMPARE(local.rows.last().bucketStartMs, utc(2026, 11, 4, 5, 0));
}

void TestFlowAnalytics::dailyTrendsFillEveryDay()
{
    Filter filter;
    filter.instances = {InstanceB};
    const FlowTrends trends = computeFlowDailyTrends(m_workspace, filter);
    QVERIFY2(trends.ok(), qPrintable(trends.error));
    QCOMPARE(trends.flows.size(), 2);

    const FlowDailyTrend &x = trends.flows.at(0);
    QCOMPARE(x.flowResourceId, QStringLiteral("flow-x"));
    QCOMPARE(x.days.size(), 2);
    QCOMPARE(x.days.at(0).bucketStartMs, utc(2026, 11, 3, 0, 0));
    QCOMPARE(x.days.at(0).count, 5);
    QCOMPARE(x.days.at(1).bucketStartMs, utc(2026, 11, 4, 0, 0));
    QCOMPARE(x.days.at(1).count, 0);

    const FlowDailyTrend &y = trends.flows.at(1);
    QCOMPARE(y.flowResourceId, QStringLiteral("flow-y"));
    QCOMPARE(y.days.at(0).count, 1);
    QCOMPARE(y.days.at(1).count, 1);

    // New York days start at 05:00Z in November after the clocks went back.
    const FlowTrends local =
        computeFlowDailyTrends(m_workspace, filter, QTimeZone("America/New_York"));
    QCOMPARE(local.flows.size(), 2);
    QCOMPARE(local.flows.at(0).days.size(), 2);
    QCOMPARE(local.flows.at(0).days.at(0).bucketStartMs, utc(2026, 11, 3, 5, 0));
    QCOMPARE(local.flows.at(0).days.at(0).count, 5);
    QCOMPARE(local.flows.at(1).days.at(1).bucketStartMs, utc(2026, 11, 4, 5, 0));
    QCOMPARE(local.flows.at(1).days.at(1).count, 1);
}

void TestFlowAnalytics::metricsMatchReferenceSql_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("bundled sample") << QStringLiteral("sample");
    QTest::newRow("generated export with two instances") << QStringLiteral("generated");
}

// The reference queries, written from their definitions with correlated
// subqueries instead of the window function the product uses, run on the
// same workspace. Every row and value must agree, with and without a window.
void TestFlowAnalytics::metricsMatchReferenceSql()
{
    QFETCH(QString, source);

    QTemporaryDir directory;
    Workspace workspace;
    QVERIFY(workspace.open(directory.filePath(QStringLiteral("reference.flowscope")),
                           Workspace::OpenMode::CreateIfMissing));
    QString input;
    if (source == QLatin1String("sample")) {
        input = QStringLiteral(FLOWSCOPE_SOURCE_DIR "/resources/sample/contact_flow_events.csv");
    } else {
        GeneratorOptions options;
        options.contacts = 600;
        options.days = 3;
        options.instances = 2;
        input = directory.filePath(QStringLiteral("generated.csv"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(writeContactFlowEventsCsv(file, options).ok);
    }
    const ImportResult imported = importFiles(workspace, {input});
    QVERIFY2(imported.status == ImportResult::Status::Succeeded, qPrintable(imported.error));
    QVERIFY(imported.total.inserted > 100);

    QSqlQuery span(workspace.database());
    QVERIFY(span.exec(QStringLiteral(
        "SELECT MIN(start_timestamp), MAX(start_timestamp) FROM contact_flow_events")));
    QVERIFY(span.next());
    const qint64 first = span.value(0).toLongLong();
    const qint64 last = span.value(1).toLongLong();

    const QList<std::pair<qint64, qint64>> windows = {
        {first, last + 1}, {first + (last - first) / 4, first + 3 * (last - first) / 4}};
    for (const auto &[from, to] : windows) {
        Filter filter;
        filter.fromMs = from;
        filter.toMs = to;
        const FlowMetrics metrics = computeFlowMetrics(workspace, filter);
        QVERIFY2(metrics.ok(), qPrintable(metrics.error));

        const QString window =
            QStringLiteral("start_timestamp >= %1 AND start_timestamp < %2").arg(from).arg(to);
        QSqlQuery reference(workspace.database());

        // Flows started.
        QHash<QString, qint64> started;
        QVERIFY(reference.exec(QStringLiteral("SELECT instance_id, flow_resource_id, flow_type, "
                                              "COUNT(*) FROM contact_flow_events WHERE %1 "
                                              "GROUP BY instance_id, flow_resource_id, flow_type")
                                   .arg(window)));
        while (reference.next())
            started.insert(key({nullableText(reference.value(0)), nullableText(reference.value(1)),
                                nullableText(reference.value(2))}),
                           reference.value(3).toLongLong());
        QCOMPARE(metrics.started.size(), started.size());
        for (const FlowStartedRow &row : metrics.started) {
            const QString rowKey = key({row.instanceId, row.flowResourceId, row.flowType});
            QVERIFY2(started.contains(rowKey), qPrintable(rowKey));
            QCOMPARE(row.count, started.value(rowKey));
        }

        // Outcome share: the flow's ended rows in a correlated subquery.
        QHash<QString, std::pair<qint64, double>> outcomes;
        QVERIFY(reference.exec(
            QStringLiteral(
                "SELECT e.instance_id, e.flow_resource_id, e.flow_outcome, COUNT(*), "
                "COUNT(*) * 100.0 / (SELECT COUNT(*) FROM contact_flow_events t "
                "WHERE t.instance_id = e.instance_id AND t.flow_resource_id IS e.flow_resource_id "
                "AND t.end_timestamp IS NOT NULL AND t.%1) "
                "FROM contact_flow_events e WHERE e.end_timestamp IS NOT NULL AND e.%1 "
                "GROUP BY e.instance_id, e.flow_resource_id, e.flow_outcome")
                .arg(window)));
        while (reference.next())
            outcomes.insert(key({nullableText(reference.value(0)), nullableText(reference.value(1)),
                                 nullableText(reference.value(2))}),
                            {reference.value(3).toLongLong(), reference.value(4).toDouble()});
        QCOMPARE(metrics.outcomes.size(), outcomes.size());
        QVERIFY(outcomes.size() > 5);
        for (const FlowOutcomeRow &row : metrics.outcomes) {
            const QString rowKey = key({row.instanceId, row.flowResourceId, row.flowOutcome});
            QVERIFY2(outcomes.contains(rowKey), qPrintable(rowKey));
            QCOMPARE(row.count, outcomes.value(rowKey).first);
            QVERIFY2(std::abs(row.percentage - outcomes.value(rowKey).second) < 1e-9,
                     qPrintable(rowKey));
        }

        // Average flow time: the sum of whole milliseconds over the count, / 1000.
        struct Times
        {
            qint64 count;
            qint64 sumMs;
            qint64 minMs;
            qint64 maxMs;
        };
        QHash<QString, Times> times;
        QVERIFY(reference.exec(QStringLiteral("SELECT instance_id, flow_resource_id, COUNT(*), "
                                              "SUM(end_timestamp - start_timestamp), "
                                              "MIN(end_timestamp - start_timestamp), "
                                              "MAX(end_timestamp - start_timestamp) "
                                              "FROM contact_flow_events "
                                              "WHERE end_timestamp IS NOT NULL AND %1 "
                                              "GROUP BY instance_id, flow_resource_id")
                                   .arg(window)));
        while (reference.next())
            times.insert(key({nullableText(reference.value(0)), nullableText(reference.value(1))}),
                         {reference.value(2).toLongLong(), reference.value(3).toLongLong(),
                          reference.value(4).toLongLong(), reference.value(5).toLongLong()});
        QCOMPARE(metrics.times.size(), times.size());
        for (const FlowTimeRow &row : metrics.times) {
            const QString rowKey = key({row.instanceId, row.flowResourceId});
            QVERIFY2(times.contains(rowKey), qPrintable(rowKey));
            const Times expected = times.value(rowKey);
            QCOMPARE(row.endedCount, expected.count);
            QVERIFY2(std::abs(row.averageSeconds -
                              double(expected.sumMs) / double(expected.count) / 1000.0) < 1e-9,
                     qPrintable(rowKey));
            QCOMPARE(row.minSeconds, double(expected.minMs) / 1000.0);
            QCOMPARE(row.maxSeconds, double(expected.maxMs) / 1000.0);
        }
    }
}

void TestFlowAnalytics::flowNamesKeepKinds()
{
    QTemporaryDir directory;
    Workspace workspace;
    QVERIFY(workspace.open(directory.filePath(QStringLiteral("names.flowscope")),
                           Workspace::OpenMode::CreateIfMissing));
    const QString flows =
        Test::writeFile(directory.path(), QStringLiteral("flows.json"),
                        "{\"ContactFlowSummaryList\": [{\"Id\": \"f-1\", \"Name\": \"Main menu\", "
                        "\"ContactFlowType\": \"CONTACT_FLOW\"}], \"NextToken\": null}");
    const QString modules = Test::writeFile(directory.path(), QStringLiteral("modules.json"),
                                            "{\"ContactFlowModulesSummaryList\": [{\"Arn\": "
                                            "\"arn:aws:connect:us-east-1:1:instance/i/flow-module/"
                                            "m-1\", \"Name\": \"Verify caller\"}]}");
    // A header row, then a name that replaces the JSON one; the kind stays.
    const QString csv = Test::writeFile(directory.path(), QStringLiteral("names.csv"),
                                        "ID,Name\r\nf-1,Main menu v2\r\nf-2,Billing\r\n");

    const FlowNameImportResult result = importFlowNames(workspace, {flows, modules, csv});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.stored, 4);
    QVERIFY(result.warnings.isEmpty());

    const QHash<QString, FlowName> names = loadFlowNames(workspace);
    QCOMPARE(names.size(), 3);
    QCOMPARE(names.value(QStringLiteral("f-1")).name, QStringLiteral("Main menu v2"));
    QCOMPARE(names.value(QStringLiteral("f-1")).kind, QStringLiteral("flow"));
    QCOMPARE(names.value(QStringLiteral("m-1")).name, QStringLiteral("Verify caller"));
    QCOMPARE(names.value(QStringLiteral("m-1")).kind, QStringLiteral("module"));
    QCOMPARE(names.value(QStringLiteral("f-2")).name, QStringLiteral("Billing"));
    QVERIFY(names.value(QStringLiteral("f-2")).kind.isNull());
}

void TestFlowAnalytics::flowNamesSkipIncompleteEntries()
{
    QTemporaryDir directory;
    Workspace workspace;
    QVERIFY(workspace.open(directory.filePath(QStringLiteral("names.flowscope")),
                           Workspace::OpenMode::CreateIfMissing));
    const QString csv = Test::writeFile(directory.path(), QStringLiteral("names.csv"),
                                        "f-1,Main menu\n,No id\nf-3,\n");

    const FlowNameImportResult result = importFlowNames(workspace, {csv});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.stored, 1);
    QCOMPARE(result.warnings.size(), 2);
    QCOMPARE(result.warnings.at(0).kind, ImportWarningKind::MissingKeyValue);
    QCOMPARE(result.warnings.at(0).line, 2);
    QCOMPARE(result.warnings.at(1).kind, ImportWarningKind::MissingColumn);
    QCOMPARE(result.warnings.at(1).line, 3);
    QCOMPARE(result.warnings.at(1).value, QStringLiteral("f-3"));

    // A file that does not exist fails the whole import and stores nothing.
    const FlowNameImportResult missing =
        importFlowNames(workspace, {csv, directory.filePath(QStringLiteral("absent.json"))});
    QVERIFY(!missing.ok);
    QVERIFY2(missing.error.contains(QStringLiteral("absent.json")), qPrintable(missing.error));
    QCOMPARE(loadFlowNames(workspace).size(), 1);
}

QTEST_GUILESS_MAIN(TestFlowAnalytics)
#include "tst_flowanalytics.moc"
