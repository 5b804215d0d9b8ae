#pragma once

#include "flowanalytics.h"
#include "renderable.h"

#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;

namespace Flowscope {

// Flow outcomes over time as stacked bars, one bar per time bucket (empty
// buckets included, so the axis is linear in time) and one stack segment per
// flow_outcome; NULL is labelled "no outcome". Bucket labels are in the
// display time zone the trend was computed in. Qt Charts stays behind this
// class, which is fed whole with setTrend().
class OutcomeChart : public QWidget, public Renderable
{
    Q_OBJECT

public:
    // More buckets than this are not drawn; the chart title then requests a larger bucket.
    static constexpr int MaxBuckets = 2000;

    explicit OutcomeChart(QWidget *parent = nullptr);

    void setTrend(const OutcomeTrend &trend, TimeBucket bucket, const QTimeZone &zone);
    void clear();

    // What is drawn, for tests and exports: the bucket starts in milliseconds,
    // the outcomes in stack order (null for NULL), and the counts per outcome
    // and bucket.
    const QList<qint64> &bucketStarts() const { return m_bucketStarts; }
    const QStringList &outcomes() const { return m_outcomes; }
    const QList<QList<qint64>> &counts() const { return m_counts; }
    // Why nothing is drawn, or empty.
    QString message() const { return m_message; }
    QChart *chart() const { return m_chart; }

    QString renderTitle() const override;
    QSizeF naturalSize() const override;
    void render(QPainter *painter, const QRectF &target) const override;

private:
    void rebuild(TimeBucket bucket, const QTimeZone &zone);
    QString bucketLabel(qint64 startMs, TimeBucket bucket, const QTimeZone &zone) const;

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QList<qint64> m_bucketStarts;
    QStringList m_outcomes;
    QList<QList<qint64>> m_counts;
    QString m_message;
};

} // namespace Flowscope
