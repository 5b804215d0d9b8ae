#include "browserfixture.h"
#include "browserpage.h"
#include "browsertableview.h"
#include "emptystate.h"
#include "importer.h"
#include "importwizard.h"
#include "mainwindowsupport.h"
#include "settings.h"
#include "testsupport.h"
#include "timezonecombo.h"
#include "workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Flowscope;

namespace {

const QSize ScreenshotSize(1280, 800);

QString screenshotDir()
{
    const QString dir =
        QDir(QStringLiteral(FLOWSCOPE_BIN_DIR)).filePath(QStringLiteral("../screenshots"));
    QDir().mkpath(dir);
    return QDir::cleanPath(dir);
}

BrowserPage *browserPage(const MainWindow &window, const QString &id)
{
    for (Page *page : window.pages()) {
        if (page->id() == id)
            return qobject_cast<BrowserPage *>(page);
    }
    return nullptr;
}

// Waits until the page has counted its rows and loaded the first page of them.
// Copies a workspace and turns the copy into version 2, so that opening it upgrades it.
bool writeVersion2Copy(const QString &from, const QString &to)
{
    return QFile::copy(from, to) && Test::turnIntoVersion2(to).isEmpty();
}

// The stored workspace version, read without upgrading the file.
int storedVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
        database.setDatabaseName(path);
        QSqlQuery query(database);
        if (database.open() && query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            version = query.value(0).toInt();
        query.finish();
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version"));
    return version;
}

bool waitForPage(BrowserPage *page)
{
    return QTest::qWaitFor([page] {
        WorkspaceTableModel *model = page->model();
        return model->totalRowCount() >= 0 &&
               (model->totalRowCount() == 0 || model->loadedRowCount() > 0);
    });
}

QStringList eventIds(BrowserPage *page)
{
    WorkspaceTableModel *model = page->model();
    const int column = model->columnIndex(QStringLiteral("event_id"));
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, column).data().toString());
    return ids;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void showsEmptyStateWithoutWorkspace();
    void opensWorkspaceIntoPages();
    void hiddenPagesWaitUntilShown();
    void chosenContactsNarrowBrowser();
    void jumpsRightAfterReset();
    void remembersRecentWorkspace();
    void restoresColumnLayoutAndSort();
    void openContactFiltersFlowEvents();
    void typedFilterAppliesAfterPause();
    void copiesSelectedCells();
    void changesDisplayTimeZone();
    void keepsPageRegistryOrder();
    void rejectsUnreadableWorkspace();
    void latestOpenWins();
    void cancelledUpgradeLeavesFileAsItWas();
    void importOpensWizardOnFiles();
    void writesScreenshots();
    void writesGermanScreenshots();

private:
    QTemporaryDir m_dir;
    QString m_fixturePath;
    QString m_samplePath;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FlowscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());

    m_fixturePath = m_dir.filePath(QStringLiteral("fixture.flowscope"));
    const QString error = Test::createBrowserFixture(m_fixturePath);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The bundled sample export, for screenshots that look like real data.
    m_samplePath = m_dir.filePath(QStringLiteral("sample.flowscope"));
    Workspace workspace;
    QVERIFY(workspace.open(m_samplePath, Workspace::OpenMode::CreateIfMissing));
    const QString sampleDir = QStringLiteral(FLOWSCOPE_SOURCE_DIR "/resources/sample");
    const ImportResult result = importFiles(
        workspace, {sampleDir + QStringLiteral("/contact_flow_events.csv"),
                    sampleDir + QStringLiteral("/connect_test_case_execution_results.csv")});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::showsEmptyStateWithoutWorkspace()
{
    MainWindow window;

    auto *central = qobject_cast<QStackedWidget *>(window.centralWidget());
    QVERIFY(central);
    QVERIFY(qobject_cast<EmptyState *>(central->currentWidget()));
    QCOMPARE(window.workspacePath(), QString());
    QCOMPARE(window.windowTitle(), QStringLiteral("Flowscope"));
}

