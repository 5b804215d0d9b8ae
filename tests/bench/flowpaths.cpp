// Times the flow analytics over an existing workspace in one process: the
// flow map (edges and variants), the flow map with its Graphviz layout as the
// desktop page draws it, the reference metrics, the outcome trend and the
// daily trends, each RUNS times. Prints one "name median_seconds" line per
// query with the median wall seconds and, in brackets, the median CPU seconds
// of the process, for tests/bench/flowpaths.sh.
//
// It also opens the desktop flow map page on the workspace RUNS times and
// waits until the map is drawn and painted. Meanwhile a 1 ms timer on the GUI
// thread records the maximum gap between its ticks, which is the longest time
// the window could not react to input. That gap also grows when other
// processes keep the machine busy, so the GUI thread's CPU time per event is
// printed beside it.
//
// Usage: QT_QPA_PLATFORM=offscreen bench_flowpaths WORKSPACE [RUNS] [TRACE_MS]
// With TRACE_MS, every event that the GUI thread took at least TRACE_MS
// milliseconds to handle is printed to stderr with its receiver, so that a
// stall can be traced to its cause.

#include "flowanalytics.h"
#include "flowmapgraph.h"
#include "flowmaplayout.h"
#include "flowmappage.h"
#include "flowmapscene.h"
#include "pages.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace Flowscope;

namespace {

struct Timing
{
    double wallSeconds = 0;
    double cpuSeconds = 0;
};

double cpuSecondsNow()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

Timing medianTiming(int runs, const std::function<void()> &work)
{
    std::vector<double> walls;
    std::vector<double> cpus;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuSecondsNow();
        work();
        cpus.push_back(cpuSecondsNow() - cpuStart);
        walls.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls[walls.size() / 2], cpus[cpus.size() / 2]};
}

void printTiming(const char *name, const Timing &timing)
{
    std::printf("%s %.2f (%.2f)\n", name, timing.wallSeconds, timing.cpuSeconds);
}

// An application that measures the GUI thread's own CPU time for each event
// it handles. Unlike wall time, that excludes waiting for a processor while
// other threads or processes hold it, so it stays meaningful on a busy machine.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    // Prints each event that took at least `milliseconds` of wall time to stderr.
    void setTraceThresholdMs(qint64 milliseconds) { m_thresholdMs = milliseconds; }

    void resetMaxEventCpu() { m_maxEventCpuMs = 0; }
    // The most GUI-thread CPU time one event took since resetMaxEventCpu, in milliseconds.
    double maxEventCpuMs() const { return m_maxEventCpuMs; }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);

        // The time of an event includes the events delivered while handling it,
        // so only the outermost one counts.
        const bool outermost = m_depth == 0;
        const int type = int(event->type());
        QElapsedTimer timer;
        timer.start();
        const double cpuStartMs = threadCpuMs();
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        const double cpuMs = threadCpuMs() - cpuStartMs;
        if (outermost)
            m_maxEventCpuMs = std::max(m_maxEventCpuMs, cpuMs);

        const qint64 elapsedMs = timer.elapsed();
        if (m_thresholdMs >= 0 && elapsedMs >= m_thresholdMs) {
            QTextStream(stderr) << "slow event: " << elapsedMs << " ms wall, " << qRound(cpuMs)
                                << " ms GUI-thread CPU, type " << type << ", receiver "
                                << receiver->metaObject()->className() << ' '
                                << receiver->objectName() << '\n';
        }
        return handled;
    }

private:
    static double threadCpuMs()
    {
        timespec time{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
        return double(time.tv_sec) * 1000 + double(time.tv_nsec) / 1e6;
    }

    qint64 m_thresholdMs = -1;
    int m_depth = 0;
    double m_maxEventCpuMs = 0;
};

// The maximum gap between ticks of a 1 ms timer on the GUI thread, in milliseconds.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_maxGapMs = std::max(m_maxGapMs, m_sinceTick.restart()); });
    }

    void start()
    {
        m_maxGapMs = 0;
        m_sinceTick.start();
        m_timer.start();
    }

    qint64 maxGapMs() const { return std::max(m_maxGapMs, m_sinceTick.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_maxGapMs = 0;
};

QtMessageHandler defaultMessageHandler = nullptr;

// Drops the warning that the offscreen platform prints whenever a shown
// widget's size hints change, which would bury the benchmark's output.
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    defaultMessageHandler(type, context, message);
}

// Runs the event loop for `milliseconds`, or until `done` returns true.
void runEventLoop(qint64 milliseconds, const std::function<bool()> &done = {})
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds && !(done && done()))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

struct PageRun
{
    double drawnSeconds = 0; // from setWorkspacePath until the page emits mapDrawn
    qint64 maxStallMs = 0;
    double maxEventCpuMs = 0; // of one event on the GUI thread
    qsizetype shownNodes = 0;
    qsizetype shownEdges = 0;
};

