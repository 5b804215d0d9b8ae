#include "contacttimeline.h"

#include "contactpathmodel.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <array>

namespace Flowscope {

namespace {

// Fixed colours, so that an export looks the same whatever the screen's theme.
const QColor BackgroundColor(255, 255, 255);
const QColor TextColor(32, 32, 32);
const QColor MutedTextColor(110, 110, 110);
const QColor GridColor(225, 225, 225);
const QColor RowHighlightColor(232, 240, 252);
const QColor FlowColor(51, 112, 204);
const QColor ModuleColor(38, 150, 140);
const QColor QueueColor(230, 140, 30);
const QColor InvalidColor(200, 40, 40);

constexpr int Margin = 8;
constexpr int ModuleIndent = 16;
constexpr int MinimumTickSpacing = 110;
constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// Tick intervals from 1 ms to a week; the smallest that leaves room for labels is used.
constexpr std::array<qint64, 27> TickSteps = {
    1,           2,        5,          10,         20,          50,          100,
    200,         500,      Second,     2 * Second, 5 * Second,  10 * Second, 15 * Second,
    30 * Second, Minute,   2 * Minute, 5 * Minute, 10 * Minute, 15 * Minute, 30 * Minute,
    Hour,        2 * Hour, 6 * Hour,   12 * Hour,  Day,         7 * Day};

QString tickFormat(qint64 tickMs)
{
    if (tickMs < Second)
        return QStringLiteral("HH:mm:ss.zzz");
    if (tickMs < Minute)
        return QStringLiteral("HH:mm:ss");
    if (tickMs < Day)
        return QStringLiteral("HH:mm");
    return QStringLiteral("MM-dd HH:mm");
}

void drawDiamond(QPainter *painter, const QPointF &centre, double radius, const QColor &color)
{
    QPainterPath diamond;
    diamond.moveTo(centre.x(), centre.y() - radius);
    diamond.lineTo(centre.x() + radius, centre.y());
    diamond.lineTo(centre.x(), centre.y() + radius);
    diamond.lineTo(centre.x() - radius, centre.y());
    diamond.closeSubpath();
    painter->fillPath(diamond, color);
}

} // namespace

ContactTimeline::ContactTimeline(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ContactTimeline::setModel(ContactPathModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            m_currentStep = -1;
            m_hoveredStep = -1;
            updateAxis();
        });
        connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { update(); });
    }
    updateAxis();
}

int ContactTimeline::stepCount() const
{
    return m_model ? int(m_model->path().steps.size()) : 0;
}

void ContactTimeline::setCurrentStep(int step)
{
    m_currentStep = step;
    update();
}

void ContactTimeline::updateAxis()
{
    m_axisStartMs = 0;
    m_axisEndMs = 0;
    if (stepCount() > 0) {
        const QList<PathStep> &steps = m_model->path().steps;
        m_axisStartMs = steps.constFirst().startMs;
        m_axisEndMs = m_axisStartMs;
        bool openEnd = false;
        for (const PathStep &step : steps) {
            m_axisStartMs = std::min(m_axisStartMs, step.startMs);
            m_axisEndMs = std::max(m_axisEndMs, step.startMs);
            if (step.durationState == DurationState::Complete)
                m_axisEndMs = std::max(m_axisEndMs, *step.endMs);
            openEnd = openEnd || step.durationState == DurationState::InProgress;
        }

        // A step in progress runs past the last known time, so the axis
        // leaves room to show that its end is open.
        const qint64 span = std::max<qint64>(m_axisEndMs - m_axisStartMs, Second);
        m_axisEndMs = m_axisStartMs + span + (openEnd ? span / 10 : 0);
    }
    updateGeometry();
    update();
}

QString ContactTimeline::renderTitle() const
{
    if (!m_model || m_model->path().contactId.isEmpty())
        return tr("Contact path");
    return tr("Contact path %1").arg(m_model->path().contactId);
}

QSizeF ContactTimeline::naturalSize() const
{
    return {double(NaturalWidth),
            double(AxisHeight + std::max(stepCount(), 1) * RowHeight + LegendHeight + Margin)};
}

QSize ContactTimeline::sizeHint() const
{
    return naturalSize().toSize();
}

QSize ContactTimeline::minimumSizeHint() const
{
    return {LabelWidth + 200, int(naturalSize().height())};
}

void ContactTimeline::render(QPainter *painter, const QRectF &target) const
{
    const QSizeF size = naturalSize();
    const double scale = std::min(target.width() / size.width(), target.height() / size.height());

    painter->save();
    painter->translate(target.x() + (target.width() - size.width() * scale) / 2,
                       target.y() + (target.height() - size.height() * scale) / 2);
    painter->scale(scale, scale);
    paint(painter, size, false);
    painter->restore();
}

void ContactTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(&painter, size(), true);
}

QRectF ContactTimeline::plotRect(const QSizeF &size) const
{
    return {double(LabelWidth), double(AxisHeight), size.width() - LabelWidth - 2 * Margin,
            double(stepCount() * RowHeight)};
}

