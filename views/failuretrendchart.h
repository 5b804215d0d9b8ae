#pragma once

#include "renderable.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QBarSeries;
class QChart;
class QChartView;

namespace Flowscope {

// A small bar chart of one failure category's reason occurrences per trend
// bucket. Qt Charts stays behind this class: callers pass whole series.
//
// Hovering anywhere in a bucket's column shows the bucket's interval, the
// category and the exact count as a plain-text tooltip, so that a bucket
// without occurrences, which has no bar, shows its zero too.
class FailureTrendChart : public QWidget, public Renderable
{
    Q_OBJECT

public:
    static constexpr int ChartWidth = 300;
    static constexpr int ChartHeight = 170;

    explicit FailureTrendChart(QWidget *parent = nullptr);

    // Shows `counts` under `title`, one bar per bucket. `bucketLabels` are the
    // short axis labels and `bucketRanges` the whole intervals the tooltip
    // names. A bucket without a range is named by its label.
    void setSeries(const QString &title, const QStringList &bucketLabels,
                   const QStringList &bucketRanges, const QList<qint64> &counts,
                   const QColor &colour);

    QString title() const { return m_title; }
    QList<qint64> counts() const { return m_counts; }
    // The tooltip text of a bucket, one fact a line; empty outside the buckets.
    QString hoverText(int bucket) const;
    // The bucket whose column contains `position` (in chartView() viewport
    // coordinates), or -1 outside the plot area.
    int bucketAt(const QPoint &position) const;
    QChartView *chartView() const { return m_view; }

    QString renderTitle() const override;
    QSizeF naturalSize() const override;
    void render(QPainter *painter, const QRectF &target) const override;

    QSize sizeHint() const override { return {ChartWidth, ChartHeight}; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QBarSeries *m_series = nullptr;
    QString m_title;
    QStringList m_bucketLabels;
    QStringList m_bucketRanges;
    QList<qint64> m_counts;
};

} // namespace Flowscope
