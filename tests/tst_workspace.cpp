#include "schema.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Flowscope;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList queryStrings(const QSqlDatabase &database, const QString &sql)
{
    QStringList values;
    QSqlQuery query(database);
    if (!query.exec(sql))
        return {QStringLiteral("<error>")};
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

QVariant queryValue(const QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<error>");
    return query.value(0);
}

// The tables and indexes of workspace version 1, and what later versions added.
const QStringList Version1Tables = {
    QStringLiteral("connect_test_case_execution_results"), QStringLiteral("contact_flow_events"),
    QStringLiteral("import_log"), QStringLiteral("test_execution_contacts")};
const QStringList Version1Indexes = {
    QStringLiteral("contact_flow_events_contact"), QStringLiteral("contact_flow_events_start"),
    QStringLiteral("contact_flow_events_flow"), QStringLiteral("contact_flow_events_queue"),
    QStringLiteral("connect_test_case_execution_results_start"),
    QStringLiteral("connect_test_case_execution_results_execution"),
    QStringLiteral("test_execution_contacts_contact")};
const QStringList Version2Tables =
    Version1Tables + QStringList{QStringLiteral("flow_names"), QStringLiteral("failure_reason_categories")};
const QStringList Version2Indexes =
    Version1Indexes + QStringList{QStringLiteral("connect_test_case_execution_results_outcome")};

QStringList indexNames(const QSqlDatabase &database)
{
    return queryStrings(database, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' "
                                                 "AND sql IS NOT NULL ORDER BY name"));
}

// Writes a workspace as an older version left it. Each version only added
// tables and indexes, so a new workspace without them and with an older
// user_version has that version's schema.
// One flow event is stored so the test can check that migration keeps the data.
bool writeOldWorkspace(const QString &path, int version)
{
    const QStringList keptTables = version == 1 ? Version1Tables : Version2Tables;
    const QStringList keptIndexes = version == 1 ? Version1Indexes : Version2Indexes;
    {
        Workspace workspace;
        if (!workspace.open(path, Workspace::OpenMode::CreateIfMissing))
            return false;
        QSqlQuery query(workspace.database());
        const QStringList tables = queryStrings(
            workspace.database(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
        for (const QString &table : tables) {
            if (!keptTables.contains(table) && !query.exec(QStringLiteral("DROP TABLE \"%1\"").arg(table)))
                return false;
        }
        for (const QString &index : indexNames(workspace.database())) {
            if (!keptIndexes.contains(index) && !query.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index)))
                return false;
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))
            || !query.exec(QStringLiteral("INSERT INTO contact_flow_events (event_id, instance_id, "
                                          "contact_id, start_timestamp) VALUES ('e1', 'i1', "
                                          "'c1', 1000)")))
            return false;
    }
    return true;
}

bool setImmutable(const QString &path, bool on)
{
    return QProcess::execute(QStringLiteral("chattr"), {on ? QStringLiteral("+i") : QStringLiteral("-i"), path}) == 0;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsDocumentedSchema();
    void storesTimestampsAsIntegersAndIdsAsText();
    void reopensExistingWorkspace();
    void rejectsUnusableFiles_data();
    void rejectsUnusableFiles();
    void rejectsNewerSchemaVersion();
    void missingPathWithoutCreateFails();
    void readOnlyModeRefusesWrites();
    void readOnlyFolderGivesClearError();
    void separateConnectionsPerWorkspace();
    void migratesToCurrentVersion_data();
    void migratesToCurrentVersion();
    void readOnlyOpenOfVersion1AsksForUpgrade();
    void readOnlyOpenOfVersion2KeepsFile();
    void cancelledUpgradeLeavesFileUnchanged();
    void secondOpenKeepsLocksOfFirst();
};

