#include "xlsxreport.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <xlsxwriter.h>

#include <algorithm>

namespace Flowscope {

namespace {

// Excel's limits: rows per sheet, characters per cell and per sheet name.
constexpr qint64 MaxSheetRows = LXW_ROW_MAX;
constexpr qsizetype MaxCellCharacters = 32767;
constexpr qsizetype MaxSheetNameCharacters = LXW_SHEETNAME_MAX;
// Progress is reported after this many rows.
constexpr qint64 ProgressRows = 4096;
// Excel's serial date of 1970-01-01, counting days since 1899-12-30.
constexpr double ExcelUnixEpochDays = 25569.0;
constexpr double MsPerDay = 86400000.0;

QString translate(const char *text)
{
    return QCoreApplication::translate("Flowscope::XlsxReportWriter", text);
}

double columnWidth(const ExportColumn &column)
{
    switch (column.type) {
    case ExportColumnType::Timestamp:
        return 24;
    case ExportColumnType::Integer:
    case ExportColumnType::Real:
    case ExportColumnType::Boolean:
        return std::max(12.0, double(column.name.size()) + 4);
    case ExportColumnType::Text:
        break;
    }
    return std::clamp(double(column.name.size()) + 4, 16.0, 48.0);
}

} // namespace

struct XlsxReportWriter::Sheet
{
    lxw_worksheet *worksheet = nullptr;
    lxw_row_t nextRow = 0;
};

XlsxReportWriter::XlsxReportWriter(const QString &path, const QTimeZone &zone)
    : m_timestamps(zone)
{
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    m_workbook = workbook_new_opt(path.toUtf8().constData(), &options);
    if (!m_workbook) {
        m_error = translate("Creating the workbook %1 failed: out of memory or the folder is not "
                            "writable.")
                      .arg(path);
        return;
    }

    m_headerFormat = workbook_add_format(m_workbook);
    format_set_bold(m_headerFormat);
    m_dateFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_dateFormat, "yyyy-mm-dd hh:mm:ss.000");
}

XlsxReportWriter::~XlsxReportWriter()
{
    // A workbook that was never closed is freed without writing the file.
    if (m_workbook)
        lxw_workbook_free(m_workbook);
}

bool XlsxReportWriter::fail(const QString &what, int code)
{
    m_error = translate("%1 failed: %2")
                  .arg(what, QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(code))));
    return false;
}

QString XlsxReportWriter::uniqueSheetName(const QString &base)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString cleaned = base;
    cleaned.replace(forbidden, QStringLiteral("_"));
    cleaned = cleaned.left(MaxSheetNameCharacters);

    QString name = cleaned;
    for (int number = 2; m_sheetNames.contains(name, Qt::CaseInsensitive); ++number) {
        const QString suffix = QStringLiteral(" (%1)").arg(number);
        name = cleaned.left(MaxSheetNameCharacters - suffix.size()) + suffix;
    }
    m_sheetNames.append(name);
    return name;
}

XlsxReportWriter::Sheet XlsxReportWriter::startSheet(const QString &name,
                                                     const QList<ExportColumn> &columns)
{
    Sheet sheet;
    sheet.worksheet =
        workbook_add_worksheet(m_workbook, uniqueSheetName(name).toUtf8().constData());
    if (!sheet.worksheet)
        return sheet;

    for (qsizetype i = 0; i < columns.size(); ++i) {
        const auto column = static_cast<lxw_col_t>(i);
        worksheet_set_column(sheet.worksheet, column, column, columnWidth(columns.at(i)), nullptr);
        worksheet_write_string(sheet.worksheet, 0, column, columns.at(i).name.toUtf8().constData(),
                               m_headerFormat);
    }
    worksheet_freeze_panes(sheet.worksheet, 1, 0);
    sheet.nextRow = 1;
    return sheet;
}

void XlsxReportWriter::finishSheet(const Sheet &sheet, int columnCount)
{
    if (columnCount > 0)
        worksheet_autofilter(sheet.worksheet, 0, 0, sheet.nextRow - 1,
                             static_cast<lxw_col_t>(columnCount - 1));
}

