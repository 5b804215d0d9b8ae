#include "importpreview.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Flowscope;

namespace {

const QByteArray FlowHeader =
    "instance_id,event_id,contact_id,channel,start_timestamp,flow_outcome";

qint64 epochMs(const char *isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODateWithMs)
        .toMSecsSinceEpoch();
}

int columnOf(const ImportPreview &preview, const char *name)
{
    return int(preview.columns.indexOf(QString::fromLatin1(name)));
}

} // namespace

class ImportPreviewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void nullEmptyAndTimestampCells();
    void invalidTimestampsCounted();
    void rejectedRowKeepsFileText();
    void userMappingRenamesColumn();
    void missingKeyColumnRejectsFile();
    void extraColumnsAddedOrIgnored();
    void rejectedFiles_data();
    void rejectedFiles();
    void previewStopsAtMaxRows();
    void zonelessTimestampsUseChosenZone();
    void unknownTableShowsFileText();
    void headerOnlyFileStillMaps();
    void detectionReportsLayout();
    void jsonLinesConverted();
    void gzipFilePreviewed();
    void problemDescriptions_data();
    void problemDescriptions();

private:
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("input.csv"));

    std::unique_ptr<QTemporaryDir> m_dir;
};

void ImportPreviewTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString ImportPreviewTest::write(const QByteArray &bytes, const QString &name)
{
    return Test::writeFile(m_dir->path(), name, bytes);
}

void ImportPreviewTest::nullEmptyAndTimestampCells()
{
    const QString path =
        write(FlowHeader + "\n"
                           "\"i1\",\"e1\",,\"\",\"2026-11-03 14:05:09.123\",\"Done\"\n");

    const ImportPreview preview = previewImportFile(path, {});

    QVERIFY(!preview.isRejected());
    QVERIFY(preview.table);
    QCOMPARE(preview.table->name, QStringLiteral("contact_flow_events"));
    QCOMPARE(preview.rows.size(), 1);
    QCOMPARE(preview.rejectedRows, 0);
    QVERIFY(!preview.moreRows);

    const PreviewRow &row = preview.rows.first();
    QCOMPARE(row.line, 2);
    QCOMPARE(row.values.size(), preview.columns.size());
    QCOMPARE(row.values.at(columnOf(preview, "event_id")), QVariant(QStringLiteral("e1")));

    const QVariant contact = row.values.at(columnOf(preview, "contact_id"));
    QVERIFY(contact.isNull());
    QVERIFY(!contact.isValid());

    const QVariant channel = row.values.at(columnOf(preview, "channel"));
    QVERIFY(channel.isValid());
    QCOMPARE(channel.typeId(), QMetaType::QString);
    QCOMPARE(channel.toString(), QString());

    const QVariant start = row.values.at(columnOf(preview, "start_timestamp"));
    QCOMPARE(start.typeId(), QMetaType::LongLong);
    QCOMPARE(start.toLongLong(), epochMs("2026-11-03T14:05:09.123Z"));

    QVERIFY(!row.values.at(columnOf(preview, "end_timestamp")).isValid());
}

void ImportPreviewTest::invalidTimestampsCounted()
{
    QByteArray csv = FlowHeader + "\n";
    csv += "i1,e1,c1,VOICE,2026-11-03 14:05:09,Done\n";
    csv += "i1,e2,c1,VOICE,yesterday,Done\n";
    csv += "i1,e3,c1,VOICE,2026-13-45 99:00:00,Done\n";
    csv += "i1,e4,c1,VOICE,soon,Done\n";
    const QString path = write(csv);

    const ImportPreview preview = previewImportFile(path, {});

    QCOMPARE(preview.rows.size(), 4);
    QCOMPARE(preview.rejectedRows, 3);
    QCOMPARE(preview.problems.size(), 1);
    const ColumnProblemCount &problem = preview.problems.first();
    QCOMPARE(problem.column, QStringLiteral("start_timestamp"));
    QCOMPARE(problem.kind, ImportWarningKind::InvalidTimestamp);
    QCOMPARE(problem.count, 3);
    QCOMPARE(problem.description(), QStringLiteral("3 timestamp(s) could not be read"));

    QVERIFY(!preview.rows.at(0).rejection);
    QVERIFY(preview.rows.at(1).rejection);
    QCOMPARE(preview.rows.at(1).rejection->kind, ImportWarningKind::InvalidTimestamp);
    QCOMPARE(preview.rows.at(1).rejection->line, 3);
    QCOMPARE(preview.rows.at(1).rejection->severity, ImportWarningSeverity::RowRejected);
}

