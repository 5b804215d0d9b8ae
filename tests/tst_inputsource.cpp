#include "bytestream.h"
#include "importwarning.h"
#include "inputsource.h"
#include "schema.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace Flowscope;

Q_DECLARE_METATYPE(Flowscope::InputFormat)
Q_DECLARE_METATYPE(Flowscope::TextEncoding)
Q_DECLARE_METATYPE(Flowscope::ImportWarningKind)

namespace {

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

// Everything openUtf8Stream() returns for a detected file.
QByteArray readAllUtf8(const InputDetection &detection, QList<ImportWarning> *warnings = nullptr,
                       qint64 *bytesConsumed = nullptr)
{
    ImportWarning error;
    auto stream = openUtf8Stream(detection, &error);
    if (!stream)
        qFatal("cannot open %s: %s", qPrintable(detection.path), qPrintable(error.message));
    QByteArray text;
    while (stream->read(text, 100000) > 0) {
    }
    if (stream->failed())
        qFatal("reading %s failed: %s", qPrintable(detection.path),
               qPrintable(stream->error().message));
    if (warnings)
        *warnings = stream->takeWarnings();
    if (bytesConsumed)
        *bytesConsumed = stream->bytesConsumed();
    return text;
}

// JSON Lines text of `count` small records, about 40 bytes each.
QByteArray jsonLines(int first, int count)
{
    QByteArray bytes;
    for (int i = first; i < first + count; ++i)
        bytes += "{\"event_id\":\"e-" + QByteArray::number(i) +
                 "\",\"n\":" + QByteArray::number(i) + "}\n";
    return bytes;
}

QStringList relativePaths(const QString &root, const QStringList &paths)
{
    QStringList relative;
    for (const QString &path : paths)
        relative.append(QDir(root).relativeFilePath(path));
    return relative;
}

} // namespace

class InputSourceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsFormatEncodingAndDelimiter_data();
    void detectsFormatEncodingAndDelimiter();
    void namesFormatsAndEncodings();
    void optionsOverrideDetection();
    void windows1252FallbackNamesTheByte();
    void utf8CutAtSampleEndIsUtf8();
    void rejectsWhatIsNotText_data();
    void rejectsWhatIsNotText();
    void csvStartingWithOrcIsText();
    void rejectsMissingFolderAndEmpty_data();
    void rejectsMissingFolderAndEmpty();

    void readsSingleGzipMember();
    void readsMultiMemberGzip();
    void truncatedGzipInSampleIsRejected();
    void truncatedGzipAfterSampleFailsReading();
    void corruptGzipIsRejected();
    void bytesAfterGzipDataWarn();

    void decodesUtf16AcrossChunks_data();
    void decodesUtf16AcrossChunks();
    void decodesWindows1252();
    void oddUtf16ByteIsReplaced();
    void keepsUtf8SequenceSplitAcrossChunks();
    void replacesInvalidUtf8AfterSample();

    void textFileTableFromFieldCount();
    void textFileTableFromHint();
    void textFileWithUnknownFieldCount();
    void opensCsvReader();

    void expandsFoldersOfPartFiles();
    void reportsMissingInputPaths();

    void formatsWarnings_data();
    void formatsWarnings();
    void namesWarningKinds();
    void abbreviatesLongValues();
};

