#include "outcomechart.h"

#include "flowmetricsmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGraphicsScene>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace Flowscope {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;

// The nominal length of a bucket; days and weeks around a daylight saving
// change are an hour shorter or longer, which bucketStart() accounts for.
qint64 nominalLength(TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::FifteenMinutes:
        return 15 * MinuteMs;
    case TimeBucket::Hour:
        return 60 * MinuteMs;
    case TimeBucket::Day:
        return 24 * 60 * MinuteMs;
    case TimeBucket::Week:
        return 7 * 24 * 60 * MinuteMs;
    }
    return 60 * MinuteMs;
}

// SQLite's ORDER BY on TEXT: NULL first, then by UTF-8 bytes.
bool sqliteLess(const QString &first, const QString &second)
{
    if (first.isNull() || second.isNull())
        return first.isNull() && !second.isNull();
    return first.toUtf8() < second.toUtf8();
}

// Distinct, saturated colours, so that no outcome fades into the white
// background, as Qt Charts' default theme colours do after the fifth series.
const std::array<QColor, 10> OutcomeColors = {
    QColor(78, 121, 167), QColor(242, 142, 43), QColor(225, 87, 89),   QColor(118, 183, 178),
    QColor(89, 161, 79),  QColor(237, 201, 72), QColor(176, 122, 161), QColor(255, 157, 167),
    QColor(156, 117, 95), QColor(60, 60, 60)};
const QColor NoOutcomeColor(170, 170, 170);

qsizetype indexOfValue(const QStringList &values, const QString &value)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i).isNull() == value.isNull() && values.at(i) == value)
            return i;
    }
    return -1;
}

} // namespace

OutcomeChart::OutcomeChart(QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setTitle(tr("Flow outcomes over time"));
    m_chart->setBackgroundRoundness(0);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void OutcomeChart::clear()
{
    m_bucketStarts.clear();
    m_outcomes.clear();
    m_counts.clear();
    m_message.clear();
    rebuild(TimeBucket::Day, QTimeZone::utc());
}

void OutcomeChart::setTrend(const OutcomeTrend &trend, TimeBucket bucket, const QTimeZone &zone)
{
    m_bucketStarts.clear();
    m_outcomes.clear();
    m_counts.clear();
    m_message.clear();

    for (const OutcomeBucketRow &row : trend.rows) {
        if (indexOfValue(m_outcomes, row.flowOutcome) < 0)
            m_outcomes.append(row.flowOutcome);
    }
    std::sort(m_outcomes.begin(), m_outcomes.end(), sqliteLess);

    // Every bucket from the first to the last, empty ones included.
    if (!trend.rows.isEmpty()) {
        const qint64 last = trend.rows.constLast().bucketStartMs;
        const qint64 step = nominalLength(bucket);
        for (qint64 start = trend.rows.constFirst().bucketStartMs; start <= last;) {
            if (m_bucketStarts.size() >= MaxBuckets) {
                m_message = tr("The filtered rows span more than %1 buckets. Choose a larger "
                               "bucket or a shorter time range.")
                                .arg(MaxBuckets);
                m_bucketStarts.clear();
                m_outcomes.clear();
                break;
            }
            m_bucketStarts.append(start);
            const qint64 next = bucketStart(start + step + step / 2, bucket, zone);
            start = next > start ? next : start + step;
        }
    } else if (!trend.error.isEmpty()) {
        m_message = trend.error;
    } else {
        m_message = tr("No flow event with an end_timestamp matches the filter.");
    }

    m_counts = QList<QList<qint64>>(m_outcomes.size(), QList<qint64>(m_bucketStarts.size(), 0));
    for (const OutcomeBucketRow &row : trend.rows) {
        const qsizetype outcome = indexOfValue(m_outcomes, row.flowOutcome);
        const auto bucketIndex =
            std::lower_bound(m_bucketStarts.cbegin(), m_bucketStarts.cend(), row.bucketStartMs) -
            m_bucketStarts.cbegin();
        if (outcome >= 0 && bucketIndex < m_bucketStarts.size() &&
            m_bucketStarts.at(bucketIndex) == row.bucketStartMs) {
            m_counts[outcome][bucketIndex] += row.count;
        }
    }
    rebuild(bucket, zone);
}

QString OutcomeChart::bucketLabel(qint64 startMs, TimeBucket bucket, const QTimeZone &zone) const
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, zone);
    switch (bucket) {
    case TimeBucket::FifteenMinutes:
    case TimeBucket::Hour:
        return start.toString(QStringLiteral("MM-dd HH:mm"));
    case TimeBucket::Day:
        return start.toString(QStringLiteral("yyyy-MM-dd"));
    case TimeBucket::Week:
        return tr("week of %1").arg(start.toString(QStringLiteral("yyyy-MM-dd")));
    }
    return {};
}

