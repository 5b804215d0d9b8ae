#include "importer.h"

#include "logging.h"
#include "rowconverter.h"
#include "schema.h"
#include "stagingtable.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>

namespace Flowscope {

namespace {

// Gives lupdate and the translation lookup the same context.
struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::Importer)
};

// How often the progress callback runs, in records.
constexpr qint64 ProgressInterval = 4096;

// How often the merge checks whether the import was cancelled, in SQLite
// virtual machine steps: well under a millisecond of work between checks.
constexpr int MergeCancelCheckSteps = 10000;

QString cancelledMessage()
{
    return ImporterText::tr(
        "The import was cancelled. Nothing was imported; the workspace is unchanged.");
}

// A record of only empty fields, such as ";;;;" below a spreadsheet's data.
bool isBlank(const Record &record)
{
    for (const Field &field : record.fields) {
        if (!field.text.trimmed().isEmpty())
            return false;
    }
    return true;
}

bool execute(sqlite3 *connection, const char *sql, QString *error)
{
    char *message = nullptr;
    const int status = sqlite3_exec(connection, sql, nullptr, nullptr, &message);
    if (status == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errstr(status));
    sqlite3_free(message);
    return false;
}

// Sets the journal mode of the main database and returns the mode in force
// afterwards, in lower case, or an empty string when the statement failed.
QByteArray setJournalMode(sqlite3 *connection, const char *mode, QString *error)
{
    const QByteArray sql = QByteArray("PRAGMA main.journal_mode = ") + mode;
    sqlite3_stmt *statement = nullptr;
    int status = sqlite3_prepare_v2(connection, sql.constData(), -1, &statement, nullptr);
    QByteArray result;
    if (status == SQLITE_OK) {
        status = sqlite3_step(statement);
        if (status == SQLITE_ROW)
            result = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
    }
    if (status != SQLITE_ROW && error)
        *error = QString::fromUtf8(sqlite3_errmsg(connection));
    sqlite3_finalize(statement);
    return result;
}

// One import from start to commit or rollback. Holds the open transaction,
// the staging tables and the running counts.
class ImportRun
{
public:
    ImportRun(Workspace &workspace, const ImportOptions &options,
              const ImportProgressCallback &progress)
        : m_workspace(workspace), m_options(options), m_progress(progress),
          m_connection(workspace.handle())
    {}

    ImportResult run(const QStringList &inputs);

private:
    enum class FileOutcome { Imported, Rejected, Abort, Cancelled, Failed };

    bool begin();
    void useRollbackJournal();
    void restoreWal();
    void rollback();
    void skipWorkspaceFiles(QList<ImportWarning> *warnings);
    bool drainReaderWarnings(RecordReader &reader);
    FileOutcome importFile(int fileIndex, ImportFileReport &report);
    StagingTable *stagingFor(const TableSpec &table);
    bool reportProgress(ImportProgress::Phase phase, qint64 bytesInFile);
    void addWarning(const ImportWarning &warning);
    bool rejectsAbort(const ImportWarning &warning);
    bool mergeStaging();
    static int checkCancelDuringMerge(void *run);
    bool writeImportLog(qint64 startedMs);
    ImportResult finish(ImportResult::Status status, const QString &error = {});

    Workspace &m_workspace;
    const ImportOptions &m_options;
    const ImportProgressCallback &m_progress;
    sqlite3 *m_connection = nullptr;
    bool m_inTransaction = false;
    bool m_leftWal = false; // the import runs with a rollback journal, see useRollbackJournal()

    ImportResult m_result;
    std::map<QString, std::unique_ptr<StagingTable>> m_staging;
    QStringList m_files;
    qint64 m_bytesTotal = 0;
    qint64 m_bytesDoneBefore = 0; // bytes of the files finished so far
    int m_fileIndex = 0;
    bool m_cancelledDuringMerge = false;
    QElapsedTimer m_timer;
};