void InputSourceTest::detectsFormatEncodingAndDelimiter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<InputFormat>("format");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("byteOrderMark");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("sepLine");
    QTest::addColumn<qint64>("headerLine");

    const auto csv = InputFormat::Csv;
    const auto utf8 = TextEncoding::Utf8;

    QTest::newRow("comma CSV") << QByteArray("a,b,c\n\"1\",\"2,5\",\"3\"\n") << csv << utf8 << false
                               << ',' << false << qint64(1);
    QTest::newRow("semicolon CSV with decimal commas")
        << QByteArray("a;b;c\r\n1,5;2;3\r\n4;5,25;6\r\n") << csv << utf8 << false << ';' << false
        << qint64(1);
    QTest::newRow("tab CSV") << QByteArray("a\tb\n1\t2\n") << csv << utf8 << false << '\t' << false
                             << qint64(1);
    QTest::newRow("pipe CSV") << QByteArray("a|b|c\n1|2|3\n") << csv << utf8 << false << '|'
                              << false << qint64(1);
    QTest::newRow("delimiters inside quotes do not count")
        << QByteArray("a;b\n\"x,y,z\";\"p,q\"\n\"1\";\"2\"\n") << csv << utf8 << false << ';'
        << false << qint64(1);
    QTest::newRow("quoted line break does not end the record")
        << QByteArray("a;b\n\"line 1\nline 2, more\";x\n") << csv << utf8 << false << ';' << false
        << qint64(1);
    QTest::newRow("tie between comma and semicolon prefers comma")
        << QByteArray("a,b;c\n1,2;3\n") << csv << utf8 << false << ',' << false << qint64(1);
    QTest::newRow("single column falls back to comma")
        << QByteArray("event_id\ne-1\ne-2\n") << csv << utf8 << false << ',' << false << qint64(1);
    QTest::newRow("ragged rows pick the delimiter most rows share with the header")
        << QByteArray("a;b;c\n1;2;3\n4;5\n6;7;8\n") << csv << utf8 << false << ';' << false
        << qint64(1);
    QTest::newRow("sep= line sets the delimiter")
        << QByteArray("sep=;\na;b\n1;2\n") << csv << utf8 << false << ';' << true << qint64(2);
    QTest::newRow("SEP= in upper case with CRLF") << QByteArray("SEP=|\r\na|b\r\n1|2\r\n") << csv
                                                  << utf8 << false << '|' << true << qint64(2);
    QTest::newRow("sep= line then blank lines")
        << QByteArray("sep=,\n\n\na;b,c\n") << csv << utf8 << false << ',' << true << qint64(4);
    QTest::newRow("blank lines before the header")
        << QByteArray("\n \r\na,b\n1,2\n") << csv << utf8 << false << ',' << false << qint64(3);
    QTest::newRow("UTF-8 byte order mark") << QByteArray("\xef\xbb\xbf"
                                                         "a;b\n\xc3\xa9;2\n")
                                           << csv << utf8 << true << ';' << false << qint64(1);
    QTest::newRow("UTF-8 byte order mark before sep=")
        << QByteArray("\xef\xbb\xbfsep=\t\na\tb\n") << csv << utf8 << true << '\t' << true
        << qint64(2);
    QTest::newRow("UTF-16LE with byte order mark")
        << QByteArray("\xff\xfe") +
               utf16(QStringLiteral("a;b\n\u00e9;2\n"), QStringConverter::Utf16LE)
        << csv << TextEncoding::Utf16LE << true << ';' << false << qint64(1);
    QTest::newRow("UTF-16BE with byte order mark")
        << QByteArray("\xfe\xff") + utf16(QStringLiteral("a\tb\n1\t2\n"), QStringConverter::Utf16BE)
        << csv << TextEncoding::Utf16BE << true << '\t' << false << qint64(1);
    QTest::newRow("Windows-1252 CSV")
        << QByteArray("name;city\nJos\xe9;Z\xfcrich\n") << csv << TextEncoding::Windows1252 << false
        << ';' << false << qint64(1);
    QTest::newRow("JSON Lines") << QByteArray("{\"a\":1}\n{\"a\":2}\n") << InputFormat::JsonLines
                                << utf8 << false << ',' << false << qint64(0);
    QTest::newRow("JSON Lines after blank lines")
        << QByteArray("\n\r\n  {\"a\":1}\n") << InputFormat::JsonLines << utf8 << false << ','
        << false << qint64(0);
    QTest::newRow("JSON array") << QByteArray("[\n  {\"a\": 1}\n]\n") << InputFormat::JsonArray
                                << utf8 << false << ',' << false << qint64(0);
    QTest::newRow("empty JSON array") << QByteArray(" [ ] ") << InputFormat::JsonArray << utf8
                                      << false << ',' << false << qint64(0);
    QTest::newRow("bracket header is CSV")
        << QByteArray("[a],[b]\n1,2\n") << csv << utf8 << false << ',' << false << qint64(1);
    QTest::newRow("Athena TEXTFILE")
        << QByteArray("a\001\\N\001c\nd\001e\001f\n") << InputFormat::AthenaTextFile << utf8
        << false << '\001' << false << qint64(0);
}

void InputSourceTest::detectsFormatEncodingAndDelimiter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(InputFormat, format);
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, byteOrderMark);
    QFETCH(char, delimiter);
    QFETCH(bool, sepLine);
    QFETCH(qint64, headerLine);

    QTemporaryDir dir;
    const QString path = Test::writeFile(dir.path(), QStringLiteral("input.txt"), bytes);
    const InputDetection detection = detectInput(path);

    QVERIFY2(!detection.error, qPrintable(detection.error ? detection.error->message : QString()));
    QCOMPARE(detection.path, path);
    QCOMPARE(detection.fileSize, bytes.size());
    QCOMPARE(detection.gzip, false);
    QCOMPARE(inputFormatName(detection.format), inputFormatName(format));
    QCOMPARE(textEncodingName(detection.encoding), textEncodingName(encoding));
    QCOMPARE(detection.byteOrderMark, byteOrderMark);
    QCOMPARE(detection.delimiter, delimiter);
    QCOMPARE(detection.sepLine, sepLine);
    QCOMPARE(detection.headerLine, headerLine);
    QCOMPARE(detection.warnings.size(), encoding == TextEncoding::Windows1252 ? 1 : 0);
}

void InputSourceTest::namesFormatsAndEncodings()
{
    QCOMPARE(inputFormatName(InputFormat::Csv), QStringLiteral("CSV"));
    QCOMPARE(inputFormatName(InputFormat::AthenaTextFile), QStringLiteral("Athena TEXTFILE"));
    QCOMPARE(inputFormatName(InputFormat::JsonLines), QStringLiteral("JSON Lines"));
    QCOMPARE(inputFormatName(InputFormat::JsonArray), QStringLiteral("JSON array"));
    QCOMPARE(textEncodingName(TextEncoding::Utf8), QStringLiteral("UTF-8"));
    QCOMPARE(textEncodingName(TextEncoding::Utf16LE), QStringLiteral("UTF-16LE"));
    QCOMPARE(textEncodingName(TextEncoding::Utf16BE), QStringLiteral("UTF-16BE"));
    QCOMPARE(textEncodingName(TextEncoding::Windows1252), QStringLiteral("Windows-1252"));
}

