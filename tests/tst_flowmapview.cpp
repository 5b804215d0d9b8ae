// The flow map page: slider simplification and where the sliders start, the
// Graphviz layout, the scene's items and tooltips, selections that list
// contacts and become filters, and the settings the page remembers.
// Offscreen screenshots of the sample data and of a generated 300-flow
// workspace go to screenshots/ in the build directory.

#include "flowmapfixture.h"
#include "flowmapgraph.h"
#include "flowmaplayout.h"
#include "flowmappage.h"
#include "flowmapscene.h"
#include "flowmapview.h"
#include "pages.h"
#include "samplegenerator.h"
#include "testsupport.h"
#include "variantsmodel.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsItem>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
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
const Activity Queue{ActivityKind::Queue, QStringLiteral("Q")};
const Activity Module{ActivityKind::Module, QStringLiteral("D")};

FlowMapNode node(const Activity &activity, qint64 events)
{
    FlowMapNode result;
    result.activity = activity;
    result.contacts = events;
    result.events = events;
    return result;
}

FlowMapEdge edge(const Activity &from, const Activity &to, qint64 events)
{
    FlowMapEdge result;
    result.from = from;
    result.to = to;
    result.contacts = events;
    result.events = events;
    return result;
}

// A map of 100 contacts: most go A → B → end, some A → Q → C → end, a few
// loop on A or take the module D after B. Lists are sorted as computeFlowMap
// sorts them.
FlowMap handMadeMap()
{
    const Activity a = flow(QStringLiteral("A"));
    const Activity b = flow(QStringLiteral("B"));
    const Activity c = flow(QStringLiteral("C"));
    FlowMap map;
    map.contactCount = 100;
    map.nodes = {node(Start, 100), node(a, 100), node(End, 100), node(b, 60),
                 node(Queue, 30),  node(c, 20),  node(Module, 5)};
    map.edges = {edge(Start, a, 100),  edge(a, b, 60),     edge(b, End, 60),    edge(a, Queue, 30),
                 edge(Queue, c, 20),   edge(c, End, 20),   edge(a, a, 15),      edge(a, End, 10),
                 edge(Queue, End, 10), edge(b, Module, 5), edge(Module, End, 5)};
    return map;
}

QStringList nodeKeys(const QList<FlowMapNode> &nodes)
{
    QStringList keys;
    for (const FlowMapNode &entry : nodes)
        keys.append(activityKey(entry.activity));
    return keys;
}

QStringList edgeKeys(const QList<FlowMapEdge> &edges)
{
    QStringList keys;
    for (const FlowMapEdge &entry : edges)
        keys.append(activityKey(entry.from) + QLatin1Char('>') + activityKey(entry.to));
    return keys;
}

QList<QGraphicsItem *> itemsOfKind(const QGraphicsScene *scene, int kind)
{
    QList<QGraphicsItem *> found;
    const QList<QGraphicsItem *> all = scene->items(Qt::AscendingOrder);
    for (QGraphicsItem *item : all) {
        if (item->data(FlowMapScene::ItemKindData).toInt() == kind)
            found.append(item);
    }
    return found;
}

QGraphicsItem *itemWithKey(const QGraphicsScene *scene, const QString &key)
{
    const QList<QGraphicsItem *> all = scene->items();
    for (QGraphicsItem *item : all) {
        if (item->data(FlowMapScene::ItemKeyData).toString() == key)
            return item;
    }
    return nullptr;
}

QString screenshotPath(const QString &name)
{
    const QString directory = QStringLiteral(FLOWSCOPE_BIN_DIR "/../screenshots");
    QDir().mkpath(directory);
    return directory + QLatin1Char('/') + name;
}

// Shows the page at a desktop size and waits until its map is drawn.
bool waitForMap(FlowMapPage &page, QSignalSpy &drawn, int timeoutMs = 60000)
{
    if (!QTest::qWaitFor([&] { return drawn.count() > 0 && !page.isBusy(); }, timeoutMs))
        return false;
    // Layout requests posted while the map was drawn resize the note above it.
    QCoreApplication::processEvents();
    return true;
}

// The first sentence of the note above the map, for `graph` drawn from `map`.
QString shownPartSentence(const SimplifiedFlowMap &graph, const FlowMap &map)
{
    return QStringLiteral("The map shows %L1 of %L2 activities and %L3 of %L4 paths.")
        .arg(graph.nodes.size())
        .arg(map.nodes.size())
        .arg(graph.edges.size())
        .arg(map.edges.size());
}

} // namespace

Q_DECLARE_METATYPE(Flowscope::FlowMap)

class TestFlowMapView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void init();

    void simplifiesLikeSliders_data();
    void simplifiesLikeSliders();
    void simplificationCountsCappedEdges_data();
    void simplificationCountsCappedEdges();
    void defaultPathPercentFitsBudget_data();
    void defaultPathPercentFitsBudget();
    void layoutInputFollowsSimplification();
    void layoutPlacesEveryNodeAndEdge();
    void sceneDrawsItemsAndLegend();
    void tooltipsShowValuesAsPlainText();
    void hoverDimsUnrelatedItems();

    void pageDrawsFixtureMap();
    void clickedNodeListsItsContacts();
    void clickedEdgeListsItsContacts();
    void selectionBecomesFilter();
    void appliedFilterNarrowsMap();
    void selectedVariantsNarrowMapAndList();
    void pageExportsImages();
    void pageIsRegisteredAfterFlowEvents();
    void hiddenPartNoteNamesSliders();
    void contactColumnsFitTheirContent();

    void settingsSurviveNewPage();
    void resetForgetsChosenSliders();
    void invalidStoredSlidersAreIgnored_data();
    void invalidStoredSlidersAreIgnored();

    void screenshotOfSampleData();
    void screenshotOfThreeHundredFlows();

private:
    QTemporaryDir m_directory;
    QString m_fixturePath;
};