ImportResult ImportRun::run(const QStringList &inputs)
{
    m_timer.start();
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();

    if (!m_connection)
        return finish(ImportResult::Status::Failed, ImporterText::tr("The workspace is not open."));
    if (m_workspace.isReadOnly())
        return finish(
            ImportResult::Status::Failed,
            ImporterText::tr("Workspace %1 is open read-only, so nothing can be imported into it.")
                .arg(m_workspace.path()));
    if (!m_options.table.isEmpty() && !findTableSpec(m_options.table))
        return finish(ImportResult::Status::Failed,
                      ImporterText::tr("Unknown table \"%1\". Choose contact_flow_events or "
                                       "connect_test_case_execution_results.")
                          .arg(m_options.table));

    QList<ImportWarning> pathWarnings;
    m_files = expandInputPaths(inputs, &pathWarnings);
    skipWorkspaceFiles(&pathWarnings);
    for (const ImportWarning &warning : std::as_const(pathWarnings)) {
        addWarning(warning);
        if (rejectsAbort(warning))
            return finish(ImportResult::Status::Failed, warning.toString());
    }
    if (m_files.isEmpty())
        return finish(ImportResult::Status::Failed,
                      ImporterText::tr("No files to import: the inputs hold no data files."));
    for (const QString &file : std::as_const(m_files))
        m_bytesTotal += QFileInfo(file).size();

    if (!begin())
        return m_result;

    for (m_fileIndex = 0; m_fileIndex < m_files.size(); ++m_fileIndex) {
        ImportFileReport report;
        report.path = m_files.at(m_fileIndex);
        const FileOutcome outcome = importFile(m_fileIndex, report);
        m_result.files.append(report);
        m_bytesDoneBefore += report.detection.fileSize;

        switch (outcome) {
        case FileOutcome::Imported:
        case FileOutcome::Rejected:
            break;
        case FileOutcome::Cancelled:
            rollback();
            return finish(ImportResult::Status::Cancelled, cancelledMessage());
        case FileOutcome::Abort:
        case FileOutcome::Failed:
            rollback();
            return finish(ImportResult::Status::Failed, m_result.error);
        }
    }

    qCDebug(lcImport) << "reading and staging took" << m_timer.elapsed() << "ms";
    const bool anyFileRead =
        std::any_of(m_result.files.cbegin(), m_result.files.cend(),
                    [](const ImportFileReport &file) { return !file.rejected; });
    if (!anyFileRead) {
        rollback();
        return finish(
            ImportResult::Status::Failed,
            ImporterText::tr("None of the %n file(s) could be imported; the warnings say why. The "
                             "workspace is unchanged.",
                             nullptr, int(m_result.files.size())));
    }

    if (!reportProgress(ImportProgress::Phase::Merging, 0)) {
        rollback();
        return finish(ImportResult::Status::Cancelled, cancelledMessage());
    }

    // Merging and rebuilding the indexes can take minutes on a large import,
    // so SQLite checks every few thousand steps whether the user cancelled.
    sqlite3_progress_handler(m_connection, MergeCancelCheckSteps,
                             &ImportRun::checkCancelDuringMerge, this);
    const bool merged = mergeStaging();
    sqlite3_progress_handler(m_connection, 0, nullptr, nullptr);
    if (!merged) {
        rollback();
        if (m_cancelledDuringMerge)
            return finish(ImportResult::Status::Cancelled, cancelledMessage());
        return finish(ImportResult::Status::Failed, m_result.error);
    }

    if (!writeImportLog(startedMs)) {
        rollback();
        return finish(ImportResult::Status::Failed, m_result.error);
    }

    QString error;
    if (!execute(m_connection, "COMMIT", &error)) {
        rollback();
        return finish(
            ImportResult::Status::Failed,
            ImporterText::tr("Saving the import failed: %1. Nothing was imported; the workspace is "
                             "unchanged. Check that the disk has free space.")
                .arg(error));
    }
    m_inTransaction = false;
    qCDebug(lcImport) << "import committed after" << m_timer.elapsed() << "ms";
    reportProgress(ImportProgress::Phase::Done, 0);
    return finish(ImportResult::Status::Succeeded);
}

