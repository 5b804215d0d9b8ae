// The contacts behind a flow map node, edge or variants, on a hand-made
// fixture, and the variants and contacts table models.

#include "flowmapfixture.h"
#include "flowselection.h"
#include "variantsmodel.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace Flowscope;

namespace {

Activity flow(const QString &id)
{
    return {ActivityKind::Flow, id};
}

const Activity Start{ActivityKind::Start, QStringLiteral("start")};
const Activity End{ActivityKind::End, QStringLiteral("end")};

// "instance/contact passes", in result order.
QStringList contactTexts(const QList<SelectedContact> &contacts)
{
    QStringList texts;
    for (const SelectedContact &contact : contacts) {
        texts.append(QStringLiteral("%1/%2 %3")
                         .arg(contact.instanceId, contact.contactId)
                         .arg(contact.passes));
    }
    return texts;
}

} // namespace

Q_DECLARE_METATYPE(Flowscope::FlowMapSelection)

class TestFlowSelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void selectsContacts_data();
    void selectsContacts();
    void nodeSelectionMatchesMapCounts();
    void selectionFollowsFilter();
    void selectedContactDetails();
    void contactIdsAreDistinct();
    void selectionMapKeepsInstances();

    void variantsModelSortsAndKeepsCoverage();
    void variantsModelShowsNames();
    void contactsModelShowsContacts();

private:
    QTemporaryDir m_directory;
    Workspace m_workspace;
};

void TestFlowSelection::initTestCase()
{
    const QString path = m_directory.filePath(QStringLiteral("fixture.flowscope"));
    const QString error = Test::createFlowMapFixture(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_workspace.open(path, Workspace::OpenMode::ReadOnly));
}

void TestFlowSelection::selectsContacts_data()
{
    QTest::addColumn<FlowMapSelection>("selection");
    QTest::addColumn<QStringList>("contacts");

    QTest::newRow("node lists contacts with their passes")
        << FlowMapSelection::ofNode(flow(QStringLiteral("flow-a")))
        << QStringList{"instance-1/c-1 1", "instance-1/c-2 1", "instance-1/c-3 2"};
    QTest::newRow("node keeps one contact id per instance")
        << FlowMapSelection::ofNode(flow(QStringLiteral("flow-b")))
        << QStringList{"instance-1/c-2 1", "instance-1/c-3 1", "instance-1/c-4 1",
                       "instance-2/c-1 1"};
    QTest::newRow("queue node lists contacts sent to it")
        << FlowMapSelection::ofNode({ActivityKind::Queue, QStringLiteral("q-1")})
        << QStringList{"instance-1/c-1 1"};
    QTest::newRow("start node lists every contact")
        << FlowMapSelection::ofNode(Start)
        << QStringList{"instance-1/c-1 1", "instance-1/c-2 1", "instance-1/c-3 1",
                       "instance-1/c-4 1", "instance-2/c-1 1"};
    QTest::newRow("edge lists contacts taking the transition")
        << FlowMapSelection::ofEdge(flow(QStringLiteral("flow-a")), flow(QStringLiteral("flow-b")))
        << QStringList{"instance-1/c-2 1", "instance-1/c-3 1"};
    QTest::newRow("self-loop edge lists the looping contact")
        << FlowMapSelection::ofEdge(flow(QStringLiteral("flow-a")), flow(QStringLiteral("flow-a")))
        << QStringList{"instance-1/c-3 1"};
    QTest::newRow("edge from start lists first steps")
        << FlowMapSelection::ofEdge(Start, flow(QStringLiteral("flow-b")))
        << QStringList{"instance-1/c-4 1", "instance-2/c-1 1"};
    QTest::newRow("edge to end lists last steps")
        << FlowMapSelection::ofEdge(flow(QStringLiteral("flow-queue")), End)
        << QStringList{"instance-1/c-1 1"};
    QTest::newRow("edge through a queue follows the inserted queue")
        << FlowMapSelection::ofEdge({ActivityKind::Queue, QStringLiteral("q-1")},
                                    flow(QStringLiteral("flow-queue")))
        << QStringList{"instance-1/c-1 1"};
    QTest::newRow("edge in the wrong direction lists nobody")
        << FlowMapSelection::ofEdge(flow(QStringLiteral("flow-b")), flow(QStringLiteral("flow-a")))
        << QStringList();
    QTest::newRow("unknown node lists nobody")
        << FlowMapSelection::ofNode(flow(QStringLiteral("flow-z"))) << QStringList();
    QTest::newRow("variants match whole paths only")
        << FlowMapSelection::ofVariants(
               {{flow(QStringLiteral("flow-b"))},
                {flow(QStringLiteral("flow-a")), flow(QStringLiteral("flow-b"))}})
        << QStringList{"instance-1/c-2 1", "instance-1/c-4 1", "instance-2/c-1 1"};
    QTest::newRow("variant with a queue matches it")
        << FlowMapSelection::ofVariants({{flow(QStringLiteral("flow-a")),
                                          {ActivityKind::Queue, QStringLiteral("q-1")},
                                          flow(QStringLiteral("flow-queue"))}})
        << QStringList{"instance-1/c-1 1"};
    FlowMapSelection scopedNode = FlowMapSelection::ofNode(flow(QStringLiteral("flow-b")));
    scopedNode.scope = {{flow(QStringLiteral("flow-b"))}};
    QTest::newRow("scope keeps contacts of the given variants")
        << scopedNode << QStringList{"instance-1/c-4 1", "instance-2/c-1 1"};
    QTest::newRow("variant without its queue matches nothing")
        << FlowMapSelection::ofVariants(
               {{flow(QStringLiteral("flow-a")), flow(QStringLiteral("flow-queue"))}})
        << QStringList();
}