void InputSourceTest::optionsOverrideDetection()
{
    QTemporaryDir dir;
    const QString path =
        Test::writeFile(dir.path(), QStringLiteral("a.csv"), "sep=;\na;b|c\n\xe9;2|3\n");

    InputOptions options;
    options.delimiter = '|';
    options.encoding = TextEncoding::Utf8;
    InputDetection detection = detectInput(path, options);
    QVERIFY(!detection.error);
    QCOMPARE(detection.delimiter, '|');
    QCOMPARE(detection.sepLine, true);
    QCOMPARE(detection.headerLine, 2);
    QCOMPARE(detection.encoding, TextEncoding::Utf8);
    QVERIFY(detection.warnings.isEmpty());

    options = {};
    options.format = InputFormat::AthenaTextFile;
    detection = detectInput(path, options);
    QCOMPARE(detection.format, InputFormat::AthenaTextFile);
    QCOMPARE(detection.delimiter, '\001');
    QCOMPARE(detection.encoding, TextEncoding::Windows1252);

    // A forced encoding that differs from the byte order mark keeps the mark's bytes as data.
    const QString marked = Test::writeFile(dir.path(), QStringLiteral("b.csv"),
                                           "\xef\xbb\xbf"
                                           "a,b\n");
    options = {};
    options.encoding = TextEncoding::Windows1252;
    detection = detectInput(marked, options);
    QCOMPARE(detection.encoding, TextEncoding::Windows1252);
    QCOMPARE(detection.byteOrderMark, false);
    options.encoding = TextEncoding::Utf8;
    detection = detectInput(marked, options);
    QCOMPARE(detection.byteOrderMark, true);
    QCOMPARE(readAllUtf8(detection), QByteArray("a,b\n"));
}

void InputSourceTest::windows1252FallbackNamesTheByte()
{
    QTemporaryDir dir;
    const QString path = Test::writeFile(dir.path(), QStringLiteral("excel.csv"),
                                         "name;city\n\"a\";\"b\"\n\"Jos\xe9\";\"\x80 5\"\n");
    const InputDetection detection = detectInput(path);

    QVERIFY(!detection.error);
    QCOMPARE(detection.encoding, TextEncoding::Windows1252);
    QCOMPARE(detection.warnings.size(), 1);
    const ImportWarning &warning = detection.warnings.first();
    QCOMPARE(warning.kind, ImportWarningKind::EncodingFallback);
    QCOMPARE(warning.severity, ImportWarningSeverity::Warning);
    QCOMPARE(warning.file, path);
    QCOMPARE(warning.line, 3);
    QCOMPARE(warning.column, 5);
    QCOMPARE(warning.value, QStringLiteral("0xE9"));
    QVERIFY2(warning.message.contains(QStringLiteral("Windows-1252")), qPrintable(warning.message));
    QVERIFY2(warning.message.startsWith(QStringLiteral("Line 3, column 5: byte 0xE9 ")),
             qPrintable(warning.message));
    QVERIFY2(warning.message.contains(QStringLiteral("choose the file's encoding")),
             qPrintable(warning.message));

    QCOMPARE(readAllUtf8(detection),
             QByteArray("name;city\n\"a\";\"b\"\n\"Jos\xc3\xa9\";\"\xe2\x82\xac 5\"\n"));
}

void InputSourceTest::utf8CutAtSampleEndIsUtf8()
{
    // "é" is two bytes; the first is the sample's last byte.
    QByteArray bytes = "a,b\n";
    while (bytes.size() < 64 * 1024 - 1)
        bytes += "x,y\n";
    bytes.truncate(64 * 1024 - 1);
    bytes += "\xc3\xa9,z\n";

    QTemporaryDir dir;
    const QString path = Test::writeFile(dir.path(), QStringLiteral("long.csv"), bytes);
    const InputDetection detection = detectInput(path);
    QVERIFY(!detection.error);
    QCOMPARE(detection.encoding, TextEncoding::Utf8);
    QVERIFY(detection.warnings.isEmpty());
}

void InputSourceTest::rejectsWhatIsNotText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<ImportWarningKind>("kind");
    QTest::addColumn<QStringList>("phrases");

    const QByteArray binaryTail("\x00\x01\x02\x03\xff\xfe\x00\x10", 8);
    const auto unsupported = ImportWarningKind::UnsupportedFormat;
    const auto notText = ImportWarningKind::NotText;

    QTest::newRow("Parquet") << QByteArray("PAR1") + binaryTail << false << unsupported
                             << QStringList{"Parquet", "Debian 12", "Apache Arrow", "UNLOAD",
                                            "JSON",    "TEXTFILE",  "CSV"};
    QTest::newRow("gzip-compressed Parquet")
        << QByteArray("PAR1") + binaryTail << true << unsupported << QStringList{"Parquet"};
    QTest::newRow("ORC") << QByteArray("ORC") + binaryTail << false << unsupported
                         << QStringList{"ORC", "UNLOAD"};
    QTest::newRow("Avro") << QByteArray("Obj\x01") + binaryTail << false << unsupported
                          << QStringList{"Avro", "UNLOAD"};
    QTest::newRow("Excel workbook") << QByteArray("PK\x03\x04") + binaryTail << false << notText
                                    << QStringList{".xlsx", "save the sheet as CSV"};
    QTest::newRow("PNG image") << QByteArray("\x89PNG\r\n\x1a\n") + binaryTail << false << notText
                               << QStringList{"PNG image"};
    QTest::newRow("JPEG image") << QByteArray("\xff\xd8\xff\xe0") + binaryTail << false << notText
                                << QStringList{"JPEG image"};
    QTest::newRow("GIF image") << QByteArray("GIF89a") + binaryTail << false << notText
                               << QStringList{"GIF image"};
    QTest::newRow("PDF document") << QByteArray("%PDF-1.7\n") + binaryTail << false << notText
                                  << QStringList{"PDF document"};
    QTest::newRow("xz archive") << QByteArray("\xfd"
                                              "7zXZ\x00\x00",
                                              7) +
                                       binaryTail
                                << false << notText << QStringList{"xz", "gzip"};
    QTest::newRow("other binary data") << QByteArray("\x7f"
                                                     "ELF\x02\x01\x01\x00\x00\x00\x00",
                                                     11) +
                                              binaryTail
                                       << false << notText << QStringList{"NUL bytes", "byte 7"};
    QTest::newRow("UTF-16 without byte order mark")
        << utf16(QStringLiteral("a,b\n1,2\n3,4\n"), QStringConverter::Utf16LE) << false << notText
        << QStringList{"UTF-16", "byte order mark", "UTF-8"};
}

