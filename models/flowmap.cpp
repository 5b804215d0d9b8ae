// The directly-follows graph and the variants, computed from one scan of the
// filtered flow events sorted in memory (see flowpathscan.h). Contacts and
// activities are interned as integers, so the per-row work is two or three
// hash lookups of id bytes and a vector append.

#include "flowanalytics.h"

#include "flowpathscan.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace Flowscope {

namespace {

using FlowPaths::ActivityTable;
using FlowPaths::EndIndex;
using FlowPaths::PathItem;
using FlowPaths::StartIndex;

struct NodeTotals
{
    qint64 contacts = 0;
    qint64 events = 0;
    qint64 lastContact = -1; // the serial of the last contact counted
    std::vector<qint64> durations;
};

struct EdgeTotals
{
    qint64 contacts = 0;
    qint64 events = 0;
    qint64 lastContact = -1;
    std::vector<qint64> transitions;
};

DurationStats summarize(std::vector<qint64> &values)
{
    DurationStats stats;
    if (values.empty())
        return stats;

    stats.count = qint64(values.size());
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    stats.medianMs = values.size() % 2 == 1
                         ? double(values[middle])
                         : (double(values[middle - 1]) + double(values[middle])) / 2.0;
    double sum = 0;
    for (const qint64 value : values)
        sum += double(value);
    stats.meanMs = sum / double(values.size());
    stats.maxMs = values.back();
    return stats;
}

bool activityLess(const Activity &first, const Activity &second)
{
    if (first.kind != second.kind)
        return first.kind < second.kind;
    return first.id < second.id;
}

class FlowMapBuilder
{
public:
    explicit FlowMapBuilder(const ActivityTable &activities) : m_activities(activities) {}

    // Adds the path of one contact to the totals.
    void addContact(const std::vector<PathItem> &path)
    {
        if (path.empty())
            return;
        ++m_contactSerial;
        if (m_nodes.size() < size_t(m_activities.size()))
            m_nodes.resize(size_t(m_activities.size()));

        countEdge(StartIndex, path.front().activity, {});
        countNode(StartIndex, {});
        QList<int> sequence;
        sequence.reserve(qsizetype(path.size()));
        for (size_t i = 0; i < path.size(); ++i) {
            const PathItem &item = path[i];
            countNode(item.activity, item.durationMs);
            sequence.append(item.activity);
            if (i + 1 < path.size()) {
                const PathItem &next = path[i + 1];
                std::optional<qint64> transition;
                if (item.leaveMs && next.enterMs)
                    transition = std::max<qint64>(0, *next.enterMs - *item.leaveMs);
                countEdge(item.activity, next.activity, transition);
            }
        }
        countEdge(path.back().activity, EndIndex, {});
        countNode(EndIndex, {});

        ++m_variants[sequence];
        for (const PathItem &item : path) {
            if (!item.isQueue)
                ++m_eventCount;
        }
    }

    // The events of the added contacts; queues are not events.
    qint64 eventCount() const { return m_eventCount; }

