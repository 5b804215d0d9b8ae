#include "csvreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Flowscope {

namespace {

// Bytes requested from the stream per read: large enough to spread the cost of a
// call through the decoding layers, and small enough to stay in the CPU cache.
constexpr qint64 ChunkBytes = 64 * 1024;

constexpr char Quote = '"';

// A table with a non-zero entry for each byte that ends a plain run of field text.
using StopTable = std::array<bool, 256>;

StopTable makeStopTable(std::initializer_list<char> stops)
{
    StopTable table{};
    for (char stop : stops)
        table[static_cast<unsigned char>(stop)] = true;
    return table;
}

bool isLineBreak(char byte)
{
    return byte == '\n' || byte == '\r';
}

// Returns the first byte in [p, end) for which `stops` is set, or `end`. The
// table must contain exactly the bytes a, b, c and d (repeats allowed), which
// the SSE2 path compares 16 bytes at a time.
inline const char *findStop(const char *p, const char *end, const StopTable &stops, char a, char b,
                            char c, char d)
{
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(a);
    const __m128i vb = _mm_set1_epi8(b);
    const __m128i vc = _mm_set1_epi8(c);
    const __m128i vd = _mm_set1_epi8(d);
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i matches =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, va), _mm_cmpeq_epi8(bytes, vb)),
                         _mm_or_si128(_mm_cmpeq_epi8(bytes, vc), _mm_cmpeq_epi8(bytes, vd)));
        const int mask = _mm_movemask_epi8(matches);
        if (mask != 0)
            return p + __builtin_ctz(static_cast<unsigned int>(mask));
        p += 16;
    }
#else
    Q_UNUSED(a);
    Q_UNUSED(b);
    Q_UNUSED(c);
    Q_UNUSED(d);
#endif
    while (p < end && !stops[static_cast<unsigned char>(*p)])
        ++p;
    return p;
}

} // namespace

struct CsvReader::Private
{
    enum class State { Reading, Ended, Failed };

    // The outcome of reading a field. Delimiter and RecordEnd have consumed the byte that ended it.
    enum class FieldEnd { Delimiter, RecordEnd, InputEnd, Failed, TooLong };

    // The outcome of a scan of field text.
    enum class ScanEnd { Stopped, InputEnd, Failed, TooLong };

    Private(std::unique_ptr<ByteStream> byteStream, const QString &name,
            const Options &readerOptions)
        : stream(std::move(byteStream)), fileName(name), options(readerOptions),
          unquotedStops(makeStopTable({readerOptions.delimiter, Quote, '\r', '\n'})),
          quotedStops(makeStopTable({Quote, '\r', '\n'}))
    {}

    void readHeader();
    Result readRecord(Record &record);
    FieldEnd readField(Field &field, int column);
    ScanEnd scanUnquoted(QByteArray &text, bool *sawQuote);
    ScanEnd scanQuoted(QByteArray &text);
    FieldEnd consumeFieldEnd();
    bool skipBlankLines();
    void skipInlineBlanks();
    void skipRestOfLine();
    bool refill();
    void appendToField(QByteArray &text, const char *bytes, qsizetype count);
    void settleFieldText(QByteArray &text);

    // Makes the byte at `pos` available. Returns false at the end of the input or on failure.
    bool ensureByte() { return pos < buffer.size() || refill(); }

    qint64 position() const { return bufferOffset + pos; }

    // Returns the index in the buffer at which a scan must stop because the record
    // reaches maxRecordBytes there. If the limit lies beyond the buffer, returns its size.
    qsizetype scanLimit() const
    {
        const qint64 limit = recordLimit - bufferOffset;
        return static_cast<qsizetype>(std::clamp<qint64>(limit, pos, buffer.size()));
    }

    void noteBareQuote(const QByteArray &text, int column);
    void setProblem(ImportWarningKind kind, qint64 problemLine, int column, const QByteArray &value,
                    const QString &message);
    void reportTooLong(qint64 recordLine, bool insideQuotes);
    void addBareQuoteSummary();
    QString columnName(int column) const;

    std::unique_ptr<ByteStream> stream;
    QString fileName;
    Options options;
    StopTable unquotedStops;
    StopTable quotedStops;

    State state = State::Reading;
    QStringList columns;
    qint64 headerLine = 0;
    ImportWarning problem;
    QList<ImportWarning> warnings;