void InputSourceTest::rejectsWhatIsNotText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, gzip);
    QFETCH(ImportWarningKind, kind);
    QFETCH(QStringList, phrases);

    QTemporaryDir dir;
    const QString path =
        Test::writeFile(dir.path(), QStringLiteral("export.bin"), gzip ? Test::gzip(bytes) : bytes);
    const InputDetection detection = detectInput(path);

    QVERIFY(detection.error);
    QCOMPARE(detection.error->kind, kind);
    QCOMPARE(detection.error->severity, ImportWarningSeverity::FileRejected);
    QCOMPARE(detection.error->file, path);
    QCOMPARE(detection.gzip, gzip);
    // The file is named by ImportWarning::file, never in the message.
    QVERIFY2(!detection.error->message.contains(QStringLiteral("export.bin")),
             qPrintable(detection.error->message));
    for (const QString &phrase : phrases)
        QVERIFY2(detection.error->message.contains(phrase),
                 qPrintable(phrase + QStringLiteral(" missing from: ") + detection.error->message));

    ImportWarning error;
    QVERIFY(!openRecordReader(detection, {}, &error));
    QCOMPARE(error.kind, kind);
}

void InputSourceTest::csvStartingWithOrcIsText()
{
    QTemporaryDir dir;
    const QString path =
        Test::writeFile(dir.path(), QStringLiteral("orcid.csv"), "ORCID;name\n1;2\n");
    const InputDetection detection = detectInput(path);
    QVERIFY(!detection.error);
    QCOMPARE(detection.format, InputFormat::Csv);
    QCOMPARE(detection.delimiter, ';');
}

void InputSourceTest::rejectsMissingFolderAndEmpty_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ImportWarningKind>("kind");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("missing file") << "missing.csv" << ImportWarningKind::UnreadableFile
                                  << "does not exist";
    QTest::newRow("folder") << "folder" << ImportWarningKind::UnreadableFile << "is a folder";
    QTest::newRow("empty file") << "empty.csv" << ImportWarningKind::EmptyFile << "is empty";
    QTest::newRow("only whitespace") << "blank.csv" << ImportWarningKind::EmptyFile << "is empty";
    QTest::newRow("only a UTF-8 byte order mark")
        << "mark.csv" << ImportWarningKind::EmptyFile << "is empty";
    QTest::newRow("gzip of nothing")
        << "nothing.csv.gz" << ImportWarningKind::EmptyFile << "is empty";
}

void InputSourceTest::rejectsMissingFolderAndEmpty()
{
    QFETCH(QString, name);
    QFETCH(ImportWarningKind, kind);
    QFETCH(QString, phrase);

    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("folder"));
    Test::writeFile(dir.path(), QStringLiteral("empty.csv"), {});
    Test::writeFile(dir.path(), QStringLiteral("blank.csv"), " \r\n\t\n\n");
    Test::writeFile(dir.path(), QStringLiteral("mark.csv"), "\xef\xbb\xbf\n");
    Test::writeFile(dir.path(), QStringLiteral("nothing.csv.gz"), Test::gzip({}));

    const InputDetection detection = detectInput(QDir(dir.path()).filePath(name));
    QVERIFY(detection.error);
    QCOMPARE(detection.error->kind, kind);
    QCOMPARE(detection.error->severity, ImportWarningSeverity::FileRejected);
    QVERIFY2(detection.error->message.contains(phrase), qPrintable(detection.error->message));
}

void InputSourceTest::readsSingleGzipMember()
{
    QTemporaryDir dir;
    const QByteArray compressed = Test::gzip(jsonLines(0, 3));
    const QString path = Test::writeFile(dir.path(), QStringLiteral("part-0"), compressed);

    // Detected by the magic number, not by the name.
    const InputDetection detection = detectInput(path);
    QVERIFY(!detection.error);
    QCOMPARE(detection.gzip, true);
    QCOMPARE(detection.format, InputFormat::JsonLines);
    QCOMPARE(detection.fileSize, compressed.size());

    ImportWarning error;
    auto reader = openRecordReader(detection, {}, &error);
    QVERIFY2(reader, qPrintable(error.message));
    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.fields.at(0).text, QByteArray("e-2"));
    QCOMPARE(reader->next(record), RecordReader::Result::End);
    QCOMPARE(reader->bytesConsumed(), compressed.size());
}

