#include "importer.h"
#include "schema.h"
#include "testsupport.h"
#include "workspace.h"

#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace Flowscope;

Q_DECLARE_METATYPE(Flowscope::OnError)
Q_DECLARE_METATYPE(Flowscope::ImportResult::Status)
using Flowscope::Test::gzip;
using Flowscope::Test::writeFile;

namespace {

const QByteArray FlowHeader =
    "\"instance_id\",\"event_id\",\"aws_account_id\",\"instance_arn\",\"contact_id\",\"flow_resource_id\","
    "\"module_resource_id\",\"resource_version\",\"resource_type\",\"channel\",\"start_timestamp\","
    "\"end_timestamp\",\"next_flow_resource_id\",\"next_queue_resource_id\",\"next_resource_type\","
    "\"flow_language_version\",\"flow_outcome\",\"sub_type\",\"flow_type\",\"initiation_method\","
    "\"resource_published_timestamp\",\"data_lake_last_processed_timestamp\"\n";

// An Athena result row: NULL is an unquoted empty field, "" the empty string.
QByteArray flowRow(const QByteArray &eventId, const QByteArray &contactId, const QByteArray &start,
                   const QByteArray &processed, const QByteArray &outcome = "\"Success\"")
{
    return "\"inst-1\",\"" + eventId + "\",\"012345678901\",\"arn:aws:connect:us-east-1:012345678901:instance/inst-1\",\""
           + contactId + "\",\"flow-a\",,\"3\",\"flow\",\"VOICE\",\"" + start + "\",\"2026-11-03 14:05:10.500\",,"
           "\"queue-1\",\"queue\",\"2019-10-30\"," + outcome + ",\"\",\"CONTACT_FLOW\",\"INBOUND\","
           "\"2026-10-01 00:00:00\",\"" + processed + "\"\n";
}

const QByteArray TestHeader =
    "instance_id,instance_arn,aws_account_id,connect_test_case_resource_arn,connect_test_case_resource_name,"
    "connect_test_case_execution_start_timestamp,connect_test_case_execution_end_timestamp,connect_test_case_status,"
    "connect_test_case_result,connect_test_case_execution_id,connect_test_case_failure_reasons,connect_test_case_type,"
    "connect_test_case_execution_method,connect_test_case_execution_channel,"
    "connect_test_case_execution_channel_subtype,connect_test_case_associated_initial_contact_id,"
    "connect_test_case_associated_contact_ids,connect_test_case_initiating_flow_id,record_creation_timestamp,"
    "data_lake_last_processed_timestamp\n";

struct Fixture
{
    QTemporaryDir dir;
    Workspace workspace;

    Fixture()
    {
        QString error;
        if (!workspace.open(dir.filePath(QStringLiteral("w.flowscope")), Workspace::OpenMode::CreateIfMissing, &error))
            qFatal("cannot create workspace: %s", qPrintable(error));
    }

    QString write(const QString &name, const QByteArray &bytes) { return writeFile(dir.path(), name, bytes); }

    QVariant value(const QString &sql)
    {
        QSqlQuery query(workspace.database());
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<error: %1>").arg(sql);
        return query.value(0);
    }

    qint64 count(const QString &table) { return value(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong(); }

    // Every stored value of a table, typed, in key order: equal dumps mean an unchanged table.
    QString dump(const QString &table)
    {
        QSqlQuery query(workspace.database());
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(table));
        QStringList rows;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells.append(query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
        return rows.join(QLatin1Char('\n'));
    }
};

bool hasWarning(const ImportResult &result, ImportWarningKind kind)
{
    for (const ImportWarning &warning : result.warnings) {
        if (warning.kind == kind)
            return true;
    }
    return false;
}

const ImportWarning *findWarning(const ImportResult &result, ImportWarningKind kind)
{
    for (const ImportWarning &warning : result.warnings) {
        if (warning.kind == kind)
            return &warning;
    }
    return nullptr;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesAthenaCsvValuesExactly();
    void reimportChangesNothing();
    void newerVersionReplacesOlder();
    void duplicateKeyInOneFileKeepsNewest();
    void abortModeLeavesWorkspaceUnchanged();
    void skipModeReportsRejectedRows();
    void missingKeyColumnRejectsFile();
    void spreadsheetBlankRowsAreSkipped();
    void workspaceInsideInputFolderIsSkipped();
    void symbolicLinkLoopIsReadOnce();
    void pipeIsRejectedClearly();
    void invalidUtf8LateInFileAbortsByDefault();
    void missingColumnBecomesNull();
    void unknownColumnIsKept();
    void columnsMatchedByNameAndCase();
    void columnMappingRenamesColumns();
    void testResultsFillContactLinks();
    void mixedTablesInOneImport();
    void folderOfGzipPartFiles();
    void jsonLinesAndTextFile();
    void cancelRollsBack();
    void cancelDuringMergeRollsBack_data();
    void cancelDuringMergeRollsBack();
    void lockedWorkspaceFailsClearly();
    void importLogRecordsEachImport();
    void failedImportWritesNoLog();
    void firstImportKeepsSecondaryIndexes_data();
    void firstImportKeepsSecondaryIndexes();
    void firstImportCountsRepeatedKeys();
    void mergeStoresRowsInKeyOrder();
};

void TestImporter::storesAthenaCsvValuesExactly()
{
    Fixture fixture;
    const QString file = fixture.write(QStringLiteral("events.csv"),
                                       FlowHeader + flowRow("e1", "c1", "2026-11-03 14:05:09.123", "2026-11-04 01:00:00")
                                           + flowRow("e2", "c1", "2026-11-03 14:05:11", "2026-11-04 01:00:00", ""));
    const ImportResult result = importFiles(fixture.workspace, {file});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.total.read, 2);
    QCOMPARE(result.total.inserted, 2);
    QCOMPARE(result.total.rejected, 0);
    QCOMPARE(result.perTable.value(QStringLiteral("contact_flow_events")).inserted, 2);

