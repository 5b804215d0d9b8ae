#include "pdfreport.h"

#include "renderable.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>

#include <algorithm>

namespace Flowscope {

namespace {

// Layout in points: the writer's resolution is 72 dots per inch.
constexpr int PointsPerInch = 72;
constexpr double PageMargin = 28;
constexpr double FooterHeight = 18;
constexpr double CellPadding = 2.5;
constexpr double MinColumnWidth = 40;
constexpr double MaxNaturalColumnWidth = 240;
// Rows measured before the column widths are fixed.
constexpr int SampleRows = 200;
// Progress is reported after this many rows.
constexpr qint64 ProgressRows = 256;

const QColor HeaderFill(0xE8, 0xEC, 0xF1);
const QColor StripeFill(0xF7, 0xF8, 0xFA);
const QColor GridColor(0xC8, 0xCD, 0xD4);
const QColor MutedText(0x80, 0x80, 0x80);
const QColor TileFill(0xF2, 0xF5, 0xF9);

// Without shaping, "fl" in flow_type stays two letters in the text layer,
// where searching and copying expect them, instead of the ligature U+FB02.
// Qt still shapes scripts that need it.
QFont font(double points, bool bold = false)
{
    QFont result;
    result.setPointSizeF(points);
    result.setBold(bold);
    result.setStyleStrategy(QFont::PreferNoShaping);
    return result;
}

bool isNumeric(ExportColumnType type)
{
    return type == ExportColumnType::Integer || type == ExportColumnType::Real;
}

// Draws pages top to bottom, starting a new page when the next block does
// not fit, and numbers each page in its footer.
class PageCursor
{
public:
    PageCursor(QPdfWriter &writer, QPainter &painter, const QString &footerTitle)
        : m_writer(writer), m_painter(painter), m_footerTitle(footerTitle)
    {}

    double width() const { return m_writer.width(); }
    double bottom() const { return m_writer.height() - FooterHeight; }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    int pages() const { return m_page; }

    // Starts a new page when fewer than `height` points are left, unless the
    // page is still empty. Returns true when it started one.
    bool ensureSpace(double height)
    {
        if (m_y + height <= bottom() || m_y == 0)
            return false;
        newPage();
        return true;
    }

    void newPage()
    {
        drawFooter();
        m_writer.newPage();
        ++m_page;
        m_y = 0;
    }

    void finish() { drawFooter(); }

private:
    void drawFooter()
    {
        m_painter.save();
        m_painter.setFont(font(7));
        m_painter.setPen(MutedText);
        const QRectF footer(0, m_writer.height() - FooterHeight + 6, width(), FooterHeight - 6);
        m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footerTitle);
        m_painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                           PdfReportWriter::tr("Page %1").arg(m_page));
        m_painter.restore();
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    QString m_footerTitle;
    double m_y = 0;
    int m_page = 1;
};

// The text a cell shows; NULL is drawn separately.
struct CellText
{
    QString text;
    bool null = false;
};

class TableDrawer
{
public:
    TableDrawer(QPainter &painter, PageCursor &cursor, ExportTable &table, const QTimeZone &zone)
        : m_painter(painter), m_cursor(cursor), m_table(table), m_timestamps(zone)
    {
        const qsizetype columns = table.columns().size();
        double points = 8.5;
        if (columns > 12)
            points = 6.5;
        else if (columns > 7)
            points = 7.5;
        m_bodyFont = font(points);
        m_headerFont = font(points, true);
        m_option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    }

