// flowscope-cli export: one view under a filter as CSV, XLSX, PDF, PNG, SVG
// or an Athena query.

#include "clicommand.h"
#include "clifilteroptions.h"
#include "cliinterrupt.h"
#include "clioutput.h"
#include "exportgraphics.h"
#include "renderable.h"
#include "reportexport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Flowscope::Cli {

namespace {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::Cli::Export)
};

struct ExportOptionSet
{
    QCommandLineOption view{QStringLiteral("view"),
                            ExportText::tr("The view to export: %1. Repeat it to put several "
                                           "views in one xlsx workbook or pdf report.")
                                .arg(exportViewNames().join(QStringLiteral(", "))),
                            ExportText::tr("NAME")};
    QCommandLineOption format{QStringLiteral("format"),
                              ExportText::tr("The file format: %1.")
                                  .arg(exportFormatNames().join(QStringLiteral(", "))),
                              ExportText::tr("FORMAT")};
    QCommandLineOption output{QStringLiteral("output"),
                              ExportText::tr("The file to write; an existing file is replaced "
                                             "only when the export succeeds."),
                              ExportText::tr("FILE")};
    QCommandLineOption columns{QStringLiteral("columns"),
                               ExportText::tr("flow-events and test-runs: the columns to export, "
                                              "comma-separated, in this order (default: all)."),
                               ExportText::tr("LIST")};
    QCommandLineOption zone{QStringLiteral("time-zone"),
                            ExportText::tr("The IANA time zone timestamps are shown in and "
                                           "test-trend buckets follow, such as Europe/Berlin."),
                            ExportText::tr("ZONE"), QStringLiteral("UTC")};
    QCommandLineOption bucket{QStringLiteral("bucket"),
                              ExportText::tr("test-trend: the bucket size, day, week or month."),
                              ExportText::tr("SIZE"), QStringLiteral("day")};
    QCommandLineOption top{QStringLiteral("top"),
                           ExportText::tr("variants: export the N most frequent (0, the "
                                          "default, exports all)."),
                           ExportText::tr("N"), QStringLiteral("0")};
    QCommandLineOption bom{QStringLiteral("bom"),
                           ExportText::tr("csv: start with a UTF-8 byte order mark, so that "
                                          "Excel reads the file as UTF-8.")};
    QCommandLineOption delimiter{QStringLiteral("delimiter"),
                                 ExportText::tr("csv: the field delimiter, one character or "
                                                "tab (default ,)."),
                                 ExportText::tr("CHAR"), QStringLiteral(",")};
    QCommandLineOption allowFormulas{
        QStringLiteral("allow-formulas"),
        ExportText::tr("csv: keep text starting with = + - @, tab or CR as it is, instead of "
                       "prefixing an apostrophe so that spreadsheets do not run it.")};
    QCommandLineOption database{QStringLiteral("database"),
                                ExportText::tr("athena-sql: the database that holds the data "
                                               "lake tables."),
                                ExportText::tr("NAME"), QStringLiteral("connect_datalake")};
    QCommandLineOption width{QStringLiteral("width"),
                             ExportText::tr("png, svg: the picture width in pixels (default: "
                                            "the graphic's natural size)."),
                             ExportText::tr("PIXELS")};
    QCommandLineOption height{QStringLiteral("height"),
                              ExportText::tr("png, svg: the picture height in pixels."),
                              ExportText::tr("PIXELS")};
    QCommandLineOption scale{QStringLiteral("scale"),
                             ExportText::tr("png: pixels per picture pixel, such as 2 for "
                                            "high-resolution screens (default 1)."),
                             ExportText::tr("FACTOR"), QStringLiteral("1")};

    QList<QCommandLineOption> all() const
    {
        return {view, format, output, columns, zone, bucket, top, bom, delimiter,
                allowFormulas, database, width, height, scale};
    }
};

