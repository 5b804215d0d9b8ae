#pragma once

#include "exporttable.h"
#include "exportviews.h"
#include "filter.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace Flowscope {

enum class ExportFormat {
    Csv,
    Xlsx,
    Pdf,
    Png,
    Svg,
    AthenaSql,
};

// "csv", "xlsx", "pdf", "png", "svg" or "athena-sql", as --format spells them.
QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(const QString &name);
// Every format name, in the order help texts list them.
QStringList exportFormatNames();
// The file name suffix without the dot: "csv", ..., "sql".
QString exportFormatSuffix(ExportFormat format);
// True for PDF, PNG and SVG, which need a QGuiApplication to draw.
bool isGraphicFormat(ExportFormat format);

// An export request: the views, the output file and the options.
struct ExportRequest
{
    QString workspacePath;
    // The views to export, the main one first. An XLSX workbook gets a sheet
    // per view and a PDF report a section per view; the other formats export
    // the first view only.
    QStringList views;
    ExportFormat format = ExportFormat::Csv;
    Filter filter;
    // The display zone for timestamps and test-trend buckets.
    QTimeZone zone = QTimeZone::utc();
    ExportViewOptions viewOptions;
    QString outputPath;

    // CSV
    bool byteOrderMark = false;
    bool neutraliseFormulas = true;
    char delimiter = ',';
    // Athena SQL
    QString athenaDatabase = QStringLiteral("connect_datalake");
    // PNG and SVG: the size of the picture in device-independent pixels
    // (empty: the graphic's natural size) and the pixel ratio of a PNG.
    QSizeF imageSize;
    double imageScale = 1.0;
};

struct ExportResult
{
    enum class Status {
        Succeeded,
        Failed,
        Cancelled,
    };

    Status status = Status::Failed;
    QString error;                // what failed and what to do; empty unless Failed
    qint64 rows = 0;              // rows written over all views
    qint64 neutralisedCells = 0;  // CSV cells that got an apostrophe against formula injection
    qint64 truncatedCells = 0;    // XLSX text cut to Excel's limit

    bool ok() const { return status == Status::Succeeded; }
};

// Exports to CSV, XLSX or Athena SQL. Opens its own read-only connection to
// the workspace, so it may run on any thread. Writes to a temporary file
// beside the output and renames it into place at the end, so a failed or
// cancelled export leaves no file and an existing file at the output path
// untouched. Graphic formats are exported by runExport() in the views layer.
ExportResult runDataExport(const ExportRequest &request,
                           const ExportProgressCallback &progress = {});

// Checks a request before it runs: known views, a non-empty output path,
// the first view's table known for Athena SQL, a database name. Returns what
// is wrong, or an empty string.
QString validateExportRequest(const ExportRequest &request);

// An output file written under a temporary name in the target's folder and
// renamed over the target by commit(); removed by the destructor otherwise.
class AtomicOutputPath
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::AtomicOutputPath)

public:
    explicit AtomicOutputPath(const QString &targetPath);
    ~AtomicOutputPath();
    AtomicOutputPath(const AtomicOutputPath &) = delete;
    AtomicOutputPath &operator=(const AtomicOutputPath &) = delete;

    // The temporary path to write; empty when no name could be reserved, with error() set.
    QString temporaryPath() const { return m_temporaryPath; }
    bool commit();
    QString error() const { return m_error; }

private:
    QString m_targetPath;
    QString m_temporaryPath;
    bool m_committed = false;
    QString m_error;
};

} // namespace Flowscope
