#include "jsonreader.h"

#include "linereader.h"
#include "logging.h"

#include <QCoreApplication>
#include <QHash>

#include <utility>

namespace Flowscope {

namespace {

class JsonText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::JsonReader)
};

// Deeper nesting is rejected so that a hostile file cannot exhaust the stack.
constexpr int MaxNestingDepth = 512;

// An array element longer than this stops reading, so that an unclosed string
// cannot pull the rest of a large file into memory.
constexpr qsizetype MaxElementBytes = 64 * 1024 * 1024;

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out.append(char(codePoint));
    } else if (codePoint < 0x800) {
        out.append(char(0xC0 | (codePoint >> 6)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.append(char(0xE0 | (codePoint >> 12)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    } else {
        out.append(char(0xF0 | (codePoint >> 18)));
        out.append(char(0x80 | ((codePoint >> 12) & 0x3F)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    }
}

// Number of characters in UTF-8 text: bytes that are not continuation bytes.
int characterCount(QByteArrayView text)
{
    int count = 0;
    for (const char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

// Parses one JSON object into (key, field) pairs. Written by hand, rather than
// with QJsonDocument, to keep number literals exactly as written: a double
// would turn 1700000000123456 into 1.700000000123456e15 and lose digits beyond 2^53.
class ObjectParser
{
public:
    explicit ObjectParser(QByteArrayView text) : m_text(text) {}

    // Calls `fieldFor(rawKey)` for each member, with the key's bytes as
    // written (escapes included), and stores the value in the Field it
    // returns. The Field's text must be empty.
    template <typename FieldFor> bool parse(FieldFor fieldFor)
    {
        skipWhitespace();
        if (atEnd())
            return fail(JsonText::tr("the record is empty"));
        if (peek() != '{') {
            return fail(JsonText::tr("the record is not a JSON object, and each record must be "
                                     "one object in braces"));
        }
        ++m_position;

        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            ++m_position;
            return expectEnd();
        }

        while (true) {
            skipWhitespace();
            if (atEnd() || peek() != '"')
                return fail(JsonText::tr("a key in double quotes was expected"));
            const qsizetype keyStart = m_position;
            if (!skipString())
                return false;
            const QByteArrayView rawKey = m_text.sliced(keyStart + 1, m_position - keyStart - 2);

            skipWhitespace();
            if (atEnd() || peek() != ':')
                return fail(JsonText::tr("a colon was expected after the key"));
            ++m_position;

            skipWhitespace();
            if (!parseValue(*fieldFor(rawKey)))
                return false;

            skipWhitespace();
            if (atEnd())
                return fail(JsonText::tr("the object is not closed with '}'"));
            if (peek() == ',') {
                ++m_position;
                continue;
            }
            if (peek() == '}') {
                ++m_position;
                return expectEnd();
            }
            return fail(JsonText::tr("a comma or '}' was expected after the value"));
        }
    }

    // Decodes the text of a key as parse() passed it.
    static QString decodeKey(QByteArrayView rawKey)
    {
        if (!rawKey.contains('\\'))
            return QString::fromUtf8(rawKey);
        const QByteArray quoted = '"' + rawKey.toByteArray() + '"';
        ObjectParser parser(quoted);
        QByteArray key;
        parser.parseString(&key);
        return QString::fromUtf8(key);
    }

    qsizetype errorOffset() const { return m_position; }
    const QString &errorMessage() const { return m_error; }

private:
    bool atEnd() const { return m_position >= m_text.size(); }
    char peek() const { return m_text.at(m_position); }

    void skipWhitespace()
    {
        while (!atEnd() && isJsonWhitespace(peek()))
            ++m_position;
    }

    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool expectEnd()
    {
        skipWhitespace();
        if (!atEnd())
            return fail(JsonText::tr("there is more text after the end of the object"));
        return true;
    }

    bool parseValue(Field &field)
    {
        if (atEnd())
            return fail(JsonText::tr("a value was expected"));

        field.text.truncate(0); // a repeated key: the last value wins
        const char c = peek();
        if (c == '"') {
            field.kind = FieldKind::Text;
            return parseString(&field.text);
        }
        if (c == 'n' && m_text.sliced(m_position).startsWith("null")) {
            m_position += 4;
            field.kind = FieldKind::Null;
            return true;
        }
        field.kind = FieldKind::Json;
        return copyValue(field.text, 0);
    }

    // Appends the value at the current position as compact JSON: whitespace
    // outside strings dropped, numbers and escapes kept as written.
    bool copyValue(QByteArray &out, int depth)
    {
        if (atEnd())
            return fail(JsonText::tr("a value was expected"));

        const char c = peek();
        if (c == '"')
            return copyString(out);
        if (c == '{' || c == '[')
            return copyContainer(out, depth + 1);
        if (c == '-' || isDigit(c))
            return copyNumber(out);
        for (const char *literal : {"true", "false", "null"}) {
            if (m_text.sliced(m_position).startsWith(literal)) {
                const qsizetype length = qsizetype(qstrlen(literal));
                out.append(literal, length);
                m_position += length;
                return true;
            }
        }
        return fail(JsonText::tr("a value was expected but '%1' was found")
                        .arg(QString::fromUtf8(m_text.sliced(m_position, 1))));
    }

    bool copyContainer(QByteArray &out, int depth)
    {
        if (depth > MaxNestingDepth)
            return fail(
                JsonText::tr("values are nested more than %1 levels deep").arg(MaxNestingDepth));

        const bool object = peek() == '{';
        const char close = object ? '}' : ']';
        out.append(peek());
        ++m_position;

        skipWhitespace();
        if (!atEnd() && peek() == close) {
            out.append(close);
            ++m_position;
            return true;
        }

        while (true) {
            skipWhitespace();
            if (object) {
                if (atEnd() || peek() != '"')
                    return fail(JsonText::tr("a key in double quotes was expected"));
                if (!copyString(out))
                    return false;
                skipWhitespace();
                if (atEnd() || peek() != ':')
                    return fail(JsonText::tr("a colon was expected after the key"));
                out.append(':');
                ++m_position;
                skipWhitespace();
            }
            if (!copyValue(out, depth))
                return false;

            skipWhitespace();
            if (atEnd())
                return fail(object ? JsonText::tr("an object is not closed with '}'")
                                   : JsonText::tr("an array is not closed with ']'"));
            if (peek() == ',') {
                out.append(',');
                ++m_position;
                continue;
            }
            if (peek() == close) {
                out.append(close);
                ++m_position;
                return true;
            }
            return fail(object ? JsonText::tr("a comma or '}' was expected after the value")
                               : JsonText::tr("a comma or ']' was expected after the value"));
        }
    }

    // JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    bool copyNumber(QByteArray &out)
    {
        const qsizetype start = m_position;
        const auto digits = [this] {
            const qsizetype from = m_position;
            while (!atEnd() && isDigit(peek()))
                ++m_position;
            return m_position > from;
        };
        const auto invalid = [&] {
            m_position = start;
            return fail(JsonText::tr("the number is not valid JSON"));
        };

        if (peek() == '-')
            ++m_position;
        if (!atEnd() && peek() == '0')
            ++m_position;
        else if (!digits())
            return invalid();
        if (!atEnd() && peek() == '.') {
            ++m_position;
            if (!digits())
                return invalid();
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_position;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_position;
            if (!digits())
                return invalid();
        }
        out.append(m_text.sliced(start, m_position - start));
        return true;
    }

    bool skipString()
    {
        const qsizetype start = m_position;
        ++m_position;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                ++m_position;
                return true;
            }
            if (c == '\\') {
                if (!skipEscape())
                    return false;
                continue;
            }
            ++m_position;
        }
        m_position = start;
        return fail(JsonText::tr("a string is not closed with '\"'"));
    }

    // Copies a string literal, escapes as written; raw control characters,
    // which JSON does not allow, are escaped so that the copy is valid JSON.
    bool copyString(QByteArray &out)
    {
        const qsizetype start = m_position;
        out.append('"');
        ++m_position;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                out.append('"');
                ++m_position;
                return true;
            }
            if (c == '\\') {
                const qsizetype escapeStart = m_position;
                if (!skipEscape())
                    return false;
                out.append(m_text.sliced(escapeStart, m_position - escapeStart));
                continue;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                out.append("\\u00");
                out.append("0123456789abcdef"[(c >> 4) & 0xF]);
                out.append("0123456789abcdef"[c & 0xF]);
            } else {
                out.append(c);
            }
            ++m_position;
        }
        m_position = start;
        return fail(JsonText::tr("a string is not closed with '\"'"));
    }

    bool skipEscape()
    {
        ++m_position; // the backslash
        if (atEnd())
            return fail(JsonText::tr("a string is not closed with '\"'"));
        const char c = peek();
        if (c == 'u') {
            if (readHex4(m_position + 1) < 0)
                return fail(JsonText::tr("\\u must be followed by four hexadecimal digits"));
            m_position += 5;
            return true;
        }
        if (QByteArrayView("\"\\/bfnrt").contains(c)) {
            ++m_position;
            return true;
        }
        return fail(JsonText::tr("\\%1 is not a JSON escape sequence")
                        .arg(QString::fromUtf8(m_text.sliced(m_position, 1))));
    }

    int readHex4(qsizetype at) const
    {
        if (at + 4 > m_text.size())
            return -1;
        int value = 0;
        for (qsizetype i = at; i < at + 4; ++i) {
            const int digit = hexValue(m_text.at(i));
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        return value;
    }

    // Decodes a string literal to UTF-8. A lone surrogate escape becomes U+FFFD.
    bool parseString(QByteArray *out)
    {
        const qsizetype start = m_position;
        ++m_position;
        qsizetype runStart = m_position;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                out->append(m_text.sliced(runStart, m_position - runStart));
                ++m_position;
                return true;
            }
            if (c != '\\') {
                ++m_position;
                continue;
            }

            out->append(m_text.sliced(runStart, m_position - runStart));
            if (!decodeEscape(*out))
                return false;
            runStart = m_position;
        }
        m_position = start;
        return fail(JsonText::tr("a string is not closed with '\"'"));
    }

    bool decodeEscape(QByteArray &out)
    {
        const qsizetype escapeStart = m_position;
        if (!skipEscape())
            return false;

        const char kind = m_text.at(escapeStart + 1);
        switch (kind) {
        case 'b':
            out.append('\b');
            return true;
        case 'f':
            out.append('\f');
            return true;
        case 'n':
            out.append('\n');
            return true;
        case 'r':
            out.append('\r');
            return true;
        case 't':
            out.append('\t');
            return true;
        case 'u':
            break;
        default:
            out.append(kind); // \" \\ \/
            return true;
        }

        const int unit = readHex4(escapeStart + 2);
        if (unit >= 0xD800 && unit <= 0xDBFF && m_text.sliced(m_position).startsWith("\\u")) {
            const int low = readHex4(m_position + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                m_position += 6;
                appendUtf8(out,
                           0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00));
                return true;
            }
        }
        if (unit >= 0xD800 && unit <= 0xDFFF)
            appendUtf8(out, 0xFFFD);
        else
            appendUtf8(out, char32_t(unit));
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_position = 0;
    QString m_error;
};

} // namespace

