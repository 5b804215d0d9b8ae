#pragma once

#include "flowanalytics.h"
#include "flownames.h"

#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QString>

// The flow map's logging category, "flowscope.views.flowmap".
Q_DECLARE_LOGGING_CATEGORY(lcFlowMap)

namespace Flowscope {

// The measure that the flow map's node and edge weights show.
enum class FlowMapOverlay {
    Contacts,       // distinct contacts
    Events,         // occurrences, counting repeats within a contact
    MedianDuration, // step duration on nodes, transition time on edges
    MeanDuration,
    MaxDuration,
};

bool isPerformanceOverlay(FlowMapOverlay overlay);

// The overlay's value of a node or edge: a count, or a duration in
// milliseconds. It is nullopt when nothing was measured, as for start, end
// and queue nodes and for transitions without a measured time.
std::optional<double> overlayValue(const FlowMapNode &node, FlowMapOverlay overlay);
std::optional<double> overlayValue(const FlowMapEdge &edge, FlowMapOverlay overlay);

// A duration for labels: "850 ms", "12.3 s", "4.5 min", "2.1 h" or "3.2 d".
QString formatDuration(double milliseconds);
// The overlay's value as a label, such as "1,234" or "12.3 s"; "–" for none.
QString formatOverlayValue(const std::optional<double> &value, FlowMapOverlay overlay);

// A stable key of an activity for layouts and lookups, such as "flow:abc".
QString activityKey(const Activity &activity);

// The label of an activity: its stored name when there is one, else its id;
// "Start" and "End" for the synthetic nodes.
QString activityLabel(const Activity &activity, const QHash<QString, FlowName> &names);

// The maximum number of edges the path slider keeps, beyond each activity's
// strongest incoming and outgoing edge. Graphviz laid out a generated map of
// 346 activities with their 692 required edges in 0.5 s (tst_flowmapview, 2
// cores), but ran for more than five minutes with all 9,694 of its edges.
inline constexpr int DefaultMaxMapEdges = 400;

// The part of a flow map that the activity and path sliders keep.
struct SimplifiedFlowMap
{
    QList<FlowMapNode> nodes; // in the order of FlowMap::nodes
    QList<FlowMapEdge> edges; // in the order of FlowMap::edges
    int hiddenNodes = 0;
    int hiddenEdges = 0;
    // Of hiddenEdges, the edges between kept activities that the path
    // slider's percentage drops.
    int pathHiddenEdges = 0;
    // Of hiddenEdges, the edges that the path slider's percentage keeps but
    // the `maxEdges` limit of simplifyFlowMap drops.
    int cappedEdges = 0;
};

// Simplifies a flow map like a process-mining tool's activity and path sliders.
//
// Activities: the start and end nodes stay, plus the ceil(activityPercent %)
// most frequent other activities (by events, in FlowMap::nodes order, at
// least one). Every kept activity must stay reachable from the start and lead
// to the end. So the activities on its chain of strongest incoming edges back
// to a kept activity are kept too, and so are those on its chain of strongest
// outgoing edges forward to one.
//
// Paths: among the edges between kept activities, every kept activity keeps
// its strongest incoming and outgoing edge (by events), and the
// ceil(pathPercent %) most frequent of the other edges stay, but no more than
// make `maxEdges` edges in all, because Graphviz's crossing minimization takes
// minutes on a few thousand edges.
SimplifiedFlowMap simplifyFlowMap(const FlowMap &map, int activityPercent, int pathPercent,
                                  int maxEdges = DefaultMaxMapEdges);

// The activity slider's starting percentage for a map of `activities`
// activities (start and end not counted): the one that keeps about
// `visibleActivities` of them, 100 % for a small map.
int defaultActivityPercent(qsizetype activities, int visibleActivities = 30);

// The path slider's starting percentage for `map` with the activity slider at
// `activityPercent`: the highest one that keeps at most `visibleEdges` edges.
// It is 0 when the strongest edges of the kept activities alone exceed
// `visibleEdges`, and 100 when every edge between them fits.
int defaultPathPercent(const FlowMap &map, int activityPercent, int visibleEdges);

} // namespace Flowscope
