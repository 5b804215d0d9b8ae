#include "failuretrendchart.h"

#include "plaintooltip.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Flowscope {

namespace {

// Above this many buckets the axis labels would overlap, so they are hidden
// and the page's caption names the range.
constexpr int MaxLabelledBuckets = 12;

} // namespace

FailureTrendChart::FailureTrendChart(QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(ChartWidth, ChartHeight);
    m_view->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void FailureTrendChart::setSeries(const QString &title, const QStringList &bucketLabels,
                                  const QStringList &bucketRanges, const QList<qint64> &counts,
                                  const QColor &colour)
{
    m_title = title;
    m_bucketLabels = bucketLabels;
    m_bucketRanges = bucketRanges;
    m_counts = counts;
    m_chart->removeAllSeries();
    // removeAxis hands the axis back to the caller, which deletes it.
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }

    qint64 total = 0;
    qint64 maximum = 0;
    auto *set = new QBarSet(title);
    set->setColor(colour);
    set->setBorderColor(colour);
    for (const qint64 count : counts) {
        set->append(double(count));
        total += count;
        maximum = std::max(maximum, count);
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.8);
    series->append(set);
    m_chart->addSeries(series);
    m_series = series;

    const bool labelled = bucketLabels.size() <= MaxLabelledBuckets;
    m_chart->setTitle(tr("%1: %L2").arg(title).arg(total));

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(bucketLabels);
    xAxis->setLabelsVisible(labelled);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    xAxis->setLabelsFont(small);
    xAxis->setGridLineVisible(false);
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);

    auto *yAxis = new QValueAxis;
    // An even maximum keeps the middle tick on a whole number.
    const qint64 top = maximum <= 1 ? 1 : maximum + maximum % 2;
    yAxis->setRange(0, double(top));
    yAxis->setTickCount(top == 1 ? 2 : 3);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setLabelsFont(small);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
}

QString FailureTrendChart::hoverText(int bucket) const
{
    if (bucket < 0 || bucket >= m_counts.size())
        return {};

    const QString range = m_bucketRanges.value(bucket);
    return QStringList{range.isEmpty() ? m_bucketLabels.value(bucket) : range,
                       tr("Category: %1").arg(m_title),
                       tr("Reason occurrences: %L1").arg(m_counts.at(bucket))}
        .join(QLatin1Char('\n'));
}

int FailureTrendChart::bucketAt(const QPoint &position) const
{
    if (!m_series || m_counts.isEmpty())
        return -1;
    const QPointF chartPosition = m_chart->mapFromScene(m_view->mapToScene(position));
    if (!m_chart->plotArea().contains(chartPosition))
        return -1;
    const QPointF value = m_chart->mapToValue(chartPosition, m_series);
    const int bucket = int(std::lround(value.x()));
    return bucket >= 0 && bucket < m_counts.size() ? bucket : -1;
}

bool FailureTrendChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport() || event->type() != QEvent::ToolTip)
        return QWidget::eventFilter(watched, event);

    auto *help = static_cast<QHelpEvent *>(event);
    const QString text = hoverText(bucketAt(help->pos()));
    if (text.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    // The category name is user text from the workspace file, so the text is
    // escaped wherever Qt would take it for HTML.
    QToolTip::showText(help->globalPos(), plainToolTip(text), m_view->viewport());
    return true;
}

QString FailureTrendChart::renderTitle() const
{
    return tr("Failure reasons: %1").arg(m_title);
}

QSizeF FailureTrendChart::naturalSize() const
{
    return QSizeF(ChartWidth * 1.5, ChartHeight * 1.5);
}

void FailureTrendChart::render(QPainter *painter, const QRectF &target) const
{
    const QSizeF natural = naturalSize();
    const qreal scale =
        std::min(target.width() / natural.width(), target.height() / natural.height());
    if (scale <= 0)
        return;
    const QSizeF fitted = natural * scale;
    const QRectF area(target.topLeft(), fitted);

    // The chart is laid out at its natural size for the picture and put back
    // afterwards, so that a chart on a page never shown still draws whole.
    const QRectF onScreenGeometry = m_chart->geometry();
    m_chart->setGeometry(QRectF(QPointF(), natural));
    m_chart->scene()->render(painter, area, m_chart->sceneBoundingRect());
    m_chart->setGeometry(onScreenGeometry);
}

} // namespace Flowscope
