#include "flowmapgraph.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

Q_LOGGING_CATEGORY(lcFlowMap, "flowscope.views.flowmap", QtWarningMsg)

namespace Flowscope {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Flowscope::FlowMapGraph", text);
}

std::optional<double> durationValue(const DurationStats &stats, FlowMapOverlay overlay)
{
    if (stats.count == 0)
        return std::nullopt;
    switch (overlay) {
    case FlowMapOverlay::MedianDuration:
        return stats.medianMs;
    case FlowMapOverlay::MeanDuration:
        return stats.meanMs;
    case FlowMapOverlay::MaxDuration:
        return double(stats.maxMs);
    case FlowMapOverlay::Contacts:
    case FlowMapOverlay::Events:
        break;
    }
    return std::nullopt;
}

// How many of `count` items `percent` keeps: the ceiling, so that a small
// percentage of a few items still keeps one.
qsizetype keptCount(qsizetype count, int percent)
{
    const int clamped = std::clamp(percent, 0, 100);
    return qsizetype(std::ceil(double(count) * clamped / 100.0));
}

// The strongest edges into and out of each activity, self-loops excepted.
// FlowMap::edges is sorted by events descending, so the first match wins.
struct StrongestEdges
{
    QHash<QString, const FlowMapEdge *> incoming;
    QHash<QString, const FlowMapEdge *> outgoing;
};

StrongestEdges strongestEdges(const QList<FlowMapEdge> &edges,
                              const std::function<bool(const FlowMapEdge &)> &candidate)
{
    StrongestEdges strongest;
    for (const FlowMapEdge &edge : edges) {
        if (edge.from == edge.to || !candidate(edge))
            continue;
        const QString from = activityKey(edge.from);
        const QString to = activityKey(edge.to);
        if (!strongest.outgoing.contains(from))
            strongest.outgoing.insert(from, &edge);
        if (!strongest.incoming.contains(to))
            strongest.incoming.insert(to, &edge);
    }
    return strongest;
}

} // namespace

bool isPerformanceOverlay(FlowMapOverlay overlay)
{
    return overlay != FlowMapOverlay::Contacts && overlay != FlowMapOverlay::Events;
}

std::optional<double> overlayValue(const FlowMapNode &node, FlowMapOverlay overlay)
{
    if (overlay == FlowMapOverlay::Contacts)
        return double(node.contacts);
    if (overlay == FlowMapOverlay::Events)
        return double(node.events);
    return durationValue(node.duration, overlay);
}

std::optional<double> overlayValue(const FlowMapEdge &edge, FlowMapOverlay overlay)
{
    if (overlay == FlowMapOverlay::Contacts)
        return double(edge.contacts);
    if (overlay == FlowMapOverlay::Events)
        return double(edge.events);
    return durationValue(edge.transition, overlay);
}

QString formatDuration(double milliseconds)
{
    const QLocale locale;
    if (milliseconds < 1000)
        return translated("%1 ms").arg(locale.toString(qint64(std::llround(milliseconds))));
    const double seconds = milliseconds / 1000;
    if (seconds < 60)
        return translated("%1 s").arg(locale.toString(seconds, 'f', 1));
    if (seconds < 3600)
        return translated("%1 min").arg(locale.toString(seconds / 60, 'f', 1));
    if (seconds < 86400)
        return translated("%1 h").arg(locale.toString(seconds / 3600, 'f', 1));
    return translated("%1 d").arg(locale.toString(seconds / 86400, 'f', 1));
}

QString formatOverlayValue(const std::optional<double> &value, FlowMapOverlay overlay)
{
    if (!value)
        return QStringLiteral("–");
    if (isPerformanceOverlay(overlay))
        return formatDuration(*value);
    return QLocale().toString(qint64(std::llround(*value)));
}

QString activityKey(const Activity &activity)
{
    return activityKindName(activity.kind) + QLatin1Char(':') + activity.id;
}

QString activityLabel(const Activity &activity, const QHash<QString, FlowName> &names)
{
    if (activity.kind == ActivityKind::Start)
        return translated("Start");
    if (activity.kind == ActivityKind::End)
        return translated("End");

    const auto named = names.constFind(activity.id);
    if (named != names.cend() && !named->name.isEmpty())
        return named->name;
    if (activity.id.isEmpty())
        return translated("(no id)");
    return activity.id;
}

