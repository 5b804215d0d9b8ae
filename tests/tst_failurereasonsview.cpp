#include "browserfixture.h"
#include "failurecategoryeditor.h"
#include "failurereasonspage.h"
#include "failuretrendchart.h"
#include "filterbar.h"
#include "importer.h"
#include "plaintooltip.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolTip>
#include <QtTest>

using namespace Flowscope;

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000LL;
const QString Executions = QStringLiteral("connect_test_case_execution_results");

QString screenshotDir()
{
    const QString dir =
        QDir(QStringLiteral(FLOWSCOPE_BIN_DIR)).filePath(QStringLiteral("../screenshots"));
    QDir().mkpath(dir);
    return QDir::cleanPath(dir);
}

QVariantMap execution(const QString &testCase, const QString &executionId, qint64 startMs,
                      const QString &result, const QString &reasons, const QVariant &flow)
{
    return {
        {QStringLiteral("instance_id"), QStringLiteral("instance-1")},
        {QStringLiteral("connect_test_case_resource_arn"),
         QString(QStringLiteral("arn:aws:connect:test-case/") + testCase)},
        {QStringLiteral("connect_test_case_resource_name"), testCase},
        {QStringLiteral("connect_test_case_execution_start_timestamp"), startMs},
        {QStringLiteral("connect_test_case_execution_end_timestamp"), startMs + 30000},
        {QStringLiteral("connect_test_case_result"), result},
        {QStringLiteral("connect_test_case_execution_id"), executionId},
        {QStringLiteral("connect_test_case_failure_reasons"), reasons},
        {QStringLiteral("connect_test_case_initiating_flow_id"), flow},
        {QStringLiteral("data_lake_last_processed_timestamp"), startMs + 60000},
    };
}

// Writes the reasons fixture, three UTC days from FixtureBaseMs:
// - day 0: Alpha e-1 Failed ["Timeout waiting for input", "Prompt mismatch"] and
//   e-2 Failed ["Prompt mismatch"], both from flow-a ("Main menu");
// - day 1: Bravo e-3 Failed ["Prompt timeout"] and e-4 Passed [], from flow-b;
// - day 2: Charlie e-5 Failed ["Queue not reached"] without initiating flow,
//   delivered twice under two start times.
QString createReasonsFixture(const QString &path)
{
    const qint64 base = Test::FixtureBaseMs;
    const QVariant none;
    QList<QVariantMap> rows = {
        execution(QStringLiteral("Alpha"), QStringLiteral("e-1"), base + 3600000,
                  QStringLiteral("Failed"),
                  QStringLiteral("[\"Timeout waiting for input\",\"Prompt mismatch\"]"),
                  QStringLiteral("flow-a")),
        execution(QStringLiteral("Alpha"), QStringLiteral("e-2"), base + 7200000,
                  QStringLiteral("Failed"), QStringLiteral("[\"Prompt mismatch\"]"),
                  QStringLiteral("flow-a")),
        execution(QStringLiteral("Bravo"), QStringLiteral("e-3"), base + DayMs + 3600000,
                  QStringLiteral("Failed"), QStringLiteral("[\"Prompt timeout\"]"),
                  QStringLiteral("flow-b")),
        execution(QStringLiteral("Bravo"), QStringLiteral("e-4"), base + DayMs + 7200000,
                  QStringLiteral("Passed"), QStringLiteral("[]"), QStringLiteral("flow-b")),
        execution(QStringLiteral("Charlie"), QStringLiteral("e-5"), base + 2 * DayMs + 3600000,
                  QStringLiteral("Failed"), QStringLiteral("[\"Queue not reached\"]"), none),
    };
    QVariantMap outdated = rows.last();
    outdated.insert(QStringLiteral("connect_test_case_execution_start_timestamp"),
                    base + 2 * DayMs + 3599000);
    outdated.insert(QStringLiteral("data_lake_last_processed_timestamp"), base);
    rows.append(outdated);

    for (const QVariantMap &row : std::as_const(rows)) {
        const QString error = Test::insertRow(path, Executions, row);
        if (!error.isEmpty())
            return error;
    }
    return Test::insertRow(path, QStringLiteral("flow_names"),
                           {{QStringLiteral("resource_id"), QStringLiteral("flow-a")},
                            {QStringLiteral("name"), QStringLiteral("Main menu")},
                            {QStringLiteral("kind"), QStringLiteral("flow")}});
}

