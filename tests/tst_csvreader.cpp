#include "csvreader.h"

#include <QtTest>

#include <algorithm>

using namespace Flowscope;

Q_DECLARE_METATYPE(Flowscope::CsvReader::Options)
Q_DECLARE_METATYPE(Flowscope::ImportWarningKind)
Q_DECLARE_METATYPE(Flowscope::ImportWarningSeverity)

namespace {

// Feeds bytes from memory in chunks of a fixed size, so that every chunk
// boundary the reader can meet is exercised.
class MemoryStream final : public ByteStream
{
public:
    MemoryStream(const QByteArray &bytes, qsizetype chunkSize)
        : m_bytes(bytes), m_chunkSize(chunkSize), m_compressedSize(bytes.size())
    {}

    // Stops with `error` after `byteCount` bytes instead of at the end.
    void failAfter(qsizetype byteCount, const ImportWarning &error)
    {
        m_failAt = byteCount;
        m_error = error;
    }

    void addWarning(const ImportWarning &warning) { m_warnings.append(warning); }

    // Makes bytesConsumed() scale to a file of this size, as a gzip stream does.
    void setCompressedSize(qint64 size) { m_compressedSize = size; }

    qint64 read(QByteArray &buffer, qint64 maxBytes) override
    {
        const qsizetype stop = m_failAt >= 0 ? m_failAt : m_bytes.size();
        const qsizetype count =
            std::min<qint64>({stop - m_offset, static_cast<qint64>(m_chunkSize), maxBytes});
        if (count <= 0) {
            m_failed = m_failAt >= 0;
            return 0;
        }
        buffer.append(m_bytes.constData() + m_offset, count);
        m_offset += count;
        return count;
    }

    bool failed() const override { return m_failed; }
    const ImportWarning &error() const override { return m_error; }

    QList<ImportWarning> takeWarnings() override
    {
        QList<ImportWarning> warnings = m_warnings;
        m_warnings.clear();
        return warnings;
    }

    qint64 bytesConsumed() const override
    {
        return m_bytes.isEmpty() ? 0 : m_offset * m_compressedSize / m_bytes.size();
    }

private:
    QByteArray m_bytes;
    qsizetype m_chunkSize;
    qsizetype m_offset = 0;
    qsizetype m_failAt = -1;
    bool m_failed = false;
    ImportWarning m_error;
    QList<ImportWarning> m_warnings;
    qint64 m_compressedSize;
};

const QList<int> ChunkSizes = {1, 7, 65536};

CsvReader::Options options(char delimiter = ',',
                           CsvReader::BareQuote bareQuote = CsvReader::BareQuote::Keep,
                           qint64 maxRecordBytes = 64 * 1024 * 1024, bool skipSepLine = false)
{
    CsvReader::Options result;
    result.delimiter = delimiter;
    result.bareQuote = bareQuote;
    result.maxRecordBytes = maxRecordBytes;
    result.skipSepLine = skipSepLine;
    return result;
}

CsvReader::Options withSepLine(char delimiter)
{
    return options(delimiter, CsvReader::BareQuote::Keep, 64 * 1024 * 1024, true);
}

CsvReader::Options rejecting(qint64 maxRecordBytes = 64 * 1024 * 1024)
{
    return options(',', CsvReader::BareQuote::Reject, maxRecordBytes);
}

std::unique_ptr<CsvReader> makeReader(const QByteArray &input, int chunkSize,
                                      const CsvReader::Options &readerOptions)
{
    return std::make_unique<CsvReader>(std::make_unique<MemoryStream>(input, chunkSize),
                                       QStringLiteral("input.csv"), readerOptions);
}

// Shows a field as NULL or [text], with CR and LF spelled out so that
// the expected values stay on one line.
QString describeField(const Field &field)
{
    if (field.kind == FieldKind::Null)
        return QStringLiteral("NULL");
    QString text = QString::fromUtf8(field.text);
    text.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('[') + text + QLatin1Char(']');
}

// Reads to the end and lists each result: "LINE: FIELD FIELD ..." for a
// record, "bad LINE:COLUMN KIND" for a bad record, then "end" or "failed".
// The same Record is passed each time, so that reuse of its fields is exercised.
QStringList readAll(CsvReader &reader)
{
    QStringList results;
    Record record;
    for (int call = 0; call < 10000; ++call) {
        switch (reader.next(record)) {
        case RecordReader::Result::Record: {
            QStringList fields;
            for (const Field &field : std::as_const(record.fields))
                fields.append(describeField(field));
            results.append(QString::number(record.line) + QStringLiteral(": ") +
                           fields.join(QLatin1Char(' ')));
            break;
        }
        case RecordReader::Result::BadRecord: {
            const ImportWarning &problem = reader.lastProblem();
            results.append(QStringLiteral("bad %1:%2 %3")
                               .arg(problem.line)
                               .arg(problem.column)
                               .arg(importWarningKindName(problem.kind)));
            break;
        }
        case RecordReader::Result::End:
            results.append(QStringLiteral("end"));
            return results;
        case RecordReader::Result::Failed:
            results.append(QStringLiteral("failed"));
            return results;
        }
    }
    results.append(QStringLiteral("no end after 10000 calls"));
    return results;
}

// Lists warnings as "KIND LINE:COLUMN [VALUE]".
QStringList describeWarnings(const QList<ImportWarning> &warnings)
{
    QStringList described;
    for (const ImportWarning &warning : warnings) {
        described.append(QStringLiteral("%1 %2:%3 [%4]")
                             .arg(importWarningKindName(warning.kind))
                             .arg(warning.line)
                             .arg(warning.column)
                             .arg(warning.value));
    }
    return described;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRecords_data();
    void readsRecords();
    void describesProblems_data();
    void describesProblems();
    void readsLongFields_data();
    void readsLongFields();
    void failsWhenStreamFails_data();
    void failsWhenStreamFails();
    void chunkSizeKeepsResults_data();
    void chunkSizeKeepsResults();
    void forwardsStreamWarnings();
    void forwardsBytesConsumed();
};

namespace {

// Adds one row per chunk size.
void addCase(const char *name, const QByteArray &input, const CsvReader::Options &readerOptions,
             const QStringList &columns, int headerLine, const QStringList &results,
             const QStringList &warnings = {})
{
    for (int chunkSize : ChunkSizes) {
        const QByteArray rowName =
            QByteArray(name) + ", chunks of " + QByteArray::number(chunkSize) + " bytes";
        QTest::newRow(rowName.constData())
            << input << readerOptions << chunkSize << columns << headerLine << results << warnings;
    }
}

} // namespace

void TestCsvReader::readsRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvReader::Options>("readerOptions");
    QTest::addColumn<int>("chunkSize");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<int>("headerLine");
    QTest::addColumn<QStringList>("results");
    QTest::addColumn<QStringList>("warnings");

