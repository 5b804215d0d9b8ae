#pragma once

#include "mainwindow.h"

#include <QSignalSpy>
#include <QTest>

namespace Flowscope::Test {

// Opens `path` in `window` and waits until it opened, failed or was
// cancelled, since the window opens workspaces on a worker thread. Returns
// whether it opened.
inline bool openWorkspace(MainWindow &window, const QString &path,
                          Workspace::OpenMode mode = Workspace::OpenMode::ExistingOnly)
{
    QSignalSpy opened(&window, &MainWindow::workspaceOpened);
    QSignalSpy notOpened(&window, &MainWindow::workspaceNotOpened);
    window.openWorkspace(path, mode);
    const bool done =
        QTest::qWaitFor([&] { return !opened.isEmpty() || !notOpened.isEmpty(); }, 20000);
    return done && !opened.isEmpty();
}

} // namespace Flowscope::Test
