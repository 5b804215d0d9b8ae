#include "csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Flowscope {

namespace {

// Buffered bytes are written out at this size.
constexpr qsizetype FlushBytes = 1 << 20;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// True when a field must be quoted because it contains the delimiter, a quote, CR, LF,
// or U+2028/U+2029 (E2 80 A8/A9 in UTF-8), which some readers treat as line ends.
bool needsQuotes(QByteArrayView text, char delimiter)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text[i];
        if (c == delimiter || c == '"' || c == '\r' || c == '\n')
            return true;
        if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < size &&
            static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(text[i + 2]) == 0xA8 ||
             static_cast<unsigned char>(text[i + 2]) == 0xA9))
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, const Options &options)
    : m_device(device), m_options(options), m_timestamps(options.zone)
{
    m_buffer.reserve(FlushBytes + 4096);
}

CsvWriter::~CsvWriter() = default;

bool CsvWriter::isPlainNumber(QByteArrayView text)
{
    qsizetype i = 0;
    const qsizetype size = text.size();
    if (i < size && (text[i] == '+' || text[i] == '-'))
        ++i;

    qsizetype digits = 0;
    while (i < size && isDigit(text[i])) {
        ++i;
        ++digits;
    }
    if (i < size && text[i] == '.') {
        ++i;
        while (i < size && isDigit(text[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;

    if (i < size && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < size && (text[i] == '+' || text[i] == '-'))
            ++i;
        qsizetype exponentDigits = 0;
        while (i < size && isDigit(text[i])) {
            ++i;
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return false;
    }
    return i == size;
}

bool CsvWriter::startsLikeFormula(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return !isPlainNumber(text);
    default:
        return false;
    }
}

void CsvWriter::appendField(QByteArrayView text)
{
    if (!needsQuotes(text, m_options.delimiter)) {
        m_buffer.append(text);
        return;
    }

    m_buffer.append('"');
    for (const char c : text) {
        if (c == '"')
            m_buffer.append('"');
        m_buffer.append(c);
    }
    m_buffer.append('"');
}

bool CsvWriter::flushIfFull()
{
    if (m_buffer.size() < FlushBytes)
        return true;
    return finish();
}

bool CsvWriter::writeHeader(const QList<ExportColumn> &columns)
{
    m_columns = columns;
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");

    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            m_buffer.append(m_options.delimiter);
        const QByteArray name = columns.at(i).name.toUtf8();
        // A header of one empty name would read back as NULL: quote it.
        if (name.isEmpty())
            m_buffer.append("\"\"");
        else
            appendField(name);
    }
    m_buffer.append("\r\n");
    return flushIfFull();
}

bool CsvWriter::writeRow(const QVariantList &row)
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            m_buffer.append(m_options.delimiter);
        const QVariant value = i < row.size() ? row.at(i) : QVariant();
        if (!value.isValid())
            continue; // NULL: an unquoted empty field

        const ExportColumnType type = m_columns.at(i).type;
        if (type == ExportColumnType::Timestamp) {
            m_buffer.append(m_timestamps.formatUtf8(value.toLongLong()));
            continue;
        }
        if (type != ExportColumnType::Text) {
            appendField(exportCellText(value, type, m_timestamps).toUtf8());
            continue;
        }

        const QByteArray text = value.userType() == QMetaType::QByteArray
                                    ? value.toByteArray()
                                    : value.toString().toUtf8();
        if (text.isEmpty()) {
            m_buffer.append("\"\"");
        } else if (m_options.neutraliseFormulas && startsLikeFormula(text)) {
            ++m_neutralisedCells;
            QByteArray guarded;
            guarded.reserve(text.size() + 1);
            guarded.append('\'').append(text);
            appendField(guarded);
        } else {
            appendField(text);
        }
    }
    m_buffer.append("\r\n");
    return flushIfFull();
}

bool CsvWriter::finish()
{
    if (m_buffer.isEmpty())
        return true;
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_error = QCoreApplication::translate("Flowscope::CsvWriter", "Writing the CSV file failed (%1). Check the free space, "
                                              "file size limits and the folder's permissions.")
                      .arg(m_device->errorString());
        return false;
    }
    m_buffer.clear();
    return true;
}

} // namespace Flowscope