    const QStringList twoColumns = {"a", "b"};

    addCase("Athena quotes values and leaves NULL unquoted",
            "\"id\",\"name\",\"note\"\n\"1\",\"Ann\",\n\"2\",,\"x\"\n,\"\",\"\"\n", options(),
            {"id", "name", "note"}, 1,
            {"2: [1] [Ann] NULL", "3: [2] NULL [x]", "4: NULL [] []", "end"});
    addCase("quoted empty field is empty text", "a,b\n\"\",\n", options(), twoColumns, 1,
            {"2: [] NULL", "end"});
    addCase("doubled quotes are one quote", "a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n\"\"\"x\"\"\"\n",
            options(), twoColumns, 1, {"2: [say \"hi\"] [\"]", "3: [\"x\"]", "end"});
    addCase("line breaks inside quotes are kept",
            "a,b\n\"one\ntwo\",\"three\r\nfour\"\n\"five\rsix\",7\n8,9\n", options(), twoColumns, 1,
            {"2: [one\\ntwo] [three\\r\\nfour]", "5: [five\\rsix] [7]", "7: [8] [9]", "end"});
    addCase("CRLF ends records", "a,b\r\n1,2\r\n\"3\",4\r\n", options(), twoColumns, 1,
            {"2: [1] [2]", "3: [3] [4]", "end"});
    addCase("lone CR ends records", "a,b\r1,2\r\"3\",\r5,6", options(), twoColumns, 1,
            {"2: [1] [2]", "3: [3] NULL", "4: [5] [6]", "end"});
    addCase("semicolon delimiter", "a;b\n\"x;y\";2,5\n", options(';'), twoColumns, 1,
            {"2: [x;y] [2,5]", "end"});
    addCase("tab delimiter", "a\tb\n\"x\ty\"\t\n", options('\t'), twoColumns, 1,
            {"2: [x\ty] NULL", "end"});
    addCase("pipe delimiter", "a|b\n1|\"|\"\n", options('|'), twoColumns, 1, {"2: [1] [|]", "end"});
    addCase("SOH delimiter", "a\001b\n1\001\n\001,\n", options('\001'), twoColumns, 1,
            {"2: [1] NULL", "3: NULL [,]", "end"});
    addCase("sep line is skipped", "sep=;\na;b\n1;2\n", withSepLine(';'), twoColumns, 2,
            {"3: [1] [2]", "end"});
    addCase("sep line ending in CRLF is skipped", "sep=;\r\na;b\r\n1;2", withSepLine(';'),
            twoColumns, 2, {"3: [1] [2]", "end"});
    addCase("blank lines are skipped", "\n\r\n\ra,b\n1,2\n\n\r\n3,4\n\n\n", options(), twoColumns,
            4, {"5: [1] [2]", "8: [3] [4]", "end"});
    addCase("line of spaces is a record", "a\n \n", options(), {"a"}, 1, {"2: [ ]", "end"});
    addCase("last record may lack a line break", "a,b\n1,", options(), twoColumns, 1,
            {"2: [1] NULL", "end"});
    addCase("field counts may differ from the header", "a,b\n1\n1,2,3\n,\n", options(), twoColumns,
            1, {"2: [1]", "3: [1] [2] [3]", "4: NULL NULL", "end"});
    addCase("header names are trimmed and unquoted", " id , \"name\" ,\"x y\",\t\"z\"\t\n1,2,3,4\n",
            options(), {"id", "name", "x y", "z"}, 1, {"2: [1] [2] [3] [4]", "end"});
    addCase("header only", "a,b\n", options(), twoColumns, 1, {"end"});
    addCase("empty stream", "", options(), {}, 0, {"end"});
    addCase("stream of blank lines", "\n\r\n", options(), {}, 0, {"end"});
    addCase("UTF-8 characters split across chunks", "名前,città\n\"日本語\",\"é😀\"\nñ,ü\n",
            options(), {"名前", "città"}, 1, {"2: [日本語] [é😀]", "3: [ñ] [ü]", "end"});

