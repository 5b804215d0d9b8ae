#include "bytestream.h"
#include "inputsource.h"
#include "jsonreader.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Flowscope;

namespace {

std::unique_ptr<JsonReader> openReader(const QTemporaryDir &dir, const QByteArray &bytes,
                                       JsonReader::Layout layout, bool gzip = false)
{
    InputDetection detection;
    detection.path = Test::writeFile(
        dir.path(), gzip ? QStringLiteral("data.json.gz") : QStringLiteral("data.json"),
        gzip ? Test::gzip(bytes) : bytes);
    detection.gzip = gzip;
    detection.format =
        layout == JsonReader::Layout::Lines ? InputFormat::JsonLines : InputFormat::JsonArray;
    ImportWarning error;
    auto stream = openUtf8Stream(detection, &error);
    if (!stream)
        qFatal("cannot open the test file: %s", qPrintable(error.message));
    return std::make_unique<JsonReader>(std::move(stream), detection.path, layout);
}

// The field of `record` for `column`, or a NULL field when the record lacks it.
Field fieldOf(const RecordReader &reader, const Record &record, const QString &column)
{
    const qsizetype index = reader.columns().indexOf(column);
    if (index < 0 || index >= record.fields.size())
        return {};
    return record.fields.at(index);
}

} // namespace

class JsonReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laterKeysExtendColumns();
    void nullAbsentAndEmptyDiffer();
    void numbersKeepTheirLiteral_data();
    void numbersKeepTheirLiteral();
    void nestedValuesBecomeCompactJson();
    void stringsAreUnescaped_data();
    void stringsAreUnescaped();
    void keysMatchExactlyAndLastDuplicateWins();
    void invalidLineThenValidLine();
    void invalidLineReasons_data();
    void invalidLineReasons();
    void blankLinesAreSkipped();
    void byteOrderMarkAtLineStartIsSkipped();
    void arrayLayoutReadsElements();
    void arrayElementsSplitAcrossChunks_data();
    void arrayElementsSplitAcrossChunks();
    void arrayWithBadElementsReadsOn();
    void unclosedArrayWarns();
    void arrayLayoutRejectsNonArray();
    void emptyArrayHasNoRecords();
};

void JsonReaderTest::laterKeysExtendColumns()
{
    QTemporaryDir dir;
    auto reader = openReader(dir,
                             "{\"a\":1}\n"
                             "{\"b\":\"x\",\"a\":2}\n"
                             "{\"c\":true}\n",
                             JsonReader::Layout::Lines);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(reader->columns(), QStringList{"a"});
    QCOMPARE(record.fields.size(), 1);
    QCOMPARE(record.fields.at(0).kind, FieldKind::Json);
    QCOMPARE(record.fields.at(0).text, QByteArray("1"));

    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(reader->columns(), (QStringList{"a", "b"}));
    QCOMPARE(record.fields.size(), 2);
    QCOMPARE(record.fields.at(0).text, QByteArray("2"));
    QCOMPARE(record.fields.at(1).kind, FieldKind::Text);
    QCOMPARE(record.fields.at(1).text, QByteArray("x"));

    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(reader->columns(), (QStringList{"a", "b", "c"}));
    QCOMPARE(record.fields.size(), 3);
    QVERIFY(record.fields.at(0).isNull());
    QVERIFY(record.fields.at(1).isNull());
    QCOMPARE(record.fields.at(2).kind, FieldKind::Json);
    QCOMPARE(record.fields.at(2).text, QByteArray("true"));

    QCOMPARE(reader->next(record), RecordReader::Result::End);
}

void JsonReaderTest::nullAbsentAndEmptyDiffer()
{
    QTemporaryDir dir;
    auto reader = openReader(dir, "{\"a\":null,\"b\":\"\",\"c\":\"v\"}\n{\"c\":\"w\"}\n",
                             JsonReader::Layout::Lines);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(fieldOf(*reader, record, "a").kind, FieldKind::Null);
    QCOMPARE(fieldOf(*reader, record, "b").kind, FieldKind::Text);
    QCOMPARE(fieldOf(*reader, record, "b").text, QByteArray(""));

    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.fields.size(), 3);
    QCOMPARE(record.fields.at(0).kind, FieldKind::Null);
    QCOMPARE(record.fields.at(1).kind, FieldKind::Null);
    QCOMPARE(record.fields.at(2).text, QByteArray("w"));
}