double ContactTimeline::xFor(qint64 ms, const QRectF &plot) const
{
    const double span = double(std::max<qint64>(m_axisEndMs - m_axisStartMs, 1));
    return plot.left() + double(ms - m_axisStartMs) / span * plot.width();
}

void ContactTimeline::paint(QPainter *painter, const QSizeF &size, bool highlightSteps) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(QRectF(QPointF(0, 0), size), BackgroundColor);
    painter->setFont(font());

    if (stepCount() == 0) {
        painter->setPen(MutedTextColor);
        painter->drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter,
                          tr("No flow events to show."));
        painter->restore();
        return;
    }

    const QRectF plot = plotRect(size);
    qint64 tickMs = TickSteps.back();
    for (const qint64 candidate : TickSteps) {
        const double ticks = double(m_axisEndMs - m_axisStartMs) / double(candidate);
        if (ticks <= std::max(1.0, plot.width() / MinimumTickSpacing)) {
            tickMs = candidate;
            break;
        }
    }

    for (int step = 0; highlightSteps && step < stepCount(); ++step) {
        if (step == m_currentStep || step == m_hoveredStep) {
            const QRectF row(0, plot.top() + step * RowHeight, size.width(), RowHeight);
            painter->fillRect(row, step == m_currentStep ? RowHighlightColor
                                                         : RowHighlightColor.lighter(104));
        }
    }
    paintAxis(painter, plot, tickMs);
    for (int step = 0; step < stepCount(); ++step)
        paintStep(painter, plot, step);
    paintLegend(painter,
                QRectF(Margin, plot.bottom() + Margin, size.width() - 2 * Margin, LegendHeight));
    painter->restore();
}

void ContactTimeline::paintAxis(QPainter *painter, const QRectF &plot, qint64 tickMs) const
{
    const QTimeZone zone = m_model->displayTimeZone();
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_axisStartMs, zone);

    painter->setPen(MutedTextColor);
    const QString caption =
        tr("%1, times in %2").arg(start.date().toString(Qt::ISODate), QString::fromUtf8(zone.id()));
    painter->drawText(QRectF(Margin, 2, plot.right(), 18), Qt::AlignLeft | Qt::AlignVCenter,
                      caption);

    // Ticks fall on wall-clock multiples of the step in the display zone.
    const qint64 offsetMs = qint64(zone.offsetFromUtc(start)) * Second;
    qint64 tick = (m_axisStartMs + offsetMs + tickMs - 1) / tickMs * tickMs - offsetMs;
    if (m_axisStartMs + offsetMs < 0)
        tick = m_axisStartMs;
    const QString format = tickFormat(tickMs);
    for (; tick <= m_axisEndMs; tick += tickMs) {
        const double x = xFor(tick, plot);
        painter->setPen(GridColor);
        painter->drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.bottom()));
        painter->setPen(TextColor);
        const QString label = QDateTime::fromMSecsSinceEpoch(tick, zone).toString(format);
        painter->drawText(QRectF(x - MinimumTickSpacing / 2.0, 20, MinimumTickSpacing, 18),
                          Qt::AlignHCenter | Qt::AlignVCenter, label);
    }
    painter->setPen(GridColor);
    painter->drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()));
}

QString ContactTimeline::stepLabel(int step) const
{
    const PathStep &pathStep = m_model->path().steps.at(step);
    return resourceDisplayName(pathStep.activity.id, m_model->names());
}