    // The current chunk of the stream. Field text is copied out of it as it is
    // read, so a refill may replace it at any point.
    QByteArray buffer;
    qsizetype pos = 0;
    qint64 bufferOffset = 0; // offset of buffer[0] in the decoded stream
    char lastByteOfPreviousChunk = 0;
    bool inputEnded = false;
    bool streamFailed = false;
    qint64 line = 1; // the physical line that the byte at `pos` is on

    // The record being read.
    bool readingHeader = false;
    bool recordHasProblem = false;
    qint64 recordStart = 0; // offset of its first byte
    qint64 recordLimit = 0; // offset of the first byte past maxRecordBytes
    qint64 recordContentEnd = 0;
    bool tooLongInsideQuotes = false;

    // Set while the field's QByteArray still contains the previous record's text,
    // so that the first append replaces it with one resize() instead of two.
    bool fieldTextStale = false;

    qint64 bareQuoteCount = 0;
    qint64 firstBareQuoteLine = 0;
};

// Reads an optional sep= line, blank lines and the header. A header that cannot
// be read fails the whole file, because no record can be matched to columns.
void CsvReader::Private::readHeader()
{
    readingHeader = true;
    if (options.skipSepLine)
        skipRestOfLine();

    Record header;
    const Result result = readRecord(header);
    readingHeader = false;

    switch (result) {
    case Result::Record:
        headerLine = header.line;
        columns.reserve(header.fields.size());
        for (const Field &field : std::as_const(header.fields))
            columns.append(QString::fromUtf8(field.text).trimmed());
        return;
    case Result::End:
        state = State::Ended;
        return;
    case Result::Failed:
        state = State::Failed;
        problem = stream->error();
        return;
    case Result::BadRecord:
        state = State::Failed;
        problem.severity = ImportWarningSeverity::FileRejected;
        problem.message = QCoreApplication::translate(
                              "Flowscope::CsvReader",
                              "The header cannot be read, so no rows were imported from this "
                              "file. %1")
                              .arg(problem.message);
        return;
    }
}

CsvReader::Result CsvReader::Private::readRecord(Record &record)
{
    if (!skipBlankLines())
        return streamFailed ? Result::Failed : Result::End;

    record.line = line;
    recordStart = position();
    recordLimit = recordStart + options.maxRecordBytes;
    recordHasProblem = false;

    // Fields left in `record` by the previous call are reused, so that their
    // buffers are too.
    qsizetype fieldCount = 0;
    for (;;) {
        if (fieldCount == record.fields.size())
            record.fields.emplace_back();
        Field &field = record.fields[fieldCount];
        ++fieldCount;

        const FieldEnd end = readField(field, static_cast<int>(fieldCount));
        if (end == FieldEnd::Delimiter)
            continue;
        if (end == FieldEnd::Failed)
            return Result::Failed;
        if (end == FieldEnd::TooLong) {
            skipRestOfLine();
            reportTooLong(record.line, tooLongInsideQuotes);
            record.fields.clear(); // release up to maxRecordBytes of field text
            return Result::BadRecord;
        }
        break;
    }
    record.fields.resize(fieldCount);

    // The scans stop at the limit, but single bytes such as a closing quote or a
    // delimiter may still carry a record just past it.
    if (recordContentEnd - recordStart > options.maxRecordBytes) {
        reportTooLong(record.line, false);
        record.fields.clear();
        return Result::BadRecord;
    }

    return recordHasProblem ? Result::BadRecord : Result::Record;
}

