#include "sparklinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Flowscope {

namespace {

constexpr int Padding = 4;

} // namespace

SparklineDelegate::SparklineDelegate(int countsRole, QObject *parent)
    : QStyledItemDelegate(parent), m_countsRole(countsRole)
{}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    // The background and selection as the style draws them, without text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QVariantList counts = index.data(m_countsRole).toList();
    if (counts.isEmpty())
        return;
    qint64 highest = 0;
    for (const QVariant &count : counts)
        highest = std::max(highest, count.toLongLong());

    const QRectF area = QRectF(option.rect).adjusted(Padding, Padding, -Padding, -Padding);
    const double step = counts.size() > 1 ? area.width() / double(counts.size() - 1) : 0;
    auto pointAt = [&](qsizetype i) {
        const double value = highest > 0 ? double(counts.at(i).toLongLong()) / double(highest) : 0;
        const double x = counts.size() > 1 ? area.left() + step * double(i) : area.center().x();
        return QPointF(x, area.bottom() - value * area.height());
    };

    QPainterPath line;
    line.moveTo(pointAt(0));
    for (qsizetype i = 1; i < counts.size(); ++i)
        line.lineTo(pointAt(i));

    const bool selected = option.state & QStyle::State_Selected;
    const QColor color =
        selected ? option.palette.highlightedText().color() : option.palette.link().color();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(200, 200, 200), 1));
    painter->drawLine(area.bottomLeft(), area.bottomRight());
    painter->setPen(QPen(color, 1.5));
    painter->drawPath(line);

    // The first highest day gets a dot, so that flat and peaked lines differ at a glance.
    qsizetype peak = 0;
    for (qsizetype i = 1; i < counts.size(); ++i) {
        if (counts.at(i).toLongLong() > counts.at(peak).toLongLong())
            peak = i;
    }
    painter->setBrush(color);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(pointAt(peak), 2.5, 2.5);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(base.width(), PreferredWidth), base.height()};
}

} // namespace Flowscope