    QCOMPARE(fixture.value(QStringLiteral("SELECT aws_account_id FROM contact_flow_events WHERE event_id = 'e1'")).toString(),
             QStringLiteral("012345678901"));
    QCOMPARE(fixture.value(QStringLiteral("SELECT start_timestamp FROM contact_flow_events WHERE event_id = 'e1'")).toLongLong(),
             Q_INT64_C(1793714709123));
    QCOMPARE(fixture.value(QStringLiteral("SELECT end_timestamp FROM contact_flow_events WHERE event_id = 'e1'")).toLongLong(),
             Q_INT64_C(1793714710500));
    QCOMPARE(fixture.value(QStringLiteral("SELECT typeof(start_timestamp) FROM contact_flow_events WHERE event_id = 'e1'")).toString(),
             QStringLiteral("integer"));
    // NULL (unquoted empty) and '' ("") stay different values.
    QCOMPARE(fixture.value(QStringLiteral("SELECT typeof(module_resource_id) FROM contact_flow_events WHERE event_id = 'e1'")).toString(),
             QStringLiteral("null"));
    QCOMPARE(fixture.value(QStringLiteral("SELECT typeof(sub_type) || ':' || length(sub_type) FROM contact_flow_events WHERE event_id = 'e1'")).toString(),
             QStringLiteral("text:0"));
    QCOMPARE(fixture.value(QStringLiteral("SELECT typeof(flow_outcome) FROM contact_flow_events WHERE event_id = 'e2'")).toString(),
             QStringLiteral("null"));
    QCOMPARE(fixture.value(QStringLiteral("SELECT resource_version FROM contact_flow_events WHERE event_id = 'e1'")).toString(),
             QStringLiteral("3"));
    QCOMPARE(fixture.value(QStringLiteral("SELECT typeof(resource_version) FROM contact_flow_events WHERE event_id = 'e1'")).toString(),
             QStringLiteral("text"));
    QCOMPARE(fixture.value(QStringLiteral("SELECT data_lake_last_processed_timestamp FROM contact_flow_events WHERE event_id = 'e2'")).toLongLong(),
             Q_INT64_C(1793754000000));
}

void TestImporter::reimportChangesNothing()
{
    Fixture fixture;
    const QString file = fixture.write(QStringLiteral("events.csv"),
                                       FlowHeader + flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00")
                                           + flowRow("e2", "c1", "2026-11-03 14:05:11", "2026-11-04 01:00:00"));
    QCOMPARE(importFiles(fixture.workspace, {file}).total.inserted, 2);
    const QString before = fixture.dump(QStringLiteral("contact_flow_events"));

    const ImportResult again = importFiles(fixture.workspace, {file});
    QVERIFY2(again.status == ImportResult::Status::Succeeded, qPrintable(again.error));
    QCOMPARE(again.total.read, 2);
    QCOMPARE(again.total.inserted, 0);
    QCOMPARE(again.total.replaced, 0);
    QCOMPARE(again.total.unchanged, 2);
    QCOMPARE(fixture.dump(QStringLiteral("contact_flow_events")), before);
}

void TestImporter::newerVersionReplacesOlder()
{
    Fixture fixture;
    const QString first = fixture.write(QStringLiteral("a.csv"),
                                        FlowHeader + flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00", "\"Old\"")
                                            + flowRow("e2", "c1", "2026-11-03 14:05:11", "2026-11-04 01:00:00", "\"Kept\""));
    QCOMPARE(importFiles(fixture.workspace, {first}).total.inserted, 2);

    // e1 arrives again, processed later; e2 arrives again, processed earlier; e3 is new.
    const QString overlap = fixture.write(QStringLiteral("b.csv"),
                                          FlowHeader + flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-05 01:00:00", "\"New\"")
                                              + flowRow("e2", "c1", "2026-11-03 14:05:11", "2026-11-03 01:00:00", "\"Stale\"")
                                              + flowRow("e3", "c2", "2026-11-03 15:00:00", "2026-11-05 01:00:00"));
    const ImportResult result = importFiles(fixture.workspace, {overlap});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.total.inserted, 1);
    QCOMPARE(result.total.replaced, 1);
    QCOMPARE(result.total.unchanged, 1);
    QCOMPARE(fixture.count(QStringLiteral("contact_flow_events")), 3);
    QCOMPARE(fixture.value(QStringLiteral("SELECT flow_outcome FROM contact_flow_events WHERE event_id = 'e1'")).toString(), QStringLiteral("New"));
    QCOMPARE(fixture.value(QStringLiteral("SELECT flow_outcome FROM contact_flow_events WHERE event_id = 'e2'")).toString(), QStringLiteral("Kept"));
}