bool waitForAnalysis(FailureReasonsPage *page)
{
    return QTest::qWaitFor([page] {
        return !page->isBusy() && !page->analysis().reasons.categories.isEmpty();
    });
}

// "name=occurrences" per row of the category table, in order.
QStringList categoryRows(const QTableWidget *table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.append(table->item(row, 0)->text() + QLatin1Char('=') + table->item(row, 1)->text());
    return rows;
}

QStringList columnTexts(const QTableWidget *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts.append(table->item(row, column)->text());
    return texts;
}

// The viewport position of `value` in the column of `bucket`, from the
// chart's own value-to-position mapping.
QPoint chartPosition(const FailureTrendChart &chart, int bucket, double value)
{
    QChart *qchart = chart.chartView()->chart();
    const QPointF position =
        qchart->mapToPosition(QPointF(bucket, value), qchart->series().constFirst());
    return chart.chartView()->mapFromScene(qchart->mapToScene(position));
}

// Sends the tooltip event that resting the mouse on `position` produces.
void hover(const FailureTrendChart &chart, const QPoint &position)
{
    QWidget *viewport = chart.chartView()->viewport();
    QHelpEvent event(QEvent::ToolTip, position, viewport->mapToGlobal(position));
    QApplication::sendEvent(viewport, &event);
}

// Adds a category through the editor's controls, as a user types it.
void addCategory(FailureCategoryEditor *editor, const QString &name, const QString &pattern)
{
    editor->addButton()->click();
    editor->nameEdit()->selectAll();
    QTest::keyClicks(editor->nameEdit(), name);
    editor->patternEdit()->selectAll();
    QTest::keyClicks(editor->patternEdit(), pattern);
}

} // namespace

class FailureReasonsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void countsReasonsWithoutCategories();
    void rankingListsTestCasesAndFlows();
    void editorSavesCategories();
    void reorderingChangesFirstMatch();
    void rejectsInvalidPattern();
    void reportsSaveFailure();
    void revertDiscardsEdits();
    void bucketChangesTrend_data();
    void bucketChangesTrend();
    void chartHoverShowsExactCount_data();
    void chartHoverShowsExactCount();
    void chartHoverKeepsMarkupAsText();
    void chartsRenderForExport();
    void writesScreenshot();

private:
    QString freshFixture(const QString &name);

    QTemporaryDir m_dir;
};

void FailureReasonsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FlowscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_failurereasonsview"));
    QVERIFY(m_dir.isValid());
}

void FailureReasonsView::init()
{
    QSettings().clear();
}

QString FailureReasonsView::freshFixture(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".flowscope"));
    Workspace workspace;
    QString error;
    if (!workspace.open(path, Workspace::OpenMode::CreateIfMissing, &error))
        return {};
    workspace.close();
    error = createReasonsFixture(path);
    return error.isEmpty() ? path : QString();
}

void FailureReasonsView::countsReasonsWithoutCategories()
{
    const QString path = freshFixture(QStringLiteral("plain"));
    QVERIFY(!path.isEmpty());
    FailureReasonsPage page;
    QAbstractItemModelTester tester(page.reasonModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setWorkspacePath(path);
    QVERIFY(waitForAnalysis(&page));

    QCOMPARE(categoryRows(page.categoryTable()), QStringList{QStringLiteral("uncategorised=5")});
    const FailureReasonModel *model = page.reasonModel();
    QCOMPARE(model->rowCount(), 4);
    auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(0, FailureReasonModel::ReasonColumn), QStringLiteral("Prompt mismatch"));
    QCOMPARE(cell(0, FailureReasonModel::OccurrencesColumn), QStringLiteral("2"));
    QCOMPARE(cell(0, FailureReasonModel::ExecutionsColumn), QStringLiteral("2"));
    QCOMPARE(cell(0, FailureReasonModel::TestCasesColumn), QStringLiteral("1"));
    // The duplicated execution e-5 lists its reason once.
    QCOMPARE(cell(2, FailureReasonModel::ReasonColumn), QStringLiteral("Queue not reached"));
    QCOMPARE(cell(2, FailureReasonModel::OccurrencesColumn), QStringLiteral("1"));
    QCOMPARE(page.charts().size(), 1);
    QCOMPARE(page.charts().at(0)->counts(), (QList<qint64>{3, 1, 1}));
    QVERIFY(page.statusText().startsWith(
        QStringLiteral("Failure reasons: 4 distinct, 5 occurrences")));
}

