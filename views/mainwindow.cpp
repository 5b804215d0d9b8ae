#include "mainwindow.h"

#include "emptystate.h"
#include "exportdialog.h"
#include "importwizard.h"
#include "languagemenu.h"
#include "logging.h"
#include "page.h"
#include "pages.h"
#include "recentworkspaces.h"
#include "renderable.h"
#include "settings.h"
#include "timezonecombo.h"
#include "workspaceopener.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>

namespace Flowscope {

namespace {

constexpr int StatusMessageMs = 6000;

QString workspaceFileFilter()
{
    return MainWindow::tr("Flowscope workspaces (*.flowscope);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setWindowTitle(QStringLiteral("Flowscope"));

    m_emptyState = new EmptyState(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_emptyState);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);

    m_statusLabel = new QLabel(this);
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createPages();
    createActions();
    createToolBar();

    m_opener = new WorkspaceOpener(this);
    connect(m_opener, &WorkspaceOpener::opened, this, &MainWindow::showOpenedWorkspace);
    connect(m_opener, &WorkspaceOpener::failed, this, &MainWindow::reportOpenFailure);
    connect(m_opener, &WorkspaceOpener::cancelled, this,
            [this](const QString &path, bool upgraded) {
                m_afterOpen = {};
                const QString file = QDir::toNativeSeparators(path);
                statusBar()->showMessage(
                    upgraded ? tr("Opening %1 was cancelled after its upgrade had finished, so "
                                  "the file is now workspace version %2.")
                                   .arg(file)
                                   .arg(Workspace::CurrentSchemaVersion)
                             : tr("Opening %1 was cancelled.").arg(file),
                    StatusMessageMs);
                Q_EMIT workspaceNotOpened(path);
            });

    connect(m_emptyState, &EmptyState::newRequested, this, &MainWindow::newWorkspace);
    connect(m_emptyState, &EmptyState::openRequested, this, &MainWindow::chooseWorkspaceToOpen);
    connect(m_emptyState, &EmptyState::openPathRequested, this,
            [this](const QString &path) { openWorkspace(path); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (Page *page = currentPage())
            applyHeldChanges(page);
        updateStatus();
    });

    const QSettings settings;
    m_timeZoneCombo->setTimeZone(Settings::displayTimeZone(settings));
    setDisplayTimeZone(m_timeZoneCombo->timeZone());
    m_emptyState->setRecentWorkspaces(m_recentMenu->paths());
    restoreWindowState();
    closeWorkspace();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_pages = Flowscope::createPages(this);
    for (Page *page : std::as_const(m_pages)) {
        m_tabs->addTab(page->widget(), page->title());
        connect(page, &Page::statusChanged, this, [this, page] {
            if (page == currentPage())
                updateStatus();
        });
        connect(page, &Page::contactRequested, this, &MainWindow::showContact);
        connect(page, &Page::filterRequested, this, [this](const Filter &filter) {
            for (Page *target : std::as_const(m_pages))
                deliver(target, {PageChange::Kind::Filter, filter});
        });
        connect(page, &Page::failed, this, [this](const QString &message) {
            statusBar()->showMessage(message, StatusMessageMs);
        });
    }
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));

    QAction *newAction =
        fileMenu->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    newAction->setIcon(QIcon::fromTheme(QStringLiteral("document-new"),
                                        style()->standardIcon(QStyle::SP_FileIcon)));
    newAction->setStatusTip(tr("Create an empty workspace file"));

