#include "testhistorygrid.h"

#include "testanalyticsmodels.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace Flowscope {

namespace {

constexpr qreal LegendSwatch = 14;
constexpr qreal LegendGap = 6;
constexpr qreal LegendItemGap = 16;
constexpr qreal PictureMargin = 12;
constexpr qreal PicturePadding = 6;
constexpr qreal MaxPictureNameWidth = 360;

QString translated(const char *text)
{
    return QCoreApplication::translate("Flowscope::TestHistoryGrid", text);
}

QColor textColourFor(const QColor &fill)
{
    // Relative luminance decides between black and white letters.
    const qreal luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

ResultStyle makeStyle(const QString &result, const char *hex, const char *letter,
                      const char *label, bool hatched = false)
{
    ResultStyle style;
    style.result = result;
    style.fill = QColor(QLatin1String(hex));
    style.text = textColourFor(style.fill);
    style.letter = translated(letter);
    style.label = translated(label);
    style.hatched = hatched;
    return style;
}

} // namespace

QList<ResultStyle> resultStyles()
{
    return {
        makeStyle(QStringLiteral("Passed"), "#009E73",
                  QT_TRANSLATE_NOOP("Flowscope::TestHistoryGrid", "P"),
                  QT_TRANSLATE_NOOP("Flowscope::TestHistoryGrid", "Passed")),
        makeStyle(QStringLiteral("Failed"), "#D55E00",
                  QT_TRANSLATE_NOOP("Flowscope::TestHistoryGrid", "F"),
                  QT_TRANSLATE_NOOP("Flowscope::TestHistoryGrid", "Failed")),
        makeStyle(QStringLiteral("Skipped"), "#56B4E9",
                  QT_TRANSLATE_NOOP("Flowscope::TestHistoryGrid", "S"),
                  QT_TRANSLATE_NOOP("Flowscope::TestHistoryGrid", "Skipped")),
        makeStyle(QStringLiteral("Aborted"), "#E69F00",
                  QT_TRANSLATE_NOOP("Flowscope::TestHistoryGrid", "A"),
                  QT_TRANSLATE_NOOP("Flowscope::TestHistoryGrid", "Aborted")),
        makeStyle(QString(), "#D9D9D9", QT_TRANSLATE_NOOP("Flowscope::TestHistoryGrid", "?"),
                  QT_TRANSLATE_NOOP("Flowscope::TestHistoryGrid", "no result"), true),
        makeStyle(QStringLiteral(""), "#CC79A7",
                  QT_TRANSLATE_NOOP("Flowscope::TestHistoryGrid", "O"),
                  QT_TRANSLATE_NOOP("Flowscope::TestHistoryGrid", "other result")),
    };
}

ResultStyle resultStyle(const QString &result)
{
    static const QList<ResultStyle> styles = resultStyles();
    for (const ResultStyle &style : styles) {
        if (style.result.isNull() ? result.isNull()
                                  : !result.isNull() && style.result == result)
            return style;
    }
    return styles.constLast();
}

void paintRunCell(QPainter *painter, const QRectF &rect, const QString &result, bool selected,
                  const QColor &frame)
{
    const ResultStyle style = resultStyle(result);
    const QRectF cell = rect.adjusted(1, 1, -1, -1);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(cell, style.fill);
    if (style.hatched)
        painter->fillRect(cell, QBrush(QColor(0x80, 0x80, 0x80), Qt::BDiagPattern));

    if (cell.height() >= 12 && cell.width() >= 10) {
        QFont font = painter->font();
        font.setPixelSize(int(std::min(cell.height(), cell.width()) * 0.6));
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(style.text);
        painter->drawText(cell, Qt::AlignCenter, style.letter);
    }

    if (selected) {
        QPen pen(frame, 3);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5));
    }
    painter->restore();
}

