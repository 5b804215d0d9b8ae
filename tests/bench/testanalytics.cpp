// Times the test analytics queries on a workspace of test executions and
// prints a Markdown table of milliseconds (median and fastest of RUNS runs).
//
// Usage: bench_testanalytics WORKSPACE [RUNS]

#include "testanalytics.h"
#include "failurereasons.h"
#include "testanalyticsmodels.h"
#include "testhistory.h"
#include "testtrendspage.h"
#include "testtrendworker.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Flowscope;

namespace {

struct Timing
{
    QString name;
    QString size;
    double medianMs = 0;
    double fastestMs = 0;
    double medianCpuMs = 0; // processor time of this process, which a busy machine inflates less
};

// Runs `work` `runs` times; `work` returns a size that shows it did the work.
Timing measure(const QString &name, int runs, const std::function<QString()> &work)
{
    QList<double> times;
    QList<double> cpuTimes;
    QString size;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        size = work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        cpuTimes.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    return {name, size, times.at(times.size() / 2), times.constFirst(),
            cpuTimes.at(cpuTimes.size() / 2)};
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_testanalytics: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "Usage: bench_testanalytics WORKSPACE [RUNS]\n");
        return 2;
    }
    const int runs = arguments.size() > 2 ? std::max(arguments.at(2).toInt(), 1) : 5;

    Workspace workspace;
    QString error;
    if (!workspace.open(arguments.at(1), Workspace::OpenMode::ReadOnly, &error))
        fail(error);

    QSqlQuery count(workspace.database());
    count.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT connect_test_case_resource_arn) "
                              "FROM connect_test_case_execution_results"));
    count.next();
    const qint64 executions = count.value(0).toLongLong();
    const qint64 testCases = count.value(1).toLongLong();

    const QList<FailureCategory> categories = {
        {QStringLiteral("Timeouts"), QStringLiteral("(?i)timed? ?out|no response")},
        {QStringLiteral("Prompts"), QStringLiteral("(?i)prompt")},
        {QStringLiteral("Routing"), QStringLiteral("queue|branch")},
        {QStringLiteral("Input"), QStringLiteral("input \\d")},
    };
    TrendOptions berlinWeeks;
    berlinWeeks.bucket = TrendBucket::Week;
    berlinWeeks.zone = QTimeZone("Europe/Berlin");

    QList<Timing> timings;
    timings.append(measure(QStringLiteral("trend, day buckets, UTC"), runs, [&] {
        const TestTrend trend = queryTestTrend(workspace, Filter(), {});
        if (!trend.ok())
            fail(trend.error);
        return QStringLiteral("%1 buckets").arg(trend.points.size());
    }));
    timings.append(measure(QStringLiteral("trend, week buckets, Europe/Berlin"), runs, [&] {
        const TestTrend trend = queryTestTrend(workspace, Filter(), berlinWeeks);
        if (!trend.ok())
            fail(trend.error);
        return QStringLiteral("%1 buckets").arg(trend.points.size());
    }));
    timings.append(measure(QStringLiteral("KPIs with previous period"), runs, [&] {
        const TestKpis kpis = queryTestKpis(workspace, Filter());
        if (!kpis.ok())
            fail(kpis.error);
        return QStringLiteral("%1 executions").arg(kpis.current.counts.executions());
    }));
    // The trends page reads the trend, takes the current period's KPIs from
    // its buckets and reads only the previous period again.
    auto trendsPage = [&](const Filter &filter) {
        const TestTrend trend = queryTestTrend(workspace, filter, {});
        const TestKpis kpis = queryTestKpisWithTrend(workspace, filter, trend);
        if (!kpis.ok())
            fail(kpis.error);
        return QStringLiteral("%1 buckets, %2 + %3 executions")
            .arg(trend.points.size())
            .arg(kpis.current.counts.executions())
            .arg(kpis.previous.counts.executions());
    };
    timings.append(measure(QStringLiteral("trends page: trend and KPIs, day buckets"), runs,
                           [&] { return trendsPage(Filter()); }));
    QSqlQuery lastStart(workspace.database());
    lastStart.exec(QStringLiteral("SELECT MAX(connect_test_case_execution_start_timestamp) "
                                  "FROM connect_test_case_execution_results"));
    lastStart.next();
    Filter lastTwoWeeks;
    lastTwoWeeks.toMs = lastStart.value(0).toLongLong() + 1;
    lastTwoWeeks.fromMs = *lastTwoWeeks.toMs - 14LL * 24 * 3600 * 1000;
    timings.append(measure(QStringLiteral("trends page, last 14 days and the 14 before"), runs,
                           [&] { return trendsPage(lastTwoWeeks); }));
    timings.append(measure(QStringLiteral("history grid (query and model)"), runs, [&] {
        const TestHistory history = queryTestHistory(workspace, Filter());
        if (!history.ok())
            fail(history.error);
        TestHistoryModel model;
        model.setHistory(history);
        model.sort(TestHistoryModel::PassRateColumn);
        return QStringLiteral("%1 test cases").arg(model.rowCount());
    }));
    timings.append(measure(QStringLiteral("failure reasons with 4 categories"), runs, [&] {
        const FailureReasons reasons = queryFailureReasons(workspace, Filter(), {}, categories);
        if (!reasons.ok())
            fail(reasons.error);
        qint64 occurrences = 0;
        for (const FailureCategoryCount &category : reasons.categories)
            occurrences += category.occurrences;
        return QStringLiteral("%1 reasons").arg(occurrences);
    }));
    timings.append(measure(QStringLiteral("top 10 failing test cases and flows"), runs, [&] {
        const FailureRanking ranking = queryFailureRanking(workspace, Filter(), 10);
        if (!ranking.ok())
            fail(ranking.error);
        return QStringLiteral("%1 + %2 rows")
            .arg(ranking.testCases.size())
            .arg(ranking.flows.size());
    }));
    // A click on a bar segment of the trends page lists that segment's
    // executions, at most TestTrendsPage::MaxListedExecutions of them.
    auto segmentList = [&](Filter filter) {
        filter.testResults = {QStringLiteral("Passed")};
        const ExecutionList list =
            queryExecutionList(workspace, filter, TestTrendsPage::MaxListedExecutions);
        if (!list.ok())
            fail(list.error);
        return QStringLiteral("%1 of %2 executions").arg(list.rows.size()).arg(list.total);
    };
    Filter lastDay;
    lastDay.toMs = lastTwoWeeks.toMs;
    lastDay.fromMs = *lastDay.toMs - 24LL * 3600 * 1000;
    timings.append(measure(QStringLiteral("segment list, passed runs of the last day"), runs,
                           [&] { return segmentList(lastDay); }));
    timings.append(measure(QStringLiteral("segment list, passed runs of the whole range"), runs,
                           [&] { return segmentList(Filter()); }));

    QTextStream out(stdout);
    out << QStringLiteral("%1 executions of %2 test cases, %3 runs each\n\n")
               .arg(executions)
               .arg(testCases)
               .arg(runs);
    out << "| query | result | median ms | fastest ms | median CPU ms |\n|---|---|---|---|---|\n";
    for (const Timing &timing : std::as_const(timings)) {
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(timing.name, timing.size)
                   .arg(timing.medianMs, 0, 'f', 0)
                   .arg(timing.fastestMs, 0, 'f', 0)
                   .arg(timing.medianCpuMs, 0, 'f', 0);
    }
    return 0;
}
