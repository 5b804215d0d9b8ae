// Reference flow metrics, trends and contact paths. The flow map and variants
// are in flowmap.cpp.

#include "flowanalytics.h"

#include "schema.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

#include <algorithm>
#include <limits>
#include <vector>

namespace Flowscope {

namespace {

constexpr qint64 MsPerMinute = 60 * 1000;
constexpr qint64 MsPerHour = 60 * MsPerMinute;
constexpr qint64 MsPerDay = 24 * MsPerHour;

// Gives lupdate and the translation lookup the same context.
struct FlowAnalyticsText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::FlowAnalytics)
};

QString queryFailed(const QString &what, const QString &cause)
{
    return FlowAnalyticsText::tr("Reading %1 from the workspace failed: %2").arg(what, cause);
}

// Returns " WHERE condition AND extra", leaving out the empty parts; an empty
// string when both are empty.
QString whereClause(const SqlCondition &condition, const QString &extra = {})
{
    QStringList parts;
    if (!condition.isEmpty())
        parts.append(QLatin1Char('(') + condition.whereSql + QLatin1Char(')'));
    if (!extra.isEmpty())
        parts.append(extra);
    if (parts.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

qint64 floorDivide(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient;
}

bool isUtc(const QTimeZone &zone)
{
    return !zone.isValid() || zone == QTimeZone::utc() ||
           (zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) == 0 && !zone.hasDaylightTime());
}

// The width of the bins SQL groups rows into before they are merged into
// buckets in C++. Each bin must lie inside one bucket: UTC bucket boundaries
// are multiples of the bin, and zone offsets are multiples of 15 minutes.
// NOTE: an offset that is not a whole hour (India, +05:30) is detected from
// the zone's current standard offset only.
qint64 sqlBinMs(TimeBucket bucket, const QTimeZone &zone)
{
    if (bucket == TimeBucket::FifteenMinutes)
        return 15 * MsPerMinute;
    if (isUtc(zone))
        return bucket == TimeBucket::Hour ? MsPerHour : MsPerDay;
    const bool wholeHourOffset =
        zone.standardTimeOffset(QDateTime::currentDateTimeUtc()) % 3600 == 0;
    return wholeHourOffset ? MsPerHour : 15 * MsPerMinute;
}

} // namespace

qint64 bucketStart(qint64 epochMs, TimeBucket bucket, const QTimeZone &zone)
{
    const QTimeZone effective = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(epochMs, effective);
    const qint64 offsetMs = qint64(local.offsetFromUtc()) * 1000;

    switch (bucket) {
    case TimeBucket::FifteenMinutes:
        return floorDivide(epochMs + offsetMs, 15 * MsPerMinute) * 15 * MsPerMinute - offsetMs;
    case TimeBucket::Hour:
        return floorDivide(epochMs + offsetMs, MsPerHour) * MsPerHour - offsetMs;
    case TimeBucket::Day:
        return local.date().startOfDay(effective).toMSecsSinceEpoch();
    case TimeBucket::Week: {
        const QDate monday = local.date().addDays(1 - local.date().dayOfWeek());
        return monday.startOfDay(effective).toMSecsSinceEpoch();
    }
    }
    return epochMs;
}

namespace {

// A nullable text value as a sortable key: "0" for NULL, "1" and the UTF-8
// bytes otherwise, so NULL sorts first and text by its bytes, as SQLite's
// BINARY collation orders them.
void appendNullableKey(QByteArray &key, const SqliteStatement &query, int column)
{
    if (query.isNull(column)) {
        key.append('0');
        return;
    }
    key.append('1');
    key.append(query.rawText(column));
}

QByteArray nullableKey(const SqliteStatement &query, int column)
{
    QByteArray key;
    appendNullableKey(key, query, column);
    return key;
}

QString textFromKey(const QByteArray &key)
{
    if (key.startsWith('0'))
        return {};
    return key.size() == 1 ? QStringLiteral("") : QString::fromUtf8(key.mid(1));
}

// The metrics of one (instance, flow) pair while rows are read.
struct FlowTotals
{
    QByteArray instanceKey;
    QByteArray flowKey;
    QMap<QByteArray, qint64> startedPerType;
    QMap<QByteArray, qint64> endedPerOutcome;
    qint64 ended = 0;
    qint64 sumMs = 0;
    qint64 minMs = std::numeric_limits<qint64>::max();
    qint64 maxMs = std::numeric_limits<qint64>::min();
};

} // namespace