struct JsonReader::Private
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::JsonReader)

public:
    enum class ArrayState { BeforeArray, BeforeElement, AfterElement, Ended };
    enum class ScanResult { Element, EndOfArray, EndOfData, TooLong };

    Private(std::unique_ptr<ByteStream> source, const QString &path, Layout readerLayout)
        : stream(std::move(source)), lines(*stream), fileName(path), layout(readerLayout)
    {}

    Result nextLine(Record &record);
    Result nextElement(Record &record);
    Result parseRecord(QByteArrayView text, qint64 firstLine, int firstColumn, Record &record);
    int columnIndex(QByteArrayView rawKey, int expectedIndex);

    // Array splitting over the buffered input.
    bool ensureData();
    void advance();
    bool skipWhitespace();
    ScanResult scanElement();
    Result badRecord(qint64 line, int column, const QString &value, const QString &message);
    Result arrayProblem(qint64 atLine, int atColumn, const QString &reason);

    std::unique_ptr<ByteStream> stream;
    LineReader lines;
    QString fileName;
    Layout layout;
    QStringList columns;
    QHash<QString, int> columnIndexes;
    QList<QByteArray> rawKeys;            // per column, the key as first written
    QHash<QByteArray, int> rawKeyIndexes; // every spelling of a key seen so far

    struct NewColumn
    {
        QString name;
        QByteArray rawKey;
    };
    QList<NewColumn> newColumns; // keys first seen in the record being parsed
    ImportWarning problem;
    QList<ImportWarning> warnings;

    ArrayState arrayState = ArrayState::BeforeArray;
    QByteArray buffer;
    qsizetype position = 0;
    qsizetype keepFrom = -1; // start of the element being scanned, kept across refills
    bool dataEnded = false;
    qint64 line = 1;
    int column = 1;
};

