#include "reportexport.h"

#include "pdfreport.h"
#include "renderable.h"
#include "workspace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QSaveFile>
#include <QSvgGenerator>

namespace Flowscope {

namespace {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::ReportExport)
};

// A Renderable replaying a recorded picture, scaled to fit its target.
class PictureRenderable final : public Renderable
{
public:
    PictureRenderable(const QString &title, const QSizeF &size, const QPicture &picture)
        : m_title(title), m_size(size), m_picture(picture)
    {}

    QString renderTitle() const override { return m_title; }
    QSizeF naturalSize() const override { return m_size; }

    void render(QPainter *painter, const QRectF &target) const override
    {
        if (m_size.isEmpty())
            return;
        const QSizeF fitted = m_size.scaled(target.size(), Qt::KeepAspectRatio);
        const double scale = fitted.width() / m_size.width();
        painter->save();
        painter->translate(target.x() + (target.width() - fitted.width()) / 2,
                           target.y() + (target.height() - fitted.height()) / 2);
        painter->scale(scale, scale);
        painter->drawPicture(QPointF(0, 0), m_picture);
        painter->restore();
    }

private:
    QString m_title;
    QSizeF m_size;
    QPicture m_picture;
};

ExportResult failed(const QString &error)
{
    ExportResult result;
    result.status = ExportResult::Status::Failed;
    result.error = error;
    return result;
}

ExportResult succeeded(qint64 rows = 0)
{
    ExportResult result;
    result.status = ExportResult::Status::Succeeded;
    result.rows = rows;
    return result;
}

QString cannotWrite(const QSaveFile &file)
{
    return ReportText::tr("Cannot write %1: %2. Choose a folder you can write to.")
        .arg(file.fileName(), file.errorString());
}

QString cannotSave(const QSaveFile &file)
{
    return ReportText::tr("Saving %1 failed: %2. Check the free space and the folder's "
                          "permissions.")
        .arg(file.fileName(), file.errorString());
}

ExportResult writeImage(const ExportRequest &request, const ExportGraphics &graphics)
{
    const QString view = request.views.constFirst();
    const QList<std::shared_ptr<const Renderable>> pictures = graphics.value(view);
    if (pictures.isEmpty())
        return failed(ReportText::tr("The view %1 has no chart or map to export as %2. Export it "
                                     "as csv, xlsx, pdf or athena-sql instead.")
                          .arg(view, exportFormatName(request.format)));

    QSaveFile file(request.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return failed(cannotWrite(file));
    QString error;
    const bool written = request.format == ExportFormat::Png
                             ? writePng(*pictures.constFirst(), &file, request.imageSize,
                                        request.imageScale, &error)
                             : writeSvg(*pictures.constFirst(), &file, request.imageSize, &error);
    if (!written)
        return failed(error);
    if (!file.commit())
        return failed(cannotSave(file));
    return succeeded();
}

ExportResult writePdf(const ExportRequest &request, const ExportGraphics &graphics,
                      const ExportProgressCallback &progress)
{
    Workspace workspace;
    QString error;
    if (!workspace.open(request.workspacePath, Workspace::OpenMode::ReadOnly, &error))
        return failed(error);

    PdfReport report;
    QStringList titles;
    for (const QString &view : request.views)
        titles.append(exportViewTitle(view));
    report.title = titles.join(QStringLiteral(", "));
    report.timeSpan = exportTimeSpanText(request);
    report.filterFields = exportFilterFields(request.filter, request.views.constFirst(),
                                             request.zone);
    report.zone = request.zone;

    // The tables stay open while the report is drawn, because they stream.
    std::vector<std::unique_ptr<ExportTable>> tables;
    for (const QString &view : request.views) {
        const AnalyticsProgressCallback scan =
            progress ? AnalyticsProgressCallback([&progress](qint64) { return progress(0, 0); })
                     : AnalyticsProgressCallback();
        std::unique_ptr<ExportTable> table =
            openExportTable(workspace, view, request.filter, request.viewOptions, &error, scan);
        if (!table) {
            if (progress && !progress(0, 0)) {
                ExportResult result;
                result.status = ExportResult::Status::Cancelled;
                return result;
            }
            return failed(error);
        }
        PdfReportSection section;
        section.title = exportViewTitle(view);
        section.kpis = exportViewKpis(workspace, view, request.filter);
        section.graphics = graphics.value(view);
        section.table = table.get();
        report.sections.append(section);
        tables.push_back(std::move(table));
    }

    QSaveFile file(request.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return failed(cannotWrite(file));
    PdfReportWriter writer;
    if (!writer.write(&file, report, progress)) {
        if (writer.error().isEmpty()) {
            ExportResult result;
            result.status = ExportResult::Status::Cancelled;
            return result;
        }
        return failed(writer.error());
    }
    if (!file.commit())
        return failed(cannotSave(file));
    return succeeded(writer.rowsWritten());
}

} // namespace

QString exportTimeSpanText(const ExportRequest &request)
{
    TimestampFormatter timestamps(request.zone);
    const Filter &filter = request.filter;
    if (filter.fromMs && filter.toMs)
        return ReportText::tr("%1 to %2 (end excluded)")
            .arg(timestamps.format(*filter.fromMs), timestamps.format(*filter.toMs));
    if (filter.fromMs)
        return ReportText::tr("from %1").arg(timestamps.format(*filter.fromMs));
    if (filter.toMs)
        return ReportText::tr("before %1").arg(timestamps.format(*filter.toMs));
    return ReportText::tr("all times");
}

bool writePng(const Renderable &graphic, QIODevice *device, const QSizeF &size, double scale,
              QString *error)
{
    const QSizeF logical = size.isEmpty() ? graphic.naturalSize() : size;
    const QSize pixels = (logical * scale).toSize();
    if (pixels.isEmpty() || pixels.width() > 32768 || pixels.height() > 32768) {
        *error = ReportText::tr("Invalid image size %1 × %2 pixels: use 1 to 32768 pixels per side.")
                     .arg(pixels.width())
                     .arg(pixels.height());
        return false;
    }

    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = ReportText::tr("Not enough memory for an image of %1 × %2 pixels: choose a "
                                "smaller size or scale.")
                     .arg(pixels.width())
                     .arg(pixels.height());
        return false;
    }
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    graphic.render(&painter, QRectF(QPointF(0, 0), logical));
    painter.end();

    if (!image.save(device, "PNG")) {
        *error = ReportText::tr("Writing the PNG failed (%1). Check the free space, file size "
                                "limits and the folder's permissions.")
                     .arg(device->errorString());
        return false;
    }
    return true;
}

