// Test case analytics on hand-made workspaces: exact bucket counts, rates,
// durations, flaky marks, failure reasons and run-to-contact links.

#include "failurereasons.h"
#include "schema.h"
#include "tablemodel.h"
#include "testanalytics.h"
#include "testanalyticsmodels.h"
#include "testhistory.h"
#include "testruncontacts.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFont>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Flowscope;

namespace {

const QString CaseA = QStringLiteral("arn:aws:connect:us-east-1:111122223333:test-case/a");
const QString CaseB = QStringLiteral("arn:aws:connect:us-east-1:111122223333:test-case/b");

qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

// One row of connect_test_case_execution_results; `endSeconds` < 0 leaves
// the end timestamp NULL, and a null `result` stores NULL.
QVariantMap execution(const QString &arn, const QString &id, qint64 startMs, const QString &result,
                      int endSeconds)
{
    QVariantMap row = {
        {QStringLiteral("instance_id"), QStringLiteral("instance-1")},
        {QStringLiteral("connect_test_case_resource_arn"), arn},
        {QStringLiteral("connect_test_case_resource_name"), arn.section(QLatin1Char('/'), -1)},
        {QStringLiteral("connect_test_case_execution_start_timestamp"), startMs},
        {QStringLiteral("connect_test_case_execution_id"), id},
        {QStringLiteral("connect_test_case_result"),
         result.isNull() ? QVariant() : QVariant(result)},
    };
    if (endSeconds >= 0)
        row.insert(QStringLiteral("connect_test_case_execution_end_timestamp"),
                   startMs + endSeconds * 1000LL);
    return row;
}

void insertRow(Workspace &workspace, const QString &table, const QVariantMap &values)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < values.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, values.keys().join(QStringLiteral(", ")),
                           placeholders.join(QStringLiteral(", "))));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("inserting into %s failed: %s", qPrintable(table),
               qPrintable(query.lastError().text()));
}

void insertExecution(Workspace &workspace, const QVariantMap &row)
{
    insertRow(workspace, QLatin1String(TableNames::TestCaseExecutionResults), row);
}

// A test_execution_contacts row, as the importer derives it from the
// execution's contact columns.
void linkContact(Workspace &workspace, const QVariantMap &execution, const QString &contactId,
                 bool initial)
{
    insertRow(workspace, QLatin1String(TableNames::TestExecutionContacts),
              {{QStringLiteral("connect_test_case_resource_arn"),
                execution.value(QStringLiteral("connect_test_case_resource_arn"))},
               {QStringLiteral("connect_test_case_execution_start_timestamp"),
                execution.value(QStringLiteral("connect_test_case_execution_start_timestamp"))},
               {QStringLiteral("connect_test_case_execution_id"),
                execution.value(QStringLiteral("connect_test_case_execution_id"))},
               {QStringLiteral("contact_id"), contactId},
               {QStringLiteral("is_initial_contact"), initial ? 1 : 0}});
}

void insertFlowEvent(Workspace &workspace, const QString &eventId, const QString &contactId,
                     qint64 startMs)
{
    insertRow(workspace, QLatin1String(TableNames::ContactFlowEvents),
              {{QStringLiteral("instance_id"), QStringLiteral("instance-1")},
               {QStringLiteral("event_id"), eventId},
               {QStringLiteral("contact_id"), contactId},
               {QStringLiteral("flow_resource_id"), QStringLiteral("flow-1")},
               {QStringLiteral("start_timestamp"), startMs}});
}

Filter window(qint64 fromMs, qint64 toMs)
{
    Filter filter;
    filter.fromMs = fromMs;
    filter.toMs = toMs;
    return filter;
}

ResultCounts resultCounts(qint64 passed, qint64 failed, qint64 skipped, qint64 aborted,
                          qint64 noResult, qint64 other = 0)
{
    ResultCounts counts;
    counts.passed = passed;
    counts.failed = failed;
    counts.skipped = skipped;
    counts.aborted = aborted;
    counts.noResult = noResult;
    counts.other = other;
    return counts;
}

} // namespace

class TestTestAnalytics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void boundariesFollowCalendar_data();
    void boundariesFollowCalendar();
    void boundariesRejectTooManyBuckets();
    void passRateLeavesOutUndecided();

    void trendCountsEveryDay();
    void trendOpenWindowUsesDataSpan();
    void trendAppliesFilter();
    void trendBucketsByBerlinDays();
    void trendWeeksStartOnMonday();
    void duplicateExecutionCountsOnce();
    void duplicateOutdatedCopyIgnoresFilter();
    void executionListMatchesTrend_data();
    void executionListMatchesTrend();
    void executionListStopsAtLimit();
    void kpisCompareWithPreviousPeriod();
    void kpisOfEmptyWorkspaceHaveNoPeriod();

    void historyMarksFlakyTestCases();
    void historyRuleIsSettable_data();
    void historyRuleIsSettable();
    void historyMarksNewFailureAndFix();
    void historyUsesLatestName();

    void reasonsAreCountedAndBucketed();
    void firstMatchingCategoryWins();
    void categoryValidation_data();
    void categoryValidation();
    void categoriesAreStoredInOrder();
    void invalidCategoriesAreNotStored();
    void rankingListsFailingCasesAndFlows();

    void runContactsFlagMissingContacts();
    void contactListsItsExecutions();
    void unknownExecutionHasNoContacts();
    void testRunFilterSplitsFlowEvents();

    void trendModelShowsExactCells();
    void historyModelPutsLatestRunRight();
    void historyModelSortsByPassRate();
    void reasonModelShowsCounts();
    void executionListModelShowsStoredValues();
    void executionListModelSortsInMemory();

private:
    // Inserts test cases A and B over 2026-03-02 .. 03-04 (UTC). Day 1 has A
    // Failed, Failed (a retry) and Passed, B Skipped and an Aborted run
    // without an end. Day 2 has no run. Day 3 has A Passed and B with no
    // result and no end.
    void insertWeekFixture();

    QTemporaryDir m_directory;
    Workspace m_workspace;
};

