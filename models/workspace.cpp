#include "workspace.h"

#include "logging.h"
#include "schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QThread>

#include <sqlite3.h>
#include <unistd.h>

namespace Flowscope {

namespace {

// Gives lupdate and the translation lookup the same context.
struct WorkspaceText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::Workspace)
};

QString sqlType(ColumnType type)
{
    return type == ColumnType::Timestamp ? QStringLiteral("INTEGER") : QStringLiteral("TEXT");
}

QString createTableSql(const TableSpec &table)
{
    QStringList definitions;
    for (const ColumnSpec &column : table.columns) {
        QString definition = QStringLiteral("\"%1\" %2").arg(column.name, sqlType(column.type));
        if (column.primaryKey)
            definition += QStringLiteral(" NOT NULL");
        definitions.append(definition);
    }
    QStringList key;
    for (const QString &column : table.primaryKey)
        key.append(QStringLiteral("\"%1\"").arg(column));
    definitions.append(QStringLiteral("PRIMARY KEY (%1)").arg(key.join(QStringLiteral(", "))));
    return QStringLiteral("CREATE TABLE \"%1\" (\n    %2\n)")
        .arg(table.name, definitions.join(QStringLiteral(",\n    ")));
}

// The schema of version 1. Indexes serve the views: contact paths (contact,
// then time), time-range scans, flow and queue filters, and the test
// execution to contact links in both directions.
QStringList schemaVersion1()
{
    QStringList statements = {
        createTableSql(contactFlowEventsSpec()),
        createTableSql(testCaseExecutionResultsSpec()),
        QStringLiteral("CREATE INDEX contact_flow_events_contact ON contact_flow_events "
                       "(contact_id, start_timestamp, end_timestamp, event_id)"),
        QStringLiteral(
            "CREATE INDEX contact_flow_events_start ON contact_flow_events (start_timestamp)"),
        QStringLiteral("CREATE INDEX contact_flow_events_flow ON contact_flow_events "
                       "(flow_resource_id, start_timestamp)"),
        QStringLiteral("CREATE INDEX contact_flow_events_queue ON contact_flow_events "
                       "(next_queue_resource_id)"),
        QStringLiteral("CREATE INDEX connect_test_case_execution_results_start ON "
                       "connect_test_case_execution_results "
                       "(connect_test_case_execution_start_timestamp)"),
        QStringLiteral("CREATE INDEX connect_test_case_execution_results_execution ON "
                       "connect_test_case_execution_results (connect_test_case_execution_id)"),
        // One row per contact a test execution lists, the initial contact included.
        QStringLiteral("CREATE TABLE test_execution_contacts (\n"
                       "    connect_test_case_resource_arn TEXT NOT NULL,\n"
                       "    connect_test_case_execution_start_timestamp INTEGER NOT NULL,\n"
                       "    connect_test_case_execution_id TEXT NOT NULL,\n"
                       "    contact_id TEXT NOT NULL,\n"
                       "    is_initial_contact INTEGER NOT NULL DEFAULT 0,\n"
                       "    PRIMARY KEY (connect_test_case_resource_arn,\n"
                       "                 connect_test_case_execution_start_timestamp,\n"
                       "                 connect_test_case_execution_id, contact_id)\n"
                       ")"),
        QStringLiteral("CREATE INDEX test_execution_contacts_contact ON test_execution_contacts "
                       "(contact_id)"),
        // One row per committed import. Times are epoch milliseconds, UTC;
        // files is a JSON array of per-file reports.
        QStringLiteral("CREATE TABLE import_log (\n"
                       "    import_id INTEGER PRIMARY KEY,\n"
                       "    started_timestamp INTEGER NOT NULL,\n"
                       "    finished_timestamp INTEGER NOT NULL,\n"
                       "    files TEXT NOT NULL,\n"
                       "    formats TEXT,\n"
                       "    on_error TEXT NOT NULL,\n"
                       "    rows_read INTEGER NOT NULL,\n"
                       "    rows_inserted INTEGER NOT NULL,\n"
                       "    rows_replaced INTEGER NOT NULL,\n"
                       "    rows_unchanged INTEGER NOT NULL,\n"
                       "    rows_rejected INTEGER NOT NULL,\n"
                       "    application_version TEXT\n"
                       ")"),
    };
    return statements;
}

