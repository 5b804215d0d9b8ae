#include "browsertableview.h"

#include <QKeyEvent>

namespace Flowscope {

// The model reports a large row count with a reset, and the view lays itself
// out again only when control returns to the event loop. Until then
// QTableView::scrollTo() measures against the old scroll range, so a jump to
// row 2,500,000 of 5 million right after the count arrived stopped at row 181.
void BrowserTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    executeDelayedItemsLayout();
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
