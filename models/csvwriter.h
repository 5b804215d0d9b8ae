#pragma once

#include "exporttable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QTimeZone>

class QIODevice;

namespace Flowscope {

// Writes an ExportTable as RFC 4180 CSV in UTF-8, so that CsvReader and
// Athena-minded tools read back exactly what was written:
// - records end with CRLF; a field holding the delimiter, a quote, CR, LF,
//   U+2028 or U+2029 is quoted, with quotes doubled;
// - SQL NULL is an unquoted empty field and the empty string is "" (as in
//   Athena's query results);
// - timestamps are ISO 8601 in the display zone with its offset;
// - text that a spreadsheet would run as a formula (a first character of
//   = + - @, tab or CR) gets a leading apostrophe, unless it is plainly a
//   number such as -12.5; neutralisedCells() counts those changes.
class CsvWriter
{
public:
    struct Options
    {
        char delimiter = ',';
        // A UTF-8 byte order mark first, so that Excel reads the file as UTF-8.
        bool byteOrderMark = false;
        bool neutraliseFormulas = true;
        QTimeZone zone = QTimeZone::utc();
    };

    // Writes to `device`, which must be open for writing and outlive the writer.
    CsvWriter(QIODevice *device, const Options &options);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // Each returns false when writing failed; error() then gives the reason.
    bool writeHeader(const QList<ExportColumn> &columns);
    bool writeRow(const QVariantList &row);
    // Writes what is still buffered.
    bool finish();

    qint64 neutralisedCells() const { return m_neutralisedCells; }
    QString error() const { return m_error; }

    // True for text that starts like a formula and is not plainly a number.
    static bool startsLikeFormula(QByteArrayView text);
    // True for a decimal number with an optional sign, fraction and exponent.
    static bool isPlainNumber(QByteArrayView text);

private:
    void appendField(QByteArrayView text);
    bool flushIfFull();

    QIODevice *m_device = nullptr;
    Options m_options;
    QList<ExportColumn> m_columns;
    TimestampFormatter m_timestamps;
    QByteArray m_buffer;
    qint64 m_neutralisedCells = 0;
    QString m_error;
};

} // namespace Flowscope
