#include "testtrendchart.h"

#include "testanalyticsmodels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace Flowscope {

namespace {

constexpr TrendSegment Segments[TrendSegmentCount] = {
    TrendSegment::Passed,  TrendSegment::Failed, TrendSegment::Skipped,
    TrendSegment::Aborted, TrendSegment::Other,  TrendSegment::NoResult,
};

// Okabe–Ito: blue for the pass rate, black for the duration.
const QColor PassRateColor(0x00, 0x72, 0xB2);
const QColor DurationColor(0x00, 0x00, 0x00);

// More categories than this get vertical labels, so that dates do not overlap.
constexpr int MaxHorizontalLabels = 12;
constexpr int TargetTickCount = 5;
const QString RangeTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

// The smallest 1, 2 or 5 × 10^k step that covers `maximum` in at most
// TargetTickCount intervals, and the axis top that it gives.
std::pair<double, int> niceAxis(double maximum)
{
    if (maximum <= 0)
        return {1.0, 1};
    const double magnitude = std::pow(10.0, std::floor(std::log10(maximum / TargetTickCount)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (maximum / step <= TargetTickCount)
            break;
    }
    const int intervals = std::max(1, int(std::ceil(maximum / step - 1e-9)));
    return {step * intervals, intervals};
}

QValueAxis *createValueAxis(const QString &title, const QString &labelFormat, double top,
                            int intervals)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(labelFormat);
    axis->setRange(0, top);
    axis->setTickCount(intervals + 1);
    axis->setMinorTickCount(0);
    return axis;
}

// One line series per run of buckets that have a value, so that the line
// breaks where a bucket has none instead of bridging the gap.
QList<QLineSeries *> brokenLine(const QList<std::optional<double>> &values, const QString &name,
                                const QPen &pen)
{
    QList<QLineSeries *> lines;
    QLineSeries *current = nullptr;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i)) {
            current = nullptr;
            continue;
        }
        if (!current) {
            current = new QLineSeries;
            current->setName(name);
            current->setPen(pen);
            current->setPointsVisible(true);
            lines.append(current);
        }
        current->append(double(i), *values.at(i));
    }
    // An empty series keeps the legend entry when no bucket has a value.
    if (lines.isEmpty()) {
        auto *empty = new QLineSeries;
        empty->setName(name);
        empty->setPen(pen);
        lines.append(empty);
    }
    return lines;
}

void attachLines(QChart *chart, const QList<QLineSeries *> &lines, QAbstractAxis *xAxis,
                 QAbstractAxis *yAxis)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QLineSeries *line = lines.at(i);
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        // One legend entry per line, not per piece of it.
        if (i > 0) {
            for (QLegendMarker *marker : chart->legend()->markers(line))
                marker->setVisible(false);
        }
    }
}

QList<QPointF> pointsOf(const QList<QLineSeries *> &lines)
{
    QList<QPointF> points;
    for (const QLineSeries *line : lines)
        points.append(line->points());
    return points;
}

QString formatDuration(const std::optional<double> &seconds)
{
    if (!seconds)
        return QCoreApplication::translate("Flowscope::TestTrendChart", "–");
    return QCoreApplication::translate("Flowscope::TestTrendChart", "%1 s")
        .arg(QString::number(*seconds, 'f', 1));
}

} // namespace

qint64 segmentCount(const ResultCounts &counts, TrendSegment segment)
{
    switch (segment) {
    case TrendSegment::Passed:
        return counts.passed;
    case TrendSegment::Failed:
        return counts.failed;
    case TrendSegment::Skipped:
        return counts.skipped;
    case TrendSegment::Aborted:
        return counts.aborted;
    case TrendSegment::Other:
        return counts.other;
    case TrendSegment::NoResult:
        return counts.noResult;
    }
    return 0;
}

QString segmentName(TrendSegment segment)
{
    switch (segment) {
    case TrendSegment::Passed:
        return QCoreApplication::translate("Flowscope::TestTrendChart", "Passed");
    case TrendSegment::Failed:
        return QCoreApplication::translate("Flowscope::TestTrendChart", "Failed");
    case TrendSegment::Skipped:
        return QCoreApplication::translate("Flowscope::TestTrendChart", "Skipped");
    case TrendSegment::Aborted:
        return QCoreApplication::translate("Flowscope::TestTrendChart", "Aborted");
    case TrendSegment::Other:
        return QCoreApplication::translate("Flowscope::TestTrendChart", "Other result");
    case TrendSegment::NoResult:
        return QCoreApplication::translate("Flowscope::TestTrendChart", "No result");
    }
    return {};
}

QColor segmentColor(TrendSegment segment)
{
    switch (segment) {
    case TrendSegment::Passed:
        return {0x00, 0x9E, 0x73}; // bluish green
    case TrendSegment::Failed:
        return {0xD5, 0x5E, 0x00}; // vermillion
    case TrendSegment::Skipped:
        return {0x56, 0xB4, 0xE9}; // sky blue
    case TrendSegment::Aborted:
        return {0xE6, 0x9F, 0x00}; // orange
    case TrendSegment::Other:
        return {0xCC, 0x79, 0xA7}; // reddish purple
    case TrendSegment::NoResult:
        return {0x99, 0x99, 0x99}; // grey
    }
    return Qt::gray;
}

