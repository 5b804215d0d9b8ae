#pragma once

#include "renderable.h"

#include <QColor>
#include <QHeaderView>
#include <QList>
#include <QStyledItemDelegate>
#include <QWidget>

namespace Flowscope {

class TestHistoryModel;

// How the history grid shows one connect_test_case_result: a fill colour
// from the Okabe–Ito palette, which stays distinguishable with the common
// colour vision deficiencies, and a letter drawn in the cell, so that the
// result never depends on colour alone.
struct ResultStyle
{
    QString result; // null: the run has no result
    QColor fill;
    QColor text;
    QString letter;
    QString label;
    bool hatched = false;
};

// The styles of Passed, Failed, Skipped, Aborted, no result and other
// results, in the legend's order.
QList<ResultStyle> resultStyles();
// The style of one run's connect_test_case_result; unknown values get the "other" style.
ResultStyle resultStyle(const QString &result);

// Draws one run cell: the result's fill, hatching for "no result", its
// letter when the cell is large enough, and a frame when it is selected.
void paintRunCell(QPainter *painter, const QRectF &rect, const QString &result, bool selected,
                  const QColor &frame);

// Draws the legend in one row from `origin` and returns its width.
qreal paintResultLegend(QPainter *painter, const QPointF &origin, const QFont &font);
QSizeF resultLegendSize(const QFont &font);

// Paints the run cells of TestHistoryModel with paintRunCell and leaves the
// other columns to the default delegate.
class RunCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int CellSize = 22;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The horizontal header of the history grid. Run columns are too narrow for
// the model's labels ("−12"), so they show a small label only on every
// fifth run back and on the latest run.
class RunHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit RunHeaderView(QWidget *parent = nullptr);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
};

// The legend of the result colours, as a widget.
class ResultLegend : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
};

// The whole history grid as a picture for exports: every test case of the
// model with its figures, marks and run cells, then the legend. Draws the
// cells with the same function as the on-screen delegate.
class TestHistoryGridPicture : public Renderable
{
public:
    explicit TestHistoryGridPicture(const TestHistoryModel *model) : m_model(model) {}

    QString renderTitle() const override;
    QSizeF naturalSize() const override;
    void render(QPainter *painter, const QRectF &target) const override;

private:
    struct Layout
    {
        QList<qreal> columnWidths;
        qreal rowHeight = 0;
        qreal headerHeight = 0;
        qreal legendHeight = 0;
        QSizeF size;
    };
    Layout layout() const;

    const TestHistoryModel *m_model = nullptr;
};

} // namespace Flowscope
