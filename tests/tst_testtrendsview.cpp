// The test trends page: chart series, hover text and KPI tiles on hand-made
// workspaces, a click on a bar segment that lists its executions, and
// screenshots on the bundled sample.

#include "browsertableview.h"
#include "filterbar.h"
#include "importer.h"
#include "schema.h"
#include "tablemodel.h"
#include "testanalyticsmodels.h"
#include "testkpitiles.h"
#include "testtrendchart.h"
#include "testtrendspage.h"
#include "testtrendworker.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolTip>
#include <QtTest>

using namespace Flowscope;

namespace {

constexpr qint64 HourMs = 3600 * 1000;

qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

QString screenshotDir()
{
    const QString dir =
        QDir(QStringLiteral(FLOWSCOPE_BIN_DIR)).filePath(QStringLiteral("../screenshots"));
    QDir().mkpath(dir);
    return QDir::cleanPath(dir);
}

// One connect_test_case_execution_results row. `endSeconds` < 0 leaves the
// end NULL, a null `result` stores NULL, and the initial contact is
// "c-" + the execution id.
QVariantMap execution(const QString &testCase, const QString &id, qint64 startMs,
                      const QString &result, int endSeconds)
{
    const QString contact = QStringLiteral("c-") + id;
    QVariantMap row = {
        {QStringLiteral("instance_id"), QStringLiteral("instance-1")},
        {QStringLiteral("connect_test_case_resource_arn"),
         QString(QStringLiteral("arn:aws:connect:us-east-1:111122223333:test-case/") + testCase)},
        {QStringLiteral("connect_test_case_resource_name"), testCase},
        {QStringLiteral("connect_test_case_execution_start_timestamp"), startMs},
        {QStringLiteral("connect_test_case_execution_id"), id},
        {QStringLiteral("connect_test_case_result"),
         result.isNull() ? QVariant() : QVariant(result)},
        {QStringLiteral("connect_test_case_status"), QStringLiteral("Completed")},
        {QStringLiteral("connect_test_case_associated_initial_contact_id"), contact},
        {QStringLiteral("connect_test_case_associated_contact_ids"),
         QStringLiteral("[\"%1\"]").arg(contact)},
    };
    if (endSeconds >= 0)
        row.insert(QStringLiteral("connect_test_case_execution_end_timestamp"),
                   startMs + endSeconds * 1000LL);
    return row;
}

void insertExecution(Workspace &workspace, const QVariantMap &values)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < values.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(QLatin1String(TableNames::TestCaseExecutionResults),
                           values.keys().join(QStringLiteral(", ")),
                           placeholders.join(QStringLiteral(", "))));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("inserting an execution failed: %s", qPrintable(query.lastError().text()));
}

Filter window(qint64 fromMs, qint64 toMs)
{
    Filter filter;
    filter.fromMs = fromMs;
    filter.toMs = toMs;
    return filter;
}

QList<double> barValues(const TestTrendChart &chart, TrendSegment segment)
{
    QList<double> values;
    const QBarSet *set = chart.barSet(segment);
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}

bool waitForTable(WorkspaceTableModel *model, qint64 rows)
{
    return QTest::qWaitFor([model, rows] {
        return model->totalRowCount() == rows && model->loadedRowCount() == rows;
    });
}

// The execution ids the segment list shows, in its order.
QStringList listedExecutionIds(const ExecutionListModel *model)
{
    const int column = model->columnIndex(QStringLiteral("connect_test_case_execution_id"));
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, column).data().toString());
    return ids;
}

// Waits until a clicked segment's executions are on screen.
bool waitForSegment(TestTrendsPage *page, int rows)
{
    return QTest::qWaitFor([page, rows] { return page->segmentModel()->rowCount() == rows; });
}

// The viewport position of the middle of one bar segment, from the chart's
// own value-to-position mapping.
QPoint segmentPosition(const TestTrendChart &chart, int bucket, TrendSegment segment)
{
    const TrendPoint &point = chart.trend().points.at(bucket);
    double below = 0;
    for (int i = 0; i < int(segment); ++i)
        below += double(segmentCount(point.counts, TrendSegment(i)));
    const double middle = below + double(segmentCount(point.counts, segment)) / 2.0;
    const QPointF chartPosition =
        chart.chart()->mapToPosition(QPointF(bucket, middle), chart.barSeries());
    return chart.mapFromScene(chart.chart()->mapToScene(chartPosition));
}

} // namespace

class TestTestTrendsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void chartStacksEveryResult();
    void chartShowsEmptyBucketsAsZero();
    void chartFollowsDaylightSavingDays();
    void hoverTextListsExactFigures();
    void exportDrawsTheBars();

    void tilesCompareWithPreviousPeriod();
    void tilesWithoutPreviousPeriod();
    void changeTextRoundsAndSigns_data();
    void changeTextRoundsAndSigns();
    void kpisFromTrendMatchQuery();

    void pageDropsStaleTrends();
    void bucketChoiceIsRestored();
    void clickedSegmentListsItsExecutions();
    void noResultSegmentListsNullResults();
    void otherSegmentListsUndocumentedResults();
    void segmentListsDuplicateOnce_data();
    void segmentListsDuplicateOnce();
    void appliedFilterNarrowsTrend();
    void writesScreenshots();

private:
    // Test cases A and B over 2026-03-02 .. 03-04 (UTC). Day 1: A Failed,
    // Failed (a retry) and Passed, B Skipped and Aborted (no end), C "Error".
    // Day 2: no run. Day 3: A Passed, B without result and end. The week
    // before: A Passed twice and Failed once.
    void insertWeekFixture(bool withPreviousWeek);
    TestTrend readTrend(const Filter &filter, const TrendOptions &options = {});
    std::unique_ptr<TestTrendsPage> openPage(const Filter &filter);

    QTemporaryDir m_directory;
    QString m_path;
    Workspace m_workspace;
    QString m_samplePath;
};

void TestTestTrendsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FlowscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_testtrendsview"));
    QVERIFY(m_directory.isValid());
    QSettings().clear();

    m_samplePath = m_directory.filePath(QStringLiteral("sample.flowscope"));
    Workspace sample;
    QVERIFY(sample.open(m_samplePath, Workspace::OpenMode::CreateIfMissing));
    const QString sampleDir = QStringLiteral(FLOWSCOPE_SOURCE_DIR "/resources/sample");
    const ImportResult result = importFiles(
        sample, {sampleDir + QStringLiteral("/contact_flow_events.csv"),
                 sampleDir + QStringLiteral("/connect_test_case_execution_results.csv")});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
}