    addCase("bare quotes kept with one warning and a count", "a,b\nab\"c,d\n1,2\nx\"y,\"z\"\n",
            options(), twoColumns, 1, {"2: [ab\"c] [d]", "3: [1] [2]", "4: [x\"y] [z]", "end"},
            {"bare-quote 2:1 [ab\"c]", "bare-quote 0:0 []"});
    addCase("bare quotes rejected record by record", "a,b\nab\"c,d\n1,2\nx\"y,\"z\"\n", rejecting(),
            twoColumns, 1, {"bad 2:1 bare-quote", "3: [1] [2]", "bad 4:1 bare-quote", "end"});
    addCase("kept bare quotes never join records", "a,b\nab\"c,d\ne,f\"g\n", options(), twoColumns,
            1, {"2: [ab\"c] [d]", "3: [e] [f\"g]", "end"},
            {"bare-quote 2:1 [ab\"c]", "bare-quote 0:0 []"});
    addCase("rejected bare quotes never join records", "a,b\nab\"c,d\ne,f\"g\n", rejecting(),
            twoColumns, 1, {"bad 2:1 bare-quote", "bad 3:2 bare-quote", "end"});
    addCase("text after a closing quote rejects the record", "a,b\n\"abc\"x,1\n\"q\nr\",2\n3,4\n",
            options(), twoColumns, 1,
            {"bad 2:1 bare-quote", "3: [q\\nr] [2]", "5: [3] [4]", "end"});
    addCase("text after a closing quote resyncs outside quotes",
            "a,b\n\"abc\"x,\"multi\nline\"\n5,6\n", options(), twoColumns, 1,
            {"bad 2:1 bare-quote", "4: [5] [6]", "end"});
    addCase("unterminated quote names the line of the field", "a,b\n1,2\n3,\"abc\ndef\n", options(),
            twoColumns, 1, {"2: [1] [2]", "bad 3:2 unterminated-quote", "end"});
    addCase("header with an unterminated quote fails the file", "\"a,b\n1,2\n", options(), {}, 0,
            {"failed"});
    addCase("header with text after a closing quote fails the file", "\"a\"x,b\n1,2\n", options(),
            {}, 0, {"failed"});

