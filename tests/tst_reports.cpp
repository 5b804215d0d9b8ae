// Report writers and export views: CSV read back by CsvReader, formula
// neutralising, XLSX sheet XML, Athena SQL golden files, and cancelling.

#include "athenasql.h"
#include "browserfixture.h"
#include "bytestream.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "exportrunner.h"
#include "exportviews.h"
#include "sqlitestatement.h"
#include "testsupport.h"
#include "workspace.h"

#include <QBuffer>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Flowscope::ExportFormat)

using namespace Flowscope;
using namespace Flowscope::Test;

namespace {

// Every character CSV must quote, a tab and a semicolon, in one value.
const QString SpecialText = QStringLiteral("comma, \"quote\"\r\nCRLF\nLF\rCR") + QChar(0x2028) +
                            QStringLiteral("LS") + QChar(0x2029) + QStringLiteral("PS;semi\ttab");

struct ReadBack
{
    QStringList columns;
    QList<QList<Field>> rows;
    QString error;
};

ReadBack readCsv(const QString &path)
{
    ReadBack result;
    ImportWarning warning;
    std::unique_ptr<ByteStream> stream = openDecompressedStream(path, false, &warning);
    if (!stream) {
        result.error = warning.message;
        return result;
    }
    CsvReader reader(std::move(stream), path, CsvReader::Options());
    result.columns = reader.columns();
    Record record;
    for (;;) {
        const RecordReader::Result status = reader.next(record);
        if (status == RecordReader::Result::End)
            break;
        if (status != RecordReader::Result::Record) {
            result.error = reader.lastProblem().message;
            break;
        }
        result.rows.append(record.fields);
    }
    return result;
}

// The view's rows as CSV cells: a null QByteArray for NULL, else the text.
QList<QList<QByteArray>> viewCells(const QString &workspacePath, const QString &view,
                                   const QTimeZone &zone, QStringList *columns)
{
    Workspace workspace;
    if (!workspace.open(workspacePath, Workspace::OpenMode::ReadOnly))
        return {};
    ExportViewOptions options;
    options.zone = zone;
    QString error;
    std::unique_ptr<ExportTable> table = openExportTable(workspace, view, {}, options, &error);
    if (!table)
        return {};
    *columns = exportColumnNames(table->columns());

    TimestampFormatter timestamps(zone);
    QList<QList<QByteArray>> rows;
    QVariantList row;
    while (table->next(row)) {
        QList<QByteArray> cells;
        for (qsizetype i = 0; i < row.size(); ++i) {
            cells.append(row.at(i).isValid()
                             ? exportCellText(row.at(i), table->columns().at(i).type, timestamps)
                                   .toUtf8()
                             : QByteArray());
        }
        rows.append(cells);
    }
    return rows;
}

QByteArray writeCsvCells(const QList<ExportColumn> &columns, const QList<QVariantList> &rows,
                         qint64 *neutralised = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::Options());
    writer.writeHeader(columns);
    for (const QVariantList &row : rows)
        writer.writeRow(row);
    writer.finish();
    if (neutralised)
        *neutralised = writer.neutralisedCells();
    return buffer.data();
}

QByteArray unzipEntry(const QString &archive, const QString &entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, entry});
    if (!unzip.waitForFinished(30000))
        return {};
    return unzip.readAllStandardOutput();
}

// The SQL with every string literal replaced by '?', so that two queries of
// the same shape compare equal whatever their values.
QString sqlShape(const QString &sql)
{
    static const QRegularExpression literal(QStringLiteral("(U&)?'(?:[^']|'')*'"));
    QString shape = sql;
    shape.replace(literal, QStringLiteral("?"));
    return shape;
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                                     QDir::Name);
}

} // namespace

class ReportsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void csvRoundTrip_data();
    void csvRoundTrip();
    void csvKeepsNullAndEmptyApart();
    void csvQuotesEverySpecialCharacter();
    void csvTimestampsCarryTheZone_data();
    void csvTimestampsCarryTheZone();
    void csvByteOrderMark();
    void formulaNeutralising_data();
    void formulaNeutralising();
    void formulaNeutralisingIsCounted();

    void xlsxTypesAndValues();
    void xlsxFilterSheetAndLayout();
    void xlsxCutsLongTextByCharacters();

    void athenaGolden_data();
    void athenaGolden();
    void athenaValuesCannotChangeShape_data();
    void athenaValuesCannotChangeShape();

    void viewColumnsSubset();
    void unknownColumnIsRejected();
    void rowTableReadsEveryBatchInOrder();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void failureKeepsExistingFile();