void TestTestTrendsView::init()
{
    m_path = m_directory.filePath(
        QStringLiteral("%1.flowscope").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QString error;
    QVERIFY2(m_workspace.open(m_path, Workspace::OpenMode::CreateIfMissing, &error),
             qPrintable(error));
}

void TestTestTrendsView::cleanup()
{
    m_workspace.close();
}

void TestTestTrendsView::insertWeekFixture(bool withPreviousWeek)
{
    const qint64 day1 = utcMs(2026, 3, 2);
    const qint64 day3 = utcMs(2026, 3, 4);
    const QString a = QStringLiteral("A");
    const QString b = QStringLiteral("B");
    insertExecution(m_workspace, execution(a, QStringLiteral("a-1"), day1 + 9 * HourMs,
                                           QStringLiteral("Failed"), 30));
    insertExecution(m_workspace, execution(a, QStringLiteral("a-2"), day1 + 9 * HourMs + 600000,
                                           QStringLiteral("Failed"), 60));
    insertExecution(m_workspace, execution(a, QStringLiteral("a-3"), day1 + 10 * HourMs,
                                           QStringLiteral("Passed"), 90));
    insertExecution(m_workspace, execution(b, QStringLiteral("b-1"), day1 + 11 * HourMs,
                                           QStringLiteral("Skipped"), 2));
    insertExecution(m_workspace, execution(b, QStringLiteral("b-2"), day1 + 12 * HourMs,
                                           QStringLiteral("Aborted"), -1));
    insertExecution(m_workspace, execution(QStringLiteral("C"), QStringLiteral("c-1"),
                                           day1 + 13 * HourMs, QStringLiteral("Error"), 10));
    insertExecution(m_workspace, execution(a, QStringLiteral("a-4"), day3 + 9 * HourMs,
                                           QStringLiteral("Passed"), 40));
    insertExecution(m_workspace,
                    execution(b, QStringLiteral("b-3"), day3 + 10 * HourMs, QString(), -1));

    if (!withPreviousWeek)
        return;
    const qint64 before = utcMs(2026, 2, 27);
    insertExecution(m_workspace, execution(a, QStringLiteral("p-1"), before + 9 * HourMs,
                                           QStringLiteral("Passed"), 20));
    insertExecution(m_workspace, execution(a, QStringLiteral("p-2"), before + 10 * HourMs,
                                           QStringLiteral("Passed"), 20));
    insertExecution(m_workspace, execution(a, QStringLiteral("p-3"), before + 11 * HourMs,
                                           QStringLiteral("Failed"), 50));
}

TestTrend TestTestTrendsView::readTrend(const Filter &filter, const TrendOptions &options)
{
    const TestTrend trend = queryTestTrend(m_workspace, filter, options);
    if (!trend.ok())
        qWarning("%s", qPrintable(trend.error));
    return trend;
}

std::unique_ptr<TestTrendsPage> TestTestTrendsView::openPage(const Filter &filter)
{
    auto page = std::make_unique<TestTrendsPage>();
    page->setDisplayTimeZone(QTimeZone::utc());
    page->setWorkspacePath(m_path);
    QSignalSpy shown(page.get(), &TestTrendsPage::trendShown);
    page->applyFilter(filter);
    if (!QTest::qWaitFor([&] { return !shown.isEmpty() && !page->isReading(); }))
        qWarning("the trend was not shown");
    return page;
}

void TestTestTrendsView::chartStacksEveryResult()
{
    insertWeekFixture(false);
    TestTrendChart chart;
    chart.setTrend(readTrend(window(utcMs(2026, 3, 2), utcMs(2026, 3, 5))));

    QCOMPARE(barValues(chart, TrendSegment::Passed), (QList<double>{1, 0, 1}));
    QCOMPARE(barValues(chart, TrendSegment::Failed), (QList<double>{2, 0, 0}));
    QCOMPARE(barValues(chart, TrendSegment::Skipped), (QList<double>{1, 0, 0}));
    QCOMPARE(barValues(chart, TrendSegment::Aborted), (QList<double>{1, 0, 0}));
    QCOMPARE(barValues(chart, TrendSegment::Other), (QList<double>{1, 0, 0}));
    QCOMPARE(barValues(chart, TrendSegment::NoResult), (QList<double>{0, 0, 1}));

    // Passed stacks at the bottom, and every set keeps its fixed colour.
    QCOMPARE(chart.barSeries()->barSets().constFirst(), chart.barSet(TrendSegment::Passed));
    QCOMPARE(chart.barSet(TrendSegment::Failed)->color(), QColor(0xD5, 0x5E, 0x00));
    QCOMPARE(chart.barSet(TrendSegment::NoResult)->label(), QStringLiteral("No result"));

    // 1 of 3 decided runs passed on day 1, 1 of 1 on day 3; day 2 has no rate.
    const QList<QPointF> passRates = chart.passRatePoints();
    QCOMPARE(passRates.size(), 2);
    QCOMPARE(passRates.at(0).x(), 0.0);
    QCOMPARE(passRates.at(0).y(), 100.0 / 3.0);
    QCOMPARE(passRates.at(1), QPointF(2, 100));
    // Day 1: (30 + 60 + 90 + 2 + 10) / 5 runs with an end; day 3: 40 s.
    QCOMPARE(chart.averageDurationPoints(), (QList<QPointF>{{0, 38.4}, {2, 40}}));

    QVERIFY(
        chart.chart()->title().contains(QStringLiteral("Pass rate = Passed / (Passed + Failed)")));
}

void TestTestTrendsView::chartShowsEmptyBucketsAsZero()
{
    insertWeekFixture(false);
    TestTrendChart chart;
    chart.setTrend(readTrend(window(utcMs(2026, 3, 2), utcMs(2026, 3, 5))));

    const auto axes = chart.chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto *categories = qobject_cast<QBarCategoryAxis *>(axes.constFirst());
    QVERIFY(categories);
    QCOMPARE(categories->categories(),
             (QStringList{QStringLiteral("2026-03-02"), QStringLiteral("2026-03-03"),
                          QStringLiteral("2026-03-04")}));
    for (int segment = 0; segment < TrendSegmentCount; ++segment)
        QCOMPARE(chart.barSet(TrendSegment(segment))->at(1), 0.0);
}

void TestTestTrendsView::chartFollowsDaylightSavingDays()
{
    // Berlin moves to summer time at 02:00 on 2026-03-29, so that day lasts
    // 23 hours: from 03-28 23:00 UTC to 03-29 22:00 UTC.
    insertExecution(m_workspace, execution(QStringLiteral("A"), QStringLiteral("d-1"),
                                           utcMs(2026, 3, 28, 11), QStringLiteral("Passed"), 10));
    insertExecution(m_workspace,
                    execution(QStringLiteral("A"), QStringLiteral("d-2"),
                              utcMs(2026, 3, 28, 23, 30), QStringLiteral("Failed"), 10));
    insertExecution(m_workspace,
                    execution(QStringLiteral("A"), QStringLiteral("d-3"),
                              utcMs(2026, 3, 29, 21, 30), QStringLiteral("Passed"), 10));
    insertExecution(m_workspace,
                    execution(QStringLiteral("A"), QStringLiteral("d-4"),
                              utcMs(2026, 3, 29, 22, 30), QStringLiteral("Passed"), 10));

    TrendOptions options;
    options.zone = QTimeZone("Europe/Berlin");
    TestTrendChart chart;
    chart.setTrend(readTrend(window(utcMs(2026, 3, 27, 23), utcMs(2026, 3, 30, 22)), options));

    QCOMPARE(barValues(chart, TrendSegment::Passed), (QList<double>{1, 1, 1}));
    QCOMPARE(barValues(chart, TrendSegment::Failed), (QList<double>{0, 1, 0}));
    QCOMPARE(chart.bucketLabel(1), QStringLiteral("2026-03-29"));
    QCOMPARE(chart.bucketRangeText(1),
             QStringLiteral("2026-03-29 00:00 – 2026-03-30 00:00 Europe/Berlin (23 hours)"));
    QCOMPARE(chart.bucketRangeText(2),
             QStringLiteral("2026-03-30 00:00 – 2026-03-31 00:00 Europe/Berlin"));
    QCOMPARE(chart.passRatePoints(), (QList<QPointF>{{0, 100}, {1, 50}, {2, 100}}));
}

void TestTestTrendsView::hoverTextListsExactFigures()
{
    insertWeekFixture(false);
    TestTrendChart chart;
    chart.setTrend(readTrend(window(utcMs(2026, 3, 2), utcMs(2026, 3, 5))));

    QCOMPARE(chart.hoverText(0),
             QStringLiteral("2026-03-02 00:00 – 2026-03-03 00:00 UTC\n"
                            "Executions: 6\n"
                            "Passed: 1\n"
                            "Failed: 2\n"
                            "Skipped: 1\n"
                            "Aborted: 1\n"
                            "Other result: 1\n"
                            "No result: 0\n"
                            "Pass rate: 33.3 % (1 of 3 passed or failed)\n"
                            "Average duration: 38.4 s (5 runs with an end time)"));
    QCOMPARE(chart.hoverText(1), QStringLiteral("2026-03-03 00:00 – 2026-03-04 00:00 UTC\n"
                                                "Executions: 0\n"
                                                "Passed: 0\n"
                                                "Failed: 0\n"
                                                "Skipped: 0\n"
                                                "Aborted: 0\n"
                                                "Other result: 0\n"
                                                "No result: 0\n"
                                                "Pass rate: – (no run passed or failed)\n"
                                                "Average duration: – (no run with an end time)"));
    QCOMPARE(chart.hoverText(3), QString());
}

void TestTestTrendsView::exportDrawsTheBars()
{
    insertWeekFixture(false);
    TestTrendChart chart;
    chart.setTrend(readTrend(window(utcMs(2026, 3, 2), utcMs(2026, 3, 5))));

    const QSize size = chart.naturalSize().toSize();
    QCOMPARE(size, QSize(1100, 560));
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        chart.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QVERIFY(image.save(screenshotDir() + QStringLiteral("/test-trend-export.png")));

    // Count the pixels of each bar colour: day 1 has a bar of every colour
    // but "no result", day 3 a passed and a "no result" bar.
    auto pixelsOf = [&image](const QColor &color) {
        int pixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                pixels += image.pixelColor(x, y).rgb() == color.rgb() ? 1 : 0;
        }
        return pixels;
    };
    for (int segment = 0; segment < TrendSegmentCount; ++segment) {
        const QColor color = segmentColor(TrendSegment(segment));
        QVERIFY2(pixelsOf(color) > 500, qPrintable(segmentName(TrendSegment(segment))));
    }
}