JsonReader::JsonReader(std::unique_ptr<ByteStream> stream, const QString &fileName, Layout layout)
    : d(std::make_unique<Private>(std::move(stream), fileName, layout))
{}

JsonReader::~JsonReader() = default;

const QStringList &JsonReader::columns() const
{
    return d->columns;
}

RecordReader::Result JsonReader::next(Record &record)
{
    return d->layout == Layout::Lines ? d->nextLine(record) : d->nextElement(record);
}

const ImportWarning &JsonReader::lastProblem() const
{
    return d->problem;
}

QList<ImportWarning> JsonReader::takeWarnings()
{
    QList<ImportWarning> collected = d->stream->takeWarnings();
    collected.append(d->warnings);
    d->warnings.clear();
    return collected;
}

qint64 JsonReader::bytesConsumed() const
{
    return d->stream->bytesConsumed();
}

RecordReader::Result JsonReader::Private::nextLine(Record &record)
{
    while (true) {
        QByteArrayView text;
        switch (lines.next(text)) {
        case LineReader::Status::End:
            return Result::End;
        case LineReader::Status::Failed:
            problem = stream->error();
            return Result::Failed;
        case LineReader::Status::TooLong:
            return badRecord(lines.lineNumber(), 0, QString(),
                             tr("the line is longer than 64 MiB, so it was skipped"));
        case LineReader::Status::Line:
            break;
        }

        // Files joined with `cat` keep each part's UTF-8 byte order mark at a line start.
        int firstColumn = 1;
        if (text.startsWith("\xEF\xBB\xBF")) {
            text = text.sliced(3);
            firstColumn = 2;
        }

        const bool blank = std::all_of(text.begin(), text.end(), isJsonWhitespace);
        if (blank)
            continue;
        return parseRecord(text, lines.lineNumber(), firstColumn, record);
    }
}