void TestImporter::duplicateKeyInOneFileKeepsNewest()
{
    Fixture fixture;
    const QString file = fixture.write(QStringLiteral("dup.csv"),
                                       FlowHeader + flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-05 01:00:00", "\"Newest\"")
                                           + flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00", "\"Older\""));
    const ImportResult result = importFiles(fixture.workspace, {file});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.total.read, 2);
    QCOMPARE(fixture.count(QStringLiteral("contact_flow_events")), 1);
    QCOMPARE(result.total.inserted, 1);
    QCOMPARE(result.total.inserted + result.total.replaced + result.total.unchanged, 2);
    QCOMPARE(fixture.value(QStringLiteral("SELECT flow_outcome FROM contact_flow_events")).toString(), QStringLiteral("Newest"));

    // Equal versions: the row read first stays, whatever the keys around it.
    QByteArray bytes = FlowHeader;
    for (int i = 0; i < 50; ++i)
        bytes += flowRow("t" + QByteArray::number(i), "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00", "\"First\"");
    for (int i = 49; i >= 0; --i)
        bytes += flowRow("t" + QByteArray::number(i), "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00", "\"Second\"");
    const QString ties = fixture.write(QStringLiteral("ties.csv"), bytes);
    const ImportResult tieResult = importFiles(fixture.workspace, {ties});
    QVERIFY2(tieResult.status == ImportResult::Status::Succeeded, qPrintable(tieResult.error));
    QCOMPARE(tieResult.total.inserted, 50);
    QCOMPARE(tieResult.total.unchanged, 50);
    QCOMPARE(fixture.value(QStringLiteral("SELECT COUNT(*) FROM contact_flow_events WHERE flow_outcome = 'First'")).toInt(), 50);
}

void TestImporter::abortModeLeavesWorkspaceUnchanged()
{
    Fixture fixture;
    const QString good = fixture.write(QStringLiteral("good.csv"), FlowHeader + flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00"));
    QCOMPARE(importFiles(fixture.workspace, {good}).status, ImportResult::Status::Succeeded);
    const QString before = fixture.dump(QStringLiteral("contact_flow_events"));
    const qint64 logRows = fixture.count(QStringLiteral("import_log"));

    const QString bad = fixture.write(QStringLiteral("bad.csv"),
                                      FlowHeader + flowRow("e2", "c1", "2026-11-03 14:05:09", "2026-11-05 01:00:00")
                                          + flowRow("e3", "c1", "yesterday noon", "2026-11-05 01:00:00"));
    const ImportResult result = importFiles(fixture.workspace, {bad});
    QCOMPARE(result.status, ImportResult::Status::Failed);
    QVERIFY2(result.error.contains(bad), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("Line 3, column 11")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("start_timestamp")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("yesterday noon")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("unchanged")), qPrintable(result.error));
    QCOMPARE(result.total.inserted, 0);
    QCOMPARE(fixture.dump(QStringLiteral("contact_flow_events")), before);
    QCOMPARE(fixture.count(QStringLiteral("import_log")), logRows);
}

void TestImporter::skipModeReportsRejectedRows()
{
    Fixture fixture;
    const QString file = fixture.write(QStringLiteral("mixed.csv"),
                                       FlowHeader + flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00")
                                           + flowRow("e2", "c1", "03/11/2026 14:05", "2026-11-04 01:00:00")
                                           + flowRow("", "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00")
                                           + flowRow("e4", "c1", "2026-11-03 14:06:00", "2026-11-04 01:00:00"));
    ImportOptions options;
    options.onError = OnError::Skip;
    const ImportResult result = importFiles(fixture.workspace, {file}, options);
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.total.read, 4);
    QCOMPARE(result.total.inserted, 2);
    QCOMPARE(result.total.rejected, 2);
    QCOMPARE(fixture.count(QStringLiteral("contact_flow_events")), 2);

    const ImportWarning *ambiguous = findWarning(result, ImportWarningKind::AmbiguousDate);
    QVERIFY(ambiguous);
    QCOMPARE(ambiguous->severity, ImportWarningSeverity::RowRejected);
    QCOMPARE(ambiguous->line, 3);
    QCOMPARE(ambiguous->column, 11);
    QCOMPARE(ambiguous->columnName, QStringLiteral("start_timestamp"));
    QCOMPARE(ambiguous->value, QStringLiteral("03/11/2026 14:05"));

    const ImportWarning *missingKey = findWarning(result, ImportWarningKind::MissingKeyValue);
    QVERIFY(missingKey);
    QCOMPARE(missingKey->line, 4);
    QCOMPARE(missingKey->columnName, QStringLiteral("event_id"));
    QCOMPARE(result.files.size(), 1);
    QCOMPARE(result.files.first().rowsRejected, 2);
}