void InputSourceTest::readsMultiMemberGzip()
{
    // As `cat a.gz b.gz c.gz > all.gz` writes it.
    const QByteArray compressed = Test::gzip(jsonLines(0, 2000)) + Test::gzip(jsonLines(2000, 1)) +
                                  Test::gzip(jsonLines(2001, 2999));
    QTemporaryDir dir;
    const QString path = Test::writeFile(dir.path(), QStringLiteral("all.json.gz"), compressed);
    const InputDetection detection = detectInput(path);
    QVERIFY(!detection.error);
    QVERIFY(detection.gzip);

    QList<ImportWarning> warnings;
    qint64 consumed = 0;
    QCOMPARE(readAllUtf8(detection, &warnings, &consumed), jsonLines(0, 5000));
    QVERIFY(warnings.isEmpty());
    QCOMPARE(consumed, compressed.size());
}

void InputSourceTest::truncatedGzipInSampleIsRejected()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("gzip failed")));
    QByteArray compressed = Test::gzip(jsonLines(0, 100));
    compressed.chop(20);

    QTemporaryDir dir;
    const QString path = Test::writeFile(dir.path(), QStringLiteral("part-7.gz"), compressed);
    const InputDetection detection = detectInput(path);

    QVERIFY(detection.error);
    QCOMPARE(detection.error->kind, ImportWarningKind::TruncatedGzip);
    QCOMPARE(detection.error->severity, ImportWarningSeverity::FileRejected);
    QCOMPARE(detection.error->file, path);
    QVERIFY2(detection.error->message.contains(QStringLiteral("Download it again")),
             qPrintable(detection.error->message));
}

void InputSourceTest::truncatedGzipAfterSampleFailsReading()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("gzip failed")));
    // Incompressible-looking text, so that the cut lands far beyond the sample.
    QByteArray text;
    for (int i = 0; i < 20000; ++i)
        text += "{\"event_id\":\"" + QByteArray::number(quint64(i) * 2654435761ULL % 1000003, 36) +
                QByteArray::number(i) + "\"}\n";
    QByteArray compressed = Test::gzip(text);
    compressed.truncate(compressed.size() * 3 / 4);

    QTemporaryDir dir;
    const QString path = Test::writeFile(dir.path(), QStringLiteral("part-8.gz"), compressed);
    const InputDetection detection = detectInput(path);
    QVERIFY(!detection.error);

    ImportWarning error;
    auto reader = openRecordReader(detection, {}, &error);
    QVERIFY(reader);
    Record record;
    qint64 records = 0;
    RecordReader::Result result;
    while ((result = reader->next(record)) == RecordReader::Result::Record)
        ++records;
    QCOMPARE(result, RecordReader::Result::Failed);
    QVERIFY(records > 1000);
    QVERIFY(records < 20000);
    QCOMPARE(reader->lastProblem().kind, ImportWarningKind::TruncatedGzip);
    QCOMPARE(reader->lastProblem().file, path);
    QVERIFY2(reader->lastProblem().message.contains(QStringLiteral("Download it again")),
             qPrintable(reader->lastProblem().message));
}

void InputSourceTest::corruptGzipIsRejected()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("gzip failed")));
    QByteArray compressed = Test::gzip(jsonLines(0, 500));
    for (qsizetype i = 30; i < 60; ++i)
        compressed[i] = char(compressed[i] ^ 0x5a);

    QTemporaryDir dir;
    const QString path = Test::writeFile(dir.path(), QStringLiteral("bad.json.gz"), compressed);
    const InputDetection detection = detectInput(path);

    QVERIFY(detection.error);
    QCOMPARE(detection.error->kind, ImportWarningKind::CorruptGzip);
    QCOMPARE(detection.error->severity, ImportWarningSeverity::FileRejected);
    QCOMPARE(detection.error->file, path);
    QVERIFY2(detection.error->message.startsWith(QStringLiteral("The gzip data is invalid")),
             qPrintable(detection.error->message));
}

void InputSourceTest::bytesAfterGzipDataWarn()
{
    // Tape and some upload tools pad files with zeros.
    const QByteArray compressed = Test::gzip(jsonLines(0, 3)) + QByteArray(512, '\0');
    QTemporaryDir dir;
    const QString path = Test::writeFile(dir.path(), QStringLiteral("padded.gz"), compressed);
    const InputDetection detection = detectInput(path);
    QVERIFY(!detection.error);

    QList<ImportWarning> warnings;
    QCOMPARE(readAllUtf8(detection, &warnings), jsonLines(0, 3));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).kind, ImportWarningKind::CorruptGzip);
    QCOMPARE(warnings.at(0).severity, ImportWarningSeverity::Warning);
    QCOMPARE(warnings.at(0).file, path);
    QVERIFY2(warnings.at(0).message.contains(QStringLiteral("after its gzip data")),
             qPrintable(warnings.at(0).message));
}

void InputSourceTest::decodesUtf16AcrossChunks_data()
{
    QTest::addColumn<bool>("littleEndian");

    QTest::newRow("little endian") << true;
    QTest::newRow("big endian") << false;
}