// What version 2 adds: display names of flows and modules, imported from a
// name mapping because the data lake has none. Also the user's failure reason
// categories (regular expressions, the first match in position order wins)
// and an index for the test analytics.
QStringList schemaVersion2Additions()
{
    return {
        QStringLiteral("CREATE TABLE flow_names (\n"
                       "    resource_id TEXT PRIMARY KEY,\n"
                       "    name TEXT,\n"
                       "    kind TEXT\n"
                       ")"),
        QStringLiteral("CREATE TABLE failure_reason_categories (\n"
                       "    position INTEGER PRIMARY KEY,\n"
                       "    name TEXT NOT NULL,\n"
                       "    pattern TEXT NOT NULL\n"
                       ")"),
        // Covers the test trend, KPI and failure reason scans, so that a time
        // window reads the index in time order instead of seeking table rows
        // stored in primary key order.
        QStringLiteral("CREATE INDEX connect_test_case_execution_results_outcome ON "
                       "connect_test_case_execution_results "
                       "(connect_test_case_execution_start_timestamp, connect_test_case_result, "
                       "connect_test_case_execution_end_timestamp, "
                       "connect_test_case_failure_reasons)"),
    };
}

// The addition of version 3: an index for the channel filter. A channel usually
// contains a large share of the rows, so the index pays off alone or with a
// time range (its second column). Beside a flow, queue or contact filter
// other indexes narrow the rows more, and filter.cpp keeps SQLite off it.
QStringList schemaVersion3Additions()
{
    return {
        QStringLiteral("CREATE INDEX IF NOT EXISTS contact_flow_events_channel ON "
                       "contact_flow_events "
                       "(channel, start_timestamp)"),
    };
}

// How many virtual machine steps SQLite runs between two looks at the cancel
// flag during an upgrade: a few milliseconds of work.
constexpr int UpgradeCancelCheckSteps = 10000;
// How often an upgrade that waits for another writer's lock looks again.
constexpr int UpgradeLockPollMs = 20;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("flowscope-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Reads the SQLite header magic. A file that does not start with it is not a
// SQLite database, and SQLite would only fail later with a vaguer message.
// The read goes through SQLite's file layer. Closing a descriptor of our own
// would drop every POSIX lock this process holds on the file, the other
// connections' locks included, and SQLite's layer defers that close instead.
bool hasSqliteHeader(const QString &path)
{
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    auto *file = static_cast<sqlite3_file *>(sqlite3_malloc(vfs->szOsFile));
    if (!file)
        return false;
    const QByteArray name = QFile::encodeName(path);
    int openedFlags = 0;
    if (vfs->xOpen(vfs, name.constData(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB,
                   &openedFlags) != SQLITE_OK) {
        sqlite3_free(file);
        return false;
    }

    char header[16] = {};
    const int result = file->pMethods->xRead(file, header, sizeof header, 0);
    file->pMethods->xClose(file);
    sqlite3_free(file);
    return result == SQLITE_OK &&
           QByteArray(header, sizeof header) == QByteArray("SQLite format 3\0", 16);
}

// Whether files can be created in `folder`. Permission bits do not tell for
// root, read-only mounts or immutable folders, so this tries it.
bool folderAcceptsFiles(const QString &folder)
{
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".flowscope-probe-XXXXXX")));
    return probe.open();
}

