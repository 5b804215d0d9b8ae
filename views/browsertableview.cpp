#include "browsertableview.h"

#include <QKeyEvent>

namespace Flowscope {

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
