#include "exportrunner.h"

#include "athenasql.h"
#include "csvwriter.h"
#include "logging.h"
#include "schema.h"
#include "workspace.h"
#include "xlsxreport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <zlib.h>
#include <QTemporaryFile>

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Flowscope {

namespace {

struct RunnerText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::ExportRunner)
};

// Progress is reported after this many CSV rows.
constexpr qint64 ProgressRows = 4096;

ExportResult failed(const QString &error)
{
    ExportResult result;
    result.status = ExportResult::Status::Failed;
    result.error = error;
    return result;
}

ExportResult cancelled()
{
    ExportResult result;
    result.status = ExportResult::Status::Cancelled;
    return result;
}

// Adapts the analytics progress (rows read) to the export progress, which
// counts no rows written yet.
AnalyticsProgressCallback scanProgress(const ExportProgressCallback &progress)
{
    if (!progress)
        return {};
    return [progress](qint64) { return progress(0, 0); };
}

std::unique_ptr<ExportTable> openTable(Workspace &workspace, const ExportRequest &request,
                                       const QString &view, const ExportProgressCallback &progress,
                                       ExportResult *result)
{
    QString error;
    std::unique_ptr<ExportTable> table = openExportTable(
        workspace, view, request.filter, request.viewOptions, &error, scanProgress(progress));
    if (!table) {
        // A cancelled flow map scan arrives here as an error, so the
        // callback returning false distinguishes a cancel from a failure.
        *result = progress && !progress(0, 0) ? cancelled() : failed(error);
    }
    return table;
}