void TestFlowSelection::selectsContacts()
{
    QFETCH(FlowMapSelection, selection);
    QFETCH(QStringList, contacts);

    const FlowSelectionResult result = selectFlowMapContacts(m_workspace, Filter(), selection);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(contactTexts(result.contacts), contacts);
    QCOMPARE(result.rowsRead, 9);
}

void TestFlowSelection::nodeSelectionMatchesMapCounts()
{
    const FlowMap map = computeFlowMap(m_workspace, Filter());
    QVERIFY(map.ok());
    QCOMPARE(map.nodes.size(), 6);
    for (const FlowMapNode &node : map.nodes) {
        const FlowSelectionResult result =
            selectFlowMapContacts(m_workspace, Filter(), FlowMapSelection::ofNode(node.activity));
        QCOMPARE(qint64(result.contacts.size()), node.contacts);
    }
    for (const FlowMapEdge &edge : map.edges) {
        const FlowSelectionResult result = selectFlowMapContacts(
            m_workspace, Filter(), FlowMapSelection::ofEdge(edge.from, edge.to));
        QCOMPARE(qint64(result.contacts.size()), edge.contacts);
        qint64 passes = 0;
        for (const SelectedContact &contact : result.contacts)
            passes += contact.passes;
        QCOMPARE(passes, edge.events);
    }
}

void TestFlowSelection::selectionFollowsFilter()
{
    Filter filter;
    filter.instances = {QStringLiteral("instance-2")};
    const FlowSelectionResult result = selectFlowMapContacts(
        m_workspace, filter, FlowMapSelection::ofNode(flow(QStringLiteral("flow-b"))));
    QCOMPARE(contactTexts(result.contacts), QStringList{"instance-2/c-1 1"});

    Filter contacts;
    contacts.contacts = {QStringLiteral("c-3"), QStringLiteral("c-4")};
    const FlowSelectionResult listed = selectFlowMapContacts(
        m_workspace, contacts, FlowMapSelection::ofNode(flow(QStringLiteral("flow-b"))));
    QCOMPARE(contactTexts(listed.contacts), (QStringList{"instance-1/c-3 1", "instance-1/c-4 1"}));
}

void TestFlowSelection::selectedContactDetails()
{
    const FlowSelectionResult result = selectFlowMapContacts(
        m_workspace, Filter(), FlowMapSelection::ofNode(flow(QStringLiteral("flow-a"))));
    QCOMPARE(result.contacts.size(), 3);
    const SelectedContact &first = result.contacts.at(0);
    QCOMPARE(first.contactId, QStringLiteral("c-1"));
    QCOMPARE(first.instanceId, QStringLiteral("instance-1"));
    QCOMPARE(first.firstStartMs, std::optional<qint64>(Test::FlowMapFixtureStartMs));
    // Two events; the queue is not an event.
    QCOMPARE(first.events, 2);
    const SelectedContact &third = result.contacts.at(2);
    QCOMPARE(third.contactId, QStringLiteral("c-3"));
    QCOMPARE(third.firstStartMs, std::optional<qint64>(Test::FlowMapFixtureStartMs + 20000));
    QCOMPARE(third.events, 3);
}

void TestFlowSelection::contactIdsAreDistinct()
{
    const FlowSelectionResult result =
        selectFlowMapContacts(m_workspace, Filter(), FlowMapSelection::ofNode(Start));
    QCOMPARE(contactIdsOf(result.contacts), (QStringList{"c-1", "c-2", "c-3", "c-4"}));
}