void TestWorkspace::createsDocumentedSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.flowscope"));
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(path, Workspace::OpenMode::CreateIfMissing, &error), qPrintable(error));

    const QSqlDatabase database = workspace.database();
    QCOMPARE(queryValue(database, QStringLiteral("PRAGMA user_version")).toInt(), Workspace::CurrentSchemaVersion);
    QCOMPARE(queryValue(database, QStringLiteral("PRAGMA application_id")).toInt(), Workspace::ApplicationId);
    QCOMPARE(queryValue(database, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));

    for (const TableSpec *table : dataLakeTables()) {
        QCOMPARE(workspace.storedColumns(table->name), table->columnNames());
        const QStringList types = queryStrings(
            database, QStringLiteral("SELECT type FROM pragma_table_info('%1') ORDER BY cid").arg(table->name));
        for (int i = 0; i < table->columns.size(); ++i) {
            const QString expected = table->columns.at(i).type == ColumnType::Timestamp ? QStringLiteral("INTEGER")
                                                                                         : QStringLiteral("TEXT");
            QCOMPARE(types.at(i), expected);
        }
        const QStringList key = queryStrings(
            database, QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE pk > 0 ORDER BY pk").arg(table->name));
        QCOMPARE(key, table->primaryKey);
    }

    QCOMPARE(contactFlowEventsSpec().columns.size(), 22);
    QCOMPARE(testCaseExecutionResultsSpec().columns.size(), 20);

    const QStringList indexes = queryStrings(
        database, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"));
    QVERIFY(indexes.contains(QStringLiteral("contact_flow_events_contact")));
    QVERIFY(indexes.contains(QStringLiteral("contact_flow_events_start")));
    QVERIFY(indexes.contains(QStringLiteral("contact_flow_events_flow")));
    QVERIFY(indexes.contains(QStringLiteral("contact_flow_events_queue")));
    QVERIFY(indexes.contains(QStringLiteral("connect_test_case_execution_results_start")));
    QVERIFY(indexes.contains(QStringLiteral("test_execution_contacts_contact")));

    const QStringList tables = queryStrings(database, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    QCOMPARE(tables, (QStringList{QStringLiteral("connect_test_case_execution_results"), QStringLiteral("contact_flow_events"),
                                  QStringLiteral("failure_reason_categories"),
                                  QStringLiteral("flow_names"), QStringLiteral("import_log"),
                                  QStringLiteral("test_execution_contacts")}));
}

void TestWorkspace::storesTimestampsAsIntegersAndIdsAsText()
{
    QTemporaryDir dir;
    Workspace workspace;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("w.flowscope")), Workspace::OpenMode::CreateIfMissing));
    QSqlQuery query(workspace.database());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO contact_flow_events (instance_id, event_id, aws_account_id, "
                                         "start_timestamp, flow_outcome) VALUES (?, ?, ?, ?, ?)")));
    query.addBindValue(QStringLiteral("i"));
    query.addBindValue(QStringLiteral("007"));
    query.addBindValue(QStringLiteral("012345678901"));
    query.addBindValue(qint64(1762178709123));
    query.addBindValue(QString(QLatin1String("")));
    QVERIFY(query.exec());

    QCOMPARE(queryValue(workspace.database(), QStringLiteral("SELECT typeof(aws_account_id) || ':' || aws_account_id FROM contact_flow_events")).toString(),
             QStringLiteral("text:012345678901"));
    QCOMPARE(queryValue(workspace.database(), QStringLiteral("SELECT typeof(event_id) || ':' || event_id FROM contact_flow_events")).toString(),
             QStringLiteral("text:007"));
    QCOMPARE(queryValue(workspace.database(), QStringLiteral("SELECT typeof(start_timestamp) FROM contact_flow_events")).toString(),
             QStringLiteral("integer"));
    QCOMPARE(queryValue(workspace.database(), QStringLiteral("SELECT typeof(flow_outcome) FROM contact_flow_events")).toString(),
             QStringLiteral("text"));
    QCOMPARE(queryValue(workspace.database(), QStringLiteral("SELECT typeof(channel) FROM contact_flow_events")).toString(),
             QStringLiteral("null"));
}