    bool draw(const ExportProgressCallback &progress, qint64 *rowsWritten, QString *error)
    {
        QList<QList<CellText>> sample;
        QVariantList row;
        bool more = true;
        while (sample.size() < SampleRows && (more = m_table.next(row)))
            sample.append(cellTexts(row));
        measureColumns(sample);

        m_cursor.ensureSpace(headerHeight() * 3);
        drawHeader();

        qint64 written = 0;
        const auto drawOne = [&](const QList<CellText> &cells) {
            drawRow(cells, written % 2 == 1);
            ++written;
            ++*rowsWritten;
            return !progress || written % ProgressRows != 0 ||
                   progress(written, m_table.rowCount());
        };
        for (const QList<CellText> &cells : std::as_const(sample)) {
            if (!drawOne(cells))
                return false;
        }
        while (more && m_table.next(row)) {
            if (!drawOne(cellTexts(row)))
                return false;
        }
        if (!m_table.error().isEmpty()) {
            *error = m_table.error();
            return false;
        }
        if (written == 0) {
            m_painter.setFont(m_bodyFont);
            m_painter.setPen(MutedText);
            m_painter.drawText(QRectF(0, m_cursor.y() + 2, m_cursor.width(), 14),
                               PdfReportWriter::tr("No rows match the filter."));
            m_cursor.advance(16);
        }
        return true;
    }

private:
    QList<CellText> cellTexts(const QVariantList &row)
    {
        QList<CellText> cells;
        const QList<ExportColumn> &columns = m_table.columns();
        cells.reserve(columns.size());
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QVariant value = i < row.size() ? row.at(i) : QVariant();
            if (!value.isValid())
                cells.append({QStringLiteral("NULL"), true});
            else
                cells.append({exportCellText(value, columns.at(i).type, m_timestamps), false});
        }
        return cells;
    }

    // Widths proportional to the widest text of each column in the sample,
    // shrunk to the page width; text then wraps inside its column.
    void measureColumns(const QList<QList<CellText>> &sample)
    {
        const QList<ExportColumn> &columns = m_table.columns();
        const QFontMetricsF body(m_bodyFont, m_painter.device());
        const QFontMetricsF header(m_headerFont, m_painter.device());
        QList<double> natural;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            double width = header.horizontalAdvance(columns.at(i).name);
            for (const QList<CellText> &cells : sample)
                width = std::max(width, body.horizontalAdvance(cells.at(i).text));
            natural.append(std::min(width + 2 * CellPadding + 1, MaxNaturalColumnWidth));
        }

        // Each column keeps up to MinColumnWidth of its natural width; the
        // rest of the page is shared in proportion to what columns need beyond that.
        double total = 0;
        double minimumTotal = 0;
        for (const double width : natural) {
            total += width;
            minimumTotal += std::min(width, MinColumnWidth);
        }
        const double available = m_cursor.width();
        m_widths.clear();
        for (const double width : natural) {
            if (total <= available) {
                m_widths.append(width);
                continue;
            }
            const double minimum = std::min(width, MinColumnWidth);
            const double share = (available - minimumTotal) / (total - minimumTotal);
            m_widths.append(minimum + (width - minimum) * std::max(0.0, share));
        }
    }

    double textHeight(const QString &text, double width, const QFont &cellFont)
    {
        m_painter.setFont(cellFont);
        return m_painter
            .boundingRect(QRectF(0, 0, std::max(1.0, width - 2 * CellPadding), 1e6), text,
                          m_option)
            .height();
    }

    double headerHeight()
    {
        double height = 0;
        const QList<ExportColumn> &columns = m_table.columns();
        for (qsizetype i = 0; i < columns.size(); ++i)
            height = std::max(height, textHeight(columns.at(i).name, m_widths.at(i), m_headerFont));
        return height + 2 * CellPadding;
    }

    void drawHeader()
    {
        const double height = headerHeight();
        const QList<ExportColumn> &columns = m_table.columns();
        double x = 0;
        m_painter.setFont(m_headerFont);
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QRectF cell(x, m_cursor.y(), m_widths.at(i), height);
            m_painter.fillRect(cell, HeaderFill);
            m_painter.setPen(GridColor);
            m_painter.drawRect(cell);
            m_painter.setPen(Qt::black);
            m_painter.drawText(cell.adjusted(CellPadding, CellPadding, -CellPadding, -CellPadding),
                               columns.at(i).name, m_option);
            x += m_widths.at(i);
        }
        m_cursor.advance(height);
    }

    void drawRow(const QList<CellText> &cells, bool striped)
    {
        double height = 0;
        for (qsizetype i = 0; i < cells.size(); ++i)
            height = std::max(height, textHeight(cells.at(i).text, m_widths.at(i), m_bodyFont));
        height += 2 * CellPadding;
        // A row taller than a page is cut at the page's end.
        height = std::min(height, m_cursor.bottom() - headerHeight());

        if (m_cursor.ensureSpace(height))
            drawHeader();

        const QList<ExportColumn> &columns = m_table.columns();
        double x = 0;
        m_painter.setFont(m_bodyFont);
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QRectF cell(x, m_cursor.y(), m_widths.at(i), height);
            if (striped)
                m_painter.fillRect(cell, StripeFill);
            m_painter.setPen(GridColor);
            m_painter.drawLine(cell.bottomLeft(), cell.bottomRight());

            QTextOption option = m_option;
            option.setAlignment(isNumeric(columns.at(i).type) ? Qt::AlignRight : Qt::AlignLeft);
            m_painter.setPen(cells.at(i).null ? MutedText : QColor(Qt::black));
            QFont cellFont = m_bodyFont;
            cellFont.setItalic(cells.at(i).null);
            m_painter.setFont(cellFont);
            m_painter.drawText(cell.adjusted(CellPadding, CellPadding, -CellPadding, -CellPadding),
                               cells.at(i).text, option);
            x += m_widths.at(i);
        }
        m_cursor.advance(height);
    }

    QPainter &m_painter;
    PageCursor &m_cursor;
    ExportTable &m_table;
    TimestampFormatter m_timestamps;
    QFont m_bodyFont;
    QFont m_headerFont;
    QTextOption m_option;
    QList<double> m_widths;
};