void TestFlowSelection::selectionMapKeepsInstances()
{
    // c-1 of instance-1 follows another path than c-1 of instance-2, so it stays out.
    const FlowMap map = computeSelectionFlowMap(
        m_workspace, Filter(), FlowMapSelection::ofVariants({{flow(QStringLiteral("flow-b"))}}));
    QVERIFY2(map.ok(), qPrintable(map.error));
    QCOMPARE(map.contactCount, 2);
    QCOMPARE(map.eventCount, 2);
    QCOMPARE(map.edges.size(), 2);
    QCOMPARE(map.edges.at(0).from, Start);
    QCOMPARE(map.edges.at(0).to, flow(QStringLiteral("flow-b")));
    QCOMPARE(map.edges.at(0).contacts, 2);
    QCOMPARE(map.edges.at(1).from, flow(QStringLiteral("flow-b")));
    QCOMPARE(map.edges.at(1).to, End);
    QCOMPARE(map.edges.at(1).contacts, 2);
    QCOMPARE(map.variants.size(), 1);
    QCOMPARE(map.variants.at(0).share, 1.0);
}

void TestFlowSelection::variantsModelSortsAndKeepsCoverage()
{
    const FlowMap map = computeFlowMap(m_workspace, Filter());
    VariantsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVariants(map.variants);

    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), VariantsModel::ColumnCount);
    QCOMPARE(model.index(0, VariantsModel::PathColumn).data().toString(), QStringLiteral("flow-b"));
    QCOMPARE(model.index(0, VariantsModel::ContactsColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(0, VariantsModel::ShareColumn).data().toString(),
             QStringLiteral("40.0 %"));
    QCOMPARE(model.index(1, VariantsModel::CoverageColumn).data().toString(),
             QStringLiteral("60.0 %"));
    QCOMPARE(model.index(3, VariantsModel::CoverageColumn).data().toString(),
             QStringLiteral("100.0 %"));

    // By steps, longest first: the three-step variants, ties in rank order.
    model.sort(VariantsModel::StepsColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, VariantsModel::PathColumn).data().toString(),
             QStringLiteral("flow-a → flow-a → flow-b"));
    QCOMPARE(model.index(1, VariantsModel::PathColumn).data().toString(),
             QStringLiteral("flow-a → queue: q-1 → flow-queue"));
    QCOMPARE(model.index(3, VariantsModel::PathColumn).data().toString(), QStringLiteral("flow-b"));
    // Coverage stays the one of the variant's rank.
    QCOMPARE(model.index(3, VariantsModel::CoverageColumn).data().toString(),
             QStringLiteral("40.0 %"));
    QCOMPARE(model.index(3, VariantsModel::RankColumn).data(VariantsModel::RankRole).toInt(), 1);

    model.sort(VariantsModel::PathColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, VariantsModel::PathColumn).data().toString(),
             QStringLiteral("flow-a → flow-a → flow-b"));
    QCOMPARE(model.variantAt(3).steps, QList<Activity>{flow(QStringLiteral("flow-b"))});
}

void TestFlowSelection::variantsModelShowsNames()
{
    VariantsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Variant variant;
    variant.steps = {flow(QStringLiteral("flow-a")), flow(QStringLiteral("flow-b"))};
    variant.contacts = 1;
    variant.share = 1;
    variant.coverage = 1;
    model.setVariants({variant});
    model.setNames({{QStringLiteral("flow-a"),
                     {QStringLiteral("flow-a"), QStringLiteral("Main <menu>"), {}}}});
    QCOMPARE(model.index(0, VariantsModel::PathColumn).data().toString(),
             QStringLiteral("Main <menu> → flow-b"));
}

void TestFlowSelection::contactsModelShowsContacts()
{
    SelectedContactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const FlowSelectionResult result = selectFlowMapContacts(
        m_workspace, Filter(), FlowMapSelection::ofNode(flow(QStringLiteral("flow-a"))));
    model.setContacts(result.contacts);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, SelectedContactsModel::ContactIdColumn).data().toString(),
             QStringLiteral("c-3"));
    QCOMPARE(model.index(2, SelectedContactsModel::FirstEventColumn).data().toString(),
             QStringLiteral("2026-11-03 10:00:20"));
    QCOMPARE(model.index(2, SelectedContactsModel::PassesColumn).data().toLongLong(), 2);
    model.setDisplayTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    QCOMPARE(model.index(2, SelectedContactsModel::FirstEventColumn).data().toString(),
             QStringLiteral("2026-11-03 11:00:20"));
    model.setContacts({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestFlowSelection)
#include "tst_flowselection.moc"