void ContactTimeline::paintStep(QPainter *painter, const QRectF &plot, int step) const
{
    const PathStep &pathStep = m_model->path().steps.at(step);
    const bool module = pathStep.activity.kind == ActivityKind::Module;
    const QColor color = module ? ModuleColor : FlowColor;
    const double top = plot.top() + step * RowHeight;
    const double middle = top + RowHeight / 2.0;
    const QFontMetricsF metrics(painter->font());

    // The label column: modules are indented under their flow, and a step
    // whose next_* column disagrees with time order carries a warning sign.
    const double indent = module ? ModuleIndent : 0;
    const QString mark = pathStep.nextDisagreesWithTimeOrder ? QStringLiteral(" ⚠") : QString();
    const double labelWidth = LabelWidth - Margin * 2 - indent - metrics.horizontalAdvance(mark);
    painter->setPen(TextColor);
    painter->drawText(QRectF(Margin + indent, top, labelWidth, RowHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(stepLabel(step), Qt::ElideMiddle, labelWidth));
    if (!mark.isEmpty()) {
        painter->setPen(InvalidColor);
        painter->drawText(QRectF(Margin + indent, top, LabelWidth - Margin * 2 - indent, RowHeight),
                          Qt::AlignRight | Qt::AlignVCenter, mark);
    }

    const double barHeight = module ? RowHeight * 0.4 : RowHeight * 0.6;
    const double startX = xFor(pathStep.startMs, plot);
    double endX = startX;
    QString note;
    switch (pathStep.durationState) {
    case DurationState::Complete: {
        endX = std::max(xFor(*pathStep.endMs, plot), startX + 2);
        painter->fillRect(QRectF(startX, middle - barHeight / 2, endX - startX, barHeight), color);
        note = formatDuration(*pathStep.durationMs);
        break;
    }
    case DurationState::InProgress: {
        // An open end: the bar fades out towards the end of the axis.
        endX = plot.right();
        QLinearGradient fade(startX, 0, endX, 0);
        fade.setColorAt(0, color);
        fade.setColorAt(1, QColor(color.red(), color.green(), color.blue(), 40));
        painter->fillRect(QRectF(startX, middle - barHeight / 2, endX - startX, barHeight), fade);
        note = tr("in progress");
        break;
    }
    case DurationState::Invalid:
        drawDiamond(painter, QPointF(startX, middle), barHeight / 2 + 1, InvalidColor);
        endX = startX + barHeight / 2 + 1;
        note = tr("invalid: ends before it starts");
        break;
    }

    if (pathStep.nextResourceType == QLatin1String("queue") &&
        !pathStep.nextQueueResourceId.isNull()) {
        const double queueX = pathStep.durationState == DurationState::Complete ? endX : startX;
        drawDiamond(painter, QPointF(queueX, middle), RowHeight * 0.3, QueueColor);
        endX = std::max(endX, queueX + RowHeight * 0.3);
        note = tr("%1 → queue %2")
                   .arg(note, resourceDisplayName(pathStep.nextQueueResourceId, m_model->names()));
    }

    // The note goes right of the bar, or left of it when the bar reaches the edge.
    painter->setPen(pathStep.durationState == DurationState::Invalid ? InvalidColor
                                                                     : MutedTextColor);
    const double noteWidth = metrics.horizontalAdvance(note) + 4;
    if (endX + 4 + noteWidth <= plot.right() + Margin) {
        painter->drawText(QRectF(endX + 4, top, noteWidth, RowHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, note);
    } else if (startX - 4 - noteWidth >= plot.left()) {
        painter->drawText(QRectF(startX - 4 - noteWidth, top, noteWidth, RowHeight),
                          Qt::AlignRight | Qt::AlignVCenter, note);
    }
}

void ContactTimeline::paintLegend(QPainter *painter, const QRectF &area) const
{
    const QFontMetricsF metrics(painter->font());
    const double middle = area.top() + area.height() / 2;
    double x = area.left();
    auto entry = [&](const QString &text) {
        painter->setPen(TextColor);
        const double width = metrics.horizontalAdvance(text);
        painter->drawText(QRectF(x, area.top(), width + 2, area.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, text);
        x += width + 24;
    };

    painter->fillRect(QRectF(x, middle - 6, 22, 12), FlowColor);
    x += 28;
    entry(tr("Flow"));
    painter->fillRect(QRectF(x, middle - 4, 22, 8), ModuleColor);
    x += 28;
    entry(tr("Module"));
    drawDiamond(painter, QPointF(x + 7, middle), 7, QueueColor);
    x += 20;
    entry(tr("Next queue"));
    drawDiamond(painter, QPointF(x + 7, middle), 7, InvalidColor);
    x += 20;
    entry(tr("Invalid end"));
    painter->setPen(InvalidColor);
    painter->drawText(QRectF(x, area.top(), 20, area.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      QStringLiteral("⚠"));
    x += 20;
    entry(tr("Next flow disagrees with time order"));
}

int ContactTimeline::stepAt(const QPoint &position) const
{
    const QRectF plot = plotRect(size());
    if (position.y() < plot.top() || position.y() >= plot.bottom())
        return -1;
    const int step = int((position.y() - plot.top()) / RowHeight);
    return step < stepCount() ? step : -1;
}

QString ContactTimeline::stepToolTip(int step) const
{
    if (step < 0 || step >= stepCount())
        return {};
    return m_model->stepDescription(m_model->path().steps.at(step));
}

bool ContactTimeline::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);

    const auto *help = static_cast<QHelpEvent *>(event);
    const int step = stepAt(help->pos());
    if (step < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    // Values come from the imported file, so they are escaped, never read as HTML.
    QToolTip::showText(help->globalPos(), plainTextToolTip(stepToolTip(step)), this);
    return true;
}

void ContactTimeline::mouseMoveEvent(QMouseEvent *event)
{
    const int step = stepAt(event->position().toPoint());
    if (step != m_hoveredStep) {
        m_hoveredStep = step;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void ContactTimeline::mousePressEvent(QMouseEvent *event)
{
    const int step = stepAt(event->position().toPoint());
    if (step >= 0 && event->button() == Qt::LeftButton) {
        setCurrentStep(step);
        Q_EMIT stepClicked(step);
    }
    QWidget::mousePressEvent(event);
}

void ContactTimeline::leaveEvent(QEvent *event)
{
    m_hoveredStep = -1;
    update();
    QWidget::leaveEvent(event);
}

} // namespace Flowscope