void drawHeading(QPainter &painter, PageCursor &cursor, const PdfReport &report)
{
    painter.setPen(Qt::black);
    painter.setFont(font(18, true));
    painter.drawText(QRectF(0, cursor.y(), cursor.width(), 26), Qt::AlignLeft | Qt::AlignTop,
                     report.title);
    cursor.advance(28);

    painter.setFont(font(9));
    painter.setPen(MutedText);
    TimestampFormatter timestamps(report.zone);
    painter.drawText(QRectF(0, cursor.y(), cursor.width(), 14), Qt::AlignLeft | Qt::AlignTop,
                     PdfReportWriter::tr("Time span: %1 · generated %2")
                         .arg(report.timeSpan,
                              timestamps.format(QDateTime::currentMSecsSinceEpoch())));
    cursor.advance(18);

    // The filter as label and value lines.
    painter.setPen(Qt::black);
    const QFontMetricsF metrics(font(8), painter.device());
    double labelWidth = 0;
    for (const auto &field : report.filterFields)
        labelWidth = std::max(labelWidth, QFontMetricsF(font(8, true), painter.device())
                                              .horizontalAdvance(field.first));
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const auto &[label, value] : report.filterFields) {
        const QRectF valueRect(labelWidth + 12, cursor.y(), cursor.width() - labelWidth - 12, 1e6);
        painter.setFont(font(8));
        const double height = std::max(metrics.height(),
                                       painter.boundingRect(valueRect, value, wrap).height());
        cursor.ensureSpace(height);
        painter.setFont(font(8, true));
        painter.drawText(QRectF(0, cursor.y(), labelWidth, height), Qt::AlignLeft | Qt::AlignTop,
                         label);
        painter.setFont(font(8));
        painter.drawText(QRectF(labelWidth + 12, cursor.y(), valueRect.width(), height), value,
                         wrap);
        cursor.advance(height + 1);
    }
    cursor.advance(10);
}