void TestTestTrendsView::tilesCompareWithPreviousPeriod()
{
    insertWeekFixture(true);
    const Filter filter = window(utcMs(2026, 3, 2), utcMs(2026, 3, 5));
    const TestKpis kpis = queryTestKpis(m_workspace, filter);
    QVERIFY2(kpis.ok(), qPrintable(kpis.error));
    TestKpiTiles tiles;
    tiles.setKpis(kpis);

    QCOMPARE(tiles.titleText(TestKpiTiles::ExecutionsTile), QStringLiteral("Executions"));
    QCOMPARE(tiles.valueText(TestKpiTiles::ExecutionsTile), QStringLiteral("8"));
    QCOMPARE(tiles.changeText(TestKpiTiles::ExecutionsTile), QStringLiteral("▲ +5"));
    // 2 of 4 now, 2 of 3 before: 50.0 − 66.7.
    QCOMPARE(tiles.valueText(TestKpiTiles::PassRateTile), QStringLiteral("50.0 %"));
    QCOMPARE(tiles.changeText(TestKpiTiles::PassRateTile), QStringLiteral("▼ −16.7 pp"));
    QCOMPARE(tiles.valueText(TestKpiTiles::FailureRateTile), QStringLiteral("50.0 %"));
    QCOMPARE(tiles.changeText(TestKpiTiles::FailureRateTile), QStringLiteral("▲ +16.7 pp"));
    // (30 + 60 + 90 + 2 + 10 + 40) / 6 = 38.67 s now, (20 + 20 + 50) / 3 = 30 s before.
    QCOMPARE(tiles.valueText(TestKpiTiles::AverageDurationTile), QStringLiteral("38.7 s"));
    QCOMPARE(tiles.changeText(TestKpiTiles::AverageDurationTile), QStringLiteral("▲ +8.7 s"));
}

