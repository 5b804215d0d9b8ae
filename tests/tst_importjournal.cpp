// The journal mode around an import. A workspace is in WAL before and after
// every import, and an import runs with a rollback journal only while no other
// connection reads the workspace. A workspace left with a hot rollback journal
// by a killed import opens read-only with the rows it had before.

#include "importer.h"
#include "reliabilitysupport.h"
#include "testsupport.h"
#include "workspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace Flowscope;

namespace {

QString journalMode(const QString &path)
{
    sqlite3 *connection = nullptr;
    QString mode;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &connection, SQLITE_OPEN_READONLY,
                        nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(connection, "PRAGMA journal_mode", -1, &statement, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            mode = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(connection);
    return mode;
}

qint64 flowEventRows(Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM contact_flow_events")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool execute(sqlite3 *connection, const char *sql)
{
    return sqlite3_exec(connection, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

class TestImportJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importLeavesWorkspaceInWal();
    void importBesideReaderKeepsWal();
    void readOnlyOpenRollsBackHotJournal();

private:
    QTemporaryDir m_dir;
    QString m_csv;
};

void TestImportJournal::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_csv = Test::writeFile(m_dir.path(), QStringLiteral("events.csv"),
                            Test::flowEventsCsv(0, 500));
}

void TestImportJournal::importLeavesWorkspaceInWal()
{
    const QString path = m_dir.filePath(QStringLiteral("alone.flowscope"));
    {
        Workspace workspace;
        QVERIFY(workspace.open(path, Workspace::OpenMode::CreateIfMissing));
        const ImportResult result = importFiles(workspace, {m_csv});
        QCOMPARE(result.status, ImportResult::Status::Succeeded);
        QCOMPARE(result.total.inserted, qint64(500));
        QCOMPARE(journalMode(path), QStringLiteral("wal"));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    QCOMPARE(journalMode(path), QStringLiteral("wal"));
}

void TestImportJournal::importBesideReaderKeepsWal()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.flowscope"));
    Workspace writer;
    QVERIFY(writer.open(path, Workspace::OpenMode::CreateIfMissing));

    // A browser's connection that has read once keeps WAL's shared lock.
    Workspace reader;
    QVERIFY(reader.open(path, Workspace::OpenMode::ReadOnly));
    QCOMPARE(flowEventRows(reader), 0);

    const ImportResult result = importFiles(writer, {m_csv});

    QCOMPARE(result.status, ImportResult::Status::Succeeded);
    QCOMPARE(result.total.inserted, qint64(500));
    QCOMPARE(journalMode(path), QStringLiteral("wal"));
    QCOMPARE(flowEventRows(reader), 500);
}

void TestImportJournal::readOnlyOpenRollsBackHotJournal()
{
    const QString path = m_dir.filePath(QStringLiteral("before.flowscope"));
    {
        Workspace workspace;
        QVERIFY(workspace.open(path, Workspace::OpenMode::CreateIfMissing));
        QCOMPARE(importFiles(workspace, {m_csv}).status, ImportResult::Status::Succeeded);
    }

    // An import in rollback journal mode that wrote changed pages into the
    // file before it committed. Copies of the file and its journal taken now
    // are what a kill at this moment leaves behind.
    sqlite3 *connection = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &connection,
                             SQLITE_OPEN_READWRITE, nullptr),
             SQLITE_OK);
    QVERIFY(execute(connection, "PRAGMA journal_mode = DELETE"));
    QVERIFY(execute(connection, "PRAGMA cache_size = 1"));
    QVERIFY(execute(connection, "BEGIN IMMEDIATE"));
    QVERIFY(execute(connection, "DELETE FROM contact_flow_events"));
    QVERIFY(execute(connection, "INSERT INTO contact_flow_events (instance_id, event_id) "
                                "VALUES ('instance-x', 'only-row')"));
    const QString killed = m_dir.filePath(QStringLiteral("killed.flowscope"));
    QVERIFY(QFile::exists(path + QStringLiteral("-journal")));
    QVERIFY(QFile::copy(path, killed));
    QVERIFY(QFile::copy(path + QStringLiteral("-journal"), killed + QStringLiteral("-journal")));
    QVERIFY(execute(connection, "ROLLBACK"));
    sqlite3_close(connection);

    Workspace readOnly;
    QString error;
    QVERIFY2(readOnly.open(killed, Workspace::OpenMode::ReadOnly, &error), qPrintable(error));
    QCOMPARE(flowEventRows(readOnly), 500);
    QVERIFY(!QFile::exists(killed + QStringLiteral("-journal")));
    QCOMPARE(journalMode(killed), QStringLiteral("wal"));
}

QTEST_GUILESS_MAIN(TestImportJournal)
#include "tst_importjournal.moc"