void JsonReaderTest::numbersKeepTheirLiteral_data()
{
    QTest::addColumn<QByteArray>("literal");

    QTest::newRow("epoch milliseconds") << QByteArray("1700000000123");
    QTest::newRow("epoch microseconds beyond 2^53") << QByteArray("1700000000123456");
    QTest::newRow("trailing zero in the fraction") << QByteArray("1.50");
    QTest::newRow("negative zero") << QByteArray("-0");
    QTest::newRow("exponent with sign") << QByteArray("1E+3");
    QTest::newRow("lower-case exponent") << QByteArray("2.5e-7");
    QTest::newRow("twenty digits") << QByteArray("12345678901234567890");
    QTest::newRow("false") << QByteArray("false");
}

void JsonReaderTest::numbersKeepTheirLiteral()
{
    QFETCH(QByteArray, literal);

    QTemporaryDir dir;
    auto reader = openReader(dir, "{\"n\": " + literal + " }\n", JsonReader::Layout::Lines);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.fields.at(0).kind, FieldKind::Json);
    QCOMPARE(record.fields.at(0).text, literal);
}

void JsonReaderTest::nestedValuesBecomeCompactJson()
{
    QTemporaryDir dir;
    auto reader = openReader(
        dir,
        "{ \"ids\" : [ \"c-1\" , \"c-2\" ], \"deep\": [1, [2, [3, 1700000000123]], {\"k\" : "
        "\"v, ]\"}],\n"
        "  \"o\": {\"x\": null, \"e\": {}, \"a\": [ ]}, \"s\": \"[1, 2]\"}\n",
        JsonReader::Layout::Lines);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::BadRecord);
    // The object spans two lines in a JSON Lines file, so its first line is cut short.
    QCOMPARE(reader->lastProblem().line, 1);

    reader = openReader(dir,
                        "{ \"ids\" : [ \"c-1\" , \"c-2\" ], \"deep\": [1, [2, [3, 1700000000123]], "
                        "{\"k\" : \"v, ]\"}], \"o\": {\"x\": null, \"e\": {}, \"a\": [ ]}, "
                        "\"s\": \"[1, 2]\"}\n",
                        JsonReader::Layout::Lines);
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(reader->columns(), (QStringList{"ids", "deep", "o", "s"}));
    QCOMPARE(record.fields.at(0).kind, FieldKind::Json);
    QCOMPARE(record.fields.at(0).text, QByteArray("[\"c-1\",\"c-2\"]"));
    QCOMPARE(record.fields.at(1).text, QByteArray("[1,[2,[3,1700000000123]],{\"k\":\"v, ]\"}]"));
    QCOMPARE(record.fields.at(2).text, QByteArray("{\"x\":null,\"e\":{},\"a\":[]}"));
    QCOMPARE(record.fields.at(3).kind, FieldKind::Text);
    QCOMPARE(record.fields.at(3).text, QByteArray("[1, 2]"));
}

void JsonReaderTest::stringsAreUnescaped_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("escaped quotes") << QByteArray("\"say \\\"hi\\\"\"") << QByteArray("say \"hi\"");
    QTest::newRow("brackets and braces inside a string")
        << QByteArray("\"[not] {an} \\\"array\\\"\"") << QByteArray("[not] {an} \"array\"");
    QTest::newRow("backslash, slash and control escapes")
        << QByteArray("\"a\\\\b\\/c\\n\\t\\r\\b\\f\"") << QByteArray("a\\b/c\n\t\r\b\f");
    QTest::newRow("unicode escape of an accented letter")
        << QByteArray("\"caf\\u00e9\"") << QByteArray("caf\xc3\xa9");
    QTest::newRow("surrogate pair escape")
        << QByteArray("\"\\ud83d\\ude00!\"") << QByteArray("\xf0\x9f\x98\x80!");
    QTest::newRow("lone surrogate becomes the replacement character")
        << QByteArray("\"\\ud800x\"") << QByteArray("\xef\xbf\xbdx");
    QTest::newRow("raw UTF-8 passes through")
        << QByteArray("\"Z\xc3\xbcrich \xe2\x82\xac\"") << QByteArray("Z\xc3\xbcrich \xe2\x82\xac");
    QTest::newRow("string that looks like null") << QByteArray("\"null\"") << QByteArray("null");
}

