#include "browserfixture.h"
#include "filterbar.h"
#include "importer.h"
#include "settings.h"
#include "testhistorygrid.h"
#include "testhistorypage.h"
#include "testrundetails.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Flowscope;

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000LL;
const QString Executions = QStringLiteral("connect_test_case_execution_results");
const QString Links = QStringLiteral("test_execution_contacts");

QString screenshotDir()
{
    const QString dir =
        QDir(QStringLiteral(FLOWSCOPE_BIN_DIR)).filePath(QStringLiteral("../screenshots"));
    QDir().mkpath(dir);
    return QDir::cleanPath(dir);
}

QString arnOf(const QString &testCase)
{
    return QStringLiteral("arn:aws:connect:test-case/") + testCase;
}

// One execution row; `result` may be a null QString for NULL.
QVariantMap execution(const QString &testCase, const QString &executionId, qint64 startMs,
                      const QString &result, const QVariant &reasons = {},
                      const QVariant &flow = QStringLiteral("flow-main"))
{
    return {
        {QStringLiteral("instance_id"), QStringLiteral("instance-1")},
        {QStringLiteral("connect_test_case_resource_arn"), arnOf(testCase)},
        {QStringLiteral("connect_test_case_resource_name"), testCase},
        {QStringLiteral("connect_test_case_execution_start_timestamp"), startMs},
        {QStringLiteral("connect_test_case_execution_end_timestamp"), startMs + 45000},
        {QStringLiteral("connect_test_case_status"), QStringLiteral("Completed")},
        {QStringLiteral("connect_test_case_result"), result.isNull() ? QVariant() : result},
        {QStringLiteral("connect_test_case_execution_id"), executionId},
        {QStringLiteral("connect_test_case_failure_reasons"), reasons},
        {QStringLiteral("connect_test_case_type"), QStringLiteral("ExperienceTest")},
        {QStringLiteral("connect_test_case_execution_method"), QStringLiteral("API")},
        {QStringLiteral("connect_test_case_execution_channel"), QStringLiteral("Voice")},
        {QStringLiteral("connect_test_case_initiating_flow_id"), flow},
        {QStringLiteral("data_lake_last_processed_timestamp"), startMs + 60000},
    };
}

QVariantMap contactLink(const QVariantMap &row, const QString &contactId, bool initial)
{
    return {
        {QStringLiteral("connect_test_case_resource_arn"),
         row.value(QStringLiteral("connect_test_case_resource_arn"))},
        {QStringLiteral("connect_test_case_execution_start_timestamp"),
         row.value(QStringLiteral("connect_test_case_execution_start_timestamp"))},
        {QStringLiteral("connect_test_case_execution_id"),
         row.value(QStringLiteral("connect_test_case_execution_id"))},
        {QStringLiteral("contact_id"), contactId},
        {QStringLiteral("is_initial_contact"), initial ? 1 : 0},
    };
}

QVariantMap flowEvent(const QString &eventId, const QString &contactId, qint64 startMs)
{
    return {
        {QStringLiteral("instance_id"), QStringLiteral("instance-1")},
        {QStringLiteral("event_id"), eventId},
        {QStringLiteral("contact_id"), contactId},
        {QStringLiteral("flow_resource_id"), QStringLiteral("flow-b")},
        {QStringLiteral("start_timestamp"), startMs},
        {QStringLiteral("end_timestamp"), startMs + 1000},
    };
}