void TestImporter::missingKeyColumnRejectsFile()
{
    Fixture fixture;
    const QString file = fixture.write(QStringLiteral("nokey.csv"),
                                       "instance_id,contact_id,flow_resource_id,start_timestamp\n"
                                       "inst-1,c1,flow-a,2026-11-03 14:05:09\n");
    ImportOptions options;
    options.table = QStringLiteral("contact_flow_events");
    const ImportResult result = importFiles(fixture.workspace, {file}, options);
    QCOMPARE(result.status, ImportResult::Status::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("event_id")), qPrintable(result.error));
    QVERIFY2(result.error.contains(file), qPrintable(result.error));
    QCOMPARE(fixture.count(QStringLiteral("contact_flow_events")), 0);

    // Skip mode goes on past a rejected file, but an import of nothing fails.
    options.onError = OnError::Skip;
    const ImportResult onlyRejected = importFiles(fixture.workspace, {file}, options);
    QCOMPARE(onlyRejected.status, ImportResult::Status::Failed);
    QVERIFY2(onlyRejected.error.contains(QStringLiteral("None of the")), qPrintable(onlyRejected.error));
    QCOMPARE(fixture.count(QStringLiteral("import_log")), 0);

    const QString good = fixture.write(QStringLiteral("good.csv"),
                                       FlowHeader + flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00"));
    const ImportResult skipped = importFiles(fixture.workspace, {file, good}, options);
    QCOMPARE(skipped.status, ImportResult::Status::Succeeded);
    QCOMPARE(skipped.total.inserted, 1);
    QCOMPARE(skipped.files.size(), 2);
    QCOMPARE(skipped.files.at(1).rejected, true);
    QCOMPARE(skipped.files.at(1).path, file);
    const ImportWarning *warning = findWarning(skipped, ImportWarningKind::MissingKeyColumn);
    QVERIFY(warning);
    QCOMPARE(warning->severity, ImportWarningSeverity::FileRejected);
}

void TestImporter::spreadsheetBlankRowsAreSkipped()
{
    Fixture fixture;
    const QString file = fixture.write(QStringLiteral("excel.csv"),
                                       "event_id;instance_id;contact_id\r\ne1;inst-1;c1\r\n;;\r\n;;\r\n");
    const ImportResult result = importFiles(fixture.workspace, {file});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.total.read, 1);
    QCOMPARE(result.total.inserted, 1);
    QCOMPARE(result.total.rejected, 0);
    bool noticed = false;
    for (const ImportWarning &warning : result.warnings)
        noticed = noticed || (warning.message.contains(QStringLiteral("only empty fields")) && warning.line == 3);
    QVERIFY(noticed);
}

void TestImporter::workspaceInsideInputFolderIsSkipped()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("exports"));
    writeFile(folder, QStringLiteral("part-1.csv"), FlowHeader + flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00"));
    Workspace workspace;
    QVERIFY(workspace.open(QDir(folder).filePath(QStringLiteral("w.flowscope")), Workspace::OpenMode::CreateIfMissing));
    const ImportResult result = importFiles(workspace, {folder});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.files.size(), 1);
    QCOMPARE(result.total.inserted, 1);
    QVERIFY(hasWarning(result, ImportWarningKind::SkippedFile));
}

void TestImporter::symbolicLinkLoopIsReadOnce()
{
    Fixture fixture;
    const QString folder = fixture.dir.filePath(QStringLiteral("unload"));
    const QString part = writeFile(folder, QStringLiteral("part-1.csv"),
                                   FlowHeader + flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00"));
    QVERIFY(QFile::link(folder, QDir(folder).filePath(QStringLiteral("again"))));
    QVERIFY(QFile::link(part, QDir(folder).filePath(QStringLiteral("part-copy.csv"))));

    const ImportResult result = importFiles(fixture.workspace, {folder});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.files.size(), 1);
    QCOMPARE(result.total.read, 1);
}

void TestImporter::pipeIsRejectedClearly()
{
    Fixture fixture;
    const QString pipe = fixture.dir.filePath(QStringLiteral("rows.fifo"));
    QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {pipe}), 0);
    const ImportResult result = importFiles(fixture.workspace, {pipe});
    QCOMPARE(result.status, ImportResult::Status::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("pipe")), qPrintable(result.error));
    QCOMPARE(fixture.count(QStringLiteral("import_log")), 0);
}

void TestImporter::invalidUtf8LateInFileAbortsByDefault()
{
    Fixture fixture;
    QByteArray bytes = FlowHeader;
    // Valid UTF-8 well past the detection sample, then a Windows-1252 byte.
    for (int i = 0; i < 400; ++i)
        bytes += flowRow("e" + QByteArray::number(i), "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00");
    bytes += flowRow("late", "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00", "\"\xdc" "bergeben\"");
    const QString file = fixture.write(QStringLiteral("late.csv"), bytes);

    const ImportResult aborted = importFiles(fixture.workspace, {file});
    QCOMPARE(aborted.status, ImportResult::Status::Failed);
    QVERIFY2(aborted.error.contains(QStringLiteral("encoding")), qPrintable(aborted.error));
    QCOMPARE(fixture.count(QStringLiteral("contact_flow_events")), 0);

    ImportOptions options;
    options.onError = OnError::Skip;
    const ImportResult skipped = importFiles(fixture.workspace, {file}, options);
    QCOMPARE(skipped.status, ImportResult::Status::Succeeded);
    QCOMPARE(fixture.count(QStringLiteral("contact_flow_events")), 401);
    QVERIFY(hasWarning(skipped, ImportWarningKind::InvalidEncoding));
}