void drawKpis(QPainter &painter, PageCursor &cursor, const QList<ExportKpi> &kpis)
{
    if (kpis.isEmpty())
        return;
    constexpr double TileWidth = 150;
    constexpr double TileHeight = 46;
    constexpr double Gap = 10;
    cursor.ensureSpace(TileHeight + Gap);

    double x = 0;
    for (const ExportKpi &kpi : kpis) {
        if (x + TileWidth > cursor.width()) {
            cursor.advance(TileHeight + Gap);
            cursor.ensureSpace(TileHeight + Gap);
            x = 0;
        }
        const QRectF tile(x, cursor.y(), TileWidth, TileHeight);
        painter.setPen(GridColor);
        painter.setBrush(TileFill);
        painter.drawRoundedRect(tile, 4, 4);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(MutedText);
        painter.setFont(font(8));
        painter.drawText(tile.adjusted(8, 5, -8, -5), Qt::AlignLeft | Qt::AlignTop, kpi.label);
        painter.setPen(Qt::black);
        painter.setFont(font(15, true));
        painter.drawText(tile.adjusted(8, 5, -8, -4), Qt::AlignLeft | Qt::AlignBottom, kpi.value);
        x += TileWidth + Gap;
    }
    cursor.advance(TileHeight + Gap);
}

void drawGraphic(QPainter &painter, PageCursor &cursor, const Renderable &graphic)
{
    const QSizeF natural = graphic.naturalSize();
    const double pageHeight = cursor.bottom();
    double width = cursor.width();
    double height = natural.width() > 0 ? width * natural.height() / natural.width() : width / 2;
    // A tall picture is shrunk to fit one page below its title.
    const double maxHeight = pageHeight - 24;
    if (height > maxHeight) {
        width *= maxHeight / height;
        height = maxHeight;
    }

    // Shrinking the picture by up to a third keeps it on the current page
    // instead of leaving most of that page empty.
    const double room = cursor.bottom() - cursor.y() - 20;
    if (height > room && room >= height * 2 / 3) {
        width *= room / height;
        height = room;
    }
    cursor.ensureSpace(height + 20);
    painter.setPen(Qt::black);
    painter.setFont(font(10, true));
    painter.drawText(QRectF(0, cursor.y(), cursor.width(), 16), Qt::AlignLeft | Qt::AlignTop,
                     graphic.renderTitle());
    cursor.advance(18);

    painter.save();
    graphic.render(&painter, QRectF(0, cursor.y(), width, height));
    painter.restore();
    cursor.advance(height + 12);
}

} // namespace

bool PdfReportWriter::write(QIODevice *device, const PdfReport &report,
                            const ExportProgressCallback &progress)
{
    m_error.clear();
    m_rows = 0;

    QPdfWriter writer(device);
    writer.setResolution(PointsPerInch);
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("Flowscope"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(PageMargin, PageMargin, PageMargin, PageMargin),
                                     QPageLayout::Point));

    QPainter painter;
    if (!painter.begin(&writer)) {
        m_error = tr("Starting the PDF failed: the output cannot be written.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    PageCursor cursor(writer, painter, report.title);
    drawHeading(painter, cursor, report);

    for (const PdfReportSection &section : report.sections) {
        cursor.ensureSpace(80);
        painter.setPen(Qt::black);
        painter.setFont(font(14, true));
        painter.drawText(QRectF(0, cursor.y(), cursor.width(), 20), Qt::AlignLeft | Qt::AlignTop,
                         section.title);
        cursor.advance(24);

        drawKpis(painter, cursor, section.kpis);
        for (const std::shared_ptr<const Renderable> &graphic : section.graphics)
            drawGraphic(painter, cursor, *graphic);
        if (section.table) {
            TableDrawer table(painter, cursor, *section.table, report.zone);
            if (!table.draw(progress, &m_rows, &m_error)) {
                painter.end();
                return false;
            }
            cursor.advance(14);
        }
    }

    cursor.finish();
    m_pages = cursor.pages();
    if (!painter.end()) {
        m_error = tr("Writing the PDF failed.");
        return false;
    }
    return true;
}

} // namespace Flowscope