// Opens the flow map page at a desktop window size on `workspacePath` and
// waits until the map is drawn, then 300 ms more so that the view paints it.
PageRun openFlowMapPage(TracingApplication &app, const QString &workspacePath)
{
    FlowMapPage page(flowEventFilterFields());
    page.widget()->resize(1400, 900);
    page.widget()->show();
    runEventLoop(300);

    bool drawn = false;
    QObject::connect(&page, &FlowMapPage::mapDrawn, &page, [&drawn] { drawn = true; });
    StallMeter stall;
    stall.start();
    app.resetMaxEventCpu();
    QElapsedTimer timer;
    timer.start();
    page.setWorkspacePath(workspacePath);
    runEventLoop(600000, [&] { return drawn && !page.isBusy(); });

    PageRun run;
    run.drawnSeconds = double(timer.nsecsElapsed()) / 1e9;
    runEventLoop(300);
    run.maxStallMs = stall.maxGapMs();
    run.maxEventCpuMs = app.maxEventCpuMs();
    run.shownNodes = page.scene()->drawing().graph.nodes.size();
    run.shownEdges = page.scene()->drawing().graph.edges.size();
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    // The layout measures node labels with the desktop's fonts.
    TracingApplication app(argc, argv);
    defaultMessageHandler = qInstallMessageHandler(filterMessages);
    // The page reads its slider positions from QSettings: use an empty test store.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("bench_flowpaths"));
    QSettings().clear();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: bench_flowpaths WORKSPACE [RUNS] [TRACE_MS]\n");
        return 2;
    }
    const int runs = arguments.size() > 2 ? std::max(1, arguments.at(2).toInt()) : 3;
    if (arguments.size() > 3)
        app.setTraceThresholdMs(arguments.at(3).toLongLong());

    Workspace workspace;
    QString error;
    if (!workspace.open(arguments.at(1), Workspace::OpenMode::ReadOnly, &error)) {
        std::fprintf(stderr, "bench_flowpaths: %s\n", qPrintable(error));
        return 2;
    }

    FlowMap map;
    const Timing mapTiming = medianTiming(runs, [&] { map = computeFlowMap(workspace, Filter()); });
    if (!map.ok()) {
        std::fprintf(stderr, "bench_flowpaths: %s\n", qPrintable(map.error));
        return 1;
    }
    printTiming("flow_map", mapTiming);

    // What the flow map page does after a query: simplify with the default
    // sliders, measure the labels and lay the map out with Graphviz.
    FlowMapScene scene;
    const int activityPercent =
        defaultActivityPercent(map.nodes.size() - 2, FlowMapPage::DefaultVisibleActivities);
    const int pathPercent =
        defaultPathPercent(map, activityPercent, FlowMapPage::DefaultVisiblePaths);
    SimplifiedFlowMap shown;
    FlowMapLayoutResult layout;
    const auto layOut = [&](int activities, int paths) {
        shown = simplifyFlowMap(map, activities, paths);
        layout = FlowMapLayout::run(scene.layoutInput(shown, FlowMapOverlay::Contacts, {}));
    };
    printTiming("flow_map_with_layout", medianTiming(runs, [&] {
                    map = computeFlowMap(workspace, Filter());
                    layOut(activityPercent, pathPercent);
                }));
    printTiming("layout_default",
                medianTiming(runs, [&] { layOut(activityPercent, pathPercent); }));
    std::printf("layout_default_nodes %lld\n", static_cast<long long>(shown.nodes.size()));
    std::printf("layout_default_edges %lld\n", static_cast<long long>(shown.edges.size()));
    printTiming("layout_all", medianTiming(runs, [&] { layOut(100, 100); }));
    if (!layout.ok()) {
        std::fprintf(stderr, "bench_flowpaths: %s\n", qPrintable(layout.error));
        return 1;
    }

    // The page as the user sees it: query, layout and drawing, with the GUI thread's longest stall.
    std::vector<double> drawnSeconds;
    std::vector<qint64> stalls;
    double maxEventCpuMs = 0;
    PageRun pageRun;
    for (int run = 0; run < runs; ++run) {
        pageRun = openFlowMapPage(app, arguments.at(1));
        drawnSeconds.push_back(pageRun.drawnSeconds);
        stalls.push_back(pageRun.maxStallMs);
        maxEventCpuMs = std::max(maxEventCpuMs, pageRun.maxEventCpuMs);
    }
    std::sort(drawnSeconds.begin(), drawnSeconds.end());
    std::sort(stalls.begin(), stalls.end());
    std::printf("page_drawn %.2f\n", drawnSeconds[drawnSeconds.size() / 2]);
    std::printf("page_stall_median_ms %lld\n", static_cast<long long>(stalls[stalls.size() / 2]));
    std::printf("page_stall_max_ms %lld\n", static_cast<long long>(stalls.back()));
    std::printf("page_event_cpu_max_ms %.0f\n", maxEventCpuMs);
    std::printf("page_nodes %lld\n", static_cast<long long>(pageRun.shownNodes));
    std::printf("page_edges %lld\n", static_cast<long long>(pageRun.shownEdges));

    printTiming("flow_metrics",
                medianTiming(runs, [&] { computeFlowMetrics(workspace, Filter()); }));
    printTiming("outcome_trend_day", medianTiming(runs, [&] {
                    computeOutcomeTrend(workspace, Filter(), TimeBucket::Day);
                }));
    printTiming("flow_daily_trends",
                medianTiming(runs, [&] { computeFlowDailyTrends(workspace, Filter()); }));
    std::printf("events %lld\n", static_cast<long long>(map.eventCount));
    std::printf("contacts %lld\n", static_cast<long long>(map.contactCount));
    std::printf("nodes %lld\n", static_cast<long long>(map.nodes.size()));
    std::printf("edges %lld\n", static_cast<long long>(map.edges.size()));
    std::printf("variants %lld\n", static_cast<long long>(map.variants.size()));
    return 0;
}