void TestImporter::missingColumnBecomesNull()
{
    Fixture fixture;
    const QString file = fixture.write(QStringLiteral("few.csv"),
                                       "event_id,instance_id,contact_id,start_timestamp\n"
                                       "e1,inst-1,c1,2026-11-03T14:05:09Z\n");
    const ImportResult result = importFiles(fixture.workspace, {file});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.total.inserted, 1);
    const ImportWarning *warning = findWarning(result, ImportWarningKind::MissingColumn);
    QVERIFY(warning);
    QVERIFY2(warning->message.contains(QStringLiteral("flow_resource_id")), qPrintable(warning->message));
    QCOMPARE(fixture.value(QStringLiteral("SELECT typeof(flow_resource_id) FROM contact_flow_events")).toString(), QStringLiteral("null"));
}

void TestImporter::unknownColumnIsKept()
{
    Fixture fixture;
    const QString file = fixture.write(QStringLiteral("extra.csv"),
                                       "event_id,instance_id,contact_id,routing_profile_id,Column 7\n"
                                       "e1,inst-1,c1,rp-9,junk\n");
    const ImportResult result = importFiles(fixture.workspace, {file});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QVERIFY(fixture.workspace.storedColumns(QStringLiteral("contact_flow_events")).contains(QStringLiteral("routing_profile_id")));
    QVERIFY(!fixture.workspace.storedColumns(QStringLiteral("contact_flow_events")).contains(QStringLiteral("column 7")));
    QCOMPARE(fixture.value(QStringLiteral("SELECT routing_profile_id FROM contact_flow_events")).toString(), QStringLiteral("rp-9"));
    int unknownWarnings = 0;
    for (const ImportWarning &warning : result.warnings)
        unknownWarnings += warning.kind == ImportWarningKind::UnknownColumn ? 1 : 0;
    QCOMPARE(unknownWarnings, 2);
}

void TestImporter::columnsMatchedByNameAndCase()
{
    Fixture fixture;
    const QString file = fixture.write(QStringLiteral("order.csv"),
                                       "START_TIMESTAMP, Contact_ID ,Instance_Id,EVENT_ID\n"
                                       "1762178709123,c1,inst-1,e1\n");
    const ImportResult result = importFiles(fixture.workspace, {file});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(fixture.value(QStringLiteral("SELECT contact_id || '|' || start_timestamp FROM contact_flow_events WHERE event_id = 'e1' AND instance_id = 'inst-1'")).toString(),
             QStringLiteral("c1|1762178709123"));
    QVERIFY(hasWarning(result, ImportWarningKind::EpochUnitInferred));
}

void TestImporter::columnMappingRenamesColumns()
{
    Fixture fixture;
    const QString file = fixture.write(QStringLiteral("renamed.csv"),
                                       "Event,Instance,Contact,Comment\n"
                                       "e1,inst-1,c1,note\n");
    ImportOptions options;
    options.table = QStringLiteral("contact_flow_events");
    options.columnMapping = {{QStringLiteral("Event"), QStringLiteral("event_id")},
                             {QStringLiteral("Instance"), QStringLiteral("instance_id")},
                             {QStringLiteral("Contact"), QStringLiteral("contact_id")},
                             {QStringLiteral("Comment"), QString()}};
    const ImportResult result = importFiles(fixture.workspace, {file}, options);
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(fixture.value(QStringLiteral("SELECT contact_id FROM contact_flow_events WHERE event_id = 'e1'")).toString(), QStringLiteral("c1"));
    QVERIFY(!fixture.workspace.storedColumns(QStringLiteral("contact_flow_events")).contains(QStringLiteral("comment")));
}

void TestImporter::testResultsFillContactLinks()
{
    Fixture fixture;
    const QString file = fixture.write(
        QStringLiteral("tests.csv"),
        TestHeader
            + "\"inst-1\",\"arn:i\",\"012345678901\",\"arn:tc/1\",\"Greeting\",\"2026-11-03 10:00:00.000\","
              "\"2026-11-03 10:01:30.250\",\"Completed\",\"Failed\",\"x-1\",\"[Prompt mismatch, Timeout]\",\"FlowTest\","
              "\"API\",\"Voice\",,\"c-initial\",\"[c-initial, c-2]\",\"flow-a\",\"2026-11-03 10:02:00\",\"2026-11-04 00:00:00\"\n"
            + "\"inst-1\",\"arn:i\",\"012345678901\",\"arn:tc/1\",\"Greeting\",\"2026-11-04 10:00:00.000\","
              ",\"InProgress\",,\"x-2\",\"[]\",\"FlowTest\",\"Scheduled\",\"Voice\",,,,\"flow-a\",\"2026-11-04 10:00:01\",\"2026-11-05 00:00:00\"\n");
    const ImportResult result = importFiles(fixture.workspace, {file});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.perTable.value(QStringLiteral("connect_test_case_execution_results")).inserted, 2);

    QCOMPARE(fixture.value(QStringLiteral("SELECT connect_test_case_failure_reasons FROM connect_test_case_execution_results WHERE connect_test_case_execution_id = 'x-1'")).toString(),
             QStringLiteral("[\"Prompt mismatch\",\"Timeout\"]"));
    QCOMPARE(fixture.value(QStringLiteral("SELECT connect_test_case_failure_reasons FROM connect_test_case_execution_results WHERE connect_test_case_execution_id = 'x-2'")).toString(),
             QStringLiteral("[]"));
    QCOMPARE(fixture.value(QStringLiteral("SELECT typeof(connect_test_case_associated_contact_ids) FROM connect_test_case_execution_results WHERE connect_test_case_execution_id = 'x-2'")).toString(),
             QStringLiteral("null"));
    QCOMPARE(fixture.value(QStringLiteral("SELECT connect_test_case_execution_end_timestamp - connect_test_case_execution_start_timestamp FROM connect_test_case_execution_results WHERE connect_test_case_execution_id = 'x-1'")).toLongLong(),
             Q_INT64_C(90250));
    QCOMPARE(fixture.value(QStringLiteral("SELECT group_concat(contact_id || ':' || is_initial_contact, ',') FROM (SELECT * FROM test_execution_contacts ORDER BY contact_id)")).toString(),
             QStringLiteral("c-2:0,c-initial:1"));
}

