#include "workspaceopener.h"

#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <atomic>

namespace Flowscope {

namespace {

QString fileName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

} // namespace

struct WorkspaceOpener::Request
{
    QString path;
    Workspace::OpenMode mode = Workspace::OpenMode::ExistingOnly;
    std::atomic<bool> cancelRequested = false;

    // Written by the worker before its thread finishes, read after.
    bool opened = false;
    bool upgradeStarted = false;
    QString error;
};

WorkspaceOpener::WorkspaceOpener(QWidget *dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent)
{}

WorkspaceOpener::~WorkspaceOpener()
{
    if (m_current)
        m_current->cancelRequested = true;
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void WorkspaceOpener::open(const QString &path, Workspace::OpenMode mode)
{
    dropCurrent();

    auto request = std::make_shared<Request>();
    request->path = path;
    request->mode = mode;
    m_current = request;

    // The worker reaches this object only through queued calls, which Qt
    // drops once the object is gone. The destructor waits for the worker too.
    QThread *thread = QThread::create([this, request] {
        Workspace workspace;
        workspace.setCancelFlag(&request->cancelRequested);
        workspace.setUpgradeObserver([this, request](int fromVersion) {
            request->upgradeStarted = true;
            QMetaObject::invokeMethod(
                this, [this, request, fromVersion] { showUpgrade(request.get(), fromVersion); },
                Qt::QueuedConnection);
        });
        request->opened = workspace.open(request->path, request->mode, &request->error);
    });
    thread->setObjectName(QStringLiteral("WorkspaceOpener"));
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, request] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        finish(request);
    });
    thread->start();

    // Most workspaces open in milliseconds, and a dialog that flashes by would only distract.
    QTimer::singleShot(DialogDelayMs, this, [this, request] {
        if (request != m_current || m_dialog)
            return;
        m_dialog = new QProgressDialog(m_dialogParent);
        m_dialog->setWindowTitle(tr("Open Workspace"));
        // File names are text, never markup.
        auto *label = new QLabel(m_dialog);
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(Qt::AlignCenter);
        m_dialog->setLabel(label);
        m_dialog->setLabelText(m_upgradeText.isEmpty()
                                   ? tr("Opening %1…").arg(fileName(request->path))
                                   : m_upgradeText);
        m_dialog->setRange(0, 0);
        m_dialog->setWindowModality(Qt::WindowModal);
        connect(m_dialog, &QProgressDialog::canceled, this, &WorkspaceOpener::cancel);
        m_dialog->show();
    });
}

void WorkspaceOpener::cancel()
{
    if (!m_current || m_current->cancelRequested)
        return;

    // The worker stops within milliseconds, except in a COMMIT that already
    // started. Only its result shows whether the file changed, so the report waits.
    m_current->cancelRequested = true;
    if (m_dialog) {
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    qCInfo(lcMainWindow) << "Cancelling opening" << m_current->path;
}

void WorkspaceOpener::dropCurrent()
{
    // The worker's result is dropped, and an upgrade it runs rolls back.
    if (m_current)
        m_current->cancelRequested = true;
    m_current.reset();
    m_upgradeText.clear();
    if (m_dialog) {
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
}

void WorkspaceOpener::showUpgrade(const Request *request, int fromVersion)
{
    if (request != m_current.get())
        return;
    qCInfo(lcMainWindow) << "Upgrading" << request->path << "from workspace version" << fromVersion;
    m_upgradeText = tr("Upgrading %1 from workspace version %2 to %3.\nThis happens once and "
                       "can take a minute for a large workspace.\nCancel leaves the file as it "
                       "was.")
                        .arg(fileName(request->path))
                        .arg(fromVersion)
                        .arg(Workspace::CurrentSchemaVersion);
    if (m_dialog)
        m_dialog->setLabelText(m_upgradeText);
}

void WorkspaceOpener::finish(const std::shared_ptr<Request> &request)
{
    if (request != m_current)
        return;
    const bool cancelRequested = request->cancelRequested;
    dropCurrent();

    if (cancelRequested)
        Q_EMIT cancelled(request->path, request->opened && request->upgradeStarted);
    else if (request->opened)
        Q_EMIT opened(request->path);
    else
        Q_EMIT failed(request->path, request->error);
}

} // namespace Flowscope