    // Records of 16 bytes pass a 16-byte limit; one more byte anywhere does not.
    addCase("stray quote over the record limit resyncs at the next line",
            "a,b\n1,2\n\"never closed,and runs on\nx,y\n3,4\n", rejecting(16), twoColumns, 1,
            {"2: [1] [2]", "bad 3:0 unterminated-quote", "4: [x] [y]", "5: [3] [4]", "end"});
    addCase("unquoted line over the record limit is skipped",
            "a\n0123456789abcdefghij\nok\n0123456789abcdef,x\nlast\n", rejecting(16), {"a"}, 1,
            {"bad 2:0 not-text", "3: [ok]", "bad 4:0 not-text", "5: [last]", "end"});
    addCase("records at the record limit are read",
            "a,b\n0123456789,abcde\n\"0123456789\",abc\n\"0123456789abcd\"\n0123456789abcdef",
            rejecting(16), twoColumns, 1,
            {"2: [0123456789] [abcde]", "3: [0123456789] [abc]", "4: [0123456789abcd]",
             "5: [0123456789abcdef]", "end"});
    addCase("closing quote past the record limit rejects the record",
            "a,b\n\"0123456789abcde\"\n\"0123456789\",abcd\n\"0123456789abcdef\",\"\"\nok\n",
            rejecting(16), twoColumns, 1,
            {"bad 2:0 unterminated-quote", "bad 3:0 not-text", "bad 4:0 unterminated-quote",
             "5: [ok]", "end"});
}

void TestCsvReader::readsRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvReader::Options, readerOptions);
    QFETCH(int, chunkSize);
    QFETCH(QStringList, columns);
    QFETCH(int, headerLine);
    QFETCH(QStringList, results);
    QFETCH(QStringList, warnings);

    const auto reader = makeReader(input, chunkSize, readerOptions);

    QCOMPARE(reader->columns(), columns);
    QCOMPARE(reader->headerLine(), headerLine);
    QCOMPARE(readAll(*reader), results);
    QCOMPARE(describeWarnings(reader->takeWarnings()), warnings);
}

void TestCsvReader::describesProblems_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvReader::Options>("readerOptions");
    QTest::addColumn<int>("warningIndex"); // -1: the problem behind the first BadRecord or Failed
    QTest::addColumn<ImportWarningKind>("kind");
    QTest::addColumn<ImportWarningSeverity>("severity");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("columnName");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("rejected bare quote")
        << QByteArray("id,name\n1,ab\"c\n") << rejecting() << -1 << ImportWarningKind::BareQuote
        << ImportWarningSeverity::RowRejected << 2 << 2 << "name"
        << "ab\"c"
        << "Line 2, column 2: a quote inside an unquoted field. Quote the whole field and "
           "double the inner quote, or choose to keep bare quotes.";
    QTest::newRow("kept bare quote")
        << QByteArray("id,name\n1,ab\"c\n") << options() << 0 << ImportWarningKind::BareQuote
        << ImportWarningSeverity::Warning << 2 << 2 << "name"
        << "ab\"c"
        << "Line 2, column 2: a quote inside an unquoted field was kept as written. If it is "
           "part of the value, quote the whole field and double the inner quote.";
    QTest::newRow("count of kept bare quotes")
        << QByteArray("id,name\n1,2\n1,ab\"c\nx\"\n\"y\",z\"\n") << options() << 1
        << ImportWarningKind::BareQuote << ImportWarningSeverity::Warning << 0 << 0 << ""
        << ""
        << "3 fields contained a quote inside an unquoted field, and each quote was kept as "
           "written. The first is on line 3.";
    QTest::newRow("text after a closing quote")
        << QByteArray("id,name\n1,\"He said \"hi\" there\"\n") << options() << -1
        << ImportWarningKind::BareQuote << ImportWarningSeverity::RowRejected << 2 << 2 << "name"
        << "\"He said \"hi\" there\""
        << "Line 2, column 2: characters follow the closing quote of a quoted field. Double "
           "each quote inside the value, or remove the characters after the closing quote.";
    QTest::newRow("unterminated quote")
        << QByteArray("id,name\n1,2\n3,\"abc\ndef\n") << options() << -1
        << ImportWarningKind::UnterminatedQuote << ImportWarningSeverity::RowRejected << 3 << 2
        << "name"
        << "abc\ndef\n"
        << "Line 3, column 2: the quoted field that starts here is not closed before the end "
           "of the file. Add the closing quote, and double any quote inside the value.";
    QTest::newRow("record over the limit")
        << QByteArray("a,b\n1,2\n\"never closed,and runs on\nx,y\n") << rejecting(16) << -1
        << ImportWarningKind::UnterminatedQuote << ImportWarningSeverity::RowRejected << 3 << 0
        << ""
        << ""
        << "Line 3: the record is longer than 16 bytes, so it was skipped and reading went on "
           "at line 4. A quote that is never closed can cause this: check the quotes from "
           "line 3 on, or raise the maximum record size.";
    QTest::newRow("unreadable header")
        << QByteArray("\n\"a,b\n1,2\n") << options() << -1 << ImportWarningKind::UnterminatedQuote
        << ImportWarningSeverity::FileRejected << 2 << 1 << ""
        << "a,b\n1,2\n"
        << "The header cannot be read, so no rows were imported from this file. Line 2, "
           "column 1: the quoted field that starts here is not closed before the end of the "
           "file. Add the closing quote, and double any quote inside the value.";
}