void FailureReasonsView::rankingListsTestCasesAndFlows()
{
    const QString path = freshFixture(QStringLiteral("ranking"));
    QVERIFY(!path.isEmpty());
    FailureReasonsPage page;
    page.setWorkspacePath(path);
    QVERIFY(waitForAnalysis(&page));

    QCOMPARE(columnTexts(page.testCaseTable(), 0),
             (QStringList{"Alpha", "Bravo", "Charlie"}));
    QCOMPARE(columnTexts(page.testCaseTable(), 1), (QStringList{"2", "1", "1"}));
    QCOMPARE(columnTexts(page.testCaseTable(), 2), (QStringList{"2", "2", "1"}));
    QCOMPARE(columnTexts(page.testCaseTable(), 3),
             (QStringList{"100.0 %", "50.0 %", "100.0 %"}));
    QCOMPARE(columnTexts(page.flowTable(), 0),
             (QStringList{"Main menu", "(no initiating flow)", "flow-b"}));
    QCOMPARE(columnTexts(page.flowTable(), 1), (QStringList{"2", "1", "1"}));
    QCOMPARE(columnTexts(page.flowTable(), 3), (QStringList{"1", "1", "1"}));
    QCOMPARE(page.flowTable()->item(0, 0)->toolTip(), QStringLiteral("flow-a"));
}

void FailureReasonsView::editorSavesCategories()
{
    const QString path = freshFixture(QStringLiteral("save"));
    QVERIFY(!path.isEmpty());
    FailureReasonsPage page;
    page.setWorkspacePath(path);
    QVERIFY(waitForAnalysis(&page));

    FailureCategoryEditor *editor = page.categoryEditor();
    addCategory(editor, QStringLiteral("Timeouts"), QStringLiteral("(?i)timeout"));
    addCategory(editor, QStringLiteral("Prompts"), QStringLiteral("(?i)prompt"));
    QVERIFY(editor->isModified());
    QVERIFY(editor->saveButton()->isEnabled());
    editor->saveButton()->click();

    QTRY_COMPARE(categoryRows(page.categoryTable()),
                 (QStringList{"Timeouts=2", "Prompts=2", "uncategorised=1"}));
    QVERIFY(!editor->isModified());
    QVERIFY(!editor->saveButton()->isEnabled());
    QCOMPARE(page.charts().size(), 3);
    QCOMPARE(page.charts().at(0)->counts(), (QList<qint64>{1, 1, 0}));
    QCOMPARE(page.charts().at(1)->counts(), (QList<qint64>{2, 0, 0}));
    QCOMPARE(page.charts().at(2)->counts(), (QList<qint64>{0, 0, 1}));

    Workspace workspace;
    QVERIFY(workspace.open(path, Workspace::OpenMode::ReadOnly));
    QString error;
    const QList<FailureCategory> stored = loadFailureCategories(workspace, &error);
    QCOMPARE(error, QString());
    QCOMPARE(stored, (QList<FailureCategory>{
                         {QStringLiteral("Timeouts"), QStringLiteral("(?i)timeout")},
                         {QStringLiteral("Prompts"), QStringLiteral("(?i)prompt")}}));
}

void FailureReasonsView::reorderingChangesFirstMatch()
{
    const QString path = freshFixture(QStringLiteral("reorder"));
    QVERIFY(!path.isEmpty());
    {
        Workspace workspace;
        QVERIFY(workspace.open(path, Workspace::OpenMode::ExistingOnly));
        QString error;
        QVERIFY2(saveFailureCategories(
                     workspace,
                     {{QStringLiteral("Timeouts"), QStringLiteral("(?i)timeout")},
                      {QStringLiteral("Prompts"), QStringLiteral("(?i)prompt")}},
                     &error),
                 qPrintable(error));
    }
    FailureReasonsPage page;
    page.setWorkspacePath(path);
    QVERIFY(waitForAnalysis(&page));
    QCOMPARE(categoryRows(page.categoryTable()),
             (QStringList{"Timeouts=2", "Prompts=2", "uncategorised=1"}));

    // "Prompt timeout" moves from Timeouts to Prompts when Prompts comes first.
    FailureCategoryEditor *editor = page.categoryEditor();
    editor->list()->setCurrentRow(1);
    QVERIFY(editor->upButton()->isEnabled());
    editor->upButton()->click();
    QCOMPARE(editor->list()->currentRow(), 0);
    QCOMPARE(editor->categories().at(0).name, QStringLiteral("Prompts"));
    editor->saveButton()->click();

    QTRY_COMPARE(categoryRows(page.categoryTable()),
                 (QStringList{"Prompts=3", "Timeouts=1", "uncategorised=1"}));
    const FailureReasonModel *model = page.reasonModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, FailureReasonModel::ReasonColumn).data().toString() ==
            QLatin1String("Prompt timeout")) {
            QCOMPARE(model->index(row, FailureReasonModel::CategoryColumn).data().toString(),
                     QStringLiteral("Prompts"));
        }
    }

    // Deleting Prompts leaves its reasons to the next match or to uncategorised.
    editor->list()->setCurrentRow(0);
    editor->removeButton()->click();
    editor->saveButton()->click();
    QTRY_COMPARE(categoryRows(page.categoryTable()),
                 (QStringList{"Timeouts=2", "uncategorised=3"}));
}