// Reads the options into `request`; returns a usage error message or empty.
QString readRequest(const QCommandLineParser &parser, const ExportOptionSet &options,
                    ExportRequest &request)
{
    request.views = parser.values(options.view);
    if (request.views.isEmpty())
        return ExportText::tr("Missing --view: name the view to export, one of %1.")
            .arg(exportViewNames().join(QStringLiteral(", ")));
    for (const QString &view : std::as_const(request.views)) {
        if (!isExportView(view))
            return ExportText::tr("Unknown --view '%1': use one of %2.")
                .arg(view, exportViewNames().join(QStringLiteral(", ")));
    }

    if (!parser.isSet(options.format))
        return ExportText::tr("Missing --format: use one of %1.")
            .arg(exportFormatNames().join(QStringLiteral(", ")));
    const std::optional<ExportFormat> format = exportFormatFromName(parser.value(options.format));
    if (!format)
        return ExportText::tr("Unknown --format '%1': use one of %2.")
            .arg(parser.value(options.format), exportFormatNames().join(QStringLiteral(", ")));
    request.format = *format;

    if (!parser.isSet(options.output) || parser.value(options.output).isEmpty())
        return ExportText::tr("Missing --output: name the file to write.");
    request.outputPath = QFileInfo(parser.value(options.output)).absoluteFilePath();

    request.zone = QTimeZone(parser.value(options.zone).toUtf8());
    if (!request.zone.isValid())
        return ExportText::tr("Unknown --time-zone '%1': use an IANA name such as Europe/Berlin, "
                              "or UTC.")
            .arg(parser.value(options.zone));
    request.viewOptions.zone = request.zone;

    const std::optional<TrendBucket> bucket = trendBucketFromName(parser.value(options.bucket));
    if (!bucket)
        return ExportText::tr("Invalid --bucket value '%1': use day, week or month.")
            .arg(parser.value(options.bucket));
    request.viewOptions.bucket = *bucket;

    bool ok = false;
    request.viewOptions.maxVariants = parser.value(options.top).toInt(&ok);
    if (!ok || request.viewOptions.maxVariants < 0)
        return ExportText::tr("Invalid --top value '%1': use a whole number, 0 for all.")
            .arg(parser.value(options.top));

    if (parser.isSet(options.columns)) {
        for (const QString &column :
             parser.value(options.columns).split(QLatin1Char(','), Qt::SkipEmptyParts))
            request.viewOptions.columns.append(column.trimmed());
    }

    const QString delimiter = parser.value(options.delimiter);
    if (delimiter == QLatin1String("tab"))
        request.delimiter = '\t';
    else if (delimiter.size() == 1 && delimiter.at(0).unicode() < 0x80 &&
             delimiter != QLatin1String("\"") && delimiter != QLatin1String("\r") &&
             delimiter != QLatin1String("\n"))
        request.delimiter = delimiter.at(0).toLatin1();
    else
        return ExportText::tr("Invalid --delimiter '%1': use one ASCII character other than a "
                              "quote or line break, or tab.")
            .arg(delimiter);

    request.byteOrderMark = parser.isSet(options.bom);
    request.neutraliseFormulas = !parser.isSet(options.allowFormulas);
    request.athenaDatabase = parser.value(options.database);

    const auto readPositive = [&parser](const QCommandLineOption &option, double *value) {
        if (!parser.isSet(option))
            return true;
        bool valid = false;
        *value = parser.value(option).toDouble(&valid);
        return valid && *value > 0;
    };
    double width = 0;
    double height = 0;
    if (!readPositive(options.width, &width) || !readPositive(options.height, &height) ||
        !readPositive(options.scale, &request.imageScale))
        return ExportText::tr("Invalid --width, --height or --scale: use positive numbers.");
    if ((width > 0) != (height > 0))
        return ExportText::tr("Give --width and --height together, or neither for the graphic's "
                              "natural size.");
    request.imageSize = QSizeF(width, height);
    return validateExportRequest(request);
}