void TestImporter::mixedTablesInOneImport()
{
    Fixture fixture;
    const QString events = fixture.write(QStringLiteral("events.csv"), FlowHeader + flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00"));
    const QString tests = fixture.write(
        QStringLiteral("tests.csv"),
        TestHeader + "\"inst-1\",,,\"arn:tc/1\",\"Greeting\",\"2026-11-03 10:00:00\",,,\"Passed\",\"x-1\",,,,,,\"c1\",\"[\"\"c1\"\"]\",,,\n");
    const ImportResult result = importFiles(fixture.workspace, {events, tests});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.files.size(), 2);
    QCOMPARE(fixture.count(QStringLiteral("contact_flow_events")), 1);
    QCOMPARE(fixture.count(QStringLiteral("connect_test_case_execution_results")), 1);
    QCOMPARE(fixture.count(QStringLiteral("test_execution_contacts")), 1);
}

void TestImporter::folderOfGzipPartFiles()
{
    Fixture fixture;
    const QString folder = fixture.dir.filePath(QStringLiteral("unload"));
    writeFile(folder, QStringLiteral("part-0002.csv.gz"), gzip(FlowHeader + flowRow("e2", "c1", "2026-11-03 14:05:11", "2026-11-04 01:00:00")));
    writeFile(folder, QStringLiteral("part-0001.csv.gz"), gzip(FlowHeader + flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00")));
    writeFile(folder, QStringLiteral("20261104_manifest.csv"), "s3://bucket/part-0001.csv.gz\n");
    writeFile(folder, QStringLiteral("_SUCCESS"), "");
    const ImportResult result = importFiles(fixture.workspace, {folder});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.files.size(), 2);
    QCOMPARE(result.total.inserted, 2);
    QVERIFY(result.files.at(0).detection.gzip);
    QVERIFY(hasWarning(result, ImportWarningKind::SkippedFile));
}

void TestImporter::jsonLinesAndTextFile()
{
    Fixture fixture;
    const QString json = fixture.write(
        QStringLiteral("part.json"),
        "{\"instance_id\":\"inst-1\",\"event_id\":\"j1\",\"contact_id\":\"c1\",\"start_timestamp\":\"2026-11-03 14:05:09.123\"}\n"
        "{\"instance_id\":\"inst-1\",\"event_id\":\"j2\",\"contact_id\":\"c1\",\"start_timestamp\":1793714709,\"flow_outcome\":\"\"}\n");
    QByteArray textRow;
    const QStringList columns = contactFlowEventsSpec().columnNames();
    for (int i = 0; i < columns.size(); ++i) {
        if (i > 0)
            textRow += '\001';
        if (columns.at(i) == QLatin1String("instance_id"))
            textRow += "inst-1";
        else if (columns.at(i) == QLatin1String("event_id"))
            textRow += "t1";
        else if (columns.at(i) == QLatin1String("start_timestamp"))
            textRow += "2026-11-03 14:05:09.123";
        else if (columns.at(i) == QLatin1String("flow_outcome"))
            textRow += "";
        else
            textRow += "\\N";
    }
    const QString text = fixture.write(QStringLiteral("part-0000"), textRow + "\n");

    const ImportResult result = importFiles(fixture.workspace, {json, text});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.total.inserted, 3);
    QCOMPARE(fixture.value(QStringLiteral("SELECT start_timestamp FROM contact_flow_events WHERE event_id = 'j1'")).toLongLong(), Q_INT64_C(1793714709123));
    QCOMPARE(fixture.value(QStringLiteral("SELECT start_timestamp FROM contact_flow_events WHERE event_id = 'j2'")).toLongLong(), Q_INT64_C(1793714709000));
    QCOMPARE(fixture.value(QStringLiteral("SELECT typeof(flow_outcome) FROM contact_flow_events WHERE event_id = 'j1'")).toString(), QStringLiteral("null"));
    QCOMPARE(fixture.value(QStringLiteral("SELECT typeof(flow_outcome) FROM contact_flow_events WHERE event_id = 'j2'")).toString(), QStringLiteral("text"));
    QCOMPARE(fixture.value(QStringLiteral("SELECT start_timestamp FROM contact_flow_events WHERE event_id = 't1'")).toLongLong(), Q_INT64_C(1793714709123));
    QCOMPARE(fixture.value(QStringLiteral("SELECT typeof(flow_outcome) || typeof(contact_id) FROM contact_flow_events WHERE event_id = 't1'")).toString(),
             QStringLiteral("textnull"));
}