void TestFlowMapView::initTestCase()
{
    // QSettings go to a test location and start empty in each test (init).
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FlowscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_flowmapview"));
    m_fixturePath = m_directory.filePath(QStringLiteral("fixture.flowscope"));
    const QString error = Test::createFlowMapFixture(m_fixturePath);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestFlowMapView::simplifiesLikeSliders_data()
{
    QTest::addColumn<int>("activityPercent");
    QTest::addColumn<int>("pathPercent");
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<QStringList>("edges");

    const QStringList allNodes = {"start:start", "flow:A", "end:end", "flow:B",
                                  "queue:Q",     "flow:C", "module:D"};
    QTest::newRow("full sliders keep everything")
        << 100 << 100 << allNodes
        << QStringList{"start:start>flow:A", "flow:A>flow:B",   "flow:B>end:end",  "flow:A>queue:Q",
                       "queue:Q>flow:C",     "flow:C>end:end",  "flow:A>flow:A",   "flow:A>end:end",
                       "queue:Q>end:end",    "flow:B>module:D", "module:D>end:end"};
    QTest::newRow("no paths keeps each activity's strongest edges")
        << 100 << 0 << allNodes
        << QStringList{"start:start>flow:A", "flow:A>flow:B",   "flow:B>end:end",
                       "flow:A>queue:Q",     "queue:Q>flow:C",  "flow:C>end:end",
                       "flow:B>module:D",    "module:D>end:end"};
    QTest::newRow("top activity keeps the chain to the end")
        << 20 << 0 << QStringList{"start:start", "flow:A", "end:end", "flow:B"}
        << QStringList{"start:start>flow:A", "flow:A>flow:B", "flow:B>end:end"};
    QTest::newRow("half the paths adds the self-loop first")
        << 40 << 50 << QStringList{"start:start", "flow:A", "end:end", "flow:B"}
        << QStringList{"start:start>flow:A", "flow:A>flow:B", "flow:B>end:end", "flow:A>flow:A"};
    QTest::newRow("queue pulls in the flow that connects it")
        << 60 << 0 << QStringList{"start:start", "flow:A", "end:end", "flow:B", "queue:Q", "flow:C"}
        << QStringList{"start:start>flow:A", "flow:A>flow:B",  "flow:B>end:end",
                       "flow:A>queue:Q",     "queue:Q>flow:C", "flow:C>end:end"};
    QTest::newRow("zero activities still keeps one")
        << 0 << 100 << QStringList{"start:start", "flow:A", "end:end", "flow:B"}
        << QStringList{"start:start>flow:A", "flow:A>flow:B", "flow:B>end:end", "flow:A>flow:A",
                       "flow:A>end:end"};
}

void TestFlowMapView::simplifiesLikeSliders()
{
    QFETCH(int, activityPercent);
    QFETCH(int, pathPercent);
    QFETCH(QStringList, nodes);
    QFETCH(QStringList, edges);

    const FlowMap map = handMadeMap();
    const SimplifiedFlowMap simplified = simplifyFlowMap(map, activityPercent, pathPercent);
    QCOMPARE(nodeKeys(simplified.nodes), nodes);
    QCOMPARE(edgeKeys(simplified.edges), edges);
    QCOMPARE(simplified.hiddenNodes, int(map.nodes.size() - nodes.size()));
    QCOMPARE(simplified.hiddenEdges, int(map.edges.size() - edges.size()));
}

void TestFlowMapView::init()
{
    QSettings().clear();
}

void TestFlowMapView::simplificationCountsCappedEdges_data()
{
    QTest::addColumn<int>("pathPercent");
    QTest::addColumn<int>("maxEdges");
    QTest::addColumn<int>("edges");
    QTest::addColumn<int>("hiddenEdges");
    QTest::addColumn<int>("pathHiddenEdges");
    QTest::addColumn<int>("cappedEdges");

    // The hand-made map keeps 8 required edges at 100 % activities. The
    // other 3 are the self-loop A → A, A → end and Q → end.
    QTest::newRow("default limit caps nothing") << 100 << DefaultMaxMapEdges << 11 << 0 << 0 << 0;
    QTest::newRow("limit of nine keeps one optional edge") << 100 << 9 << 9 << 2 << 0 << 2;
    QTest::newRow("limit below the required edges keeps them") << 100 << 5 << 8 << 3 << 0 << 3;
    QTest::newRow("slider hides what the limit would") << 30 << 9 << 9 << 2 << 2 << 0;
    QTest::newRow("slider and limit both hide") << 50 << 9 << 9 << 2 << 1 << 1;
    QTest::newRow("no paths caps nothing") << 0 << 5 << 8 << 3 << 3 << 0;
}

void TestFlowMapView::simplificationCountsCappedEdges()
{
    QFETCH(int, pathPercent);
    QFETCH(int, maxEdges);
    QFETCH(int, edges);
    QFETCH(int, hiddenEdges);
    QFETCH(int, pathHiddenEdges);
    QFETCH(int, cappedEdges);

    const SimplifiedFlowMap simplified = simplifyFlowMap(handMadeMap(), 100, pathPercent, maxEdges);
    QCOMPARE(simplified.edges.size(), edges);
    QCOMPARE(simplified.hiddenEdges, hiddenEdges);
    QCOMPARE(simplified.pathHiddenEdges, pathHiddenEdges);
    QCOMPARE(simplified.cappedEdges, cappedEdges);
}

void TestFlowMapView::defaultPathPercentFitsBudget_data()
{
    QTest::addColumn<int>("activityPercent");
    QTest::addColumn<int>("visibleEdges");
    QTest::addColumn<int>("pathPercent");

    // At 100 % activities: 8 required edges and 3 others, of which
    // ceil(3 × percent / 100) stay.
    QTest::newRow("every edge fits") << 100 << 11 << 100;
    QTest::newRow("room for two optional edges") << 100 << 10 << 66;
    QTest::newRow("room for one optional edge") << 100 << 9 << 33;
    QTest::newRow("room for the required edges only") << 100 << 8 << 0;
    QTest::newRow("required edges over the budget") << 100 << 3 << 0;
    // At 40 %: A and B with 3 required edges, and A → A and A → end.
    QTest::newRow("fewer activities fit whole") << 40 << 5 << 100;
    QTest::newRow("fewer activities with one optional edge") << 40 << 4 << 50;
}

void TestFlowMapView::defaultPathPercentFitsBudget()
{
    QFETCH(int, activityPercent);
    QFETCH(int, visibleEdges);
    QFETCH(int, pathPercent);

    QCOMPARE(defaultPathPercent(handMadeMap(), activityPercent, visibleEdges), pathPercent);
}

void TestFlowMapView::layoutInputFollowsSimplification()
{
    FlowMapScene scene;
    const SimplifiedFlowMap simplified = simplifyFlowMap(handMadeMap(), 20, 0);
    const FlowMapLayoutInput input = scene.layoutInput(simplified, FlowMapOverlay::Contacts, {});

    QStringList keys;
    for (const FlowMapLayoutInput::Node &entry : input.nodes)
        keys.append(entry.key);
    QCOMPARE(keys, (QStringList{"start:start", "flow:A", "end:end", "flow:B"}));
    QStringList edges;
    for (const FlowMapLayoutInput::Edge &entry : input.edges)
        edges.append(entry.from + QLatin1Char('>') + entry.to);
    QCOMPARE(edges, (QStringList{"start:start>flow:A", "flow:A>flow:B", "flow:B>end:end"}));

    // Start and end are fixed ellipses; flows are at least the minimum width,
    // and the heavier flow is taller.
    QCOMPARE(input.nodes.at(0).size, QSizeF(64, 34));
    QCOMPARE(input.nodes.at(2).size, QSizeF(64, 34));
    QVERIFY(input.nodes.at(1).size.width() >= 96);
    QVERIFY(input.nodes.at(1).size.height() > input.nodes.at(3).size.height());
    for (const FlowMapLayoutInput::Edge &entry : input.edges)
        QVERIFY(!entry.labelSize.isEmpty());
}

void TestFlowMapView::layoutPlacesEveryNodeAndEdge()
{
    FlowMapScene scene;
    const SimplifiedFlowMap simplified = simplifyFlowMap(handMadeMap(), 100, 100);
    const FlowMapLayoutInput input = scene.layoutInput(simplified, FlowMapOverlay::Events, {});
    const FlowMapLayoutResult layout = FlowMapLayout::run(input);
    QVERIFY2(layout.ok(), qPrintable(layout.error));
    QCOMPARE(layout.nodes.size(), 7);
    QCOMPARE(layout.edges.size(), 11);

    QHash<QString, QRectF> rects;
    for (qsizetype i = 0; i < layout.nodes.size(); ++i) {
        const FlowMapLayoutResult::Node &placed = layout.nodes.at(i);
        QCOMPARE(placed.key, input.nodes.at(i).key);
        // Graphviz rounds sizes to its own precision.
        QVERIFY(std::abs(placed.rect.width() - input.nodes.at(i).size.width()) < 1.0);
        QVERIFY(std::abs(placed.rect.height() - input.nodes.at(i).size.height()) < 1.0);
        QVERIFY(layout.bounds.adjusted(-1, -1, 1, 1).contains(placed.rect));
        rects.insert(placed.key, placed.rect);
    }
    for (auto first = rects.cbegin(); first != rects.cend(); ++first) {
        for (auto second = std::next(first); second != rects.cend(); ++second)
            QVERIFY2(!first.value().intersects(second.value()),
                     qPrintable(first.key() + QLatin1String(" overlaps ") + second.key()));
    }

    // Top to bottom, with y growing downwards as in Qt.
    QVERIFY(rects.value("start:start").center().y() < rects.value("flow:A").center().y());
    QVERIFY(rects.value("flow:A").center().y() < rects.value("flow:B").center().y());
    QVERIFY(rects.value("flow:B").center().y() < rects.value("end:end").center().y());

    for (const FlowMapLayoutResult::Edge &placed : layout.edges) {
        QVERIFY(placed.spline.size() >= 4);
        QCOMPARE((placed.spline.size() - 1) % 3, 0);
        QVERIFY(placed.arrowTip.has_value());
        QVERIFY(placed.labelCenter.has_value());
    }
    const auto loop = std::find_if(
        layout.edges.cbegin(), layout.edges.cend(),
        [](const FlowMapLayoutResult::Edge &placed) { return placed.from == placed.to; });
    QVERIFY(loop != layout.edges.cend());
    // The loop leaves the node and comes back to it.
    const QRectF nodeA = rects.value("flow:A");
    const bool outside =
        std::any_of(loop->spline.cbegin(), loop->spline.cend(), [&nodeA](const QPointF &point) {
            return !nodeA.adjusted(-2, -2, 2, 2).contains(point);
        });
    QVERIFY(outside);
}

void TestFlowMapView::sceneDrawsItemsAndLegend()
{
    FlowMapScene scene;
    const SimplifiedFlowMap simplified = simplifyFlowMap(handMadeMap(), 40, 50);
    const FlowMapLayoutInput input = scene.layoutInput(simplified, FlowMapOverlay::Contacts, {});
    const FlowMapLayoutResult layout = FlowMapLayout::run(input);
    QVERIFY(layout.ok());
    scene.setDrawing({simplified, layout, FlowMapOverlay::Contacts, {}});

    QCOMPARE(itemsOfKind(&scene, FlowMapScene::NodeItemKind).size(), 4);
    QCOMPARE(itemsOfKind(&scene, FlowMapScene::EdgeItemKind).size(), 4);
    QVERIFY(!itemsOfKind(&scene, FlowMapScene::LegendItemKind).isEmpty());
    // The legend sits left of the graph, inside the scene.
    for (QGraphicsItem *item : itemsOfKind(&scene, FlowMapScene::LegendItemKind)) {
        QVERIFY(item->sceneBoundingRect().right() < layout.bounds.left());
        QVERIFY(scene.sceneRect().contains(item->sceneBoundingRect()));
    }
    QCOMPARE(scene.naturalSize(), scene.sceneRect().size());

    scene.setDrawing({simplifyFlowMap(handMadeMap(), 100, 100),
                      FlowMapLayout::run(scene.layoutInput(simplifyFlowMap(handMadeMap(), 100, 100),
                                                           FlowMapOverlay::MedianDuration, {})),
                      FlowMapOverlay::MedianDuration,
                      {}});
    QCOMPARE(itemsOfKind(&scene, FlowMapScene::NodeItemKind).size(), 7);
    QCOMPARE(itemsOfKind(&scene, FlowMapScene::EdgeItemKind).size(), 11);
}

void TestFlowMapView::tooltipsShowValuesAsPlainText()
{
    FlowMap map;
    map.contactCount = 1;
    FlowMapNode step = node(flow(QStringLiteral("<b>bold</b> & co")), 1);
    step.duration = {1, 2500, 2500, 2500};
    map.nodes = {node(Start, 1), step, node(End, 1)};
    map.edges = {edge(Start, step.activity, 1), edge(step.activity, End, 1)};
    const QHash<QString, FlowName> names = {
        {step.activity.id, {step.activity.id, QStringLiteral("<i>Menu</i>"), {}}}};

    FlowMapScene scene;
    const SimplifiedFlowMap simplified = simplifyFlowMap(map, 100, 100);
    scene.setDrawing(
        {simplified,
         FlowMapLayout::run(scene.layoutInput(simplified, FlowMapOverlay::Contacts, names)),
         FlowMapOverlay::Contacts, names});

    QGraphicsItem *item = itemWithKey(&scene, QStringLiteral("flow:<b>bold</b> & co"));
    QVERIFY(item);
    QCOMPARE(item->data(FlowMapScene::PlainToolTipData).toString(),
             QStringLiteral("<i>Menu</i>\nFlow id: <b>bold</b> & co\nContacts: 1\nEvents: 1\n"
                            "Step duration: median 2.5 s, mean 2.5 s, max 2.5 s (1 measured)"));
    const QString shown = item->toolTip();
    QVERIFY(shown.contains(QStringLiteral("&lt;i&gt;Menu&lt;/i&gt;")));
    QVERIFY(shown.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; co")));
    QVERIFY(!shown.contains(QStringLiteral("<b>")));
    QVERIFY(!shown.contains(QStringLiteral("<i>")));

    QGraphicsItem *edgeItem =
        itemWithKey(&scene, QStringLiteral("start:start>flow:<b>bold</b> & co"));
    QVERIFY(edgeItem);
    QCOMPARE(edgeItem->data(FlowMapScene::PlainToolTipData).toString(),
             QStringLiteral("Start → <i>Menu</i>\nFrom: start:start\nTo: flow:<b>bold</b> & co\n"
                            "Contacts: 1\nTransitions: 1\nTransition time: not measured"));
    QVERIFY(!edgeItem->toolTip().contains(QStringLiteral("<i>")));
}

void TestFlowMapView::hoverDimsUnrelatedItems()
{
    FlowMapScene scene;
    const SimplifiedFlowMap simplified = simplifyFlowMap(handMadeMap(), 100, 100);
    scene.setDrawing(
        {simplified,
         FlowMapLayout::run(scene.layoutInput(simplified, FlowMapOverlay::Contacts, {})),
         FlowMapOverlay::Contacts,
         {}});

    scene.highlightNode(QStringLiteral("flow:C"));
    QStringList lit;
    for (QGraphicsItem *item : scene.items()) {
        const int kind = item->data(FlowMapScene::ItemKindData).toInt();
        if ((kind == FlowMapScene::NodeItemKind || kind == FlowMapScene::EdgeItemKind) &&
            item->opacity() == 1.0) {
            lit.append(item->data(FlowMapScene::ItemKeyData).toString());
        }
    }
    lit.sort();
    QCOMPARE(lit,
             (QStringList{"end:end", "flow:C", "flow:C>end:end", "queue:Q", "queue:Q>flow:C"}));

    scene.highlightNode({});
    for (QGraphicsItem *item : itemsOfKind(&scene, FlowMapScene::NodeItemKind))
        QCOMPARE(item->opacity(), 1.0);
}

void TestFlowMapView::pageDrawsFixtureMap()
{
    FlowMapPage page(flowEventFilterFields());
    QSignalSpy drawn(&page, &FlowMapPage::mapDrawn);
    page.setWorkspacePath(m_fixturePath);
    QVERIFY(waitForMap(page, drawn));

    QCOMPARE(page.shownMap().contactCount, 5);
    QCOMPARE(itemsOfKind(page.scene(), FlowMapScene::NodeItemKind).size(), 6);
    QCOMPARE(itemsOfKind(page.scene(), FlowMapScene::EdgeItemKind).size(), 8);
    QCOMPARE(page.variantsModel()->rowCount(), 4);
    QCOMPARE(page.exportViews(), (QStringList{"flow-map", "variants"}));
    QCOMPARE(page.exportGraphics().size(), 1);
    QCOMPARE(page.exportGraphics().first()->renderTitle(), QStringLiteral("Flow map"));
    QVERIFY(!page.showContact(QStringLiteral("c-1")));

    // The stored name labels flow-a; the tooltip keeps its id.
    QGraphicsItem *named = itemWithKey(page.scene(), QStringLiteral("flow:flow-a"));
    QVERIFY(named);
    QCOMPARE(
        named->data(FlowMapScene::PlainToolTipData).toString().section(QLatin1Char('\n'), 0, 1),
        QStringLiteral("Main <menu>\nFlow id: flow-a"));
    QVERIFY(page.statusText().startsWith(
        QStringLiteral("Flow map: 5 contacts, 9 events; showing 6 of 6 activities and 8 of 8 "
                       "paths")));
    // A small map starts whole, so there is nothing to note above it.
    QCOMPARE(page.activityPercent(), 100);
    QCOMPARE(page.pathPercent(), 100);
    QVERIFY(page.hiddenPartNote()->isHidden());
}

void TestFlowMapView::clickedNodeListsItsContacts()
{
    FlowMapPage page(flowEventFilterFields());
    QSignalSpy drawn(&page, &FlowMapPage::mapDrawn);
    QSignalSpy listed(&page, &FlowMapPage::contactsListed);
    QSignalSpy requested(&page, &Page::contactRequested);
    page.setWorkspacePath(m_fixturePath);
    QVERIFY(waitForMap(page, drawn));
    listed.clear();

    itemWithKey(page.scene(), QStringLiteral("flow:flow-a"))->setSelected(true);
    QTRY_COMPARE(listed.count(), 1);
    QStringList contacts;
    for (const SelectedContact &contact : page.contactsModel()->contacts())
        contacts.append(contact.instanceId + QLatin1Char('/') + contact.contactId);
    QCOMPARE(contacts, (QStringList{"instance-1/c-1", "instance-1/c-2", "instance-1/c-3"}));

    // The first contact is current; the button opens its path.
    const QList<QPushButton *> buttons = page.widget()->findChildren<QPushButton *>();
    const auto open = std::find_if(buttons.cbegin(), buttons.cend(), [](QPushButton *button) {
        return button->text() == QLatin1String("Open contact path");
    });
    QVERIFY(open != buttons.cend());
    QVERIFY((*open)->isEnabled());
    (*open)->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), QStringLiteral("c-1"));
}