void TestTestAnalytics::init()
{
    QVERIFY(m_directory.isValid());
    const QString path = m_directory.filePath(
        QStringLiteral("%1.flowscope").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QString error;
    QVERIFY2(m_workspace.open(path, Workspace::OpenMode::CreateIfMissing, &error),
             qPrintable(error));
}

void TestTestAnalytics::cleanup()
{
    m_workspace.close();
}

void TestTestAnalytics::executionListModelShowsStoredValues()
{
    QVariantMap row =
        execution(CaseA, QStringLiteral("run-1"), utcMs(2026, 3, 2, 10), QString(), 90);
    row.insert(QStringLiteral("connect_test_case_failure_reasons"),
               QStringLiteral("[\"<b>Prompt</b> not played\",\"Timed out\"]"));
    row.insert(QStringLiteral("connect_test_case_status"), QString(""));
    insertExecution(m_workspace, row);
    const ExecutionList list = queryExecutionList(m_workspace, Filter(), 10);
    QVERIFY2(list.ok(), qPrintable(list.error));

    ExecutionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setList(list);
    model.setTimeZone(QTimeZone("Europe/Berlin"));
    auto cell = [&model](const char *column, int role = Qt::DisplayRole) {
        return model.index(0, model.columnIndex(QString::fromLatin1(column))).data(role);
    };

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(testCaseExecutionResultsSpec().columns.size()));
    QCOMPARE(cell("connect_test_case_execution_start_timestamp").toString(),
             QStringLiteral("2026-03-02 11:00:00.000"));
    QCOMPARE(cell("connect_test_case_execution_start_timestamp", WorkspaceTableModel::RawValueRole),
             QVariant(utcMs(2026, 3, 2, 10)));
    QCOMPARE(cell("connect_test_case_result").toString(), QStringLiteral("NULL"));
    QCOMPARE(cell("connect_test_case_result", WorkspaceTableModel::IsNullRole).toBool(), true);
    QCOMPARE(cell("connect_test_case_result", Qt::FontRole).value<QFont>().italic(), true);
    QCOMPARE(cell("connect_test_case_status").toString(), QString(""));
    QCOMPARE(cell("connect_test_case_status", WorkspaceTableModel::IsNullRole).toBool(), false);
    QCOMPARE(cell("connect_test_case_failure_reasons").toString(),
             QStringLiteral("<b>Prompt</b> not played, Timed out"));
    QCOMPARE(cell("connect_test_case_failure_reasons", Qt::ToolTipRole).toString(),
             QStringLiteral("<p style='white-space:pre-wrap'>&lt;b&gt;Prompt&lt;/b&gt; not "
                            "played\nTimed out</p>"));
    const int resultColumn = model.columnIndex(QStringLiteral("connect_test_case_result"));
    QCOMPARE(model.headerData(resultColumn, Qt::Horizontal).toString(), QStringLiteral("result"));
    QCOMPARE(model.headerData(resultColumn, Qt::Horizontal, WorkspaceTableModel::ColumnNameRole)
                 .toString(),
             QStringLiteral("connect_test_case_result"));

    const int idColumn = model.columnIndex(QStringLiteral("connect_test_case_execution_id"));
    QItemSelection selection(model.index(0, resultColumn), model.index(0, idColumn));
    QCOMPARE(model.tabSeparatedText(selection, {idColumn, resultColumn}, true),
             QStringLiteral("execution_id\tresult\nrun-1\t"));
}

void TestTestAnalytics::executionListModelSortsInMemory()
{
    insertExecution(m_workspace, execution(CaseA, QStringLiteral("run-b"), utcMs(2026, 3, 2, 10),
                                           QStringLiteral("Passed"), 30));
    insertExecution(m_workspace, execution(CaseA, QStringLiteral("run-a"), utcMs(2026, 3, 2, 11),
                                           QString(), 30));
    insertExecution(m_workspace, execution(CaseA, QStringLiteral("run-c"), utcMs(2026, 3, 2, 12),
                                           QStringLiteral("Failed"), 30));
    ExecutionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setList(queryExecutionList(m_workspace, Filter(), 10));
    const int idColumn = model.columnIndex(QStringLiteral("connect_test_case_execution_id"));
    auto ids = [&model, idColumn] {
        QStringList listed;
        for (int row = 0; row < model.rowCount(); ++row)
            listed.append(model.index(row, idColumn).data().toString());
        return listed;
    };
    QCOMPARE(ids(), (QStringList{"run-b", "run-a", "run-c"}));

    // NULL first in ascending order, as SQLite sorts it.
    model.sort(model.columnIndex(QStringLiteral("connect_test_case_result")), Qt::AscendingOrder);
    QCOMPARE(ids(), (QStringList{"run-a", "run-c", "run-b"}));
    model.sort(idColumn, Qt::DescendingOrder);
    QCOMPARE(ids(), (QStringList{"run-c", "run-b", "run-a"}));
    model.sort(model.columnIndex(QStringLiteral("connect_test_case_execution_start_timestamp")),
               Qt::AscendingOrder);
    QCOMPARE(ids(), (QStringList{"run-b", "run-a", "run-c"}));
}

void TestTestAnalytics::insertWeekFixture()
{
    const qint64 day1 = utcMs(2026, 3, 2);
    const qint64 day3 = utcMs(2026, 3, 4);
    QVariantMap a1 =
        execution(CaseA, QStringLiteral("a-1"), day1 + 9 * HourMs, QStringLiteral("Failed"), 30);
    a1.insert(QStringLiteral("connect_test_case_initiating_flow_id"), QStringLiteral("flow-1"));
    QVariantMap a2 = execution(CaseA, QStringLiteral("a-2"), day1 + 9 * HourMs + 600000,
                               QStringLiteral("Failed"), 60);
    a2.insert(QStringLiteral("connect_test_case_initiating_flow_id"), QStringLiteral("flow-1"));
    insertExecution(m_workspace, a1);
    insertExecution(m_workspace, a2);
    insertExecution(m_workspace,
                    execution(CaseA, QStringLiteral("a-3"), day1 + 9 * HourMs + 1200000,
                              QStringLiteral("Passed"), 90));
    insertExecution(m_workspace, execution(CaseB, QStringLiteral("b-1"), day1 + 10 * HourMs,
                                           QStringLiteral("Skipped"), 2));
    insertExecution(m_workspace, execution(CaseB, QStringLiteral("b-2"), day1 + 11 * HourMs,
                                           QStringLiteral("Aborted"), -1));
    insertExecution(m_workspace, execution(CaseA, QStringLiteral("a-4"), day3 + 9 * HourMs,
                                           QStringLiteral("Passed"), 40));
    insertExecution(m_workspace,
                    execution(CaseB, QStringLiteral("b-3"), day3 + 9 * HourMs, QString(), -1));
}

void TestTestAnalytics::boundariesFollowCalendar_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("bucket");
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::addColumn<QList<qint64>>("boundaries");

    QTest::newRow("UTC days cover a partial last day")
        << QStringLiteral("UTC") << int(TrendBucket::Day) << utcMs(2026, 3, 2, 12)
        << utcMs(2026, 3, 4, 1)
        << QList<qint64>{utcMs(2026, 3, 2), utcMs(2026, 3, 3), utcMs(2026, 3, 4),
                         utcMs(2026, 3, 5)};
    QTest::newRow("Berlin spring change day lasts 23 hours")
        << QStringLiteral("Europe/Berlin") << int(TrendBucket::Day) << utcMs(2026, 3, 28, 12)
        << utcMs(2026, 3, 30, 12)
        << QList<qint64>{utcMs(2026, 3, 27, 23), utcMs(2026, 3, 28, 23), utcMs(2026, 3, 29, 22),
                         utcMs(2026, 3, 30, 22)};
    QTest::newRow("Berlin autumn change day lasts 25 hours")
        << QStringLiteral("Europe/Berlin") << int(TrendBucket::Day) << utcMs(2026, 10, 25, 0)
        << utcMs(2026, 10, 25, 23)
        << QList<qint64>{utcMs(2026, 10, 24, 22), utcMs(2026, 10, 25, 23)};
    QTest::newRow("weeks start on Monday")
        << QStringLiteral("UTC") << int(TrendBucket::Week) << utcMs(2026, 3, 4)
        << utcMs(2026, 3, 10)
        << QList<qint64>{utcMs(2026, 3, 2), utcMs(2026, 3, 9), utcMs(2026, 3, 16)};
    QTest::newRow("a week across the year end keeps its Monday")
        << QStringLiteral("UTC") << int(TrendBucket::Week) << utcMs(2027, 1, 1) << utcMs(2027, 1, 2)
        << QList<qint64>{utcMs(2026, 12, 28), utcMs(2027, 1, 4)};
    QTest::newRow("months in New York start at local midnight")
        << QStringLiteral("America/New_York") << int(TrendBucket::Month) << utcMs(2026, 2, 10)
        << utcMs(2026, 3, 10)
        << QList<qint64>{utcMs(2026, 2, 1, 5), utcMs(2026, 3, 1, 5), utcMs(2026, 4, 1, 4)};
    QTest::newRow("an end on a boundary adds no bucket")
        << QStringLiteral("UTC") << int(TrendBucket::Day) << utcMs(2026, 3, 2) << utcMs(2026, 3, 3)
        << QList<qint64>{utcMs(2026, 3, 2), utcMs(2026, 3, 3)};
    QTest::newRow("an empty window has no bucket")
        << QStringLiteral("UTC") << int(TrendBucket::Day) << utcMs(2026, 3, 2) << utcMs(2026, 3, 2)
        << QList<qint64>{};
}