CsvReader::Private::FieldEnd CsvReader::Private::readField(Field &field, int column)
{
    QByteArray &text = field.text;
    fieldTextStale = true;

    if (readingHeader)
        skipInlineBlanks();
    if (!ensureByte()) {
        settleFieldText(text);
        field.kind = FieldKind::Null;
        recordContentEnd = position();
        return streamFailed ? FieldEnd::Failed : FieldEnd::InputEnd;
    }

    if (buffer.at(pos) != Quote) {
        bool sawQuote = false;
        const ScanEnd scan = scanUnquoted(text, &sawQuote);
        settleFieldText(text);
        if (scan == ScanEnd::Failed)
            return FieldEnd::Failed;
        if (scan == ScanEnd::TooLong)
            return FieldEnd::TooLong;

        field.kind = text.isEmpty() ? FieldKind::Null : FieldKind::Text;
        if (sawQuote && !readingHeader)
            noteBareQuote(text, column);
        return consumeFieldEnd();
    }

    field.kind = FieldKind::Text;
    const qint64 openingLine = line;
    ++pos;
    const ScanEnd scan = scanQuoted(text);
    settleFieldText(text);
    if (scan == ScanEnd::Failed)
        return FieldEnd::Failed;
    if (scan == ScanEnd::TooLong)
        return FieldEnd::TooLong;
    if (scan == ScanEnd::InputEnd) {
        recordContentEnd = position();
        setProblem(ImportWarningKind::UnterminatedQuote, openingLine, column, text,
                   QCoreApplication::translate(
                       "Flowscope::CsvReader",
                       "Line %1, column %2: the quoted field that starts here is not closed "
                       "before the end of the file. Add the closing quote, and double any "
                       "quote inside the value.")
                       .arg(openingLine)
                       .arg(column));
        return FieldEnd::InputEnd;
    }

    if (readingHeader)
        skipInlineBlanks();
    if (!ensureByte() || buffer.at(pos) == options.delimiter || isLineBreak(buffer.at(pos)))
        return consumeFieldEnd();

    // Text after the closing quote makes the record bad. The rest of the field is
    // read as unquoted text, so that the record ends where the CSV grammar puts its
    // end and a later quoted field with line breaks does not start a false record.
    const qint64 junkLine = line;
    const qsizetype quotedLength = text.size();
    const ScanEnd rest = scanUnquoted(text, nullptr);
    if (rest == ScanEnd::Failed)
        return FieldEnd::Failed;
    if (rest == ScanEnd::TooLong)
        return FieldEnd::TooLong;

    const QByteArray displayedValue =
        Quote + text.left(quotedLength) + Quote + text.mid(quotedLength);
    setProblem(ImportWarningKind::BareQuote, junkLine, column, displayedValue,
               QCoreApplication::translate(
                   "Flowscope::CsvReader",
                   "Line %1, column %2: characters follow the closing quote of a quoted field. "
                   "Double each quote inside the value, or remove the characters after the "
                   "closing quote.")
                   .arg(junkLine)
                   .arg(column));
    return consumeFieldEnd();
}

// Appends text up to the next delimiter or line break, keeping quotes as
// written, and stops before that byte. Sets `*sawQuote` when a quote was kept.
CsvReader::Private::ScanEnd CsvReader::Private::scanUnquoted(QByteArray &text, bool *sawQuote)
{
    const char delimiter = options.delimiter;
    for (;;) {
        const char *data = buffer.constData();
        const char *bufferEnd = data + buffer.size();
        const char *end = data + scanLimit();
        const char *start = data + pos;
        const char *p = start;
        for (;;) {
            p = findStop(p, end, unquotedStops, delimiter, Quote, '\r', '\n');
            if (p < end && *p == Quote) {
                if (sawQuote)
                    *sawQuote = true;
                ++p;
                continue;
            }
            break;
        }
        appendToField(text, start, p - start);
        pos = p - data;

        if (p < end)
            return ScanEnd::Stopped;

        // A line break at the limit ends a record of exactly maxRecordBytes.
        if (p < bufferEnd)
            return isLineBreak(*p) ? ScanEnd::Stopped : ScanEnd::TooLong;

        if (!refill())
            return streamFailed ? ScanEnd::Failed : ScanEnd::InputEnd;
    }
}

// Appends the text of a quoted field whose opening quote has been consumed, up
// to and including its closing quote, undoubling quotes on the way.
CsvReader::Private::ScanEnd CsvReader::Private::scanQuoted(QByteArray &text)
{
    for (;;) {
        const char *data = buffer.constData();
        const char *bufferEnd = data + buffer.size();
        const char *end = data + scanLimit();
        const char *start = data + pos;
        const char *p = start;
        for (;;) {
            p = findStop(p, end, quotedStops, Quote, '\r', '\n', '\n');
            if (p == end || *p == Quote)
                break;

            // CRLF counts once: its CR counts, and an LF counts unless a CR precedes it.
            const char previous = p > data ? p[-1] : lastByteOfPreviousChunk;
            if (*p == '\r' || previous != '\r')
                ++line;
            ++p;
        }
        appendToField(text, start, p - start);
        pos = p - data;

        if (p < end) {
            ++pos; // the quote
            if (!ensureByte())
                return streamFailed ? ScanEnd::Failed : ScanEnd::Stopped;
            if (buffer.at(pos) != Quote)
                return ScanEnd::Stopped;
            appendToField(text, &Quote, 1);
            ++pos;
            continue;
        }

        if (p < bufferEnd) {
            tooLongInsideQuotes = true;
            return ScanEnd::TooLong;
        }

        if (!refill())
            return streamFailed ? ScanEnd::Failed : ScanEnd::InputEnd;
    }
}