// Writes the history fixture:
// - Alpha: Passed, Failed, Passed, Failed, Passed (4 switches; fixed);
// - Bravo: Passed, Passed, Passed, Failed (new failure); its last run lists
//   contact c-b4 (initial, two flow events) and c-missing (no flow events);
// - Charlie: Failed, Skipped, Aborted, no result;
// - Delta: d-1 delivered twice under two start times (the copy processed
//   last, Failed, wins), then d-2 Passed (fixed).
QString createHistoryFixture(const QString &path)
{
    const qint64 base = Test::FixtureBaseMs;
    QList<QVariantMap> rows;
    const QStringList alpha = {QStringLiteral("Passed"), QStringLiteral("Failed"),
                               QStringLiteral("Passed"), QStringLiteral("Failed"),
                               QStringLiteral("Passed")};
    for (int day = 0; day < alpha.size(); ++day) {
        rows.append(execution(QStringLiteral("Alpha"), QStringLiteral("a-%1").arg(day + 1),
                              base + day * DayMs, alpha.at(day)));
    }
    const QStringList bravo = {QStringLiteral("Passed"), QStringLiteral("Passed"),
                               QStringLiteral("Passed"), QStringLiteral("Failed")};
    for (int day = 0; day < bravo.size(); ++day) {
        rows.append(execution(QStringLiteral("Bravo"), QStringLiteral("b-%1").arg(day + 1),
                              base + day * DayMs + 3600000, bravo.at(day),
                              day == 3 ? QVariant(QStringLiteral("[\"Prompt mismatch\"]"))
                                       : QVariant(QStringLiteral("[]")),
                              day == 3 ? QStringLiteral("flow-b") : QStringLiteral("flow-main")));
    }
    const QStringList charlie = {QStringLiteral("Failed"), QStringLiteral("Skipped"),
                                 QStringLiteral("Aborted"), QString()};
    for (int day = 0; day < charlie.size(); ++day) {
        rows.append(execution(QStringLiteral("Charlie"), QStringLiteral("c-%1").arg(day + 1),
                              base + day * DayMs + 7200000, charlie.at(day)));
    }
    QVariantMap outdated = execution(QStringLiteral("Delta"), QStringLiteral("d-1"),
                                     base + 10800000, QStringLiteral("Passed"));
    outdated.insert(QStringLiteral("data_lake_last_processed_timestamp"), base);
    rows.append(outdated);
    rows.append(execution(QStringLiteral("Delta"), QStringLiteral("d-1"), base + 10801000,
                          QStringLiteral("Failed")));
    rows.append(execution(QStringLiteral("Delta"), QStringLiteral("d-2"), base + DayMs + 10800000,
                          QStringLiteral("Passed")));

    for (const QVariantMap &row : std::as_const(rows)) {
        const QString error = Test::insertRow(path, Executions, row);
        if (!error.isEmpty())
            return error;
    }

    const QVariantMap &lastBravo = rows.at(alpha.size() + 3);
    const QList<std::pair<QString, QVariantMap>> extra = {
        {Links, contactLink(lastBravo, QStringLiteral("c-b4"), true)},
        {Links, contactLink(lastBravo, QStringLiteral("c-missing"), false)},
        {QStringLiteral("contact_flow_events"),
         flowEvent(QStringLiteral("ev-b4-1"), QStringLiteral("c-b4"), base + 3 * DayMs)},
        {QStringLiteral("contact_flow_events"),
         flowEvent(QStringLiteral("ev-b4-2"), QStringLiteral("c-b4"), base + 3 * DayMs + 5000)},
    };
    for (const auto &[table, row] : extra) {
        const QString error = Test::insertRow(path, table, row);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

// The run cells of one grid row as letters: P, F, S, A, N (no result), O
// (other) and - (no run).
QString runLetters(const TestHistoryModel *model, int row)
{
    QString letters;
    for (int column = TestHistoryModel::FirstRunColumn; column < model->columnCount(); ++column) {
        const QVariant result = model->index(row, column).data(RunResultRole);
        if (!result.isValid())
            letters += QLatin1Char('-');
        else if (result.toString().isNull())
            letters += QLatin1Char('N');
        else if (result.toString() == QLatin1String("Passed"))
            letters += QLatin1Char('P');
        else if (result.toString() == QLatin1String("Failed"))
            letters += QLatin1Char('F');
        else if (result.toString() == QLatin1String("Skipped"))
            letters += QLatin1Char('S');
        else if (result.toString() == QLatin1String("Aborted"))
            letters += QLatin1Char('A');
        else
            letters += QLatin1Char('O');
    }
    return letters;
}

int rowOf(const TestHistoryModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, TestHistoryModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

QStringList rowNames(const TestHistoryModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, TestHistoryModel::NameColumn).data().toString());
    return names;
}

bool waitForGrid(TestHistoryPage *page, int rows)
{
    return QTest::qWaitFor([page, rows] {
        return !page->isBusy() && page->model()->rowCount() == rows;
    });
}

void clickHeader(QTableView *view, int section)
{
    QHeaderView *header = view->horizontalHeader();
    const QPoint position(header->sectionViewportPosition(section) + 4, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, position);
}

} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void gridShowsRunCells_data();
    void gridShowsRunCells();
    void duplicateExecutionCountsOnce();
    void marksFollowFlakyRule_data();
    void marksFollowFlakyRule();
    void flakyRuleIsRemembered();
    void sortsByHeaderClicks_data();
    void sortsByHeaderClicks();
    void cellClickShowsRunContacts();
    void contactActivationRequestsPath();
    void flowMapButtonRequestsInitiatingFlow();
    void filterNarrowsGrid();
    void foreignFilterLeavesGridUnchanged();
    void gridPictureDrawsEveryRow();
    void writesScreenshot();