void TestWorkspace::reopensExistingWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.flowscope"));
    {
        Workspace workspace;
        QVERIFY(workspace.open(path, Workspace::OpenMode::CreateIfMissing));
        QSqlQuery query(workspace.database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO contact_flow_events (instance_id, event_id) VALUES ('i', 'e')")));
    }
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(path, Workspace::OpenMode::ExistingOnly, &error), qPrintable(error));
    QCOMPARE(queryValue(workspace.database(), QStringLiteral("SELECT COUNT(*) FROM contact_flow_events")).toInt(), 1);
}

void TestWorkspace::rejectsUnusableFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedMessagePart");

    QTest::newRow("text file") << "text" << "not a SQLite database";
    QTest::newRow("another program's SQLite database") << "sqlite" << "not a Flowscope workspace";
    QTest::newRow("workspace with a damaged schema page") << "corrupt" << "w.flowscope";
    QTest::newRow("folder") << "folder" << "is a folder";
}

void TestWorkspace::rejectsUnusableFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedMessagePart);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.flowscope"));
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("instance_id,event_id\nabc,def\n");
    } else if (kind == QLatin1String("sqlite")) {
        QCOMPARE(QProcess::execute(QStringLiteral("sqlite3"), {path, QStringLiteral("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x');")}), 0);
    } else if (kind == QLatin1String("corrupt")) {
        {
            Workspace workspace;
            QVERIFY(workspace.open(path, Workspace::OpenMode::CreateIfMissing));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100); // the schema page starts right after the 100-byte header
        file.write(QByteArray(3000, '\x5a'));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    }
    const QByteArray before = fileHash(path);

    for (Workspace::OpenMode mode : {Workspace::OpenMode::CreateIfMissing, Workspace::OpenMode::ExistingOnly}) {
        Workspace workspace;
        QString error;
        QVERIFY(!workspace.open(path, mode, &error));
        QVERIFY2(error.contains(expectedMessagePart), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!workspace.isOpen());
    }
    QCOMPARE(fileHash(path), before);
}