// Consumes the delimiter or line break that ends a field. Called only where the
// next byte, if any, is one of them.
CsvReader::Private::FieldEnd CsvReader::Private::consumeFieldEnd()
{
    recordContentEnd = position();
    if (!ensureByte())
        return streamFailed ? FieldEnd::Failed : FieldEnd::InputEnd;

    const char byte = buffer.at(pos);
    ++pos;
    if (byte == options.delimiter) {
        return FieldEnd::Delimiter;
    }

    ++line;
    if (byte == '\r' && ensureByte() && buffer.at(pos) == '\n')
        ++pos;
    return FieldEnd::RecordEnd;
}

// Skips empty lines. Returns false at the end of the input or on failure.
bool CsvReader::Private::skipBlankLines()
{
    for (;;) {
        if (!ensureByte())
            return false;

        const char byte = buffer.at(pos);
        if (!isLineBreak(byte))
            return true;
        ++pos;
        ++line;
        if (byte == '\r' && ensureByte() && buffer.at(pos) == '\n')
            ++pos;
    }
}

// Skips spaces and tabs that are not the delimiter, around header names.
void CsvReader::Private::skipInlineBlanks()
{
    while (ensureByte()) {
        const char byte = buffer.at(pos);
        if ((byte != ' ' && byte != '\t') || byte == options.delimiter)
            return;
        ++pos;
    }
}

// Skips raw bytes, quotes included, up to and including the next line break.
void CsvReader::Private::skipRestOfLine()
{
    for (;;) {
        const char *data = buffer.constData();
        const qsizetype size = buffer.size();
        qsizetype p = pos;
        while (p < size && !isLineBreak(data[p]))
            ++p;
        pos = p;

        if (p < size) {
            ++pos;
            ++line;
            if (data[p] == '\r' && ensureByte() && buffer.at(pos) == '\n')
                ++pos;
            return;
        }
        if (!refill())
            return;
    }
}

// Appends through resize() and memcpy(), which keep the capacity of a reused
// field. In Qt 6.4, QByteArray::append() takes the slower general insert() path.
inline void CsvReader::Private::appendToField(QByteArray &text, const char *bytes, qsizetype count)
{
    if (fieldTextStale) {
        fieldTextStale = false;
        text.resize(count);
        std::memcpy(text.data(), bytes, static_cast<size_t>(count));
        return;
    }
    if (count == 0)
        return;

    const qsizetype oldSize = text.size();
    text.resize(oldSize + count);
    std::memcpy(text.data() + oldSize, bytes, static_cast<size_t>(count));
}

// Empties a field's text that no append has replaced.
inline void CsvReader::Private::settleFieldText(QByteArray &text)
{
    if (!fieldTextStale)
        return;
    fieldTextStale = false;
    text.resize(0); // keeps the capacity, unlike clear()
}

// Replaces the consumed buffer with the next chunk. Returns false at the end of
// the input or on failure, and sets `streamFailed` on failure.
bool CsvReader::Private::refill()
{
    if (inputEnded)
        return false;

    if (!buffer.isEmpty())
        lastByteOfPreviousChunk = buffer.back();
    bufferOffset += buffer.size();
    buffer.resize(0);
    pos = 0;

    if (stream->read(buffer, ChunkBytes) > 0)
        return true;

    inputEnded = true;
    streamFailed = stream->failed();
    return false;
}

void CsvReader::Private::noteBareQuote(const QByteArray &text, int column)
{
    if (recordHasProblem)
        return;

    if (options.bareQuote == BareQuote::Reject) {
        setProblem(ImportWarningKind::BareQuote, line, column, text,
                   QCoreApplication::translate(
                       "Flowscope::CsvReader",
                       "Line %1, column %2: a quote inside an unquoted field. Quote the whole "
                       "field and double the inner quote, or choose to keep bare quotes.")
                       .arg(line)
                       .arg(column));
        return;
    }

    // One warning per file is enough to explain the rest; the summary counts them.
    ++bareQuoteCount;
    if (bareQuoteCount > 1)
        return;
    firstBareQuoteLine = line;

    ImportWarning warning;
    warning.kind = ImportWarningKind::BareQuote;
    warning.severity = ImportWarningSeverity::Warning;
    warning.file = fileName;
    warning.line = line;
    warning.column = column;
    warning.columnName = columnName(column);
    warning.value = abbreviatedValue(QString::fromUtf8(text));
    warning.message = QCoreApplication::translate(
                          "Flowscope::CsvReader",
                          "Line %1, column %2: a quote inside an unquoted field was kept as "
                          "written. If it is part of the value, quote the whole field and double "
                          "the inner quote.")
                          .arg(line)
                          .arg(column);
    warnings.append(warning);
}