// One scan in table order with hash aggregation. The three reference queries
// as GROUP BY statements each sort the table: 4.2 s of CPU time on a million
// rows against 0.7 s for this scan (tests/bench/flowpaths.sh). The test
// against an SQL translation of the definitions keeps the results equal.
FlowMetrics computeFlowMetrics(Workspace &workspace, const Filter &filter)
{
    FlowMetrics metrics;
    const SqlCondition condition = filter.toSql(QLatin1String(TableNames::ContactFlowEvents));
    SqliteStatement query(workspace.handle(),
                          QStringLiteral("SELECT instance_id, flow_resource_id, flow_type, "
                                         "flow_outcome, start_timestamp, end_timestamp "
                                         "FROM contact_flow_events") +
                              whereClause(condition));
    query.bind(condition.bindValues);

    QHash<QByteArray, qsizetype> index;
    std::vector<FlowTotals> flows;
    QByteArray key;
    while (query.next()) {
        key.clear();
        appendNullableKey(key, query, 0);
        key.append('\0');
        appendNullableKey(key, query, 1);
        auto found = index.constFind(key);
        if (found == index.cend()) {
            FlowTotals totals;
            totals.instanceKey = nullableKey(query, 0);
            totals.flowKey = nullableKey(query, 1);
            flows.push_back(totals);
            found =
                index.insert(QByteArray(key.constData(), key.size()), qsizetype(flows.size()) - 1);
        }
        FlowTotals &totals = flows[size_t(found.value())];

        ++totals.startedPerType[nullableKey(query, 2)];
        if (query.isNull(5))
            continue;
        ++totals.endedPerOutcome[nullableKey(query, 3)];
        const qint64 durationMs = query.integer(5) - query.integer(4);
        ++totals.ended;
        totals.sumMs += durationMs;
        totals.minMs = std::min(totals.minMs, durationMs);
        totals.maxMs = std::max(totals.maxMs, durationMs);
    }
    if (!query.error().isEmpty()) {
        metrics.error = queryFailed(FlowAnalyticsText::tr("flow metrics"), query.error());
        return metrics;
    }

    std::sort(flows.begin(), flows.end(), [](const FlowTotals &first, const FlowTotals &second) {
        if (first.instanceKey != second.instanceKey)
            return first.instanceKey < second.instanceKey;
        return first.flowKey < second.flowKey;
    });
    for (const FlowTotals &totals : flows) {
        const QString instance = textFromKey(totals.instanceKey);
        const QString flow = textFromKey(totals.flowKey);
        for (auto type = totals.startedPerType.cbegin(); type != totals.startedPerType.cend();
             ++type)
            metrics.started.append({instance, flow, textFromKey(type.key()), type.value()});
        for (auto outcome = totals.endedPerOutcome.cbegin();
             outcome != totals.endedPerOutcome.cend(); ++outcome)
            metrics.outcomes.append({instance, flow, textFromKey(outcome.key()), outcome.value(),
                                     double(outcome.value()) * 100.0 / double(totals.ended)});
        if (totals.ended > 0)
            metrics.times.append({instance, flow, totals.ended,
                                  double(totals.sumMs) / double(totals.ended) / 1000.0,
                                  double(totals.minMs) / 1000.0, double(totals.maxMs) / 1000.0});
    }
    return metrics;
}