    QAction *openAction =
        fileMenu->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspaceToOpen);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open"),
                                         style()->standardIcon(QStyle::SP_DialogOpenButton)));
    openAction->setStatusTip(tr("Open an existing workspace file"));

    m_recentMenu = new RecentWorkspacesMenu(this);
    fileMenu->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentWorkspacesMenu::openRequested, this,
            [this](const QString &path) { openWorkspace(path); });
    connect(m_recentMenu, &RecentWorkspacesMenu::changed, this,
            [this] { m_emptyState->setRecentWorkspaces(m_recentMenu->paths()); });

    fileMenu->addSeparator();
    QAction *importAction =
        fileMenu->addAction(tr("&Import Files…"), this, [this] { startImport({}); });
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setIcon(QIcon::fromTheme(QStringLiteral("document-import"),
                                           style()->standardIcon(QStyle::SP_ArrowDown)));
    importAction->setStatusTip(tr("Import Athena query results or UNLOAD files"));

    QAction *exportAction = fileMenu->addAction(tr("&Export…"), this, &MainWindow::exportView);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(
        tr("Export what the current page shows as CSV, Excel, PDF, an image or Athena SQL"));
    m_workspaceActions.append(exportAction);

    QAction *closeAction =
        fileMenu->addAction(tr("&Close Workspace"), this, &MainWindow::closeWorkspace);
    closeAction->setShortcut(QKeySequence::Close);
    m_workspaceActions.append(closeAction);

    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *copyAction = editMenu->addAction(tr("&Copy"), this, [this] {
        if (Page *page = currentPage())
            page->copySelection();
    });
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setStatusTip(tr("Copy the selected cells as tab-separated text"));
    QAction *findAction = editMenu->addAction(tr("&Filter…"), this, [this] {
        if (Page *page = currentPage())
            page->focusFilter();
    });
    findAction->setShortcut(QKeySequence::Find);
    findAction->setStatusTip(tr("Type into the filter of the current page"));
    m_workspaceActions.append({copyAction, findAction});

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *languageMenu = new LanguageMenu(this);
    viewMenu->addMenu(languageMenu);
    connect(languageMenu, &LanguageMenu::languageChosen, this, [this] {
        statusBar()->showMessage(tr("The new language applies when Flowscope starts again."),
                                 StatusMessageMs);
    });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Flowscope"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("MainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(newAction);
    toolBar->addAction(openAction);
    toolBar->addSeparator();
    toolBar->addAction(importAction);
}

void MainWindow::createToolBar()
{
    auto *toolBar = findChild<QToolBar *>(QStringLiteral("MainToolBar"));
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    auto *zoneLabel = new QLabel(tr("Time zone:"), toolBar);
    m_timeZoneCombo = new TimeZoneCombo(toolBar);
    zoneLabel->setBuddy(m_timeZoneCombo);
    zoneLabel->setContentsMargins(0, 0, 6, 0);
    toolBar->addWidget(zoneLabel);
    toolBar->addWidget(m_timeZoneCombo);
    connect(m_timeZoneCombo, &TimeZoneCombo::timeZoneChanged, this,
            &MainWindow::setDisplayTimeZone);
}

Page *MainWindow::currentPage() const
{
    for (Page *page : m_pages) {
        if (page->widget() == m_tabs->currentWidget())
            return page;
    }
    return nullptr;
}

void MainWindow::setCurrentPage(const QString &pageId)
{
    for (Page *page : std::as_const(m_pages)) {
        if (page->id() == pageId)
            m_tabs->setCurrentWidget(page->widget());
    }
}

void MainWindow::openWorkspace(const QString &path, Workspace::OpenMode mode,
                               std::function<void()> then)
{
    // Opening checks the file and creates or upgrades it before the pages'
    // workers open their own read-only connections.
    m_afterOpen = std::move(then);
    m_opener->open(QFileInfo(path).absoluteFilePath(), mode);
}

void MainWindow::showOpenedWorkspace(const QString &path)
{
    for (Page *page : std::as_const(m_pages))
        page->saveState();
    m_workspacePath = path;
    for (Page *page : std::as_const(m_pages))
        deliver(page, {PageChange::Kind::Workspace});
    m_recentMenu->add(m_workspacePath);

    m_central->setCurrentWidget(m_tabs);
    for (QAction *action : std::as_const(m_workspaceActions))
        action->setEnabled(true);
    updateTitle();
    updateStatus();
    qCInfo(lcMainWindow) << "Opened workspace" << m_workspacePath;
    Q_EMIT workspaceOpened(m_workspacePath);

    if (const std::function<void()> then = std::exchange(m_afterOpen, {}))
        then();
}