void FailureReasonsView::rejectsInvalidPattern()
{
    const QString path = freshFixture(QStringLiteral("invalid"));
    QVERIFY(!path.isEmpty());
    FailureReasonsPage page;
    page.setWorkspacePath(path);
    QVERIFY(waitForAnalysis(&page));

    FailureCategoryEditor *editor = page.categoryEditor();
    addCategory(editor, QStringLiteral("Broken"), QStringLiteral("(unclosed"));
    const QString expected =
        validateFailureCategory({QStringLiteral("Broken"), QStringLiteral("(unclosed")});
    QVERIFY(expected.contains(QStringLiteral("missing closing parenthesis")));
    QCOMPARE(editor->messageLabel()->text(), expected);
    QCOMPARE(editor->validationError(), expected);
    QVERIFY(!editor->saveButton()->isEnabled());
    QCOMPARE(editor->list()->item(0)->foreground().color(), QColor(0xB0, 0x00, 0x20));

    // Closing the group makes the pattern valid as it is typed.
    QTest::keyClicks(editor->patternEdit(), QStringLiteral(")"));
    QCOMPARE(editor->validationError(), QString());
    QVERIFY(editor->saveButton()->isEnabled());

    // An empty pattern would match everything and is rejected too.
    editor->patternEdit()->selectAll();
    QTest::keyClick(editor->patternEdit(), Qt::Key_Delete);
    QCOMPARE(editor->messageLabel()->text(),
             validateFailureCategory({QStringLiteral("Broken"), QString()}));
    QVERIFY(!editor->saveButton()->isEnabled());
}

void FailureReasonsView::reportsSaveFailure()
{
    const QString path = freshFixture(QStringLiteral("vanishing"));
    QVERIFY(!path.isEmpty());
    FailureReasonsPage page;
    page.setWorkspacePath(path);
    QVERIFY(waitForAnalysis(&page));

    QVERIFY(QFile::remove(path));
    QSignalSpy failed(&page, &Page::failed);
    FailureCategoryEditor *editor = page.categoryEditor();
    addCategory(editor, QStringLiteral("Timeouts"), QStringLiteral("(?i)timeout"));
    editor->saveButton()->click();

    QTRY_COMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Saving the failure categories failed: ")),
             qPrintable(message));
    QVERIFY2(message.contains(path), qPrintable(message));
    QCOMPARE(editor->messageLabel()->text(), message);
    QVERIFY(editor->isModified());
    QVERIFY(editor->saveButton()->isEnabled());
}

void FailureReasonsView::revertDiscardsEdits()
{
    const QString path = freshFixture(QStringLiteral("revert"));
    QVERIFY(!path.isEmpty());
    FailureReasonsPage page;
    page.setWorkspacePath(path);
    QVERIFY(waitForAnalysis(&page));

    FailureCategoryEditor *editor = page.categoryEditor();
    addCategory(editor, QStringLiteral("Timeouts"), QStringLiteral("(?i)timeout"));
    QCOMPARE(editor->list()->count(), 1);
    editor->revertButton()->click();
    QCOMPARE(editor->list()->count(), 0);
    QVERIFY(!editor->isModified());
}

void FailureReasonsView::bucketChangesTrend_data()
{
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QList<qint64>>("counts");

    QTest::newRow("three UTC days") << "day" << "UTC" << QList<qint64>{3, 1, 1};
    QTest::newRow("one ISO week") << "week" << "UTC" << QList<qint64>{5};
    QTest::newRow("days in Tokyo keep every run on its UTC day")
        << "day" << "Asia/Tokyo" << QList<qint64>{3, 1, 1};
    QTest::newRow("days in Noronha move runs before 02:00 UTC back a day")
        << "day" << "America/Noronha" << QList<qint64>{2, 2, 1};
}