FlowTrends computeFlowDailyTrends(Workspace &workspace, const Filter &filter, const QTimeZone &zone)
{
    FlowTrends trends;
    const SqlCondition condition = filter.toSql(QLatin1String(TableNames::ContactFlowEvents));
    SqliteStatement query(
        workspace.handle(),
        QStringLiteral("SELECT instance_id, flow_resource_id, start_timestamp "
                       "FROM contact_flow_events") +
            whereClause(condition, QStringLiteral("start_timestamp IS NOT NULL")));
    query.bind(condition.bindValues);

    // Rows are counted per flow and SQL bin with hash lookups, then the bins
    // are merged into days in `zone`, so the zone is converted per bin, not per row.
    const qint64 binMs = sqlBinMs(TimeBucket::Day, zone);
    QHash<QByteArray, qsizetype> index;
    std::vector<std::pair<std::pair<QByteArray, QByteArray>, QHash<qint64, qint64>>> bins;
    QByteArray key;
    while (query.next()) {
        key.clear();
        appendNullableKey(key, query, 0);
        key.append('\0');
        appendNullableKey(key, query, 1);
        auto found = index.constFind(key);
        if (found == index.cend()) {
            bins.push_back({{nullableKey(query, 0), nullableKey(query, 1)}, {}});
            found =
                index.insert(QByteArray(key.constData(), key.size()), qsizetype(bins.size()) - 1);
        }
        ++bins[size_t(found.value())].second[floorDivide(query.integer(2), binMs) * binMs];
    }
    if (!query.error().isEmpty()) {
        trends.error = queryFailed(FlowAnalyticsText::tr("daily flow counts"), query.error());
        return trends;
    }
    std::sort(bins.begin(), bins.end(),
              [](const auto &first, const auto &second) { return first.first < second.first; });

    // Per flow, day start -> count.
    QList<QHash<qint64, qint64>> counts;
    qint64 firstDay = std::numeric_limits<qint64>::max();
    qint64 lastDay = std::numeric_limits<qint64>::min();
    for (const auto &flow : bins) {
        QHash<qint64, qint64> days;
        for (auto bin = flow.second.cbegin(); bin != flow.second.cend(); ++bin) {
            const qint64 day = bucketStart(bin.key(), TimeBucket::Day, zone);
            days[day] += bin.value();
            firstDay = std::min(firstDay, day);
            lastDay = std::max(lastDay, day);
        }
        counts.append(days);
    }

    // Every flow gets every day of the span, so the sparklines line up.
    QList<qint64> days;
    const QTimeZone effective = zone.isValid() ? zone : QTimeZone::utc();
    if (!bins.empty()) {
        for (QDate date = QDateTime::fromMSecsSinceEpoch(firstDay, effective).date();
             date.startOfDay(effective).toMSecsSinceEpoch() <= lastDay; date = date.addDays(1))
            days.append(date.startOfDay(effective).toMSecsSinceEpoch());
    }
    for (size_t i = 0; i < bins.size(); ++i) {
        FlowDailyTrend trend{
            textFromKey(bins[i].first.first), textFromKey(bins[i].first.second), {}};
        for (const qint64 day : std::as_const(days))
            trend.days.append({day, counts.at(qsizetype(i)).value(day)});
        trends.flows.append(trend);
    }
    return trends;
}

OutcomeTrend computeOutcomeTrend(Workspace &workspace, const Filter &filter, TimeBucket bucket,
                                 const QTimeZone &zone)
{
    OutcomeTrend trend;
    const SqlCondition condition = filter.toSql(QLatin1String(TableNames::ContactFlowEvents));
    const qint64 binMs = sqlBinMs(bucket, zone);

    SqliteStatement query(
        workspace.handle(),
        QStringLiteral("SELECT start_timestamp - (start_timestamp % ?1 + ?1) "
                       "% ?1, flow_outcome, COUNT(*) FROM contact_flow_events") +
            whereClause(condition, QStringLiteral("start_timestamp IS NOT NULL AND "
                                                  "end_timestamp IS NOT NULL")) +
            QStringLiteral(" GROUP BY 1, 2"));
    query.bind(QVariantList{binMs} + condition.bindValues);

    // (bucket, is the outcome not NULL, outcome) -> count; NULL sorts first.
    QMap<std::tuple<qint64, bool, QString>, qint64> counts;
    while (query.next()) {
        const QString outcome = query.text(1);
        const qint64 start = bucketStart(query.integer(0), bucket, zone);
        counts[{start, !outcome.isNull(), outcome}] += query.integer(2);
    }
    if (!query.error().isEmpty()) {
        trend.error = queryFailed(FlowAnalyticsText::tr("outcomes over time"), query.error());
        return trend;
    }

    for (auto row = counts.cbegin(); row != counts.cend(); ++row) {
        const auto &[start, hasOutcome, outcome] = row.key();
        trend.rows.append({start, hasOutcome ? outcome : QString(), row.value()});
    }
    return trend;
}