void ImportPreviewTest::rejectedRowKeepsFileText()
{
    const QString path = write(FlowHeader + "\n" + "i1,e1,c1,VOICE,not a time,Done\n");

    const ImportPreview preview = previewImportFile(path, {});

    QCOMPARE(preview.rows.size(), 1);
    const PreviewRow &row = preview.rows.first();
    QVERIFY(row.rejection);
    QCOMPARE(row.values.at(columnOf(preview, "start_timestamp")),
             QVariant(QStringLiteral("not a time")));
    QCOMPARE(row.values.at(columnOf(preview, "flow_outcome")), QVariant(QStringLiteral("Done")));
    QVERIFY(!row.values.at(columnOf(preview, "end_timestamp")).isValid());
}

void ImportPreviewTest::userMappingRenamesColumn()
{
    const QString path = write("instance_id,Event ID,Started\n"
                               "i1,e1,2026-11-03T14:05:09Z\n");
    ImportOptions options;
    options.columnMapping.insert(QStringLiteral("event id"), QStringLiteral("event_id"));
    options.columnMapping.insert(QStringLiteral("STARTED"), QStringLiteral("start_timestamp"));

    const ImportPreview preview = previewImportFile(path, options);

    QVERIFY2(!preview.isRejected(),
             qPrintable(preview.fileProblem ? preview.fileProblem->message : QString()));
    QCOMPARE(preview.mapping.size(), 3);
    QCOMPARE(preview.mapping.at(1).fileColumn, QStringLiteral("Event ID"));
    QCOMPARE(preview.mapping.at(1).workspaceColumn, QStringLiteral("event_id"));
    QVERIFY(preview.mapping.at(1).mappedByUser);
    QVERIFY(!preview.mapping.at(0).mappedByUser);
    QCOMPARE(preview.mapping.at(2).workspaceColumn, QStringLiteral("start_timestamp"));
    QVERIFY(preview.extraColumns.isEmpty());
    QVERIFY(preview.missingColumns.contains(QStringLiteral("contact_id")));
    QVERIFY(!preview.missingColumns.contains(QStringLiteral("event_id")));
    QCOMPARE(preview.missingColumns.size(), 22 - 3);

    const PreviewRow &row = preview.rows.first();
    QCOMPARE(row.values.at(columnOf(preview, "event_id")), QVariant(QStringLiteral("e1")));
    QCOMPARE(row.values.at(columnOf(preview, "start_timestamp")).toLongLong(),
             epochMs("2026-11-03T14:05:09.000Z"));
}

void ImportPreviewTest::missingKeyColumnRejectsFile()
{
    const QString path = write("instance_id,Event ID,contact_id\ni1,e1,c1\n");

    const ImportPreview preview = previewImportFile(path, {});

    QVERIFY(preview.isRejected());
    QCOMPARE(preview.fileProblem->kind, ImportWarningKind::MissingKeyColumn);
    QCOMPARE(preview.fileProblem->severity, ImportWarningSeverity::FileRejected);
    QCOMPARE(preview.fileColumns,
             QStringList({QStringLiteral("instance_id"), QStringLiteral("Event ID"),
                          QStringLiteral("contact_id")}));

    // The table is still known, so the mapping page can offer the key column.
    QVERIFY(preview.table);
    QCOMPARE(preview.table->name, QStringLiteral("contact_flow_events"));
    QCOMPARE(preview.mapping.at(1).workspaceColumn, QString());
    QVERIFY(preview.missingColumns.contains(QStringLiteral("event_id")));
    QCOMPARE(preview.columns, preview.fileColumns);
    QCOMPARE(preview.rows.size(), 1);
    QCOMPARE(preview.rows.first().values.at(1), QVariant(QStringLiteral("e1")));
}

