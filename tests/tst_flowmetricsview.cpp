#include "browserpage.h"
#include "flowmetricsmodel.h"
#include "flowmetricspage.h"
#include "importer.h"
#include "outcomechart.h"
#include "pages.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Flowscope;

namespace {

const QByteArray EventsCsv =
    "\"instance_id\",\"event_id\",\"contact_id\",\"flow_resource_id\",\"module_resource_id\","
    "\"resource_type\",\"start_timestamp\",\"end_timestamp\",\"flow_outcome\",\"flow_type\","
    "\"data_lake_last_processed_timestamp\"\n"
    // inst-1 flow-a: a NULL outcome, a row in progress, an end before its start and a module row.
    "\"inst-1\",\"e1\",\"c1\",\"flow-a\",,\"flow\",\"2026-03-02 08:00:00\",\"2026-03-02 08:00:10\","
    "\"Success\",\"CONTACT_FLOW\",\"2026-03-05 00:00:00\"\n"
    "\"inst-1\",\"e2\",\"c2\",\"flow-a\",,\"flow\",\"2026-03-02 09:30:00\",\"2026-03-02 "
    "09:30:04\",,"
    "\"CONTACT_FLOW\",\"2026-03-05 00:00:00\"\n"
    "\"inst-1\",\"m1\",\"c1\",\"flow-a\",\"mod-x\",\"module\",\"2026-03-02 08:00:01\","
    "\"2026-03-02 08:00:02\",\"Success\",\"CONTACT_FLOW\",\"2026-03-05 00:00:00\"\n"
    "\"inst-1\",\"e3\",\"c3\",\"flow-a\",,\"flow\",\"2026-03-03 08:00:00\",\"2026-03-03 08:00:30\","
    "\"Success\",\"CONTACT_FLOW\",\"2026-03-05 00:00:00\"\n"
    "\"inst-1\",\"e4\",\"c4\",\"flow-a\",,\"flow\",\"2026-03-03 10:00:00\",,,\"CONTACT_FLOW\","
    "\"2026-03-05 00:00:00\"\n"
    "\"inst-1\",\"e5\",\"c5\",\"flow-a\",,\"flow\",\"2026-03-04 12:00:00\",\"2026-03-04 11:59:58\","
    "\"Error\",\"CONTACT_FLOW\",\"2026-03-05 00:00:00\"\n"
    // inst-1 flow-b: an empty outcome, which differs from NULL.
    "\"inst-1\",\"e6\",\"c6\",\"flow-b\",,\"flow\",\"2026-03-02 08:15:00\",\"2026-03-02 08:16:00\","
    "\"\",\"CUSTOMER_QUEUE\",\"2026-03-05 00:00:00\"\n"
    "\"inst-1\",\"e7\",\"c7\",\"flow-b\",,\"flow\",\"2026-03-04 23:30:00\",\"2026-03-04 23:30:10\","
    "\"Success\",\"CUSTOMER_QUEUE\",\"2026-03-05 00:00:00\"\n"
    // inst-2 flow-a: the same flow id in another instance is its own row.
    "\"inst-2\",\"e8\",\"c8\",\"flow-a\",,\"flow\",\"2026-03-03 08:00:00\",\"2026-03-03 08:00:05\","
    "\"Success\",\"CONTACT_FLOW\",\"2026-03-05 00:00:00\"\n";

QString screenshotDir()
{
    const QString dir =
        QDir(QStringLiteral(FLOWSCOPE_BIN_DIR)).filePath(QStringLiteral("../screenshots"));
    QDir().mkpath(dir);
    return QDir::cleanPath(dir);
}

QVariant raw(const FlowMetricsModel &model, int row, int column)
{
    return model.index(row, column).data(FlowMetricsModel::RawValueRole);
}

QString text(const FlowMetricsModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

qint64 utcMs(int day, int hour)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class TestFlowMetricsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void modelShowsHandCountedFigures();
    void modelEqualsComputedMetrics();
    void modelPassesTester();
    void sparklinesShareDays();
    void chartStacksOutcomes();
    void chartEqualsOutcomeTrend_data();
    void chartEqualsOutcomeTrend();
    void pageUsesFlowEventFilterFields();
    void pageComputesOffThread();
    void pageAppliesOtherPagesFilter();
    void pageAppliesSelectedContacts();
    void pageCancelKeepsShownFigures();
    void pageExportsMetrics();
    void writesScreenshots();

private:
    FlowMetricsPage *metricsPage(const QList<Page *> &pages) const;
    bool computeOn(FlowMetricsPage &page) const;

    QTemporaryDir m_dir;
    QString m_path;
    QString m_samplePath;
};

void TestFlowMetricsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FlowscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_flowmetricsview"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());

