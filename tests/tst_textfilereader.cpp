#include "bytestream.h"
#include "inputsource.h"
#include "testsupport.h"
#include "textfilereader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Flowscope;

namespace {

const QStringList FourColumns = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                 QStringLiteral("d")};

std::unique_ptr<TextFileReader> openReader(const QTemporaryDir &dir, const QByteArray &bytes,
                                           const QStringList &columns)
{
    InputDetection detection;
    detection.path = Test::writeFile(dir.path(), QStringLiteral("part-00000"), bytes);
    detection.format = InputFormat::AthenaTextFile;
    detection.delimiter = '\001';
    ImportWarning error;
    auto stream = openUtf8Stream(detection, &error);
    if (!stream)
        qFatal("cannot open the test file: %s", qPrintable(error.message));
    return std::make_unique<TextFileReader>(std::move(stream), detection.path, columns);
}

} // namespace

class TextFileReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFieldsAsWritten_data();
    void readsFieldsAsWritten();
    void lineEndsAndLineNumbers();
    void fieldCountMismatchSkipsOneLine();
    void blankLinesAreNotRecords();
    void readsGzipThroughOpenRecordReader();
    void bytesConsumedReachesFileSize();
};

void TextFileReaderTest::readsFieldsAsWritten_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QList<int>>("kinds");
    QTest::addColumn<QList<QByteArray>>("texts");

    const int null = int(FieldKind::Null);
    const int textKind = int(FieldKind::Text);

    QTest::newRow("backslash N is NULL and an empty field is empty text")
        << QByteArray("x\001\\N\001\001y\n") << QList<int>{textKind, null, textKind, textKind}
        << QList<QByteArray>{"x", "", "", "y"};
    QTest::newRow("array items stay separated by \\002")
        << QByteArray("id\001a\002b\002c\001\\N\001\\N\n")
        << QList<int>{textKind, textKind, null, null}
        << QList<QByteArray>{"id", "a\002b\002c", "", ""};
    QTest::newRow("only an exact backslash N is NULL")
        << QByteArray("\\Nx\001\\n\001 \\N\001N\n")
        << QList<int>{textKind, textKind, textKind, textKind}
        << QList<QByteArray>{"\\Nx", "\\n", " \\N", "N"};
    QTest::newRow("quotes, commas and UTF-8 are plain text")
        << QByteArray("\"q\"\001a,b\001Z\xc3\xbcrich\001\xe2\x82\xac\n")
        << QList<int>{textKind, textKind, textKind, textKind}
        << QList<QByteArray>{"\"q\"", "a,b", "Z\xc3\xbcrich", "\xe2\x82\xac"};
    QTest::newRow("all fields empty")
        << QByteArray("\001\001\001\n") << QList<int>{textKind, textKind, textKind, textKind}
        << QList<QByteArray>{"", "", "", ""};
}

void TextFileReaderTest::readsFieldsAsWritten()
{
    QFETCH(QByteArray, line);
    QFETCH(QList<int>, kinds);
    QFETCH(QList<QByteArray>, texts);

    QTemporaryDir dir;
    auto reader = openReader(dir, line, FourColumns);
    QCOMPARE(reader->columns(), FourColumns);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 1);
    QCOMPARE(record.fields.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(int(record.fields.at(i).kind), kinds.at(i));
        QCOMPARE(record.fields.at(i).text, texts.at(i));
    }
    QCOMPARE(reader->next(record), RecordReader::Result::End);
}

void TextFileReaderTest::lineEndsAndLineNumbers()
{
    QTemporaryDir dir;
    // CRLF, LF, and a last line without a line end.
    auto reader = openReader(dir, "1\0012\r\n3\0014\n5\0016", {"x", "y"});

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 1);
    QCOMPARE(record.fields.at(1).text, QByteArray("2"));
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 2);
    QCOMPARE(record.fields.at(0).text, QByteArray("3"));
    QCOMPARE(record.fields.at(1).text, QByteArray("4"));
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 3);
    QCOMPARE(record.fields.at(1).text, QByteArray("6"));
    QCOMPARE(reader->next(record), RecordReader::Result::End);
    QCOMPARE(reader->next(record), RecordReader::Result::End);
}