void TestImporter::cancelRollsBack()
{
    Fixture fixture;
    QByteArray bytes = FlowHeader;
    for (int i = 0; i < 20000; ++i)
        bytes += flowRow("e" + QByteArray::number(i), "c" + QByteArray::number(i / 10), "2026-11-03 14:05:09", "2026-11-04 01:00:00");
    const QString file = fixture.write(QStringLiteral("big.csv"), bytes);

    int calls = 0;
    const ImportResult result = importFiles(fixture.workspace, {file}, {}, [&](const ImportProgress &progress) {
        ++calls;
        return progress.rowsRead < 8192;
    });
    QCOMPARE(result.status, ImportResult::Status::Cancelled);
    QVERIFY(calls >= 2);
    QVERIFY2(result.error.contains(QStringLiteral("unchanged")), qPrintable(result.error));
    QCOMPARE(fixture.count(QStringLiteral("contact_flow_events")), 0);
    QCOMPARE(fixture.count(QStringLiteral("import_log")), 0);

    // The connection is usable afterwards: the next import commits.
    const ImportResult retry = importFiles(fixture.workspace, {file});
    QVERIFY2(retry.status == ImportResult::Status::Succeeded, qPrintable(retry.error));
    QCOMPARE(fixture.count(QStringLiteral("contact_flow_events")), 20000);
}

void TestImporter::cancelDuringMergeRollsBack_data()
{
    QTest::addColumn<int>("rowsBefore");
    QTest::newRow("first import") << 0;
    QTest::newRow("import into a filled workspace") << 500;
}

// The merge after the last file is read is one long run of SQL; a cancel
// there must stop it rather than wait for it to commit.
void TestImporter::cancelDuringMergeRollsBack()
{
    QFETCH(int, rowsBefore);
    Fixture fixture;
    if (rowsBefore > 0) {
        QByteArray earlier = FlowHeader;
        for (int i = 0; i < rowsBefore; ++i)
            earlier += flowRow("old" + QByteArray::number(i), "c" + QByteArray::number(i), "2026-11-02 10:00:00", "2026-11-02 10:01:00");
        const ImportResult first = importFiles(fixture.workspace, {fixture.write(QStringLiteral("earlier.csv"), earlier)});
        QVERIFY2(first.status == ImportResult::Status::Succeeded, qPrintable(first.error));
    }
    const QString indexesBefore = fixture.value(QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name)")).toString();

    QByteArray bytes = FlowHeader;
    for (int i = 0; i < 30000; ++i)
        bytes += flowRow("e" + QByteArray::number(i), "c" + QByteArray::number(i / 10), "2026-11-03 14:05:09", "2026-11-04 01:00:00");
    const QString file = fixture.write(QStringLiteral("big.csv"), bytes);

    // The first merging report announces the phase; later ones come from
    // inside the running SQL.
    int mergingReports = 0;
    const ImportResult result = importFiles(fixture.workspace, {file}, {}, [&](const ImportProgress &progress) {
        if (progress.phase == ImportProgress::Phase::Merging)
            ++mergingReports;
        return mergingReports < 3;
    });
    QCOMPARE(result.status, ImportResult::Status::Cancelled);
    QCOMPARE(mergingReports, 3);
    QVERIFY2(result.error.contains(QStringLiteral("unchanged")), qPrintable(result.error));

    QCOMPARE(fixture.count(QStringLiteral("contact_flow_events")), rowsBefore);
    QCOMPARE(fixture.count(QStringLiteral("import_log")), rowsBefore > 0 ? 1 : 0);
    QCOMPARE(fixture.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(fixture.value(QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name)")).toString(), indexesBefore);

    const ImportResult retry = importFiles(fixture.workspace, {file});
    QVERIFY2(retry.status == ImportResult::Status::Succeeded, qPrintable(retry.error));
    QCOMPARE(fixture.count(QStringLiteral("contact_flow_events")), rowsBefore + 30000);
}

void TestImporter::lockedWorkspaceFailsClearly()
{
    Fixture fixture;
    const QString file = fixture.write(QStringLiteral("e.csv"), FlowHeader + flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00"));

    Workspace other;
    QVERIFY(other.open(fixture.workspace.path(), Workspace::OpenMode::ExistingOnly));
    QSqlQuery lock(other.database());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

    fixture.workspace.setBusyTimeout(200);
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = importFiles(fixture.workspace, {file});
    QCOMPARE(result.status, ImportResult::Status::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("locked")), qPrintable(result.error));
    QVERIFY(timer.elapsed() >= 150);
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));

    const ImportResult after = importFiles(fixture.workspace, {file});
    QVERIFY2(after.status == ImportResult::Status::Succeeded, qPrintable(after.error));
}