void TestFlowMapView::clickedEdgeListsItsContacts()
{
    FlowMapPage page(flowEventFilterFields());
    QSignalSpy drawn(&page, &FlowMapPage::mapDrawn);
    QSignalSpy listed(&page, &FlowMapPage::contactsListed);
    page.setWorkspacePath(m_fixturePath);
    QVERIFY(waitForMap(page, drawn));
    listed.clear();

    itemWithKey(page.scene(), QStringLiteral("start:start>flow:flow-b"))->setSelected(true);
    QTRY_COMPARE(listed.count(), 1);
    QStringList contacts;
    for (const SelectedContact &contact : page.contactsModel()->contacts())
        contacts.append(contact.instanceId + QLatin1Char('/') + contact.contactId);
    QCOMPARE(contacts, (QStringList{"instance-1/c-4", "instance-2/c-1"}));
}

void TestFlowMapView::selectionBecomesFilter()
{
    FlowMapPage page(flowEventFilterFields());
    QSignalSpy drawn(&page, &FlowMapPage::mapDrawn);
    QSignalSpy listed(&page, &FlowMapPage::contactsListed);
    QSignalSpy requested(&page, &Page::filterRequested);
    page.setWorkspacePath(m_fixturePath);
    QVERIFY(waitForMap(page, drawn));
    listed.clear();

    itemWithKey(page.scene(), QStringLiteral("flow:flow-a>flow:flow-b"))->setSelected(true);
    QTRY_COMPARE(listed.count(), 1);
    page.useSelectionAsFilter();
    QCOMPARE(requested.count(), 1);
    const Filter filter = requested.first().first().value<Filter>();
    QCOMPARE(filter.contacts, (QStringList{"c-2", "c-3"}));
    Filter expected;
    expected.contacts = {QStringLiteral("c-2"), QStringLiteral("c-3")};
    QVERIFY(filter == expected);
}