private:
    void openPage(TestHistoryPage &page);

    QTemporaryDir m_dir;
    QString m_fixturePath;
};

void TestHistoryView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FlowscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_testhistoryview"));
    QVERIFY(m_dir.isValid());

    m_fixturePath = m_dir.filePath(QStringLiteral("history.flowscope"));
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(m_fixturePath, Workspace::OpenMode::CreateIfMissing, &error),
             qPrintable(error));
    workspace.close();
    error = createHistoryFixture(m_fixturePath);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestHistoryView::init()
{
    QSettings().clear();
}

void TestHistoryView::openPage(TestHistoryPage &page)
{
    page.runColumnsBox()->setValue(5);
    page.setWorkspacePath(m_fixturePath);
    QVERIFY(waitForGrid(&page, 4));
}

void TestHistoryView::gridShowsRunCells_data()
{
    QTest::addColumn<QString>("testCase");
    QTest::addColumn<QString>("cells");
    QTest::addColumn<QString>("passRate");
    QTest::addColumn<QString>("lastResult");

    QTest::newRow("alternating runs fill all five cells")
        << "Alpha" << "PFPFP" << "60.0 %" << "Passed";
    QTest::newRow("four runs leave the oldest cell empty")
        << "Bravo" << "-PPPF" << "75.0 %" << "Failed";
    QTest::newRow("a run without result shows as no result")
        << "Charlie" << "-FSAN" << "0.0 %" << "no result";
    QTest::newRow("a duplicated execution fills one cell")
        << "Delta" << "---FP" << "50.0 %" << "Passed";
}

void TestHistoryView::gridShowsRunCells()
{
    QFETCH(QString, testCase);
    QFETCH(QString, cells);
    QFETCH(QString, passRate);
    QFETCH(QString, lastResult);

    TestHistoryPage page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    openPage(page);

    const int row = rowOf(page.model(), testCase);
    QVERIFY(row >= 0);
    QCOMPARE(runLetters(page.model(), row), cells);
    QCOMPARE(page.model()->index(row, TestHistoryModel::PassRateColumn).data().toString(),
             passRate);
    QCOMPARE(page.model()->index(row, TestHistoryModel::LastResultColumn).data().toString(),
             lastResult);
}

void TestHistoryView::duplicateExecutionCountsOnce()
{
    TestHistoryPage page;
    openPage(page);

    const int row = rowOf(page.model(), QStringLiteral("Delta"));
    QVERIFY(row >= 0);
    QCOMPARE(page.model()->index(row, TestHistoryModel::ExecutionsColumn).data().toString(),
             QStringLiteral("2"));
    const TestCaseHistory &delta = page.model()->testCase(row);
    QCOMPARE(delta.runs.size(), 2);
    QCOMPARE(delta.runs.at(0).executionId, QStringLiteral("d-1"));
    QCOMPARE(delta.runs.at(0).startMs, Test::FixtureBaseMs + 10801000);
    QCOMPARE(delta.runs.at(0).result, QStringLiteral("Failed"));
    QVERIFY(page.statusText().startsWith(
        QStringLiteral("Test cases: 4  ·  executions: 15  ·  flaky: 1")));
}