void TestTestAnalytics::boundariesFollowCalendar()
{
    QFETCH(QString, zone);
    QFETCH(int, bucket);
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    QFETCH(QList<qint64>, boundaries);

    const QTimeZone timeZone(zone.toUtf8());
    QVERIFY(timeZone.isValid());
    QCOMPARE(trendBoundaries(fromMs, toMs, TrendBucket(bucket), timeZone), boundaries);
}

void TestTestAnalytics::boundariesRejectTooManyBuckets()
{
    const qint64 fromMs = utcMs(1800, 1, 1);
    const qint64 toMs = utcMs(2200, 1, 1);

    QCOMPARE(trendBoundaries(fromMs, toMs, TrendBucket::Day, QTimeZone::utc()), QList<qint64>());
    QCOMPARE(trendBoundaries(fromMs, toMs, TrendBucket::Month, QTimeZone::utc()).size(),
             400 * 12 + 1);
}

void TestTestAnalytics::passRateLeavesOutUndecided()
{
    const ResultCounts counts = resultCounts(3, 1, 5, 2, 4, 1);

    QCOMPARE(counts.executions(), 16);
    QCOMPARE(counts.passRate(), std::optional<double>(0.75));
    QCOMPARE(counts.failureRate(), std::optional<double>(0.25));
    QCOMPARE(resultCounts(0, 0, 2, 1, 1).passRate(), std::nullopt);
    QCOMPARE(passRateFormula(),
             QStringLiteral("Pass rate = Passed / (Passed + Failed); skipped, aborted and "
                            "result-less runs are left out"));
}

void TestTestAnalytics::trendCountsEveryDay()
{
    insertWeekFixture();

    const TestTrend trend =
        queryTestTrend(m_workspace, window(utcMs(2026, 3, 2), utcMs(2026, 3, 5)), {});

    QVERIFY2(trend.ok(), qPrintable(trend.error));
    QCOMPARE(trend.points.size(), 3);

    const TrendPoint &day1 = trend.points.at(0);
    QCOMPARE(day1.startMs, utcMs(2026, 3, 2));
    QCOMPARE(day1.endMs, utcMs(2026, 3, 3));
    QCOMPARE(day1.counts, resultCounts(1, 2, 1, 1, 0));
    QCOMPARE(day1.counts.passRate(), std::optional<double>(1.0 / 3.0));
    // The aborted run has no end, so four of five runs give (30 + 60 + 90 + 2) / 4.
    QCOMPARE(day1.executionsWithDuration, 4);
    QCOMPARE(day1.averageDurationSeconds(), std::optional<double>(45.5));

    const TrendPoint &day2 = trend.points.at(1);
    QCOMPARE(day2.startMs, utcMs(2026, 3, 3));
    QCOMPARE(day2.counts, ResultCounts());
    QCOMPARE(day2.counts.passRate(), std::nullopt);
    QCOMPARE(day2.averageDurationSeconds(), std::nullopt);

    const TrendPoint &day3 = trend.points.at(2);
    QCOMPARE(day3.startMs, utcMs(2026, 3, 4));
    QCOMPARE(day3.counts, resultCounts(1, 0, 0, 0, 1));
    QCOMPARE(day3.counts.passRate(), std::optional<double>(1.0));
    QCOMPARE(day3.averageDurationSeconds(), std::optional<double>(40.0));
}

void TestTestAnalytics::trendOpenWindowUsesDataSpan()
{
    insertWeekFixture();

    const TestTrend trend = queryTestTrend(m_workspace, Filter(), {});

    QVERIFY2(trend.ok(), qPrintable(trend.error));
    QCOMPARE(trend.points.size(), 3);
    QCOMPARE(trend.points.at(0).startMs, utcMs(2026, 3, 2));
    QCOMPARE(trend.points.at(2).endMs, utcMs(2026, 3, 5));
    QCOMPARE(trend.points.at(1).counts.executions(), 0);
}

void TestTestAnalytics::trendAppliesFilter()
{
    insertWeekFixture();
    Filter filter = window(utcMs(2026, 3, 2), utcMs(2026, 3, 5));
    filter.testCase = {QStringLiteral("test-case/b"), TextMatch::Contains};

    const TestTrend trend = queryTestTrend(m_workspace, filter, {});

    QVERIFY2(trend.ok(), qPrintable(trend.error));
    QCOMPARE(trend.points.size(), 3);
    QCOMPARE(trend.points.at(0).counts, resultCounts(0, 0, 1, 1, 0));
    QCOMPARE(trend.points.at(0).counts.passRate(), std::nullopt);
    QCOMPARE(trend.points.at(2).counts, resultCounts(0, 0, 0, 0, 1));
}

void TestTestAnalytics::trendBucketsByBerlinDays()
{
    // 23:30 UTC on 28 March is 00:30 on the 29th in Berlin (CET), and 22:30
    // UTC on the 29th is 00:30 on the 30th (CEST, after the change).
    insertExecution(m_workspace, execution(CaseA, QStringLiteral("d-1"), utcMs(2026, 3, 28, 23, 30),
                                           QStringLiteral("Passed"), 10));
    insertExecution(m_workspace, execution(CaseA, QStringLiteral("d-2"), utcMs(2026, 3, 29, 21, 30),
                                           QStringLiteral("Failed"), 10));
    insertExecution(m_workspace, execution(CaseA, QStringLiteral("d-3"), utcMs(2026, 3, 29, 22, 30),
                                           QStringLiteral("Passed"), 10));
    const Filter filter = window(utcMs(2026, 3, 28, 12), utcMs(2026, 3, 30, 12));

    TrendOptions berlin;
    berlin.zone = QTimeZone("Europe/Berlin");
    const TestTrend local = queryTestTrend(m_workspace, filter, berlin);
    const TestTrend utc = queryTestTrend(m_workspace, filter, {});

    QVERIFY2(local.ok(), qPrintable(local.error));
    QCOMPARE(local.points.size(), 3);
    QCOMPARE(local.points.at(1).endMs - local.points.at(1).startMs, 23 * HourMs);
    QCOMPARE(local.points.at(0).counts.executions(), 0);
    QCOMPARE(local.points.at(1).counts, resultCounts(1, 1, 0, 0, 0));
    QCOMPARE(local.points.at(2).counts, resultCounts(1, 0, 0, 0, 0));

    QVERIFY2(utc.ok(), qPrintable(utc.error));
    QCOMPARE(utc.points.size(), 3);
    QCOMPARE(utc.points.at(0).counts, resultCounts(1, 0, 0, 0, 0));
    QCOMPARE(utc.points.at(1).counts, resultCounts(1, 1, 0, 0, 0));
    QCOMPARE(utc.points.at(2).counts.executions(), 0);
}