// A workspace kept in the folder being imported must not read itself.
void ImportRun::skipWorkspaceFiles(QList<ImportWarning> *warnings)
{
    const QString workspace = QFileInfo(m_workspace.path()).canonicalFilePath();
    const QStringList ownFiles = {workspace, workspace + QStringLiteral("-wal"),
                                  workspace + QStringLiteral("-shm"),
                                  workspace + QStringLiteral("-journal")};
    m_files.removeIf([&](const QString &file) {
        if (!ownFiles.contains(QFileInfo(file).canonicalFilePath()))
            return false;
        ImportWarning notice;
        notice.kind = ImportWarningKind::SkippedFile;
        notice.severity = ImportWarningSeverity::Notice;
        notice.file = file;
        notice.message =
            ImporterText::tr("Skipped because it belongs to the workspace being imported into.");
        warnings->append(notice);
        return true;
    });
}

// Moves the reader's warnings into the result. In abort mode, bytes that do
// not decode stop the import, because the stored text would differ from the
// file's.
bool ImportRun::drainReaderWarnings(RecordReader &reader)
{
    for (const ImportWarning &warning : reader.takeWarnings()) {
        addWarning(warning);
        if (warning.kind == ImportWarningKind::InvalidEncoding &&
            m_options.onError == OnError::Abort) {
            m_result.error =
                ImporterText::tr("%1 Nothing was imported; the workspace is unchanged. Choose the "
                                 "file's encoding, or import with bad rows skipped to keep the "
                                 "replacement characters.")
                    .arg(warning.toString());
            return false;
        }
    }
    return true;
}

bool ImportRun::begin()
{
    QString error;

    // Sorting and staging a large import needs more than SQLite's default
    // 2 MB page cache to stay fast; 32 MB for each of the two keeps a
    // million-row import near 150 MB in all (tests/bench/import.sh).
    execute(m_connection, "PRAGMA main.cache_size = -32768", nullptr);
    execute(m_connection, "PRAGMA temp.cache_size = -32768", nullptr);

    useRollbackJournal();

    // IMMEDIATE takes the write lock now, so a second import fails fast
    // (after the busy timeout) instead of after reading all its files.
    if (!execute(m_connection, "BEGIN IMMEDIATE", &error)) {
        const bool busy = sqlite3_errcode(m_connection) == SQLITE_BUSY;
        m_result.status = ImportResult::Status::Failed;
        m_result.error =
            busy ? ImporterText::tr(
                       "Workspace %1 is locked by another import or program. Wait for it "
                       "to finish, then import again.")
                       .arg(m_workspace.path())
                 : ImporterText::tr("Cannot start the import in %1: %2")
                       .arg(m_workspace.path(), error);
        finish(ImportResult::Status::Failed, m_result.error);
        return false;
    }
    m_inTransaction = true;
    return true;
}

// Switches the workspace from WAL to a rollback journal for the length of the
// import. In WAL mode every page the merge writes goes to the log first and
// is copied into the database at the checkpoint. A rollback journal stores
// only the old content of pages that existed before the import, so a
// million-row import into a new workspace took about a fifth less time
// (docs/benchmarks.md). SQLite rejects the switch with SQLITE_BUSY while
// another connection holds a read lock, which a WAL connection keeps from its
// first read until it closes. So an import next to open browsers keeps WAL and
// lets them read meanwhile. A crash leaves a hot journal that the next
// connection rolls back, and Workspace::open restores WAL then.
void ImportRun::useRollbackJournal()
{
    m_leftWal = setJournalMode(m_connection, "DELETE", nullptr) == "delete";
    qCDebug(lcImport) << "rollback journal for the import:"
                      << (m_leftWal ? "yes" : "no, another connection has the workspace open");
}

void ImportRun::restoreWal()
{
    if (!m_leftWal || m_inTransaction)
        return;
    QString error;
    if (setJournalMode(m_connection, "WAL", &error) == "wal") {
        m_leftWal = false;
        return;
    }
    // The rows are safe in rollback journal mode too, and the next read-write
    // open of the workspace switches it back to WAL.
    qCWarning(lcImport) << "Switching" << m_workspace.path()
                        << "back to WAL after the import failed:" << error;
}

bool ImportRun::mergeStaging()
{
    for (auto &[tableName, staging] : m_staging) {
        ImportCounts &counts = m_result.perTable[tableName];
        QString error;
        if (!staging->merge(&counts, &error)) {
            m_result.error = ImporterText::tr("Storing the rows of %1 failed: %2. Nothing was "
                                              "imported; the workspace is unchanged.")
                                 .arg(tableName, error);
            return false;
        }
        m_result.total.inserted += counts.inserted;
        m_result.total.replaced += counts.replaced;
        m_result.total.unchanged += counts.unchanged;
    }
    return true;
}