void TestHistoryView::marksFollowFlakyRule_data()
{
    QTest::addColumn<int>("minSwitches");
    QTest::addColumn<int>("windowRuns");
    QTest::addColumn<QStringList>("flaky");

    QTest::newRow("defaults mark four switches in ten runs") << 3 << 10 << QStringList{"Alpha"};
    QTest::newRow("a window of three runs sees two switches") << 3 << 3 << QStringList{};
    QTest::newRow("two switches in three runs are enough at k 2")
        << 2 << 3 << QStringList{"Alpha"};
    QTest::newRow("one switch marks every test case that changed")
        << 1 << 10 << QStringList{"Alpha", "Bravo", "Delta"};
    QTest::newRow("five switches are more than any test case has") << 5 << 10 << QStringList{};
}

void TestHistoryView::marksFollowFlakyRule()
{
    QFETCH(int, minSwitches);
    QFETCH(int, windowRuns);
    QFETCH(QStringList, flaky);

    TestHistoryPage page;
    openPage(page);
    page.minSwitchesBox()->setValue(minSwitches);
    page.windowRunsBox()->setValue(windowRuns);

    QStringList marked;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const QString mark =
            page.model()->index(row, TestHistoryModel::FlakyColumn).data().toString();
        if (mark == QLatin1String("flaky"))
            marked.append(page.model()->index(row, TestHistoryModel::NameColumn).data().toString());
        else
            QCOMPARE(mark, QString());
    }
    marked.sort();
    QCOMPARE(marked, flaky);

    // New failure and fixed do not depend on the flaky rule.
    auto change = [&page](const QString &name) {
        return page.model()
            ->index(rowOf(page.model(), name), TestHistoryModel::ChangeColumn)
            .data()
            .toString();
    };
    QCOMPARE(change(QStringLiteral("Alpha")), QStringLiteral("fixed"));
    QCOMPARE(change(QStringLiteral("Bravo")), QStringLiteral("new failure"));
    QCOMPARE(change(QStringLiteral("Charlie")), QString());
    QCOMPARE(change(QStringLiteral("Delta")), QStringLiteral("fixed"));
}

void TestHistoryView::flakyRuleIsRemembered()
{
    {
        TestHistoryPage page;
        QCOMPARE(page.minSwitchesBox()->value(), 3);
        QCOMPARE(page.windowRunsBox()->value(), 10);
        page.minSwitchesBox()->setValue(4);
        page.windowRunsBox()->setValue(6);
    }
    QCOMPARE(QSettings().value(QLatin1String(Settings::FlakyMinSwitchesKey)).toInt(), 4);

    TestHistoryPage page;
    QCOMPARE(page.minSwitchesBox()->value(), 4);
    QCOMPARE(page.windowRunsBox()->value(), 6);
    QCOMPARE(page.model()->flakyRule().minSwitches, 4);
    QCOMPARE(page.model()->flakyRule().windowRuns, 6);
}

void TestHistoryView::sortsByHeaderClicks_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("clicks");
    QTest::addColumn<QStringList>("order");

    QTest::newRow("name ascending after load")
        << int(TestHistoryModel::NameColumn) << 0
        << QStringList{"Alpha", "Bravo", "Charlie", "Delta"};
    QTest::newRow("name descending after a second click")
        << int(TestHistoryModel::NameColumn) << 1
        << QStringList{"Delta", "Charlie", "Bravo", "Alpha"};
    QTest::newRow("pass rate ascending")
        << int(TestHistoryModel::PassRateColumn) << 1
        << QStringList{"Charlie", "Delta", "Alpha", "Bravo"};
    QTest::newRow("pass rate descending")
        << int(TestHistoryModel::PassRateColumn) << 2
        << QStringList{"Bravo", "Alpha", "Delta", "Charlie"};
    QTest::newRow("last result ascending with no result first")
        << int(TestHistoryModel::LastResultColumn) << 1
        << QStringList{"Charlie", "Bravo", "Alpha", "Delta"};
    QTest::newRow("a run column keeps the order")
        << int(TestHistoryModel::FirstRunColumn) << 1
        << QStringList{"Alpha", "Bravo", "Charlie", "Delta"};
}

void TestHistoryView::sortsByHeaderClicks()
{
    QFETCH(int, column);
    QFETCH(int, clicks);
    QFETCH(QStringList, order);

    TestHistoryPage page;
    page.widget()->resize(1200, 600);
    page.widget()->show();
    openPage(page);
    QVERIFY(QTest::qWaitForWindowExposed(page.widget()));

    for (int click = 0; click < clicks; ++click)
        clickHeader(page.gridView(), column);
    QCOMPARE(rowNames(page.model()), order);
}

