#pragma once

#include "renderable.h"
#include "testanalytics.h"

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>

class QBarSet;
class QChart;
class QLineSeries;
class QStackedBarSeries;

namespace Flowscope {

// One stacked segment of a trend bar: the executions of one
// connect_test_case_result, in stacking order from the bottom.
enum class TrendSegment {
    Passed,
    Failed,
    Skipped,
    Aborted,
    Other,    // a result other than the four the data lake documents
    NoResult, // connect_test_case_result is NULL
};

inline constexpr int TrendSegmentCount = 6;

// The executions of `counts` that a segment stands for.
qint64 segmentCount(const ResultCounts &counts, TrendSegment segment);
// The legend text of a segment, such as "Passed" or "No result".
QString segmentName(TrendSegment segment);
// A fixed colour per segment from the Okabe–Ito palette, which readers with
// the common colour vision deficiencies can tell apart.
QColor segmentColor(TrendSegment segment);
// The interval [startMs, endMs) of a trend bucket in `zone`, such as
// "2026-03-29 00:00 – 2026-03-30 00:00 Europe/Berlin (23 hours)". The hours
// are named only for a day bucket that does not last 24 hours.
QString trendBucketRangeText(qint64 startMs, qint64 endMs, TrendBucket bucket,
                             const QTimeZone &zone);

// The test trend chart: executions per bucket stacked by result, the pass
// rate on a second axis (0–100 %) and the average duration on a third, with
// the pass rate formula in the title. Every bucket of the trend gets a
// category on the axis, so buckets without executions show as zero.
//
// Hovering a bucket shows its exact figures; clicking a bar segment emits
// segmentClicked. The screen and render() build the chart with the same code.
class TestTrendChart : public QChartView, public Renderable
{
    Q_OBJECT

public:
    explicit TestTrendChart(QWidget *parent = nullptr);

    void setTrend(const TestTrend &trend);
    const TestTrend &trend() const { return m_trend; }

    // The axis label of a bucket: an ISO date, an ISO week or a month.
    QString bucketLabel(int bucket) const;
    // The bucket's interval in the display zone, such as
    // "2026-03-29 00:00 – 2026-03-30 00:00 Europe/Berlin (23 hours)".
    QString bucketRangeText(int bucket) const;
    // The tooltip of a bucket: its range, the count per result, the pass rate
    // and the average duration.
    QString hoverText(int bucket) const;

    // The series on screen, for tests and accessibility tools.
    QStackedBarSeries *barSeries() const { return m_barSeries; }
    QBarSet *barSet(TrendSegment segment) const;
    // The line points in chart values (x: bucket index); buckets without a
    // value have no point, and the line breaks there.
    QList<QPointF> passRatePoints() const;
    QList<QPointF> averageDurationPoints() const;

    QString renderTitle() const override;
    QSizeF naturalSize() const override;
    void render(QPainter *painter, const QRectF &target) const override;

Q_SIGNALS:
    // The user clicked the segment of `segment` in bucket `bucket` (an index
    // into trend().points).
    void segmentClicked(int bucket, Flowscope::TrendSegment segment);

protected:
    bool viewportEvent(QEvent *event) override;

private:
    // The series and their parts, filled by populate().
    struct ChartParts
    {
        QStackedBarSeries *bars = nullptr;
        QList<QBarSet *> sets; // indexed by TrendSegment
        QList<QLineSeries *> passRateLines;
        QList<QLineSeries *> durationLines;
    };

    // Builds every series, axis and title of `chart` from the trend.
    ChartParts populate(QChart *chart) const;
    QString chartTitle() const;
    int bucketAt(const QPoint &viewportPosition) const;

    TestTrend m_trend;
    QStackedBarSeries *m_barSeries = nullptr;
    QList<QBarSet *> m_sets;
    QList<QLineSeries *> m_passRateLines;
    QList<QLineSeries *> m_durationLines;
};

} // namespace Flowscope