void OutcomeChart::rebuild(TimeBucket bucket, const QTimeZone &zone)
{
    m_chart->removeAllSeries();
    // removeAxis hands the axis back to the caller, which deletes it.
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_chart->setTitle(m_message.isEmpty()
                          ? tr("Flow outcomes over time (%1)").arg(QString::fromUtf8(zone.id()))
                          : m_message);
    if (m_bucketStarts.isEmpty())
        return;

    // Category labels must be unique; an hour repeated when clocks go back
    // gets its zone abbreviation.
    QStringList categories;
    QSet<QString> used;
    for (const qint64 start : std::as_const(m_bucketStarts)) {
        QString label = bucketLabel(start, bucket, zone);
        if (used.contains(label)) {
            label += QLatin1Char(' ') +
                     QDateTime::fromMSecsSinceEpoch(start, zone).timeZoneAbbreviation();
        }
        used.insert(label);
        categories.append(label);
    }

    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.9);
    qint64 highest = 0;
    QList<qint64> totals(m_bucketStarts.size(), 0);
    for (qsizetype outcome = 0; outcome < m_outcomes.size(); ++outcome) {
        auto *set = new QBarSet(FlowMetricsModel::outcomeLabel(m_outcomes.at(outcome)));
        const bool hasNull = m_outcomes.constFirst().isNull();
        set->setColor(
            m_outcomes.at(outcome).isNull()
                ? NoOutcomeColor
                : OutcomeColors.at(size_t(outcome - (hasNull ? 1 : 0)) % OutcomeColors.size()));
        set->setBorderColor(set->color());
        for (qsizetype bucketIndex = 0; bucketIndex < m_bucketStarts.size(); ++bucketIndex) {
            set->append(double(m_counts.at(outcome).at(bucketIndex)));
            totals[bucketIndex] += m_counts.at(outcome).at(bucketIndex);
        }
        series->append(set);
    }
    for (const qint64 total : std::as_const(totals))
        highest = std::max(highest, total);
    m_chart->addSeries(series);

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    if (categories.size() > 12)
        xAxis->setLabelsAngle(-90);
    // Labels of hundreds of thin bars overlap into a black band; the chart
    // title then gives the range instead.
    if (categories.size() > 120) {
        xAxis->setLabelsVisible(false);
        m_chart->setTitle(tr("Flow outcomes over time, %1 to %2 (%3)")
                              .arg(categories.constFirst(), categories.constLast(),
                                   QString::fromUtf8(zone.id())));
    }
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);

    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, double(std::max<qint64>(highest, 1)));
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->applyNiceNumbers();
    yAxis->setTitleText(tr("Flow events"));
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
}

QString OutcomeChart::renderTitle() const
{
    return tr("Flow outcomes");
}

QSizeF OutcomeChart::naturalSize() const
{
    const QSizeF size = m_chart->size();
    if (size.width() >= 400 && size.height() >= 250)
        return size;
    return {900, 420};
}

void OutcomeChart::render(QPainter *painter, const QRectF &target) const
{
    // A chart that was never shown has no layout yet.
    if (m_chart->size().width() < 400 || m_chart->size().height() < 250)
        m_chart->resize(naturalSize());
    m_chart->scene()->render(painter, target, m_chart->sceneBoundingRect(), Qt::KeepAspectRatio);
}

} // namespace Flowscope