void FailureReasonsView::bucketChangesTrend()
{
    QFETCH(QString, bucket);
    QFETCH(QString, zone);
    QFETCH(QList<qint64>, counts);

    const QString path = freshFixture(QStringLiteral("bucket-") + QString::number(qHash(
                                                                       bucket + zone)));
    QVERIFY(!path.isEmpty());
    FailureReasonsPage page;
    page.setDisplayTimeZone(QTimeZone(zone.toUtf8()));
    page.bucketBox()->setCurrentIndex(page.bucketBox()->findData(bucket));
    page.setWorkspacePath(path);
    QVERIFY(waitForAnalysis(&page));

    QCOMPARE(page.charts().size(), 1);
    QCOMPARE(page.charts().at(0)->counts(), counts);
    QCOMPARE(QSettings().value(QStringLiteral("failureReasons/bucket"), QStringLiteral("day"))
                 .toString(),
             bucket);
}

void FailureReasonsView::chartHoverShowsExactCount_data()
{
    QTest::addColumn<int>("chartIndex");
    QTest::addColumn<int>("bucket");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("timeout bar on the first day")
        << 0 << 0 << 0.5
        << "2026-01-01 00:00 – 2026-01-02 00:00 UTC\nCategory: Timeouts\nReason occurrences: 1";
    QTest::newRow("top of the prompt bar on the first day")
        << 1 << 0 << 1.9
        << "2026-01-01 00:00 – 2026-01-02 00:00 UTC\nCategory: Prompts\nReason occurrences: 2";
    QTest::newRow("empty column of the last day")
        << 0 << 2 << 0.5
        << "2026-01-03 00:00 – 2026-01-04 00:00 UTC\nCategory: Timeouts\nReason occurrences: 0";
    QTest::newRow("uncategorised bar of the last day")
        << 2 << 2 << 0.5
        << "2026-01-03 00:00 – 2026-01-04 00:00 UTC\nCategory: uncategorised\n"
           "Reason occurrences: 1";
    QTest::newRow("below the axis shows nothing") << 0 << 1 << -0.1 << QString();
}

void FailureReasonsView::chartHoverShowsExactCount()
{
    QFETCH(int, chartIndex);
    QFETCH(int, bucket);
    QFETCH(double, value);
    QFETCH(QString, expected);

    const QString path = freshFixture(QStringLiteral("hover-") + QTest::currentDataTag());
    QVERIFY(!path.isEmpty());
    {
        Workspace workspace;
        QVERIFY(workspace.open(path, Workspace::OpenMode::ExistingOnly));
        QString error;
        QVERIFY2(saveFailureCategories(workspace,
                                       {{QStringLiteral("Timeouts"), QStringLiteral("(?i)timeout")},
                                        {QStringLiteral("Prompts"), QStringLiteral("(?i)prompt")}},
                                       &error),
                 qPrintable(error));
    }
    FailureReasonsPage page;
    page.widget()->resize(1280, 800);
    page.widget()->show();
    page.setWorkspacePath(path);
    QVERIFY(waitForAnalysis(&page));
    QVERIFY(QTest::qWaitForWindowExposed(page.widget()));
    QCOMPARE(page.charts().size(), 3);
    const FailureTrendChart *chart = page.charts().at(chartIndex);
    // The charts are laid out once the event loop runs after the analysis.
    QTRY_VERIFY(chart->chartView()->chart()->plotArea().width() > 100);

    const QPoint position = chartPosition(*chart, bucket, value);
    QCOMPARE(chart->bucketAt(position), expected.isEmpty() ? -1 : bucket);
    QCOMPARE(chart->hoverText(chart->bucketAt(position)), expected);
    hover(*chart, position);
    if (expected.isEmpty()) {
        QTRY_VERIFY(!QToolTip::isVisible());
        return;
    }
    QTRY_COMPARE(QToolTip::text(), expected);
    QVERIFY(QToolTip::isVisible());
    QVERIFY(!Qt::mightBeRichText(QToolTip::text()));
}