void MainWindow::reportOpenFailure(const QString &path, const QString &message)
{
    m_afterOpen = {};
    qCWarning(lcMainWindow) << "Opening workspace" << path << "failed:" << message;

    // Not exec(): a nested event loop would run the pages' signals meanwhile.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Open Workspace"), message, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText); // a path may contain < and &
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT workspaceNotOpened(path);
}

void MainWindow::closeWorkspace()
{
    // Every page lets go of the file at once, so that its workers stop reading it.
    m_opener->cancel();
    m_workspacePath.clear();
    for (Page *page : std::as_const(m_pages)) {
        page->saveState();
        deliver(page, {PageChange::Kind::Workspace});
    }

    m_central->setCurrentWidget(m_emptyState);
    for (QAction *action : std::as_const(m_workspaceActions))
        action->setEnabled(false);
    updateTitle();
    updateStatus();
}

void MainWindow::reopenLastWorkspace()
{
    const QSettings settings;
    const bool reopen = settings
                            .value(QLatin1String(Settings::ReopenLastWorkspaceKey),
                                   Settings::DefaultReopenLastWorkspace)
                            .toBool();
    const QStringList recent = m_recentMenu->paths();
    if (reopen && !recent.isEmpty() && QFileInfo::exists(recent.constFirst()))
        openWorkspace(recent.constFirst());
}

void MainWindow::startImport(const QStringList &paths)
{
    if (m_workspacePath.isEmpty()) {
        const QString path = chooseNewWorkspacePath();
        if (!path.isEmpty()) {
            openWorkspace(path, Workspace::OpenMode::CreateIfMissing,
                          [this, paths] { startImport(paths); });
        }
        return;
    }

    auto *wizard = new ImportWizard(m_workspacePath, paths, this, m_timeZoneCombo->timeZone());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importCommitted, this, &MainWindow::reloadPages);
    wizard->open();
}

void MainWindow::newWorkspace()
{
    const QString path = chooseNewWorkspacePath();
    if (!path.isEmpty())
        openWorkspace(path, Workspace::OpenMode::CreateIfMissing);
}

QString MainWindow::chooseNewWorkspacePath()
{
    QFileDialog dialog(this, tr("New Workspace"), dialogFolder(), workspaceFileFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("flowscope"));
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.selectFile(tr("Untitled.flowscope"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};

    // An existing file is opened, never replaced: it may hold imported data.
    const QString path = dialog.selectedFiles().constFirst();
    if (QFileInfo::exists(path)) {
        const auto answer = QMessageBox::question(
            this, tr("New Workspace"),
            tr("%1 exists already. Open it as a workspace instead of creating a new one?")
                .arg(QDir::toNativeSeparators(path)));
        return answer == QMessageBox::Yes ? path : QString();
    }
    return path;
}

void MainWindow::chooseWorkspaceToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), dialogFolder(),
                                                      workspaceFileFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

QString MainWindow::dialogFolder() const
{
    const QStringList recent = m_recentMenu->paths();
    return recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.constFirst()).absolutePath();
}

void MainWindow::reloadPages()
{
    for (Page *page : std::as_const(m_pages))
        deliver(page, {PageChange::Kind::Reload});
}

void MainWindow::deliver(Page *page, const PageChange &change)
{
    // Hidden pages keep changes until shown, because each change makes a page
    // query the whole workspace. Without a workspace, changes are cheap.
    const bool inSight = page == currentPage() || m_workspacePath.isEmpty();
    if (inSight && m_heldChanges.value(page).isEmpty()) {
        applyChange(page, change);
        return;
    }

    QList<PageChange> &held = m_heldChanges[page];
    switch (change.kind) {
    case PageChange::Kind::Workspace:
        // A new workspace makes earlier reloads and filters moot: the page
        // starts over on it.
        held.removeIf(
            [](const PageChange &earlier) { return earlier.kind != PageChange::Kind::TimeZone; });
        break;
    case PageChange::Kind::TimeZone:
        held.removeIf(
            [](const PageChange &earlier) { return earlier.kind == PageChange::Kind::TimeZone; });
        break;
    case PageChange::Kind::Reload:
        // A held workspace or reload reads everything anyway.
        if (std::any_of(held.cbegin(), held.cend(), [](const PageChange &earlier) {
                return earlier.kind == PageChange::Kind::Workspace ||
                       earlier.kind == PageChange::Kind::Reload;
            })) {
            return;
        }
        break;
    case PageChange::Kind::Filter:
        break;
    }
    held.append(change);
    if (inSight)
        applyHeldChanges(page);
}

