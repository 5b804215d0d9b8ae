// Times the flow analytics over an existing workspace in one process: the
// flow map (edges and variants), the flow map with its Graphviz layout as the
// desktop page draws it, the reference metrics, the outcome trend and the
// daily trends, each RUNS times. Prints one "name median_seconds" line per
// query with the median wall seconds and, in brackets, the median CPU seconds
// of the process, for tests/bench/flowpaths.sh.
//
// Usage: QT_QPA_PLATFORM=offscreen bench_flowpaths WORKSPACE [RUNS]

#include "flowanalytics.h"
#include "flowmapgraph.h"
#include "flowmaplayout.h"
#include "flowmappage.h"
#include "flowmapscene.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>

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

} // namespace

int main(int argc, char *argv[])
{
    // The layout measures node labels with the desktop's fonts.
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: bench_flowpaths WORKSPACE [RUNS]\n");
        return 2;
    }
    const int runs = arguments.size() > 2 ? std::max(1, arguments.at(2).toInt()) : 3;

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
    SimplifiedFlowMap shown;
    FlowMapLayoutResult layout;
    const auto layOut = [&](int activities, int paths) {
        shown = simplifyFlowMap(map, activities, paths);
        layout = FlowMapLayout::run(scene.layoutInput(shown, FlowMapOverlay::Contacts, {}));
    };
    printTiming("flow_map_with_layout", medianTiming(runs, [&] {
                    map = computeFlowMap(workspace, Filter());
                    layOut(activityPercent, FlowMapPage::DefaultPathPercent);
                }));
    printTiming("layout_default", medianTiming(runs, [&] {
                    layOut(activityPercent, FlowMapPage::DefaultPathPercent);
                }));
    std::printf("layout_default_nodes %lld\n", static_cast<long long>(shown.nodes.size()));
    std::printf("layout_default_edges %lld\n", static_cast<long long>(shown.edges.size()));
    printTiming("layout_all", medianTiming(runs, [&] { layOut(100, 100); }));
    if (!layout.ok()) {
        std::fprintf(stderr, "bench_flowpaths: %s\n", qPrintable(layout.error));
        return 1;
    }
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