    FlowMap result(const FlowMapOptions &options)
    {
        FlowMap map;
        map.contactCount = m_contactSerial + 1;

        for (size_t i = 0; i < m_nodes.size(); ++i) {
            NodeTotals &totals = m_nodes[i];
            if (totals.events == 0)
                continue;
            map.nodes.append({m_activities.at(int(i)), totals.contacts, totals.events,
                              summarize(totals.durations)});
        }
        std::sort(map.nodes.begin(), map.nodes.end(),
                  [](const FlowMapNode &first, const FlowMapNode &second) {
                      if (first.events != second.events)
                          return first.events > second.events;
                      return activityLess(first.activity, second.activity);
                  });

        for (auto edge = m_edges.begin(); edge != m_edges.end(); ++edge) {
            const int from = int(edge.key() >> 32);
            const int to = int(edge.key() & 0xffffffffU);
            map.edges.append({m_activities.at(from), m_activities.at(to), edge->contacts,
                              edge->events, summarize(edge->transitions)});
        }
        std::sort(map.edges.begin(), map.edges.end(),
                  [](const FlowMapEdge &first, const FlowMapEdge &second) {
                      if (first.events != second.events)
                          return first.events > second.events;
                      if (!(first.from == second.from))
                          return activityLess(first.from, second.from);
                      return activityLess(first.to, second.to);
                  });

        map.variants = variants(map.contactCount, options.maxVariants);
        return map;
    }

private:
    void countNode(int index, const std::optional<qint64> &durationMs)
    {
        NodeTotals &totals = m_nodes[size_t(index)];
        ++totals.events;
        if (totals.lastContact != m_contactSerial) {
            totals.lastContact = m_contactSerial;
            ++totals.contacts;
        }
        if (durationMs)
            totals.durations.push_back(*durationMs);
    }

    void countEdge(int from, int to, const std::optional<qint64> &transitionMs)
    {
        EdgeTotals &totals = m_edges[(quint64(quint32(from)) << 32) | quint32(to)];
        ++totals.events;
        if (totals.lastContact != m_contactSerial) {
            totals.lastContact = m_contactSerial;
            ++totals.contacts;
        }
        if (transitionMs)
            totals.transitions.push_back(*transitionMs);
    }

    QList<Variant> variants(qint64 contactCount, int maxVariants) const
    {
        QList<Variant> result;
        result.reserve(m_variants.size());
        for (auto variant = m_variants.cbegin(); variant != m_variants.cend(); ++variant) {
            Variant entry;
            for (const int index : variant.key())
                entry.steps.append(m_activities.at(index));
            entry.contacts = variant.value();
            result.append(entry);
        }
        std::sort(result.begin(), result.end(), [](const Variant &first, const Variant &second) {
            if (first.contacts != second.contacts)
                return first.contacts > second.contacts;
            return std::lexicographical_compare(first.steps.cbegin(), first.steps.cend(),
                                                second.steps.cbegin(), second.steps.cend(),
                                                activityLess);
        });

        qint64 covered = 0;
        for (Variant &variant : result) {
            covered += variant.contacts;
            variant.share = double(variant.contacts) / double(contactCount);
            variant.coverage = double(covered) / double(contactCount);
        }
        if (maxVariants > 0 && result.size() > maxVariants)
            result.resize(maxVariants);
        return result;
    }

    const ActivityTable &m_activities;
    std::vector<NodeTotals> m_nodes;
    QHash<quint64, EdgeTotals> m_edges;
    QHash<QList<int>, qint64> m_variants;
    qint64 m_contactSerial = -1;
    qint64 m_eventCount = 0;
};

} // namespace

FlowMap FlowPaths::buildFlowMap(Workspace &workspace, const Filter &filter,
                                const FlowMapOptions &options,
                                const AnalyticsProgressCallback &progress,
                                const PathPredicate &keep)
{
    ActivityTable activities;
    FlowMapBuilder builder(activities);
    const ScanOutcome scan = scanContactPaths(
        workspace, filter, activities,
        [&](const QByteArray &, const QByteArray &, const std::vector<PathItem> &path) {
            if (!keep || keep(path, activities))
                builder.addContact(path);
        },
        progress);

    FlowMap map;
    if (scan.cancelled || !scan.error.isEmpty()) {
        map.eventCount = scan.rowsRead;
        map.cancelled = scan.cancelled;
        map.error = scan.error;
        return map;
    }

    map = builder.result(options);
    map.eventCount = keep ? builder.eventCount() : scan.rowsRead;
    return map;
}

FlowMap computeFlowMap(Workspace &workspace, const Filter &filter, const FlowMapOptions &options,
                       const AnalyticsProgressCallback &progress)
{
    return FlowPaths::buildFlowMap(workspace, filter, options, progress, {});
}

} // namespace Flowscope
