#include "browsertableview.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

namespace Flowscope {

// The model reports a large row count with a reset, and the view lays itself
// out again only when control returns to the event loop. Until then
// QTableView::scrollTo() measures against the old scroll range, so a jump to
// row 2,500,000 of 5 million right after the count arrived stopped at row 181.
// Only a target beyond that range waits for the layout: laying out 5 million
// rows inside the reset, to keep the current cell in view, lengthened it.
void BrowserTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (index.isValid()) {
        const int needed = verticalScrollMode() == ScrollPerItem
                               ? index.row()
                               : verticalHeader()->sectionPosition(index.row());
        if (needed < 0 || needed > verticalScrollBar()->maximum())
            executeDelayedItemsLayout();
    }
    QTableView::scrollTo(index, hint);
}

void BrowserTableView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        Q_EMIT copyRequested();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace Flowscope