void TestFlowMapView::appliedFilterNarrowsMap()
{
    FlowMapPage page(flowEventFilterFields());
    QSignalSpy drawn(&page, &FlowMapPage::mapDrawn);
    page.setWorkspacePath(m_fixturePath);
    QVERIFY(waitForMap(page, drawn));
    drawn.clear();

    Filter filter;
    filter.contacts = {QStringLiteral("c-2"), QStringLiteral("c-4")};
    filter.instances = {QStringLiteral("instance-1")};
    page.applyFilter(filter);
    QVERIFY(waitForMap(page, drawn));
    QVERIFY(page.effectiveFilter() == filter);
    QVERIFY(page.exportFilter() == filter);
    QCOMPARE(page.shownMap().contactCount, 2);
    QCOMPARE(nodeKeys(page.scene()->drawing().graph.nodes),
             (QStringList{"start:start", "flow:flow-b", "end:end", "flow:flow-a"}));
    QVERIFY(page.statusText().contains(QStringLiteral("contacts c-2, c-4")));

    // A contact id is matched in every instance: c-1 is two contacts.
    drawn.clear();
    Filter both;
    both.contacts = {QStringLiteral("c-1")};
    page.applyFilter(both);
    QVERIFY(waitForMap(page, drawn));
    QCOMPARE(page.shownMap().contactCount, 2);
}