void TestWorkspace::rejectsNewerSchemaVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.flowscope"));
    {
        Workspace workspace;
        QVERIFY(workspace.open(path, Workspace::OpenMode::CreateIfMissing));
        QSqlQuery query(workspace.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QByteArray before = fileHash(path);

    Workspace workspace;
    QString error;
    QVERIFY(!workspace.open(path, Workspace::OpenMode::ExistingOnly, &error));
    QVERIFY2(error.contains(QStringLiteral("newer Flowscope")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("99")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void TestWorkspace::missingPathWithoutCreateFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.flowscope"));
    for (Workspace::OpenMode mode : {Workspace::OpenMode::ExistingOnly, Workspace::OpenMode::ReadOnly}) {
        Workspace workspace;
        QString error;
        QVERIFY(!workspace.open(path, mode, &error));
        QVERIFY2(error.contains(QStringLiteral("was not found")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
}

void TestWorkspace::readOnlyModeRefusesWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.flowscope"));
    {
        Workspace workspace;
        QVERIFY(workspace.open(path, Workspace::OpenMode::CreateIfMissing));
    }
    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(path, Workspace::OpenMode::ReadOnly, &error), qPrintable(error));
    QVERIFY(workspace.isReadOnly());
    QSqlQuery query(workspace.database());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO contact_flow_events (instance_id, event_id) VALUES ('i', 'e')")));
    QCOMPARE(queryValue(workspace.database(), QStringLiteral("SELECT COUNT(*) FROM contact_flow_events")).toInt(), 0);
}

void TestWorkspace::readOnlyFolderGivesClearError()
{
    // An immutable folder refuses new files even to root, which permission
    // bits do not; tests run as root in CI.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString existing = QDir(folder).filePath(QStringLiteral("w.flowscope"));
    {
        Workspace workspace;
        QVERIFY(workspace.open(existing, Workspace::OpenMode::CreateIfMissing));
    }
    QFile::remove(existing + QStringLiteral("-wal"));
    QFile::remove(existing + QStringLiteral("-shm"));
    const QByteArray before = fileHash(existing);
    if (!setImmutable(folder, true))
        QSKIP("chattr +i is not available on this file system");
    auto restore = qScopeGuard([&] { setImmutable(folder, false); });

    Workspace workspace;
    QString error;
    QVERIFY(!workspace.open(QDir(folder).filePath(QStringLiteral("new.flowscope")), Workspace::OpenMode::CreateIfMissing, &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("new.flowscope"))));

    QVERIFY(!workspace.open(existing, Workspace::OpenMode::ExistingOnly, &error));
    QVERIFY2(error.contains(QStringLiteral("read-only folder")), qPrintable(error));
    QVERIFY(!workspace.open(existing, Workspace::OpenMode::ReadOnly, &error));
    QVERIFY2(error.contains(QStringLiteral("read-only folder")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("damaged")), qPrintable(error));
    QCOMPARE(fileHash(existing), before);
}

void TestWorkspace::separateConnectionsPerWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.flowscope"));
    Workspace first;
    Workspace second;
    QVERIFY(first.open(path, Workspace::OpenMode::CreateIfMissing));
    QVERIFY(second.open(path, Workspace::OpenMode::ExistingOnly));
    QVERIFY(first.database().connectionName() != second.database().connectionName());
    QVERIFY(first.handle() != nullptr);
    QVERIFY(first.handle() != second.handle());
}

QTEST_GUILESS_MAIN(TestWorkspace)
void TestWorkspace::migratesToCurrentVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("version 1") << 1;
    QTest::newRow("version 2") << 2;
}

void TestWorkspace::migratesToCurrentVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.flowscope"));
    QVERIFY(writeOldWorkspace(path, version));

    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(path, Workspace::OpenMode::ExistingOnly, &error), qPrintable(error));

    const QSqlDatabase database = workspace.database();
    QCOMPARE(queryValue(database, QStringLiteral("PRAGMA user_version")).toInt(), Workspace::CurrentSchemaVersion);
    const QStringList tables = queryStrings(
        database, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    QVERIFY2(tables.contains(QStringLiteral("flow_names")), qPrintable(tables.join(u' ')));
    QVERIFY2(tables.contains(QStringLiteral("failure_reason_categories")), qPrintable(tables.join(u' ')));
    QCOMPARE(queryStrings(database, QStringLiteral("SELECT name FROM pragma_table_info('flow_names') "
                                                   "ORDER BY cid")),
             (QStringList{QStringLiteral("resource_id"), QStringLiteral("name"), QStringLiteral("kind")}));
    QCOMPARE(queryStrings(database, QStringLiteral("SELECT name FROM pragma_table_info('flow_names') "
                                                   "WHERE pk > 0")),
             QStringList{QStringLiteral("resource_id")});
    QCOMPARE(queryStrings(database, QStringLiteral("SELECT contact_id FROM contact_flow_events")),
             QStringList{QStringLiteral("c1")});

    // The migrated file has the same indexes as a new workspace.
    Workspace created;
    QVERIFY(created.open(dir.filePath(QStringLiteral("new.flowscope")), Workspace::OpenMode::CreateIfMissing));
    QVERIFY(indexNames(database).contains(QStringLiteral("contact_flow_events_channel")));
    QCOMPARE(indexNames(database), indexNames(created.database()));

    // A second open finds the current version and changes nothing.
    workspace.close();
    const QByteArray migrated = fileHash(path);
    Workspace again;
    QVERIFY2(again.open(path, Workspace::OpenMode::ExistingOnly, &error), qPrintable(error));
    again.close();
    QCOMPARE(fileHash(path), migrated);
}