bool XlsxReportWriter::addTable(ExportTable &table, const ExportProgressCallback &progress)
{
    if (!m_workbook)
        return false;

    const QList<ExportColumn> &columns = table.columns();
    const int columnCount = int(columns.size());
    Sheet sheet = startSheet(table.viewName(), columns);
    if (!sheet.worksheet)
        return fail(translate("Adding the sheet %1").arg(table.viewName()), LXW_ERROR_MEMORY_MALLOC_FAILED);

    QVariantList row;
    qint64 written = 0;
    while (table.next(row)) {
        if (sheet.nextRow >= MaxSheetRows) {
            finishSheet(sheet, columnCount);
            sheet = startSheet(table.viewName(), columns);
            if (!sheet.worksheet)
                return fail(translate("Adding the sheet %1").arg(table.viewName()),
                            LXW_ERROR_MEMORY_MALLOC_FAILED);
        }

        for (int i = 0; i < columnCount && i < row.size(); ++i) {
            const QVariant &value = row.at(i);
            if (!value.isValid())
                continue; // NULL: an empty cell
            const auto column = static_cast<lxw_col_t>(i);
            lxw_error status = LXW_NO_ERROR;
            switch (columns.at(i).type) {
            case ExportColumnType::Integer:
            case ExportColumnType::Real:
                status = worksheet_write_number(sheet.worksheet, sheet.nextRow, column,
                                                value.toDouble(), nullptr);
                break;
            case ExportColumnType::Boolean:
                status = worksheet_write_boolean(sheet.worksheet, sheet.nextRow, column,
                                                 value.toBool() ? 1 : 0, nullptr);
                break;
            case ExportColumnType::Timestamp: {
                const qint64 epochMs = value.toLongLong();
                const double localMs =
                    double(epochMs) + double(m_timestamps.offsetSeconds(epochMs)) * 1000.0;
                status = worksheet_write_number(sheet.worksheet, sheet.nextRow, column,
                                                localMs / MsPerDay + ExcelUnixEpochDays,
                                                m_dateFormat);
                break;
            }
            case ExportColumnType::Text: {
                QByteArray text = value.userType() == QMetaType::QByteArray
                                      ? value.toByteArray()
                                      : value.toString().toUtf8();
                // Excel counts characters (UTF-16 code units), not bytes, so
                // only text of more bytes than the limit needs counting.
                if (text.size() > MaxCellCharacters) {
                    QString characters = QString::fromUtf8(text);
                    if (characters.size() > MaxCellCharacters) {
                        qsizetype kept = MaxCellCharacters;
                        if (characters.at(kept - 1).isHighSurrogate())
                            --kept;
                        characters.truncate(kept);
                        text = characters.toUtf8();
                        ++m_truncatedCells;
                    }
                }
                // libxlsxwriter writes "" as a blank cell, which reads as NULL.
                // A formula whose value is the empty string keeps '' distinct.
                status = text.isEmpty()
                             ? worksheet_write_formula_str(sheet.worksheet, sheet.nextRow, column,
                                                           "=\"\"", nullptr, "")
                             : worksheet_write_string(sheet.worksheet, sheet.nextRow, column,
                                                      text.constData(), nullptr);
                break;
            }
            }
            if (status != LXW_NO_ERROR)
                return fail(translate("Writing row %1 of %2").arg(written + 1).arg(table.viewName()),
                            status);
        }
        ++sheet.nextRow;
        ++written;

        if (progress && written % ProgressRows == 0 && !progress(written, table.rowCount()))
            return false;
    }
    if (!table.error().isEmpty()) {
        m_error = table.error();
        return false;
    }

    finishSheet(sheet, columnCount);
    if (progress && !progress(written, table.rowCount()))
        return false;
    return true;
}

bool XlsxReportWriter::addFilterSheet(const QList<QPair<QString, QString>> &fields)
{
    if (!m_workbook)
        return false;

    Sheet sheet = startSheet(translate("Filter"), {{translate("Field"), ExportColumnType::Text},
                                                   {translate("Value"), ExportColumnType::Text}});
    if (!sheet.worksheet)
        return fail(translate("Adding the filter sheet"), LXW_ERROR_MEMORY_MALLOC_FAILED);
    worksheet_set_column(sheet.worksheet, 0, 0, 28, nullptr);
    worksheet_set_column(sheet.worksheet, 1, 1, 80, nullptr);

    for (const auto &[label, value] : fields) {
        worksheet_write_string(sheet.worksheet, sheet.nextRow, 0, label.toUtf8().constData(),
                               nullptr);
        worksheet_write_string(sheet.worksheet, sheet.nextRow, 1,
                               value.left(MaxCellCharacters).toUtf8().constData(), nullptr);
        ++sheet.nextRow;
    }
    return true;
}

bool XlsxReportWriter::close()
{
    if (!m_workbook)
        return false;
    const lxw_error status = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (status != LXW_NO_ERROR)
        return fail(translate("Writing the workbook"), status);
    return true;
}

} // namespace Flowscope