void TestFlowMapView::selectedVariantsNarrowMapAndList()
{
    FlowMapPage page(flowEventFilterFields());
    QSignalSpy drawn(&page, &FlowMapPage::mapDrawn);
    QSignalSpy listed(&page, &FlowMapPage::contactsListed);
    page.setWorkspacePath(m_fixturePath);
    QVERIFY(waitForMap(page, drawn));
    drawn.clear();
    listed.clear();

    // Rank 1 is the path "flow-b" alone, of c-4 and of c-1 in instance-2.
    page.selectVariantRows({0});
    QVERIFY(waitForMap(page, drawn));
    QCOMPARE(page.shownMap().contactCount, 2);
    QCOMPARE(nodeKeys(page.scene()->drawing().graph.nodes),
             (QStringList{"start:start", "flow:flow-b", "end:end"}));
    QVERIFY(listed.count() >= 1);
    QStringList contacts;
    for (const SelectedContact &contact : page.contactsModel()->contacts())
        contacts.append(contact.instanceId + QLatin1Char('/') + contact.contactId);
    QCOMPARE(contacts, (QStringList{"instance-1/c-4", "instance-2/c-1"}));
    // The variants table still lists every variant.
    QCOMPARE(page.variantsModel()->rowCount(), 4);

    // A node of the narrowed map lists only the variants' contacts.
    listed.clear();
    itemWithKey(page.scene(), QStringLiteral("flow:flow-b"))->setSelected(true);
    QTRY_COMPARE(listed.count(), 1);
    QCOMPARE(page.contactsModel()->rowCount(), 2);
}