// Whether this process may write to `path`. The kernel's access() check
// covers root, read-only mounts and immutable files, and unlike an open() and
// close() it leaves this process's locks on the file alone.
bool fileAcceptsWrites(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

// Returns the journal mode in lower case ("wal", "delete", ...), or an empty
// string when the statement failed.
QByteArray runJournalModePragma(sqlite3 *connection, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    QByteArray mode;
    if (sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        mode = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    return mode;
}

// Large imports switch the workspace to a rollback journal while they run
// (see models/importer.cpp). A process killed meanwhile leaves the workspace
// in that mode, so a read-write open switches it back: browsers need WAL to
// read while an import writes. The switch needs every other connection to be
// idle; rather than stall the caller it is left for a later open.
void restoreWal(sqlite3 *connection, const QString &path)
{
    if (!connection || runJournalModePragma(connection, "PRAGMA main.journal_mode") == "wal")
        return;
    sqlite3_busy_timeout(connection, 0);
    const QByteArray mode = runJournalModePragma(connection, "PRAGMA main.journal_mode = WAL");
    sqlite3_busy_timeout(connection, Workspace::DefaultBusyTimeoutMs);
    if (mode == "wal")
        qCInfo(lcWorkspace) << "switched" << path << "back to WAL";
    else
        qCWarning(lcWorkspace) << "Switching" << path << "back to WAL failed:"
                               << sqlite3_errmsg(connection) << "- the next open tries again";
}

// An import killed while it ran with a rollback journal leaves a hot journal
// beside the workspace, and only a read-write connection can roll it back: a
// read-only one fails with "attempt to write a readonly database". This rolls
// the journal back and restores WAL, but only for a Flowscope workspace,
// because opening any other database read-only must not change it.
void rollBackInterruptedImport(const QString &path)
{
    sqlite3 *connection = nullptr;
    const QByteArray file = QFile::encodeName(path);
    if (sqlite3_open_v2(file.constData(), &connection, SQLITE_OPEN_READWRITE, nullptr) ==
        SQLITE_OK) {
        sqlite3_busy_timeout(connection, Workspace::DefaultBusyTimeoutMs);

        // Reading the header is what rolls a hot journal back.
        sqlite3_stmt *statement = nullptr;
        int applicationId = 0;
        if (sqlite3_prepare_v2(connection, "PRAGMA application_id", -1, &statement, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            applicationId = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
        if (applicationId == Workspace::ApplicationId)
            restoreWal(connection, path);
    }
    sqlite3_close(connection);
}

// Whether a statement failed because another connection holds a lock.
bool isLockError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

bool exec(QSqlDatabase &database, const QString &sql, QString *error)
{
    QSqlQuery query(database);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

Workspace::Workspace() = default;

Workspace::~Workspace()
{
    close();
}

bool Workspace::open(const QString &path, OpenMode mode, QString *error)
{
    close();

    QString message;
    auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        qCWarning(lcWorkspace) << text;
        close();
        return false;
    };

    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode != OpenMode::CreateIfMissing)
        return fail(WorkspaceText::tr(
                        "Workspace %1 was not found. Check the path, or import files to create it.")
                        .arg(path));
    if (exists && info.isDir())
        return fail(
            WorkspaceText::tr("%1 is a folder, not a workspace file. Choose a file name such as "
                              "analysis.flowscope.")
                .arg(path));
    if (exists && !info.isReadable())
        return fail(WorkspaceText::tr("Workspace %1 cannot be read: permission denied.").arg(path));

    const bool creating = !exists || info.size() == 0;
    if (creating && mode == OpenMode::ReadOnly)
        return fail(
            WorkspaceText::tr("%1 is empty, so there is nothing to open read-only.").arg(path));
    if (creating) {
        const QFileInfo folder(info.absolutePath());
        if (!folder.exists())
            return fail(
                WorkspaceText::tr("Cannot create workspace %1: the folder %2 does not exist.")
                    .arg(path, folder.absoluteFilePath()));
        if (!folderAcceptsFiles(folder.absoluteFilePath()))
            return fail(WorkspaceText::tr(
                            "Cannot create workspace %1: the folder %2 is read-only. Choose a "
                            "folder you can write to.")
                            .arg(path, folder.absoluteFilePath()));
    } else {
        if (!hasSqliteHeader(path))
            return fail(WorkspaceText::tr(
                            "%1 is not a Flowscope workspace: it is not a SQLite database. If it "
                            "is an export, import it into a workspace instead.")
                            .arg(path));
        if (mode == OpenMode::ReadOnly && QFileInfo::exists(path + QStringLiteral("-journal")) &&
            fileAcceptsWrites(path) && folderAcceptsFiles(info.absolutePath()))
            rollBackInterruptedImport(info.absoluteFilePath());
        // SQLite creates a shared-memory file beside a WAL database even to
        // read it, unless one is already there.
        if (mode == OpenMode::ReadOnly && !QFileInfo::exists(path + QStringLiteral("-shm")) &&
            !folderAcceptsFiles(info.absolutePath()))
            return fail(WorkspaceText::tr(
                            "Workspace %1 is in a read-only folder, and SQLite needs to create a "
                            "small file beside it even to read it. Copy it to a folder you can "
                            "write to.")
                            .arg(path));
        if (mode != OpenMode::ReadOnly && !fileAcceptsWrites(path))
            return fail(WorkspaceText::tr(
                            "Workspace %1 is read-only. Give yourself write permission on it, "
                            "or copy it and make the copy writable.")
                            .arg(path));
        if (mode != OpenMode::ReadOnly && !folderAcceptsFiles(info.absolutePath()))
            return fail(WorkspaceText::tr(
                            "Workspace %1 is in a read-only folder, and SQLite needs to write "
                            "its journal beside it. Copy it to a folder you can write to.")
                            .arg(path));
    }

    m_connectionName = nextConnectionName();
    m_path = info.absoluteFilePath();
    m_readOnly = mode == OpenMode::ReadOnly;
    {
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        database.setDatabaseName(m_path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(DefaultBusyTimeoutMs);
        if (m_readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        database.setConnectOptions(options);
        if (!database.open())
            return fail(WorkspaceText::tr("Cannot open workspace %1: %2")
                            .arg(path, database.lastError().text()));
    }

    if (creating) {
        const CreateResult created = createSchema(&message);
        if (created == CreateResult::Failed) {
            // Leave no empty database behind where there was no file, unless
            // another process has made it a workspace meanwhile.
            const QString createdPath = m_path;
            fail(WorkspaceText::tr("Cannot create workspace %1: %2").arg(path, message));
            if (!exists && !hasSqliteHeader(createdPath)) {
                QFile::remove(createdPath);
                QFile::remove(createdPath + QStringLiteral("-wal"));
                QFile::remove(createdPath + QStringLiteral("-shm"));
            }
            return false;
        }
        if (created == CreateResult::Created)
            return true;
    }

    if (!checkIsWorkspace(&message))
        return fail(message);
    if (!m_readOnly)
        restoreWal(handle(), m_path);
    return true;
}

bool Workspace::checkIsWorkspace(QString *error)
{
    QSqlDatabase database = this->database();
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        if (isLockError(query.lastError())) {
            *error = WorkspaceText::tr("%1 is locked by another program, for example an import "
                                       "that is still running. Try again when it has finished.")
                         .arg(m_path);
            return false;
        }
        *error = WorkspaceText::tr(
                     "%1 cannot be read as a workspace: %2. The file may be damaged; restore it "
                     "from a backup or import the exports into a new workspace.")
                     .arg(m_path, query.lastError().text());
        return false;
    }
    const int applicationId = query.value(0).toInt();
    if (applicationId != ApplicationId) {
        *error = WorkspaceText::tr(
                     "%1 is a SQLite database, but not a Flowscope workspace. Import exports into "
                     "a new workspace instead of opening another program's database.")
                     .arg(m_path);
        return false;
    }

    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = WorkspaceText::tr("%1 cannot be read: %2").arg(m_path, query.lastError().text());
        return false;
    }
    const int version = query.value(0).toInt();
    // An active statement keeps a read transaction open, and SQLite does not
    // wait for another writer's lock when a reader asks to write.
    query.finish();
    if (version > CurrentSchemaVersion) {
        *error = WorkspaceText::tr(
                     "%1 was written by a newer Flowscope (workspace version %2; this version "
                     "reads up to %3). Update Flowscope to open it.")
                     .arg(m_path)
                     .arg(version)
                     .arg(CurrentSchemaVersion);
        return false;
    }
    if (version < CurrentSchemaVersion && m_readOnly && version >= OldestReadOnlySchemaVersion) {
        qCInfo(lcWorkspace) << "opened" << m_path << "of workspace version" << version
                            << "read-only; opening it for writing upgrades it";
    } else if (version < CurrentSchemaVersion) {
        if (m_readOnly) {
            *error = WorkspaceText::tr(
                         "%1 needs an upgrade from workspace version %2 to %3, which cannot be "
                         "done read-only. Open it for writing once.")
                         .arg(m_path)
                         .arg(version)
                         .arg(CurrentSchemaVersion);
            return false;
        }
        QString message;
        if (!migrate(version, &message)) {
            *error = WorkspaceText::tr(
                         "Cannot upgrade %1 from workspace version %2: %3. The file was not "
                         "changed. If this happens again, another program may have changed the "
                         "file, so import the exports into a new workspace.")
                         .arg(m_path)
                         .arg(version)
                         .arg(message);
            return false;
        }
    }

    // A damaged file often passes the header checks; reading the schema
    // catches most of those before a view trips over them.
    for (const TableSpec *table : dataLakeTables()) {
        if (!database.tables().contains(table->name)) {
            *error = WorkspaceText::tr(
                         "%1 is missing the table %2, so it is damaged or was changed by another "
                         "program. Import the exports into a new workspace.")
                         .arg(m_path, table->name);
            return false;
        }
    }
    return true;
}

Workspace::CreateResult Workspace::createSchema(QString *error)
{
    QSqlDatabase database = this->database();

    // WAL lets the views read while an import writes. It cannot change inside
    // a transaction, so it is set first.
    if (!exec(database, QStringLiteral("PRAGMA journal_mode=WAL"), error))
        return CreateResult::Failed;

    // Another process may create the same new workspace at the same moment;
    // the write lock decides which one does, and the other opens its result.
    if (!exec(database, QStringLiteral("BEGIN IMMEDIATE"), error))
        return CreateResult::Failed;
    QSqlQuery existing(database);
    if (!existing.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema")) || !existing.next()) {
        *error = existing.lastError().text();
        exec(database, QStringLiteral("ROLLBACK"), nullptr);
        return CreateResult::Failed;
    }
    if (existing.value(0).toInt() > 0) {
        existing.finish();
        exec(database, QStringLiteral("ROLLBACK"), nullptr);
        return CreateResult::AlreadyExists;
    }
    existing.finish();

    QStringList statements =
        schemaVersion1() + schemaVersion2Additions() + schemaVersion3Additions();
    statements.append(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId));
    statements.append(QStringLiteral("PRAGMA user_version=%1").arg(CurrentSchemaVersion));
    for (const QString &statement : std::as_const(statements)) {
        if (!exec(database, statement, error)) {
            exec(database, QStringLiteral("ROLLBACK"), nullptr);
            return CreateResult::Failed;
        }
    }
    if (!exec(database, QStringLiteral("COMMIT"), error)) {
        exec(database, QStringLiteral("ROLLBACK"), nullptr);
        return CreateResult::Failed;
    }
    return CreateResult::Created;
}

bool Workspace::migrate(int fromVersion, QString *error)
{
    // Version 1 is the first schema; a file with user_version 0 and our
    // application_id was never completed, so it is not migrated.
    if (fromVersion < 1) {
        *error = WorkspaceText::tr("workspace version %1 is not a version Flowscope wrote")
                     .arg(fromVersion);
        return false;
    }

    // IMMEDIATE takes the write lock first, waiting for another writer such
    // as an import, and a cancel ends that wait. A deferred transaction would
    // fail at once when it moved from reading the schema to writing.
    QSqlDatabase database = this->database();
    if (m_cancelFlag) {
        sqlite3_busy_handler(handle(), &Workspace::waitForLockUnlessCancelled,
                             const_cast<std::atomic<bool> *>(m_cancelFlag));
    }
    QSqlQuery begin(database);
    const bool locked = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    sqlite3_busy_timeout(handle(), DefaultBusyTimeoutMs);
    if (!locked) {
        *error = isLockError(begin.lastError())
                     ? WorkspaceText::tr("another program is writing to it, for example an "
                                         "import. Try again when that has finished")
                     : begin.lastError().text();
        return false;
    }
    if (m_upgradeObserver)
        m_upgradeObserver(fromVersion);

    QStringList statements;
    if (fromVersion < 2)
        statements.append(schemaVersion2Additions());
    if (fromVersion < 3)
        statements.append(schemaVersion3Additions());
    statements.append(QStringLiteral("PRAGMA user_version=%1").arg(CurrentSchemaVersion));

    // The check stops only the upgrade's statements, never the rollback.
    if (m_cancelFlag) {
        sqlite3_progress_handler(handle(), UpgradeCancelCheckSteps,
                                 &Workspace::checkUpgradeCancelled,
                                 const_cast<std::atomic<bool> *>(m_cancelFlag));
    }
    bool upgraded = true;
    for (const QString &statement : std::as_const(statements)) {
        upgraded = exec(database, statement, error);
        if (!upgraded)
            break;
    }
    sqlite3_progress_handler(handle(), 0, nullptr, nullptr);

    // A cancel that came after the last check still rolls back, and one that
    // interrupted a statement is named as such.
    if (m_cancelFlag && m_cancelFlag->load()) {
        *error = WorkspaceText::tr("the upgrade was cancelled");
        upgraded = false;
    }
    if (!upgraded || !exec(database, QStringLiteral("COMMIT"), error)) {
        exec(database, QStringLiteral("ROLLBACK"), nullptr);
        return false;
    }
    qCInfo(lcWorkspace) << "migrated" << m_path << "from workspace version" << fromVersion << "to"
                        << CurrentSchemaVersion;
    return true;
}

int Workspace::checkUpgradeCancelled(void *flag)
{
    return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0;
}

int Workspace::waitForLockUnlessCancelled(void *flag, int attempt)
{
    if (static_cast<const std::atomic<bool> *>(flag)->load() ||
        attempt * UpgradeLockPollMs >= DefaultBusyTimeoutMs)
        return 0;
    QThread::msleep(UpgradeLockPollMs);
    return 1;
}

void Workspace::setUpgradeObserver(std::function<void(int fromVersion)> observer)
{
    m_upgradeObserver = std::move(observer);
}

void Workspace::setCancelFlag(const std::atomic<bool> *flag)
{
    m_cancelFlag = flag;
}

void Workspace::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_path.clear();
}

bool Workspace::isOpen() const
{
    return !m_connectionName.isEmpty() && database().isOpen();
}

bool Workspace::isReadOnly() const
{
    return m_readOnly;
}

QString Workspace::path() const
{
    return m_path;
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Workspace::handle() const
{
    const QVariant value = database().driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

void Workspace::setBusyTimeout(int milliseconds)
{
    if (sqlite3 *connection = handle())
        sqlite3_busy_timeout(connection, milliseconds);
}

QStringList Workspace::storedColumns(const QString &table) const
{
    QStringList columns;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    query.addBindValue(table);
    if (!query.exec())
        return columns;
    while (query.next())
        columns.append(query.value(0).toString());
    return columns;
}

} // namespace Flowscope
