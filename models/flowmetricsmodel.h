#pragma once

#include "flowanalytics.h"
#include "flownames.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

namespace Flowscope {

// The figures of one flow (per instance), joined from the three reference
// metric lists and the daily trend.
struct FlowMetricsRow
{
    QString instanceId;
    QString flowResourceId;
    QList<FlowStartedRow> started; // one per flow_type
    qint64 startedCount = 0;       // over every flow_type
    // Count and share per outcome, keyed by the outcome's index in
    // FlowMetricsModel::outcomes().
    QHash<int, FlowOutcomeRow> outcomes;
    std::optional<FlowTimeRow> time; // none when no row of the flow has ended
    QList<qint64> dailyCounts;       // flows started per day, on the shared day axis
};

// The reference flow metrics as a table: one row per instance and flow, with
// one column per outcome that occurs in the result.
class FlowMetricsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        InstanceColumn,
        FlowColumn,     // the flow's name, or its id; the full id in the tooltip
        FlowTypeColumn, // the flow types of its rows
        StartedColumn,  // flows started, over every flow type
        EndedColumn,    // rows with an end_timestamp
        AverageColumn,  // seconds
        MinimumColumn,
        MaximumColumn,
        TrendColumn, // flows started per day; paint with DailyCountsRole
        FirstOutcomeColumn
    };

    enum Role {
        // The value behind a cell for sorting: text, qint64 counts, double
        // seconds, or an invalid QVariant where there is no value.
        RawValueRole = Qt::UserRole + 1,
        // TrendColumn: the daily counts as a QVariantList of qint64.
        DailyCountsRole,
        // Outcome columns: the share in percent as a double.
        PercentageRole,
    };

    explicit FlowMetricsModel(QObject *parent = nullptr);

    // Replaces the table. `trends` must come from the same filter as
    // `metrics`, with days in `zone`; flows missing from it get no sparkline.
    void setMetrics(const FlowMetrics &metrics, const FlowTrends &trends,
                    const QHash<QString, FlowName> &names = {},
                    const QTimeZone &zone = QTimeZone::utc());
    void clear();

    // The outcomes that own a column, in column order (NULL first when present).
    const QStringList &outcomes() const { return m_outcomes; }
    // The start of each day on the sparklines' shared axis.
    const QList<qint64> &dayStarts() const { return m_dayStarts; }
    const QList<FlowMetricsRow> &rows() const { return m_rows; }
    // The heading of an outcome: the value, or "no outcome" for NULL.
    static QString outcomeLabel(const QString &outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const FlowMetricsRow &row, int column) const;
    QVariant rawValue(const FlowMetricsRow &row, int column) const;
    QString toolTipText(const FlowMetricsRow &row, int column) const;
    const FlowOutcomeRow *outcomeAt(const FlowMetricsRow &row, int column) const;

    QList<FlowMetricsRow> m_rows;
    QStringList m_outcomes;
    QHash<QString, FlowName> m_names;
    QList<qint64> m_dayStarts;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace Flowscope