ExportResult writeCsv(Workspace &workspace, const ExportRequest &request,
                      const ExportProgressCallback &progress)
{
    ExportResult result;
    std::unique_ptr<ExportTable> table =
        openTable(workspace, request, request.views.constFirst(), progress, &result);
    if (!table)
        return result;

    QSaveFile file(request.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return failed(RunnerText::tr("Cannot write %1: %2. Choose a folder you can write to.")
                          .arg(request.outputPath, file.errorString()));

    CsvWriter::Options options;
    options.byteOrderMark = request.byteOrderMark;
    options.neutraliseFormulas = request.neutraliseFormulas;
    options.delimiter = request.delimiter;
    options.zone = request.zone;
    CsvWriter writer(&file, options);

    if (!writer.writeHeader(table->columns()))
        return failed(writer.error());
    QVariantList row;
    qint64 rows = 0;
    while (table->next(row)) {
        if (!writer.writeRow(row))
            return failed(writer.error());
        ++rows;
        if (progress && rows % ProgressRows == 0 && !progress(rows, table->rowCount()))
            return cancelled(); // QSaveFile discards the temporary file
    }
    if (!table->error().isEmpty())
        return failed(RunnerText::tr("Reading the rows of %1 failed: %2")
                          .arg(table->viewName(), table->error()));
    if (!writer.finish())
        return failed(writer.error());
    if (progress && !progress(rows, table->rowCount()))
        return cancelled();
    if (!file.commit())
        return failed(RunnerText::tr("Saving %1 failed: %2. Check the free space and the "
                                     "folder's permissions.")
                          .arg(request.outputPath, file.errorString()));

    result.status = ExportResult::Status::Succeeded;
    result.rows = rows;
    result.neutralisedCells = writer.neutralisedCells();
    return result;
}

quint32 littleEndian(const QByteArray &bytes, qsizetype offset, int size)
{
    quint32 value = 0;
    for (int index = size - 1; index >= 0; --index)
        value = (value << 8) | static_cast<unsigned char>(bytes.at(offset + index));
    return value;
}

// True when every worksheet of the workbook at `path` is a whole XML
// document. libxlsxwriter writes each sheet to a temporary file first and
// does not report a failed write there (a full disk or a file size limit),
// so a truncated sheet would otherwise be zipped into a valid archive.
bool xlsxWorksheetsComplete(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return false;
    uchar *mapped = file.map(0, file.size());
    if (!mapped)
        return false;
    const QByteArray archive =
        QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(file.size()));

    // The end of central directory record: 22 bytes, then a comment.
    constexpr qsizetype EndRecordSize = 22;
    const qsizetype end = archive.lastIndexOf(QByteArrayLiteral("PK\x05\x06"));
    if (end < 0 || archive.size() - end < EndRecordSize)
        return false;
    const quint32 entries = littleEndian(archive, end + 10, 2);
    qsizetype entry = littleEndian(archive, end + 16, 4);

    int sheets = 0;
    for (quint32 index = 0; index < entries; ++index) {
        if (entry + 46 > archive.size() || !archive.mid(entry, 4).startsWith("PK\x01\x02"))
            return false;
        const quint32 method = littleEndian(archive, entry + 10, 2);
        const quint32 compressedSize = littleEndian(archive, entry + 20, 4);
        const quint32 nameLength = littleEndian(archive, entry + 28, 2);
        const quint32 extraLength = littleEndian(archive, entry + 30, 2);
        const quint32 commentLength = littleEndian(archive, entry + 32, 2);
        const qsizetype local = littleEndian(archive, entry + 42, 4);
        const QByteArray name = archive.mid(entry + 46, nameLength);
        entry += 46 + nameLength + extraLength + commentLength;
        if (!name.startsWith("xl/worksheets/sheet"))
            continue;

        if (local + 30 > archive.size())
            return false;
        const qsizetype data = local + 30 + littleEndian(archive, local + 26, 2) +
                               littleEndian(archive, local + 28, 2);
        if (data + qsizetype(compressedSize) > archive.size())
            return false;
        // Only the end of the sheet matters, so it is inflated in chunks
        // rather than held whole: a million-row sheet is hundreds of MB.
        QByteArray tail;
        if (method == 0) {
            tail = archive.mid(data, compressedSize).right(64);
        } else {
            z_stream stream{};
            if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
                return false;
            stream.next_in =
                reinterpret_cast<Bytef *>(const_cast<char *>(archive.constData() + data));
            stream.avail_in = compressedSize;
            QByteArray chunk(64 * 1024, Qt::Uninitialized);
            int status = Z_OK;
            while (status == Z_OK) {
                stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
                stream.avail_out = uInt(chunk.size());
                status = inflate(&stream, Z_NO_FLUSH);
                const qsizetype produced = chunk.size() - qsizetype(stream.avail_out);
                tail.append(chunk.constData(), produced);
                tail = tail.right(64);
            }
            inflateEnd(&stream);
            if (status != Z_STREAM_END)
                return false;
        }
        if (!tail.trimmed().endsWith("</worksheet>"))
            return false;
        ++sheets;
    }
    return sheets > 0;
}

ExportResult writeXlsx(Workspace &workspace, const ExportRequest &request,
                       const ExportProgressCallback &progress)
{
    AtomicOutputPath output(request.outputPath);
    if (output.temporaryPath().isEmpty())
        return failed(output.error());

    XlsxReportWriter writer(output.temporaryPath(), request.zone);
    if (!writer.error().isEmpty())
        return failed(writer.error());

    ExportResult result;
    qint64 rows = 0;
    for (const QString &view : request.views) {
        std::unique_ptr<ExportTable> table = openTable(workspace, request, view, progress, &result);
        if (!table)
            return result;
        const qint64 before = rows;
        const ExportProgressCallback tableProgress =
            progress ? ExportProgressCallback([&](qint64 written, qint64) {
                rows = before + written;
                return progress(written, table->rowCount());
            })
                     : ExportProgressCallback();
        if (!writer.addTable(*table, tableProgress))
            return writer.error().isEmpty() ? cancelled() : failed(writer.error());
        rows = before + table->rowCount();
    }
    if (!writer.addFilterSheet(exportFilterFields(request.filter, request.views.constFirst(),
                                                  request.zone)) ||
        !writer.close())
        return failed(writer.error());
    if (!xlsxWorksheetsComplete(output.temporaryPath()))
        return failed(RunnerText::tr("Writing %1 failed: the workbook is incomplete. Check the "
                                     "free space and the folder's permissions.")
                          .arg(request.outputPath));
    if (!output.commit())
        return failed(output.error());

    result.status = ExportResult::Status::Succeeded;
    result.rows = rows;
    result.truncatedCells = writer.truncatedCells();
    return result;
}

