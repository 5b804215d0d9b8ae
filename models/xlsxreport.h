#pragma once

#include "exporttable.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QTimeZone>

struct lxw_workbook;
struct lxw_format;

namespace Flowscope {

// Writes ExportTables as an Excel workbook with libxlsxwriter, one worksheet
// per table: a bold header row, frozen below the header, with an autofilter.
// Cells are typed: timestamps are Excel dates in the display zone (Excel has
// no zones, so the zone goes in the number format's heading and the Filter
// sheet), integers and reals are numbers, booleans are booleans, and text,
// ids included, is text, so leading zeros survive.
//
// Rows stream to temporary files as they are written (libxlsxwriter's
// constant memory mode), so memory stays flat for large tables. A table
// longer than Excel's 1,048,576 rows continues on sheets named "NAME (2)", ...
class XlsxReportWriter
{
public:
    // Creates the workbook at `path`; check error() before writing.
    XlsxReportWriter(const QString &path, const QTimeZone &zone);
    ~XlsxReportWriter();
    XlsxReportWriter(const XlsxReportWriter &) = delete;
    XlsxReportWriter &operator=(const XlsxReportWriter &) = delete;

    // Writes every row of `table` to new sheets. Returns false when writing
    // failed or `progress` cancelled; error() is empty for a cancel.
    bool addTable(ExportTable &table, const ExportProgressCallback &progress = {});
    // Adds a "Filter" sheet of label and value rows describing the export.
    bool addFilterSheet(const QList<QPair<QString, QString>> &fields);
    // Writes the file. Returns false and sets error() when that failed.
    bool close();

    QString error() const { return m_error; }
    // Text cells cut to Excel's maximum of 32,767 characters.
    qint64 truncatedCells() const { return m_truncatedCells; }

private:
    struct Sheet;
    Sheet startSheet(const QString &name, const QList<ExportColumn> &columns);
    void finishSheet(const Sheet &sheet, int columnCount);
    QString uniqueSheetName(const QString &base);
    bool fail(const QString &what, int code);

    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_headerFormat = nullptr;
    lxw_format *m_dateFormat = nullptr;
    TimestampFormatter m_timestamps;
    QStringList m_sheetNames;
    qint64 m_truncatedCells = 0;
    QString m_error;
};

} // namespace Flowscope
