#include "csvreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace Flowscope {

namespace {

// Bytes requested from the stream per read. Large enough that the per-call cost
// of the decoding layers vanishes, small enough to stay in the CPU cache.
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

} // namespace

struct CsvReader::Private
{
    enum class State { Reading, Ended, Failed };

    // How reading a field ended. Delimiter and RecordEnd have consumed the byte that ended it.
    enum class FieldEnd { Delimiter, RecordEnd, InputEnd, Failed, TooLong };

    // How a scan of field text stopped.
    enum class ScanEnd { Stopped, InputEnd, Failed, TooLong };

    Private(std::unique_ptr<ByteStream> byteStream, const QString &name, const Options &readerOptions)
        : stream(std::move(byteStream)), fileName(name), options(readerOptions),
          unquotedStops(makeStopTable({readerOptions.delimiter, Quote, '\r', '\n'})),
          quotedStops(makeStopTable({Quote, '\r', '\n'}))
    {
    }

    void readHeader();
    Result readRecord(Record &record);
    FieldEnd readField(Field &field, int column);
    ScanEnd scanUnquoted(QByteArray &text, bool *sawQuote);
    ScanEnd scanQuoted(QByteArray &text);
    FieldEnd consumeFieldEnd();
    bool skipBlankLines();
    void skipInlineBlanks();
    void skipRestOfLine();
    bool ensureByte();
    bool refill();

    qint64 position() const { return bufferOffset + pos; }
    qsizetype scanLimit() const;

    void noteBareQuote(const QByteArray &text, int column);
    void setProblem(ImportWarningKind kind, qint64 problemLine, int column,
                    const QByteArray &value, const QString &message);
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
    text.resize(0); // keeps the capacity, unlike clear()

    if (readingHeader)
        skipInlineBlanks();
    if (!ensureByte()) {
        field.kind = FieldKind::Null;
        recordContentEnd = position();
        return streamFailed ? FieldEnd::Failed : FieldEnd::InputEnd;
    }

    if (buffer.at(pos) != Quote) {
        bool sawQuote = false;
        const ScanEnd scan = scanUnquoted(text, &sawQuote);
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

    // Text after the closing quote: the record is bad. The rest of the field is
    // read as unquoted text, so that the record ends where the grammar says and
    // a later quoted field with line breaks does not start a false record.
    const qint64 junkLine = line;
    const qsizetype quotedLength = text.size();
    const ScanEnd rest = scanUnquoted(text, nullptr);
    if (rest == ScanEnd::Failed)
        return FieldEnd::Failed;
    if (rest == ScanEnd::TooLong)
        return FieldEnd::TooLong;

    const QByteArray shown = Quote + text.left(quotedLength) + Quote + text.mid(quotedLength);
    setProblem(ImportWarningKind::BareQuote, junkLine, column, shown,
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
    for (;;) {
        const char *data = buffer.constData();
        const qsizetype size = buffer.size();
        const qsizetype end = scanLimit();
        const qsizetype start = pos;
        qsizetype p = pos;
        for (;;) {
            while (p < end && !unquotedStops[static_cast<unsigned char>(data[p])])
                ++p;
            if (p < end && data[p] == Quote) {
                if (sawQuote)
                    *sawQuote = true;
                ++p;
                continue;
            }
            break;
        }
        text.append(data + start, p - start);
        pos = p;

        if (p < end)
            return ScanEnd::Stopped;

        // A line break at the limit ends a record of exactly maxRecordBytes.
        if (p < size)
            return isLineBreak(data[p]) ? ScanEnd::Stopped : ScanEnd::TooLong;

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
        const qsizetype size = buffer.size();
        const qsizetype end = scanLimit();
        const qsizetype start = pos;
        qsizetype p = pos;
        while (p < end) {
            const char byte = data[p];
            if (!quotedStops[static_cast<unsigned char>(byte)]) {
                ++p;
                continue;
            }
            if (byte == Quote)
                break;

            // CRLF counts once: its CR counts, and an LF counts unless a CR precedes it.
            const char previous = p > 0 ? data[p - 1] : lastByteOfPreviousChunk;
            if (byte == '\r' || previous != '\r')
                ++line;
            ++p;
        }
        text.append(data + start, p - start);
        pos = p;

        if (p < end) {
            ++pos; // the quote
            if (!ensureByte())
                return streamFailed ? ScanEnd::Failed : ScanEnd::Stopped;
            if (buffer.at(pos) != Quote)
                return ScanEnd::Stopped;
            text.append(Quote);
            ++pos;
            continue;
        }

        if (p < size) {
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

bool CsvReader::Private::ensureByte()
{
    return pos < buffer.size() || refill();
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

// The index in the buffer at which a scan must stop because the record
// reaches maxRecordBytes there; the buffer size if the limit lies beyond it.
qsizetype CsvReader::Private::scanLimit() const
{
    const qint64 limit = recordLimit - bufferOffset;
    return static_cast<qsizetype>(std::clamp<qint64>(limit, pos, buffer.size()));
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
    // the likely cause is a quote that is never closed; otherwise the file is
    // probably not line-based text.
    problem = ImportWarning();
    problem.kind = insideQuotes ? ImportWarningKind::UnterminatedQuote
                                : ImportWarningKind::NotText;
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
    QList<ImportWarning> taken = d->stream->takeWarnings();
    taken.append(std::move(d->warnings));
    d->warnings.clear();
    return taken;
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
