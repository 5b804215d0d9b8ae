// The directly-follows graph and the variants, computed from one scan of the
// filtered flow events sorted in memory. Contacts and activities are interned
// as integers, so the per-row work is two or three hash lookups of id bytes
// and a vector append.

#include "flowanalytics.h"

#include "schema.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cstring>
#include <vector>

namespace Flowscope {

namespace {

constexpr qint64 ProgressIntervalRows = 65536;

// Index 0 and 1 of the interned activities.
constexpr int StartIndex = 0;
constexpr int EndIndex = 1;

// One entry of a contact's path: an event's activity, or a queue that follows one.
struct PathItem
{
    int activity = 0;
    std::optional<qint64> enterMs; // the event's start; none for queues
    // The event's end, or for a queue the end of its event; none when that
    // end is missing or before its start.
    std::optional<qint64> leaveMs;
    std::optional<qint64> durationMs; // a Complete step's duration
};

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
    FlowMapBuilder()
    {
        m_activities = {{ActivityKind::Start, QStringLiteral("start")},
                        {ActivityKind::End, QStringLiteral("end")}};
        m_nodes.resize(2);
    }

    // Interns an activity given as its kind and UTF-8 id.
    int intern(ActivityKind kind, const QByteArray &id)
    {
        m_key.clear();
        m_key.append(char('0' + int(kind)));
        m_key.append(id);
        const auto found = m_index.constFind(m_key);
        if (found != m_index.cend())
            return found.value();

        const int index = int(m_activities.size());
        m_index.insert(QByteArray(m_key.constData(), m_key.size()), index);
        m_activities.append({kind, id.isNull() ? QStringLiteral("") : QString::fromUtf8(id)});
        m_nodes.emplace_back();
        return index;
    }

    void addItem(const PathItem &item) { m_path.push_back(item); }

    // Adds the finished path of one contact to the totals.
    void finishContact()
    {
        if (m_path.empty())
            return;
        ++m_contactSerial;

        countEdge(StartIndex, m_path.front().activity, {});
        countNode(StartIndex, {});
        QList<int> sequence;
        sequence.reserve(qsizetype(m_path.size()));
        for (size_t i = 0; i < m_path.size(); ++i) {
            const PathItem &item = m_path[i];
            countNode(item.activity, item.durationMs);
            sequence.append(item.activity);
            if (i + 1 < m_path.size()) {
                const PathItem &next = m_path[i + 1];
                std::optional<qint64> transition;
                if (item.leaveMs && next.enterMs)
                    transition = std::max<qint64>(0, *next.enterMs - *item.leaveMs);
                countEdge(item.activity, next.activity, transition);
            }
        }
        countEdge(m_path.back().activity, EndIndex, {});
        countNode(EndIndex, {});

        ++m_variants[sequence];
        m_path.clear();
    }

