#pragma once

#include <QTableView>

namespace Flowscope {

// A read-only table view whose Ctrl+C (the platform's copy shortcut) copies
// the selected cells as tab-separated lines, the form spreadsheets paste.
class ImportTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit ImportTableView(QWidget *parent = nullptr);

    // The selected cells, one line per row and a tab between columns, in
    // view order; cells outside the selection stay empty.
    QString selectedText() const;
    void copySelection() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Flowscope