void TestHistoryView::cellClickShowsRunContacts()
{
    TestHistoryPage page;
    page.widget()->resize(1200, 600);
    page.widget()->show();
    openPage(page);
    QVERIFY(QTest::qWaitForWindowExposed(page.widget()));

    const int row = rowOf(page.model(), QStringLiteral("Bravo"));
    const QModelIndex latest = page.model()->index(row, page.model()->columnCount() - 1);
    QCOMPARE(latest.data(RunExecutionIdRole).toString(), QStringLiteral("b-4"));
    QTableView *view = page.gridView();
    view->scrollTo(latest);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(latest).center());

    QListWidget *contacts = page.details()->contactList();
    QTRY_COMPARE(contacts->count(), 2);
    QCOMPARE(contacts->item(0)->data(TestRunDetails::ContactIdRole).toString(),
             QStringLiteral("c-b4"));
    QCOMPARE(contacts->item(0)->data(TestRunDetails::MissingRole).toBool(), false);
    QCOMPARE(contacts->item(0)->text(),
             QStringLiteral("c-b4 — initial contact, flow events: 2"));
    QCOMPARE(contacts->item(1)->data(TestRunDetails::ContactIdRole).toString(),
             QStringLiteral("c-missing"));
    QCOMPARE(contacts->item(1)->data(TestRunDetails::MissingRole).toBool(), true);
    QCOMPARE(contacts->item(1)->text(),
             QStringLiteral("c-missing — associated contact, missing from this workspace"));
    QVERIFY(page.details()->missingHint()->isVisible());
    QCOMPARE(page.details()->missingHint()->text(),
             QStringLiteral("Contacts missing from this workspace: 1. Import the "
                            "contact_flow_events export that covers 2026-01-04 (File > Import "
                            "Files) to see their paths."));

    // A run without linked contacts lists none and shows no hint.
    const QModelIndex firstAlpha =
        page.model()->index(rowOf(page.model(), QStringLiteral("Alpha")),
                            TestHistoryModel::FirstRunColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(firstAlpha).center());
    QTRY_COMPARE(contacts->item(0)->text(), QStringLiteral("This execution lists no contacts."));
    QCOMPARE(contacts->count(), 1);
    QVERIFY(!page.details()->missingHint()->isVisible());
}

void TestHistoryView::contactActivationRequestsPath()
{
    TestHistoryPage page;
    openPage(page);
    const int row = rowOf(page.model(), QStringLiteral("Bravo"));
    page.selectRun(row, page.model()->columnCount() - 1);
    QListWidget *contacts = page.details()->contactList();
    QTRY_COMPARE(contacts->count(), 2);

    QSignalSpy requested(&page, &Page::contactRequested);
    Q_EMIT contacts->itemActivated(contacts->item(1));
    QCOMPARE(requested.count(), 0);
    Q_EMIT contacts->itemActivated(contacts->item(0));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("c-b4"));
}

void TestHistoryView::flowMapButtonRequestsInitiatingFlow()
{
    TestHistoryPage page;
    openPage(page);
    page.selectRun(rowOf(page.model(), QStringLiteral("Bravo")), page.model()->columnCount() - 1);
    QTRY_COMPARE(page.details()->contactList()->count(), 2);

    QSignalSpy requested(&page, &Page::filterRequested);
    page.details()->flowMapButton()->click();
    QCOMPARE(requested.count(), 1);
    const Filter filter = requested.at(0).at(0).value<Filter>();
    QCOMPARE(filter.flows, QStringList{QStringLiteral("flow-b")});
    QCOMPARE(filter.contacts, (QStringList{QStringLiteral("c-b4"), QStringLiteral("c-missing")}));
    QVERIFY(filter.initiatingFlows.isEmpty());

    // The request does not narrow the page that sent it.
    page.applyFilter(filter);
    QCOMPARE(page.filterBar()->filter(), Filter());
}