private:
    QTemporaryDir m_directory;
    QString m_workspace;
};

void ReportsTest::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_workspace = m_directory.filePath(QStringLiteral("fixture.flowscope"));
    QCOMPARE(createBrowserFixture(m_workspace), QString());
    QCOMPARE(insertRow(m_workspace, QStringLiteral("contact_flow_events"),
                       {
                           {QStringLiteral("instance_id"), QStringLiteral("instance-1")},
                           {QStringLiteral("event_id"), QStringLiteral("ev-07")},
                           {QStringLiteral("aws_account_id"), QStringLiteral("000000000042")},
                           {QStringLiteral("contact_id"), QStringLiteral("000123")},
                           {QStringLiteral("flow_resource_id"), QStringLiteral("flow-a")},
                           {QStringLiteral("start_timestamp"), FixtureBaseMs + 360000},
                           {QStringLiteral("flow_outcome"), SpecialText},
                       }),
             QString());
}

void ReportsTest::csvRoundTrip_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<int>("expectedRows");

    QTest::newRow("flow events read back value for value") << QStringLiteral("flow-events") << 7;
    QTest::newRow("test runs read back value for value") << QStringLiteral("test-runs") << 3;
    QTest::newRow("flow metrics read back value for value")
        << QStringLiteral("flow-metrics") << 17;
    QTest::newRow("flow map edges read back value for value") << QStringLiteral("flow-map") << 10;
    QTest::newRow("variants read back value for value") << QStringLiteral("variants") << 5;
    QTest::newRow("test trend read back value for value") << QStringLiteral("test-trend") << 1;
    QTest::newRow("test history read back value for value")
        << QStringLiteral("test-history") << 2;
}

void ReportsTest::csvRoundTrip()
{
    QFETCH(QString, view);
    QFETCH(int, expectedRows);

    ExportRequest request;
    request.workspacePath = m_workspace;
    request.views = {view};
    request.format = ExportFormat::Csv;
    request.neutraliseFormulas = false;
    request.zone = QTimeZone("Europe/Berlin");
    request.viewOptions.zone = request.zone;
    request.outputPath = m_directory.filePath(view + QStringLiteral(".csv"));
    const ExportResult result = runDataExport(request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows, qint64(expectedRows));

    QStringList columns;
    const QList<QList<QByteArray>> expected = viewCells(m_workspace, view, request.zone, &columns);
    QCOMPARE(expected.size(), expectedRows);

    const ReadBack read = readCsv(request.outputPath);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.columns, columns);
    QCOMPARE(read.rows.size(), expected.size());
    for (qsizetype row = 0; row < expected.size(); ++row) {
        QCOMPARE(read.rows.at(row).size(), expected.at(row).size());
        for (qsizetype column = 0; column < expected.at(row).size(); ++column) {
            const Field &field = read.rows.at(row).at(column);
            const QByteArray &cell = expected.at(row).at(column);
            const QByteArray where = QStringLiteral("row %1, column %2")
                                         .arg(row)
                                         .arg(columns.at(column))
                                         .toUtf8();
            QVERIFY2(field.isNull() == cell.isNull(), where.constData());
            const QByteArray difference = QByteArray(where).append(": ").append(field.text)
                                              .append(" != ")
                                              .append(cell);
            QVERIFY2(field.text == cell, difference.constData());
        }
    }
}