void InputSourceTest::decodesUtf16AcrossChunks()
{
    QFETCH(bool, littleEndian);

    // Lines of odd length put code units and surrogate pairs across every
    // 1 MiB read boundary sooner or later.
    QString text = QStringLiteral("id;text\n");
    for (int i = 0; text.size() < 1200000; ++i)
        text += QString::number(i) + QStringLiteral(";caf\u00e9 \U0001F600 ") +
                QString(i % 7, u'x') + u'\n';

    const auto encoding = littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
    const QByteArray bytes =
        QByteArray(littleEndian ? "\xff\xfe" : "\xfe\xff") + utf16(text, encoding);
    QTemporaryDir dir;
    const QString path = Test::writeFile(dir.path(), QStringLiteral("utf16.csv"), bytes);
    const InputDetection detection = detectInput(path);
    QVERIFY(!detection.error);
    QCOMPARE(detection.encoding, littleEndian ? TextEncoding::Utf16LE : TextEncoding::Utf16BE);

    QList<ImportWarning> warnings;
    qint64 consumed = 0;
    QCOMPARE(readAllUtf8(detection, &warnings, &consumed), text.toUtf8());
    QVERIFY(warnings.isEmpty());
    QCOMPARE(consumed, bytes.size());
}

void InputSourceTest::decodesWindows1252()
{
    QByteArray bytes = "a,b\n";
    for (int byte = 0x80; byte <= 0xff; ++byte)
        bytes += char(byte);
    bytes += "\n\x81\n";

    QTemporaryDir dir;
    InputDetection detection;
    detection.path = Test::writeFile(dir.path(), QStringLiteral("cp1252.csv"), bytes);
    detection.encoding = TextEncoding::Windows1252;

    QString expected = QStringLiteral("a,b\n");
    const char16_t high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                               0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                               0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                               0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    for (const char16_t codePoint : high)
        expected += QChar(codePoint);
    for (int byte = 0xa0; byte <= 0xff; ++byte)
        expected += QChar(byte);
    expected += QStringLiteral("\n\uFFFD\n");

    QList<ImportWarning> warnings;
    QCOMPARE(QString::fromUtf8(readAllUtf8(detection, &warnings)), expected);
    // Six undefined bytes, one warning at the first.
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).kind, ImportWarningKind::InvalidEncoding);
    QCOMPARE(warnings.at(0).line, 2);
    QCOMPARE(warnings.at(0).value, QStringLiteral("0x81"));
}

void InputSourceTest::oddUtf16ByteIsReplaced()
{
    const QByteArray bytes =
        "\xff\xfe" + utf16(QStringLiteral("a;b\n1;2\n"), QStringConverter::Utf16LE) + "x";
    QTemporaryDir dir;
    const QString path = Test::writeFile(dir.path(), QStringLiteral("odd.csv"), bytes);
    const InputDetection detection = detectInput(path);
    QCOMPARE(detection.encoding, TextEncoding::Utf16LE);

    QList<ImportWarning> warnings;
    QCOMPARE(readAllUtf8(detection, &warnings), QByteArray("a;b\n1;2\n\xef\xbf\xbd"));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).kind, ImportWarningKind::InvalidEncoding);
    QCOMPARE(warnings.at(0).line, 3);
    QCOMPARE(warnings.at(0).value, QStringLiteral("0x78"));
}

void InputSourceTest::keepsUtf8SequenceSplitAcrossChunks()
{
    QByteArray bytes;
    while (bytes.size() < 3 * 1024 * 1024)
        bytes += "id,\xe2\x82\xac \xf0\x9f\x98\x80 \xc3\xa9\n";

    QTemporaryDir dir;
    const QString path =
        Test::writeFile(dir.path(), QStringLiteral("utf8.csv"), "\xef\xbb\xbf" + bytes);
    const InputDetection detection = detectInput(path);
    QVERIFY(!detection.error);
    QCOMPARE(detection.byteOrderMark, true);

    QList<ImportWarning> warnings;
    qint64 consumed = 0;
    QCOMPARE(readAllUtf8(detection, &warnings, &consumed), bytes);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(consumed, bytes.size() + 3);
}

void InputSourceTest::replacesInvalidUtf8AfterSample()
{
    QByteArray bytes = "id,text\n";
    for (int i = 1; bytes.size() < 100000; ++i)
        bytes += QByteArray::number(i) + ",ok\n";
    const qint64 badLine = bytes.count('\n') + 1;
    bytes += "x,caf\xe9!\n";
    bytes += "y,\xff\xfe\n";
    bytes += "z,\xf0\x9f\n";
    bytes += "w,\xc3";

    QTemporaryDir dir;
    const QString path = Test::writeFile(dir.path(), QStringLiteral("late.csv"), bytes);
    const InputDetection detection = detectInput(path);
    QVERIFY(!detection.error);
    QCOMPARE(detection.encoding, TextEncoding::Utf8);
    QVERIFY(detection.warnings.isEmpty());

    QList<ImportWarning> warnings;
    QByteArray expected = bytes;
    expected.replace("caf\xe9!", "caf\xef\xbf\xbd!");
    expected.replace("\xff\xfe", "\xef\xbf\xbd\xef\xbf\xbd");
    expected.replace("\xf0\x9f\n", "\xef\xbf\xbd\xef\xbf\xbd\n");
    expected.replace("w,\xc3", "w,\xef\xbf\xbd");
    QCOMPARE(readAllUtf8(detection, &warnings), expected);

    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).kind, ImportWarningKind::InvalidEncoding);
    QCOMPARE(warnings.at(0).severity, ImportWarningSeverity::Warning);
    QCOMPARE(warnings.at(0).file, path);
    QCOMPARE(warnings.at(0).line, badLine);
    QCOMPARE(warnings.at(0).value, QStringLiteral("0xE9"));
}