void TestCsvReader::describesProblems()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvReader::Options, readerOptions);
    QFETCH(int, warningIndex);
    QFETCH(ImportWarningKind, kind);
    QFETCH(ImportWarningSeverity, severity);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, columnName);
    QFETCH(QString, value);
    QFETCH(QString, message);

    const auto reader = makeReader(input, 7, readerOptions);
    ImportWarning warning;
    if (warningIndex < 0) {
        Record record;
        RecordReader::Result result = RecordReader::Result::Record;
        while (result == RecordReader::Result::Record)
            result = reader->next(record);
        QVERIFY(result == RecordReader::Result::BadRecord ||
                result == RecordReader::Result::Failed);
        warning = reader->lastProblem();
    } else {
        readAll(*reader);
        const QList<ImportWarning> warnings = reader->takeWarnings();
        QVERIFY(warningIndex < warnings.size());
        warning = warnings.at(warningIndex);
    }

    QCOMPARE(warning.kind, kind);
    QCOMPARE(warning.severity, severity);
    QCOMPARE(warning.file, QStringLiteral("input.csv"));
    QCOMPARE(warning.line, line);
    QCOMPARE(warning.column, column);
    QCOMPARE(warning.columnName, columnName);
    QCOMPARE(warning.value, value);
    QCOMPARE(warning.message, message);
}

void TestCsvReader::readsLongFields_data()
{
    QTest::addColumn<int>("chunkSize");
    for (int chunkSize : ChunkSizes)
        QTest::addRow("chunks of %d bytes", chunkSize) << chunkSize;
}

void TestCsvReader::readsLongFields()
{
    QFETCH(int, chunkSize);

    // A 200 kB quoted field with delimiters, quotes and CRLF line breaks in it.
    QByteArray longValue;
    for (int i = 0; i < 25000; ++i)
        longValue += "ab,c\"d\r\n";
    QByteArray quoted = longValue;
    quoted.replace("\"", "\"\"");

    // A 4 MB line of 400 unquoted 10 kB fields.
    const QByteArray wideValue(10000, 'w');
    QByteArray wideLine;
    for (int i = 0; i < 400; ++i)
        wideLine += (i > 0 ? "," : "") + wideValue;

    const QByteArray input = "a,b\n\"" + quoted + "\",x\n" + wideLine + "\nlast,y\n";
    const auto reader = makeReader(input, chunkSize, options());
    Record record;

    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 2);
    QCOMPARE(record.fields.size(), 2);
    QCOMPARE(record.fields.at(0).kind, FieldKind::Text);
    QCOMPARE(record.fields.at(0).text.size(), longValue.size());
    QVERIFY(record.fields.at(0).text == longValue);
    QCOMPARE(record.fields.at(1).text, QByteArray("x"));

    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 25003);
    QCOMPARE(record.fields.size(), 400);
    QVERIFY(std::all_of(record.fields.cbegin(), record.fields.cend(),
                        [&](const Field &field) { return field.text == wideValue; }));

    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 25004);
    QCOMPARE(record.fields.at(0).text, QByteArray("last"));

    QCOMPARE(reader->next(record), RecordReader::Result::End);
}

