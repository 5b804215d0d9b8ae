#include "flowmetricsmodel.h"

#include "contactpathmodel.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>

#include <algorithm>

namespace Flowscope {

namespace {

const QColor PlaceholderColor(128, 128, 128);

// A hash key that keeps NULL apart from the empty string, which QString's
// own hash and equality treat as the same.
QString nullableKey(const QString &value)
{
    return value.isNull() ? QStringLiteral("\x01") : QStringLiteral("\x02") + value;
}

QString rowKey(const QString &instanceId, const QString &flowResourceId)
{
    return nullableKey(instanceId) + QLatin1Char('\x1f') + nullableKey(flowResourceId);
}

bool sameValue(const QString &first, const QString &second)
{
    return first.isNull() == second.isNull() && first == second;
}

// SQLite's ORDER BY on TEXT: NULL first, then by UTF-8 bytes.
bool sqliteLess(const QString &first, const QString &second)
{
    if (first.isNull() || second.isNull())
        return first.isNull() && !second.isNull();
    return first.toUtf8() < second.toUtf8();
}

QString secondsText(double seconds)
{
    return QCoreApplication::translate("Flowscope::FlowMetrics", "%1 s")
        .arg(QString::number(seconds, 'f', 3));
}

QString percentText(double percentage)
{
    return QCoreApplication::translate("Flowscope::FlowMetrics", "%1 %")
        .arg(QString::number(percentage, 'f', 1));
}

} // namespace

FlowMetricsModel::FlowMetricsModel(QObject *parent) : QAbstractTableModel(parent) {}

QString FlowMetricsModel::outcomeLabel(const QString &outcome)
{
    if (outcome.isNull())
        return tr("no outcome");
    if (outcome.isEmpty())
        return tr("empty outcome");
    return outcome;
}

void FlowMetricsModel::setMetrics(const FlowMetrics &metrics, const FlowTrends &trends,
                                  const QHash<QString, FlowName> &names, const QTimeZone &zone)
{
    beginResetModel();
    m_rows.clear();
    m_outcomes.clear();
    m_dayStarts.clear();
    m_names = names;
    m_zone = zone;

    QHash<QString, int> rowIndex;
    auto rowFor = [this, &rowIndex](const QString &instanceId,
                                    const QString &flowResourceId) -> FlowMetricsRow & {
        const QString key = rowKey(instanceId, flowResourceId);
        auto found = rowIndex.constFind(key);
        if (found != rowIndex.cend())
            return m_rows[*found];
        rowIndex.insert(key, int(m_rows.size()));
        m_rows.append({instanceId, flowResourceId, {}, 0, {}, {}, {}});
        return m_rows.last();
    };

    for (const FlowStartedRow &started : metrics.started) {
        FlowMetricsRow &row = rowFor(started.instanceId, started.flowResourceId);
        row.started.append(started);
        row.startedCount += started.count;
    }

    // Outcome columns in the order the reference query sorts outcomes.
    for (const FlowOutcomeRow &outcome : metrics.outcomes) {
        const bool known = std::any_of(m_outcomes.cbegin(), m_outcomes.cend(),
                                       [&outcome](const QString &existing) {
                                           return sameValue(existing, outcome.flowOutcome);
                                       });
        if (!known)
            m_outcomes.append(outcome.flowOutcome);
    }
    std::sort(m_outcomes.begin(), m_outcomes.end(), sqliteLess);
    for (const FlowOutcomeRow &outcome : metrics.outcomes) {
        const auto column = std::find_if(m_outcomes.cbegin(), m_outcomes.cend(),
                                         [&outcome](const QString &existing) {
                                             return sameValue(existing, outcome.flowOutcome);
                                         });
        rowFor(outcome.instanceId, outcome.flowResourceId)
            .outcomes.insert(int(column - m_outcomes.cbegin()), outcome);
    }

    for (const FlowTimeRow &time : metrics.times)
        rowFor(time.instanceId, time.flowResourceId).time = time;

    for (const FlowDailyTrend &trend : trends.flows) {
        if (m_dayStarts.isEmpty()) {
            for (const BucketCount &day : trend.days)
                m_dayStarts.append(day.bucketStartMs);
        }
        const auto found = rowIndex.constFind(rowKey(trend.instanceId, trend.flowResourceId));
        if (found == rowIndex.cend())
            continue;
        QList<qint64> &counts = m_rows[*found].dailyCounts;
        for (const BucketCount &day : trend.days)
            counts.append(day.count);
    }
    endResetModel();
}

void FlowMetricsModel::clear()
{
    setMetrics({}, {});
}

int FlowMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlowMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstOutcomeColumn + int(m_outcomes.size());
}

QVariant FlowMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const FlowMetricsRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        return plainTextToolTip(toolTipText(row, column));
    case Qt::TextAlignmentRole:
        if (column >= StartedColumn && column != TrendColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (rawValue(row, column).isNull() && column != TrendColumn)
            return QBrush(PlaceholderColor);
        return {};
    case RawValueRole:
        return rawValue(row, column);
    case DailyCountsRole:
        if (column != TrendColumn)
            return {};
        {
            QVariantList counts;
            for (const qint64 count : row.dailyCounts)
                counts.append(count);
            return counts;
        }
    case PercentageRole:
        if (const FlowOutcomeRow *outcome = outcomeAt(row, column))
            return outcome->percentage;
        return {};
    default:
        return {};
    }
}