    const QString events = Test::writeFile(m_dir.path(), QStringLiteral("events.csv"), EventsCsv);
    m_path = m_dir.filePath(QStringLiteral("metrics.flowscope"));
    Workspace workspace;
    QVERIFY(workspace.open(m_path, Workspace::OpenMode::CreateIfMissing));
    const ImportResult result = importFiles(workspace, {events});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.total.inserted, 9);

    m_samplePath = m_dir.filePath(QStringLiteral("sample.flowscope"));
    Workspace sample;
    QVERIFY(sample.open(m_samplePath, Workspace::OpenMode::CreateIfMissing));
    const QString sampleDir = QStringLiteral(FLOWSCOPE_SOURCE_DIR "/resources/sample");
    const ImportResult sampleResult = importFiles(
        sample, {sampleDir + QStringLiteral("/contact_flow_events.csv"),
                 sampleDir + QStringLiteral("/connect_test_case_execution_results.csv")});
    QVERIFY2(sampleResult.status == ImportResult::Status::Succeeded,
             qPrintable(sampleResult.error));
}

FlowMetricsPage *TestFlowMetricsView::metricsPage(const QList<Page *> &pages) const
{
    for (Page *page : pages) {
        if (page->id() == QStringLiteral("flow-metrics"))
            return qobject_cast<FlowMetricsPage *>(page);
    }
    return nullptr;
}

bool TestFlowMetricsView::computeOn(FlowMetricsPage &page) const
{
    QSignalSpy computed(&page, &FlowMetricsPage::computed);
    page.setWorkspacePath(m_path);
    return computed.wait(10000);
}

