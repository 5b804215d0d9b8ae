#include "importtableview.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

#include <map>

namespace Flowscope {

ImportTableView::ImportTableView(QWidget *parent) : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

QString ImportTableView::selectedText() const
{
    const QModelIndexList indexes =
        selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (indexes.isEmpty())
        return {};

    std::map<int, std::map<int, QString>> cells; // row -> column -> text
    int firstColumn = indexes.first().column();
    int lastColumn = firstColumn;
    for (const QModelIndex &index : indexes) {
        cells[index.row()][index.column()] = index.data(Qt::DisplayRole).toString();
        firstColumn = qMin(firstColumn, index.column());
        lastColumn = qMax(lastColumn, index.column());
    }

    QStringList lines;
    for (const auto &[row, columns] : cells) {
        QStringList fields;
        for (int column = firstColumn; column <= lastColumn; ++column) {
            const auto found = columns.find(column);
            QString text = found == columns.end() ? QString() : found->second;
            // Tabs and line breaks inside a value would split it when pasted.
            text.replace(QLatin1Char('\t'), QLatin1Char(' '));
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            fields.append(text);
        }
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ImportTableView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void ImportTableView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace Flowscope