// Records the problem behind a BadRecord. The first problem of a record wins.
void CsvReader::Private::setProblem(ImportWarningKind kind, qint64 problemLine, int column,
                                    const QByteArray &value, const QString &message)
{
    if (recordHasProblem)
        return;
    recordHasProblem = true;

    problem = ImportWarning();
    problem.kind = kind;
    problem.severity = ImportWarningSeverity::RowRejected;
    problem.file = fileName;
    problem.line = problemLine;
    problem.column = column;
    problem.columnName = columnName(column);
    problem.value = abbreviatedValue(QString::fromUtf8(value));
    problem.message = message;
}

// Replaces any other problem of the record, because lines were skipped.
void CsvReader::Private::reportTooLong(qint64 recordLine, bool insideQuotes)
{
    tooLongInsideQuotes = false;
    recordHasProblem = true;

    // NOTE: ImportWarningKind has no kind for an over-long record. Inside quotes
    // the likely cause is a quote that is never closed. Outside quotes the file
    // is probably not line-based text.
    problem = ImportWarning();
    problem.kind = insideQuotes ? ImportWarningKind::UnterminatedQuote : ImportWarningKind::NotText;
    problem.severity = ImportWarningSeverity::RowRejected;
    problem.file = fileName;
    problem.line = recordLine;
    problem.message =
        QCoreApplication::translate(
            "Flowscope::CsvReader",
            "Line %1: the record is longer than %2 bytes, so it was skipped and reading went on "
            "at line %3. A quote that is never closed can cause this: check the quotes from "
            "line %1 on, or raise the maximum record size.")
            .arg(recordLine)
            .arg(options.maxRecordBytes)
            .arg(line);
}

void CsvReader::Private::addBareQuoteSummary()
{
    if (bareQuoteCount < 2)
        return;

    ImportWarning summary;
    summary.kind = ImportWarningKind::BareQuote;
    summary.severity = ImportWarningSeverity::Warning;
    summary.file = fileName;
    summary.message = QCoreApplication::translate("Flowscope::CsvReader",
                                                  "%n fields contained a quote inside an "
                                                  "unquoted field, and each quote was kept as "
                                                  "written. The first is on line %1.",
                                                  nullptr, static_cast<int>(bareQuoteCount))
                          .arg(firstBareQuoteLine);
    warnings.append(summary);
}

QString CsvReader::Private::columnName(int column) const
{
    return column >= 1 && column <= columns.size() ? columns.at(column - 1) : QString();
}

CsvReader::CsvReader(std::unique_ptr<ByteStream> stream, const QString &fileName,
                     const Options &options)
    : d(std::make_unique<Private>(std::move(stream), fileName, options))
{
    Q_ASSERT(!isLineBreak(options.delimiter) && options.delimiter != Quote);
    Q_ASSERT(options.maxRecordBytes > 0);
    d->readHeader();
}

CsvReader::~CsvReader() = default;

const QStringList &CsvReader::columns() const
{
    return d->columns;
}

CsvReader::Result CsvReader::next(Record &record)
{
    if (d->state == Private::State::Failed)
        return Result::Failed;
    if (d->state == Private::State::Ended)
        return Result::End;

    const Result result = d->readRecord(record);
    if (result == Result::End) {
        d->state = Private::State::Ended;
        d->addBareQuoteSummary();
    } else if (result == Result::Failed) {
        d->state = Private::State::Failed;
        d->problem = d->stream->error();
    }
    return result;
}

const ImportWarning &CsvReader::lastProblem() const
{
    return d->problem;
}

QList<ImportWarning> CsvReader::takeWarnings()
{
    QList<ImportWarning> warnings = d->stream->takeWarnings();
    warnings.append(std::move(d->warnings));
    d->warnings.clear();
    return warnings;
}

qint64 CsvReader::bytesConsumed() const
{
    return d->stream->bytesConsumed();
}

qint64 CsvReader::headerLine() const
{
    return d->headerLine;
}

} // namespace Flowscope