void TestFlowMetricsView::modelShowsHandCountedFigures()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path, Workspace::OpenMode::ReadOnly));
    FlowMetricsModel model;

    model.setMetrics(computeFlowMetrics(workspace, {}), computeFlowDailyTrends(workspace, {}));

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.outcomes(), (QStringList{QString(), QStringLiteral(""), QStringLiteral("Error"),
                                            QStringLiteral("Success")}));
    QCOMPARE(model.headerData(FlowMetricsModel::FirstOutcomeColumn, Qt::Horizontal).toString(),
             QStringLiteral("no outcome"));
    QCOMPARE(model.headerData(FlowMetricsModel::FirstOutcomeColumn + 1, Qt::Horizontal).toString(),
             QStringLiteral("empty outcome"));

    // inst-1 flow-a: 6 started (the module row counts), 5 ended (e4 has no end).
    QCOMPARE(text(model, 0, FlowMetricsModel::InstanceColumn), QStringLiteral("inst-1"));
    QCOMPARE(text(model, 0, FlowMetricsModel::FlowColumn), QStringLiteral("flow-a"));
    QCOMPARE(text(model, 0, FlowMetricsModel::FlowTypeColumn), QStringLiteral("CONTACT_FLOW"));
    QCOMPARE(raw(model, 0, FlowMetricsModel::StartedColumn).toLongLong(), 6);
    QCOMPARE(raw(model, 0, FlowMetricsModel::EndedColumn).toLongLong(), 5);
    QCOMPARE(text(model, 0, FlowMetricsModel::FirstOutcomeColumn), QStringLiteral("1 (20.0 %)"));
    QCOMPARE(text(model, 0, FlowMetricsModel::FirstOutcomeColumn + 1), QStringLiteral("–"));
    QCOMPARE(text(model, 0, FlowMetricsModel::FirstOutcomeColumn + 2),
             QStringLiteral("1 (20.0 %)"));
    QCOMPARE(text(model, 0, FlowMetricsModel::FirstOutcomeColumn + 3),
             QStringLiteral("3 (60.0 %)"));
    // (10 + 4 + 1 + 30 − 2) s over 5 rows; the inverted row counts, as in the reference query.
    QCOMPARE(raw(model, 0, FlowMetricsModel::AverageColumn).toDouble(), 8.6);
    QCOMPARE(text(model, 0, FlowMetricsModel::AverageColumn), QStringLiteral("8.600 s"));
    QCOMPARE(text(model, 0, FlowMetricsModel::MinimumColumn), QStringLiteral("-2.000 s"));
    QCOMPARE(text(model, 0, FlowMetricsModel::MaximumColumn), QStringLiteral("30.000 s"));

    QCOMPARE(text(model, 1, FlowMetricsModel::FlowColumn), QStringLiteral("flow-b"));
    QCOMPARE(text(model, 1, FlowMetricsModel::FlowTypeColumn), QStringLiteral("CUSTOMER_QUEUE"));
    QCOMPARE(text(model, 1, FlowMetricsModel::FirstOutcomeColumn + 1),
             QStringLiteral("1 (50.0 %)"));
    QCOMPARE(text(model, 1, FlowMetricsModel::AverageColumn), QStringLiteral("35.000 s"));

    QCOMPARE(text(model, 2, FlowMetricsModel::InstanceColumn), QStringLiteral("inst-2"));
    QCOMPARE(text(model, 2, FlowMetricsModel::FirstOutcomeColumn + 3),
             QStringLiteral("1 (100.0 %)"));
    QCOMPARE(text(model, 2, FlowMetricsModel::MinimumColumn), QStringLiteral("5.000 s"));
}

void TestFlowMetricsView::modelEqualsComputedMetrics()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_samplePath, Workspace::OpenMode::ReadOnly));
    const FlowMetrics metrics = computeFlowMetrics(workspace, {});
    QVERIFY2(metrics.ok(), qPrintable(metrics.error));
    FlowMetricsModel model;

    model.setMetrics(metrics, computeFlowDailyTrends(workspace, {}));

    // Every started, outcome and time row of the computation is in the table once.
    qint64 startedTotal = 0;
    for (const FlowStartedRow &started : metrics.started)
        startedTotal += started.count;
    qint64 shownStarted = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        shownStarted += raw(model, row, FlowMetricsModel::StartedColumn).toLongLong();
    QCOMPARE(shownStarted, startedTotal);

    int outcomeCells = 0;
    for (const FlowOutcomeRow &outcome : metrics.outcomes) {
        int found = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const FlowMetricsRow &shown = model.rows().at(row);
            if (shown.instanceId != outcome.instanceId ||
                shown.flowResourceId != outcome.flowResourceId) {
                continue;
            }
            const int column = FlowMetricsModel::FirstOutcomeColumn +
                               int(model.outcomes().indexOf(outcome.flowOutcome));
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(),
                     FlowMetricsModel::outcomeLabel(outcome.flowOutcome));
            QCOMPARE(raw(model, row, column).toLongLong(), outcome.count);
            QCOMPARE(model.index(row, column).data(FlowMetricsModel::PercentageRole).toDouble(),
                     outcome.percentage);
            ++found;
        }
        QCOMPARE(found, 1);
        ++outcomeCells;
    }
    QVERIFY(outcomeCells > 0);

    for (const FlowTimeRow &time : metrics.times) {
        const auto row = std::find_if(model.rows().cbegin(), model.rows().cend(),
                                      [&time](const FlowMetricsRow &shown) {
                                          return shown.instanceId == time.instanceId &&
                                                 shown.flowResourceId == time.flowResourceId;
                                      }) -
                         model.rows().cbegin();
        QVERIFY(row < model.rowCount());
        QCOMPARE(raw(model, int(row), FlowMetricsModel::EndedColumn).toLongLong(), time.endedCount);
        QCOMPARE(raw(model, int(row), FlowMetricsModel::AverageColumn).toDouble(),
                 time.averageSeconds);
        QCOMPARE(raw(model, int(row), FlowMetricsModel::MinimumColumn).toDouble(), time.minSeconds);
        QCOMPARE(raw(model, int(row), FlowMetricsModel::MaximumColumn).toDouble(), time.maxSeconds);
    }
}