void TestImporter::importLogRecordsEachImport()
{
    Fixture fixture;
    const QString file = fixture.write(QStringLiteral("e.csv"), FlowHeader + flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00"));
    const ImportResult first = importFiles(fixture.workspace, {file});
    importFiles(fixture.workspace, {file});
    QCOMPARE(fixture.count(QStringLiteral("import_log")), 2);
    QCOMPARE(fixture.value(QStringLiteral("SELECT rows_read || '/' || rows_inserted || '/' || rows_unchanged || '/' || on_error FROM import_log ORDER BY import_id LIMIT 1")).toString(),
             QStringLiteral("1/1/0/abort"));
    QCOMPARE(fixture.value(QStringLiteral("SELECT rows_inserted || '/' || rows_unchanged FROM import_log ORDER BY import_id DESC LIMIT 1")).toString(),
             QStringLiteral("0/1"));
    QCOMPARE(fixture.value(QStringLiteral("SELECT json_extract(files, '$[0].format') FROM import_log LIMIT 1")).toString(), QStringLiteral("CSV"));
    QVERIFY(first.importLogId > 0);
}

void TestImporter::failedImportWritesNoLog()
{
    Fixture fixture;
    const QString missing = fixture.dir.filePath(QStringLiteral("absent.csv"));
    const ImportResult result = importFiles(fixture.workspace, {missing});
    QCOMPARE(result.status, ImportResult::Status::Failed);
    QVERIFY2(result.error.contains(missing), qPrintable(result.error));
    QCOMPARE(fixture.count(QStringLiteral("import_log")), 0);
}

void TestImporter::firstImportKeepsSecondaryIndexes_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<OnError>("onError");
    QTest::addColumn<ImportResult::Status>("status");
    QTest::addColumn<qint64>("stored");

    const QByteArray good = flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00");
    const QByteArray bad = flowRow("e2", "c1", "03/11/2026 14:05", "2026-11-04 01:00:00");
    QTest::newRow("valid row is stored")
        << good << OnError::Abort << ImportResult::Status::Succeeded << qint64(1);
    QTest::newRow("every row is rejected")
        << bad << OnError::Skip << ImportResult::Status::Succeeded << qint64(0);
    QTest::newRow("import is aborted")
        << QByteArray(good + bad) << OnError::Abort << ImportResult::Status::Failed << qint64(0);
}

void TestImporter::firstImportKeepsSecondaryIndexes()
{
    QFETCH(QByteArray, rows);
    QFETCH(OnError, onError);
    QFETCH(ImportResult::Status, status);
    QFETCH(qint64, stored);

    Fixture fixture;
    const QString indexes = QStringLiteral(
        "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema WHERE type = 'index' "
        "AND tbl_name = 'contact_flow_events' AND sql IS NOT NULL ORDER BY name)");
    const QString before = fixture.value(indexes).toString();
    QCOMPARE(before, QStringLiteral("contact_flow_events_channel,contact_flow_events_contact,"
                                    "contact_flow_events_flow,"
                                    "contact_flow_events_queue,contact_flow_events_start"));

    ImportOptions options;
    options.onError = onError;
    const QString file = fixture.write(QStringLiteral("events.csv"), FlowHeader + rows);
    const ImportResult result = importFiles(fixture.workspace, {file}, options);
    QCOMPARE(result.status, status);
    QCOMPARE(fixture.count(QStringLiteral("contact_flow_events")), stored);
    QCOMPARE(fixture.value(indexes).toString(), before);
    QCOMPARE(fixture.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

// An import into an empty table stores each key once, so the other rows with
// that key count as unchanged, whichever version they carry.
void TestImporter::firstImportCountsRepeatedKeys()
{
    Fixture fixture;
    const QString file = fixture.write(
        QStringLiteral("repeats.csv"),
        FlowHeader + flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-04 01:00:00", "\"Old\"")
            + flowRow("e1", "c1", "2026-11-03 14:05:09", "2026-11-05 01:00:00", "\"New\"")
            + flowRow("e2", "c1", "2026-11-03 14:05:11", "2026-11-05 01:00:00", "\"New\"")
            + flowRow("e2", "c1", "2026-11-03 14:05:11", "2026-11-04 01:00:00", "\"Old\""));
    const ImportResult result = importFiles(fixture.workspace, {file});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.total.read, 4);
    QCOMPARE(result.total.inserted, 2);
    QCOMPARE(result.total.replaced, 0);
    QCOMPARE(result.total.unchanged, 2);
    QCOMPARE(fixture.value(QStringLiteral("SELECT group_concat(event_id || ':' || flow_outcome, ',') "
                                          "FROM (SELECT * FROM contact_flow_events ORDER BY event_id)"))
                 .toString(),
             QStringLiteral("e1:New,e2:New"));
}

// Into a table that has rows, staged rows go in sorted by primary key, so the
// key index grows at its end instead of at random places.
void TestImporter::mergeStoresRowsInKeyOrder()
{
    Fixture fixture;
    const QString first = fixture.write(
        QStringLiteral("first.csv"),
        FlowHeader + flowRow("a0", "c0", "2026-11-03 14:00:00", "2026-11-04 01:00:00"));
    QCOMPARE(importFiles(fixture.workspace, {first}).total.inserted, 1);

    QByteArray bytes = FlowHeader;
    for (int i = 9; i >= 1; --i)
        bytes += flowRow("e" + QByteArray::number(i), "c1", "2026-11-03 14:05:09",
                         "2026-11-04 01:00:00");
    const QString second = fixture.write(QStringLiteral("second.csv"), bytes);
    const ImportResult result = importFiles(fixture.workspace, {second});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.total.inserted, 9);
    QCOMPARE(fixture.value(QStringLiteral("SELECT group_concat(event_id, ',') FROM "
                                          "(SELECT event_id FROM contact_flow_events ORDER BY rowid)"))
                 .toString(),
             QStringLiteral("a0,e1,e2,e3,e4,e5,e6,e7,e8,e9"));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