void ReportsTest::csvKeepsNullAndEmptyApart()
{
    ExportRequest request;
    request.workspacePath = m_workspace;
    request.views = {QStringLiteral("flow-events")};
    request.viewOptions.columns = {QStringLiteral("event_id"), QStringLiteral("flow_outcome")};
    request.outputPath = m_directory.filePath(QStringLiteral("null-and-empty.csv"));
    QVERIFY(runDataExport(request).ok());

    QFile file(request.outputPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // ev-02 has a NULL outcome, ev-03 the empty string.
    QCOMPARE(lines.at(2), QByteArray("ev-02,\r"));
    QCOMPARE(lines.at(3), QByteArray("ev-03,\"\"\r"));
}

void ReportsTest::csvQuotesEverySpecialCharacter()
{
    const QList<ExportColumn> columns = {{QStringLiteral("text"), ExportColumnType::Text},
                                         {QStringLiteral("null"), ExportColumnType::Text},
                                         {QStringLiteral("empty"), ExportColumnType::Text},
                                         {QStringLiteral("plain"), ExportColumnType::Text}};
    const QByteArray csv =
        writeCsvCells(columns, {{SpecialText, QVariant(), QStringLiteral(""),
                                 QStringLiteral("no quotes needed")}});

    QCOMPARE(csv, QByteArray("text,null,empty,plain\r\n"
                             "\"comma, \"\"quote\"\"\r\nCRLF\nLF\rCR\xE2\x80\xA8LS\xE2\x80\xA9"
                             "PS;semi\ttab\",,\"\",no quotes needed\r\n"));
}

void ReportsTest::csvTimestampsCarryTheZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("epochMs");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("UTC ends with Z") << QByteArray("UTC") << FixtureBaseMs
                                     << QByteArray("2026-01-01T00:00:00.000Z");
    QTest::newRow("New York in winter is five hours behind")
        << QByteArray("America/New_York") << FixtureBaseMs + 123
        << QByteArray("2025-12-31T19:00:00.123-05:00");
    QTest::newRow("New York in summer is four hours behind")
        << QByteArray("America/New_York") << qint64(1783000000000)
        << QByteArray("2026-07-02T09:46:40.000-04:00");
    QTest::newRow("Kathmandu has a quarter-hour offset")
        << QByteArray("Asia/Kathmandu") << FixtureBaseMs
        << QByteArray("2026-01-01T05:45:00.000+05:45");
    QTest::newRow("a time before 1970 keeps its date")
        << QByteArray("UTC") << qint64(-86399999) << QByteArray("1969-12-31T00:00:00.001Z");
}

void ReportsTest::csvTimestampsCarryTheZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(qint64, epochMs);
    QFETCH(QByteArray, expected);

    TimestampFormatter formatter{QTimeZone(zone)};
    QCOMPARE(formatter.formatUtf8(epochMs), expected);
    // A second call takes the cached offset and must agree.
    QCOMPARE(formatter.formatUtf8(epochMs), expected);
}

void ReportsTest::csvByteOrderMark()
{
    ExportRequest request;
    request.workspacePath = m_workspace;
    request.views = {QStringLiteral("test-runs")};
    request.byteOrderMark = true;
    request.outputPath = m_directory.filePath(QStringLiteral("bom.csv"));
    QVERIFY(runDataExport(request).ok());

    QFile file(request.outputPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(17), QByteArray("\xEF\xBB\xBFinstance_id,in"));
}

void ReportsTest::formulaNeutralising_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("an equals sign starts a formula")
        << QStringLiteral("=HYPERLINK(\"http://x\")") << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("a plus sign before text is neutralised")
        << QStringLiteral("+cmd|' /C calc'!A0") << QByteArray("'+cmd|' /C calc'!A0");
    QTest::newRow("a minus sign before text is neutralised")
        << QStringLiteral("-2+3") << QByteArray("'-2+3");
    QTest::newRow("an at sign is neutralised") << QStringLiteral("@SUM(1)")
                                               << QByteArray("'@SUM(1)");
    QTest::newRow("a leading tab is neutralised") << QStringLiteral("\t=1")
                                                  << QByteArray("'\t=1");
    QTest::newRow("a leading carriage return is neutralised and quoted")
        << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
    QTest::newRow("a lone minus is neutralised") << QStringLiteral("-") << QByteArray("'-");
    QTest::newRow("a negative number stays") << QStringLiteral("-12.5") << QByteArray("-12.5");
    QTest::newRow("a signed exponent number stays")
        << QStringLiteral("+1.5e-3") << QByteArray("+1.5e-3");
    QTest::newRow("an equals sign later in the text stays")
        << QStringLiteral("a=b") << QByteArray("a=b");
    QTest::newRow("an id with leading zeros stays") << QStringLiteral("000123")
                                                    << QByteArray("000123");
}