QSizeF resultLegendSize(const QFont &font)
{
    const QFontMetricsF metrics(font);
    qreal width = 0;
    for (const ResultStyle &style : resultStyles())
        width += LegendSwatch + LegendGap + metrics.horizontalAdvance(style.label) + LegendItemGap;
    return {width - LegendItemGap, std::max(LegendSwatch, metrics.height())};
}

qreal paintResultLegend(QPainter *painter, const QPointF &origin, const QFont &font)
{
    const QFontMetricsF metrics(font);
    const qreal height = std::max(LegendSwatch, metrics.height());
    qreal x = origin.x();

    painter->save();
    for (const ResultStyle &style : resultStyles()) {
        const QRectF swatch(x, origin.y() + (height - LegendSwatch) / 2, LegendSwatch,
                            LegendSwatch);
        painter->setFont(font);
        paintRunCell(painter, swatch.adjusted(-1, -1, 1, 1), style.result, false, {});
        x += LegendSwatch + LegendGap;

        painter->setFont(font);
        painter->setPen(QApplication::palette().color(QPalette::WindowText));
        const qreal labelWidth = metrics.horizontalAdvance(style.label);
        painter->drawText(QRectF(x, origin.y(), labelWidth + 1, height),
                          Qt::AlignLeft | Qt::AlignVCenter, style.label);
        x += labelWidth + LegendItemGap;
    }
    painter->restore();
    return x - LegendItemGap - origin.x();
}

// --- RunCellDelegate ---

void RunCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (index.column() < TestHistoryModel::FirstRunColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    const QVariant result = index.data(RunResultRole);
    if (!result.isValid())
        return;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    paintRunCell(painter, option.rect, result.toString(), selected,
                 option.palette.color(QPalette::Highlight).darker(130));
}

QSize RunCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() < TestHistoryModel::FirstRunColumn)
        return QStyledItemDelegate::sizeHint(option, index);
    return {CellSize, CellSize};
}

// --- RunHeaderView ---

RunHeaderView::RunHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent) {}

void RunHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (logicalIndex < TestHistoryModel::FirstRunColumn) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }

    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.position = QStyleOptionHeader::Middle;
    painter->save();
    style()->drawControl(QStyle::CE_HeaderSection, &option, painter, this);

    const int back = model()->columnCount() - 1 - logicalIndex;
    if (back == 0 || back % 5 == 0) {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.75);
        painter->setFont(small);
        painter->setPen(palette().color(QPalette::ButtonText));
        const QString label =
            back == 0 ? QCoreApplication::translate("Flowscope::TestHistoryGrid", "last") : QStringLiteral("\u2212%1").arg(back);
        painter->drawText(rect, Qt::AlignCenter, label);
    }
    painter->restore();
}

// --- ResultLegend ---

QSize ResultLegend::sizeHint() const
{
    return resultLegendSize(font()).toSize() + QSize(2, 4);
}

void ResultLegend::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    paintResultLegend(&painter, QPointF(1, 2), font());
}

// --- TestHistoryGridPicture ---

QString TestHistoryGridPicture::renderTitle() const
{
    return QCoreApplication::translate("Flowscope::TestHistoryGrid", "Test history");
}

TestHistoryGridPicture::Layout TestHistoryGridPicture::layout() const
{
    const QFont font = QApplication::font();
    const QFontMetricsF metrics(font);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);

    Layout layout;
    layout.rowHeight = std::max<qreal>(RunCellDelegate::CellSize, metrics.height() + 4);
    layout.headerHeight = boldMetrics.height() + 8;
    layout.legendHeight = resultLegendSize(font).height() + PictureMargin;

    for (int column = 0; column < TestHistoryModel::FirstRunColumn; ++column) {
        qreal width =
            boldMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            width = std::max(width,
                             metrics.horizontalAdvance(m_model->index(row, column).data().toString()));
        }
        if (column == TestHistoryModel::NameColumn)
            width = std::min(width, MaxPictureNameWidth);
        layout.columnWidths.append(width + 2 * PicturePadding);
    }
    for (int column = TestHistoryModel::FirstRunColumn; column < m_model->columnCount(); ++column)
        layout.columnWidths.append(RunCellDelegate::CellSize);

    qreal width = 0;
    for (const qreal columnWidth : std::as_const(layout.columnWidths))
        width += columnWidth;
    width = std::max(width, resultLegendSize(font).width());
    layout.size = QSizeF(width + 2 * PictureMargin,
                         layout.headerHeight + layout.rowHeight * m_model->rowCount() +
                             layout.legendHeight + 2 * PictureMargin);
    return layout;
}