void TestFlowMetricsView::modelPassesTester()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path, Workspace::OpenMode::ReadOnly));
    FlowMetricsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setMetrics(computeFlowMetrics(workspace, {}), computeFlowDailyTrends(workspace, {}));
    Filter onlyB;
    onlyB.flows = {QStringLiteral("flow-b")};
    model.setMetrics(computeFlowMetrics(workspace, onlyB),
                     computeFlowDailyTrends(workspace, onlyB));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), FlowMetricsModel::FirstOutcomeColumn + 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestFlowMetricsView::sparklinesShareDays()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path, Workspace::OpenMode::ReadOnly));
    FlowMetricsModel model;

    model.setMetrics(computeFlowMetrics(workspace, {}), computeFlowDailyTrends(workspace, {}));

    QCOMPARE(model.dayStarts(), (QList<qint64>{utcMs(2, 0), utcMs(3, 0), utcMs(4, 0)}));
    const QList<QVariantList> expected = {{3, 2, 1}, {1, 0, 1}, {0, 1, 0}};
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariantList counts = model.index(row, FlowMetricsModel::TrendColumn)
                                        .data(FlowMetricsModel::DailyCountsRole)
                                        .toList();
        QCOMPARE(counts.size(), 3);
        for (int day = 0; day < 3; ++day)
            QCOMPARE(counts.at(day).toLongLong(), expected.at(row).at(day).toLongLong());
    }
}

void TestFlowMetricsView::chartStacksOutcomes()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path, Workspace::OpenMode::ReadOnly));
    OutcomeChart chart;

    chart.setTrend(computeOutcomeTrend(workspace, {}, TimeBucket::Day), TimeBucket::Day,
                   QTimeZone::utc());

    QCOMPARE(chart.bucketStarts(), (QList<qint64>{utcMs(2, 0), utcMs(3, 0), utcMs(4, 0)}));
    QCOMPARE(chart.outcomes(), (QStringList{QString(), QStringLiteral(""), QStringLiteral("Error"),
                                            QStringLiteral("Success")}));
    QCOMPARE(chart.counts(), (QList<QList<qint64>>{{1, 0, 0}, {1, 0, 0}, {0, 0, 1}, {2, 2, 1}}));

    const auto series = chart.chart()->series();
    QCOMPARE(series.size(), 1);
    const auto *stacked = qobject_cast<QStackedBarSeries *>(series.constFirst());
    QVERIFY(stacked);
    QCOMPARE(stacked->barSets().constFirst()->label(), QStringLiteral("no outcome"));
    QCOMPARE(stacked->barSets().at(1)->label(), QStringLiteral("empty outcome"));
}

void TestFlowMetricsView::chartEqualsOutcomeTrend_data()
{
    QTest::addColumn<int>("bucket");
    QTest::addColumn<QByteArray>("zone");

    QTest::newRow("fifteen minutes in UTC") << int(TimeBucket::FifteenMinutes) << QByteArray("UTC");
    QTest::newRow("hours in New York") << int(TimeBucket::Hour) << QByteArray("America/New_York");
    QTest::newRow("days in Kathmandu") << int(TimeBucket::Day) << QByteArray("Asia/Kathmandu");
    QTest::newRow("weeks in UTC") << int(TimeBucket::Week) << QByteArray("UTC");
}

