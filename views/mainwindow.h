#pragma once

#include "filter.h"
#include "workspace.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QStringList>
#include <QTimeZone>

#include <functional>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace Flowscope {

class EmptyState;
class Page;
class RecentWorkspacesMenu;
class TimeZoneCombo;
class WorkspaceOpener;

// The application window: workspace files (new, open, recent, close), the
// pages as tabs, the display time zone, and the status bar. The pages do
// their own work; the window only routes workspace, zone and commands to them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts opening the workspace at `path` on a worker thread. Once it is
    // open, every page shows it and `then` runs. On failure shows what failed
    // and keeps the current workspace. A later call replaces one still running.
    void openWorkspace(const QString &path,
                       Workspace::OpenMode mode = Workspace::OpenMode::ExistingOnly,
                       std::function<void()> then = {});
    void closeWorkspace();
    // Opens the most recent workspace when the settings ask for it and it still exists.
    void reopenLastWorkspace();
    QString workspacePath() const { return m_workspacePath; }

    // Opens the import wizard on `paths` (files or folders, may be empty). Without an
    // open workspace, first requests a path for a new one.
    void startImport(const QStringList &paths);

    QList<Page *> pages() const { return m_pages; }
    Page *currentPage() const;
    void setCurrentPage(const QString &pageId);

Q_SIGNALS:
    void workspaceOpened(const QString &path);
    // Opening failed or was cancelled, so the previous workspace stays.
    void workspaceNotOpened(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createPages();
    void newWorkspace();
    void chooseWorkspaceToOpen();
    QString chooseNewWorkspacePath();
    QString dialogFolder() const;
    void showOpenedWorkspace(const QString &path);
    void reportOpenFailure(const QString &path, const QString &message);
    void reloadPages();
    void showContact(const QString &contactId);
    void setDisplayTimeZone(const QTimeZone &zone);
    void updateStatus();
    void updateTitle();
    void exportView();
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;

    // A change the window delivers to a page: the workspace, the display
    // zone, a reload after an import, or a filter another page asked for.
    struct PageChange
    {
        enum class Kind { Workspace, TimeZone, Reload, Filter };
        Kind kind;
        Filter filter = {};
    };
    void deliver(Page *page, const PageChange &change);
    void applyChange(Page *page, const PageChange &change);
    void applyHeldChanges(Page *page);

    QList<Page *> m_pages;
    QString m_workspacePath;
    WorkspaceOpener *m_opener = nullptr;
    std::function<void()> m_afterOpen; // the step that waits for the workspace to open
    // Changes held back from pages the user is not looking at, in order.
    QHash<Page *, QList<PageChange>> m_heldChanges;

    QStackedWidget *m_central = nullptr;
    EmptyState *m_emptyState = nullptr;
    QTabWidget *m_tabs = nullptr;
    TimeZoneCombo *m_timeZoneCombo = nullptr;
    RecentWorkspacesMenu *m_recentMenu = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QList<QAction *> m_workspaceActions; // enabled only while a workspace is open
};

} // namespace Flowscope
