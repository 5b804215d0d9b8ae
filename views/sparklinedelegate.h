#pragma once

#include <QStyledItemDelegate>

namespace Flowscope {

// Paints a list of counts (a QVariantList of integers from `countsRole`) as a
// sparkline: a line over the cell with its highest point marked. Every row is
// scaled to its own highest count, and the x axis is the list's position, so
// lists of equal length share one time axis.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int PreferredWidth = 140;

    SparklineDelegate(int countsRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_countsRole;
};

} // namespace Flowscope