void TestMainWindow::opensWorkspaceIntoPages()
{
    MainWindow window;

    QVERIFY(Test::openWorkspace(window, m_fixturePath));

    BrowserPage *events = browserPage(window, QStringLiteral("flow-events"));
    BrowserPage *runs = browserPage(window, QStringLiteral("test-runs"));
    QVERIFY(waitForPage(events));
    QCOMPARE(events->model()->totalRowCount(), 6);
    // A first start shows the flow events, although the contact path, where
    // "Open contact" lands, is the first tab.
    QCOMPARE(window.pages().constFirst()->id(), QStringLiteral("contact-path"));
    QCOMPARE(window.currentPage()->id(), QStringLiteral("flow-events"));
    QTRY_COMPARE(window.statusBar()->findChildren<QLabel *>().constFirst()->text(),
                 QStringLiteral("Flow events: 6 (6 loaded)"));
    QCOMPARE(window.windowTitle(), QStringLiteral("fixture.flowscope — Flowscope"));

    window.setCurrentPage(QStringLiteral("test-runs"));
    QVERIFY(waitForPage(runs));
    QCOMPARE(runs->model()->totalRowCount(), 3);
    QTRY_COMPARE(window.statusBar()->findChildren<QLabel *>().constFirst()->text(),
                 QStringLiteral("Test runs: 3 (3 loaded)"));
}

void TestMainWindow::hiddenPagesWaitUntilShown()
{
    MainWindow window;
    QVERIFY(Test::openWorkspace(window, m_fixturePath));
    BrowserPage *events = browserPage(window, QStringLiteral("flow-events"));
    BrowserPage *runs = browserPage(window, QStringLiteral("test-runs"));
    QVERIFY(waitForPage(events));

    // The test runs page has not read the workspace while out of sight.
    QCOMPARE(runs->model()->workspacePath(), QString());

    // A filter another page asks for waits with it, and applies on showing.
    Filter contact;
    contact.contacts = {QStringLiteral("c-1")};
    Q_EMIT events->filterRequested(contact);
    QCOMPARE(runs->model()->workspacePath(), QString());
    window.setCurrentPage(QStringLiteral("test-runs"));
    QCOMPARE(runs->model()->workspacePath(), m_fixturePath);
    QCOMPARE(runs->model()->filter().contacts, contact.contacts);
    QVERIFY(waitForPage(runs));

    // A page that was shown once holds later changes again while hidden: a
    // newly opened workspace reaches it only when it comes back into sight.
    window.setCurrentPage(QStringLiteral("flow-events"));
    QVERIFY(Test::openWorkspace(window, m_fixturePath));
    QVERIFY(waitForPage(events));
    QCOMPARE(runs->model()->filter().contacts, contact.contacts);
    window.setCurrentPage(QStringLiteral("test-runs"));
    QVERIFY(runs->model()->filter().contacts.isEmpty());
    QVERIFY(waitForPage(runs));
    QCOMPARE(runs->model()->totalRowCount(), 3);
}

void TestMainWindow::remembersRecentWorkspace()
{
    {
        MainWindow window;
        QVERIFY(Test::openWorkspace(window, m_fixturePath));
    }
    QCOMPARE(Settings::recentWorkspaces(QSettings()), QStringList{m_fixturePath});

    MainWindow reopened;
    reopened.reopenLastWorkspace();
    QTRY_COMPARE(reopened.workspacePath(), m_fixturePath);
}