// Parses one object; `firstLine` and `firstColumn` locate its first byte in the file.
RecordReader::Result JsonReader::Private::parseRecord(QByteArrayView text, qint64 firstLine,
                                                      int firstColumn, Record &record)
{
    // Field buffers are reused from the previous record to save allocations.
    for (Field &field : record.fields) {
        field.kind = FieldKind::Null;
        field.text.truncate(0);
    }
    newColumns.clear();

    int expectedIndex = 0;
    const auto fieldFor = [&](QByteArrayView rawKey) {
        const int index = columnIndex(rawKey, expectedIndex);
        expectedIndex = index + 1;
        if (record.fields.size() <= index)
            record.fields.resize(index + 1);
        return &record.fields[index];
    };

    ObjectParser parser(text);
    if (!parser.parse(fieldFor)) {
        const qsizetype offset = std::min(parser.errorOffset(), text.size());
        const QByteArrayView before = text.first(offset);
        const qsizetype lastNewline = before.lastIndexOf('\n');
        const qint64 errorLine = firstLine + before.count('\n');
        const int errorColumn = lastNewline < 0
                                    ? firstColumn + characterCount(before)
                                    : 1 + characterCount(before.sliced(lastNewline + 1));
        return badRecord(errorLine, errorColumn, abbreviatedValue(QString::fromUtf8(text)),
                         parser.errorMessage());
    }

    // Keys first seen in this record become columns only now that it parsed.
    for (const NewColumn &added : std::as_const(newColumns)) {
        const int index = int(columns.size());
        columns.append(added.name);
        columnIndexes.insert(added.name, index);
        rawKeys.append(added.rawKey);
        rawKeyIndexes.insert(added.rawKey, index);
    }
    record.line = firstLine;
    record.fields.resize(columns.size());
    return Result::Record;
}

