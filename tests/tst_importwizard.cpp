#include "importer.h"
#include "importpreviewmodel.h"
#include "importsession.h"
#include "importtableview.h"
#include "importwarningsmodel.h"
#include "importwizard.h"
#include "importwizardpages.h"
#include "workspace.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Flowscope;

namespace {

// Large enough that the import reports progress many times before it ends.
constexpr int LargeFileRows = 200000;
// The import and the debounced previews run on other threads; a slow CI
// machine needs more than QTRY's default five seconds.
constexpr int AsyncTimeoutMs = 60000;

// A spreadsheet-touched export: UTF-8 BOM, a sep= line, ';' between fields,
// CRLF line ends, NULLs (unquoted empty fields) beside "" empty strings, the
// event id column renamed, one unreadable timestamp, and an epoch number.
const QByteArray MessyCsv =
    "\xEF\xBB\xBF"
    "sep=;\r\n"
    "instance_id;Event Identifier;contact_id;channel;start_timestamp;end_timestamp;flow_outcome;"
    "data_lake_last_processed_timestamp\r\n"
    "\"i1\";\"e1\";\"c1\";\"VOICE\";\"2026-11-03 14:05:09.123\";;\"Done\";\"2026-11-03 "
    "15:00:00\"\r\n"
    "\"i1\";\"e2\";\"\";\"CHAT\";\"2026-11-03T15:06:00+01:00\";\"2026-11-03 14:07:00\";\"\";"
    "\"2026-11-03 15:00:00\"\r\n"
    "\"i1\";\"e3\";;\"VOICE\";\"not a time\";;;\r\n"
    "\"i1\";\"e4\";\"c4\";\"TASK\";\"1762178709123\";;\"\xC3\x9C"
    "bergeben\";\r\n";

qint64 epochMs(const char *isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODateWithMs)
        .toMSecsSinceEpoch();
}

QString screenshotPath(const QString &name)
{
    QDir directory(QStringLiteral(FLOWSCOPE_BIN_DIR));
    directory.cdUp();
    directory.mkpath(QStringLiteral("screenshots"));
    return directory.filePath(QStringLiteral("screenshots/") + name);
}

int modelColumn(const QAbstractItemModel *model, const QString &header)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == header)
            return column;
    }
    return -1;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    QVERIFY(pixmap.save(screenshotPath(name)));
}

QString labelText(const QWizardPage *page, const char *objectName)
{
    const auto *label = page->findChild<QLabel *>(QString::fromLatin1(objectName));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
}

// A second connection to the workspace file, as another SQLite tool would open it.
class WorkspaceReader
{
public:
    explicit WorkspaceReader(const QString &path)
        : m_name(QStringLiteral("reader-%1").arg(quintptr(this)))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!database.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~WorkspaceReader()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    QVariantList row(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql) || !query.next())
            qFatal("query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        QVariantList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i));
        return values;
    }

private:
    QString m_name;
};

// Row counts and a checksum over every stored value of the flow events and
// the import log: equal before and after means the workspace is unchanged.
QVariantList workspaceFingerprint(const QString &path)
{
    const WorkspaceReader reader(path);
    QVariantList fingerprint = reader.row(QStringLiteral(
        "SELECT count(*), "
        "       coalesce(group_concat(event_id || '|' || coalesce(contact_id, '<null>') || '|' "
        "                             || coalesce(start_timestamp, '<null>'), ';'), '') "
        "FROM (SELECT * FROM contact_flow_events ORDER BY instance_id, event_id)"));
    fingerprint += reader.row(QStringLiteral("SELECT count(*) FROM import_log"));
    return fingerprint;
}

} // namespace

class ImportWizardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void walkAllPagesOnMessyFile();
    void cancelLeavesWorkspaceUnchanged();
    void previewModelPassesModelTester();
    void warningsModelsPassModelTester();
    void rejectedRowsCsv_data();
    void rejectedRowsCsv();
    void emptyFilesPageBlocksNext();
    void detectionListsRejectedFiles();
    void importSkipsRejectedFiles();
    void detectionCountsNoImportableFile();
    void failedImportGoesBackToOptions();
    void mappingChoosesAmongFiles();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void ImportWizardTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void ImportWizardTest::walkAllPagesOnMessyFile()
{
    const QString input =
        Test::writeFile(m_dir->path(), QStringLiteral("messy export.csv"), MessyCsv);
    const QString workspacePath = m_dir->filePath(QStringLiteral("walk.flowscope"));

    ImportWizard wizard(workspacePath, {input});
    QSignalSpy committed(&wizard, &ImportWizard::importCommitted);
    ImportSession *session = wizard.session();
    wizard.resize(900, 640);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Files: arrives filled from the command line or a drop.
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilesPageId));
    auto *filesList = wizard.currentPage()->findChild<QTreeWidget *>(QStringLiteral("filesList"));
    QVERIFY(filesList);
    QCOMPARE(filesList->topLevelItemCount(), 1);
    QCOMPARE(filesList->topLevelItem(0)->text(0), QStringLiteral("messy export.csv"));
    QCOMPARE(filesList->topLevelItem(0)->text(1),
             QLocale().formattedDataSize(MessyCsv.size(), 1, QLocale::DataSizeTraditionalFormat));
    QVERIFY(wizard.currentPage()->isComplete());
    saveScreenshot(&wizard, QStringLiteral("wizard-1-files.png"));

    // Detection: the file lacks event_id under that name, so it is rejected
    // until the mapping fixes it, and the preview shows the file's text.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::DetectionPageId));
    auto *detection = qobject_cast<ImportDetectionPage *>(wizard.currentPage());
    QVERIFY(detection);
    QTRY_VERIFY_WITH_TIMEOUT(session->isSummaryCurrent() && session->isPreviewCurrent(),
                             AsyncTimeoutMs);
    auto *detected = detection->findChild<QTreeWidget *>(QStringLiteral("detectedFiles"));
    QCOMPARE(detected->topLevelItemCount(), 1);
    const QTreeWidgetItem *fileItem = detected->topLevelItem(0);
    QCOMPARE(fileItem->text(1), QStringLiteral("contact_flow_events"));
    QCOMPARE(fileItem->text(2), QStringLiteral("CSV"));
    QCOMPARE(fileItem->text(3), QStringLiteral("UTF-8 with BOM"));
    QCOMPARE(fileItem->text(4), QStringLiteral("Semicolon"));
    QCOMPARE(fileItem->text(5), QStringLiteral("2 (after sep=)"));
    QCOMPARE(fileItem->text(6), QStringLiteral("Needs mapping"));
    QCOMPARE(session->preview().fileProblem->kind, ImportWarningKind::MissingKeyColumn);
    QVERIFY(detection->isComplete());

    ImportPreviewModel *preview = detection->previewModel();
    QCOMPARE(preview->rowCount(), 4);
    QCOMPARE(preview->columnCount(), 8);
    const QModelIndex nullEnd = preview->index(0, 5);
    QCOMPARE(nullEnd.data().toString(), QStringLiteral("NULL"));
    QVERIFY(nullEnd.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!nullEnd.data(ImportPreviewModel::ValueRole).isValid());
    const QModelIndex emptyContact = preview->index(1, 2);
    QCOMPARE(emptyContact.data().toString(), QString());
    QVERIFY(!emptyContact.data(Qt::FontRole).isValid());
    QCOMPARE(emptyContact.data(ImportPreviewModel::ValueRole).typeId(), QMetaType::QString);
    saveScreenshot(&wizard, QStringLiteral("wizard-2-detection.png"));

    // Mapping: the renamed column is ignored until it is mapped to event_id.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    auto *mapping = qobject_cast<ImportMappingPage *>(wizard.currentPage());
    QTableWidget *mappingTable = mapping->mappingTable();
    QCOMPARE(mappingTable->rowCount(), 8);
    QCOMPARE(mappingTable->item(1, 0)->text(), QStringLiteral("Event Identifier"));
    auto *eventCombo = qobject_cast<QComboBox *>(mappingTable->cellWidget(1, 1));
    QVERIFY(eventCombo);
    QCOMPARE(eventCombo->currentData().toString(), QString());
    auto *channelCombo = qobject_cast<QComboBox *>(mappingTable->cellWidget(3, 1));
    QCOMPARE(channelCombo->currentData().toString(), QStringLiteral("channel"));
    QVERIFY(!mapping->isComplete());
    // The unmapped key is named as a problem, never as a column stored as NULL.
    const QString missingColumns =
        mapping->findChild<QLabel *>(QStringLiteral("missingColumnsLabel"))->text();
    QCOMPARE(missingColumns,
             QStringLiteral("Missing workspace columns, stored as NULL: aws_account_id, "
                            "instance_arn, flow_resource_id, module_resource_id, resource_version, "
                            "resource_type, next_flow_resource_id, next_queue_resource_id, "
                            "next_resource_type, flow_language_version, sub_type, flow_type, "
                            "initiation_method, resource_published_timestamp."));

    eventCombo->setCurrentIndex(eventCombo->findData(QStringLiteral("event_id")));
    QCOMPARE(session->options().columnMapping.value(QStringLiteral("Event Identifier")),
             QStringLiteral("event_id"));
    QCOMPARE(session->options().columnMapping.size(), 1);
    QVERIFY(mapping->isComplete());
    QTRY_VERIFY_WITH_TIMEOUT(session->isSummaryCurrent() && session->isPreviewCurrent(),
                             AsyncTimeoutMs);
    QVERIFY(!session->preview().isRejected());
    QCOMPARE(session->acceptedFileCount(), 1);
    saveScreenshot(&wizard, QStringLiteral("wizard-3-mapping.png"));

    // Back on the detection page the preview shows converted values and
    // counts the unreadable timestamp before anything is written.
    wizard.back();
    QCOMPARE(wizard.currentId(), int(ImportWizard::DetectionPageId));
    QCOMPARE(preview->columnCount(), 22);
    QCOMPARE(preview->rowCount(), 4);
    QCOMPARE(session->preview().rejectedRows, 1);
    QCOMPARE(session->preview().problems.size(), 1);
    QCOMPARE(session->preview().problems.first().description(),
             QStringLiteral("1 timestamp(s) could not be read"));
    // The columns the file fills come first, in file order.
    QCOMPARE(preview->headerData(1, Qt::Horizontal).toString(), QStringLiteral("event_id"));
    QCOMPARE(preview->headerData(8, Qt::Horizontal).toString(), QStringLiteral("aws_account_id"));
    const int startColumn = modelColumn(preview, QStringLiteral("start_timestamp"));
    QCOMPARE(startColumn, 4);
    QCOMPARE(preview->index(0, startColumn).data().toString(),
             QStringLiteral("2026-11-03 14:05:09.123"));
    QCOMPARE(preview->index(1, startColumn).data().toString(),
             QStringLiteral("2026-11-03 14:06:00.000"));
    QVERIFY(preview->index(2, 0).data(ImportPreviewModel::RejectedRole).toBool());
    QCOMPARE(preview->index(2, startColumn).data().toString(), QStringLiteral("not a time"));
    QCOMPARE(detected->topLevelItem(0)->text(6), QStringLiteral("Ready"));
    saveScreenshot(&wizard, QStringLiteral("wizard-2b-detection-mapped.png"));
    wizard.next();
    wizard.next();

    // Options: skip the bad row; UTC is the default zone.
    QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPageId));
    auto *zoneCombo = wizard.currentPage()->findChild<QComboBox *>(QStringLiteral("zoneCombo"));
    QCOMPARE(zoneCombo->currentText(), QStringLiteral("UTC"));
    // The bad row the preview found is shown where Abort or Skip is chosen.
    QCOMPARE(wizard.currentPage()->findChild<QLabel *>(QStringLiteral("badRowsLabel"))->text(),
             QStringLiteral("The preview found 1 bad row(s) in the first 4 rows of messy "
                            "export.csv: Abort would import nothing, Skip would leave them out.\n"
                            "start_timestamp: 1 timestamp(s) could not be read"));
    wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("skipButton"))->setChecked(true);
    QCOMPARE(session->options().onError, OnError::Skip);
    // Import waits for the summary that follows the changed option.
    QVERIFY(!wizard.currentPage()->isComplete());
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), AsyncTimeoutMs);
    saveScreenshot(&wizard, QStringLiteral("wizard-4-options.png"));

    // Progress, then the result page once the import committed.
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), AsyncTimeoutMs);
    QCOMPARE(committed.size(), 1);
    QCOMPARE(session->result().status, ImportResult::Status::Succeeded);

    auto *result = qobject_cast<ImportResultPage *>(wizard.currentPage());
    QTableWidget *counts = result->countsTable();
    QCOMPARE(counts->rowCount(), 1);
    QCOMPARE(counts->item(0, 0)->text(), QStringLiteral("contact_flow_events"));
    QCOMPARE(counts->item(0, 1)->text(), QStringLiteral("4"));
    QCOMPARE(counts->item(0, 2)->text(), QStringLiteral("3"));
    QCOMPARE(counts->item(0, 3)->text(), QStringLiteral("0"));
    QCOMPARE(counts->item(0, 4)->text(), QStringLiteral("0"));
    QCOMPARE(counts->item(0, 5)->text(), QStringLiteral("1"));

    ImportWarningsModel *rejected = result->rejectedModel();
    QCOMPARE(rejected->rowCount(), 1);
    QCOMPARE(rejected->index(0, ImportWarningsModel::FileColumn).data().toString(),
             QStringLiteral("messy export.csv"));
    QCOMPARE(rejected->index(0, ImportWarningsModel::LineColumn).data().toLongLong(), 5);
    QCOMPARE(rejected->index(0, ImportWarningsModel::ColumnColumn).data().toString(),
             QStringLiteral("start_timestamp"));
    QCOMPARE(rejected->index(0, ImportWarningsModel::ValueColumn).data().toString(),
             QStringLiteral("not a time"));
    // The first rejected row's whole reason shows below the table.
    QCOMPARE(labelText(result, "warningDetails"),
             input + QStringLiteral(": ") + rejected->warnings().constFirst().message +
                 QStringLiteral("\nValue: not a time"));
    saveScreenshot(&wizard, QStringLiteral("wizard-6-result.png"));

    // Ctrl+C copies the selected rejected rows, tab-separated.
    ImportTableView *rejectedView = result->rejectedView();
    rejectedView->setFocus();
    rejectedView->selectAll();
    QApplication::clipboard()->clear();
    QTest::keyClick(rejectedView, Qt::Key_C, Qt::ControlModifier);
    const QString reason = rejected->warnings().first().message;
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("messy export.csv\t5\tstart_timestamp\t%1\tnot a time\n").arg(reason));

    // Save as CSV writes the full path, line, column, reason and value.
    const QString csvPath = m_dir->filePath(QStringLiteral("rejected.csv"));
    QString error;
    QVERIFY2(result->saveRejectedRows(csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(),
             "file,line,column,reason,value\r\n" + input.toUtf8() + ",5,start_timestamp,\"" +
                 QString(reason).replace(QStringLiteral("\""), QStringLiteral("\"\"")).toUtf8() +
                 "\",not a time\r\n");

    // What landed in the workspace: three rows, NULL and '' kept apart,
    // timestamps as UTC epoch milliseconds.
    const WorkspaceReader reader(workspacePath);
    QCOMPARE(reader.row(QStringLiteral("SELECT count(*) FROM contact_flow_events")).first().toInt(),
             3);
    const QString rowSql = QStringLiteral(
        "SELECT contact_id IS NULL, typeof(contact_id), contact_id, channel, start_timestamp, "
        "typeof(start_timestamp), end_timestamp IS NULL, end_timestamp, flow_outcome IS NULL, "
        "flow_outcome, data_lake_last_processed_timestamp FROM contact_flow_events "
        "WHERE event_id = '%1' AND instance_id = 'i1'");

    const QVariantList e1 = reader.row(rowSql.arg(QStringLiteral("e1")));
    QCOMPARE(e1.at(0).toInt(), 0);
    QCOMPARE(e1.at(2).toString(), QStringLiteral("c1"));
    QCOMPARE(e1.at(3).toString(), QStringLiteral("VOICE"));
    QCOMPARE(e1.at(4).toLongLong(), epochMs("2026-11-03T14:05:09.123Z"));
    QCOMPARE(e1.at(5).toString(), QStringLiteral("integer"));
    QCOMPARE(e1.at(6).toInt(), 1);
    QCOMPARE(e1.at(9).toString(), QStringLiteral("Done"));
    QCOMPARE(e1.at(10).toLongLong(), epochMs("2026-11-03T15:00:00.000Z"));

    const QVariantList e2 = reader.row(rowSql.arg(QStringLiteral("e2")));
    QCOMPARE(e2.at(0).toInt(), 0);
    QCOMPARE(e2.at(1).toString(), QStringLiteral("text"));
    QCOMPARE(e2.at(2).toString(), QString());
    QCOMPARE(e2.at(4).toLongLong(), epochMs("2026-11-03T14:06:00.000Z"));
    QCOMPARE(e2.at(6).toInt(), 0);
    QCOMPARE(e2.at(7).toLongLong(), epochMs("2026-11-03T14:07:00.000Z"));
    QCOMPARE(e2.at(8).toInt(), 0);
    QCOMPARE(e2.at(9).toString(), QString());

    const QVariantList e4 = reader.row(rowSql.arg(QStringLiteral("e4")));
    QCOMPARE(e4.at(4).toLongLong(), 1762178709123);
    QCOMPARE(e4.at(9).toString(), QStringLiteral("\u00DCbergeben"));
    QCOMPARE(e4.at(10).isNull(), true);

    QCOMPARE(reader
                 .row(QStringLiteral("SELECT count(*) FROM contact_flow_events "
                                     "WHERE event_id = 'e3'"))
                 .first()
                 .toInt(),
             0);
    QCOMPARE(reader.row(QStringLiteral("SELECT rows_read, rows_inserted, rows_rejected, on_error "
                                       "FROM import_log")),
             QVariantList({4, 3, 1, QStringLiteral("skip")}));
}