void TestFlowMapView::pageExportsImages()
{
    FlowMapPage page(flowEventFilterFields());
    QSignalSpy drawn(&page, &FlowMapPage::mapDrawn);
    page.setWorkspacePath(m_fixturePath);
    QVERIFY(waitForMap(page, drawn));

    QTemporaryDir directory;
    QString error;
    const QString png = directory.filePath(QStringLiteral("map.png"));
    QVERIFY2(page.exportImage(png, 1200, &error), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.width(), 1200);
    const QSizeF natural = page.scene()->naturalSize();
    QCOMPARE(image.height(), qRound(1200 * natural.height() / natural.width()));

    const QString svg = directory.filePath(QStringLiteral("map.svg"));
    QVERIFY2(page.exportImage(svg, 900, &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("width=\"900\""));
    // Names are text in the SVG, escaped as XML.
    QVERIFY(text.contains("Main &lt;menu&gt;"));

    QVERIFY(!page.exportImage(directory.filePath(QStringLiteral("missing/map.png")), 800, &error));
    QVERIFY(error.contains(QStringLiteral("missing")));
}

void TestFlowMapView::pageIsRegisteredAfterFlowEvents()
{
    QObject parent;
    const QList<Page *> pages = createPages(&parent);
    QStringList ids;
    for (const Page *page : pages)
        ids.append(page->id());
    const qsizetype events = ids.indexOf(QStringLiteral("flow-events"));
    QVERIFY(events >= 0);
    QCOMPARE(ids.value(events + 1), QStringLiteral("flow-map"));
}

void TestFlowMapView::hiddenPartNoteNamesSliders()
{
    FlowMapPage page(flowEventFilterFields());
    QSignalSpy drawn(&page, &FlowMapPage::mapDrawn);
    page.widget()->show();
    page.setWorkspacePath(m_fixturePath);
    QVERIFY(waitForMap(page, drawn));
    drawn.clear();

    page.setSimplification(25, 0);
    QVERIFY(waitForMap(page, drawn));
    const SimplifiedFlowMap &graph = page.scene()->drawing().graph;
    QCOMPARE(graph.nodes.size() + graph.hiddenNodes, 6);
    QCOMPARE(graph.hiddenNodes, 2);
    QCOMPARE(graph.pathHiddenEdges, 1);
    QVERIFY(page.hiddenPartNote()->isVisible());
    QCOMPARE(page.hiddenPartNote()->text(),
             shownPartSentence(graph, page.shownMap()) +
                 QStringLiteral(" Drag the Activities and Paths sliders to the right to show "
                                "more."));

    drawn.clear();
    page.setSimplification(25, 100);
    QVERIFY(waitForMap(page, drawn));
    QCOMPARE(page.scene()->drawing().graph.pathHiddenEdges, 0);
    QCOMPARE(page.hiddenPartNote()->text(),
             shownPartSentence(page.scene()->drawing().graph, page.shownMap()) +
                 QStringLiteral(" Drag the Activities slider to the right to show more."));

    drawn.clear();
    page.setSimplification(100, 0);
    QVERIFY(waitForMap(page, drawn));
    // Every fixture activity stays, and one edge beyond their strongest ones is hidden.
    QCOMPARE(page.scene()->drawing().graph.hiddenNodes, 0);
    QCOMPARE(page.scene()->drawing().graph.hiddenEdges, 1);
    QCOMPARE(page.hiddenPartNote()->text(),
             shownPartSentence(page.scene()->drawing().graph, page.shownMap()) +
                 QStringLiteral(" Drag the Paths slider to the right to show more."));

    drawn.clear();
    page.setSimplification(100, 100);
    QVERIFY(waitForMap(page, drawn));
    QVERIFY(page.hiddenPartNote()->isHidden());
}

void TestFlowMapView::contactColumnsFitTheirContent()
{
    FlowMapPage page(flowEventFilterFields());
    QSignalSpy drawn(&page, &FlowMapPage::mapDrawn);
    QSignalSpy listed(&page, &FlowMapPage::contactsListed);
    page.widget()->resize(1400, 900);
    page.widget()->show();
    page.setWorkspacePath(m_fixturePath);
    QVERIFY(waitForMap(page, drawn));
    listed.clear();

    itemWithKey(page.scene(), QStringLiteral("flow:flow-a"))->setSelected(true);
    QTRY_COMPARE(listed.count(), 1);
    // QTableView makes sizeHintForColumn protected, but QAbstractItemView has it public.
    const QAbstractItemView *view = page.contactsView();
    QHeaderView *header = page.contactsView()->horizontalHeader();
    // Every column but the stretched last one is as wide as its header or
    // its widest value, whichever is wider, because all fit the limits here.
    for (int column = 0; column < SelectedContactsModel::PassesColumn; ++column) {
        const int content =
            std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        QVERIFY2(content <= FlowMapPage::MaximumContactColumnWidth,
                 qPrintable(QString::number(column)));
        QCOMPARE(header->sectionSize(column),
                 std::max(content, int(FlowMapPage::MinimumContactColumnWidth)));
    }
    QVERIFY(header->sectionSize(SelectedContactsModel::ContactIdColumn) >=
            view->fontMetrics().horizontalAdvance(QStringLiteral("Contact id")));
}

void TestFlowMapView::settingsSurviveNewPage()
{
    {
        FlowMapPage page(flowEventFilterFields());
        QSignalSpy drawn(&page, &FlowMapPage::mapDrawn);
        page.setWorkspacePath(m_fixturePath);
        QVERIFY(waitForMap(page, drawn));
        page.setSimplification(40, 70);
        page.setOverlay(FlowMapOverlay::MedianDuration);
        QVERIFY(QTest::qWaitFor([&] { return !page.isBusy(); }, 60000));
    }
    const QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("flowMap/activityPercent")).toInt(), 40);
    QCOMPARE(settings.value(QStringLiteral("flowMap/pathPercent")).toInt(), 70);
    QCOMPARE(settings.value(QStringLiteral("flowMap/overlay")).toString(),
             QStringLiteral("medianDuration"));

    FlowMapPage page(flowEventFilterFields());
    QCOMPARE(page.activityPercent(), 40);
    QCOMPARE(page.pathPercent(), 70);
    QCOMPARE(page.overlay(), FlowMapOverlay::MedianDuration);
    QVERIFY(page.hasChosenSimplification());
    const QList<QComboBox *> combos = page.widget()->findChildren<QComboBox *>();
    const auto overlayCombo = std::find_if(combos.cbegin(), combos.cend(), [](QComboBox *combo) {
        return combo->itemText(0) == QLatin1String("Frequency: contacts");
    });
    QVERIFY(overlayCombo != combos.cend());
    QCOMPARE((*overlayCombo)->currentText(), QStringLiteral("Performance: median duration"));

    // The chosen positions stay when a map arrives whose default would differ.
    QSignalSpy drawn(&page, &FlowMapPage::mapDrawn);
    page.setWorkspacePath(m_fixturePath);
    QVERIFY(waitForMap(page, drawn));
    QCOMPARE(page.activityPercent(), 40);
    QCOMPARE(page.pathPercent(), 70);
    QCOMPARE(page.scene()->drawing().overlay, FlowMapOverlay::MedianDuration);
    const SimplifiedFlowMap expected = simplifyFlowMap(page.shownMap(), 40, 70);
    QCOMPARE(nodeKeys(page.scene()->drawing().graph.nodes), nodeKeys(expected.nodes));
    QCOMPARE(edgeKeys(page.scene()->drawing().graph.edges), edgeKeys(expected.edges));
}