void TestFlowMetricsView::chartEqualsOutcomeTrend()
{
    QFETCH(int, bucket);
    QFETCH(QByteArray, zone);
    Workspace workspace;
    QVERIFY(workspace.open(m_samplePath, Workspace::OpenMode::ReadOnly));
    const QTimeZone timeZone(zone);
    const OutcomeTrend trend = computeOutcomeTrend(workspace, {}, TimeBucket(bucket), timeZone);
    QVERIFY2(trend.ok(), qPrintable(trend.error));
    OutcomeChart chart;

    chart.setTrend(trend, TimeBucket(bucket), timeZone);

    // Every row of the computation is one bar segment with its count, and
    // every other segment is zero.
    const auto *series = qobject_cast<QStackedBarSeries *>(chart.chart()->series().constFirst());
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), chart.outcomes().size());
    qint64 rowTotal = 0;
    for (const OutcomeBucketRow &row : trend.rows) {
        const qsizetype outcome = chart.outcomes().indexOf(row.flowOutcome);
        const qsizetype bucketIndex = chart.bucketStarts().indexOf(row.bucketStartMs);
        QVERIFY2(bucketIndex >= 0, qPrintable(QString::number(row.bucketStartMs)));
        QCOMPARE(chart.counts().at(outcome).at(bucketIndex), row.count);
        QCOMPARE(series->barSets().at(outcome)->at(bucketIndex), double(row.count));
        QCOMPARE(series->barSets().at(outcome)->label(),
                 FlowMetricsModel::outcomeLabel(row.flowOutcome));
        rowTotal += row.count;
    }
    double drawnTotal = 0;
    for (const QBarSet *set : series->barSets())
        drawnTotal += set->sum();
    QCOMPARE(drawnTotal, double(rowTotal));
    for (qsizetype i = 0; i < chart.bucketStarts().size(); ++i) {
        QCOMPARE(chart.bucketStarts().at(i),
                 bucketStart(chart.bucketStarts().at(i), TimeBucket(bucket), timeZone));
    }
}

void TestFlowMetricsView::pageUsesFlowEventFilterFields()
{
    QObject parent;
    const QList<Page *> pages = createPages(&parent);
    FlowMetricsPage *metrics = metricsPage(pages);
    QVERIFY(metrics);
    BrowserPage *events = nullptr;
    int eventsIndex = -1;
    int metricsIndex = -1;
    for (int i = 0; i < pages.size(); ++i) {
        if (pages.at(i)->id() == QStringLiteral("flow-events")) {
            events = qobject_cast<BrowserPage *>(pages.at(i));
            eventsIndex = i;
        }
        if (pages.at(i) == metrics)
            metricsIndex = i;
    }
    QVERIFY(events);

    QVERIFY(eventsIndex < metricsIndex);
    QCOMPARE(metrics->filterBar()->choiceColumns(), events->filterBar()->choiceColumns());
    QCOMPARE(pages.constFirst()->id(), QStringLiteral("contact-path"));
}

void TestFlowMetricsView::pageComputesOffThread()
{
    FlowMetricsPage ownedPage(flowEventFilterFields());
    FlowMetricsPage *page = &ownedPage;

    QVERIFY(computeOn(*page));

    QCOMPARE(page->model()->rowCount(), 3);
    QCOMPARE(page->outcomeChart()->bucketStarts().size(), 3);
    QCOMPARE(page->statusText(), QStringLiteral("Flows: 3"));

    QSignalSpy computed(page, &FlowMetricsPage::computed);
    page->setBucket(TimeBucket::Hour);
    QVERIFY(computed.wait(10000));
    // From 2026-03-02 08:00 to 2026-03-04 23:00, empty hours included.
    QCOMPARE(page->outcomeChart()->bucketStarts().size(), 64);
    QCOMPARE(page->outcomeChart()->bucketStarts().constFirst(), utcMs(2, 8));
    QCOMPARE(page->bucketCombo()->currentData().toInt(), int(TimeBucket::Hour));
}