void TestHistoryView::filterNarrowsGrid()
{
    TestHistoryPage page;
    openPage(page);

    Filter filter;
    filter.testResults = {QStringLiteral("Failed")};
    page.filterBar()->setFilter(filter);
    QVERIFY(waitForGrid(&page, 4));
    QCOMPARE(runLetters(page.model(), rowOf(page.model(), QStringLiteral("Alpha"))),
             QStringLiteral("---FF"));
    QCOMPARE(page.exportFilter().testResults, QStringList{QStringLiteral("Failed")});

    filter.initiatingFlows = {QStringLiteral("flow-b")};
    page.filterBar()->setFilter(filter);
    QVERIFY(waitForGrid(&page, 1));
    QCOMPARE(rowNames(page.model()), QStringList{QStringLiteral("Bravo")});
}

void TestHistoryView::foreignFilterLeavesGridUnchanged()
{
    TestHistoryPage page;
    openPage(page);

    Filter flowMapSelection;
    flowMapSelection.flows = {QStringLiteral("flow-b")};
    page.applyFilter(flowMapSelection);
    QCOMPARE(page.filterBar()->filter(), Filter());

    Filter testCase;
    testCase.testCase = {QStringLiteral("Char"), TextMatch::Contains};
    page.applyFilter(testCase);
    QVERIFY(waitForGrid(&page, 1));
    QCOMPARE(rowNames(page.model()), QStringList{QStringLiteral("Charlie")});
}

void TestHistoryView::gridPictureDrawsEveryRow()
{
    TestHistoryPage page;
    openPage(page);
    const QList<const Renderable *> graphics = page.exportGraphics();
    QCOMPARE(graphics.size(), 1);
    QCOMPARE(page.exportViews(), QStringList{QStringLiteral("test-history")});

    const QSizeF size = graphics.at(0)->naturalSize();
    QVERIFY(size.width() > 5 * RunCellDelegate::CellSize);
    QVERIFY(size.height() > 4 * RunCellDelegate::CellSize);
    QImage image(size.toSize(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    graphics.at(0)->render(&painter, QRectF(QPointF(), size));
    painter.end();

    // The latest run of Bravo (Failed) is the last cell of the second row.
    const QColor failed = resultStyle(QStringLiteral("Failed")).fill;
    const QColor passed = resultStyle(QStringLiteral("Passed")).fill;
    int failedPixels = 0;
    int passedPixels = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            failedPixels += pixel == failed.rgb();
            passedPixels += pixel == passed.rgb();
        }
    }
    QVERIFY(failedPixels > 0);
    QVERIFY(passedPixels > failedPixels);
    QVERIFY(image.save(screenshotDir() + QStringLiteral("/test-history-picture.png")));
}

void TestHistoryView::writesScreenshot()
{
    const QString samplePath = m_dir.filePath(QStringLiteral("sample.flowscope"));
    {
        Workspace workspace;
        QVERIFY(workspace.open(samplePath, Workspace::OpenMode::CreateIfMissing));
        const QString sampleDir = QStringLiteral(FLOWSCOPE_SOURCE_DIR "/resources/sample");
        const ImportResult result = importFiles(
            workspace, {sampleDir + QStringLiteral("/contact_flow_events.csv"),
                        sampleDir + QStringLiteral("/connect_test_case_execution_results.csv")});
        QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    }

    TestHistoryPage page;
    page.widget()->resize(1280, 800);
    page.widget()->show();
    page.setWorkspacePath(samplePath);
    QVERIFY(waitForGrid(&page, 4));
    QVERIFY(QTest::qWaitForWindowExposed(page.widget()));

    // The latest failed run of the sample, so that the details show reasons and contacts.
    int selectedRow = -1;
    int selectedColumn = -1;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        for (int column = TestHistoryModel::FirstRunColumn; column < page.model()->columnCount();
             ++column) {
            if (page.model()->index(row, column).data(RunResultRole).toString() ==
                QLatin1String("Failed")) {
                selectedRow = row;
                selectedColumn = column;
            }
        }
    }
    QVERIFY(selectedRow >= 0);
    page.selectRun(selectedRow, selectedColumn);
    QTRY_VERIFY(page.details()->contactList()->count() > 0 && !page.isBusy());
    QTest::qWait(50);
    QVERIFY(page.widget()->grab().save(screenshotDir() + QStringLiteral("/test-history.png")));
}

QTEST_MAIN(TestHistoryView)
#include "tst_testhistoryview.moc"
