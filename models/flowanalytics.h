#pragma once

#include "filter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace Flowscope {

class Workspace;

// Query functions over contact_flow_events. Each runs on the calling thread
// with the workspace's connection, so a worker opens its own Workspace on the
// same path and calls them there. None of them writes to the workspace.

// Called every few thousand rows of a long scan with the rows read so far.
// Return false to cancel; the function then returns a result whose
// `cancelled` is true.
using AnalyticsProgressCallback = std::function<bool(qint64 rowsRead)>;

// ---------------------------------------------------------------------------
// Reference flow metrics
//
// These match the data lake's Athena reference queries, per instance_id and
// flow_resource_id, over the rows the filter selects (its time window is
// half-open on start_timestamp, in UTC):
// - flows started: COUNT(*) grouped by instance, flow and flow_type; module
//   rows count, because the reference query does not exclude them;
// - outcome share: the count per (instance, flow, flow_outcome) × 100 over the
//   flow's total. Both count rows with an end_timestamp, and a NULL outcome is
//   its own group;
// - average flow time: the mean of end_timestamp − start_timestamp in whole
//   milliseconds, divided by 1000, over rows with an end_timestamp. Rows whose
//   end lies before their start are kept, as in the reference query, so the
//   minimum can be negative.

struct FlowStartedRow
{
    QString instanceId;
    QString flowResourceId;
    QString flowType; // null for SQL NULL
    qint64 count = 0;
};

struct FlowOutcomeRow
{
    QString instanceId;
    QString flowResourceId;
    QString flowOutcome; // null for SQL NULL, its own group
    qint64 count = 0;
    double percentage = 0; // count × 100 / the flow's ended rows
};

struct FlowTimeRow
{
    QString instanceId;
    QString flowResourceId;
    qint64 endedCount = 0; // rows with an end_timestamp
    double averageSeconds = 0;
    double minSeconds = 0;
    double maxSeconds = 0;
};

struct FlowMetrics
{
    // Each list is sorted by instance, flow, then flow_type or outcome, with
    // NULL first and text by its UTF-8 bytes, as SQLite's ORDER BY sorts them.
    QList<FlowStartedRow> started;
    QList<FlowOutcomeRow> outcomes;
    QList<FlowTimeRow> times;
    QString error; // what failed; empty on success

    bool ok() const { return error.isEmpty(); }
};

FlowMetrics computeFlowMetrics(Workspace &workspace, const Filter &filter);

// ---------------------------------------------------------------------------
// Trends

enum class TimeBucket {
    FifteenMinutes,
    Hour,
    Day,
    Week, // weeks start on Monday
};

// Returns the start of the bucket holding `epochMs`, in epoch milliseconds.
// Buckets are aligned to wall-clock boundaries in `zone`: with UTC, an hour
// starts at hh:00:00Z; with America/New_York, a day starts at local midnight,
// so a day around a daylight saving change lasts 23 or 25 hours. Fifteen
// minute and hour buckets follow the zone's offset too (Asia/Kathmandu hours
// start at hh:15Z).
qint64 bucketStart(qint64 epochMs, TimeBucket bucket, const QTimeZone &zone = QTimeZone::utc());

// The number of rows that started in one bucket.
struct BucketCount
{
    qint64 bucketStartMs = 0;
    qint64 count = 0;
};

// Flows started per day for one flow, for a sparkline. `days` covers every
// day from the first to the last day that any flow in the result has rows in,
// with zero counts filled in, so all flows share one x axis.
struct FlowDailyTrend
{
    QString instanceId;
    QString flowResourceId;
    QList<BucketCount> days;
};

struct FlowTrends
{
    QList<FlowDailyTrend> flows; // sorted by instance, then flow
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Counts rows per instance, flow and day in `zone`, over the rows the filter selects.
FlowTrends computeFlowDailyTrends(Workspace &workspace, const Filter &filter,
                                  const QTimeZone &zone = QTimeZone::utc());

// The number of rows with one outcome in one bucket.
struct OutcomeBucketRow
{
    qint64 bucketStartMs = 0;
    QString flowOutcome; // null for SQL NULL
    qint64 count = 0;
};

struct OutcomeTrend
{
    QList<OutcomeBucketRow> rows; // sorted by bucket, then outcome (NULL first)
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Counts rows per flow_outcome and bucket of start_timestamp, over the rows
// the filter selects that have an end_timestamp (as the outcome share does).
// Buckets without rows are left out.
OutcomeTrend computeOutcomeTrend(Workspace &workspace, const Filter &filter, TimeBucket bucket,
                                 const QTimeZone &zone = QTimeZone::utc());

// ---------------------------------------------------------------------------
// Activities: the nodes of paths, the flow map and variants
//
// A flow event is one step. Its activity is the module when resource_type is
// "module" and module_resource_id is not NULL (id = module_resource_id), and
// the flow otherwise (id = flow_resource_id, the empty string when NULL).
// When next_resource_type is "queue" and next_queue_resource_id is not NULL,
// a queue activity (id = next_queue_resource_id) follows the step. The flow
// map adds a start node before a contact's first activity and an end node
// after its last one.

enum class ActivityKind {
    Start,
    Flow,
    Module,
    Queue,
    End,
};

// "start", "flow", "module", "queue" or "end", as the command line prints them.
QString activityKindName(ActivityKind kind);

struct Activity
{
    ActivityKind kind = ActivityKind::Flow;
    QString id; // "start" and "end" for the synthetic nodes