void ImportWizardTest::cancelLeavesWorkspaceUnchanged()
{
    // A workspace that already contains rows, so "unchanged" is more than "empty".
    const QString workspacePath = m_dir->filePath(QStringLiteral("cancel.flowscope"));
    const QString seed = Test::writeFile(m_dir->path(), QStringLiteral("seed.csv"),
                                         "instance_id,event_id,contact_id,start_timestamp\n"
                                         "i1,s1,c1,2026-11-01 08:00:00\n"
                                         "i1,s2,,2026-11-01 08:00:01\n");
    {
        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(workspacePath, Workspace::OpenMode::CreateIfMissing, &error),
                 qPrintable(error));
        const ImportResult seeded = importFiles(workspace, {seed});
        QCOMPARE(seeded.status, ImportResult::Status::Succeeded);
        QCOMPARE(seeded.total.inserted, qint64(2));
    }
    const QVariantList before = workspaceFingerprint(workspacePath);
    QCOMPARE(before.first().toInt(), 2);

    QByteArray csv = "instance_id,event_id,contact_id,channel,start_timestamp,flow_outcome\n";
    csv.reserve(LargeFileRows * 80);
    for (int i = 0; i < LargeFileRows; ++i) {
        csv += "i1,big-" + QByteArray::number(i) + ",c" + QByteArray::number(i % 977) +
               ",VOICE,2026-11-03 14:05:09." + QByteArray::number(100 + i % 900) + ",Done\n";
    }
    // The seed's key again, which the cancelled import must not replace.
    csv += "i1,s1,changed,VOICE,2026-11-05 00:00:00,Done\n";
    const QString input = Test::writeFile(m_dir->path(), QStringLiteral("large.csv"), csv);

    ImportWizard wizard(workspacePath, {input});
    QSignalSpy committed(&wizard, &ImportWizard::importCommitted);
    ImportSession *session = wizard.session();
    wizard.resize(900, 640);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete() && session->isPreviewCurrent(),
                             AsyncTimeoutMs);
    wizard.next();
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPageId));

    // Cancel from the first progress report that has read rows, through the
    // page's own button, as a user would.
    int reportsSeen = 0;
    bool cancelled = false;
    ImportProgressReport firstReport;
    connect(session->importWorker(), &ImportWorker::progressChanged, &wizard,
            [&](const ImportProgressReport &report) {
                ++reportsSeen;
                if (cancelled || report.progress.rowsRead == 0)
                    return;
                cancelled = true;
                firstReport = report;
                saveScreenshot(&wizard, QStringLiteral("wizard-5-progress.png"));
                auto *page = qobject_cast<ImportProgressPage *>(wizard.currentPage());
                QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
            });
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProgressPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), AsyncTimeoutMs);

    QVERIFY(cancelled);
    QVERIFY(firstReport.progress.rowsRead > 0);
    QVERIFY(firstReport.progress.rowsRead < LargeFileRows);
    QCOMPARE(firstReport.progress.fileCount, 1);
    QCOMPARE(firstReport.progress.bytesTotal, qint64(csv.size()));
    QVERIFY(firstReport.progress.bytesDone > 0);
    QVERIFY(firstReport.progress.bytesDone < firstReport.progress.bytesTotal);
    QVERIFY(firstReport.rowsPerSecond > 0);
    QVERIFY(firstReport.remainingMs >= 0);
    QVERIFY(reportsSeen >= 1);
    QCOMPARE(session->result().status, ImportResult::Status::Cancelled);
    QCOMPARE(session->result().total.inserted, 0);
    QCOMPARE(committed.size(), 0);
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProgressPageId));
    const QList<QLabel *> labels = wizard.currentPage()->findChildren<QLabel *>();
    bool saysRolledBack = false;
    for (const QLabel *label : labels) {
        saysRolledBack =
            saysRolledBack || label->text() == QStringLiteral("The import was cancelled and rolled "
                                                              "back. Nothing was imported; the "
                                                              "workspace is unchanged.");
    }
    QVERIFY(saysRolledBack);
    saveScreenshot(&wizard, QStringLiteral("wizard-5b-cancelled.png"));

    QCOMPARE(workspaceFingerprint(workspacePath), before);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPageId));
    auto *resultPage = qobject_cast<ImportResultPage *>(wizard.currentPage());
    QCOMPARE(resultPage->rejectedModel()->rowCount(), 0);
    // Nothing was committed, so no partial counts are shown.
    QVERIFY(!resultPage->countsTable()->isVisible());
}

