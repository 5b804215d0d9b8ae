#include "testtrendworker.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

namespace Flowscope {

Q_LOGGING_CATEGORY(lcTestTrends, "flowscope.views.testtrends", QtWarningMsg)

namespace {

// The figures of a period from the trend buckets that cover it.
KpiValues sumOfBuckets(const TestTrend &trend, qint64 fromMs, qint64 toMs)
{
    KpiValues values;
    values.fromMs = fromMs;
    values.toMs = toMs;
    qint64 durationTotalMs = 0;
    qint64 withDuration = 0;
    for (const TrendPoint &point : trend.points) {
        values.counts.add(point.counts);
        durationTotalMs += point.durationTotalMs;
        withDuration += point.executionsWithDuration;
    }
    if (withDuration > 0)
        values.averageDurationSeconds = double(durationTotalMs) / 1000.0 / double(withDuration);
    return values;
}

} // namespace

TestKpis queryTestKpisWithTrend(Workspace &workspace, const Filter &filter, const TestTrend &trend)
{
    TestKpis kpis;
    if (!trend.ok()) {
        kpis.error = trend.error;
        return kpis;
    }

    // The trend resolved the window as queryTestKpis does: an open side is
    // the first or last matching start. Without buckets, an open window has
    // no period and a closed one is taken as it is.
    if (trend.points.isEmpty() && !(filter.fromMs && filter.toMs))
        return kpis;
    const qint64 fromMs = trend.points.isEmpty() ? *filter.fromMs : trend.fromMs;
    const qint64 toMs = trend.points.isEmpty() ? *filter.toMs : trend.toMs;

    // The trend read only the executions that match the filter, and its
    // buckets cover the whole window, so they hold exactly the window's
    // executions.
    kpis.hasPeriod = true;
    kpis.current = sumOfBuckets(trend, fromMs, toMs);

    // The previous period through the same trend query, in month buckets
    // because only their sum is needed.
    Filter previousFilter = filter;
    previousFilter.fromMs = fromMs - (toMs - fromMs);
    previousFilter.toMs = fromMs;
    TrendOptions previousOptions = trend.options;
    previousOptions.bucket = TrendBucket::Month;
    const TestTrend previous = queryTestTrend(workspace, previousFilter, previousOptions);
    if (!previous.ok()) {
        kpis.error = previous.error;
        kpis.hasPeriod = false;
        return kpis;
    }
    kpis.previous = sumOfBuckets(previous, *previousFilter.fromMs, *previousFilter.toMs);
    return kpis;
}

TestTrendWorker::TestTrendWorker(std::shared_ptr<std::atomic<quint64>> latestGeneration)
    : m_latestGeneration(std::move(latestGeneration))
{}

TestTrendWorker::~TestTrendWorker() = default;

bool TestTrendWorker::openWorkspace(const QString &path, QString *error)
{
    if (m_workspace && m_workspace->path() == path)
        return true;
    m_workspace.reset();
    if (path.isEmpty())
        return true;

    auto workspace = std::make_unique<Workspace>();
    if (!workspace->open(path, Workspace::OpenMode::ReadOnly, error))
        return false;
    m_workspace = std::move(workspace);
    return true;
}

void TestTrendWorker::compute(quint64 generation, const QString &workspacePath,
                              const Filter &filter, const TrendOptions &options)
{
    // A newer request is queued behind this one, and its result replaces ours.
    if (generation < m_latestGeneration->load())
        return;

    QElapsedTimer timer;
    timer.start();
    TestTrendResult result;
    result.trend.options = options;

    QString error;
    if (!openWorkspace(workspacePath, &error)) {
        result.trend.error =
            QCoreApplication::translate("Flowscope::TestTrendsPage",
                                        "Opening %1 for the test trend failed: %2. Check that "
                                        "the file exists and is readable, then reload.")
                .arg(workspacePath, error);
        qCWarning(lcTestTrends).noquote() << result.trend.error;
        Q_EMIT computed(generation, result);
        return;
    }
    if (!m_workspace) {
        Q_EMIT computed(generation, result);
        return;
    }

    result.trend = queryTestTrend(*m_workspace, filter, options);
    result.kpis = queryTestKpisWithTrend(*m_workspace, filter, result.trend);
    result.elapsedMs = timer.elapsed();
    qCDebug(lcTestTrends) << "trend of generation" << generation << "with"
                          << result.trend.points.size() << "buckets read in" << result.elapsedMs
                          << "ms";
    Q_EMIT computed(generation, result);
}

void TestTrendWorker::listExecutions(quint64 request, const QString &workspacePath,
                                     const Filter &filter, int limit)
{
    ExecutionList list;
    QString error;
    if (!openWorkspace(workspacePath, &error)) {
        list.error =
            QCoreApplication::translate("Flowscope::TestTrendsPage",
                                        "Opening %1 for the execution list failed: %2. Check "
                                        "that the file exists and is readable, then reload.")
                .arg(workspacePath, error);
        qCWarning(lcTestTrends).noquote() << list.error;
        Q_EMIT executionsListed(request, list);
        return;
    }
    if (m_workspace)
        list = queryExecutionList(*m_workspace, filter, limit);
    Q_EMIT executionsListed(request, list);
}

} // namespace Flowscope