void TextFileReaderTest::fieldCountMismatchSkipsOneLine()
{
    QTemporaryDir dir;
    auto reader = openReader(dir, "a\001b\nc\001d\001e\nf\nh\001i\n", {"x", "y"});

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 1);

    QCOMPARE(reader->next(record), RecordReader::Result::BadRecord);
    QCOMPARE(reader->lastProblem().kind, ImportWarningKind::FieldCountMismatch);
    QCOMPARE(reader->lastProblem().severity, ImportWarningSeverity::RowRejected);
    QCOMPARE(reader->lastProblem().line, 2);
    QCOMPARE(reader->lastProblem().value, QStringLiteral("c\\001d\\001e"));
    QVERIFY2(reader->lastProblem().message.startsWith(
                 QStringLiteral("Line 2: 3 fields where 2 columns were expected.")),
             qPrintable(reader->lastProblem().message));

    QCOMPARE(reader->next(record), RecordReader::Result::BadRecord);
    QCOMPARE(reader->lastProblem().line, 3);
    QVERIFY2(reader->lastProblem().message.contains(QStringLiteral("1 fields")),
             qPrintable(reader->lastProblem().message));

    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 4);
    QCOMPARE(record.fields.at(0).text, QByteArray("h"));
    QCOMPARE(reader->next(record), RecordReader::Result::End);
}

void TextFileReaderTest::blankLinesAreNotRecords()
{
    QTemporaryDir dir;
    auto reader = openReader(dir, "a\001b\n\n\r\nc\001d\n\n", {"x", "y"});

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 1);
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 4);
    QCOMPARE(record.fields.at(0).text, QByteArray("c"));
    QCOMPARE(reader->next(record), RecordReader::Result::End);
}

void TextFileReaderTest::readsGzipThroughOpenRecordReader()
{
    QTemporaryDir dir;
    const QString path = Test::writeFile(dir.path(), QStringLiteral("part-00000.gz"),
                                         Test::gzip("p\001\\N\001r\nu\001v\001\\N\n"));

    InputOptions options;
    options.columnNames = QStringList{"one", "two", "three"};
    const InputDetection detection = detectInput(path, options);
    QVERIFY(!detection.error);
    QCOMPARE(detection.format, InputFormat::AthenaTextFile);
    QVERIFY(detection.gzip);

    ImportWarning error;
    auto reader = openRecordReader(detection, options, &error);
    QVERIFY2(reader, qPrintable(error.message));
    QCOMPARE(reader->columns(), options.columnNames);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.fields.at(0).text, QByteArray("p"));
    QVERIFY(record.fields.at(1).isNull());
    QCOMPARE(record.fields.at(2).text, QByteArray("r"));
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QVERIFY(record.fields.at(2).isNull());
    QCOMPARE(reader->next(record), RecordReader::Result::End);
}

void TextFileReaderTest::bytesConsumedReachesFileSize()
{
    QTemporaryDir dir;
    QByteArray bytes;
    for (int i = 0; i < 50000; ++i)
        bytes += QByteArray::number(i) + "\001value " + QByteArray::number(i * 7) + "\n";
    auto reader = openReader(dir, bytes, {"n", "text"});

    Record record;
    qint64 count = 0;
    while (reader->next(record) == RecordReader::Result::Record)
        ++count;
    QCOMPARE(count, 50000);
    QCOMPARE(record.line, 50000);
    QCOMPARE(record.fields.at(1).text, QByteArray("value 349993"));
    QCOMPARE(reader->bytesConsumed(), bytes.size());
    QVERIFY(reader->takeWarnings().isEmpty());
}

QTEST_GUILESS_MAIN(TextFileReaderTest)
#include "tst_textfilereader.moc"