void TestTestAnalytics::trendWeeksStartOnMonday()
{
    insertWeekFixture();
    insertExecution(m_workspace, execution(CaseA, QStringLiteral("a-5"), utcMs(2026, 3, 9, 8),
                                           QStringLiteral("Failed"), 20));
    TrendOptions weeks;
    weeks.bucket = TrendBucket::Week;

    const TestTrend trend =
        queryTestTrend(m_workspace, window(utcMs(2026, 3, 3), utcMs(2026, 3, 10)), weeks);

    // The window starts on Tuesday, so Monday's runs of the first week are outside it.
    QVERIFY2(trend.ok(), qPrintable(trend.error));
    QCOMPARE(trend.points.size(), 2);
    QCOMPARE(trend.points.at(0).startMs, utcMs(2026, 3, 2));
    QCOMPARE(trend.points.at(0).counts, resultCounts(1, 0, 0, 0, 1));
    QCOMPARE(trend.points.at(1).startMs, utcMs(2026, 3, 9));
    QCOMPARE(trend.points.at(1).counts, resultCounts(0, 1, 0, 0, 0));
}

void TestTestAnalytics::duplicateExecutionCountsOnce()
{
    // The data lake delivered execution dup-1 twice under two start times;
    // the copy it processed last stands for the execution.
    QVariantMap older = execution(CaseA, QStringLiteral("dup-1"), utcMs(2026, 3, 2, 23, 59),
                                  QStringLiteral("Failed"), 30);
    older.insert(QStringLiteral("data_lake_last_processed_timestamp"), utcMs(2026, 3, 3, 1));
    QVariantMap newer = execution(CaseA, QStringLiteral("dup-1"), utcMs(2026, 3, 3, 0, 1),
                                  QStringLiteral("Passed"), 50);
    newer.insert(QStringLiteral("data_lake_last_processed_timestamp"), utcMs(2026, 3, 3, 2));
    insertExecution(m_workspace, older);
    insertExecution(m_workspace, newer);
    insertExecution(m_workspace, execution(CaseA, QStringLiteral("single"), utcMs(2026, 3, 2, 12),
                                           QStringLiteral("Failed"), 10));

    const TestTrend trend =
        queryTestTrend(m_workspace, window(utcMs(2026, 3, 2), utcMs(2026, 3, 4)), {});
    const TestHistory history = queryTestHistory(m_workspace, Filter());
    const TestKpis kpis = queryTestKpis(m_workspace, window(utcMs(2026, 3, 2), utcMs(2026, 3, 4)));

    QVERIFY2(trend.ok(), qPrintable(trend.error));
    QCOMPARE(trend.points.at(0).counts, resultCounts(0, 1, 0, 0, 0));
    QCOMPARE(trend.points.at(1).counts, resultCounts(1, 0, 0, 0, 0));
    QCOMPARE(trend.points.at(1).averageDurationSeconds(), std::optional<double>(50.0));

    QVERIFY2(history.ok(), qPrintable(history.error));
    QCOMPARE(history.testCases.size(), 1);
    QCOMPARE(history.testCases.at(0).runs.size(), 2);
    QCOMPARE(history.testCases.at(0).runs.at(1).executionId, QStringLiteral("dup-1"));
    QCOMPARE(history.testCases.at(0).isFixed(), true);

    QVERIFY2(kpis.ok(), qPrintable(kpis.error));
    QCOMPARE(kpis.current.counts.executions(), 2);
}

void TestTestAnalytics::duplicateOutdatedCopyIgnoresFilter()
{
    QVariantMap older = execution(CaseA, QStringLiteral("dup-1"), utcMs(2026, 3, 2, 10),
                                  QStringLiteral("Failed"), 30);
    older.insert(QStringLiteral("data_lake_last_processed_timestamp"), utcMs(2026, 3, 2, 11));
    QVariantMap newer = execution(CaseA, QStringLiteral("dup-1"), utcMs(2026, 3, 2, 10, 1),
                                  QStringLiteral("Passed"), 30);
    newer.insert(QStringLiteral("data_lake_last_processed_timestamp"), utcMs(2026, 3, 2, 12));
    insertExecution(m_workspace, older);
    insertExecution(m_workspace, newer);
    Filter failedOnly = window(utcMs(2026, 3, 2), utcMs(2026, 3, 3));
    failedOnly.testResults = {QStringLiteral("Failed")};

    const TestTrend trend = queryTestTrend(m_workspace, failedOnly, {});

    QVERIFY2(trend.ok(), qPrintable(trend.error));
    QCOMPARE(trend.points.size(), 1);
    QCOMPARE(trend.points.at(0).counts.executions(), 0);
}

void TestTestAnalytics::executionListMatchesTrend_data()
{
    QTest::addColumn<QStringList>("results");
    QTest::addColumn<QStringList>("executionIds");
    QTest::addColumn<QList<qint64>>("starts");

    // dup-1 was delivered as Failed, then as Passed under a later start, and
    // dup-2 twice as Failed. Only the copies processed last are listed.
    QTest::newRow("failed lists each failed execution once")
        << QStringList{QStringLiteral("Failed")}
        << QStringList{QStringLiteral("dup-2"), QStringLiteral("single")}
        << QList<qint64>{utcMs(2026, 3, 2, 10, 1), utcMs(2026, 3, 2, 11)};
    QTest::newRow("passed lists the newer copy of dup-1")
        << QStringList{QStringLiteral("Passed")} << QStringList{QStringLiteral("dup-1")}
        << QList<qint64>{utcMs(2026, 3, 2, 9, 1)};
    QTest::newRow("every result lists three executions")
        << QStringList() << QStringList{"dup-1", "dup-2", "single"}
        << QList<qint64>{utcMs(2026, 3, 2, 9, 1), utcMs(2026, 3, 2, 10, 1), utcMs(2026, 3, 2, 11)};
}