void InputSourceTest::textFileTableFromFieldCount()
{
    const QStringList flowColumns = contactFlowEventsSpec().columnNames();
    const QStringList testColumns = testCaseExecutionResultsSpec().columnNames();
    QVERIFY(flowColumns.size() != testColumns.size());

    QTemporaryDir dir;
    const QByteArray flowLine =
        QByteArray("x") + QByteArray("\001x").repeated(flowColumns.size() - 1);
    const QByteArray testLine =
        QByteArray("\\N") + QByteArray("\001\\N").repeated(testColumns.size() - 1);

    const QString flowPath = Test::writeFile(dir.path(), QStringLiteral("flows/part-0.gz"),
                                             Test::gzip("\n" + flowLine + "\n" + flowLine + "\n"));
    InputDetection detection = detectInput(flowPath);
    QCOMPARE(detection.format, InputFormat::AthenaTextFile);
    ImportWarning error;
    auto reader = openRecordReader(detection, {}, &error);
    QVERIFY2(reader, qPrintable(error.message));
    QCOMPARE(reader->columns(), flowColumns);
    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 2);
    QCOMPARE(record.fields.size(), flowColumns.size());

    const QString testPath =
        Test::writeFile(dir.path(), QStringLiteral("tests/part-0"), testLine + "\n");
    detection = detectInput(testPath);
    reader = openRecordReader(detection, {}, &error);
    QVERIFY2(reader, qPrintable(error.message));
    QCOMPARE(reader->columns(), testColumns);
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QVERIFY(record.fields.at(0).isNull());
}

void InputSourceTest::textFileTableFromHint()
{
    QTemporaryDir dir;
    const QString path = Test::writeFile(dir.path(), QStringLiteral("part-0"), "a\001b\n");
    const InputDetection detection = detectInput(path);

    InputOptions options;
    options.tableHint = QStringLiteral("CONTACT_FLOW_EVENTS");
    ImportWarning error;
    auto reader = openRecordReader(detection, options, &error);
    QVERIFY2(reader, qPrintable(error.message));
    QCOMPARE(reader->columns(), contactFlowEventsSpec().columnNames());
    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::BadRecord);
    QCOMPARE(reader->lastProblem().kind, ImportWarningKind::FieldCountMismatch);

    options.tableHint = QStringLiteral("contact_records");
    QVERIFY(!openRecordReader(detection, options, &error));
    QCOMPARE(error.kind, ImportWarningKind::TableNotDetected);
    QVERIFY2(error.message.contains(QStringLiteral("contact_records")), qPrintable(error.message));
}

void InputSourceTest::textFileWithUnknownFieldCount()
{
    QTemporaryDir dir;
    const QString path = Test::writeFile(dir.path(), QStringLiteral("part-0"), "a\001b\001c\n");
    const InputDetection detection = detectInput(path);

    ImportWarning error;
    QVERIFY(!openRecordReader(detection, {}, &error));
    QCOMPARE(error.kind, ImportWarningKind::TableNotDetected);
    QCOMPARE(error.severity, ImportWarningSeverity::FileRejected);
    QCOMPARE(error.file, path);
    QVERIFY2(error.message.contains(QStringLiteral("3 fields")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("Choose the table")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("contact_flow_events has %1 columns")
                                        .arg(contactFlowEventsSpec().columns.size())),
             qPrintable(error.message));
}

void InputSourceTest::opensCsvReader()
{
    QTemporaryDir dir;
    const QString path =
        Test::writeFile(dir.path(), QStringLiteral("excel.csv"),
                        "sep=;\r\nevent_id;flow_outcome\r\n\"e-1\";\"Caf\xe9\"\r\n");
    const InputDetection detection = detectInput(path);
    ImportWarning error;
    auto reader = openRecordReader(detection, {}, &error);
    QVERIFY2(reader, qPrintable(error.message));

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(reader->columns(), (QStringList{"event_id", "flow_outcome"}));
    QCOMPARE(record.fields.size(), 2);
    QCOMPARE(record.fields.at(0).text, QByteArray("e-1"));
    QCOMPARE(record.fields.at(1).text, QByteArray("Caf\xc3\xa9"));
    QCOMPARE(reader->next(record), RecordReader::Result::End);
}