void TestFlowMapView::resetForgetsChosenSliders()
{
    FlowMapPage page(flowEventFilterFields());
    QSignalSpy drawn(&page, &FlowMapPage::mapDrawn);
    page.setWorkspacePath(m_fixturePath);
    QVERIFY(waitForMap(page, drawn));
    page.setSimplification(20, 0);
    QVERIFY(QSettings().contains(QStringLiteral("flowMap/activityPercent")));

    drawn.clear();
    page.resetSimplification();
    QVERIFY(waitForMap(page, drawn));
    QVERIFY(!page.hasChosenSimplification());
    QVERIFY(!QSettings().contains(QStringLiteral("flowMap/activityPercent")));
    QVERIFY(!QSettings().contains(QStringLiteral("flowMap/pathPercent")));
    // The fixture's 4 activities and 8 edges fit the default budget whole.
    QCOMPARE(page.activityPercent(), 100);
    QCOMPARE(page.pathPercent(), 100);
    QCOMPARE(page.scene()->drawing().graph.edges.size(), 8);

    const FlowMapPage next(flowEventFilterFields());
    QVERIFY(!next.hasChosenSimplification());
    QCOMPARE(next.pathPercent(), int(FlowMapPage::DefaultPathPercent));
}

void TestFlowMapView::invalidStoredSlidersAreIgnored_data()
{
    QTest::addColumn<QVariant>("activityPercent");
    QTest::addColumn<QVariant>("pathPercent");
    QTest::addColumn<QString>("overlay");

    QTest::newRow("activity percent out of range") << QVariant(250) << QVariant(50) << "events";
    QTest::newRow("path percent not a number") << QVariant(50) << QVariant("half") << "events";
    QTest::newRow("path percent missing") << QVariant(50) << QVariant() << "unknown";
}

void TestFlowMapView::invalidStoredSlidersAreIgnored()
{
    QFETCH(QVariant, activityPercent);
    QFETCH(QVariant, pathPercent);
    QFETCH(QString, overlay);

    QSettings settings;
    settings.setValue(QStringLiteral("flowMap/activityPercent"), activityPercent);
    if (pathPercent.isValid())
        settings.setValue(QStringLiteral("flowMap/pathPercent"), pathPercent);
    settings.setValue(QStringLiteral("flowMap/overlay"), overlay);

    const FlowMapPage page(flowEventFilterFields());
    QVERIFY(!page.hasChosenSimplification());
    QCOMPARE(page.activityPercent(), 100);
    QCOMPARE(page.pathPercent(), int(FlowMapPage::DefaultPathPercent));
    QCOMPARE(page.overlay(), overlay == QLatin1String("events") ? FlowMapOverlay::Events
                                                                : FlowMapOverlay::Contacts);
}

void TestFlowMapView::screenshotOfSampleData()
{
    const QString workspace = m_directory.filePath(QStringLiteral("sample.flowscope"));
    const Test::CliRun run = Test::runCli(
        {QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
         QStringLiteral(FLOWSCOPE_SOURCE_DIR "/resources/sample/contact_flow_events.csv")});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    FlowMapPage page(flowEventFilterFields());
    QSignalSpy drawn(&page, &FlowMapPage::mapDrawn);
    page.widget()->resize(1400, 900);
    page.widget()->show();
    page.setWorkspacePath(workspace);
    QVERIFY(waitForMap(page, drawn));
    page.mapView()->fitToWindow();
    QVERIFY(page.shownMap().contactCount > 0);
    QVERIFY(page.widget()->grab().save(screenshotPath(QStringLiteral("flowmap-sample.png"))));

    drawn.clear();
    page.setOverlay(FlowMapOverlay::MedianDuration);
    QVERIFY(waitForMap(page, drawn));
    page.mapView()->fitToWindow();
    QVERIFY(page.widget()->grab().save(
        screenshotPath(QStringLiteral("flowmap-sample-performance.png"))));

    // The most frequent flow, selected, with its contacts listed beside the map.
    QSignalSpy listed(&page, &FlowMapPage::contactsListed);
    const auto busiest = std::find_if(
        page.shownMap().nodes.cbegin(), page.shownMap().nodes.cend(),
        [](const FlowMapNode &entry) { return entry.activity.kind == ActivityKind::Flow; });
    QVERIFY(busiest != page.shownMap().nodes.cend());
    itemWithKey(page.scene(), activityKey(busiest->activity))->setSelected(true);
    QTRY_VERIFY(listed.count() > 0);
    QCOMPARE(qint64(page.contactsModel()->rowCount()), busiest->contacts);
    // Contact ids are whole UUIDs. Instance ids, wider than the limit, are elided.
    QTableView *contacts = page.contactsView();
    const QString firstId = page.contactsModel()->contacts().constFirst().contactId;
    QCOMPARE(firstId.size(), 36);
    QVERIFY(contacts->columnWidth(SelectedContactsModel::ContactIdColumn) >
            contacts->fontMetrics().horizontalAdvance(firstId));
    QVERIFY(contacts->columnWidth(SelectedContactsModel::ContactIdColumn) <=
            FlowMapPage::MaximumContactIdColumnWidth);
    QCOMPARE(contacts->columnWidth(SelectedContactsModel::InstanceColumn),
             int(FlowMapPage::MaximumContactColumnWidth));
    QVERIFY(
        page.widget()->grab().save(screenshotPath(QStringLiteral("flowmap-sample-selected.png"))));

    QString error;
    QVERIFY2(
        page.exportImage(screenshotPath(QStringLiteral("flowmap-sample-export.png")), 1600, &error),
        qPrintable(error));
}

