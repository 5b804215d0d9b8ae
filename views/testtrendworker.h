#pragma once

#include "filter.h"
#include "testanalytics.h"

#include <QMetaType>
#include <QObject>

#include <atomic>
#include <memory>

namespace Flowscope {

class Workspace;

// The trend and the KPIs of one filter, as the trends page shows them.
struct TestTrendResult
{
    TestTrend trend;
    TestKpis kpis;
    qint64 elapsedMs = 0; // wall-clock time of both queries, for the log
};

// The KPIs of a filter, read with the trend the page reads anyway: the
// current period's figures are the sum of the trend's buckets, so only the
// previous period is read again. Equal to queryTestKpis(workspace, filter).
TestKpis queryTestKpisWithTrend(Workspace &workspace, const Filter &filter, const TestTrend &trend);

// Reads trends on its own thread with its own workspace connection. A
// request whose generation is older than the page's latest is skipped
// without a result, and the page drops results for older generations.
class TestTrendWorker : public QObject
{
    Q_OBJECT

public:
    explicit TestTrendWorker(std::shared_ptr<std::atomic<quint64>> latestGeneration);
    ~TestTrendWorker() override;

    // Runs on the worker's thread; an empty path closes the workspace.
    void compute(quint64 generation, const QString &workspacePath, const Filter &filter,
                 const TrendOptions &options);
    // Reads queryExecutionList(filter, limit) on the worker's thread. Every
    // request emits executionsListed, and the page keeps only its latest.
    void listExecutions(quint64 request, const QString &workspacePath, const Filter &filter,
                        int limit);

Q_SIGNALS:
    void computed(quint64 generation, const Flowscope::TestTrendResult &result);
    void executionsListed(quint64 request, const Flowscope::ExecutionList &list);

private:
    bool openWorkspace(const QString &path, QString *error);

    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace Flowscope

Q_DECLARE_METATYPE(Flowscope::TestTrendResult)
Q_DECLARE_METATYPE(Flowscope::ExecutionList)