void TestCsvReader::failsWhenStreamFails_data()
{
    QTest::addColumn<int>("chunkSize");
    QTest::addColumn<int>("failAfter");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("results");

    for (int chunkSize : ChunkSizes) {
        QTest::addRow("failure in a record, chunks of %d bytes", chunkSize)
            << chunkSize << 10 << QStringList{"a", "b"} << QStringList{"2: [1] [2]", "failed"};
        QTest::addRow("failure in a quoted field, chunks of %d bytes", chunkSize)
            << chunkSize << 12 << QStringList{"a", "b"} << QStringList{"2: [1] [2]", "failed"};
        QTest::addRow("failure after a record, chunks of %d bytes", chunkSize)
            << chunkSize << 8 << QStringList{"a", "b"} << QStringList{"2: [1] [2]", "failed"};
        QTest::addRow("failure in the header, chunks of %d bytes", chunkSize)
            << chunkSize << 2 << QStringList{} << QStringList{"failed"};
    }
}

void TestCsvReader::failsWhenStreamFails()
{
    QFETCH(int, chunkSize);
    QFETCH(int, failAfter);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, results);

    ImportWarning error;
    error.kind = ImportWarningKind::CorruptGzip;
    error.severity = ImportWarningSeverity::FileRejected;
    error.message = QStringLiteral("The gzip data is corrupt.");
    auto stream = std::make_unique<MemoryStream>("a,b\n1,2\n3,\"4\"\n", chunkSize);
    stream->failAfter(failAfter, error);
    CsvReader reader(std::move(stream), QStringLiteral("input.csv"), options());

    QCOMPARE(reader.columns(), columns);
    QCOMPARE(readAll(reader), results);
    QCOMPARE(reader.lastProblem().kind, ImportWarningKind::CorruptGzip);
    QCOMPARE(reader.lastProblem().message, error.message);

    Record record;
    QCOMPARE(reader.next(record), RecordReader::Result::Failed);
}

void TestCsvReader::chunkSizeKeepsResults_data()
{
    QTest::addColumn<CsvReader::Options>("readerOptions");

    QTest::newRow("bare quotes kept, 12-byte records") << options(',', {}, 12);
    QTest::newRow("bare quotes rejected, 12-byte records") << rejecting(12);
    QTest::newRow("bare quotes kept, no practical limit") << options();
}

// Random inputs made of the bytes that steer the parser must read the same
// whether they arrive in one chunk or byte by byte.
void TestCsvReader::chunkSizeKeepsResults()
{
    QFETCH(CsvReader::Options, readerOptions);

    const QByteArrayList pieces = {"a", "bc", ",", "\"", "\"\"", "\r", "\n", "\r\n", " ", "é"};
    QRandomGenerator random(20261104);
    for (int round = 0; round < 300; ++round) {
        QByteArray input;
        const int pieceCount = random.bounded(1, 60);
        for (int i = 0; i < pieceCount; ++i)
            input += pieces.at(random.bounded(pieces.size()));

        const auto whole = makeReader(input, 65536, readerOptions);
        const QStringList expectedResults = readAll(*whole);
        const QStringList expectedWarnings = describeWarnings(whole->takeWarnings());
        for (int chunkSize : {1, 7}) {
            const auto chunked = makeReader(input, chunkSize, readerOptions);
            QCOMPARE(chunked->columns(), whole->columns());
            QCOMPARE(chunked->headerLine(), whole->headerLine());
            QCOMPARE(readAll(*chunked), expectedResults);
            QCOMPARE(describeWarnings(chunked->takeWarnings()), expectedWarnings);
        }
    }
}

void TestCsvReader::forwardsStreamWarnings()
{
    ImportWarning fallback;
    fallback.kind = ImportWarningKind::EncodingFallback;
    fallback.line = 0;
    fallback.value = QStringLiteral("Windows-1252");
    auto stream = std::make_unique<MemoryStream>("a,b\n1,x\"y\n", 7);
    stream->addWarning(fallback);
    CsvReader reader(std::move(stream), QStringLiteral("input.csv"), options());

    QCOMPARE(readAll(reader), QStringList({"2: [1] [x\"y]", "end"}));
    QCOMPARE(describeWarnings(reader.takeWarnings()),
             QStringList({"encoding-fallback 0:0 [Windows-1252]", "bare-quote 2:2 [x\"y]"}));
    QCOMPARE(reader.takeWarnings().size(), 0);
}

void TestCsvReader::forwardsBytesConsumed()
{
    const QByteArray input = "a,b\n1,2\n3,4\n";
    auto stream = std::make_unique<MemoryStream>(input, 4);
    stream->setCompressedSize(6);
    CsvReader reader(std::move(stream), QStringLiteral("input.csv"), options());

    QCOMPARE(readAll(reader), QStringList({"2: [1] [2]", "3: [3] [4]", "end"}));
    QCOMPARE(reader.bytesConsumed(), 6);
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
