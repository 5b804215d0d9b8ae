#pragma once

#include "workspace.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace Flowscope {

// Opens workspaces on a worker thread for the main window. Opening checks the
// file, rolls back an import that was interrupted, and upgrades an older
// workspace. An upgrade builds indexes over every row, which takes seconds on
// millions of rows. A dialog with Cancel shows when opening takes longer than
// a moment. Cancel stops an upgrade and leaves the file as it was.
class WorkspaceOpener : public QObject
{
    Q_OBJECT

public:
    // How long opening runs before the dialog shows.
    static constexpr int DialogDelayMs = 400;

    explicit WorkspaceOpener(QWidget *dialogParent);
    // Cancels what is running and waits for it.
    ~WorkspaceOpener() override;

    // Starts opening `path`. An open still running is cancelled, and only the
    // latest request reports.
    void open(const QString &path, Workspace::OpenMode mode);
    // Stops the running open. `cancelled` follows once the worker has stopped.
    void cancel();
    bool isOpening() const { return m_current != nullptr; }

Q_SIGNALS:
    void opened(const QString &path);
    void failed(const QString &path, const QString &message);
    // `upgraded`: the upgrade had committed before the cancel reached it, so
    // the file is at the current version, though not opened.
    void cancelled(const QString &path, bool upgraded);

private:
    struct Request;

    void dropCurrent();
    void showUpgrade(const Request *request, int fromVersion);
    void finish(const std::shared_ptr<Request> &request);

    QPointer<QWidget> m_dialogParent;
    QProgressDialog *m_dialog = nullptr;
    QString m_upgradeText; // shown instead of "Opening…" once an upgrade started
    std::shared_ptr<Request> m_current;
    QList<QThread *> m_threads;
};

} // namespace Flowscope