ExportResult writeAthenaSql(const ExportRequest &request)
{
    AthenaQueryOptions options;
    options.database = request.athenaDatabase;
    if (isRowTableView(request.views.constFirst()))
        options.columns = request.viewOptions.columns;
    const QString sql = renderAthenaSql(request.filter, request.views.constFirst(), options);

    QSaveFile file(request.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return failed(RunnerText::tr("Cannot write %1: %2. Choose a folder you can write to.")
                          .arg(request.outputPath, file.errorString()));
    const QByteArray bytes = sql.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failed(RunnerText::tr("Saving %1 failed: %2. Check the free space and the "
                                     "folder's permissions.")
                          .arg(request.outputPath, file.errorString()));

    ExportResult result;
    result.status = ExportResult::Status::Succeeded;
    return result;
}

} // namespace

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::AthenaSql:
        return QStringLiteral("athena-sql");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf,
                                      ExportFormat::Png, ExportFormat::Svg,
                                      ExportFormat::AthenaSql}) {
        if (name.compare(exportFormatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QStringList exportFormatNames()
{
    return {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf"),
            QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("athena-sql")};
}

QString exportFormatSuffix(ExportFormat format)
{
    return format == ExportFormat::AthenaSql ? QStringLiteral("sql") : exportFormatName(format);
}

bool isGraphicFormat(ExportFormat format)
{
    return format == ExportFormat::Pdf || format == ExportFormat::Png ||
           format == ExportFormat::Svg;
}

namespace {

// Returns whether both paths name one existing file, through symbolic or hard
// links too.
bool isSameFile(const QString &first, const QString &second)
{
    struct stat firstStatus
    {
    };
    struct stat secondStatus
    {
    };
    return ::stat(QFile::encodeName(first).constData(), &firstStatus) == 0 &&
           ::stat(QFile::encodeName(second).constData(), &secondStatus) == 0 &&
           firstStatus.st_dev == secondStatus.st_dev && firstStatus.st_ino == secondStatus.st_ino;
}

} // namespace

QString validateExportRequest(const ExportRequest &request)
{
    // Renaming the finished export over the workspace or one of SQLite's
    // files beside it would destroy the data the export came from.
    if (!request.workspacePath.isEmpty() && !request.outputPath.isEmpty()) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")}) {
            if (isSameFile(request.outputPath, request.workspacePath + suffix))
                return RunnerText::tr("The output file %1 is the workspace %2 or one of its "
                                      "files. Choose another output file.")
                    .arg(request.outputPath, request.workspacePath);
        }
    }

    if (request.views.isEmpty())
        return RunnerText::tr("No view to export. The views are: %1.")
            .arg(exportViewNames().join(QStringLiteral(", ")));
    for (const QString &view : request.views) {
        if (!isExportView(view))
            return RunnerText::tr("Unknown view '%1'. The views are: %2.")
                .arg(view, exportViewNames().join(QStringLiteral(", ")));
    }
    const bool oneViewOnly = request.format == ExportFormat::Csv ||
                             request.format == ExportFormat::Png ||
                             request.format == ExportFormat::Svg ||
                             request.format == ExportFormat::AthenaSql;
    if (oneViewOnly && request.views.size() > 1)
        return RunnerText::tr("The %1 format holds one view, but %2 were given (%3). Export "
                              "them one at a time, or as xlsx or pdf, which hold several.")
            .arg(exportFormatName(request.format))
            .arg(request.views.size())
            .arg(request.views.join(QStringLiteral(", ")));
    for (const QString &view : request.views) {
        const TableSpec *table =
            view == QLatin1String("flow-events")
                ? findTableSpec(QStringLiteral("contact_flow_events"))
                : view == QLatin1String("test-runs")
                      ? findTableSpec(QStringLiteral("connect_test_case_execution_results"))
                      : nullptr;
        if (!table)
            continue;
        for (const QString &column : request.viewOptions.columns) {
            if (table->columnIndex(column) < 0)
                return RunnerText::tr("The column '%1' does not exist in %2. The columns are: "
                                      "%3.")
                    .arg(column, table->name, table->columnNames().join(QStringLiteral(", ")));
        }
    }
    if (request.outputPath.isEmpty())
        return RunnerText::tr("No output file given. Name the file to write.");
    if (request.format == ExportFormat::AthenaSql && request.athenaDatabase.trimmed().isEmpty())
        return RunnerText::tr("The Athena database name is empty. Enter the Glue database that "
                              "holds the data lake tables, such as connect_datalake.");
    if (request.imageScale <= 0 || request.imageScale > 8)
        return RunnerText::tr("Invalid image scale %1: use a number above 0 and at most 8.")
            .arg(request.imageScale);
    return {};
}

ExportResult runDataExport(const ExportRequest &request, const ExportProgressCallback &progress)
{
    if (const QString problem = validateExportRequest(request); !problem.isEmpty())
        return failed(problem);
    if (request.format == ExportFormat::AthenaSql)
        return writeAthenaSql(request);
    if (isGraphicFormat(request.format))
        return failed(RunnerText::tr("The %1 format needs the drawing code of the views layer.")
                          .arg(exportFormatName(request.format)));

    Workspace workspace;
    QString error;
    if (!workspace.open(request.workspacePath, Workspace::OpenMode::ReadOnly, &error))
        return failed(error);

    const ExportResult result = request.format == ExportFormat::Csv
                                    ? writeCsv(workspace, request, progress)
                                    : writeXlsx(workspace, request, progress);
    if (result.status == ExportResult::Status::Failed)
        qCWarning(lcExport) << "Export to" << request.outputPath << "failed:" << result.error;
    return result;
}

AtomicOutputPath::AtomicOutputPath(const QString &targetPath) : m_targetPath(targetPath)
{
    // Reserve a unique name in the target's folder, so that the final rename
    // stays on one file system and is atomic.
    const QFileInfo target(targetPath);
    QTemporaryFile reserved(target.absoluteDir().filePath(QStringLiteral(".") + target.fileName() +
                                                          QStringLiteral(".XXXXXX.part")));
    reserved.setAutoRemove(false);
    if (!reserved.open()) {
        m_error = tr("Cannot write in the folder of %1: %2. Choose a folder you can write to.")
                      .arg(targetPath, reserved.errorString());
        return;
    }
    m_temporaryPath = reserved.fileName();
}

AtomicOutputPath::~AtomicOutputPath()
{
    if (!m_committed && !m_temporaryPath.isEmpty())
        QFile::remove(m_temporaryPath);
}

bool AtomicOutputPath::commit()
{
    // QTemporaryFile creates the file readable by its owner alone; give it
    // the permissions of the file it replaces, or those of a new file.
    const QFileDevice::Permissions permissions =
        QFile::exists(m_targetPath)
            ? QFile::permissions(m_targetPath)
            : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                  QFileDevice::ReadOther;
    QFile::setPermissions(m_temporaryPath, permissions);

    // rename() replaces an existing target atomically; QFile::rename would not.
    if (std::rename(QFile::encodeName(m_temporaryPath).constData(),
                    QFile::encodeName(m_targetPath).constData()) != 0) {
        m_error = tr("Saving %1 failed: %2. Check the folder's permissions.")
                      .arg(m_targetPath, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_committed = true;
    return true;
}

} // namespace Flowscope