void TestMainWindow::restoresColumnLayoutAndSort()
{
    const QString outcome = QStringLiteral("flow_outcome");
    {
        MainWindow window;
        QVERIFY(Test::openWorkspace(window, m_fixturePath));
        BrowserPage *events = browserPage(window, QStringLiteral("flow-events"));
        QVERIFY(waitForPage(events));
        QCOMPARE(events->model()->sortColumn(), QStringLiteral("start_timestamp"));
        QVERIFY(events->tableView()->isColumnHidden(
            events->model()->columnIndex(QStringLiteral("aws_account_id"))));

        events->tableView()->sortByColumn(events->model()->columnIndex(outcome),
                                          Qt::DescendingOrder);
        events->tableView()->setColumnHidden(
            events->model()->columnIndex(QStringLiteral("channel")), true);
        window.close();
    }

    MainWindow window;
    QVERIFY(Test::openWorkspace(window, m_fixturePath));
    BrowserPage *events = browserPage(window, QStringLiteral("flow-events"));

    QCOMPARE(events->model()->sortColumn(), outcome);
    QCOMPARE(events->model()->sortOrder(), Qt::DescendingOrder);
    QVERIFY(events->tableView()->isColumnHidden(
        events->model()->columnIndex(QStringLiteral("channel"))));
    QTRY_COMPARE(eventIds(events), (QStringList{QStringLiteral("ev-06"), QStringLiteral("ev-01"),
                                                QStringLiteral("ev-05"), QStringLiteral("ev-04"),
                                                QStringLiteral("ev-03"), QStringLiteral("ev-02")}));
}

void TestMainWindow::openContactFiltersFlowEvents()
{
    MainWindow window;
    QVERIFY(Test::openWorkspace(window, m_fixturePath));
    BrowserPage *events = browserPage(window, QStringLiteral("flow-events"));
    BrowserPage *runs = browserPage(window, QStringLiteral("test-runs"));
    // A sort the user chose earlier gives way to time order for the contact.
    events->tableView()->sortByColumn(events->model()->columnIndex(QStringLiteral("event_id")),
                                      Qt::DescendingOrder);
    window.setCurrentPage(QStringLiteral("test-runs"));
    QCOMPARE(window.currentPage(), runs);

    Q_EMIT runs->contactRequested(QStringLiteral("c-1"));

    // "Open contact" shows the contact's path; the browser filters when asked directly.
    QCOMPARE(window.currentPage()->id(), QStringLiteral("contact-path"));
    QVERIFY(events->showContact(QStringLiteral("c-1")));
    QCOMPARE(events->filterBar()->filter().contactId.text, QStringLiteral("c-1"));
    QTRY_COMPARE(events->model()->totalRowCount(), 2);
    QTRY_COMPARE(eventIds(events), (QStringList{QStringLiteral("ev-01"), QStringLiteral("ev-02")}));
}

void TestMainWindow::chosenContactsNarrowBrowser()
{
    MainWindow window;
    QVERIFY(Test::openWorkspace(window, m_fixturePath));
    BrowserPage *events = browserPage(window, QStringLiteral("flow-events"));
    QVERIFY(waitForPage(events));
    QCOMPARE(events->model()->totalRowCount(), 6);

    // Another page (the flow map) turns its selection into a filter.
    Filter chosen;
    chosen.contacts = {QStringLiteral("c-1")};
    events->applyFilter(chosen);
    QTRY_COMPARE(events->model()->totalRowCount(), 2);
    QCOMPARE(events->exportFilter().contacts, chosen.contacts);
    QPushButton *showAll = nullptr;
    for (auto *button : events->widget()->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Show all contacts"))
            showAll = button;
    }
    QVERIFY(showAll);
    QVERIFY(showAll->isVisibleTo(events->widget()));

    showAll->click();
    QTRY_COMPARE(events->model()->totalRowCount(), 6);
    QVERIFY(!showAll->isVisibleTo(events->widget()));
    QVERIFY(events->exportFilter().contacts.isEmpty());
}

// A model that grows by many rows in one change, as the browser model does in
// each step after the true count arrives. A jump made before the view has laid
// itself out again must still land on its row.
void TestMainWindow::jumpsRightAfterReset()
{
    QStringListModel model(QStringList(200, QStringLiteral("first page")));
    BrowserTableView view;
    view.setModel(&model);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    model.setStringList(QStringList(100000, QStringLiteral("row")));
    view.scrollTo(model.index(50000, 0), QAbstractItemView::PositionAtTop);

    QCOMPARE(view.rowAt(0), 50000);
    QCoreApplication::processEvents();
    QCOMPARE(view.rowAt(0), 50000);
}