void TestTestAnalytics::executionListMatchesTrend()
{
    QFETCH(QStringList, results);
    QFETCH(QStringList, executionIds);
    QFETCH(QList<qint64>, starts);

    auto copy = [](const QString &id, qint64 startMs, const QString &result, qint64 processedMs) {
        QVariantMap row = execution(CaseA, id, startMs, result, 30);
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
    Filter filter = window(utcMs(2026, 3, 2), utcMs(2026, 3, 3));
    filter.testResults = results;

    const ExecutionList list = queryExecutionList(m_workspace, filter, 100);
    const TestTrend trend = queryTestTrend(m_workspace, filter, {});

    QVERIFY2(list.ok(), qPrintable(list.error));
    QCOMPARE(list.columns, testCaseExecutionResultsSpec().columnNames());
    const int idColumn =
        int(list.columns.indexOf(QStringLiteral("connect_test_case_execution_id")));
    const int startColumn =
        int(list.columns.indexOf(QStringLiteral("connect_test_case_execution_start_timestamp")));
    QStringList listedIds;
    QList<qint64> listedStarts;
    for (const QVariantList &row : list.rows) {
        listedIds.append(row.at(idColumn).toString());
        listedStarts.append(row.at(startColumn).toLongLong());
    }
    QCOMPARE(listedIds, executionIds);
    QCOMPARE(listedStarts, starts);
    QCOMPARE(list.total, qint64(executionIds.size()));
    QVERIFY2(trend.ok(), qPrintable(trend.error));
    QCOMPARE(trend.points.at(0).counts.executions(), list.total);
}

void TestTestAnalytics::executionListStopsAtLimit()
{
    for (int i = 0; i < 5; ++i)
        insertExecution(m_workspace,
                        execution(CaseA, QStringLiteral("run-%1").arg(i), utcMs(2026, 3, 2, 10 + i),
                                  QStringLiteral("Passed"), 30));

    const ExecutionList list = queryExecutionList(m_workspace, Filter(), 2);

    QVERIFY2(list.ok(), qPrintable(list.error));
    QCOMPARE(list.total, 5);
    QCOMPARE(list.rows.size(), 2);
    const int idColumn =
        int(list.columns.indexOf(QStringLiteral("connect_test_case_execution_id")));
    QCOMPARE(list.rows.at(0).at(idColumn).toString(), QStringLiteral("run-0"));
    QCOMPARE(list.rows.at(1).at(idColumn).toString(), QStringLiteral("run-1"));
}

void TestTestAnalytics::kpisCompareWithPreviousPeriod()
{
    insertWeekFixture();

    const TestKpis kpis = queryTestKpis(m_workspace, window(utcMs(2026, 3, 4), utcMs(2026, 3, 6)));

    QVERIFY2(kpis.ok(), qPrintable(kpis.error));
    QVERIFY(kpis.hasPeriod);
    QCOMPARE(kpis.current.fromMs, utcMs(2026, 3, 4));
    QCOMPARE(kpis.current.toMs, utcMs(2026, 3, 6));
    QCOMPARE(kpis.current.counts, resultCounts(1, 0, 0, 0, 1));
    QCOMPARE(kpis.current.counts.passRate(), std::optional<double>(1.0));
    QCOMPARE(kpis.current.counts.failureRate(), std::optional<double>(0.0));
    QCOMPARE(kpis.current.averageDurationSeconds, std::optional<double>(40.0));

    QCOMPARE(kpis.previous.fromMs, utcMs(2026, 3, 2));
    QCOMPARE(kpis.previous.toMs, utcMs(2026, 3, 4));
    QCOMPARE(kpis.previous.counts, resultCounts(1, 2, 1, 1, 0));
    QCOMPARE(kpis.previous.counts.failureRate(), std::optional<double>(2.0 / 3.0));
    QCOMPARE(kpis.previous.averageDurationSeconds, std::optional<double>(45.5));
}

void TestTestAnalytics::kpisOfEmptyWorkspaceHaveNoPeriod()
{
    const TestKpis kpis = queryTestKpis(m_workspace, Filter());
    const TestTrend trend = queryTestTrend(m_workspace, Filter(), {});

    QVERIFY2(kpis.ok(), qPrintable(kpis.error));
    QCOMPARE(kpis.hasPeriod, false);
    QVERIFY2(trend.ok(), qPrintable(trend.error));
    QCOMPARE(trend.points.size(), 0);
}

// Test case F: decisive results P P P P P P P F P F P with a skipped run
// between the last two, one run per hour from 2026-03-02 00:00 UTC.
static void insertFlakyCase(Workspace &workspace, const QString &arn)
{
    const QStringList results = {"Passed", "Passed", "Passed", "Passed", "Passed",  "Passed",
                                 "Passed", "Failed", "Passed", "Failed", "Skipped", "Passed"};
    for (qsizetype i = 0; i < results.size(); ++i) {
        insertExecution(workspace,
                        execution(arn, QStringLiteral("f-%1").arg(i, 2, 10, QLatin1Char('0')),
                                  utcMs(2026, 3, 2) + i * HourMs, results.at(i), 10));
    }
}

void TestTestAnalytics::historyMarksFlakyTestCases()
{
    insertFlakyCase(m_workspace, CaseA);
    insertWeekFixture();

    const TestHistory history = queryTestHistory(m_workspace, Filter());

    QVERIFY2(history.ok(), qPrintable(history.error));
    QCOMPARE(history.testCases.size(), 2);
    const TestCaseHistory &flaky = history.testCases.at(0);
    QCOMPARE(flaky.arn, CaseA);
    QCOMPARE(flaky.runs.size(), 16);
    // The last 10 decisive runs are P P F P F F F P P P: four switches.
    QCOMPARE(flaky.resultSwitches(10), 4);
    QCOMPARE(flaky.isFlaky(FlakyRule()), true);
    QCOMPARE(flaky.lastResult(), QStringLiteral("Passed"));
    // 9 + 2 passed and 2 + 2 failed: the flaky runs and the week fixture's runs of A.
    QCOMPARE(flaky.counts, resultCounts(11, 4, 1, 0, 0));
    QCOMPARE(flaky.passRate(), std::optional<double>(11.0 / 15.0));

    const TestCaseHistory &steady = history.testCases.at(1);
    QCOMPARE(steady.arn, CaseB);
    QCOMPARE(steady.resultSwitches(10), 0);
    QCOMPARE(steady.isFlaky(FlakyRule()), false);
    QCOMPARE(steady.lastResult(), QString());
    QVERIFY(steady.lastResult().isNull());
}

void TestTestAnalytics::historyRuleIsSettable_data()
{
    QTest::addColumn<int>("minSwitches");
    QTest::addColumn<int>("windowRuns");
    QTest::addColumn<bool>("flaky");

    QTest::newRow("default rule of 3 in 10 marks it") << 3 << 10 << true;
    QTest::newRow("5 switches are more than it has") << 5 << 10 << false;
    QTest::newRow("the last 4 runs switch 3 times") << 3 << 4 << true;
    QTest::newRow("the last 3 runs switch only twice") << 3 << 3 << false;
    QTest::newRow("the last 20 runs switch 4 times") << 4 << 20 << true;
}

void TestTestAnalytics::historyRuleIsSettable()
{
    QFETCH(int, minSwitches);
    QFETCH(int, windowRuns);
    QFETCH(bool, flaky);
    insertFlakyCase(m_workspace, CaseA);

    const TestHistory history = queryTestHistory(m_workspace, Filter());

    QVERIFY2(history.ok(), qPrintable(history.error));
    QCOMPARE(history.testCases.size(), 1);
    QCOMPARE(history.testCases.at(0).isFlaky({minSwitches, windowRuns}), flaky);
}

void TestTestAnalytics::historyMarksNewFailureAndFix()
{
    const qint64 start = utcMs(2026, 3, 2);
    const QStringList newFailure = {"Passed", "Passed", "Passed", "Failed"};
    const QStringList fixed = {"Failed", "Failed", "Passed", "Skipped"};
    for (qsizetype i = 0; i < newFailure.size(); ++i) {
        insertExecution(m_workspace, execution(CaseA, QStringLiteral("a-%1").arg(i),
                                               start + i * HourMs, newFailure.at(i), 5));
        insertExecution(m_workspace, execution(CaseB, QStringLiteral("b-%1").arg(i),
                                               start + i * HourMs, fixed.at(i), 5));
    }

    const TestHistory history = queryTestHistory(m_workspace, Filter());

    QVERIFY2(history.ok(), qPrintable(history.error));
    QCOMPARE(history.testCases.size(), 2);
    QCOMPARE(history.testCases.at(0).isNewFailure(), true);
    QCOMPARE(history.testCases.at(0).isFixed(), false);
    QCOMPARE(history.testCases.at(0).isFlaky(FlakyRule()), false);
    QCOMPARE(history.testCases.at(1).isNewFailure(), false);
    QCOMPARE(history.testCases.at(1).isFixed(), true);
    QCOMPARE(history.testCases.at(1).lastResult(), QStringLiteral("Skipped"));
}

void TestTestAnalytics::historyUsesLatestName()
{
    QVariantMap first =
        execution(CaseA, QStringLiteral("n-1"), utcMs(2026, 3, 2, 1), QStringLiteral("Passed"), 5);
    first.insert(QStringLiteral("connect_test_case_resource_name"), QStringLiteral("Old name"));
    QVariantMap second =
        execution(CaseA, QStringLiteral("n-2"), utcMs(2026, 3, 2, 2), QStringLiteral("Passed"), 5);
    second.insert(QStringLiteral("connect_test_case_resource_name"), QStringLiteral("New name"));
    QVariantMap third =
        execution(CaseA, QStringLiteral("n-3"), utcMs(2026, 3, 2, 3), QStringLiteral("Passed"), 5);
    third.insert(QStringLiteral("connect_test_case_resource_name"), QVariant());
    insertExecution(m_workspace, first);
    insertExecution(m_workspace, second);
    insertExecution(m_workspace, third);

    const TestHistory history = queryTestHistory(m_workspace, Filter());

    QVERIFY2(history.ok(), qPrintable(history.error));
    QCOMPARE(history.testCases.size(), 1);
    QCOMPARE(history.testCases.at(0).name, QStringLiteral("New name"));
}

void TestTestAnalytics::reasonsAreCountedAndBucketed()
{
    const qint64 day1 = utcMs(2026, 3, 2, 9);
    const qint64 day3 = utcMs(2026, 3, 4, 9);
    const QList<std::pair<QVariantMap, QVariant>> rows = {
        {execution(CaseA, "r-1", day1, "Failed", 5), R"(["Timeout after 30 s", "Prompt missing"])"},
        {execution(CaseA, "r-2", day1 + HourMs, "Failed", 5), R"(["Timeout after 30 s"])"},
        {execution(CaseB, "r-3", day3, "Failed", 5),
         R"(["Timeout after 30 s", "Timeout after 30 s"])"},
        {execution(CaseB, "r-4", day3 + HourMs, "Failed", 5), "not a JSON array"},
        {execution(CaseB, "r-5", day3 + 2 * HourMs, "Passed", 5), QVariant()},
        {execution(CaseB, "r-6", day3 + 3 * HourMs, "Passed", 5), "[]"},
        {execution(CaseB, "r-7", day3 + 4 * HourMs, "Aborted", 5), R"([1, "Queue closed"])"},
        {execution(CaseB, "r-8", day3 + 5 * HourMs, "Failed", 5), R"({"reason": "object"})"},
    };
    for (auto row : rows) {
        row.first.insert(QStringLiteral("connect_test_case_failure_reasons"), row.second);
        insertExecution(m_workspace, row.first);
    }
    const QList<FailureCategory> categories = {
        {QStringLiteral("Timeouts"), QStringLiteral("(?i)TIMEOUT")},
        {QStringLiteral("Prompts"), QStringLiteral("prompt")},
    };

    const FailureReasons reasons = queryFailureReasons(
        m_workspace, window(utcMs(2026, 3, 2), utcMs(2026, 3, 5)), {}, categories);

    QVERIFY2(reasons.ok(), qPrintable(reasons.error));
    QCOMPARE(reasons.boundaries.size(), 4);
    QCOMPARE(reasons.reasons.size(), 3);

    const FailureReasonCount &timeout = reasons.reasons.at(0);
    QCOMPARE(timeout.reason, QStringLiteral("Timeout after 30 s"));
    QCOMPARE(timeout.category, QStringLiteral("Timeouts"));
    QCOMPARE(timeout.occurrences, 4);
    QCOMPARE(timeout.executions, 3);
    QCOMPARE(timeout.testCases, 2);
    QCOMPARE(timeout.perBucket, QList<qint64>({2, 0, 2}));

    // "prompt" is case-sensitive, so "Prompt missing" stays uncategorised.
    const FailureReasonCount &prompt = reasons.reasons.at(1);
    QCOMPARE(prompt.reason, QStringLiteral("Prompt missing"));
    QCOMPARE(prompt.category, QStringLiteral("uncategorised"));
    QCOMPARE(prompt.occurrences, 1);
    QCOMPARE(prompt.perBucket, QList<qint64>({1, 0, 0}));

    const FailureReasonCount &queue = reasons.reasons.at(2);
    QCOMPARE(queue.reason, QStringLiteral("Queue closed"));
    QCOMPARE(queue.executions, 1);
    QCOMPARE(queue.perBucket, QList<qint64>({0, 0, 1}));

    QCOMPARE(reasons.categories.size(), 3);
    QCOMPARE(reasons.categories.at(0).name, QStringLiteral("Timeouts"));
    QCOMPARE(reasons.categories.at(0).occurrences, 4);
    QCOMPARE(reasons.categories.at(0).perBucket, QList<qint64>({2, 0, 2}));
    QCOMPARE(reasons.categories.at(1).name, QStringLiteral("Prompts"));
    QCOMPARE(reasons.categories.at(1).occurrences, 0);
    QCOMPARE(reasons.categories.at(1).perBucket, QList<qint64>({0, 0, 0}));
    QCOMPARE(reasons.categories.at(2).name, QStringLiteral("uncategorised"));
    QCOMPARE(reasons.categories.at(2).occurrences, 2);
    QCOMPARE(reasons.categories.at(2).perBucket, QList<qint64>({1, 0, 1}));
}

void TestTestAnalytics::firstMatchingCategoryWins()
{
    QVariantMap row = execution(CaseA, "r-1", utcMs(2026, 3, 2, 9), "Failed", 5);
    row.insert(QStringLiteral("connect_test_case_failure_reasons"),
               R"(["Queue closed", "Prompt missing"])");
    insertExecution(m_workspace, row);
    const QList<FailureCategory> categories = {
        {QStringLiteral("Routing"), QStringLiteral("Queue|Prompt")},
        {QStringLiteral("Queues"), QStringLiteral("Queue")},
    };

    const FailureReasons reasons = queryFailureReasons(m_workspace, Filter(), {}, categories);

    QVERIFY2(reasons.ok(), qPrintable(reasons.error));
    QCOMPARE(reasons.reasons.size(), 2);
    QCOMPARE(reasons.reasons.at(0).category, QStringLiteral("Routing"));
    QCOMPARE(reasons.reasons.at(1).category, QStringLiteral("Routing"));
    QCOMPARE(reasons.categories.at(0).occurrences, 2);
    QCOMPARE(reasons.categories.at(1).occurrences, 0);
}

void TestTestAnalytics::categoryValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("message");

    QTest::newRow("valid pattern passes") << "Timeouts"
                                          << "time(d )?out" << QString();
    QTest::newRow("blank name is rejected")
        << "  "
        << "timeout"
        << "The failure category with pattern \"timeout\" has no name. Give it a name.";
    QTest::newRow("empty pattern is rejected")
        << "Everything"
        << ""
        << "The failure category \"Everything\" has an empty pattern, which would match every "
           "reason. Enter a regular expression.";
    QTest::newRow("unbalanced bracket is rejected")
        << "Broken"
        << "(timeout"
        << "The pattern \"(timeout\" of failure category \"Broken\" is not a valid regular "
           "expression: missing closing parenthesis at character 9. Correct the pattern.";
}