void MainWindow::applyChange(Page *page, const PageChange &change)
{
    switch (change.kind) {
    case PageChange::Kind::Workspace:
        page->setWorkspacePath(m_workspacePath);
        break;
    case PageChange::Kind::TimeZone:
        page->setDisplayTimeZone(m_timeZoneCombo->timeZone());
        break;
    case PageChange::Kind::Reload:
        page->reload();
        break;
    case PageChange::Kind::Filter:
        page->applyFilter(change.filter);
        break;
    }
}

void MainWindow::applyHeldChanges(Page *page)
{
    const QList<PageChange> held = m_heldChanges.take(page);
    for (const PageChange &change : held)
        applyChange(page, change);
}

void MainWindow::showContact(const QString &contactId)
{
    for (Page *page : std::as_const(m_pages)) {
        applyHeldChanges(page);
        if (page->showContact(contactId)) {
            m_tabs->setCurrentWidget(page->widget());
            return;
        }
    }
}

void MainWindow::setDisplayTimeZone(const QTimeZone &zone)
{
    for (Page *page : std::as_const(m_pages))
        deliver(page, {PageChange::Kind::TimeZone});

    QSettings settings;
    settings.setValue(QLatin1String(Settings::DisplayTimeZoneKey), QString::fromUtf8(zone.id()));
}

void MainWindow::updateStatus()
{
    const Page *page = currentPage();
    m_statusLabel->setText(page && !m_workspacePath.isEmpty() ? page->statusText() : QString());
    m_workspaceLabel->setText(QDir::toNativeSeparators(m_workspacePath));
}

void MainWindow::updateTitle()
{
    setWindowFilePath(m_workspacePath);
    setWindowTitle(m_workspacePath.isEmpty()
                       ? QStringLiteral("Flowscope")
                       : tr("%1 — Flowscope").arg(QFileInfo(m_workspacePath).fileName()));
}

void MainWindow::exportView()
{
    Page *page = currentPage();
    const QStringList views = page ? page->exportViews() : QStringList();
    if (m_workspacePath.isEmpty() || views.isEmpty()) {
        statusBar()->showMessage(
            tr("This page has nothing to export. Open a page with a table or chart."),
            StatusMessageMs);
        return;
    }

    // Snapshots, because the export draws on a worker thread while the page lives on.
    ExportGraphics graphics;
    for (const Renderable *graphic : page->exportGraphics()) {
        if (graphic)
            graphics[views.constFirst()].append(snapshotRenderable(*graphic));
    }
    auto *dialog = new ExportDialog(m_workspacePath, views, page->exportFilter(),
                                    m_timeZoneCombo->timeZone(), graphics, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Flowscope"),
        tr("<h3>Flowscope %1</h3><p>Browse, filter and export Amazon Connect data lake "
           "flow events and test runs from a local workspace file.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    for (Page *page : std::as_const(m_pages))
        page->saveState();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty()) {
        statusBar()->showMessage(tr("Only local files and folders can be imported."),
                                 StatusMessageMs);
        return;
    }
    event->acceptProposedAction();
    startImport(paths);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(Settings::WindowGeometryKey)).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QLatin1String(Settings::WindowStateKey)).toByteArray());
    // The flow events table is where a first start is most useful: the
    // contact path page stays empty until a contact is chosen.
    setCurrentPage(settings
                       .value(QLatin1String(Settings::CurrentPageKey),
                              QStringLiteral("flow-events"))
                       .toString());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QLatin1String(Settings::WindowGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(Settings::WindowStateKey), saveState());
    if (const Page *page = currentPage())
        settings.setValue(QLatin1String(Settings::CurrentPageKey), page->id());
}

} // namespace Flowscope