SimplifiedFlowMap simplifyFlowMap(const FlowMap &map, int activityPercent, int pathPercent,
                                  int maxEdges)
{
    // Activities: start and end, then the most frequent others.
    QSet<QString> kept;
    QList<const FlowMapNode *> others;
    for (const FlowMapNode &node : map.nodes) {
        if (node.activity.kind == ActivityKind::Start || node.activity.kind == ActivityKind::End)
            kept.insert(activityKey(node.activity));
        else
            others.append(&node);
    }
    const qsizetype keep =
        others.isEmpty() ? 0 : std::max<qsizetype>(1, keptCount(others.size(), activityPercent));
    QList<QString> chosen;
    for (qsizetype i = 0; i < keep; ++i) {
        chosen.append(activityKey(others.at(i)->activity));
        kept.insert(chosen.constLast());
    }

    // Connect each chosen activity back to the start and forward to the end
    // through the strongest edges, keeping the activities on the way.
    const StrongestEdges all = strongestEdges(map.edges, [](const FlowMapEdge &) { return true; });
    for (const QString &activity : std::as_const(chosen)) {
        for (const bool backward : {true, false}) {
            QString current = activity;
            QSet<QString> visited{current};
            while (true) {
                const FlowMapEdge *edge =
                    (backward ? all.incoming : all.outgoing).value(current, nullptr);
                if (!edge)
                    break;
                const QString next = activityKey(backward ? edge->from : edge->to);
                if (kept.contains(next) || visited.contains(next)) {
                    kept.insert(next);
                    break;
                }
                visited.insert(next);
                kept.insert(next);
                current = next;
            }
        }
    }

    SimplifiedFlowMap simplified;
    for (const FlowMapNode &node : map.nodes) {
        if (kept.contains(activityKey(node.activity)))
            simplified.nodes.append(node);
    }
    simplified.hiddenNodes = int(map.nodes.size() - simplified.nodes.size());

    // Paths: the strongest edges of each kept activity, then the most frequent others.
    const auto between = [&kept](const FlowMapEdge &edge) {
        return kept.contains(activityKey(edge.from)) && kept.contains(activityKey(edge.to));
    };
    const StrongestEdges strongest = strongestEdges(map.edges, between);
    QSet<const FlowMapEdge *> required;
    for (const FlowMapEdge *edge : strongest.incoming)
        required.insert(edge);
    for (const FlowMapEdge *edge : strongest.outgoing)
        required.insert(edge);

    QList<const FlowMapEdge *> optional;
    for (const FlowMapEdge &edge : map.edges) {
        if (between(edge) && !required.contains(&edge))
            optional.append(&edge);
    }
    QSet<const FlowMapEdge *> keptEdges = required;
    const qsizetype room = std::max<qsizetype>(0, maxEdges - required.size());
    const qsizetype requested = keptCount(optional.size(), pathPercent);
    const qsizetype keepEdges = std::min(room, requested);
    for (qsizetype i = 0; i < keepEdges; ++i)
        keptEdges.insert(optional.at(i));

    for (const FlowMapEdge &edge : map.edges) {
        if (keptEdges.contains(&edge))
            simplified.edges.append(edge);
    }
    simplified.hiddenEdges = int(map.edges.size() - simplified.edges.size());
    simplified.pathHiddenEdges = int(optional.size() - requested);
    simplified.cappedEdges = int(requested - keepEdges);
    return simplified;
}

int defaultActivityPercent(qsizetype activities, int visibleActivities)
{
    if (activities <= 0)
        return 100;
    const int percent = int(std::ceil(100.0 * visibleActivities / double(activities)));
    return std::clamp(percent, 1, 100);
}

int defaultPathPercent(const FlowMap &map, int activityPercent, int visibleEdges)
{
    // The edge count grows with the percentage, so a binary search finds the
    // highest percentage within the budget in seven simplifications.
    const auto edgesAt = [&](int pathPercent) {
        return simplifyFlowMap(map, activityPercent, pathPercent).edges.size();
    };
    if (edgesAt(100) <= visibleEdges)
        return 100;
    int low = 0;
    int high = 100;
    while (high - low > 1) {
        const int middle = (low + high) / 2;
        if (edgesAt(middle) <= visibleEdges)
            low = middle;
        else
            high = middle;
    }
    return low;
}

} // namespace Flowscope