void ImportWizardTest::previewModelPassesModelTester()
{
    const QString input = Test::writeFile(m_dir->path(), QStringLiteral("messy.csv"), MessyCsv);
    ImportOptions options;
    options.columnMapping.insert(QStringLiteral("Event Identifier"), QStringLiteral("event_id"));

    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setPreview(previewImportFile(input, options));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 22);
    QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("5"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("event_id"));
    model.setPreview(previewImportFile(m_dir->filePath(QStringLiteral("missing.csv")), options));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void ImportWizardTest::warningsModelsPassModelTester()
{
    ImportWarning rejectedRow;
    rejectedRow.severity = ImportWarningSeverity::RowRejected;
    rejectedRow.file = QStringLiteral("/data/a.csv");
    rejectedRow.line = 7;
    rejectedRow.columnName = QStringLiteral("start_timestamp");
    rejectedRow.message = QStringLiteral("bad");
    ImportWarning notice;
    notice.severity = ImportWarningSeverity::Notice;
    notice.kind = ImportWarningKind::EpochUnitInferred;
    notice.file = QStringLiteral("/data/a.csv");
    ImportWarning rejectedFile;
    rejectedFile.severity = ImportWarningSeverity::FileRejected;
    rejectedFile.file = QStringLiteral("/data/b.parquet");

    ImportWarningsModel rejections(ImportWarningsModel::Selection::Rejections);
    ImportWarningsModel notices(ImportWarningsModel::Selection::Notices);
    QAbstractItemModelTester rejectionsTester(
        &rejections, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester noticesTester(&notices,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QList<ImportWarning> warnings = {rejectedRow, notice, rejectedFile};
    rejections.setWarnings(warnings);
    notices.setWarnings(warnings);
    QCOMPARE(rejections.rowCount(), 2);
    QCOMPARE(notices.rowCount(), 1);
    QCOMPARE(rejections.index(0, ImportWarningsModel::FileColumn).data().toString(),
             QStringLiteral("a.csv"));
    QCOMPARE(rejections.index(0, ImportWarningsModel::FileColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("/data/a.csv"));
    QCOMPARE(rejections.index(1, ImportWarningsModel::LineColumn).data().toString(), QString());
    QCOMPARE(rejections.columnCount(), 5);
    rejections.setWarnings({});
    QCOMPARE(rejections.rowCount(), 0);
}

void ImportWizardTest::rejectedRowsCsv_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expectedLine");

    QTest::newRow("plain fields stay unquoted")
        << QStringLiteral("bad time") << QStringLiteral("soon")
        << QByteArray("/d/a.csv,3,start_timestamp,bad time,soon\r\n");
    QTest::newRow("a comma quotes the field")
        << QStringLiteral("expected a, b") << QStringLiteral("x")
        << QByteArray("/d/a.csv,3,start_timestamp,\"expected a, b\",x\r\n");
    QTest::newRow("quotes are doubled")
        << QStringLiteral("bad") << QStringLiteral("say \"hi\"")
        << QByteArray("/d/a.csv,3,start_timestamp,bad,\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("a line break quotes the field")
        << QStringLiteral("bad") << QStringLiteral("two\nlines")
        << QByteArray("/d/a.csv,3,start_timestamp,bad,\"two\nlines\"\r\n");
}

void ImportWizardTest::rejectedRowsCsv()
{
    QFETCH(QString, message);
    QFETCH(QString, value);
    QFETCH(QByteArray, expectedLine);

    ImportWarning warning;
    warning.severity = ImportWarningSeverity::RowRejected;
    warning.file = QStringLiteral("/d/a.csv");
    warning.line = 3;
    warning.columnName = QStringLiteral("start_timestamp");
    warning.message = message;
    warning.value = value;

    QCOMPARE(importWarningsCsv({warning}), "file,line,column,reason,value\r\n" + expectedLine);
}

void ImportWizardTest::emptyFilesPageBlocksNext()
{
    ImportWizard wizard(m_dir->filePath(QStringLiteral("empty.flowscope")), {});
    wizard.resize(900, 640);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    QCOMPARE(wizard.currentId(), int(ImportWizard::FilesPageId));
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    saveScreenshot(&wizard, QStringLiteral("wizard-1b-files-empty.png"));
}

void ImportWizardTest::detectionListsRejectedFiles()
{
    const QString good = Test::writeFile(m_dir->path(), QStringLiteral("a-events.csv"),
                                         "instance_id,event_id\ni1,e1\n");
    const QString parquet = Test::writeFile(
        m_dir->path(), QStringLiteral("b-part.parquet"),
        QByteArray("PAR1\x15\x04\x15\x10\x15\x14L\x15\x02\x15\x00\x12\x00\x00PAR1", 22));
    const QString image =
        Test::writeFile(m_dir->path(), QStringLiteral("c-chart.csv"),
                        QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));

    ImportWizard wizard(m_dir->filePath(QStringLiteral("rejects.flowscope")),
                        {good, parquet, image});
    wizard.resize(900, 640);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->isSummaryCurrent() &&
                                 wizard.session()->isPreviewCurrent(),
                             AsyncTimeoutMs);

    auto *detected =
        wizard.currentPage()->findChild<QTreeWidget *>(QStringLiteral("detectedFiles"));
    QCOMPARE(detected->topLevelItemCount(), 3);
    QCOMPARE(detected->topLevelItem(0)->text(6), QStringLiteral("Ready"));
    QCOMPARE(detected->topLevelItem(1)->text(6), QStringLiteral("Rejected"));
    QCOMPARE(detected->topLevelItem(2)->text(6), QStringLiteral("Rejected"));
    QCOMPARE(wizard.session()->summary().files.at(1).fileProblem->kind,
             ImportWarningKind::UnsupportedFormat);
    QCOMPARE(wizard.session()->summary().files.at(2).fileProblem->kind, ImportWarningKind::NotText);

    // The reasons are spelled out on the page, and the readable file can still be imported.
    const QString parquetMessage = wizard.session()->summary().files.at(1).fileProblem->message;
    bool messageShown = false;
    for (const QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
        messageShown =
            messageShown || (label->isVisible() && label->text().contains(parquetMessage));
    QVERIFY(messageShown);
    QCOMPARE(wizard.session()->previewFile(), good);
    QVERIFY(wizard.currentPage()->isComplete());
    saveScreenshot(&wizard, QStringLiteral("wizard-2c-detection-rejected-files.png"));
}

namespace {

// A picture renamed to .csv and an empty file: both rejected at detection.
QStringList writeRejectedFiles(const QString &directory)
{
    return {Test::writeFile(directory, QStringLiteral("b-picture.csv"),
                            QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20)),
            Test::writeFile(directory, QStringLiteral("c-empty.csv"), QByteArray())};
}

} // namespace

void ImportWizardTest::importSkipsRejectedFiles()
{
    const QString good = Test::writeFile(m_dir->path(), QStringLiteral("a-events.csv"),
                                         "instance_id,event_id\ni1,e1\ni1,e2\n");
    const QString workspacePath = m_dir->filePath(QStringLiteral("left-out.flowscope"));
    ImportWizard wizard(workspacePath, QStringList{good} + writeRejectedFiles(m_dir->path()));
    QSignalSpy committed(&wizard, &ImportWizard::importCommitted);
    ImportSession *session = wizard.session();
    wizard.resize(900, 640);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(session->isSummaryCurrent() && session->isPreviewCurrent(),
                             AsyncTimeoutMs);

    // Each rejected file's reason starts with its name, since several are listed together.
    const QString pictureMessage = session->summary().files.at(1).fileProblem->message;
    const QString emptyMessage = session->summary().files.at(2).fileProblem->message;
    bool namedLinesShown = false;
    for (const QLabel *label : wizard.currentPage()->findChildren<QLabel *>()) {
        namedLinesShown =
            namedLinesShown ||
            (label->text().contains(QStringLiteral("b-picture.csv: ") + pictureMessage) &&
             label->text().contains(QStringLiteral("c-empty.csv: ") + emptyMessage));
    }
    QVERIFY(namedLinesShown);
    QCOMPARE(labelText(wizard.currentPage(), "detectionStatusLabel"),
             QStringLiteral("3 file(s) checked, 1 can be imported."));
    QCOMPARE(session->importableFiles(), QStringList{good});

    // The options page names the files left out, and the default Abort
    // imports the good file instead of failing on a rejected one.
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPageId));
    QCOMPARE(session->options().onError, OnError::Abort);
    QCOMPARE(labelText(wizard.currentPage(), "importSummaryLabel"),
             QStringLiteral("Ready to import 1 file(s) into %1.\n2 file(s) rejected on the "
                            "detection page will not be imported: b-picture.csv, c-empty.csv. "
                            "Go back to that page to read why.")
                 .arg(QDir::toNativeSeparators(workspacePath)));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), AsyncTimeoutMs);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), AsyncTimeoutMs);
    QCOMPARE(session->result().status, ImportResult::Status::Succeeded);
    QCOMPARE(committed.size(), 1);
    QCOMPARE(session->result().total.inserted, qint64(2));
    QCOMPARE(session->result().total.rejected, qint64(0));
    QCOMPARE(qobject_cast<ImportResultPage *>(wizard.currentPage())->rejectedModel()->rowCount(),
             0);
}