void TestTestTrendsView::tilesWithoutPreviousPeriod()
{
    insertWeekFixture(false);
    TestKpiTiles tiles;
    tiles.setKpis(queryTestKpis(m_workspace, window(utcMs(2026, 3, 2), utcMs(2026, 3, 5))));

    QCOMPARE(tiles.valueText(TestKpiTiles::ExecutionsTile), QStringLiteral("8"));
    for (int tile = 0; tile < TestKpiTiles::TileCount; ++tile) {
        QCOMPARE(tiles.changeText(TestKpiTiles::Tile(tile)), QStringLiteral("no previous data"));
    }

    tiles.setKpis(TestKpis());
    QCOMPARE(tiles.valueText(TestKpiTiles::PassRateTile), QStringLiteral("–"));
    QCOMPARE(tiles.changeText(TestKpiTiles::PassRateTile), QStringLiteral("no executions"));
}

void TestTestTrendsView::changeTextRoundsAndSigns_data()
{
    QTest::addColumn<int>("tile");
    QTest::addColumn<qint64>("passedNow");
    QTest::addColumn<qint64>("failedNow");
    QTest::addColumn<qint64>("passedBefore");
    QTest::addColumn<qint64>("failedBefore");
    QTest::addColumn<QString>("change");

    QTest::newRow("fewer executions show a minus sign")
        << int(TestKpiTiles::ExecutionsTile) << 1LL << 1LL << 3LL << 1LL << QStringLiteral("▼ −2");
    QTest::newRow("equal executions show no change")
        << int(TestKpiTiles::ExecutionsTile) << 2LL << 0LL << 1LL << 1LL << QStringLiteral("= 0");
    QTest::newRow("an equal pass rate shows no change")
        << int(TestKpiTiles::PassRateTile) << 1LL << 1LL << 2LL << 2LL
        << QStringLiteral("= 0.0 pp");
    QTest::newRow("a pass rate without decided runs before has no previous data")
        << int(TestKpiTiles::PassRateTile) << 1LL << 0LL << 0LL << 0LL
        << QStringLiteral("no previous data");
    QTest::newRow("a pass rate without decided runs now shows the previous rate")
        << int(TestKpiTiles::PassRateTile) << 0LL << 0LL << 1LL << 3LL
        << QStringLiteral("previous: 25.0 %");
}

void TestTestTrendsView::changeTextRoundsAndSigns()
{
    QFETCH(int, tile);
    QFETCH(qint64, passedNow);
    QFETCH(qint64, failedNow);
    QFETCH(qint64, passedBefore);
    QFETCH(qint64, failedBefore);
    QFETCH(QString, change);

    KpiValues now;
    now.counts.passed = passedNow;
    now.counts.failed = failedNow;
    now.counts.skipped = 1; // so that "now" always has executions
    KpiValues before;
    before.counts.passed = passedBefore;
    before.counts.failed = failedBefore;
    before.counts.skipped = 1;
    QCOMPARE(TestKpiTiles::formatChange(TestKpiTiles::Tile(tile), now, before), change);
}

void TestTestTrendsView::kpisFromTrendMatchQuery()
{
    insertWeekFixture(true);
    Filter noMatch;
    noMatch.testCase = {QStringLiteral("no such test case"), TextMatch::Exact};
    const QList<Filter> filters = {window(utcMs(2026, 3, 2), utcMs(2026, 3, 5)), Filter(),
                                   window(utcMs(2026, 3, 4), utcMs(2026, 3, 11)),
                                   window(utcMs(2027, 1, 1), utcMs(2027, 1, 8)), noMatch};
    for (const Filter &filter : filters) {
        const TestTrend trend = readTrend(filter);
        const TestKpis expected = queryTestKpis(m_workspace, filter);
        const TestKpis kpis = queryTestKpisWithTrend(m_workspace, filter, trend);
        QVERIFY2(kpis.ok(), qPrintable(kpis.error));
        QCOMPARE(kpis.hasPeriod, expected.hasPeriod);
        QCOMPARE(kpis.current.fromMs, expected.current.fromMs);
        QCOMPARE(kpis.current.toMs, expected.current.toMs);
        QCOMPARE(kpis.current.counts, expected.current.counts);
        QCOMPARE(kpis.current.averageDurationSeconds, expected.current.averageDurationSeconds);
        QCOMPARE(kpis.previous.fromMs, expected.previous.fromMs);
        QCOMPARE(kpis.previous.counts, expected.previous.counts);
        QCOMPARE(kpis.previous.averageDurationSeconds, expected.previous.averageDurationSeconds);
    }
}