void TestTestAnalytics::categoryValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, pattern);
    QFETCH(QString, message);

    QCOMPARE(validateFailureCategory({name, pattern}), message);
}

void TestTestAnalytics::categoriesAreStoredInOrder()
{
    const QList<FailureCategory> categories = {
        {QStringLiteral("Timeouts"), QStringLiteral("timeout")},
        {QStringLiteral("Bots"), QStringLiteral("(?i)bot")},
    };
    QString error;

    QVERIFY2(saveFailureCategories(m_workspace, categories, &error), qPrintable(error));
    QCOMPARE(loadFailureCategories(m_workspace, &error), categories);
    QVERIFY2(saveFailureCategories(m_workspace, {categories.at(1)}, &error), qPrintable(error));
    QCOMPARE(loadFailureCategories(m_workspace, &error), QList<FailureCategory>{categories.at(1)});
    QCOMPARE(error, QString());
}

void TestTestAnalytics::invalidCategoriesAreNotStored()
{
    const QList<FailureCategory> stored = {{QStringLiteral("Timeouts"), QStringLiteral("timeout")}};
    QString error;
    QVERIFY2(saveFailureCategories(m_workspace, stored, &error), qPrintable(error));

    const bool saved = saveFailureCategories(m_workspace,
                                             {{QStringLiteral("Bots"), QStringLiteral("bot")},
                                              {QStringLiteral("Broken"), QStringLiteral("[a-")}},
                                             &error);

    QCOMPARE(saved, false);
    QVERIFY2(error.startsWith(QStringLiteral("The pattern \"[a-\" of failure category "
                                             "\"Broken\" is not a valid regular expression")),
             qPrintable(error));
    QString loadError;
    QCOMPARE(loadFailureCategories(m_workspace, &loadError), stored);

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("Reading the failure reasons of .* "
                                                           "is not a valid regular expression")));
    const FailureReasons reasons = queryFailureReasons(
        m_workspace, Filter(), {}, {{QStringLiteral("Broken"), QStringLiteral("[a-")}});
    QVERIFY(reasons.error.contains(QStringLiteral("is not a valid regular expression")));
}