void ImportWizardTest::detectionCountsNoImportableFile()
{
    ImportWizard wizard(m_dir->filePath(QStringLiteral("none.flowscope")),
                        writeRejectedFiles(m_dir->path()));
    wizard.resize(900, 640);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->isSummaryCurrent() &&
                                 wizard.session()->isPreviewCurrent(),
                             AsyncTimeoutMs);

    QCOMPARE(labelText(wizard.currentPage(), "detectionStatusLabel"),
             QStringLiteral("2 file(s) checked, 0 can be imported."));
    QVERIFY(!wizard.currentPage()->isComplete());
}

void ImportWizardTest::failedImportGoesBackToOptions()
{
    const QString input =
        Test::writeFile(m_dir->path(), QStringLiteral("messy export.csv"), MessyCsv);
    const QString workspacePath = m_dir->filePath(QStringLiteral("retry.flowscope"));
    ImportWizard wizard(workspacePath, {input});
    QSignalSpy committed(&wizard, &ImportWizard::importCommitted);
    ImportSession *session = wizard.session();
    wizard.resize(900, 640);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(session->isSummaryCurrent() && session->isPreviewCurrent(),
                             AsyncTimeoutMs);
    wizard.next();
    auto *mapping = qobject_cast<ImportMappingPage *>(wizard.currentPage());
    auto *eventCombo = qobject_cast<QComboBox *>(mapping->mappingTable()->cellWidget(1, 1));
    eventCombo->setCurrentIndex(eventCombo->findData(QStringLiteral("event_id")));
    QTRY_VERIFY_WITH_TIMEOUT(session->isSummaryCurrent() && session->isPreviewCurrent(),
                             AsyncTimeoutMs);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPageId));

    // Abort fails on the unreadable timestamp of line 5.
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), AsyncTimeoutMs);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), AsyncTimeoutMs);
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProgressPageId));
    QCOMPARE(session->result().status, ImportResult::Status::Failed);
    QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Import Failed"));
    const QString status = labelText(wizard.currentPage(), "importStatusLabel");
    QCOMPARE(status, session->result().error);
    QCOMPARE(status.count(QStringLiteral("the workspace is unchanged")), 1);
    QVERIFY(!wizard.currentPage()->findChild<QProgressBar *>()->isVisible());
    QVERIFY(wizard.button(QWizard::BackButton)->isVisible());
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
    saveScreenshot(&wizard, QStringLiteral("wizard-5c-failed.png"));

    // Back keeps the mapping; Skip then imports the other three rows.
    wizard.back();
    QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPageId));
    QVERIFY(wizard.currentPage()->isCommitPage());
    QCOMPARE(session->options().columnMapping.value(QStringLiteral("Event Identifier")),
             QStringLiteral("event_id"));
    wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("skipButton"))->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), AsyncTimeoutMs);
    wizard.next();
    QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Importing"));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), AsyncTimeoutMs);
    QCOMPARE(session->result().status, ImportResult::Status::Succeeded);
    QCOMPARE(committed.size(), 1);
    QCOMPARE(session->result().total.inserted, qint64(3));
    QCOMPARE(session->result().total.rejected, qint64(1));
}