void ImportPreviewTest::extraColumnsAddedOrIgnored()
{
    const QString path = write("instance_id,event_id,queue_wait_ms,Column 1,EVENT_ID\n"
                               "i1,e1,120,looks fine,e9\n");

    const ImportPreview preview = previewImportFile(path, {});

    QVERIFY(!preview.isRejected());
    QCOMPARE(preview.mapping.at(2).workspaceColumn, QStringLiteral("queue_wait_ms"));
    QVERIFY(preview.mapping.at(2).addsColumn);
    QCOMPARE(preview.mapping.at(3).workspaceColumn, QString());
    QCOMPARE(preview.mapping.at(4).workspaceColumn, QString());
    QCOMPARE(preview.extraColumns,
             QStringList({QStringLiteral("queue_wait_ms"), QStringLiteral("Column 1"),
                          QStringLiteral("EVENT_ID")}));
    QCOMPARE(preview.columns.size(), 23);
    QCOMPARE(preview.columns.last(), QStringLiteral("queue_wait_ms"));
    QCOMPARE(preview.rows.first().values.last(), QVariant(QStringLiteral("120")));
    QCOMPARE(preview.rows.first().values.at(columnOf(preview, "event_id")),
             QVariant(QStringLiteral("e1")));
}

void ImportPreviewTest::rejectedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<ImportWarningKind>("kind");

    QTest::newRow("a PNG image is not text")
        << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) << QStringLiteral("a.csv")
        << ImportWarningKind::NotText;
    QTest::newRow("a Parquet file is unsupported")
        << QByteArray("PAR1\x15\x04\x15\x10\x15\x14L\x15\x02\x15\x00\x12\x00\x00PAR1", 22)
        << QStringLiteral("part-0.parquet") << ImportWarningKind::UnsupportedFormat;
    QTest::newRow("an empty file has nothing to read")
        << QByteArray() << QStringLiteral("empty.csv") << ImportWarningKind::EmptyFile;
    QTest::newRow("a header of other columns matches no table")
        << QByteArray("name,age\nann,3\n") << QStringLiteral("people.csv")
        << ImportWarningKind::TableNotDetected;
}

void ImportPreviewTest::rejectedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(ImportWarningKind, kind);

    const ImportPreview preview = previewImportFile(write(bytes, name), {});

    QVERIFY(preview.isRejected());
    QCOMPARE(preview.fileProblem->kind, kind);
    QCOMPARE(preview.fileProblem->severity, ImportWarningSeverity::FileRejected);
    QVERIFY(!preview.fileProblem->message.isEmpty());
    QVERIFY(!preview.table);
}

void ImportPreviewTest::previewStopsAtMaxRows()
{
    QByteArray csv = FlowHeader + "\n";
    for (int i = 0; i < 250; ++i)
        csv += "i1,e" + QByteArray::number(i) + ",c1,VOICE,1700000000000,Done\n";
    const QString path = write(csv);

    const ImportPreview preview = previewImportFile(path, {});
    QCOMPARE(preview.rows.size(), 100);
    QVERIFY(preview.moreRows);
    QCOMPARE(preview.rows.last().line, 101);

    const ImportPreview summary = previewImportFile(path, {}, 0);
    QCOMPARE(summary.rows.size(), 0);
    QVERIFY(summary.moreRows);
    QVERIFY(summary.table);
    QCOMPARE(summary.table->name, QStringLiteral("contact_flow_events"));
}

void ImportPreviewTest::zonelessTimestampsUseChosenZone()
{
    const QString path = write(FlowHeader + "\n" + "i1,e1,c1,VOICE,2026-07-01 12:00:00,Done\n");
    ImportOptions options;
    options.timestamps.zonelessZone = QTimeZone("Europe/Berlin");

    const ImportPreview preview = previewImportFile(path, options);

    QCOMPARE(preview.rows.first().values.at(columnOf(preview, "start_timestamp")).toLongLong(),
             epochMs("2026-07-01T10:00:00.000Z"));
}

void ImportPreviewTest::unknownTableShowsFileText()
{
    const QString path = write("name,age\nann,\"\"\nbob,\n");

    const ImportPreview preview = previewImportFile(path, {});

    QCOMPARE(preview.columns, QStringList({QStringLiteral("name"), QStringLiteral("age")}));
    QCOMPARE(preview.rows.size(), 2);
    QCOMPARE(preview.rows.at(0).values.at(0), QVariant(QStringLiteral("ann")));
    QCOMPARE(preview.rows.at(0).values.at(1).typeId(), QMetaType::QString);
    QVERIFY(!preview.rows.at(1).values.at(1).isValid());
}

void ImportPreviewTest::headerOnlyFileStillMaps()
{
    const QString path = write(FlowHeader + "\n");

    const ImportPreview preview = previewImportFile(path, {});

    QVERIFY(!preview.isRejected());
    QVERIFY(preview.table);
    QCOMPARE(preview.rows.size(), 0);
    QCOMPARE(preview.mapping.size(), 6);
    QCOMPARE(preview.missingColumns.size(), 22 - 6);
}