void TestMainWindow::typedFilterAppliesAfterPause()
{
    MainWindow window;
    QVERIFY(Test::openWorkspace(window, m_fixturePath));
    BrowserPage *events = browserPage(window, QStringLiteral("flow-events"));
    QVERIFY(waitForPage(events));
    auto *contactEdit = events->filterBar()->findChild<QLineEdit *>();
    QVERIFY(contactEdit);

    contactEdit->setText(QStringLiteral("%"));

    QCOMPARE(events->model()->filter().contactId.text, QString());
    QTRY_COMPARE(events->model()->filter().contactId.text, QStringLiteral("%"));
    QTRY_COMPARE(eventIds(events), QStringList{QStringLiteral("ev-05")});
}

void TestMainWindow::copiesSelectedCells()
{
    MainWindow window;
    QVERIFY(Test::openWorkspace(window, m_fixturePath));
    BrowserPage *events = browserPage(window, QStringLiteral("flow-events"));
    QVERIFY(waitForPage(events));
    WorkspaceTableModel *model = events->model();
    const int eventId = model->columnIndex(QStringLiteral("event_id"));
    const int outcome = model->columnIndex(QStringLiteral("flow_outcome"));
    QItemSelectionModel *selection = events->tableView()->selectionModel();

    selection->select(model->index(0, eventId), QItemSelectionModel::Select);
    selection->select(model->index(0, outcome), QItemSelectionModel::Select);
    selection->select(model->index(1, eventId), QItemSelectionModel::Select);
    selection->select(model->index(1, outcome), QItemSelectionModel::Select);
    QApplication::clipboard()->clear();
    QKeyEvent copy(QEvent::KeyPress, Qt::Key_C, Qt::ControlModifier);
    QApplication::sendEvent(events->tableView(), &copy);

    // The default layout shows flow_outcome before event_id, and the copy
    // follows what the view shows, not the table's column order.
    QHeaderView *header = events->tableView()->horizontalHeader();
    QVERIFY(header->visualIndex(outcome) < header->visualIndex(eventId));
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("flow_outcome\tevent_id\nSuccess\tev-01\n\tev-02"));

    header->moveSection(header->visualIndex(eventId), header->visualIndex(outcome));
    QApplication::sendEvent(events->tableView(), &copy);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("event_id\tflow_outcome\nev-01\tSuccess\nev-02\t"));
}