// The column index of a key. Records usually repeat the previous record's key
// order, so the raw bytes are compared with the expected column's first.
int JsonReader::Private::columnIndex(QByteArrayView rawKey, int expectedIndex)
{
    if (expectedIndex < rawKeys.size() && rawKeys.at(expectedIndex) == rawKey)
        return expectedIndex;

    const QByteArray lookup = QByteArray::fromRawData(rawKey.data(), rawKey.size());
    const auto known = rawKeyIndexes.constFind(lookup);
    if (known != rawKeyIndexes.constEnd())
        return known.value();

    // The same key written with other escapes, or a new key.
    const QString name = ObjectParser::decodeKey(rawKey);
    const auto decoded = columnIndexes.constFind(name);
    if (decoded != columnIndexes.constEnd()) {
        rawKeyIndexes.insert(rawKey.toByteArray(), decoded.value());
        return decoded.value();
    }
    for (qsizetype i = 0; i < newColumns.size(); ++i) {
        if (newColumns.at(i).name == name)
            return int(columns.size() + i);
    }
    newColumns.append({name, rawKey.toByteArray()});
    return int(columns.size() + newColumns.size() - 1);
}

RecordReader::Result JsonReader::Private::badRecord(qint64 errorLine, int errorColumn,
                                                    const QString &value, const QString &reason)
{
    problem = ImportWarning();
    problem.kind = ImportWarningKind::InvalidJson;
    problem.severity = ImportWarningSeverity::RowRejected;
    problem.file = fileName;
    problem.line = errorLine;
    problem.column = errorColumn;
    problem.value = value;
    if (errorColumn > 0)
        problem.message = tr("Line %1, column %2: invalid JSON because %3. Fix or remove the "
                             "record and import the file again.")
                              .arg(errorLine)
                              .arg(errorColumn)
                              .arg(reason);
    else
        problem.message = tr("Line %1: %2. Fix or remove the record and import the file again.")
                              .arg(errorLine)
                              .arg(reason);
    return Result::BadRecord;
}

// A problem that stops reading the array.
RecordReader::Result JsonReader::Private::arrayProblem(qint64 atLine, int atColumn,
                                                       const QString &reason)
{
    problem = ImportWarning();
    problem.kind = ImportWarningKind::InvalidJson;
    problem.severity = ImportWarningSeverity::FileRejected;
    problem.file = fileName;
    problem.line = atLine;
    problem.column = atColumn;
    problem.message = tr("Line %1, column %2: %3").arg(atLine).arg(atColumn).arg(reason);
    arrayState = ArrayState::Ended;
    qCWarning(lcReaders) << "JSON array reading stopped:" << fileName << problem.message;
    return Result::Failed;
}

// Reads more input when buffer[position] is past the end. Returns false at the end of the data.
bool JsonReader::Private::ensureData()
{
    if (position < buffer.size())
        return true;
    if (dataEnded)
        return false;

    const qsizetype discard = keepFrom >= 0 ? keepFrom : position;
    buffer.remove(0, discard);
    position -= discard;
    if (keepFrom >= 0)
        keepFrom = 0;

    if (stream->read(buffer, 1024 * 1024) == 0)
        dataEnded = true;
    return position < buffer.size();
}

void JsonReader::Private::advance()
{
    const char c = buffer.at(position);
    if (c == '\n') {
        ++line;
        column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
        ++column;
    }
    ++position;
}

bool JsonReader::Private::skipWhitespace()
{
    while (ensureData()) {
        if (!isJsonWhitespace(buffer.at(position)))
            return true;
        advance();
    }
    return false;
}