void TestFlowMapView::screenshotOfThreeHundredFlows()
{
    // 300 flows, 30 modules and 20 queues per instance.
    GeneratorOptions options;
    options.flows = 300;
    options.modules = 30;
    options.queues = 20;
    options.contacts = 20000;
    options.testCases = 0;
    const QString csv = m_directory.filePath(QStringLiteral("contact_flow_events.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(writeContactFlowEventsCsv(file, options).ok);
    file.close();
    const QString workspace = m_directory.filePath(QStringLiteral("flows300.flowscope"));
    const Test::CliRun run =
        Test::runCli({QStringLiteral("import"), QStringLiteral("--workspace"), workspace, csv});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    FlowMapPage page(flowEventFilterFields());
    QSignalSpy drawn(&page, &FlowMapPage::mapDrawn);
    page.widget()->resize(1400, 900);
    page.widget()->show();
    page.setWorkspacePath(workspace);
    QVERIFY(waitForMap(page, drawn, 180000));
    const qsizetype activities = page.shownMap().nodes.size() - 2;
    qInfo("generated map: %lld activities, %lld edges, %lld contacts",
          static_cast<long long>(activities), static_cast<long long>(page.shownMap().edges.size()),
          static_cast<long long>(page.shownMap().contactCount));
    QVERIFY(activities >= 300);

    // The default sliders keep a readable number of activities and at most
    // the default number of paths, unless the required ones alone are more.
    const SimplifiedFlowMap &graph = page.scene()->drawing().graph;
    const qsizetype shown = graph.nodes.size() - 2;
    QVERIFY2(shown >= FlowMapPage::DefaultVisibleActivities && shown <= 30,
             qPrintable(QString::number(shown)));
    QCOMPARE(page.pathPercent(), defaultPathPercent(page.shownMap(), page.activityPercent(),
                                                    FlowMapPage::DefaultVisiblePaths));
    const qsizetype required =
        simplifyFlowMap(page.shownMap(), page.activityPercent(), 0).edges.size();
    QVERIFY(graph.edges.size() <= FlowMapPage::DefaultVisiblePaths || page.pathPercent() == 0);
    qInfo("default sliders: %d %% activities, %d %% paths, %lld edges (%lld required)",
          page.activityPercent(), page.pathPercent(), static_cast<long long>(graph.edges.size()),
          static_cast<long long>(required));
    QVERIFY(page.hiddenPartNote()->isVisible());
    QCOMPARE(page.hiddenPartNote()->text(),
             shownPartSentence(graph, page.shownMap()) +
                 QStringLiteral(" Drag the Activities and Paths sliders to the right to show "
                                "more."));
    qInfo("default sliders: %lld activities laid out in %lld ms", static_cast<long long>(shown),
          page.scene()->drawing().layout.elapsedMs);
    QVERIFY(page.scene()->drawing().layout.elapsedMs < 2000);
    page.mapView()->fitToWindow();
    QVERIFY(page.widget()->grab().save(screenshotPath(QStringLiteral("flowmap-300-flows.png"))));
    QString error;
    QVERIFY2(page.exportImage(screenshotPath(QStringLiteral("flowmap-300-flows-export.png")), 2400,
                              &error),
             qPrintable(error));

    // Every activity and path at once: the layout still stays under two seconds.
    QElapsedTimer timer;
    timer.start();
    const SimplifiedFlowMap everything = simplifyFlowMap(page.shownMap(), 100, 100);
    const FlowMapLayoutResult layout =
        FlowMapLayout::run(page.scene()->layoutInput(everything, FlowMapOverlay::Contacts, {}));
    QVERIFY(layout.ok());
    qInfo("all %lld activities and %lld paths laid out in %lld ms (Graphviz %lld ms)",
          static_cast<long long>(everything.nodes.size()),
          static_cast<long long>(everything.edges.size()), timer.elapsed(), layout.elapsedMs);
    QVERIFY(layout.elapsedMs < 2000);

    drawn.clear();
    page.setSimplification(100, 100);
    QVERIFY(waitForMap(page, drawn, 60000));
    // Every activity's strongest edges exceed the edge limit, so all other
    // edges are capped, and the note gives their count.
    const SimplifiedFlowMap &whole = page.scene()->drawing().graph;
    QCOMPARE(whole.hiddenNodes, 0);
    QCOMPARE(whole.cappedEdges, whole.hiddenEdges);
    QCOMPARE(whole.edges.size() + whole.cappedEdges, page.shownMap().edges.size());
    QCOMPARE(page.hiddenPartNote()->text(),
             shownPartSentence(whole, page.shownMap()) +
                 QStringLiteral(" %L1 more path(s) between the shown activities stay hidden "
                                "because a map of more than 400 paths takes too long to lay "
                                "out. Drag the Activities slider to the left to see every path "
                                "between fewer activities.")
                     .arg(whole.cappedEdges));
    page.mapView()->fitToWindow();
    QVERIFY(page.widget()->grab().save(
        screenshotPath(QStringLiteral("flowmap-300-flows-everything.png"))));
}

QTEST_MAIN(TestFlowMapView)
#include "tst_flowmapview.moc"