void ImportWizardTest::mappingChoosesAmongFiles()
{
    // Two files share a layout, a third renames the contact column; the
    // preview shows its times in the display zone the wizard was given.
    const QString first = Test::writeFile(
        m_dir->path(), QStringLiteral("a.csv"),
        "instance_id,event_id,contact_id,start_timestamp\ni1,e1,c1,2026-07-01 12:00:00.000\n");
    const QString second = Test::writeFile(
        m_dir->path(), QStringLiteral("b.csv"),
        "instance_id,event_id,contact_id,start_timestamp\ni1,e2,c2,2026-07-01 13:00:00.000\n");
    const QString renamed = Test::writeFile(
        m_dir->path(), QStringLiteral("c.csv"),
        "instance_id,event_id,Contact,start_timestamp\ni1,e3,c3,2026-07-01 14:00:00.000\n");
    ImportWizard wizard(m_dir->filePath(QStringLiteral("choose.flowscope")),
                        {first, second, renamed}, nullptr,
                        QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    ImportSession *session = wizard.session();
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(session->isSummaryCurrent() && session->isPreviewCurrent(),
                             AsyncTimeoutMs);
    auto *detection = qobject_cast<ImportDetectionPage *>(wizard.currentPage());
    const QModelIndex start = detection->previewModel()->index(
        0, modelColumn(detection->previewModel(), QStringLiteral("start_timestamp")));
    QCOMPARE(start.data().toString(), QStringLiteral("2026-07-01 14:00:00.000"));

    wizard.next();
    auto *mapping = qobject_cast<ImportMappingPage *>(wizard.currentPage());
    auto *files = mapping->findChild<QComboBox *>(QStringLiteral("mappingFileCombo"));
    QVERIFY(files);
    QCOMPARE(files->count(), 3);
    QCOMPARE(files->currentText(), QStringLiteral("a.csv (contact_flow_events, 4 column(s))"));
    QCOMPARE(labelText(mapping, "mappingLayoutsLabel"),
             QStringLiteral("1 other file(s) have the same columns and are mapped the same way. "
                            "1 file(s) have other columns: choose one above to check its "
                            "mapping."));
    QCOMPARE(mapping->mappingTable()->item(3, 2)->text(),
             QStringLiteral("2026-07-01 14:00:00.000"));

    // Choosing the third file shows its own columns.
    files->setCurrentIndex(2);
    Q_EMIT files->activated(2);
    QTRY_VERIFY_WITH_TIMEOUT(session->isPreviewCurrent() &&
                                 session->preview().detection.path == renamed,
                             AsyncTimeoutMs);
    QTRY_COMPARE(mapping->mappingTable()->item(2, 0)->text(), QStringLiteral("Contact"));
    QCOMPARE(files->currentText(), QStringLiteral("c.csv (contact_flow_events, 4 column(s))"));
    QCOMPARE(labelText(mapping, "mappingLayoutsLabel"),
             QStringLiteral("2 file(s) have other columns: choose one above to check its "
                            "mapping."));
}

QTEST_MAIN(ImportWizardTest)
#include "tst_importwizard.moc"