void TestWorkspace::readOnlyOpenOfVersion1AsksForUpgrade()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.flowscope"));
    QVERIFY(writeOldWorkspace(path, 1));
    const QByteArray before = fileHash(path);

    Workspace workspace;
    QString error;
    QVERIFY(!workspace.open(path, Workspace::OpenMode::ReadOnly, &error));
    QVERIFY2(error.contains(QStringLiteral("from workspace version 1 to 3")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void TestWorkspace::readOnlyOpenOfVersion2KeepsFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.flowscope"));
    QVERIFY(writeOldWorkspace(path, 2));
    const QByteArray before = fileHash(path);

    Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(path, Workspace::OpenMode::ReadOnly, &error), qPrintable(error));
    QCOMPARE(queryValue(workspace.database(), QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QCOMPARE(queryStrings(workspace.database(), QStringLiteral("SELECT contact_id FROM contact_flow_events "
                                                               "WHERE channel IS NULL")),
             QStringList{QStringLiteral("c1")});
    workspace.close();
    QCOMPARE(fileHash(path), before);
}

void TestWorkspace::cancelledUpgradeLeavesFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.flowscope"));
    QVERIFY(writeOldWorkspace(path, 2));

    // Enough rows that building the new index takes more than the steps
    // SQLite runs between two looks at the cancel flag.
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        database.setDatabaseName(path);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY2(query.exec(QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                     "INSERT INTO contact_flow_events (event_id, instance_id, contact_id, channel, "
                     "start_timestamp) SELECT 'bulk-' || i, 'i1', 'c-' || i, 'CHAT', i FROM n")),
                 qPrintable(query.lastError().text()));
        query.finish();
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    const QByteArray before = fileHash(path);

    std::atomic<bool> cancelled = true;
    QList<int> upgradesFrom;
    Workspace workspace;
    workspace.setCancelFlag(&cancelled);
    workspace.setUpgradeObserver([&](int fromVersion) { upgradesFrom.append(fromVersion); });
    QString error;
    QVERIFY(!workspace.open(path, Workspace::OpenMode::ExistingOnly, &error));
    QVERIFY2(error.contains(QStringLiteral("the upgrade was cancelled")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("The file was not changed")), qPrintable(error));
    QCOMPARE(upgradesFrom, QList<int>{2});
    QCOMPARE(fileHash(path), before);

    cancelled = false;
    QVERIFY2(workspace.open(path, Workspace::OpenMode::ExistingOnly, &error), qPrintable(error));
    QCOMPARE(queryValue(workspace.database(), QStringLiteral("PRAGMA user_version")).toInt(),
             Workspace::CurrentSchemaVersion);
    QVERIFY(indexNames(workspace.database()).contains(QStringLiteral("contact_flow_events_channel")));
}

void TestWorkspace::secondOpenKeepsLocksOfFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.flowscope"));
    Workspace first;
    QVERIFY(first.open(path, Workspace::OpenMode::CreateIfMissing));
    // A WAL connection holds a shared lock on the file from its first read.
    QCOMPARE(queryValue(first.database(), QStringLiteral("SELECT COUNT(*) FROM contact_flow_events")).toInt(), 0);

    Workspace second;
    QVERIFY(second.open(path, Workspace::OpenMode::ExistingOnly));
    Workspace third;
    QVERIFY(third.open(path, Workspace::OpenMode::ReadOnly));

    // POSIX locks belong to the process, and closing any descriptor of the
    // file drops them all. Another process may leave WAL only when no
    // connection holds its shared lock, so this must fail.
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-cmd"), QStringLiteral(".timeout 0"), path,
                                             QStringLiteral("PRAGMA journal_mode=DELETE;")});
    QVERIFY2(sqlite.waitForFinished(30000), "sqlite3 did not finish");
    const QByteArray output = sqlite.readAllStandardOutput() + sqlite.readAllStandardError();
    QVERIFY2(!output.contains("delete"), output.constData());
    QCOMPARE(queryValue(first.database(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

#include "tst_workspace.moc"