void TestTestTrendsView::pageDropsStaleTrends()
{
    insertWeekFixture(false);
    auto page = openPage(window(utcMs(2026, 3, 2), utcMs(2026, 3, 5)));
    QCOMPARE(page->chart()->trend().points.size(), 3);

    // Three requests in a row: only the result of the last one is shown.
    QSignalSpy shown(page.get(), &TestTrendsPage::trendShown);
    page->setBucket(TrendBucket::Week);
    page->setBucket(TrendBucket::Month);
    page->setDisplayTimeZone(QTimeZone("America/New_York"));
    QVERIFY(QTest::qWaitFor([&] { return !page->isReading(); }));
    QTest::qWait(100);

    QCOMPARE(shown.size(), 1);
    QCOMPARE(page->chart()->trend().options.bucket, TrendBucket::Month);
    QCOMPARE(page->chart()->trend().options.zone, QTimeZone("America/New_York"));
    QCOMPARE(page->bucketSelector()->currentText(), QStringLiteral("Month"));
    QCOMPARE(page->chart()->bucketLabel(0), QStringLiteral("2026-03"));
    QCOMPARE(page->kpiTiles()->valueText(TestKpiTiles::ExecutionsTile), QStringLiteral("8"));
}

void TestTestTrendsView::bucketChoiceIsRestored()
{
    {
        TestTrendsPage page;
        page.setBucket(TrendBucket::Week);
        page.saveState();
    }
    TestTrendsPage restored;
    QCOMPARE(restored.bucket(), TrendBucket::Week);
    QCOMPARE(restored.bucketSelector()->currentText(), QStringLiteral("Week (from Monday)"));

    QSettings().clear();
    TestTrendsPage fresh;
    QCOMPARE(fresh.bucket(), TrendBucket::Day);
}

void TestTestTrendsView::clickedSegmentListsItsExecutions()
{
    insertWeekFixture(true);
    auto page = openPage(window(utcMs(2026, 3, 2), utcMs(2026, 3, 5)));
    QWidget *widget = page->widget();
    widget->resize(1200, 900);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QAbstractItemModelTester tester(page->executionsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester segmentTester(page->segmentModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);

    TestTrendChart *chart = page->chart();
    QCOMPARE(barValues(*chart, TrendSegment::Failed), (QList<double>{2, 0, 0}));
    QSignalSpy clicked(chart, &TestTrendChart::segmentClicked);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {},
                      segmentPosition(*chart, 0, TrendSegment::Failed));

    // Hovering shows the bucket's exact figures.
    const QPoint failedBar = segmentPosition(*chart, 0, TrendSegment::Failed);
    QHelpEvent hover(QEvent::ToolTip, failedBar, chart->viewport()->mapToGlobal(failedBar));
    QApplication::sendEvent(chart->viewport(), &hover);
    QTRY_COMPARE(QToolTip::text(), chart->hoverText(0));
    QVERIFY(QToolTip::text().contains(QStringLiteral("\nFailed: 2\n")));

    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).toInt(), 0);
    QCOMPARE(clicked.at(0).at(1).value<TrendSegment>(), TrendSegment::Failed);
    ExecutionListModel *model = page->segmentModel();
    QVERIFY(waitForSegment(page.get(), 2));
    QVERIFY(page->isSegmentShown());
    QVERIFY(page->segmentView()->isVisible());
    QVERIFY(!page->executionsView()->isVisible());
    QCOMPARE(listedExecutionIds(model),
             (QStringList{QStringLiteral("a-1"), QStringLiteral("a-2")}));
    QCOMPARE(page->executionsCaption(),
             QStringLiteral("Failed executions in 2026-03-02 00:00 – 2026-03-03 00:00 UTC: 2"));

    // The passed segment of day 3 contains one run.
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {},
                      segmentPosition(*chart, 2, TrendSegment::Passed));
    QVERIFY(waitForSegment(page.get(), 1));
    QCOMPARE(listedExecutionIds(model), QStringList{QStringLiteral("a-4")});

    // Double-clicking the run's initial contact follows it to that contact.
    QSignalSpy contacts(page.get(), &Page::contactRequested);
    BrowserTableView *view = page->segmentView();
    const QModelIndex contact = model->index(
        0, model->columnIndex(QStringLiteral("connect_test_case_associated_initial_contact_id")));
    view->scrollTo(contact);
    const QPoint centre = view->visualRect(contact).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.at(0).at(0).toString(), QStringLiteral("c-a-4"));

    page->showAllExecutions();
    QVERIFY(waitForTable(page->executionsModel(), 8));
    QVERIFY(page->executionsView()->isVisible());
    QCOMPARE(model->rowCount(), 0);
}