QSizeF TestHistoryGridPicture::naturalSize() const
{
    return layout().size;
}

void TestHistoryGridPicture::render(QPainter *painter, const QRectF &target) const
{
    const Layout grid = layout();
    const qreal scale =
        std::min(target.width() / grid.size.width(), target.height() / grid.size.height());
    if (scale <= 0)
        return;

    painter->save();
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    painter->fillRect(QRectF(QPointF(), grid.size), QApplication::palette().color(QPalette::Base));
    painter->translate(PictureMargin, PictureMargin);

    const QFont font = QApplication::font();
    QFont bold = font;
    bold.setBold(true);
    const QColor text = QApplication::palette().color(QPalette::Text);
    const QColor lines = QApplication::palette().color(QPalette::Mid);

    // Header row; run columns are labelled only at the latest run.
    qreal x = 0;
    painter->setFont(bold);
    painter->setPen(text);
    for (int column = 0; column < grid.columnWidths.size(); ++column) {
        const qreal width = grid.columnWidths.at(column);
        if (column < TestHistoryModel::FirstRunColumn) {
            painter->drawText(QRectF(x + PicturePadding, 0, width - PicturePadding,
                                     grid.headerHeight),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              m_model->headerData(column, Qt::Horizontal).toString());
        } else if (column == grid.columnWidths.size() - 1) {
            painter->drawText(QRectF(x + width - 200, 0, 200, grid.headerHeight),
                              Qt::AlignRight | Qt::AlignVCenter,
                              m_model->headerData(column, Qt::Horizontal).toString());
        }
        x += width;
    }
    painter->setPen(lines);
    painter->drawLine(QPointF(0, grid.headerHeight - 1),
                      QPointF(x, grid.headerHeight - 1));

    // Rows.
    painter->setFont(font);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qreal y = grid.headerHeight + row * grid.rowHeight;
        x = 0;
        for (int column = 0; column < grid.columnWidths.size(); ++column) {
            const qreal width = grid.columnWidths.at(column);
            const QModelIndex index = m_model->index(row, column);
            const QRectF cell(x, y, width, grid.rowHeight);
            if (column >= TestHistoryModel::FirstRunColumn) {
                const QVariant result = index.data(RunResultRole);
                if (result.isValid())
                    paintRunCell(painter, cell, result.toString(), false, {});
            } else {
                painter->setPen(text);
                const Qt::Alignment alignment =
                    column == TestHistoryModel::ExecutionsColumn ||
                            column == TestHistoryModel::PassRateColumn
                        ? Qt::AlignRight | Qt::AlignVCenter
                        : Qt::AlignLeft | Qt::AlignVCenter;
                const QRectF textRect = cell.adjusted(PicturePadding, 0, -PicturePadding, 0);
                painter->drawText(textRect, alignment,
                                  QFontMetricsF(font).elidedText(index.data().toString(),
                                                                 Qt::ElideRight,
                                                                 textRect.width()));
            }
            x += width;
        }
    }

    const qreal legendY =
        grid.headerHeight + m_model->rowCount() * grid.rowHeight + PictureMargin;
    paintResultLegend(painter, QPointF(0, legendY), font);
    painter->restore();
}

} // namespace Flowscope