void TestTestAnalytics::rankingListsFailingCasesAndFlows()
{
    insertWeekFixture();
    QVariantMap failedB =
        execution(CaseB, QStringLiteral("b-9"), utcMs(2026, 3, 4, 12), QStringLiteral("Failed"), 5);
    failedB.insert(QStringLiteral("connect_test_case_initiating_flow_id"),
                   QStringLiteral("flow-1"));
    insertExecution(m_workspace, failedB);

    const FailureRanking ranking = queryFailureRanking(m_workspace, Filter(), 10);

    QVERIFY2(ranking.ok(), qPrintable(ranking.error));
    QCOMPARE(ranking.testCases.size(), 2);
    QCOMPARE(ranking.testCases.at(0).arn, CaseA);
    QCOMPARE(ranking.testCases.at(0).name, QStringLiteral("a"));
    QCOMPARE(ranking.testCases.at(0).counts, resultCounts(2, 2, 0, 0, 0));
    QCOMPARE(ranking.testCases.at(1).arn, CaseB);
    QCOMPARE(ranking.testCases.at(1).counts, resultCounts(0, 1, 1, 1, 1));

    // Only flow-1 started failed executions: a-1, a-2 and b-9.
    QCOMPARE(ranking.flows.size(), 1);
    QCOMPARE(ranking.flows.at(0).flowId, QStringLiteral("flow-1"));
    QCOMPARE(ranking.flows.at(0).counts, resultCounts(0, 3, 0, 0, 0));
    QCOMPARE(ranking.flows.at(0).testCases, 2);

    const FailureRanking top = queryFailureRanking(m_workspace, Filter(), 1);
    QVERIFY2(top.ok(), qPrintable(top.error));
    QCOMPARE(top.testCases.size(), 1);
    QCOMPARE(top.testCases.at(0).arn, CaseA);
}

void TestTestAnalytics::runContactsFlagMissingContacts()
{
    const QVariantMap run = execution(CaseA, QStringLiteral("run-1"), utcMs(2026, 3, 2, 9),
                                      QStringLiteral("Passed"), 30);
    insertExecution(m_workspace, run);
    linkContact(m_workspace, run, QStringLiteral("c-2"), false);
    linkContact(m_workspace, run, QStringLiteral("c-1"), true);
    linkContact(m_workspace, run, QStringLiteral("c-0"), false);
    insertFlowEvent(m_workspace, QStringLiteral("e-1"), QStringLiteral("c-1"),
                    utcMs(2026, 3, 2, 9));
    insertFlowEvent(m_workspace, QStringLiteral("e-2"), QStringLiteral("c-1"),
                    utcMs(2026, 3, 2, 9));
    insertFlowEvent(m_workspace, QStringLiteral("e-3"), QStringLiteral("c-0"),
                    utcMs(2026, 3, 2, 9));

    const RunContacts contacts =
        queryRunContacts(m_workspace, {CaseA, utcMs(2026, 3, 2, 9), QStringLiteral("run-1")});

    QVERIFY2(contacts.ok(), qPrintable(contacts.error));
    QCOMPARE(contacts.executionFound, true);
    QCOMPARE(contacts.contacts.size(), 3);
    QCOMPARE(contacts.contacts.at(0).contactId, QStringLiteral("c-1"));
    QCOMPARE(contacts.contacts.at(0).initial, true);
    QCOMPARE(contacts.contacts.at(0).flowEvents, 2);
    QCOMPARE(contacts.contacts.at(1).contactId, QStringLiteral("c-0"));
    QCOMPARE(contacts.contacts.at(1).isMissing(), false);
    QCOMPARE(contacts.contacts.at(2).contactId, QStringLiteral("c-2"));
    QCOMPARE(contacts.contacts.at(2).initial, false);
    QCOMPARE(contacts.contacts.at(2).isMissing(), true);
    QCOMPARE(contacts.missingCount(), 1);
}

void TestTestAnalytics::contactListsItsExecutions()
{
    const QVariantMap first = execution(CaseA, QStringLiteral("run-1"), utcMs(2026, 3, 2, 9),
                                        QStringLiteral("Passed"), 30);
    const QVariantMap second =
        execution(CaseB, QStringLiteral("run-2"), utcMs(2026, 3, 2, 8), QString(), -1);
    insertExecution(m_workspace, first);
    insertExecution(m_workspace, second);
    linkContact(m_workspace, first, QStringLiteral("c-1"), false);
    linkContact(m_workspace, second, QStringLiteral("c-1"), true);
    linkContact(m_workspace, second, QStringLiteral("c-2"), false);

    const ContactExecutions executions = queryContactExecutions(m_workspace, QStringLiteral("c-1"));

    QVERIFY2(executions.ok(), qPrintable(executions.error));
    QCOMPARE(executions.executions.size(), 2);
    QCOMPARE(executions.executions.at(0).key,
             ExecutionKey({CaseB, utcMs(2026, 3, 2, 8), QStringLiteral("run-2")}));
    QCOMPARE(executions.executions.at(0).initial, true);
    QVERIFY(executions.executions.at(0).result.isNull());
    QCOMPARE(executions.executions.at(1).key.executionId, QStringLiteral("run-1"));
    QCOMPARE(executions.executions.at(1).testCaseName, QStringLiteral("a"));
    QCOMPARE(executions.executions.at(1).result, QStringLiteral("Passed"));
    QCOMPARE(executions.executions.at(1).initial, false);
}

void TestTestAnalytics::unknownExecutionHasNoContacts()
{
    const RunContacts contacts =
        queryRunContacts(m_workspace, {CaseA, utcMs(2026, 3, 2), QStringLiteral("missing")});

    QVERIFY2(contacts.ok(), qPrintable(contacts.error));
    QCOMPARE(contacts.executionFound, false);
    QCOMPARE(contacts.contacts.size(), 0);
}