void JsonReaderTest::stringsAreUnescaped()
{
    QFETCH(QByteArray, literal);
    QFETCH(QByteArray, text);

    QTemporaryDir dir;
    auto reader = openReader(dir, "{\"s\":" + literal + "}\n", JsonReader::Layout::Lines);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.fields.at(0).kind, FieldKind::Text);
    QCOMPARE(record.fields.at(0).text, text);
}

void JsonReaderTest::keysMatchExactlyAndLastDuplicateWins()
{
    QTemporaryDir dir;
    auto reader = openReader(dir, "{\"id\":\"1\",\"ID\":\"2\",\"id\":\"3\",\"caf\\u00e9\":\"4\"}",
                             JsonReader::Layout::Lines);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(reader->columns(), (QStringList{"id", "ID", QStringLiteral("caf\u00e9")}));
    QCOMPARE(record.fields.at(0).text, QByteArray("3"));
    QCOMPARE(record.fields.at(1).text, QByteArray("2"));
    QCOMPARE(record.fields.at(2).text, QByteArray("4"));
}

void JsonReaderTest::invalidLineThenValidLine()
{
    QTemporaryDir dir;
    auto reader = openReader(dir,
                             "{\"a\":\"1\"}\n"
                             "{\"a\":}\n"
                             "[1,2]\n"
                             "{\"a\":\"4\"}\n",
                             JsonReader::Layout::Lines);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 1);

    QCOMPARE(reader->next(record), RecordReader::Result::BadRecord);
    QCOMPARE(reader->lastProblem().kind, ImportWarningKind::InvalidJson);
    QCOMPARE(reader->lastProblem().severity, ImportWarningSeverity::RowRejected);
    QCOMPARE(reader->lastProblem().line, 2);
    QCOMPARE(reader->lastProblem().column, 6);
    QCOMPARE(reader->lastProblem().value, QStringLiteral("{\"a\":}"));
    QVERIFY2(reader->lastProblem().message.startsWith(
                 QStringLiteral("Line 2, column 6: invalid JSON because a value was expected")),
             qPrintable(reader->lastProblem().message));
    QVERIFY(reader->lastProblem().file.endsWith(QStringLiteral("data.json")));

    QCOMPARE(reader->next(record), RecordReader::Result::BadRecord);
    QCOMPARE(reader->lastProblem().line, 3);
    QCOMPARE(reader->lastProblem().column, 1);
    QVERIFY2(reader->lastProblem().message.contains(QStringLiteral("not a JSON object")),
             qPrintable(reader->lastProblem().message));

    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 4);
    QCOMPARE(record.fields.at(0).text, QByteArray("4"));
    QCOMPARE(reader->next(record), RecordReader::Result::End);
}

void JsonReaderTest::invalidLineReasons_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason");

    QTest::newRow("unclosed string") << QByteArray("{\"a\":\"x") << 6 << "not closed";
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 6 << "colon";
    QTest::newRow("unquoted key") << QByteArray("{a:1}") << 2 << "key";
    QTest::newRow("leading zero in a number") << QByteArray("{\"a\":01}") << 7 << "comma";
    QTest::newRow("bare minus") << QByteArray("{\"a\":-}") << 6 << "number";
    QTest::newRow("text after the object") << QByteArray("{\"a\":1} x") << 9 << "more text";
    QTest::newRow("bad escape") << QByteArray("{\"a\":\"\\q\"}") << 8 << "escape";
    QTest::newRow("short unicode escape") << QByteArray("{\"a\":\"\\u12\"}") << 8 << "four";
    QTest::newRow("column counts characters, not bytes")
        << QByteArray("{\"\xc3\xa9\xc3\xa9\":tru}") << 7 << "value";
    QTest::newRow("unclosed nested array") << QByteArray("{\"a\":[1,2") << 10 << "not closed";
}

void JsonReaderTest::invalidLineReasons()
{
    QFETCH(QByteArray, line);
    QFETCH(int, column);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    auto reader = openReader(dir, line + "\n{}\n", JsonReader::Layout::Lines);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::BadRecord);
    QCOMPARE(reader->lastProblem().line, 1);
    QCOMPARE(reader->lastProblem().column, column);
    QVERIFY2(reader->lastProblem().message.contains(reason),
             qPrintable(reader->lastProblem().message));
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 2);
    QCOMPARE(reader->next(record), RecordReader::Result::End);
}