void TestFlowMetricsView::pageAppliesOtherPagesFilter()
{
    FlowMetricsPage ownedPage(flowEventFilterFields());
    FlowMetricsPage *page = &ownedPage;
    QVERIFY(computeOn(*page));
    Filter filter;
    filter.flows = {QStringLiteral("flow-a")};
    filter.instances = {QStringLiteral("inst-1")};

    QSignalSpy computed(page, &FlowMetricsPage::computed);
    page->applyFilter(filter);
    QVERIFY(computed.wait(10000));

    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(raw(*page->model(), 0, FlowMetricsModel::StartedColumn).toLongLong(), 6);
    QCOMPARE(page->shownFilter().flows, QStringList{QStringLiteral("flow-a")});
    QCOMPARE(page->exportFilter().instances, QStringList{QStringLiteral("inst-1")});
    Workspace workspace;
    QVERIFY(workspace.open(m_path, Workspace::OpenMode::ReadOnly));
    const OutcomeTrend trend = computeOutcomeTrend(workspace, filter, TimeBucket::Day);
    qint64 trendTotal = 0;
    for (const OutcomeBucketRow &row : trend.rows)
        trendTotal += row.count;
    qint64 chartTotal = 0;
    for (const QList<qint64> &counts : page->outcomeChart()->counts()) {
        for (const qint64 count : counts)
            chartTotal += count;
    }
    QCOMPARE(chartTotal, trendTotal);
    QCOMPARE(chartTotal, 5);
}

void TestFlowMetricsView::pageAppliesSelectedContacts()
{
    FlowMetricsPage ownedPage(flowEventFilterFields());
    FlowMetricsPage *page = &ownedPage;
    QVERIFY(computeOn(*page));
    Filter selection;
    selection.contacts = {QStringLiteral("c1"), QStringLiteral("c3")};

    // Only the contacts change, which the filter bar has no control for.
    QSignalSpy computed(page, &FlowMetricsPage::computed);
    page->applyFilter(selection);
    QVERIFY(computed.wait(10000));

    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(raw(*page->model(), 0, FlowMetricsModel::StartedColumn).toLongLong(), 3);
    QCOMPARE(page->exportFilter().contacts, selection.contacts);
    QCOMPARE(page->shownFilter().contacts, selection.contacts);
}

void TestFlowMetricsView::pageCancelKeepsShownFigures()
{
    FlowMetricsPage ownedPage(flowEventFilterFields());
    FlowMetricsPage *page = &ownedPage;
    QVERIFY(computeOn(*page));
    Filter filter;
    filter.flows = {QStringLiteral("flow-b")};

    QSignalSpy computed(page, &FlowMetricsPage::computed);
    page->applyFilter(filter);
    QVERIFY(page->isComputing());
    page->cancel();

    QVERIFY(!page->isComputing());
    QTest::qWait(500);
    QCOMPARE(computed.count(), 0);
    QCOMPARE(page->model()->rowCount(), 3);
    QVERIFY(page->shownFilter().flows.isEmpty());
}

void TestFlowMetricsView::pageExportsMetrics()
{
    FlowMetricsPage ownedPage(flowEventFilterFields());
    FlowMetricsPage *page = &ownedPage;
    QVERIFY(computeOn(*page));

    QCOMPARE(page->exportViews(), QStringList{QStringLiteral("flow-metrics")});
    QCOMPARE(page->exportGraphics().size(), 1);
    QCOMPARE(page->exportGraphics().constFirst(),
             static_cast<const Renderable *>(page->outcomeChart()));
    QCOMPARE(page->exportGraphics().constFirst()->renderTitle(), QStringLiteral("Flow outcomes"));
}

void TestFlowMetricsView::writesScreenshots()
{
    FlowMetricsPage page(flowEventFilterFields());
    QWidget *widget = page.widget();
    widget->resize(1280, 800);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QSignalSpy computed(&page, &FlowMetricsPage::computed);

    page.setWorkspacePath(m_samplePath);
    QVERIFY(computed.wait(10000));
    QTest::qWait(300);
    QVERIFY(widget->grab().save(screenshotDir() + QStringLiteral("/flow-metrics.png")));

    page.setBucket(TimeBucket::Hour);
    QVERIFY(computed.wait(10000));
    QTest::qWait(300);
    QVERIFY(widget->grab().save(screenshotDir() + QStringLiteral("/flow-metrics-hourly.png")));
}

QTEST_MAIN(TestFlowMetricsView)
#include "tst_flowmetricsview.moc"