void TestMainWindow::changesDisplayTimeZone()
{
    MainWindow window;
    QVERIFY(Test::openWorkspace(window, m_fixturePath));
    BrowserPage *events = browserPage(window, QStringLiteral("flow-events"));
    QVERIFY(waitForPage(events));
    auto *zones = window.findChild<TimeZoneCombo *>();
    QVERIFY(zones);
    QCOMPARE(zones->timeZone(), QTimeZone::utc());

    zones->setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Tokyo")));

    const QModelIndex start =
        events->model()->index(0, events->model()->columnIndex(QStringLiteral("start_timestamp")));
    QCOMPARE(start.data().toString(), QStringLiteral("2026-01-01 09:00:00.000"));
    QCOMPARE(QSettings().value(QLatin1String(Settings::DisplayTimeZoneKey)).toString(),
             QStringLiteral("Asia/Tokyo"));

    // Typed text: part of exactly one id picks it, an ambiguous part keeps the zone.
    zones->lineEdit()->setText(QStringLiteral("europe/berl"));
    Q_EMIT zones->lineEdit()->editingFinished();
    QCOMPARE(zones->timeZone(), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    zones->lineEdit()->setText(QStringLiteral("Europe/"));
    Q_EMIT zones->lineEdit()->editingFinished();
    QCOMPARE(zones->timeZone(), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    QCOMPARE(zones->currentText(), QStringLiteral("Europe/Berlin"));
}

void TestMainWindow::keepsPageRegistryOrder()
{
    MainWindow window;
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs);

    QStringList titles;
    for (int tab = 0; tab < tabs->count(); ++tab)
        titles.append(tabs->tabText(tab));
    QCOMPARE(titles.constFirst(), QStringLiteral("Contact path"));
    QVERIFY(titles.indexOf(QStringLiteral("Flow events")) <
            titles.indexOf(QStringLiteral("Flow metrics")));
    QVERIFY(titles.indexOf(QStringLiteral("Flow metrics")) <
            titles.indexOf(QStringLiteral("Test runs")));
}

void TestMainWindow::rejectsUnreadableWorkspace()
{
    const QString notWorkspace =
        Test::writeFile(m_dir.path(), QStringLiteral("notes.txt"), "plain text, no database");
    MainWindow window;
    QVERIFY(Test::openWorkspace(window, m_fixturePath));

    QVERIFY(!Test::openWorkspace(window, notWorkspace));
    QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    QVERIFY2(box->text().contains(QStringLiteral("not a SQLite database")), qPrintable(box->text()));
    // A path may contain < and &, which must show as they are.
    QCOMPARE(box->textFormat(), Qt::PlainText);
    box->close();

    QCOMPARE(window.workspacePath(), m_fixturePath);
}

void TestMainWindow::latestOpenWins()
{
    // An older workspace that needs an upgrade, opened and replaced at once:
    // its result must not reach the pages, and the upgrade must not break it.
    const QString older = m_dir.filePath(QStringLiteral("older.flowscope"));
    QVERIFY(writeVersion2Copy(m_fixturePath, older));

    MainWindow window;
    QSignalSpy opened(&window, &MainWindow::workspaceOpened);
    window.openWorkspace(older);
    QVERIFY(Test::openWorkspace(window, m_fixturePath));
    QTest::qWait(200);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.constFirst().constFirst().toString(), m_fixturePath);
    QCOMPARE(window.workspacePath(), m_fixturePath);

    // Opened on its own, the older workspace is upgraded and shown.
    QVERIFY(Test::openWorkspace(window, older));
    QCOMPARE(window.workspacePath(), QFileInfo(older).absoluteFilePath());
    QCOMPARE(storedVersion(older), Workspace::CurrentSchemaVersion);
}

void TestMainWindow::cancelledUpgradeLeavesFileAsItWas()
{
    const QString older = m_dir.filePath(QStringLiteral("cancelled.flowscope"));
    QVERIFY(writeVersion2Copy(m_fixturePath, older));
    const QString absoluteOlder = QFileInfo(older).absoluteFilePath();

    // Another connection holds the write lock, so that the upgrade waits
    // long enough for its dialog to show.
    QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
    blocker.setDatabaseName(older);
    QVERIFY(blocker.open());
    QVERIFY(QSqlQuery(blocker).exec(QStringLiteral("BEGIN IMMEDIATE")));

    {
        MainWindow window;
        QVERIFY(Test::openWorkspace(window, m_fixturePath));
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        QSignalSpy notOpened(&window, &MainWindow::workspaceNotOpened);
        window.openWorkspace(older);

        QProgressDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QProgressDialog *>()) && dialog->isVisible());
        // The upgrade waits for the lock, so it has not started.
        QCOMPARE(dialog->labelText(), QStringLiteral("Opening cancelled.flowscope…"));
        QVERIFY(dialog->grab().save(screenshotDir() + QStringLiteral("/open-dialog.png")));
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);

        // The worker stops waiting for the lock once the cancel flag is set.
        QTRY_COMPARE(notOpened.count(), 1);
        QCOMPARE(notOpened.constFirst().constFirst().toString(), absoluteOlder);
        QCOMPARE(window.workspacePath(), m_fixturePath);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
                 qPrintable(window.statusBar()->currentMessage()));
        QTRY_VERIFY(!window.findChild<QProgressDialog *>());

        QVERIFY(QSqlQuery(blocker).exec(QStringLiteral("ROLLBACK")));
        blocker.close();
        QTest::qWait(300);
        QCOMPARE(opened.count(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("blocker"));

    QCOMPARE(storedVersion(older), 2);
}

void TestMainWindow::importOpensWizardOnFiles()
{
    MainWindow window;
    QVERIFY(Test::openWorkspace(window, m_fixturePath));
    const QString csv =
        QStringLiteral(FLOWSCOPE_SOURCE_DIR "/resources/sample/contact_flow_events.csv");

    window.startImport({csv});

    auto *wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QVERIFY(wizard->testAttribute(Qt::WA_DeleteOnClose));
    wizard->reject();
    QTRY_VERIFY(!window.findChild<ImportWizard *>());
}

