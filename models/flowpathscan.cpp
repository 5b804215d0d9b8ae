#include "flowpathscan.h"

#include "schema.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace Flowscope::FlowPaths {

namespace {

constexpr qint64 ProgressIntervalRows = 65536;

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

// The scanned rows, their contacts interned by (instance_id, contact_id) and
// their event ids in one arena, so that a million rows cost no per-row
// allocation.
class ScanRows
{
public:
    qint32 internContact(const QByteArray &instanceId, const QByteArray &contactId)
    {
        // The key is the contact id followed by the instance's index in four
        // bytes. Consecutive rows usually share an instance, so the instance
        // costs one comparison per row.
        const quint32 instance = internInstance(instanceId);
        m_key.clear();
        m_key.append(contactId);
        m_key.append(reinterpret_cast<const char *>(&instance), sizeof instance);
        const auto found = m_contacts.constFind(m_key);
        if (found != m_contacts.cend())
            return found.value();

        const qint32 index = qint32(m_contactKeys.size());
        const QByteArray key(m_key.constData(), m_key.size());
        m_contacts.insert(key, index);
        m_contactKeys.append(key); // shares the hash key's bytes
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
    const QByteArray &instanceId(qint32 contact) const
    {
        const QByteArray &key = m_contactKeys.at(contact);
        quint32 instance = 0;
        std::memcpy(&instance, key.constData() + key.size() - sizeof instance, sizeof instance);
        return m_instances.at(instance);
    }

    // Valid while the rows are: the bytes are the contact's key without its suffix.
    QByteArray contactId(qint32 contact) const
    {
        const QByteArray &key = m_contactKeys.at(contact);
        return QByteArray::fromRawData(key.constData(), key.size() - qsizetype(sizeof(quint32)));
    }

private:
    quint32 internInstance(const QByteArray &instanceId)
    {
        if (!m_instances.isEmpty() && m_instances.at(m_lastInstance) == instanceId)
            return m_lastInstance;

        const auto found = m_instanceIndex.constFind(instanceId);
        if (found != m_instanceIndex.cend()) {
            m_lastInstance = found.value();
        } else {
            m_lastInstance = quint32(m_instances.size());
            const QByteArray copy(instanceId.constData(), instanceId.size());
            m_instances.append(copy);
            m_instanceIndex.insert(copy, m_lastInstance);
        }
        return m_lastInstance;
    }

    QHash<QByteArray, qint32> m_contacts;
    QByteArray m_key;
    QList<QByteArray> m_contactKeys; // by contact index
    QList<QByteArray> m_instances;
    QHash<QByteArray, quint32> m_instanceIndex;
    quint32 m_lastInstance = 0;
    QByteArray m_eventIds;
    std::vector<ScanRow> m_rows;
};

// Adds a row's step, and the queue it names, to the contact's path.
void addRow(std::vector<PathItem> &path, const ScanRow &row)
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
    path.push_back(item);

    if (row.queue >= 0) {
        PathItem queueItem;
        queueItem.activity = row.queue;
        queueItem.leaveMs = item.leaveMs;
        queueItem.isQueue = true;
        path.push_back(queueItem);
    }
}

} // namespace

ActivityTable::ActivityTable()
{
    m_activities = {{ActivityKind::Start, QStringLiteral("start")},
                    {ActivityKind::End, QStringLiteral("end")}};
    m_index.insert(keyOf(ActivityKind::Start, "start"), StartIndex);
    m_index.insert(keyOf(ActivityKind::End, "end"), EndIndex);
}

QByteArray ActivityTable::keyOf(ActivityKind kind, const QByteArray &id)
{
    QByteArray key;
    key.reserve(id.size() + 1);
    key.append(char('0' + int(kind)));
    key.append(id);
    return key;
}

int ActivityTable::intern(ActivityKind kind, const QByteArray &id)
{
    // The key buffer is reused, because this runs for every row of a scan.
    m_key.clear();
    m_key.append(char('0' + int(kind)));
    m_key.append(id);
    const auto found = m_index.constFind(m_key);
    if (found != m_index.cend())
        return found.value();

    const int index = int(m_activities.size());
    m_index.insert(QByteArray(m_key.constData(), m_key.size()), index);
    m_activities.append({kind, id.isNull() ? QStringLiteral("") : QString::fromUtf8(id)});
    return index;
}

int ActivityTable::find(const Activity &activity) const
{
    return m_index.value(keyOf(activity.kind, activity.id.toUtf8()), -1);
}

ScanOutcome scanContactPaths(Workspace &workspace, const Filter &filter, ActivityTable &activities,
                             const PathVisitor &visit, const AnalyticsProgressCallback &progress)
{
    ScanOutcome outcome;
    const SqlCondition condition = filter.toSql(QLatin1String(TableNames::ContactFlowEvents));
    QString sql = QStringLiteral(
        "SELECT instance_id, contact_id, resource_type, flow_resource_id, module_resource_id, "
        "next_resource_type, next_queue_resource_id, start_timestamp, end_timestamp, event_id "
        "FROM contact_flow_events");
    if (!condition.isEmpty())
        sql += QStringLiteral(" WHERE ") + condition.whereSql;

    SqliteStatement query(workspace.handle(), sql);
    query.bind(condition.bindValues);

    // Read in table order, which is sequential on disk, and sort in memory:
    // walking the contact index instead costs a random table lookup per row.
    ScanRows rows;
    const QByteArray module("module");
    const QByteArray queue("queue");
    while (query.next()) {
        ScanRow row;
        row.contact = rows.internContact(query.rawText(0), query.rawText(1));
        const bool isModule = query.rawText(2) == module && !query.isNull(4);
        row.activity = isModule ? activities.intern(ActivityKind::Module, query.rawText(4))
                                : activities.intern(ActivityKind::Flow, query.rawText(3));
        if (query.rawText(5) == queue && !query.isNull(6))
            row.queue = activities.intern(ActivityKind::Queue, query.rawText(6));
        row.hasStart = !query.isNull(7);
        row.start = query.integer(7);
        row.hasEnd = !query.isNull(8);
        row.end = query.integer(8);
        rows.append(row, query.rawText(9));

        ++outcome.rowsRead;
        if (progress && outcome.rowsRead % ProgressIntervalRows == 0 &&
            !progress(outcome.rowsRead)) {
            outcome.cancelled = true;
            return outcome;
        }
    }
    if (!query.error().isEmpty()) {
        outcome.error =
            QCoreApplication::translate("Flowscope::FlowAnalytics",
                                        "Reading flow events for the flow map failed: %1")
                .arg(query.error());
        return outcome;
    }

    rows.sort();
    std::vector<PathItem> path;
    qint32 contact = -1;
    for (const ScanRow &row : rows.rows()) {
        if (row.contact != contact) {
            if (!path.empty())
                visit(rows.instanceId(contact), rows.contactId(contact), path);
            path.clear();
            contact = row.contact;
        }
        addRow(path, row);
    }
    if (!path.empty())
        visit(rows.instanceId(contact), rows.contactId(contact), path);
    return outcome;
}

} // namespace Flowscope::FlowPaths