void ReportsTest::formulaNeutralising()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, written);

    const QByteArray csv =
        writeCsvCells({{QStringLiteral("value"), ExportColumnType::Text}}, {{value}});
    QCOMPARE(csv, QByteArray("value\r\n") + written + QByteArray("\r\n"));
}

void ReportsTest::formulaNeutralisingIsCounted()
{
    qint64 neutralised = 0;
    writeCsvCells({{QStringLiteral("a"), ExportColumnType::Text},
                   {QStringLiteral("b"), ExportColumnType::Real}},
                  {{QStringLiteral("=1"), -2.5}, {QStringLiteral("-5"), -1.0},
                   {QStringLiteral("@x"), QVariant()}},
                  &neutralised);
    QCOMPARE(neutralised, qint64(2));

    // Numbers are numbers, never formulas: a negative real is written as is.
    const QByteArray csv = writeCsvCells({{QStringLiteral("b"), ExportColumnType::Real}}, {{-2.5}});
    QCOMPARE(csv, QByteArray("b\r\n-2.5\r\n"));
}

void ReportsTest::xlsxTypesAndValues()
{
    ExportRequest request;
    request.workspacePath = m_workspace;
    request.views = {QStringLiteral("flow-events"), QStringLiteral("test-trend")};
    request.format = ExportFormat::Xlsx;
    request.outputPath = m_directory.filePath(QStringLiteral("report.xlsx"));
    const ExportResult result = runDataExport(request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows, qint64(8));

    const QByteArray events = unzipEntry(request.outputPath, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(!events.isEmpty(), "unzip found no first sheet");
    // Row 8 is ev-07: ids are inline strings, so leading zeros survive.
    QVERIFY2(events.contains(R"(<c r="C8" t="inlineStr"><is><t>000000000042</t></is></c>)"),
             events.constData());
    QVERIFY(events.contains(R"(<c r="E8" t="inlineStr"><is><t>000123</t></is></c>)"));
    // start_timestamp (column K) of ev-01 is 2026-01-01 00:00 UTC, Excel day 46023.
    const QRegularExpression start(QStringLiteral(R"re(<c r="K2" s="(\d+)"><v>46023</v></c>)re"));
    QVERIFY2(start.match(QString::fromUtf8(events)).hasMatch(), events.constData());
    // ev-02's NULL flow_outcome (column Q) is no cell; ev-03's '' is a cell
    // whose value is the empty string.
    QVERIFY(!events.contains(R"(<c r="Q3")"));
    QVERIFY2(events.contains(R"(<c r="Q4" t="str"><f>""</f><v></v></c>)"), events.constData());
    // The special characters survive, escaped as XML.
    QVERIFY(events.contains("comma, &quot;quote&quot;") || events.contains("comma, \"quote\""));

    const QByteArray trend = unzipEntry(request.outputPath, QStringLiteral("xl/worksheets/sheet2.xml"));
    // executions (column C) is a number: no t attribute. Three runs on one day.
    QVERIFY2(trend.contains(R"(<c r="C2"><v>3</v></c>)"), trend.constData());
    // pass_rate (column J): two passed, none failed... PASSED is not "Passed",
    // so the fixture's results count as other and the pass rate is NULL.
    QVERIFY(!trend.contains(R"(<c r="J2")"));
}

// Excel accepts at most 32,767 characters in a cell. Multibyte text is cut by
// characters, and text of more bytes but fewer characters is kept whole.
void ReportsTest::xlsxCutsLongTextByCharacters()
{
    QTemporaryDir directory;
    const QString workspace = directory.filePath(QStringLiteral("long.flowscope"));
    QCOMPARE(insertBulkFlowEvents(workspace, 3), QString());
    {
        Workspace open;
        QVERIFY(open.open(workspace, Workspace::OpenMode::ExistingOnly));
        QSqlQuery update(open.database());
        QVERIFY(update.exec(
            QStringLiteral("UPDATE contact_flow_events SET flow_outcome = CASE event_id "
                           "WHEN 'ev-bulk-000000' THEN replace(hex(zeroblob(50000)), '00', 'Ü') "
                           "WHEN 'ev-bulk-000001' THEN replace(hex(zeroblob(30000)), '00', 'Ü') "
                           "ELSE replace(hex(zeroblob(40000)), '00', 'x') END")));
    }

    ExportRequest request;
    request.workspacePath = workspace;
    request.views = {QStringLiteral("flow-events")};
    request.viewOptions.columns = {QStringLiteral("event_id"), QStringLiteral("flow_outcome")};
    request.format = ExportFormat::Xlsx;
    request.outputPath = directory.filePath(QStringLiteral("long.xlsx"));
    const ExportResult result = runDataExport(request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.truncatedCells, qint64(2));

    const QString sheet = QString::fromUtf8(
        unzipEntry(request.outputPath, QStringLiteral("xl/worksheets/sheet1.xml")));
    const QRegularExpression outcome(
        QStringLiteral(R"re(<c r="B(\d)" t="inlineStr"><is><t>([^<]*)</t>)re"));
    QHash<int, qsizetype> lengths;
    for (const QRegularExpressionMatch &match : outcome.globalMatch(sheet))
        lengths.insert(match.captured(1).toInt(), match.captured(2).size());
    QCOMPARE(lengths.value(2), qsizetype(32767));
    QCOMPARE(lengths.value(3), qsizetype(30000));
    QCOMPARE(lengths.value(4), qsizetype(32767));
}

void ReportsTest::xlsxFilterSheetAndLayout()
{
    ExportRequest request;
    request.workspacePath = m_workspace;
    request.views = {QStringLiteral("flow-events")};
    request.format = ExportFormat::Xlsx;
    request.filter.channels = {QStringLiteral("VOICE"), QString()};
    request.outputPath = m_directory.filePath(QStringLiteral("filtered.xlsx"));
    const ExportResult result = runDataExport(request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows, qint64(4)); // ev-01, ev-02 (VOICE), ev-06, ev-07 (NULL channel)

    const QByteArray workbook = unzipEntry(request.outputPath, QStringLiteral("xl/workbook.xml"));
    QVERIFY2(workbook.contains(R"(<sheet name="flow-events" sheetId="1")"), workbook.constData());
    QVERIFY(workbook.contains(R"(<sheet name="Filter" sheetId="2")"));

    const QByteArray sheet = unzipEntry(request.outputPath, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(sheet.contains(R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"),
             sheet.constData());
    QVERIFY(sheet.contains(R"(<autoFilter ref="A1:V5"/>)"));

    const QByteArray filter = unzipEntry(request.outputPath, QStringLiteral("xl/worksheets/sheet2.xml"));
    QVERIFY2(filter.contains("<t>channel</t>"), filter.constData());
    QVERIFY(filter.contains("<t>VOICE, NULL</t>"));
}

void ReportsTest::athenaGolden_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("view");
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QStringList>("columns");

    const QString events = QStringLiteral("flow-events");
    const QString runs = QStringLiteral("test-runs");
    Filter filter;
    QTest::newRow("no filter selects every row") << "no-filter" << events << filter << QStringList();

    filter = {};
    filter.fromMs = FixtureBaseMs;
    filter.toMs = FixtureBaseMs + 86400000;
    filter.instances = {QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001")};
    QTest::newRow("time window and instance") << "window-instance" << events << filter
                                              << QStringList{QStringLiteral("contact_id"),
                                                             QStringLiteral("start_timestamp")};

    filter = {};
    filter.channels = {QStringLiteral("VOICE"), QString(), QStringLiteral("")};
    filter.flowTypes = {QStringLiteral("CONTACT_FLOW")};
    filter.initiationMethods = {QStringLiteral("INBOUND"), QStringLiteral("TRANSFER")};
    filter.flows = {QStringLiteral("flow-a")};
    filter.outcomes = {QString()};
    filter.queues = {QStringLiteral("q-1")};
    QTest::newRow("flow event value lists with NULL and empty")
        << "flow-event-lists" << QStringLiteral("flow-map") << filter << QStringList();

    filter = {};
    filter.contactId = {QStringLiteral("50%_off"), TextMatch::Contains};
    filter.createdByTestRun = TestRunOrigin::CreatedByTestRun;
    QTest::newRow("contact contains and created by a test run")
        << "contact-contains-created" << events << filter << QStringList();

    filter = {};
    filter.contactId = {QStringLiteral("c-1"), TextMatch::Exact};
    filter.createdByTestRun = TestRunOrigin::NotCreatedByTestRun;
    QTest::newRow("contact exact and not created by a test run")
        << "contact-exact-not-created" << QStringLiteral("variants") << filter << QStringList();

    filter = {};
    filter.contacts = {QStringLiteral("c-1"), QStringLiteral("o'brien")};
    QTest::newRow("selected contacts of flow events")
        << "contact-selection-events" << QStringLiteral("flow-map") << filter << QStringList();
    QTest::newRow("selected contacts of test executions")
        << "contact-selection-executions" << QStringLiteral("test-history") << filter
        << QStringList();

    filter = {};
    filter.fromMs = FixtureBaseMs;
    filter.testCase = {QStringLiteral("Greeting"), TextMatch::Contains};
    filter.testResults = {QStringLiteral("Failed"), QString()};
    filter.testStatuses = {QStringLiteral("Completed")};
    filter.testTypes = {QStringLiteral("FlowTest")};
    filter.executionMethods = {QStringLiteral("Scheduled")};
    filter.testChannels = {QStringLiteral("Voice")};
    filter.testChannelSubtypes = {QStringLiteral("SMS")};
    filter.initiatingFlows = {QStringLiteral("flow-a")};
    filter.contactId = {QStringLiteral("c-2"), TextMatch::Contains};
    filter.channels = {QStringLiteral("ignored for test runs")};
    QTest::newRow("every test execution field") << "test-execution-fields" << runs << filter
                                                << QStringList();

    filter = {};
    filter.flows = {QStringLiteral("it's"), QStringLiteral("back\\slash"),
                    QStringLiteral("x' OR '1'='1"), QStringLiteral("-- comment"),
                    QStringLiteral("line\nbreak"), QStringLiteral("tab\there"),
                    QStringLiteral("Grüße ✓ 𝄞")};
    filter.contactId = {QStringLiteral("'; DROP TABLE contact_flow_events; --"),
                        TextMatch::Contains};
    QTest::newRow("hostile values stay literals") << "hostile-values" << events << filter
                                                  << QStringList();

    filter = {};
    filter.testCase = {QStringLiteral("a'\n--b\\"), TextMatch::Exact};
    QTest::newRow("hostile test case in a test trend") << "hostile-test-case"
                                                       << QStringLiteral("test-trend") << filter
                                                       << QStringList();
}

void ReportsTest::athenaGolden()
{
    QFETCH(QString, golden);
    QFETCH(QString, view);
    QFETCH(Filter, filter);
    QFETCH(QStringList, columns);

    AthenaQueryOptions options;
    options.columns = columns;
    const QString sql = renderAthenaSql(filter, view, options);
    const QString path = dataPath(QStringLiteral("athena/") + golden + QStringLiteral(".sql"));

    // FLOWSCOPE_UPDATE_GOLDEN=1 rewrites the files; review the diff before committing.
    if (qEnvironmentVariableIntValue("FLOWSCOPE_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(sql.toUtf8());
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(sql, QString::fromUtf8(file.readAll()));
}

void ReportsTest::athenaValuesCannotChangeShape_data()
{
    QTest::addColumn<QString>("value");

    QTest::newRow("a quote") << QStringLiteral("it's");
    QTest::newRow("a quote closing the literal") << QStringLiteral("x') OR ('1'='1");
    QTest::newRow("a backslash before a quote") << QStringLiteral("\\'");
    QTest::newRow("a line comment") << QStringLiteral("-- rest");
    QTest::newRow("a block comment") << QStringLiteral("/* x */");
    QTest::newRow("a newline and a statement") << QStringLiteral("a\n; DROP TABLE t; --");
    QTest::newRow("a unicode escape lookalike") << QStringLiteral("U&'\\0027'");
    QTest::newRow("line and paragraph separators")
        << QString(QChar(0x2028)) + QStringLiteral("x") + QChar(0x2029);
}

void ReportsTest::athenaValuesCannotChangeShape()
{
    QFETCH(QString, value);

    const auto filterOf = [](const QString &text) {
        Filter filter;
        filter.flows = {text};
        filter.outcomes = {text, QString()};
        filter.contactId = {text, TextMatch::Contains};
        filter.createdByTestRun = TestRunOrigin::CreatedByTestRun;
        return filter;
    };
    const QString hostile = renderAthenaSql(filterOf(value), QStringLiteral("flow-events"));
    const QString benign = renderAthenaSql(filterOf(QStringLiteral("plain")),
                                           QStringLiteral("flow-events"));
    QCOMPARE(sqlShape(hostile), sqlShape(benign));
}

void ReportsTest::viewColumnsSubset()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_workspace, Workspace::OpenMode::ReadOnly));
    ExportViewOptions options;
    options.columns = {QStringLiteral("start_timestamp"), QStringLiteral("event_id")};
    QString error;
    Filter filter;
    filter.outcomes = {QStringLiteral("Error")};
    std::unique_ptr<ExportTable> table = openExportTable(
        workspace, QStringLiteral("flow-events"), filter, options, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->columns().size(), 2);
    QCOMPARE(table->columns().at(0).type, ExportColumnType::Timestamp);
    QCOMPARE(table->rowCount(), qint64(2));

    QVariantList row;
    QVERIFY(table->next(row));
    QCOMPARE(row, QVariantList({FixtureBaseMs + 180000, QByteArray("ev-04")}));
    QVERIFY(table->next(row));
    QCOMPARE(row, QVariantList({FixtureBaseMs + 240000, QByteArray("ev-05")}));
    QVERIFY(!table->next(row));
}

void ReportsTest::unknownColumnIsRejected()
{
    ExportRequest request;
    request.workspacePath = m_workspace;
    request.views = {QStringLiteral("test-runs")};
    request.viewOptions.columns = {QStringLiteral("no_such_column")};
    request.outputPath = m_directory.filePath(QStringLiteral("unknown-column.csv"));
    const ExportResult result = runDataExport(request);
    QCOMPARE(result.status, ExportResult::Status::Failed);
    QVERIFY2(result.error.startsWith(QStringLiteral("The column 'no_such_column' does not exist "
                                                    "in connect_test_case_execution_results.")),
             qPrintable(result.error));
    QVERIFY(!QFile::exists(request.outputPath));
}

// The row views read ahead on a thread of their own, in batches of a few
// thousand rows. The rows must arrive whole and in order across batches.
void ReportsTest::rowTableReadsEveryBatchInOrder()
{
    constexpr int Rows = 20000;
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("batches.flowscope"));
    QCOMPARE(insertBulkFlowEvents(path, Rows), QString());
    Workspace workspace;
    QVERIFY(workspace.open(path, Workspace::OpenMode::ExistingOnly));
    QSqlQuery update(workspace.database());
    QVERIFY(update.exec(
        QStringLiteral("UPDATE contact_flow_events SET flow_outcome = CASE CAST(substr(event_id, "
                       "9) AS INTEGER) % 3 "
                       "WHEN 1 THEN '' WHEN 2 THEN 'Grüße ' || substr(event_id, 9) END")));

    QString error;
    std::unique_ptr<ExportTable> table =
        openExportTable(workspace, QStringLiteral("flow-events"), {}, ExportViewOptions(), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->rowCount(), qint64(Rows));
    const QStringList names = exportColumnNames(table->columns());
    const int eventId = int(names.indexOf(QStringLiteral("event_id")));
    const int start = int(names.indexOf(QStringLiteral("start_timestamp")));
    const int outcome = int(names.indexOf(QStringLiteral("flow_outcome")));

    QVariantList row;
    int read = 0;
    while (table->next(row)) {
        const QByteArray number = QByteArray::number(read).rightJustified(6, '0');
        QCOMPARE(row.at(eventId).toByteArray(), "ev-bulk-" + number);
        QCOMPARE(row.at(start).toLongLong(), FixtureBaseMs + read * 1000LL);
        switch (read % 3) {
        case 0:
            QVERIFY(row.at(outcome).isNull());
            break;
        case 1:
            QVERIFY(!row.at(outcome).isNull());
            QCOMPARE(row.at(outcome).toByteArray(), QByteArray());
            break;
        default:
            QCOMPARE(QString::fromUtf8(row.at(outcome).toByteArray()),
                     QStringLiteral("Grüße ") + QString::fromLatin1(number));
        }
        ++read;
    }
    QCOMPARE(read, Rows);
    QCOMPARE(table->error(), QString());
    QVERIFY(!table->next(row));

    // A table dropped after one row stops its reading thread, which may be
    // waiting for room for its next batch.
    table =
        openExportTable(workspace, QStringLiteral("flow-events"), {}, ExportViewOptions(), &error);
    QVERIFY2(table, qPrintable(error));
    QVERIFY(table->next(row));
    QTest::qWait(50);
    table.reset();

    // A PDF report queries the workspace for its key figures while the rows
    // are read. Such reports crashed while the reading thread shared the
    // workspace's connection.
    table =
        openExportTable(workspace, QStringLiteral("flow-events"), {}, ExportViewOptions(), &error);
    QVERIFY2(table, qPrintable(error));
    // Right after opening, the reading thread fills its first batches.
    for (int query = 0; query < 20; ++query) {
        SqliteStatement figures(workspace.handle(),
                                QStringLiteral("SELECT flow_outcome, COUNT(*), MIN(contact_id) "
                                               "FROM contact_flow_events GROUP BY flow_outcome"));
        while (figures.next()) {
        }
        QCOMPARE(figures.error(), QString());
    }
    QSqlQuery lookup(workspace.database());
    QVERIFY(
        lookup.prepare(QStringLiteral("SELECT event_id FROM contact_flow_events WHERE rowid = ?")));
    QSqlQuery group(workspace.database());
    QVERIFY(group.prepare(QStringLiteral("SELECT flow_outcome, COUNT(*), MIN(contact_id) FROM "
                                         "contact_flow_events GROUP BY flow_outcome")));
    read = 0;
    while (table->next(row)) {
        lookup.addBindValue(read + 1);
        QVERIFY(lookup.exec());
        QVERIFY(lookup.next());
        QCOMPARE(lookup.value(0).toByteArray(), row.at(eventId).toByteArray());
        if (read % 200 == 0) {
            QVERIFY(group.exec());
            QVERIFY(group.next());
        }
        ++read;
    }
    QCOMPARE(read, Rows);
}

void ReportsTest::cancelLeavesNoFile_data()
{
    QTest::addColumn<ExportFormat>("format");

    QTest::newRow("a cancelled CSV export leaves no file") << ExportFormat::Csv;
    QTest::newRow("a cancelled XLSX export leaves no file") << ExportFormat::Xlsx;
}

void ReportsTest::cancelLeavesNoFile()
{
    QFETCH(ExportFormat, format);

    QTemporaryDir directory;
    const QString workspace = directory.filePath(QStringLiteral("bulk.flowscope"));
    QCOMPARE(insertBulkFlowEvents(workspace, 20000), QString());
    // The output folder contains nothing else, so any leftover file shows.
    QVERIFY(QDir(directory.path()).mkdir(QStringLiteral("out")));
    const QString output = directory.filePath(QStringLiteral("out"));

    ExportRequest request;
    request.workspacePath = workspace;
    request.views = {QStringLiteral("flow-events")};
    request.format = format;
    request.outputPath = output + QStringLiteral("/cancelled.out");
    qint64 lastWritten = 0;
    const ExportResult result = runDataExport(request, [&](qint64 written, qint64 total) {
        lastWritten = written;
        return total == 20000 && written < 8192;
    });

    QCOMPARE(result.status, ExportResult::Status::Cancelled);
    QCOMPARE(lastWritten, qint64(8192));
    QCOMPARE(filesIn(output), QStringList());
}

void ReportsTest::failureKeepsExistingFile()
{
    const QString path = m_directory.filePath(QStringLiteral("existing.csv"));
    QCOMPARE(writeFile(m_directory.path(), QStringLiteral("existing.csv"), "old content"), path);

    ExportRequest request;
    request.workspacePath = m_workspace;
    request.views = {QStringLiteral("flow-events")};
    request.viewOptions.columns = {QStringLiteral("missing")};
    request.outputPath = path;
    QCOMPARE(runDataExport(request).status, ExportResult::Status::Failed);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old content"));
}

QTEST_GUILESS_MAIN(ReportsTest)
#include "tst_reports.moc"