void JsonReaderTest::blankLinesAreSkipped()
{
    QTemporaryDir dir;
    auto reader =
        openReader(dir, "\n  \r\n{\"a\":\"1\"}\r\n\n{\"a\":\"2\"}", JsonReader::Layout::Lines);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 3);
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 5);
    QCOMPARE(record.fields.at(0).text, QByteArray("2"));
    QCOMPARE(reader->next(record), RecordReader::Result::End);
}

void JsonReaderTest::byteOrderMarkAtLineStartIsSkipped()
{
    // As `cat a.json b.json` leaves it when both parts start with a byte order mark.
    QTemporaryDir dir;
    auto reader =
        openReader(dir, "{\"a\":\"1\"}\n\xef\xbb\xbf{\"a\":\"2\"}\n\xef\xbb\xbf{\"a\":}\n",
                   JsonReader::Layout::Lines);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 2);
    QCOMPARE(record.fields.at(0).text, QByteArray("2"));
    QCOMPARE(reader->next(record), RecordReader::Result::BadRecord);
    QCOMPARE(reader->lastProblem().line, 3);
    QCOMPARE(reader->lastProblem().column, 7);
}

void JsonReaderTest::arrayLayoutReadsElements()
{
    QTemporaryDir dir;
    auto reader = openReader(dir,
                             "[\n"
                             "  {\"a\": \"x\", \"n\": 17000000000001},\n"
                             "  {\n"
                             "    \"b\": [\"]\", \"\\\"}\"],\n"
                             "    \"a\": null\n"
                             "  }\n"
                             "]\n",
                             JsonReader::Layout::Array);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 2);
    QCOMPARE(record.fields.at(0).text, QByteArray("x"));
    QCOMPARE(record.fields.at(1).text, QByteArray("17000000000001"));

    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.line, 3);
    QCOMPARE(reader->columns(), (QStringList{"a", "n", "b"}));
    QVERIFY(record.fields.at(0).isNull());
    QVERIFY(record.fields.at(1).isNull());
    QCOMPARE(record.fields.at(2).text, QByteArray("[\"]\",\"\\\"}\"]"));

    QCOMPARE(reader->next(record), RecordReader::Result::End);
    QVERIFY(reader->takeWarnings().isEmpty());
}

void JsonReaderTest::arrayElementsSplitAcrossChunks_data()
{
    QTest::addColumn<bool>("gzip");

    QTest::newRow("plain file") << false;
    QTest::newRow("gzip file") << true;
}

void JsonReaderTest::arrayElementsSplitAcrossChunks()
{
    QFETCH(bool, gzip);

    // About 4 MiB, so elements straddle the 1 MiB reads of every layer, with
    // strings full of brackets, quotes and escapes at every offset.
    constexpr int Count = 40000;
    QByteArray bytes = "[";
    for (int i = 0; i < Count; ++i) {
        if (i > 0)
            bytes += i % 3 == 0 ? ",\n" : ", ";
        const QByteArray filler(i % 37, i % 2 ? ']' : '{');
        bytes += "{\"id\": \"e-" + QByteArray::number(i) + "\", \"s\": \"" + filler +
                 "\\\"},[\\\\\", \"t\": " + QByteArray::number(1700000000000LL + i) +
                 ", \"u\": \"\\ud83d\\ude00\", \"pad\": [" + QByteArray(i % 53, ' ') + "1]}";
    }
    bytes += "]";
    QVERIFY(bytes.size() > 4 * 1024 * 1024);

    QTemporaryDir dir;
    auto reader = openReader(dir, bytes, JsonReader::Layout::Array, gzip);

    Record record;
    int count = 0;
    while (reader->next(record) == RecordReader::Result::Record) {
        const QByteArray filler(count % 37, count % 2 ? ']' : '{');
        QCOMPARE(record.fields.at(0).text, "e-" + QByteArray::number(count));
        QCOMPARE(record.fields.at(1).text, filler + "\"},[\\");
        QCOMPARE(record.fields.at(2).text, QByteArray::number(1700000000000LL + count));
        QCOMPARE(record.fields.at(3).text, QByteArray("\xf0\x9f\x98\x80"));
        QCOMPARE(record.fields.at(4).text, QByteArray("[1]"));
        ++count;
    }
    QCOMPARE(count, Count);
    QCOMPARE(reader->columns(), (QStringList{"id", "s", "t", "u", "pad"}));
    QCOMPARE(record.line, 1 + (Count - 1) / 3);
    QVERIFY(reader->takeWarnings().isEmpty());
}