// Finds the end of the element starting at `position` by tracking strings,
// escapes and nesting, without parsing it.
JsonReader::Private::ScanResult JsonReader::Private::scanElement()
{
    const char first = buffer.at(position);
    const bool container = first == '{' || first == '[';
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool started = false;

    while (ensureData()) {
        if (position - keepFrom > MaxElementBytes)
            return ScanResult::TooLong;

        const char c = buffer.at(position);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            advance();
            continue;
        }

        if (!container && started && (c == ',' || c == ']' || c == '}' || isJsonWhitespace(c)))
            return ScanResult::Element;
        started = true;

        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
            if (container && depth == 0) {
                advance();
                return ScanResult::Element;
            }
        }
        advance();
    }
    return container || inString ? ScanResult::EndOfData : ScanResult::Element;
}

RecordReader::Result JsonReader::Private::nextElement(Record &record)
{
    while (true) {
        switch (arrayState) {
        case ArrayState::Ended:
            return Result::End;

        case ArrayState::BeforeArray:
            if (!skipWhitespace()) {
                if (stream->failed()) {
                    problem = stream->error();
                    return Result::Failed;
                }
                arrayState = ArrayState::Ended;
                return Result::End;
            }
            if (buffer.at(position) != '[')
                return arrayProblem(line, column,
                                    tr("the file does not start with '[', so it is not a JSON "
                                       "array. Import it as JSON Lines, or check that the "
                                       "download is complete."));
            advance();
            arrayState = ArrayState::BeforeElement;
            continue;

        case ArrayState::AfterElement:
            if (!skipWhitespace())
                break;
            if (buffer.at(position) == ',') {
                advance();
                arrayState = ArrayState::BeforeElement;
                continue;
            }
            if (buffer.at(position) == ']') {
                advance();
                arrayState = ArrayState::Ended;
                return Result::End;
            }
            // A missing comma: report it and read on from this character.
            arrayState = ArrayState::BeforeElement;
            return badRecord(line, column, QString(),
                             tr("a comma or ']' was expected after the previous element"));

        case ArrayState::BeforeElement: {
            if (!skipWhitespace())
                break;
            const char c = buffer.at(position);
            if (c == ']') {
                advance();
                arrayState = ArrayState::Ended;
                return Result::End;
            }
            if (c == ',') {
                const qint64 errorLine = line;
                const int errorColumn = column;
                advance();
                return badRecord(errorLine, errorColumn, QString(),
                                 tr("an element is missing between two commas"));
            }

            const qint64 startLine = line;
            const int startColumn = column;
            keepFrom = position;
            const ScanResult scan = scanElement();
            const qsizetype start = keepFrom;
            keepFrom = -1;
            if (scan == ScanResult::TooLong)
                return arrayProblem(startLine, startColumn,
                                    tr("the element that starts here is longer than 64 MiB, so "
                                       "a string or bracket is probably not closed. Check the "
                                       "file."));
            if (scan == ScanResult::EndOfData) {
                arrayState = ArrayState::Ended;
                if (stream->failed()) {
                    problem = stream->error();
                    return Result::Failed;
                }
                return badRecord(startLine, startColumn, QString(),
                                 tr("the file ends inside this element, so the file is "
                                    "probably incomplete"));
            }

            arrayState = ArrayState::AfterElement;
            const QByteArrayView element = QByteArrayView(buffer).sliced(start, position - start);
            return parseRecord(element, startLine, startColumn, record);
        }
        }

        // The data ended before the closing ']'.
        arrayState = ArrayState::Ended;
        if (stream->failed()) {
            problem = stream->error();
            return Result::Failed;
        }
        ImportWarning warning;
        warning.kind = ImportWarningKind::InvalidJson;
        warning.severity = ImportWarningSeverity::Warning;
        warning.file = fileName;
        warning.line = line;
        warning.message = tr("Line %1: the JSON array is not closed with ']', so the file may "
                             "be incomplete. The elements before this line were read. If rows "
                             "are missing, download the file again.")
                              .arg(line);
        warnings.append(warning);
        return Result::End;
    }
}

} // namespace Flowscope