QVariant FlowMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};

    if (section >= FirstOutcomeColumn) {
        const QString &outcome = m_outcomes.at(section - FirstOutcomeColumn);
        if (role == Qt::DisplayRole)
            return outcomeLabel(outcome);
        if (role == Qt::ToolTipRole) {
            return plainTextToolTip(
                tr("Rows with flow_outcome %1: count and share of the flow's ended rows")
                    .arg(outcomeLabel(outcome)));
        }
        return {};
    }
    if (role == Qt::ToolTipRole && section == TrendColumn)
        return tr("Flows started per day; every row shares the same days");
    if (role != Qt::DisplayRole)
        return {};

    switch (section) {
    case InstanceColumn:
        return tr("Instance");
    case FlowColumn:
        return tr("Flow");
    case FlowTypeColumn:
        return tr("Flow type");
    case StartedColumn:
        return tr("Started");
    case EndedColumn:
        return tr("Ended");
    case AverageColumn:
        return tr("Average time");
    case MinimumColumn:
        return tr("Min time");
    case MaximumColumn:
        return tr("Max time");
    case TrendColumn:
        return tr("Per day");
    default:
        return {};
    }
}

const FlowOutcomeRow *FlowMetricsModel::outcomeAt(const FlowMetricsRow &row, int column) const
{
    const auto found = row.outcomes.constFind(column - FirstOutcomeColumn);
    return found == row.outcomes.cend() ? nullptr : &*found;
}

QString FlowMetricsModel::displayText(const FlowMetricsRow &row, int column) const
{
    switch (column) {
    case InstanceColumn:
        return row.instanceId;
    case FlowColumn:
        return resourceDisplayName(row.flowResourceId, m_names);
    case FlowTypeColumn: {
        QStringList types;
        for (const FlowStartedRow &started : row.started)
            types.append(started.flowType.isNull() ? tr("no flow type") : started.flowType);
        return types.join(QStringLiteral(", "));
    }
    case StartedColumn:
        return QStringLiteral("%L1").arg(row.startedCount);
    case EndedColumn:
        return QStringLiteral("%L1").arg(row.time ? row.time->endedCount : 0);
    case AverageColumn:
        return row.time ? secondsText(row.time->averageSeconds) : tr("–");
    case MinimumColumn:
        return row.time ? secondsText(row.time->minSeconds) : tr("–");
    case MaximumColumn:
        return row.time ? secondsText(row.time->maxSeconds) : tr("–");
    case TrendColumn:
        return {};
    default:
        break;
    }

    const FlowOutcomeRow *outcome = outcomeAt(row, column);
    if (!outcome)
        return tr("–");
    return tr("%L1 (%2)").arg(outcome->count).arg(percentText(outcome->percentage));
}

QVariant FlowMetricsModel::rawValue(const FlowMetricsRow &row, int column) const
{
    switch (column) {
    case InstanceColumn:
        return row.instanceId;
    case FlowColumn:
        return row.flowResourceId;
    case FlowTypeColumn:
        return displayText(row, column);
    case StartedColumn:
        return row.startedCount;
    case EndedColumn:
        return row.time ? row.time->endedCount : qint64(0);
    case AverageColumn:
        return row.time ? QVariant(row.time->averageSeconds) : QVariant();
    case MinimumColumn:
        return row.time ? QVariant(row.time->minSeconds) : QVariant();
    case MaximumColumn:
        return row.time ? QVariant(row.time->maxSeconds) : QVariant();
    case TrendColumn: {
        qint64 total = 0;
        for (const qint64 count : row.dailyCounts)
            total += count;
        return total;
    }
    default:
        break;
    }

    const FlowOutcomeRow *outcome = outcomeAt(row, column);
    return outcome ? QVariant(outcome->count) : QVariant();
}

QString FlowMetricsModel::toolTipText(const FlowMetricsRow &row, int column) const
{
    switch (column) {
    case FlowColumn:
        return tr("flow_resource_id: %1").arg(row.flowResourceId);
    case StartedColumn: {
        QStringList lines;
        for (const FlowStartedRow &started : row.started) {
            lines.append(tr("%1: %L2")
                             .arg(started.flowType.isNull() ? tr("no flow type") : started.flowType)
                             .arg(started.count));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case AverageColumn:
    case MinimumColumn:
    case MaximumColumn:
        return tr("end_timestamp − start_timestamp over the %Ln ended rows", nullptr,
                  int(row.time ? row.time->endedCount : 0));
    case TrendColumn: {
        if (row.dailyCounts.isEmpty() || m_dayStarts.isEmpty())
            return {};
        const auto peak = std::max_element(row.dailyCounts.cbegin(), row.dailyCounts.cend());
        const qsizetype peakDay = peak - row.dailyCounts.cbegin();
        auto date = [this](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, m_zone).date().toString(Qt::ISODate);
        };
        return tr("Flows started per day from %1 to %2; at most %L3, on %4")
            .arg(date(m_dayStarts.constFirst()), date(m_dayStarts.constLast()))
            .arg(*peak)
            .arg(date(m_dayStarts.value(peakDay)));
    }
    default:
        break;
    }

    if (const FlowOutcomeRow *outcome = outcomeAt(row, column)) {
        return tr("%L1 of the flow's ended rows have outcome %2: %3 %")
            .arg(outcome->count)
            .arg(outcomeLabel(outcome->flowOutcome), QString::number(outcome->percentage, 'g', 15));
    }
    return displayText(row, column);
}

} // namespace Flowscope