bool writeSvg(const Renderable &graphic, QIODevice *device, const QSizeF &size, QString *error)
{
    const QSizeF logical = size.isEmpty() ? graphic.naturalSize() : size;
    if (logical.isEmpty()) {
        *error = ReportText::tr("Invalid image size %1 × %2: use a positive width and height.")
                     .arg(logical.width())
                     .arg(logical.height());
        return false;
    }

    // Drawn into memory first, because the text of a label can hold control
    // characters that XML does not allow, and they are replaced before writing.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(logical.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), logical));
    generator.setTitle(graphic.renderTitle());
    generator.setDescription(QStringLiteral("Flowscope"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = ReportText::tr("Starting the SVG failed: the output cannot be written.");
        return false;
    }
    painter.fillRect(QRectF(QPointF(0, 0), logical), Qt::white);
    graphic.render(&painter, QRectF(QPointF(0, 0), logical));
    painter.end();

    QByteArray svg = buffer.data();
    for (char &byte : svg) {
        const auto code = static_cast<unsigned char>(byte);
        if ((code < 0x20 && code != '\t' && code != '\n' && code != '\r') || code == 0x7f)
            byte = '?';
    }
    if (device->write(svg) != svg.size()) {
        *error = ReportText::tr("Writing the SVG failed: %1. Check the free space and the "
                                "folder's permissions.")
                     .arg(device->errorString());
        return false;
    }
    return true;
}

std::shared_ptr<const Renderable> snapshotRenderable(const Renderable &source)
{
    const QSizeF size = source.naturalSize();
    QPicture picture;
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    source.render(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return std::make_shared<PictureRenderable>(source.renderTitle(), size, picture);
}

ExportResult runExport(const ExportRequest &request, const ExportGraphics &graphics,
                       const ExportProgressCallback &progress)
{
    if (const QString problem = validateExportRequest(request); !problem.isEmpty())
        return failed(problem);
    switch (request.format) {
    case ExportFormat::Png:
    case ExportFormat::Svg:
        return writeImage(request, graphics);
    case ExportFormat::Pdf:
        return writePdf(request, graphics, progress);
    case ExportFormat::Csv:
    case ExportFormat::Xlsx:
    case ExportFormat::AthenaSql:
        break;
    }
    return runDataExport(request, progress);
}

} // namespace Flowscope