void InputSourceTest::expandsFoldersOfPartFiles()
{
    QTemporaryDir dir;
    const QString root = QDir(dir.path()).filePath(QStringLiteral("unload"));
    const QByteArray data = Test::gzip(jsonLines(0, 1));
    for (const char *name :
         {"20261103_part_00001.gz", "20261103_part_00000.gz", "day=2026-11-04/part-b.gz",
          "day=2026-11-04/deeper/part-a.gz", "day=2026-11-04/deeper/part-a.gz.crc", "_SUCCESS",
          "q-1234-manifest.csv", "q-1234.metadata", ".part-c.gz", "_temporary/0/part-d.gz",
          ".hive-staging/part-e.gz"})
        Test::writeFile(root, QString::fromLatin1(name), data);
    Test::writeFile(root, QStringLiteral("empty-part.gz"), {});
    const QString single = Test::writeFile(dir.path(), QStringLiteral("_single.csv"), "a\n1\n");

    QList<ImportWarning> warnings;
    const QStringList files = expandInputPaths(
        {root, root + QStringLiteral("/20261103_part_00000.gz"), single}, &warnings);

    // A file named directly is kept even when a folder walk would skip it.
    QCOMPARE(relativePaths(dir.path(), files),
             (QStringList{"_single.csv", "unload/20261103_part_00000.gz",
                          "unload/20261103_part_00001.gz", "unload/day=2026-11-04/deeper/part-a.gz",
                          "unload/day=2026-11-04/part-b.gz"}));

    QStringList skipped;
    for (const ImportWarning &warning : warnings) {
        QCOMPARE(warning.kind, ImportWarningKind::SkippedFile);
        QCOMPARE(warning.severity, ImportWarningSeverity::Notice);
        skipped.append(QDir(root).relativeFilePath(warning.file));
    }
    skipped.sort();
    QCOMPARE(skipped, (QStringList{".hive-staging", ".part-c.gz", "_SUCCESS", "_temporary",
                                   "day=2026-11-04/deeper/part-a.gz.crc", "empty-part.gz",
                                   "q-1234-manifest.csv", "q-1234.metadata"}));
}

void InputSourceTest::reportsMissingInputPaths()
{
    QTemporaryDir dir;
    const QString present = Test::writeFile(dir.path(), QStringLiteral("a.csv"), "a\n1\n");
    const QString missing = QDir(dir.path()).filePath(QStringLiteral("missing.csv"));

    QList<ImportWarning> warnings;
    QCOMPARE(expandInputPaths({missing, present, present}, &warnings), QStringList{present});
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).kind, ImportWarningKind::UnreadableFile);
    QCOMPARE(warnings.at(0).severity, ImportWarningSeverity::FileRejected);
    QCOMPARE(warnings.at(0).file, missing);
    QVERIFY2(warnings.at(0).message.contains(QStringLiteral("does not exist")),
             qPrintable(warnings.at(0).message));
}

void InputSourceTest::formatsWarnings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    // Messages state their own line and column, so toString() adds only the file.
    QTest::newRow("file with line and column") << "a.csv" << qint64(12) << 3 << "a.csv: failed";
    QTest::newRow("file only") << "a.csv" << qint64(0) << 0 << "a.csv: failed";
    QTest::newRow("line without a file") << "" << qint64(7) << 2 << "failed";
    QTest::newRow("no location") << "" << qint64(0) << 0 << "failed";
}

void InputSourceTest::formatsWarnings()
{
    QFETCH(QString, file);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, expected);

    ImportWarning warning;
    warning.file = file;
    warning.line = line;
    warning.column = column;
    warning.message = QStringLiteral("failed");
    QCOMPARE(warning.toString(), expected);
}

void InputSourceTest::namesWarningKinds()
{
    QCOMPARE(importWarningKindName(ImportWarningKind::SkippedFile), QStringLiteral("skipped-file"));
    QCOMPARE(importWarningKindName(ImportWarningKind::TruncatedGzip),
             QStringLiteral("truncated-gzip"));
    QCOMPARE(importWarningKindName(ImportWarningKind::EncodingFallback),
             QStringLiteral("encoding-fallback"));
    QCOMPARE(importWarningKindName(ImportWarningKind::FieldCountMismatch),
             QStringLiteral("field-count-mismatch"));
    QCOMPARE(importWarningKindName(ImportWarningKind::SubMillisecondDropped),
             QStringLiteral("sub-millisecond-dropped"));
    QCOMPARE(importWarningKindName(ImportWarningKind::DuplicateKey),
             QStringLiteral("duplicate-key"));

    // Every kind has its own name in lower case with hyphens.
    QSet<QString> names;
    for (int kind = int(ImportWarningKind::SkippedFile);
         kind <= int(ImportWarningKind::DuplicateKey); ++kind) {
        const QString name = importWarningKindName(ImportWarningKind(kind));
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z]+(-[a-z]+)*$")).match(name).hasMatch(),
                 qPrintable(name));
        names.insert(name);
    }
    QCOMPARE(names.size(), int(ImportWarningKind::DuplicateKey) + 1);
}

void InputSourceTest::abbreviatesLongValues()
{
    QCOMPARE(abbreviatedValue(QStringLiteral("short")), QStringLiteral("short"));
    QCOMPARE(abbreviatedValue(QString(80, u'a')), QString(80, u'a'));

    const QString value = QString(50, u'a') + QString(50, u'b');
    const QString shortened = abbreviatedValue(value, 11);
    QCOMPARE(shortened, QStringLiteral("aaaaa\u2026bbbbb"));
    QCOMPARE(abbreviatedValue(value).size(), 80);
    QVERIFY(abbreviatedValue(value).startsWith(QString(39, u'a') + QChar(0x2026)));

    // A surrogate pair at the cut is dropped whole rather than split.
    const QString emoji = QStringLiteral("aaaa\U0001F600") + QString(20, u'b');
    const QString cut = abbreviatedValue(emoji, 11);
    QCOMPARE(cut, QStringLiteral("aaaa\u2026bbbbb"));
}

QTEST_GUILESS_MAIN(InputSourceTest)
#include "tst_inputsource.moc"