    bool operator==(const Activity &other) const = default;
};

size_t qHash(const Activity &activity, size_t seed = 0);

// ---------------------------------------------------------------------------
// Contact path

enum class DurationState {
    Complete,   // end_timestamp ≥ start_timestamp
    InProgress, // end_timestamp is NULL
    Invalid,    // end_timestamp < start_timestamp; no duration is given
};

struct PathStep
{
    QString eventId;
    QString instanceId;
    Activity activity;
    QString flowResourceId;
    QString moduleResourceId; // null for SQL NULL
    QString resourceType;     // "flow" or "module" as stored; null for SQL NULL
    QString flowType;
    QString flowOutcome; // null for SQL NULL
    qint64 startMs = 0;
    std::optional<qint64> endMs;
    DurationState durationState = DurationState::Complete;
    std::optional<qint64> durationMs; // set only when Complete

    QString nextResourceType; // "flow" or "queue"; null for SQL NULL
    QString nextFlowResourceId;
    QString nextQueueResourceId;

    // True when next_resource_type is "flow" and the next flow step in time
    // (module steps skipped, because a module runs inside its flow) is a
    // different flow or there is none. Queue successors are not checked: the
    // queue is not a row of this table.
    bool nextDisagreesWithTimeOrder = false;
    // The flow that does follow in time when the flag is set; null when none does.
    QString followingFlowResourceId;
};

struct ContactPath
{
    QString contactId;
    QList<PathStep> steps; // by start_timestamp, end_timestamp (NULL first), event_id
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Reads every event of one contact, whatever the filter, so that a path is
// always whole. `instanceId` narrows it when the same contact id occurs in two
// instances; empty means any instance.
ContactPath loadContactPath(Workspace &workspace, const QString &contactId,
                            const QString &instanceId = {});

// ---------------------------------------------------------------------------
// Directly-follows graph and variants
//
// Computed from one scan of the filtered rows in table order, sorted in
// memory by contact, start_timestamp, end_timestamp and event_id (NULL first,
// as SQLite orders). A contact's path is the activities of its filtered rows
// in that order, with queue activities inserted, so two events with identical
// timestamps are ordered by event_id. Each consecutive pair is an edge; a
// repeated activity makes a self-loop edge, which is kept. Memory is about
// 100 bytes per row while it runs.

// Summary statistics of durations in milliseconds; all zero when count is 0.
struct DurationStats
{
    qint64 count = 0;    // how many durations were measured
    double medianMs = 0; // the mean of the two middle values for an even count
    double meanMs = 0;
    qint64 maxMs = 0;
};

struct FlowMapNode
{
    Activity activity;
    qint64 contacts = 0; // distinct contacts that pass through it
    qint64 events = 0;   // occurrences, counting repeats within a contact
    // Step durations (end − start) of Complete steps. Start, end and queue
    // nodes have none.
    DurationStats duration;
};

struct FlowMapEdge
{
    Activity from;
    Activity to;
    qint64 contacts = 0; // distinct contacts that take this transition
    qint64 events = 0;   // transitions, counting repeats within a contact
    // Transition time: the next step's start minus this step's end, zero when
    // they overlap (a module inside its flow). Measured only between two
    // events whose first one has a valid end (present, not before its start).
    // A queue activity is placed at the end of the step that names it, so
    // "step → queue" has none and "queue → next step" measures the wait from
    // that end.
    DurationStats transition;
};

struct Variant
{
    QList<Activity> steps; // without the start and end nodes
    qint64 contacts = 0;
    double share = 0;    // contacts / all contacts in the result, 0..1
    double coverage = 0; // share of this variant and all before it, 0..1
};

struct FlowMap
{
    QList<FlowMapNode> nodes; // by events descending, then kind and id
    QList<FlowMapEdge> edges; // by events descending, then from and to
    QList<Variant> variants;  // by contacts descending, then steps
    qint64 contactCount = 0;
    qint64 eventCount = 0; // rows read
    bool cancelled = false;
    QString error;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

struct FlowMapOptions
{
    // Variants kept in the result, the most frequent first; 0 keeps all.
    // Share and coverage are computed over all contacts either way.
    int maxVariants = 0;
};

FlowMap computeFlowMap(Workspace &workspace, const Filter &filter,
                       const FlowMapOptions &options = {},
                       const AnalyticsProgressCallback &progress = {});

} // namespace Flowscope
