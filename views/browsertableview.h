#pragma once

#include <QTableView>

namespace Flowscope {

// A table view whose copy shortcut copies the whole selection (through the
// page) instead of only the current cell, as QTableView does by default, and
// that scrolls to the right row right after a model reset.
class BrowserTableView : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;

    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

Q_SIGNALS:
    void copyRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Flowscope