void TestTestAnalytics::testRunFilterSplitsFlowEvents()
{
    const QVariantMap run = execution(CaseA, QStringLiteral("run-1"), utcMs(2026, 3, 2, 9),
                                      QStringLiteral("Passed"), 30);
    insertExecution(m_workspace, run);
    linkContact(m_workspace, run, QStringLiteral("c-test"), true);
    insertFlowEvent(m_workspace, QStringLiteral("e-1"), QStringLiteral("c-test"),
                    utcMs(2026, 3, 2, 9));
    insertFlowEvent(m_workspace, QStringLiteral("e-2"), QStringLiteral("c-test"),
                    utcMs(2026, 3, 2, 9));
    insertFlowEvent(m_workspace, QStringLiteral("e-3"), QStringLiteral("c-customer"),
                    utcMs(2026, 3, 2, 9));

    auto eventIds = [this](TestRunOrigin origin) {
        Filter filter;
        filter.createdByTestRun = origin;
        const SqlCondition condition = filter.toSql(QLatin1String(TableNames::ContactFlowEvents));
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral("SELECT event_id FROM contact_flow_events WHERE %1 ORDER BY "
                                     "event_id")
                          .arg(condition.whereSql));
        for (const QVariant &value : condition.bindValues)
            query.addBindValue(value);
        QStringList ids;
        if (!query.exec())
            return QStringList{query.lastError().text()};
        while (query.next())
            ids.append(query.value(0).toString());
        return ids;
    };

    QCOMPARE(eventIds(TestRunOrigin::CreatedByTestRun), QStringList({"e-1", "e-2"}));
    QCOMPARE(eventIds(TestRunOrigin::NotCreatedByTestRun), QStringList({"e-3"}));
}

void TestTestAnalytics::trendModelShowsExactCells()
{
    insertWeekFixture();
    TestTrendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setTrend(queryTestTrend(m_workspace, window(utcMs(2026, 3, 2), utcMs(2026, 3, 5)), {}));

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(TestTrendModel::ColumnCount));
    QCOMPARE(model.index(0, TestTrendModel::BucketColumn).data().toString(),
             QStringLiteral("2026-03-02"));
    QCOMPARE(model.index(0, TestTrendModel::ExecutionsColumn).data().toString(),
             QStringLiteral("5"));
    QCOMPARE(model.index(0, TestTrendModel::FailedColumn).data(RawValueRole).toLongLong(), 2);
    QCOMPARE(model.index(0, TestTrendModel::PassRateColumn).data().toString(),
             QStringLiteral("33.3 %"));
    QCOMPARE(model.index(0, TestTrendModel::AverageDurationColumn).data().toString(),
             QStringLiteral("45.5 s"));
    QCOMPARE(model.index(1, TestTrendModel::ExecutionsColumn).data().toString(),
             QStringLiteral("0"));
    QCOMPARE(model.index(1, TestTrendModel::PassRateColumn).data().toString(), QStringLiteral("–"));
    QVERIFY(!model.index(1, TestTrendModel::PassRateColumn).data(RawValueRole).isValid());
    QCOMPARE(model.index(2, TestTrendModel::NoResultColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.headerData(TestTrendModel::PassRateColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString(),
             passRateFormula());

    TrendOptions weeks;
    weeks.bucket = TrendBucket::Week;
    model.setTrend(
        queryTestTrend(m_workspace, window(utcMs(2026, 3, 2), utcMs(2026, 3, 5)), weeks));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, TestTrendModel::BucketColumn).data().toString(),
             QStringLiteral("2026-W10 (from 2026-03-02)"));
}

void TestTestAnalytics::historyModelPutsLatestRunRight()
{
    insertWeekFixture();
    TestHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRunColumns(4);

    model.setHistory(queryTestHistory(m_workspace, Filter()));

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), TestHistoryModel::FirstRunColumn + 4);
    const int latest = TestHistoryModel::FirstRunColumn + 3;
    // A: Failed, Failed, Passed, Passed fills all four run columns.
    QCOMPARE(model.index(0, TestHistoryModel::NameColumn).data().toString(), QStringLiteral("a"));
    QCOMPARE(model.index(0, TestHistoryModel::FirstRunColumn).data().toString(),
             QStringLiteral("Failed"));
    QCOMPARE(model.index(0, latest).data().toString(), QStringLiteral("Passed"));
    QCOMPARE(model.index(0, latest).data(RunExecutionIdRole).toString(), QStringLiteral("a-4"));
    QCOMPARE(model.index(0, TestHistoryModel::PassRateColumn).data().toString(),
             QStringLiteral("50.0 %"));
    // B: Skipped, Aborted, no result leaves the first run column empty.
    QVERIFY(!model.index(1, TestHistoryModel::FirstRunColumn).data().isValid());
    QCOMPARE(model.index(1, latest).data().toString(), QStringLiteral("no result"));
    QVERIFY(model.index(1, latest).data(RunResultRole).isValid());
    QVERIFY(model.index(1, latest).data(RunResultRole).toString().isNull());
    QCOMPARE(model.index(1, TestHistoryModel::LastResultColumn).data().toString(),
             QStringLiteral("no result"));
    QCOMPARE(model.index(1, TestHistoryModel::PassRateColumn).data().toString(),
             QStringLiteral("–"));
    QCOMPARE(model.headerData(latest, Qt::Horizontal).toString(), QStringLiteral("Latest"));
    QCOMPARE(model.headerData(latest - 1, Qt::Horizontal).toString(), QStringLiteral("−1"));
}

void TestTestAnalytics::historyModelSortsByPassRate()
{
    insertFlakyCase(m_workspace, CaseB);
    insertWeekFixture();
    TestHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory(queryTestHistory(m_workspace, Filter()));
    const QPersistentModelIndex caseA = model.index(0, TestHistoryModel::NameColumn);

    model.sort(TestHistoryModel::PassRateColumn, Qt::DescendingOrder);

    // B passed 9 of 11 decisive runs (82 %), A 2 of 4 (50 %).
    QCOMPARE(model.index(0, TestHistoryModel::NameColumn).data().toString(), QStringLiteral("b"));
    QCOMPARE(model.index(0, TestHistoryModel::FlakyColumn).data().toString(),
             QStringLiteral("flaky"));
    QCOMPARE(model.index(1, TestHistoryModel::NameColumn).data().toString(), QStringLiteral("a"));
    QCOMPARE(caseA.row(), 1);

    model.setFlakyRule({5, 10});
    QCOMPARE(model.index(0, TestHistoryModel::FlakyColumn).data().toString(), QString());

    model.sort(TestHistoryModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, TestHistoryModel::NameColumn).data().toString(), QStringLiteral("a"));
    QCOMPARE(caseA.row(), 0);
}

void TestTestAnalytics::reasonModelShowsCounts()
{
    QVariantMap row = execution(CaseA, "r-1", utcMs(2026, 3, 2, 9), "Failed", 5);
    row.insert(QStringLiteral("connect_test_case_failure_reasons"),
               R"(["Queue closed", "Queue closed", "Prompt missing"])");
    insertExecution(m_workspace, row);
    FailureReasonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setReasons(queryFailureReasons(m_workspace, Filter(), {},
                                         {{QStringLiteral("Queues"), QStringLiteral("Queue")}}));

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, FailureReasonModel::ReasonColumn).data().toString(),
             QStringLiteral("Queue closed"));
    QCOMPARE(model.index(0, FailureReasonModel::CategoryColumn).data().toString(),
             QStringLiteral("Queues"));
    QCOMPARE(model.index(0, FailureReasonModel::OccurrencesColumn).data().toString(),
             QStringLiteral("2"));
    QCOMPARE(model.index(0, FailureReasonModel::ExecutionsColumn).data(RawValueRole).toLongLong(),
             1);
    QCOMPARE(model.index(1, FailureReasonModel::CategoryColumn).data().toString(),
             QStringLiteral("uncategorised"));
}

QTEST_GUILESS_MAIN(TestTestAnalytics)
#include "tst_testanalytics.moc"