void JsonReaderTest::arrayWithBadElementsReadsOn()
{
    QTemporaryDir dir;
    auto reader = openReader(dir,
                             "[{\"a\":\"1\"}, 42,\n"
                             " {\"a\":\n"
                             "   tru}, {\"a\":\"3\"} {\"a\":\"4\"},, {\"a\":\"5\"}]",
                             JsonReader::Layout::Array);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.fields.at(0).text, QByteArray("1"));

    QCOMPARE(reader->next(record), RecordReader::Result::BadRecord);
    QCOMPARE(reader->lastProblem().kind, ImportWarningKind::InvalidJson);
    QCOMPARE(reader->lastProblem().line, 1);
    QCOMPARE(reader->lastProblem().column, 13);
    QCOMPARE(reader->lastProblem().value, QStringLiteral("42"));

    QCOMPARE(reader->next(record), RecordReader::Result::BadRecord);
    QCOMPARE(reader->lastProblem().line, 3);
    QCOMPARE(reader->lastProblem().column, 4);

    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.fields.at(0).text, QByteArray("3"));

    // A missing comma is reported once and the next element is still read.
    QCOMPARE(reader->next(record), RecordReader::Result::BadRecord);
    QCOMPARE(reader->lastProblem().line, 3);
    QCOMPARE(reader->lastProblem().column, 20);
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.fields.at(0).text, QByteArray("4"));

    QCOMPARE(reader->next(record), RecordReader::Result::BadRecord);
    QVERIFY2(reader->lastProblem().message.contains(QStringLiteral("missing between two commas")),
             qPrintable(reader->lastProblem().message));
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(record.fields.at(0).text, QByteArray("5"));
    QCOMPARE(reader->next(record), RecordReader::Result::End);
}

void JsonReaderTest::unclosedArrayWarns()
{
    QTemporaryDir dir;
    auto reader = openReader(dir, "[{\"a\":\"1\"},\n{\"a\":\"2\"}\n", JsonReader::Layout::Array);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(reader->next(record), RecordReader::Result::End);
    const QList<ImportWarning> warnings = reader->takeWarnings();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).kind, ImportWarningKind::InvalidJson);
    QCOMPARE(warnings.at(0).severity, ImportWarningSeverity::Warning);
    QVERIFY2(warnings.at(0).message.contains(QStringLiteral("not closed")),
             qPrintable(warnings.at(0).message));

    reader = openReader(dir, "[{\"a\":\"1\"}, {\"a\": [\"2\"", JsonReader::Layout::Array);
    QCOMPARE(reader->next(record), RecordReader::Result::Record);
    QCOMPARE(reader->next(record), RecordReader::Result::BadRecord);
    QCOMPARE(reader->lastProblem().column, 13);
    QVERIFY2(reader->lastProblem().message.contains(QStringLiteral("ends inside")),
             qPrintable(reader->lastProblem().message));
    QCOMPARE(reader->next(record), RecordReader::Result::End);
}

void JsonReaderTest::arrayLayoutRejectsNonArray()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("reading stopped")));
    QTemporaryDir dir;
    auto reader = openReader(dir, "{\"a\":1}\n", JsonReader::Layout::Array);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::Failed);
    QCOMPARE(reader->lastProblem().kind, ImportWarningKind::InvalidJson);
    QCOMPARE(reader->lastProblem().severity, ImportWarningSeverity::FileRejected);
    QVERIFY2(reader->lastProblem().message.contains(QStringLiteral("JSON Lines")),
             qPrintable(reader->lastProblem().message));
    QCOMPARE(reader->next(record), RecordReader::Result::End);
}

void JsonReaderTest::emptyArrayHasNoRecords()
{
    QTemporaryDir dir;
    auto reader = openReader(dir, " [ \n ] \n", JsonReader::Layout::Array);

    Record record;
    QCOMPARE(reader->next(record), RecordReader::Result::End);
    QVERIFY(reader->columns().isEmpty());
    QVERIFY(reader->takeWarnings().isEmpty());
    QCOMPARE(reader->bytesConsumed(), 8);
}

QTEST_GUILESS_MAIN(JsonReaderTest)
#include "tst_jsonreader.moc"