    FlowMap result(const FlowMapOptions &options)
    {
        FlowMap map;
        map.contactCount = m_contactSerial + 1;

        for (size_t i = 0; i < m_nodes.size(); ++i) {
            NodeTotals &totals = m_nodes[i];
            if (totals.events == 0)
                continue;
            map.nodes.append({m_activities.at(qsizetype(i)), totals.contacts, totals.events,
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

    QList<Activity> m_activities;
    QHash<QByteArray, int> m_index;
    QByteArray m_key;
    std::vector<NodeTotals> m_nodes;
    QHash<quint64, EdgeTotals> m_edges;
    QHash<QList<int>, qint64> m_variants;
    std::vector<PathItem> m_path;
    qint64 m_contactSerial = -1;
};

// One flow event as the scan reads it, with ids interned.
struct ScanRow
{
    qint64 start = 0;
    qint64 end = 0;
    qint32 contact = 0;
    qint32 activity = 0;
    qint32 queue = -1;         // the queue activity that follows, or -1
    quint32 eventIdOffset = 0; // event_id bytes in ScanRows' arena
    quint32 eventIdSize = 0;
    bool hasStart = false;
    bool hasEnd = false;
};

// The scanned rows, their contacts interned and their event ids in one
// arena, so that a million rows cost no per-row allocation.
class ScanRows
{
public:
    qint32 internContact(const QByteArray &contactId)
    {
        const auto found = m_contacts.constFind(contactId);
        if (found != m_contacts.cend())
            return found.value();
        const qint32 index = qint32(m_contacts.size());
        m_contacts.insert(QByteArray(contactId.constData(), contactId.size()), index);
        return index;
    }

    void append(ScanRow row, const QByteArray &eventId)
    {
        row.eventIdOffset = quint32(m_eventIds.size());
        row.eventIdSize = quint32(eventId.size());
        m_eventIds.append(eventId);
        m_rows.push_back(row);
    }

    // Orders by contact, then as SQLite's ORDER BY start_timestamp,
    // end_timestamp, event_id would: NULL first, text by its bytes.
    void sort()
    {
        const char *ids = m_eventIds.constData();
        std::sort(m_rows.begin(), m_rows.end(), [ids](const ScanRow &first, const ScanRow &second) {
            if (first.contact != second.contact)
                return first.contact < second.contact;
            if (first.hasStart != second.hasStart)
                return !first.hasStart;
            if (first.hasStart && first.start != second.start)
                return first.start < second.start;
            if (first.hasEnd != second.hasEnd)
                return !first.hasEnd;
            if (first.hasEnd && first.end != second.end)
                return first.end < second.end;
            const int order = std::memcmp(ids + first.eventIdOffset, ids + second.eventIdOffset,
                                          std::min(first.eventIdSize, second.eventIdSize));
            if (order != 0)
                return order < 0;
            return first.eventIdSize < second.eventIdSize;
        });
    }

    const std::vector<ScanRow> &rows() const { return m_rows; }

private:
    QHash<QByteArray, qint32> m_contacts;
    QByteArray m_eventIds;
    std::vector<ScanRow> m_rows;
};

// Adds a row's step, and the queue it names, to the contact's path.
void addRow(FlowMapBuilder &builder, const ScanRow &row)
{
    PathItem item;
    item.activity = row.activity;
    if (row.hasStart)
        item.enterMs = row.start;

    // An inverted end (before the start) gives neither a duration nor a
    // transition time, as a missing end does.
    if (row.hasStart && row.hasEnd && row.end >= row.start) {
        item.leaveMs = row.end;
        item.durationMs = row.end - row.start;
    }
    builder.addItem(item);

    if (row.queue >= 0) {
        PathItem queueItem;
        queueItem.activity = row.queue;
        queueItem.leaveMs = item.leaveMs;
        builder.addItem(queueItem);
    }
}

} // namespace

FlowMap computeFlowMap(Workspace &workspace, const Filter &filter, const FlowMapOptions &options,
                       const AnalyticsProgressCallback &progress)
{
    FlowMap map;
    const SqlCondition condition = filter.toSql(QLatin1String(TableNames::ContactFlowEvents));
    QString sql = QStringLiteral(
        "SELECT contact_id, resource_type, flow_resource_id, module_resource_id, "
        "next_resource_type, next_queue_resource_id, start_timestamp, end_timestamp, event_id "
        "FROM contact_flow_events");
    if (!condition.isEmpty())
        sql += QStringLiteral(" WHERE ") + condition.whereSql;

    SqliteStatement query(workspace.handle(), sql);
    query.bind(condition.bindValues);

    // Read in table order, which is sequential on disk, and sort in memory:
    // walking the contact index instead costs a random table lookup per row.
    FlowMapBuilder builder;
    ScanRows rows;
    const QByteArray module("module");
    const QByteArray queue("queue");
    while (query.next()) {
        ScanRow row;
        row.contact = rows.internContact(query.rawText(0));
        const bool isModule = query.rawText(1) == module && !query.isNull(3);
        row.activity = isModule ? builder.intern(ActivityKind::Module, query.rawText(3))
                                : builder.intern(ActivityKind::Flow, query.rawText(2));
        if (query.rawText(4) == queue && !query.isNull(5))
            row.queue = builder.intern(ActivityKind::Queue, query.rawText(5));
        row.hasStart = !query.isNull(6);
        row.start = query.integer(6);
        row.hasEnd = !query.isNull(7);
        row.end = query.integer(7);
        rows.append(row, query.rawText(8));

        ++map.eventCount;
        if (progress && map.eventCount % ProgressIntervalRows == 0 && !progress(map.eventCount)) {
            map.cancelled = true;
            return map;
        }
    }
    if (!query.error().isEmpty()) {
        map.error = QCoreApplication::translate("Flowscope::FlowAnalytics",
                                                "Reading flow events for the flow map failed: %1")
                        .arg(query.error());
        return map;
    }

    rows.sort();
    qint32 contact = -1;
    for (const ScanRow &row : rows.rows()) {
        if (row.contact != contact) {
            builder.finishContact();
            contact = row.contact;
        }
        addRow(builder, row);
    }
    builder.finishContact();

    const qint64 events = map.eventCount;
    map = builder.result(options);
    map.eventCount = events;
    return map;
}

} // namespace Flowscope