// Returns non-zero, which makes SQLite stop the running statement with
// SQLITE_INTERRUPT, once the progress callback reports a cancel.
int ImportRun::checkCancelDuringMerge(void *run)
{
    auto *self = static_cast<ImportRun *>(run);
    if (self->reportProgress(ImportProgress::Phase::Merging, 0))
        return 0;
    self->m_cancelledDuringMerge = true;
    return 1;
}

void ImportRun::rollback()
{
    if (!m_inTransaction)
        return;
    m_staging.clear(); // finalises the prepared statements first
    execute(m_connection, "ROLLBACK", nullptr);
    m_inTransaction = false;
}

StagingTable *ImportRun::stagingFor(const TableSpec &table)
{
    auto found = m_staging.find(table.name);
    if (found != m_staging.end())
        return found->second.get();

    auto staging = std::make_unique<StagingTable>(m_connection, table);
    QString error;
    if (!staging->create(&error)) {
        m_result.error =
            ImporterText::tr("Cannot prepare the import of %1: %2").arg(table.name, error);
        return nullptr;
    }
    StagingTable *pointer = staging.get();
    m_staging.emplace(table.name, std::move(staging));
    return pointer;
}

ImportRun::FileOutcome ImportRun::importFile(int fileIndex, ImportFileReport &report)
{
    InputOptions inputOptions = m_options.input;
    if (inputOptions.tableHint.isEmpty())
        inputOptions.tableHint = m_options.table;

    report.detection = detectInput(report.path, inputOptions);
    for (const ImportWarning &warning : std::as_const(report.detection.warnings))
        addWarning(warning);

    auto rejectFile = [&](const ImportWarning &warning) {
        addWarning(warning);
        report.rejected = true;
        if (rejectsAbort(warning)) {
            m_result.error = warning.toString();
            return FileOutcome::Abort;
        }
        return FileOutcome::Rejected;
    };

    if (report.detection.error)
        return rejectFile(*report.detection.error);

    ImportWarning openError;
    std::unique_ptr<RecordReader> reader =
        openRecordReader(report.detection, inputOptions, &openError);
    if (!reader)
        return rejectFile(openError);

    RowConverter converter(report.path, report.detection.format, m_options);
    Record record;
    qint64 sinceProgress = 0;
    bool tableKnown = false;
    qint64 blankRecords = 0;
    qint64 firstBlankLine = 0;

    for (;;) {
        const RecordReader::Result result = reader->next(record);
        if (result == RecordReader::Result::End)
            break;
        if (result == RecordReader::Result::Record && isBlank(record)) {
            if (blankRecords++ == 0)
                firstBlankLine = record.line;
            continue;
        }
        if (result == RecordReader::Result::Failed) {
            // The rows read so far stay staged in skip mode: they were read
            // correctly, and the warning names the line where the file broke off.
            const ImportWarning failure = reader->lastProblem();
            if (m_options.onError == OnError::Abort || report.rowsRead == 0)
                return rejectFile(failure);
            addWarning(failure);
            break;
        }

        ++report.rowsRead;
        ++m_result.total.read;

        // A broken record before the table is known belongs to no table yet.
        if (result == RecordReader::Result::BadRecord && !tableKnown) {
            ++report.rowsRejected;
            ++m_result.total.rejected;
            addWarning(reader->lastProblem());
            if (m_options.onError == OnError::Abort) {
                m_result.error =
                    ImporterText::tr(
                        "%1 Nothing was imported; the workspace is unchanged. Fix the row, "
                        "or import with bad rows skipped.")
                        .arg(reader->lastProblem().toString());
                return FileOutcome::Abort;
            }
            continue;
        }

        // The table is decided by the first record's columns, because JSON
        // readers learn their keys from the records themselves.
        if (!tableKnown) {
            ImportWarning tableProblem;
            if (!converter.resolveTable(reader->columns(), &tableProblem)) {
                --m_result.total.read;
                report.rowsRead = 0;
                return rejectFile(tableProblem);
            }
            report.table = converter.table().name;
            tableKnown = true;
            for (const ImportWarning &warning : converter.takeWarnings())
                addWarning(warning);
        }

        StagingTable *staging = stagingFor(converter.table());
        if (!staging)
            return FileOutcome::Failed;
        ImportCounts &tableCounts = m_result.perTable[converter.table().name];
        ++tableCounts.read;

        ImportWarning problem;
        bool accepted = false;
        if (result == RecordReader::Result::BadRecord) {
            problem = reader->lastProblem();
        } else {
            QString error;
            if (!converter.mapColumns(reader->columns(), *staging, &error)) {
                m_result.error = error;
                return FileOutcome::Failed;
            }
            accepted = converter.convert(record, &problem);
            if (accepted && !staging->insert(converter.values(), &error)) {
                m_result.error =
                    ImporterText::tr("Staging a row of %1 failed: %2").arg(report.path, error);
                return FileOutcome::Failed;
            }
        }
        for (const ImportWarning &warning : converter.takeWarnings())
            addWarning(warning);

        if (!accepted) {
            ++report.rowsRejected;
            ++tableCounts.rejected;
            ++m_result.total.rejected;
            addWarning(problem);
            if (m_options.onError == OnError::Abort) {
                m_result.error =
                    ImporterText::tr(
                        "%1 Nothing was imported; the workspace is unchanged. Fix the row, "
                        "or import with bad rows skipped.")
                        .arg(problem.toString());
                return FileOutcome::Abort;
            }
        }

        if (!drainReaderWarnings(*reader))
            return FileOutcome::Abort;

        if (++sinceProgress == ProgressInterval) {
            sinceProgress = 0;
            if (!reportProgress(ImportProgress::Phase::Reading, reader->bytesConsumed()))
                return FileOutcome::Cancelled;
        }
    }

    if (!drainReaderWarnings(*reader))
        return FileOutcome::Abort;
    for (const ImportWarning &warning : converter.finishWarnings())
        addWarning(warning);
    if (blankRecords > 0) {
        ImportWarning notice;
        notice.kind = ImportWarningKind::EmptyFile;
        notice.severity = ImportWarningSeverity::Notice;
        notice.file = report.path;
        notice.line = firstBlankLine;
        notice.message =
            ImporterText::tr("Line %1: %n row(s) with only empty fields, as spreadsheets write "
                             "them, were skipped.",
                             nullptr, int(blankRecords))
                .arg(firstBlankLine);
        addWarning(notice);
    }

    if (!tableKnown) {
        // A file with a header and no rows is not an error; a notice reports it.
        ImportWarning empty;
        empty.kind = ImportWarningKind::EmptyFile;
        empty.severity = ImportWarningSeverity::Notice;
        empty.file = report.path;
        empty.message = ImporterText::tr("The file contains no rows.");
        addWarning(empty);
    }

    if (!reportProgress(ImportProgress::Phase::Reading, report.detection.fileSize))
        return FileOutcome::Cancelled;
    Q_UNUSED(fileIndex);
    return FileOutcome::Imported;
}