void FailureReasonsView::chartHoverKeepsMarkupAsText()
{
    // A category name that looks like HTML shows as typed, never as markup.
    FailureTrendChart chart;
    chart.setSeries(QStringLiteral("<b>Loud</b> & <i>clear</i>"), {QStringLiteral("03")},
                    {QStringLiteral("2026-11-03 00:00 – 2026-11-04 00:00 UTC")}, {4},
                    QColor(0x00, 0x72, 0xB2));
    chart.resize(FailureTrendChart::ChartWidth, FailureTrendChart::ChartHeight);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    const QString expected = QStringLiteral("2026-11-03 00:00 – 2026-11-04 00:00 UTC\n"
                                            "Category: <b>Loud</b> & <i>clear</i>\n"
                                            "Reason occurrences: 4");
    QCOMPARE(chart.hoverText(0), expected);
    hover(chart, chartPosition(chart, 0, 2));
    QTRY_COMPARE(QToolTip::text(), expected);
    QVERIFY(!Qt::mightBeRichText(QToolTip::text()));

    // Without a range the label leads, and a label that looks like a tag
    // would make Qt take the whole tooltip for HTML, so it is escaped.
    chart.setSeries(QStringLiteral("Timeouts"), {QStringLiteral("<u>03</u>")}, {}, {2},
                    QColor(0x00, 0x72, 0xB2));
    const QString labelled = QStringLiteral("<u>03</u>\nCategory: Timeouts\nReason occurrences: 2");
    QCOMPARE(chart.hoverText(0), labelled);
    hover(chart, chartPosition(chart, 0, 1));
    QTRY_COMPARE(QToolTip::text(), plainToolTip(labelled));
    QCOMPARE(QToolTip::text(),
             QStringLiteral("<p style='white-space:pre-wrap'>&lt;u&gt;03&lt;/u&gt;\n"
                            "Category: Timeouts\nReason occurrences: 2</p>"));
}

void FailureReasonsView::chartsRenderForExport()
{
    const QString path = freshFixture(QStringLiteral("export"));
    QVERIFY(!path.isEmpty());
    FailureReasonsPage page;
    page.setWorkspacePath(path);
    QVERIFY(waitForAnalysis(&page));

    QCOMPARE(page.exportViews(), QStringList());
    const QList<const Renderable *> graphics = page.exportGraphics();
    QCOMPARE(graphics.size(), 1);
    QCOMPARE(graphics.at(0)->renderTitle(), QStringLiteral("Failure reasons: uncategorised"));

    // The page was never shown, so the picture proves the chart lays itself out.
    const QSize size = graphics.at(0)->naturalSize().toSize();
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    graphics.at(0)->render(&painter, QRectF(QPointF(), size));
    painter.end();
    int grey = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            grey += image.pixel(x, y) == QColor(0x80, 0x80, 0x80).rgb();
    }
    QVERIFY2(grey > 100, qPrintable(QString::number(grey)));
    QVERIFY(image.save(screenshotDir() + QStringLiteral("/failure-reasons-chart.png")));
}

void FailureReasonsView::writesScreenshot()
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
        QString error;
        QVERIFY2(saveFailureCategories(
                     workspace,
                     {{QStringLiteral("Timeouts"), QStringLiteral("(?i)timed? ?out|no response")},
                      {QStringLiteral("Prompts"), QStringLiteral("(?i)prompt")},
                      {QStringLiteral("Routing"), QStringLiteral("queue")}},
                     &error),
                 qPrintable(error));
    }

    FailureReasonsPage page;
    page.widget()->resize(1280, 800);
    page.widget()->show();
    page.setWorkspacePath(samplePath);
    QVERIFY(waitForAnalysis(&page));
    QVERIFY(QTest::qWaitForWindowExposed(page.widget()));
    QCOMPARE(page.charts().size(), 4);
    QTest::qWait(100);
    QVERIFY(page.widget()->grab().save(screenshotDir() + QStringLiteral("/failure-reasons.png")));

    // The tooltip of the first chart's first bucket with reasons.
    const FailureTrendChart *chart = page.charts().at(0);
    int bucket = 0;
    while (chart->counts().at(bucket) == 0)
        ++bucket;
    hover(*chart, chartPosition(*chart, bucket, double(chart->counts().at(bucket)) / 2));
    QTRY_COMPARE(QToolTip::text(), chart->hoverText(bucket));
    QWidget *tooltip = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QTipLabel") && widget->isVisible())
            tooltip = widget;
    }
    QVERIFY(tooltip);
    QVERIFY(tooltip->grab().save(screenshotDir() + QStringLiteral("/failure-reasons-tooltip.png")));
}

QTEST_MAIN(FailureReasonsView)
#include "tst_failurereasonsview.moc"