void TestTestTrendsView::noResultSegmentListsNullResults()
{
    insertWeekFixture(false);
    auto page = openPage(window(utcMs(2026, 3, 2), utcMs(2026, 3, 5)));

    const Filter filter = page->segmentFilter(2, TrendSegment::NoResult);
    QCOMPARE(filter.testResults.size(), 1);
    QVERIFY(filter.testResults.constFirst().isNull());
    QCOMPARE(filter.fromMs, std::optional<qint64>(utcMs(2026, 3, 4)));
    QCOMPARE(filter.toMs, std::optional<qint64>(utcMs(2026, 3, 5)));

    page->showSegment(2, TrendSegment::NoResult);
    QVERIFY(waitForSegment(page.get(), 1));
    QCOMPARE(listedExecutionIds(page->segmentModel()), QStringList{QStringLiteral("b-3")});
}

void TestTestTrendsView::otherSegmentListsUndocumentedResults()
{
    insertWeekFixture(false);
    auto page = openPage(window(utcMs(2026, 3, 2), utcMs(2026, 3, 5)));
    // The distinct result values arrive from the table model's worker.
    QVERIFY(QTest::qWaitFor(
        [&] { return page->segmentFilter(0, TrendSegment::Other).testResults.size() == 1; }));
    QCOMPARE(page->segmentFilter(0, TrendSegment::Other).testResults,
             QStringList{QStringLiteral("Error")});

    page->showSegment(0, TrendSegment::Other);
    QVERIFY(waitForSegment(page.get(), 1));
    QCOMPARE(listedExecutionIds(page->segmentModel()), QStringList{QStringLiteral("c-1")});
}

void TestTestTrendsView::segmentListsDuplicateOnce_data()
{
    QTest::addColumn<TrendSegment>("segment");
    QTest::addColumn<QStringList>("executionIds");
    QTest::addColumn<QStringList>("starts");

    QTest::newRow("failed segment lists dup-2 once, as its newer copy")
        << TrendSegment::Failed << QStringList{"dup-2", "single"}
        << QStringList{"2026-03-02 10:01:00.000", "2026-03-02 11:00:00.000"};
    QTest::newRow("passed segment lists dup-1 once, as its newer copy")
        << TrendSegment::Passed << QStringList{"dup-1"} << QStringList{"2026-03-02 09:01:00.000"};
}

void TestTestTrendsView::segmentListsDuplicateOnce()
{
    QFETCH(TrendSegment, segment);
    QFETCH(QStringList, executionIds);
    QFETCH(QStringList, starts);

    // The data lake delivered dup-1 as Failed and later as Passed under a
    // new start, and dup-2 twice as Failed. The copy processed last counts.
    auto copy = [](const QString &id, qint64 startMs, const QString &result, qint64 processedMs) {
        QVariantMap row = execution(QStringLiteral("A"), id, startMs, result, 30);
        row.insert(QStringLiteral("data_lake_last_processed_timestamp"), processedMs);
        return row;
    };
    insertExecution(m_workspace, copy(QStringLiteral("dup-1"), utcMs(2026, 3, 2, 9),
                                      QStringLiteral("Failed"), utcMs(2026, 3, 2, 12)));
    insertExecution(m_workspace, copy(QStringLiteral("dup-1"), utcMs(2026, 3, 2, 9, 1),
                                      QStringLiteral("Passed"), utcMs(2026, 3, 2, 13)));
    insertExecution(m_workspace, copy(QStringLiteral("dup-2"), utcMs(2026, 3, 2, 10),
                                      QStringLiteral("Failed"), utcMs(2026, 3, 2, 12)));
    insertExecution(m_workspace, copy(QStringLiteral("dup-2"), utcMs(2026, 3, 2, 10, 1),
                                      QStringLiteral("Failed"), utcMs(2026, 3, 2, 13)));
    insertExecution(m_workspace, copy(QStringLiteral("single"), utcMs(2026, 3, 2, 11),
                                      QStringLiteral("Failed"), utcMs(2026, 3, 2, 12)));
    auto page = openPage(window(utcMs(2026, 3, 2), utcMs(2026, 3, 3)));
    QCOMPARE(barValues(*page->chart(), TrendSegment::Failed), QList<double>{2});
    QCOMPARE(barValues(*page->chart(), TrendSegment::Passed), QList<double>{1});
    QVERIFY(waitForTable(page->executionsModel(), 5));

    QSignalSpy listed(page.get(), &TestTrendsPage::segmentListed);
    page->showSegment(0, segment);
    QVERIFY(listed.wait());

    const ExecutionListModel *model = page->segmentModel();
    QCOMPARE(listedExecutionIds(model), executionIds);
    const int startColumn =
        model->columnIndex(QStringLiteral("connect_test_case_execution_start_timestamp"));
    QStringList listedStarts;
    for (int row = 0; row < model->rowCount(); ++row)
        listedStarts.append(model->index(row, startColumn).data().toString());
    QCOMPARE(listedStarts, starts);
    QCOMPARE(qint64(model->rowCount()),
             segmentCount(page->chart()->trend().points.at(0).counts, segment));
    QCOMPARE(page->executionsCaption(),
             QStringLiteral("%1 executions in 2026-03-02 00:00 – 2026-03-03 00:00 UTC: %2")
                 .arg(segmentName(segment))
                 .arg(executionIds.size()));
}