TestTrendChart::TestTrendChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumHeight(280);
    setTrend({});
}

void TestTrendChart::setTrend(const TestTrend &trend)
{
    m_trend = trend;

    // A new chart each time, so that no series or axis of the previous trend
    // stays behind. setChart hands the old chart back, so it is deleted here.
    auto *chart = new QChart;
    const ChartParts parts = populate(chart);
    QChart *previous = this->chart();
    setChart(chart);
    delete previous;
    m_barSeries = parts.bars;
    m_sets = parts.sets;
    m_passRateLines = parts.passRateLines;
    m_durationLines = parts.durationLines;

    for (int i = 0; i < TrendSegmentCount; ++i) {
        const TrendSegment segment = Segments[i];
        connect(m_sets.at(i), &QBarSet::clicked, this,
                [this, segment](int bucket) { Q_EMIT segmentClicked(bucket, segment); });
    }
}

QBarSet *TestTrendChart::barSet(TrendSegment segment) const
{
    return m_sets.value(int(segment));
}

QList<QPointF> TestTrendChart::passRatePoints() const
{
    return pointsOf(m_passRateLines);
}

QList<QPointF> TestTrendChart::averageDurationPoints() const
{
    return pointsOf(m_durationLines);
}

QString TestTrendChart::bucketLabel(int bucket) const
{
    if (bucket < 0 || bucket >= m_trend.points.size())
        return {};
    const QDate date =
        QDateTime::fromMSecsSinceEpoch(m_trend.points.at(bucket).startMs, m_trend.options.zone)
            .date();
    switch (m_trend.options.bucket) {
    case TrendBucket::Day:
        return date.toString(Qt::ISODate);
    case TrendBucket::Week: {
        int year = 0;
        const int week = date.weekNumber(&year);
        return tr("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case TrendBucket::Month:
        return date.toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}

QString trendBucketRangeText(qint64 startMs, qint64 endMs, TrendBucket bucket,
                             const QTimeZone &zone)
{
    const QString start = QDateTime::fromMSecsSinceEpoch(startMs, zone).toString(RangeTimeFormat);
    const QString end = QDateTime::fromMSecsSinceEpoch(endMs, zone).toString(RangeTimeFormat);
    const QString zoneName = QString::fromUtf8(zone.id());

    // A day across a daylight saving change lasts 23 or 25 hours, which the
    // text states.
    const qint64 hours = (endMs - startMs) / (3600 * 1000);
    if (bucket == TrendBucket::Day && hours != 24)
        return TestTrendChart::tr("%1 – %2 %3 (%n hours)", nullptr, int(hours))
            .arg(start, end, zoneName);
    return TestTrendChart::tr("%1 – %2 %3").arg(start, end, zoneName);
}

QString TestTrendChart::bucketRangeText(int bucket) const
{
    if (bucket < 0 || bucket >= m_trend.points.size())
        return {};
    const TrendPoint &point = m_trend.points.at(bucket);
    return trendBucketRangeText(point.startMs, point.endMs, m_trend.options.bucket,
                                m_trend.options.zone);
}

QString TestTrendChart::hoverText(int bucket) const
{
    if (bucket < 0 || bucket >= m_trend.points.size())
        return {};
    const TrendPoint &point = m_trend.points.at(bucket);
    const ResultCounts &counts = point.counts;

    QStringList lines = {bucketRangeText(bucket), tr("Executions: %L1").arg(counts.executions())};
    for (TrendSegment segment : Segments)
        lines.append(tr("%1: %L2").arg(segmentName(segment)).arg(segmentCount(counts, segment)));
    if (counts.passRate()) {
        lines.append(tr("Pass rate: %1 (%L2 of %L3 passed or failed)")
                         .arg(formatRate(counts.passRate()))
                         .arg(counts.passed)
                         .arg(counts.passed + counts.failed));
    } else {
        lines.append(tr("Pass rate: – (no run passed or failed)"));
    }
    if (point.executionsWithDuration > 0) {
        lines.append(tr("Average duration: %1 (%L2 runs with an end time)")
                         .arg(formatDuration(point.averageDurationSeconds()))
                         .arg(point.executionsWithDuration));
    } else {
        lines.append(tr("Average duration: – (no run with an end time)"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TestTrendChart::chartTitle() const
{
    QString heading;
    switch (m_trend.options.bucket) {
    case TrendBucket::Day:
        heading = tr("Test executions per day");
        break;
    case TrendBucket::Week:
        heading = tr("Test executions per week");
        break;
    case TrendBucket::Month:
        heading = tr("Test executions per month");
        break;
    }
    return QStringLiteral("<b>%1</b><br><small>%2</small>")
        .arg(heading.toHtmlEscaped(), passRateFormula().toHtmlEscaped());
}

TestTrendChart::ChartParts TestTrendChart::populate(QChart *chart) const
{
    ChartParts parts;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(chartTitle());
    chart->legend()->setAlignment(Qt::AlignBottom);

    // Stacked bars, Passed at the bottom.
    parts.bars = new QStackedBarSeries;
    qint64 maximumExecutions = 0;
    for (TrendSegment segment : Segments) {
        auto *set = new QBarSet(segmentName(segment));
        set->setColor(segmentColor(segment));
        set->setBorderColor(segmentColor(segment).darker(130));
        for (const TrendPoint &point : m_trend.points)
            set->append(double(segmentCount(point.counts, segment)));
        parts.bars->append(set);
        parts.sets.append(set);
    }
    for (const TrendPoint &point : m_trend.points)
        maximumExecutions = std::max(maximumExecutions, point.counts.executions());
    chart->addSeries(parts.bars);

    auto *buckets = new QBarCategoryAxis;
    for (int i = 0; i < m_trend.points.size(); ++i)
        buckets->append(bucketLabel(i));
    if (m_trend.points.size() > MaxHorizontalLabels)
        buckets->setLabelsAngle(-90);
    chart->addAxis(buckets, Qt::AlignBottom);
    parts.bars->attachAxis(buckets);

    // Headroom above the highest bar keeps it clear of the title.
    const auto [executionsTop, executionIntervals] = niceAxis(double(maximumExecutions) * 1.05);
    QValueAxis *executionsAxis = createValueAxis(tr("Executions"), QStringLiteral("%.0f"),
                                                 executionsTop, executionIntervals);
    chart->addAxis(executionsAxis, Qt::AlignLeft);
    parts.bars->attachAxis(executionsAxis);

    // Pass rate in percent on the first right axis.
    QList<std::optional<double>> passRates;
    QList<std::optional<double>> durations;
    double maximumDuration = 0;
    for (const TrendPoint &point : m_trend.points) {
        const std::optional<double> rate = point.counts.passRate();
        passRates.append(rate ? std::optional<double>(*rate * 100.0) : std::nullopt);
        durations.append(point.averageDurationSeconds());
        maximumDuration = std::max(maximumDuration, point.averageDurationSeconds().value_or(0));
    }
    QValueAxis *rateAxis = createValueAxis(tr("Pass rate (%)"), QStringLiteral("%.0f %%"), 100, 4);
    rateAxis->setLinePenColor(PassRateColor);
    rateAxis->setLabelsColor(PassRateColor);
    rateAxis->setTitleBrush(PassRateColor);
    chart->addAxis(rateAxis, Qt::AlignRight);
    QPen ratePen(PassRateColor, 2.5);
    parts.passRateLines = brokenLine(passRates, tr("Pass rate (right axis)"), ratePen);
    attachLines(chart, parts.passRateLines, buckets, rateAxis);

    // Average duration in seconds on the second right axis, dashed.
    const auto [durationTop, durationIntervals] = niceAxis(maximumDuration * 1.05);
    QValueAxis *durationAxis = createValueAxis(tr("Average duration (s)"), QStringLiteral("%.0f s"),
                                               durationTop, durationIntervals);
    chart->addAxis(durationAxis, Qt::AlignRight);
    QPen durationPen(DurationColor, 2.0, Qt::DashLine);
    parts.durationLines =
        brokenLine(durations, tr("Average duration (outer right axis)"), durationPen);
    attachLines(chart, parts.durationLines, buckets, durationAxis);
    return parts;
}

QString TestTrendChart::renderTitle() const
{
    return tr("Test trend");
}

QSizeF TestTrendChart::naturalSize() const
{
    return {1100, 560};
}

void TestTrendChart::render(QPainter *painter, const QRectF &target) const
{
    // A chart of its own at the natural size, built by the same code as the
    // one on screen, so that the export does not depend on the window size.
    QGraphicsScene scene;
    auto *chart = new QChart;
    scene.addItem(chart);
    populate(chart);
    const QRectF source(QPointF(0, 0), naturalSize());
    chart->setGeometry(source);
    scene.setSceneRect(source);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    scene.render(painter, target, source, Qt::KeepAspectRatio);
    painter->restore();
}

int TestTrendChart::bucketAt(const QPoint &viewportPosition) const
{
    if (!chart() || !m_barSeries || m_trend.points.isEmpty())
        return -1;
    const QPointF scenePosition = mapToScene(viewportPosition);
    if (!chart()->plotArea().contains(chart()->mapFromScene(scenePosition)))
        return -1;
    const QPointF value = chart()->mapToValue(chart()->mapFromScene(scenePosition), m_barSeries);
    const int bucket = int(std::lround(value.x()));
    return bucket >= 0 && bucket < m_trend.points.size() ? bucket : -1;
}

bool TestTrendChart::viewportEvent(QEvent *event)
{
    // The whole column of a bucket shows its figures, so that a bucket
    // without executions, which has no bar to hover, shows them too.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int bucket = bucketAt(help->pos());
        if (bucket < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), hoverText(bucket), viewport());
        return true;
    }
    return QChartView::viewportEvent(event);
}

} // namespace Flowscope