void ImportPreviewTest::detectionReportsLayout()
{
    const QString path = write("\xEF\xBB\xBFsep=;\r\n" + QByteArray(FlowHeader).replace(',', ';') +
                               "\r\ni1;e1;c1;VOICE;2026-11-03 14:05:09;Done\r\n");

    const ImportPreview preview = previewImportFile(path, {});

    QCOMPARE(preview.detection.format, InputFormat::Csv);
    QCOMPARE(preview.detection.encoding, TextEncoding::Utf8);
    QVERIFY(preview.detection.byteOrderMark);
    QVERIFY(preview.detection.sepLine);
    QCOMPARE(preview.detection.delimiter, ';');
    QCOMPARE(preview.detection.headerLine, 2);
    QCOMPARE(preview.rows.size(), 1);
    QCOMPARE(preview.rows.first().values.at(columnOf(preview, "flow_outcome")),
             QVariant(QStringLiteral("Done")));
}

void ImportPreviewTest::jsonLinesConverted()
{
    const QString path =
        write("{\"instance_id\":\"i1\",\"event_id\":\"e1\",\"start_timestamp\":\"2026-11-03 "
              "14:05:09.123\",\"contact_id\":null}\n"
              "{\"instance_id\":\"i1\",\"event_id\":\"e2\",\"channel\":\"\"}\n",
              QStringLiteral("part-0.json"));

    const ImportPreview preview = previewImportFile(path, {});

    QCOMPARE(preview.detection.format, InputFormat::JsonLines);
    QVERIFY(preview.table);
    QCOMPARE(preview.table->name, QStringLiteral("contact_flow_events"));
    QCOMPARE(preview.rows.size(), 2);
    const PreviewRow &first = preview.rows.at(0);
    const PreviewRow &second = preview.rows.at(1);
    QCOMPARE(first.values.size(), preview.columns.size());
    QCOMPARE(second.values.size(), preview.columns.size());
    QCOMPARE(first.values.at(columnOf(preview, "start_timestamp")).toLongLong(),
             epochMs("2026-11-03T14:05:09.123Z"));
    QVERIFY(!first.values.at(columnOf(preview, "contact_id")).isValid());
    QVERIFY(!first.values.at(columnOf(preview, "channel")).isValid());
    QCOMPARE(second.values.at(columnOf(preview, "channel")).typeId(), QMetaType::QString);
    QCOMPARE(second.values.at(columnOf(preview, "channel")).toString(), QString());
    QCOMPARE(preview.fileColumns.size(), 5);
}

void ImportPreviewTest::gzipFilePreviewed()
{
    const QString path = write(Test::gzip(FlowHeader + "\n" + "i1,e1,c1,VOICE,1700000000,Done\n"),
                               QStringLiteral("part-0.csv.gz"));
    ImportOptions options;
    options.timestamps.epochUnit = EpochUnit::Seconds;

    const ImportPreview preview = previewImportFile(path, options);

    QVERIFY(preview.detection.gzip);
    QCOMPARE(preview.rows.size(), 1);
    QCOMPARE(preview.rows.first().values.at(columnOf(preview, "start_timestamp")).toLongLong(),
             qint64(1700000000000));
}

void ImportPreviewTest::problemDescriptions_data()
{
    QTest::addColumn<ImportWarningKind>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    // Without a translation loaded, tr() keeps the source text's "(s)"; the
    // English and German translations supply the plural forms.
    QTest::newRow("twelve bad timestamps") << ImportWarningKind::InvalidTimestamp << 12
                                           << QStringLiteral("12 timestamp(s) could not be read");
    QTest::newRow("two keyless rows") << ImportWarningKind::MissingKeyValue << 2
                                      << QStringLiteral("2 row(s) have no primary key value");
    QTest::newRow("three bad lists")
        << ImportWarningKind::InvalidArray << 3 << QStringLiteral("3 list(s) could not be read");
    QTest::newRow("a misplaced quote")
        << ImportWarningKind::BareQuote << 1 << QStringLiteral("1 row(s) have a misplaced quote");
}

void ImportPreviewTest::problemDescriptions()
{
    QFETCH(ImportWarningKind, kind);
    QFETCH(int, count);
    QFETCH(QString, expected);

    ColumnProblemCount problem;
    problem.kind = kind;
    problem.count = count;
    QCOMPARE(problem.description(), expected);
}

QTEST_GUILESS_MAIN(ImportPreviewTest)
#include "tst_importpreview.moc"