void TestTestTrendsView::appliedFilterNarrowsTrend()
{
    insertWeekFixture(false);
    Filter filter = window(utcMs(2026, 3, 2), utcMs(2026, 3, 5));
    filter.testResults = {QStringLiteral("Passed"), QStringLiteral("Failed")};
    filter.flows = {QStringLiteral("flow-1")}; // a flow event field, which the page ignores
    auto page = openPage(filter);

    QCOMPARE(page->exportFilter().testResults, filter.testResults);
    QCOMPARE(page->exportViews(), QStringList{QStringLiteral("test-trend")});
    QCOMPARE(page->exportGraphics().size(), 1);
    QCOMPARE(barValues(*page->chart(), TrendSegment::Passed), (QList<double>{1, 0, 1}));
    QCOMPARE(barValues(*page->chart(), TrendSegment::Skipped), (QList<double>{0, 0, 0}));
    QCOMPARE(page->kpiTiles()->valueText(TestKpiTiles::ExecutionsTile), QStringLiteral("4"));
    QCOMPARE(page->segmentFilter(0, TrendSegment::Skipped).testResults, QStringList());
    QCOMPARE(page->statusText(),
             QStringLiteral("Test executions: 4 in 3 buckets  ·  Filter: ") +
                 page->exportFilter().describe(QLatin1String(TableNames::TestCaseExecutionResults),
                                               QTimeZone::utc()));
}

void TestTestTrendsView::writesScreenshots()
{
    TestTrendsPage page;
    page.setDisplayTimeZone(QTimeZone("America/New_York"));
    QSignalSpy shown(&page, &TestTrendsPage::trendShown);
    page.setWorkspacePath(m_samplePath);
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty() && !page.isReading(); }));

    QWidget *widget = page.widget();
    widget->resize(1280, 800);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QVERIFY(QTest::qWaitFor([&] { return page.executionsModel()->loadedRowCount() > 0; }));
    QVERIFY(page.chart()->trend().points.size() > 1);
    QTest::qWait(200);
    QVERIFY(widget->grab().save(screenshotDir() + QStringLiteral("/test-trends.png")));

    // A bar of the first bucket with executions, clicked as a user would.
    int bucket = 0;
    while (page.chart()->trend().points.at(bucket).counts.passed == 0)
        ++bucket;
    QTest::mouseClick(page.chart()->viewport(), Qt::LeftButton, {},
                      segmentPosition(*page.chart(), bucket, TrendSegment::Passed));
    const qint64 passed = page.chart()->trend().points.at(bucket).counts.passed;
    QVERIFY(waitForSegment(&page, int(passed)));
    QTest::qWait(200);
    QVERIFY(widget->grab().save(screenshotDir() + QStringLiteral("/test-trends-segment.png")));

    page.setBucket(TrendBucket::Week);
    QVERIFY(QTest::qWaitFor([&] {
        return !page.isReading() && page.chart()->trend().options.bucket == TrendBucket::Week;
    }));
    QTest::qWait(200);
    QVERIFY(widget->grab().save(screenshotDir() + QStringLiteral("/test-trends-week.png")));
}

QTEST_MAIN(TestTestTrendsView)
#include "tst_testtrendsview.moc"