// The graphics of each view the request draws: none for csv, xlsx and athena-sql.
std::optional<int> buildGraphics(const ExportRequest &request, ExportGraphics &graphics)
{
    if (!isGraphicFormat(request.format))
        return std::nullopt;

    const bool image = request.format != ExportFormat::Pdf;
    const QStringList views = image ? QStringList{request.views.constFirst()} : request.views;
    for (const QString &view : views) {
        // A PDF of a view without a graphic still has its table.
        if (!image && !exportGraphicViews().contains(view))
            continue;
        QString error;
        std::unique_ptr<Renderable> graphic =
            createExportGraphic(view, request.workspacePath, request.filter, request.zone, &error);
        if (!graphic) {
            printError(error);
            return image && !exportGraphicViews().contains(view) ? ExitUsageError : ExitFailed;
        }
        graphics[view].append(std::shared_ptr<const Renderable>(std::move(graphic)));
    }
    return std::nullopt;
}

} // namespace

int runExport(const QStringList &arguments)
{
    CommandLine commandLine(*findCommand(QStringLiteral("export")));
    const FilterOptionSet filterOptions(commandLine.parser());
    const ExportOptionSet options;
    commandLine.parser().addOptions(options.all());

    if (const std::optional<int> exitCode = commandLine.parse(arguments))
        return *exitCode;
    const QCommandLineParser &parser = commandLine.parser();
    if (!commandLine.positionalArguments().isEmpty())
        return commandLine.usageError(
            ExportText::tr("Unexpected argument '%1': export takes no inputs; name the file "
                           "with --output.")
                .arg(commandLine.positionalArguments().constFirst()));

    QString error;
    const std::optional<Filter> filter = filterOptions.read(parser, &error);
    if (!filter)
        return commandLine.usageError(error);
    ExportRequest request;
    request.filter = *filter;
    request.workspacePath = commandLine.workspacePath();
    if (const QString problem = readRequest(parser, options, request); !problem.isEmpty())
        return commandLine.usageError(problem);

    // Checks that the workspace opens before anything is written.
    Workspace workspace;
    if (const std::optional<int> exitCode =
            openWorkspace(commandLine, workspace, Workspace::OpenMode::ReadOnly))
        return *exitCode;
    request.workspacePath = workspace.path();
    workspace.close();

    ExportGraphics graphics;
    if (const std::optional<int> exitCode = buildGraphics(request, graphics))
        return *exitCode;

    const InterruptGuard interruptGuard;
    const ExportResult result = runExport(request, graphics, [](qint64, qint64) {
        return !InterruptGuard::requested();
    });
    if (result.status == ExportResult::Status::Cancelled) {
        printError(ExportText::tr("The export was cancelled. Nothing was written to %1.")
                       .arg(request.outputPath));
        return ExitFailed;
    }
    if (!result.ok()) {
        printError(result.error);
        return ExitFailed;
    }

    if (commandLine.json()) {
        printJson({
            {QStringLiteral("views"), QJsonArray::fromStringList(request.views)},
            {QStringLiteral("format"), exportFormatName(request.format)},
            {QStringLiteral("output"), request.outputPath},
            {QStringLiteral("rows"), result.rows},
            {QStringLiteral("neutralised_cells"), result.neutralisedCells},
            {QStringLiteral("truncated_cells"), result.truncatedCells},
        });
        return ExitSuccess;
    }
    const bool rowsWritten = request.format == ExportFormat::Csv ||
                             request.format == ExportFormat::Xlsx ||
                             request.format == ExportFormat::Pdf;
    QString text =
        rowsWritten
            ? ExportText::tr("Exported %n row(s) of %1 to %2.\n", nullptr, int(result.rows))
                  .arg(request.views.join(QStringLiteral(", ")), request.outputPath)
            : ExportText::tr("Exported %1 as %2 to %3.\n")
                  .arg(request.views.constFirst(), exportFormatName(request.format),
                       request.outputPath);
    if (result.neutralisedCells > 0)
        text += ExportText::tr("%n cell(s) starting with = + - @, tab or CR got a leading "
                               "apostrophe so that spreadsheets do not run them as formulas; "
                               "--allow-formulas keeps them as they are.\n",
                               nullptr, int(result.neutralisedCells));
    if (result.truncatedCells > 0)
        text += ExportText::tr("%n cell(s) were cut to Excel's limit of 32,767 characters.\n",
                               nullptr, int(result.truncatedCells));
    printOut(text);
    return ExitSuccess;
}

} // namespace Flowscope::Cli