QString activityKindName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Start:
        return QStringLiteral("start");
    case ActivityKind::Flow:
        return QStringLiteral("flow");
    case ActivityKind::Module:
        return QStringLiteral("module");
    case ActivityKind::Queue:
        return QStringLiteral("queue");
    case ActivityKind::End:
        return QStringLiteral("end");
    }
    return {};
}

size_t qHash(const Activity &activity, size_t seed)
{
    return qHashMulti(seed, int(activity.kind), activity.id);
}

namespace {

// The step's activity, as the header defines it.
Activity stepActivity(const PathStep &step)
{
    if (step.resourceType == QLatin1String("module") && !step.moduleResourceId.isNull())
        return {ActivityKind::Module, step.moduleResourceId};
    return {ActivityKind::Flow,
            step.flowResourceId.isNull() ? QStringLiteral("") : step.flowResourceId};
}

void setDuration(PathStep &step)
{
    if (!step.endMs) {
        step.durationState = DurationState::InProgress;
    } else if (*step.endMs < step.startMs) {
        step.durationState = DurationState::Invalid;
    } else {
        step.durationState = DurationState::Complete;
        step.durationMs = *step.endMs - step.startMs;
    }
}

// Compares each step's next flow with the flow step that follows it in time.
void markTimeOrderDisagreements(QList<PathStep> &steps)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        PathStep &step = steps[i];
        if (step.nextResourceType != QLatin1String("flow") || step.nextFlowResourceId.isNull())
            continue;

        QString following;
        for (qsizetype j = i + 1; j < steps.size(); ++j) {
            if (steps.at(j).activity.kind == ActivityKind::Flow) {
                following = steps.at(j).flowResourceId;
                if (following.isNull())
                    following = QStringLiteral("");
                break;
            }
        }
        if (following.isNull() || following != step.nextFlowResourceId) {
            step.nextDisagreesWithTimeOrder = true;
            step.followingFlowResourceId = following;
        }
    }
}

} // namespace

ContactPath loadContactPath(Workspace &workspace, const QString &contactId,
                            const QString &instanceId)
{
    ContactPath path;
    path.contactId = contactId;

    QString sql = QStringLiteral(
        "SELECT event_id, instance_id, resource_type, flow_resource_id, module_resource_id, "
        "flow_type, flow_outcome, start_timestamp, end_timestamp, next_resource_type, "
        "next_flow_resource_id, next_queue_resource_id FROM contact_flow_events "
        "WHERE contact_id = ?");
    QVariantList values{contactId};
    if (!instanceId.isEmpty()) {
        sql += QStringLiteral(" AND instance_id = ?");
        values.append(instanceId);
    }
    sql += QStringLiteral(" ORDER BY start_timestamp, end_timestamp, event_id");

    SqliteStatement query(workspace.handle(), sql);
    query.bind(values);
    while (query.next()) {
        PathStep step;
        step.eventId = query.text(0);
        step.instanceId = query.text(1);
        step.resourceType = query.text(2);
        step.flowResourceId = query.text(3);
        step.moduleResourceId = query.text(4);
        step.flowType = query.text(5);
        step.flowOutcome = query.text(6);
        step.startMs = query.integer(7);
        if (!query.isNull(8))
            step.endMs = query.integer(8);
        step.nextResourceType = query.text(9);
        step.nextFlowResourceId = query.text(10);
        step.nextQueueResourceId = query.text(11);
        step.activity = stepActivity(step);
        setDuration(step);
        path.steps.append(step);
    }
    if (!query.error().isEmpty()) {
        path.error = queryFailed(FlowAnalyticsText::tr("the path of contact %1").arg(contactId),
                                 query.error());
        return path;
    }

    markTimeOrderDisagreements(path.steps);
    return path;
}

} // namespace Flowscope
