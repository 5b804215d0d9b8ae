#pragma once

// The scan that the flow map and flow map selections share, so that both
// build a contact's path the same way. Internal to the models library.

#include "flowanalytics.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace Flowscope::FlowPaths {

// Indexes of the synthetic start and end activities in every ActivityTable.
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
    bool isQueue = false;
};

// Activities interned as integers; start and end come first.
class ActivityTable
{
public:
    ActivityTable();

    // Interns an activity given as its kind and UTF-8 id.
    int intern(ActivityKind kind, const QByteArray &id);
    // The index of an activity, or -1 when no scanned row has it.
    int find(const Activity &activity) const;

    const Activity &at(int index) const { return m_activities.at(index); }
    int size() const { return int(m_activities.size()); }

private:
    static QByteArray keyOf(ActivityKind kind, const QByteArray &id);

    QList<Activity> m_activities;
    QHash<QByteArray, int> m_index;
    QByteArray m_key;
};

struct ScanOutcome
{
    qint64 rowsRead = 0;
    bool cancelled = false;
    QString error; // what failed; empty on success
};

// Receives one contact's path, whose items are in path order, with the
// contact's instance_id and contact_id as UTF-8 (empty for NULL).
using PathVisitor = std::function<void(const QByteArray &instanceId, const QByteArray &contactId,
                                       const std::vector<PathItem> &path)>;

// Reads the flow events the filter selects, groups them by (instance_id,
// contact_id), orders each contact's events by start_timestamp,
// end_timestamp and event_id (NULL first, as SQLite orders), inserts the
// queue a step names after it, and calls `visit` once per contact. Contacts
// come in the order their first row was read. `progress` is called every
// 65,536 rows; returning false cancels the scan before any visit.
ScanOutcome scanContactPaths(Workspace &workspace, const Filter &filter, ActivityTable &activities,
                             const PathVisitor &visit,
                             const AnalyticsProgressCallback &progress = {});

// Whether a contact's path counts; see buildFlowMap.
using PathPredicate =
    std::function<bool(const std::vector<PathItem> &path, const ActivityTable &activities)>;

// computeFlowMap over the contacts whose path `keep` accepts (all when it is
// empty). Share and coverage of variants are relative to the kept contacts.
FlowMap buildFlowMap(Workspace &workspace, const Filter &filter, const FlowMapOptions &options,
                     const AnalyticsProgressCallback &progress, const PathPredicate &keep);

} // namespace Flowscope::FlowPaths