bool ImportRun::rejectsAbort(const ImportWarning &warning)
{
    const bool rejects = warning.severity == ImportWarningSeverity::RowRejected ||
                         warning.severity == ImportWarningSeverity::FileRejected;
    return rejects && m_options.onError == OnError::Abort;
}

void ImportRun::addWarning(const ImportWarning &warning)
{
    ++m_result.warningCount;
    if (m_result.warnings.size() < m_options.maxWarnings)
        m_result.warnings.append(warning);
}

bool ImportRun::reportProgress(ImportProgress::Phase phase, qint64 bytesInFile)
{
    if (!m_progress)
        return true;
    ImportProgress progress;
    progress.phase = phase;
    progress.bytesTotal = m_bytesTotal;
    progress.bytesDone =
        phase == ImportProgress::Phase::Reading ? m_bytesDoneBefore + bytesInFile : m_bytesTotal;
    progress.rowsRead = m_result.total.read;
    progress.fileIndex = m_fileIndex;
    progress.fileCount = int(m_files.size());
    if (m_fileIndex < m_files.size())
        progress.currentFile = m_files.at(m_fileIndex);
    return m_progress(progress);
}

bool ImportRun::writeImportLog(qint64 startedMs)
{
    QJsonArray files;
    QStringList formats;
    for (const ImportFileReport &file : std::as_const(m_result.files)) {
        QJsonObject object;
        object.insert(QStringLiteral("path"), file.path);
        object.insert(QStringLiteral("table"), file.table);
        object.insert(QStringLiteral("format"), inputFormatName(file.detection.format));
        object.insert(QStringLiteral("encoding"), textEncodingName(file.detection.encoding));
        object.insert(QStringLiteral("gzip"), file.detection.gzip);
        object.insert(QStringLiteral("rows_read"), file.rowsRead);
        object.insert(QStringLiteral("rows_rejected"), file.rowsRejected);
        object.insert(QStringLiteral("rejected"), file.rejected);
        files.append(object);
        const QString format = inputFormatName(file.detection.format);
        if (!file.rejected && !formats.contains(format))
            formats.append(format);
    }

    sqlite3_stmt *statement = nullptr;
    const char *sql = "INSERT INTO main.import_log (started_timestamp, finished_timestamp, files, "
                      "formats, on_error, rows_read, rows_inserted, rows_replaced, rows_unchanged, "
                      "rows_rejected, application_version) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
    if (sqlite3_prepare_v2(m_connection, sql, -1, &statement, nullptr) != SQLITE_OK) {
        m_result.error = ImporterText::tr("Recording the import failed: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(m_connection)));
        return false;
    }
    const QByteArray filesJson = QJsonDocument(files).toJson(QJsonDocument::Compact);
    const QByteArray formatsText = formats.join(QStringLiteral(", ")).toUtf8();
    const QByteArray onError = m_options.onError == OnError::Abort ? "abort" : "skip";
    const QByteArray version = QCoreApplication::applicationVersion().toUtf8();
    sqlite3_bind_int64(statement, 1, startedMs);
    sqlite3_bind_int64(statement, 2, QDateTime::currentMSecsSinceEpoch());
    sqlite3_bind_text(statement, 3, filesJson.constData(), int(filesJson.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 4, formatsText.constData(), int(formatsText.size()),
                      SQLITE_STATIC);
    sqlite3_bind_text(statement, 5, onError.constData(), int(onError.size()), SQLITE_STATIC);
    sqlite3_bind_int64(statement, 6, m_result.total.read);
    sqlite3_bind_int64(statement, 7, m_result.total.inserted);
    sqlite3_bind_int64(statement, 8, m_result.total.replaced);
    sqlite3_bind_int64(statement, 9, m_result.total.unchanged);
    sqlite3_bind_int64(statement, 10, m_result.total.rejected);
    if (version.isEmpty())
        sqlite3_bind_null(statement, 11);
    else
        sqlite3_bind_text(statement, 11, version.constData(), int(version.size()), SQLITE_STATIC);
    const int status = sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (status != SQLITE_DONE) {
        m_result.error = ImporterText::tr("Recording the import failed: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(m_connection)));
        return false;
    }
    m_result.importLogId = sqlite3_last_insert_rowid(m_connection);
    return true;
}

ImportResult ImportRun::finish(ImportResult::Status status, const QString &error)
{
    restoreWal();
    m_result.status = status;
    if (!error.isEmpty())
        m_result.error = error;
    m_result.elapsedMs = m_timer.isValid() ? m_timer.elapsed() : 0;
    if (status != ImportResult::Status::Succeeded) {
        // Nothing was committed, so no row counts as stored.
        m_result.total.inserted = m_result.total.replaced = m_result.total.unchanged = 0;
        for (ImportCounts &counts : m_result.perTable)
            counts.inserted = counts.replaced = counts.unchanged = 0;
        qCWarning(lcImport) << "import"
                            << (status == ImportResult::Status::Cancelled ? "cancelled" : "failed")
                            << m_result.error;
    }
    return m_result;
}

} // namespace

ImportResult importFiles(Workspace &workspace, const QStringList &inputs,
                         const ImportOptions &options, const ImportProgressCallback &progress)
{
    ImportRun run(workspace, options, progress);
    return run.run(inputs);
}

} // namespace Flowscope