void TestMainWindow::writesScreenshots()
{
    const QString dir = screenshotDir();
    MainWindow window;
    window.resize(ScreenshotSize);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(100);
    QVERIFY(window.grab().save(dir + QStringLiteral("/empty-state.png")));

    QVERIFY(Test::openWorkspace(window, m_samplePath));
    window.setCurrentPage(QStringLiteral("flow-events"));
    BrowserPage *events = browserPage(window, QStringLiteral("flow-events"));
    BrowserPage *runs = browserPage(window, QStringLiteral("test-runs"));
    QVERIFY(waitForPage(events));
    QVERIFY(waitForPage(runs));
    QTest::qWait(300);
    QVERIFY(window.grab().save(dir + QStringLiteral("/flow-events.png")));

    window.setCurrentPage(QStringLiteral("test-runs"));
    QTest::qWait(300);
    QVERIFY(window.grab().save(dir + QStringLiteral("/test-runs.png")));

    Filter nothing;
    nothing.contactId = {QStringLiteral("no such contact"), TextMatch::Contains};
    window.setCurrentPage(QStringLiteral("flow-events"));
    events->filterBar()->setFilter(nothing);
    QTRY_COMPARE(events->model()->totalRowCount(), 0);
    QTest::qWait(100);
    QVERIFY(window.grab().save(dir + QStringLiteral("/flow-events-no-match.png")));

    // Contacts chosen on another page, such as a flow map node.
    events->filterBar()->setFilter({});
    QVERIFY(waitForPage(events));
    const int contactColumn = events->model()->columnIndex(QStringLiteral("contact_id"));
    Filter chosen;
    for (int row = 0; chosen.contacts.size() < 3 && row < events->model()->rowCount(); ++row) {
        const QString contact = events->model()->index(row, contactColumn).data().toString();
        if (!contact.isEmpty() && !chosen.contacts.contains(contact))
            chosen.contacts.append(contact);
    }
    QCOMPARE(chosen.contacts.size(), 3);
    events->applyFilter(chosen);
    QVERIFY(waitForPage(events));
    QTest::qWait(300);
    QVERIFY(window.grab().save(dir + QStringLiteral("/flow-events-chosen-contacts.png")));
    qInfo("Screenshots written to %s", qPrintable(dir));
}

void TestMainWindow::writesGermanScreenshots()
{
    QTranslator german;
    QVERIFY2(german.load(QStringLiteral(FLOWSCOPE_GERMAN_QM)), FLOWSCOPE_GERMAN_QM);
    QVERIFY(QCoreApplication::installTranslator(&german));
    const QString dir = screenshotDir();

    {
        MainWindow window;
        window.resize(ScreenshotSize);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>();
        BrowserPage *germanEvents = browserPage(window, QStringLiteral("flow-events"));
        QCOMPARE(tabs->tabText(tabs->indexOf(germanEvents->widget())),
                 QStringLiteral("Flussereignisse"));
        QVERIFY(window.grab().save(dir + QStringLiteral("/de-empty-state.png")));

        QVERIFY(Test::openWorkspace(window, m_samplePath));
        window.setCurrentPage(QStringLiteral("flow-events"));
        BrowserPage *events = browserPage(window, QStringLiteral("flow-events"));
        QVERIFY(waitForPage(events));
        QTRY_COMPARE(window.statusBar()->findChildren<QLabel *>().constFirst()->text(),
                     QStringLiteral("Flussereignisse: 658 (200 geladen)"));
        QTest::qWait(300);
        QVERIFY(window.grab().save(dir + QStringLiteral("/de-flow-events.png")));

        window.setCurrentPage(QStringLiteral("test-runs"));
        QTest::qWait(300);
        QVERIFY(window.grab().save(dir + QStringLiteral("/de-test-runs.png")));
    }
    QCoreApplication::removeTranslator(&german);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
