#include "samplegenerator.h"
#include "schema.h"
#include "valueparser.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace Flowscope;

namespace {

// The options the bundled sample was generated with; resources/sample/README.md
// gives the same ones as a flowscope-generate command line.
GeneratorOptions bundledSampleOptions()
{
    GeneratorOptions options;
    options.contacts = 100;
    options.testCases = 4;
    options.executionsPerTestCasePerDay = 2;
    return options;
}

using Writer = GeneratedCounts (*)(QIODevice &, const GeneratorOptions &);

QByteArray generate(Writer writer, const GeneratorOptions &options,
                    GeneratedCounts *counts = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const GeneratedCounts result = writer(buffer, options);
    if (counts)
        *counts = result;
    return buffer.data();
}

// One CSV field: nullopt for an unquoted empty field (NULL).
using CsvField = std::optional<QByteArray>;

// Splits one line of the generator's CSV. The generator never writes line
// breaks inside values, so a line is a row. A field that is neither quoted
// nor empty breaks Athena's rule of quoting every non-NULL value, so the line
// yields no fields and the row size checks fail.
QList<CsvField> splitCsvLine(const QByteArray &line)
{
    QList<CsvField> fields;
    qsizetype pos = 0;
    while (true) {
        if (pos >= line.size() || line[pos] == ',') {
            fields.append(std::nullopt);
        } else {
            if (line[pos] != '"') {
                qWarning("unquoted value at byte %lld of %s", qlonglong(pos), line.constData());
                return {};
            }
            QByteArray value;
            ++pos;
            while (pos < line.size()) {
                if (line[pos] == '"') {
                    if (pos + 1 < line.size() && line[pos + 1] == '"') {
                        value.append('"');
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    break;
                }
                value.append(line[pos++]);
            }
            fields.append(value);
        }
        if (pos >= line.size())
            break;
        ++pos; // the comma
    }
    return fields;
}

struct CsvTable
{
    QList<QByteArray> header;
    QList<QList<CsvField>> rows;

    int column(const char *name) const { return int(header.indexOf(QByteArray(name))); }
};

CsvTable parseCsv(const QByteArray &bytes)
{
    CsvTable table;
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QList<CsvField> fields = splitCsvLine(lines.at(i));
        if (i == 0) {
            for (const CsvField &field : fields)
                table.header.append(field.value_or(QByteArray()));
        } else {
            table.rows.append(fields);
        }
    }
    return table;
}

QSet<QByteArray> columnValues(const CsvTable &table, const char *name)
{
    QSet<QByteArray> values;
    const int column = table.column(name);
    for (const QList<CsvField> &row : table.rows) {
        if (row.at(column))
            values.insert(*row.at(column));
    }
    return values;
}

QList<QByteArray> quotedNames(const TableSpec &spec)
{
    QList<QByteArray> names;
    for (const QString &name : spec.columnNames())
        names.append(name.toUtf8());
    return names;
}

qint64 epochMsOf(const QByteArray &text)
{
    const TimestampValue value = parseTimestamp(text);
    if (value.status != TimestampValue::Status::Ok)
        qWarning("not a timestamp: %s", text.constData());
    return value.epochMs;
}

QString samplePath(const QString &name)
{
    return QDir(QStringLiteral(FLOWSCOPE_SOURCE_DIR))
        .filePath(QStringLiteral("resources/sample/") + name);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

constexpr qint64 Nov1Ms =
    1793491200000; // 2026-11-01T00:00:00Z, from `date -u -d 2026-11-01 +%s%3N`
constexpr qint64 Nov8Ms = 1794096000000; // 2026-11-08T00:00:00Z

} // namespace

Q_DECLARE_METATYPE(Writer)

class TestSampleGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedGivesSameBytes_data();
    void sameSeedGivesSameBytes();
    void otherSeedGivesOtherBytes();
    void bundledSampleIsReproducible_data();
    void bundledSampleIsReproducible();
    void headersFollowSchema();
    void rowCounts();
    void rowTargetIsReached();
    void testContactsExistInFlowEvents();
    void initiatingFlowsExistInFlowEvents();
    void accountIdKeepsLeadingZero();
    void timestampsLieInExport();
    void eventsWithoutEndHaveNoOutcome();
    void cutOffEndsRunningEvents();
    void moduleAndQueueColumnsAgree();
    void failureReasonsUseBothArrayStyles();
    void failureReasonsSurviveAthenaSplit();
    void jsonLinesMatchCsv();
    void failedWriteIsReported();
};

void TestSampleGenerator::sameSeedGivesSameBytes_data()
{
    QTest::addColumn<Writer>("writer");

    QTest::newRow("flow events csv") << Writer(&writeContactFlowEventsCsv);
    QTest::newRow("test executions csv") << Writer(&writeTestExecutionsCsv);
    QTest::newRow("flow events json lines") << Writer(&writeContactFlowEventsJsonLines);
    QTest::newRow("test executions json lines") << Writer(&writeTestExecutionsJsonLines);
}

void TestSampleGenerator::sameSeedGivesSameBytes()
{
    QFETCH(Writer, writer);

    const QByteArray first = generate(writer, {});
    const QByteArray second = generate(writer, {});

    QVERIFY(first.size() > 10'000);
    QCOMPARE(first, second);
}

void TestSampleGenerator::otherSeedGivesOtherBytes()
{
    GeneratorOptions other;
    other.seed = 7;

    const QByteArray events = generate(&writeContactFlowEventsCsv, {});
    const QByteArray otherEvents = generate(&writeContactFlowEventsCsv, other);
    const QByteArray executions = generate(&writeTestExecutionsCsv, {});
    const QByteArray otherExecutions = generate(&writeTestExecutionsCsv, other);

    QVERIFY(events != otherEvents);
    QVERIFY(executions != otherExecutions);
    // Only the header is shared: the seed reaches every id.
    const CsvTable table = parseCsv(events);
    const CsvTable otherTable = parseCsv(otherEvents);
    QVERIFY(!columnValues(table, "event_id").intersects(columnValues(otherTable, "event_id")));
}

void TestSampleGenerator::bundledSampleIsReproducible_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<Writer>("writer");

    QTest::newRow("flow events") << QStringLiteral("contact_flow_events.csv")
                                 << Writer(&writeContactFlowEventsCsv);
    QTest::newRow("test executions") << QStringLiteral("connect_test_case_execution_results.csv")
                                     << Writer(&writeTestExecutionsCsv);
}

void TestSampleGenerator::bundledSampleIsReproducible()
{
    QFETCH(QString, fileName);
    QFETCH(Writer, writer);

    const QByteArray bundled = readFile(samplePath(fileName));
    const QByteArray generated = generate(writer, bundledSampleOptions());

    QVERIFY2(!bundled.isEmpty(), qPrintable(samplePath(fileName)));
    // On a difference, regenerate the sample with the command in its README.
    QCOMPARE(bundled.size(), generated.size());
    QVERIFY(bundled == generated);
}

void TestSampleGenerator::headersFollowSchema()
{
    const CsvTable events = parseCsv(generate(&writeContactFlowEventsCsv, {}));
    const CsvTable executions = parseCsv(generate(&writeTestExecutionsCsv, {}));

    QCOMPARE(events.header, quotedNames(contactFlowEventsSpec()));
    QCOMPARE(executions.header, quotedNames(testCaseExecutionResultsSpec()));
    for (const QList<CsvField> &row : events.rows)
        QCOMPARE(row.size(), events.header.size());
    for (const QList<CsvField> &row : executions.rows)
        QCOMPARE(row.size(), executions.header.size());
}

void TestSampleGenerator::rowCounts()
{
    GeneratedCounts eventCounts;
    GeneratedCounts executionCounts;
    const QByteArray events = generate(&writeContactFlowEventsCsv, {}, &eventCounts);
    const QByteArray executions = generate(&writeTestExecutionsCsv, {}, &executionCounts);
    const CsvTable eventTable = parseCsv(events);
    const CsvTable executionTable = parseCsv(executions);

    // 8 test cases x 3 executions a day x 7 days.
    QCOMPARE(executionCounts.rows, qint64(168));
    QCOMPARE(executionTable.rows.size(), 168);
    QVERIFY(executionCounts.ok);

    QVERIFY(eventCounts.ok);
    QCOMPARE(eventCounts.rows, qint64(eventTable.rows.size()));
    QCOMPARE(eventCounts.contacts, qint64(columnValues(eventTable, "contact_id").size()));
    // 200 customer contacts, the test contacts, and the new contacts that
    // queue transfers create.
    QVERIFY(eventCounts.contacts > 200 + executionCounts.contacts);
    QCOMPARE(columnValues(eventTable, "event_id").size(), eventTable.rows.size());
}

void TestSampleGenerator::rowTargetIsReached()
{
    GeneratorOptions options;
    options.targetFlowEventRows = 5000;
    GeneratedCounts counts;

    const CsvTable table = parseCsv(generate(&writeContactFlowEventsCsv, options, &counts));

    QCOMPARE(counts.rows, qint64(table.rows.size()));
    QVERIFY(counts.rows >= 5000);
    // The last contact is written whole, and a contact has a few dozen events at most.
    QVERIFY(counts.rows < 5000 + 40);
}

void TestSampleGenerator::testContactsExistInFlowEvents()
{
    const CsvTable events = parseCsv(generate(&writeContactFlowEventsCsv, {}));
    const CsvTable executions = parseCsv(generate(&writeTestExecutionsCsv, {}));
    const QSet<QByteArray> contactIds = columnValues(events, "contact_id");
    const int idsColumn = executions.column("connect_test_case_associated_contact_ids");
    const int initialColumn = executions.column("connect_test_case_associated_initial_contact_id");

    int checked = 0;
    for (const QList<CsvField> &row : executions.rows) {
        QVERIFY(row.at(idsColumn).has_value());
        const ArrayValue ids = parseStringArray(*row.at(idsColumn), ArraySyntax::Athena);
        QVERIFY(ids.ok);
        QVERIFY(!ids.ambiguous);
        const QJsonArray array = QJsonDocument::fromJson(ids.json).array();
        for (const QJsonValue &id : array) {
            QVERIFY2(contactIds.contains(id.toString().toUtf8()), qPrintable(id.toString()));
            ++checked;
        }
        if (array.isEmpty())
            QVERIFY(!row.at(initialColumn).has_value());
        else
            QCOMPARE(*row.at(initialColumn), array.first().toString().toUtf8());
    }
    QVERIFY(checked > 168);
}

void TestSampleGenerator::initiatingFlowsExistInFlowEvents()
{
    const CsvTable events = parseCsv(generate(&writeContactFlowEventsCsv, {}));
    const CsvTable executions = parseCsv(generate(&writeTestExecutionsCsv, {}));
    const QSet<QByteArray> flowIds = columnValues(events, "flow_resource_id");
    const QSet<QByteArray> initiatingIds =
        columnValues(executions, "connect_test_case_initiating_flow_id");

    QVERIFY(!initiatingIds.isEmpty());
    for (const QByteArray &id : initiatingIds)
        QVERIFY2(flowIds.contains(id), id.constData());
}

void TestSampleGenerator::accountIdKeepsLeadingZero()
{
    for (const Writer writer :
         {Writer(&writeContactFlowEventsCsv), Writer(&writeTestExecutionsCsv)}) {
        const CsvTable table = parseCsv(generate(writer, {}));
        const QSet<QByteArray> accounts = columnValues(table, "aws_account_id");

        QCOMPARE(accounts.size(), 1);
        const QByteArray account = *accounts.begin();
        QCOMPARE(account.size(), 12);
        QVERIFY(account.startsWith('0'));
        for (const QByteArray &arn : columnValues(table, "instance_arn"))
            QVERIFY(
                arn.startsWith(QByteArray("arn:aws:connect:us-east-1:" + account + ":instance/")));
    }
}

void TestSampleGenerator::timestampsLieInExport()
{
    const CsvTable events = parseCsv(generate(&writeContactFlowEventsCsv, {}));
    const int start = events.column("start_timestamp");
    const int end = events.column("end_timestamp");
    const int processed = events.column("data_lake_last_processed_timestamp");
    const int published = events.column("resource_published_timestamp");

    for (const QList<CsvField> &row : events.rows) {
        const qint64 startMs = epochMsOf(*row.at(start));
        QVERIFY(startMs >= Nov1Ms);
        QVERIFY(startMs < Nov8Ms);
        if (row.at(end)) {
            QVERIFY(epochMsOf(*row.at(end)) >= startMs);
            QVERIFY(epochMsOf(*row.at(end)) <= Nov8Ms);
        }
        QVERIFY(epochMsOf(*row.at(processed)) >= startMs);
        QVERIFY(epochMsOf(*row.at(processed)) < Nov8Ms);
        QVERIFY(epochMsOf(*row.at(published)) < startMs);
    }
}

void TestSampleGenerator::eventsWithoutEndHaveNoOutcome()
{
    const CsvTable events = parseCsv(generate(&writeContactFlowEventsCsv, {}));
    const int end = events.column("end_timestamp");
    const int outcome = events.column("flow_outcome");
    const int nextType = events.column("next_resource_type");

    int withoutEnd = 0;
    int nullOutcomes = 0;
    for (const QList<CsvField> &row : events.rows) {
        if (!row.at(outcome))
            ++nullOutcomes;
        if (row.at(end))
            continue;
        ++withoutEnd;
        QVERIFY(!row.at(outcome).has_value());
        QVERIFY(!row.at(nextType).has_value());
    }
    QVERIFY(withoutEnd > 0);
    // Answered queue events and many whispers have no outcome either.
    QVERIFY(nullOutcomes > withoutEnd);
}

void TestSampleGenerator::cutOffEndsRunningEvents()
{
    // A day of 20,000 contacts has events running at midnight.
    GeneratorOptions options;
    options.days = 1;
    options.contacts = 20000;
    options.testCases = 0;
    const CsvTable events = parseCsv(generate(&writeContactFlowEventsCsv, options));
    const int start = events.column("start_timestamp");
    const int end = events.column("end_timestamp");
    constexpr qint64 Nov2Ms = Nov1Ms + 86'400'000;

    qint64 latestEndMs = 0;
    int lateStartsWithoutEnd = 0;
    for (const QList<CsvField> &row : events.rows) {
        const qint64 startMs = epochMsOf(*row.at(start));
        QVERIFY(startMs < Nov2Ms);
        if (row.at(end))
            latestEndMs = std::max(latestEndMs, epochMsOf(*row.at(end)));
        else if (startMs > Nov2Ms - 15 * 60'000)
            ++lateStartsWithoutEnd;
    }
    QVERIFY(latestEndMs <= Nov2Ms);
    QVERIFY(lateStartsWithoutEnd > 0);
}

void TestSampleGenerator::moduleAndQueueColumnsAgree()
{
    const CsvTable events = parseCsv(generate(&writeContactFlowEventsCsv, {}));
    const int type = events.column("resource_type");
    const int module = events.column("module_resource_id");
    const int nextType = events.column("next_resource_type");
    const int nextFlow = events.column("next_flow_resource_id");
    const int nextQueue = events.column("next_queue_resource_id");

    QSet<QByteArray> resourceTypes;
    QSet<QByteArray> nextTypes;
    for (const QList<CsvField> &row : events.rows) {
        resourceTypes.insert(*row.at(type));
        QCOMPARE(row.at(module).has_value(), *row.at(type) == "module");
        const QByteArray next = row.at(nextType).value_or("NULL");
        nextTypes.insert(next);
        QCOMPARE(row.at(nextFlow).has_value(), next == "flow");
        QCOMPARE(row.at(nextQueue).has_value(), next == "queue");
    }
    QCOMPARE(resourceTypes, QSet<QByteArray>({"flow", "module"}));
    QCOMPARE(nextTypes, QSet<QByteArray>({"flow", "queue", "NULL"}));
    QCOMPARE(columnValues(events, "channel"), QSet<QByteArray>({"VOICE", "CHAT", "TASK", "EMAIL"}));
}

void TestSampleGenerator::failureReasonsUseBothArrayStyles()
{
    GeneratorOptions jsonStyle;
    jsonStyle.arrayStyle = GeneratedArrayStyle::Json;
    const CsvTable athena = parseCsv(generate(&writeTestExecutionsCsv, {}));
    const CsvTable json = parseCsv(generate(&writeTestExecutionsCsv, jsonStyle));
    const int reasons = athena.column("connect_test_case_failure_reasons");
    const int result = athena.column("connect_test_case_result");

    int failed = 0;
    int ambiguous = 0;
    int nullReasons = 0;
    QCOMPARE(json.rows.size(), athena.rows.size());
    for (qsizetype i = 0; i < athena.rows.size(); ++i) {
        const CsvField &athenaText = athena.rows.at(i).at(reasons);
        const CsvField &jsonText = json.rows.at(i).at(reasons);
        QCOMPARE(athenaText.has_value(), jsonText.has_value());
        if (!athenaText) {
            ++nullReasons;
            continue;
        }
        const ArrayValue fromAthena = parseStringArray(*athenaText, ArraySyntax::Athena);
        const ArrayValue fromJson = parseStringArray(*jsonText, ArraySyntax::Json);
        QVERIFY(fromAthena.ok);
        QVERIFY(fromJson.ok);
        // Lists of two reasons are flagged, because the parser cannot know
        // that no item contains ", ", but they still split into the same items.
        if (fromAthena.ambiguous)
            ++ambiguous;
        QCOMPARE(fromAthena.json, fromJson.json);
        if (athena.rows.at(i).at(result) == CsvField("Failed")) {
            ++failed;
            QVERIFY(fromJson.json != "[]");
        }
    }
    QVERIFY(failed > 0);
    QVERIFY(nullReasons > 0);
    QVERIFY(ambiguous > 0);
}

void TestSampleGenerator::failureReasonsSurviveAthenaSplit()
{
    // 20 test cases give enough failed executions to draw every reason text.
    GeneratorOptions options;
    options.testCases = 20;
    options.arrayStyle = GeneratedArrayStyle::Json;
    const CsvTable table = parseCsv(generate(&writeTestExecutionsCsv, options));
    const int column = table.column("connect_test_case_failure_reasons");

    QSet<QString> reasons;
    for (const QList<CsvField> &row : table.rows) {
        if (!row.at(column))
            continue;
        const QJsonArray items = QJsonDocument::fromJson(*row.at(column)).array();
        for (const QJsonValue &item : items)
            reasons.insert(item.toString());
    }

    QCOMPARE(reasons.size(), 6);
    QVERIFY(reasons.contains(QStringLiteral("Customer input 2,4 was not recognised")));
    QVERIFY(reasons.contains(QStringLiteral("Contact reached queue General instead of Billing")));
    for (const QString &reason : std::as_const(reasons)) {
        QVERIFY2(!reason.contains(QStringLiteral(", ")), qPrintable(reason));

        // Each reason alone and beside another comes back from Athena's form whole.
        const QByteArray utf8 = reason.toUtf8();
        const QByteArray singleText = "[" + utf8 + "]";
        const ArrayValue single = parseStringArray(singleText, ArraySyntax::Athena);
        QVERIFY(single.ok);
        QCOMPARE(QJsonDocument::fromJson(single.json).array(), QJsonArray{reason});
        const QByteArray pairText = "[" + utf8 + ", Flow ended with an error branch]";
        const ArrayValue pair = parseStringArray(pairText, ArraySyntax::Athena);
        QVERIFY(pair.ok);
        QCOMPARE(QJsonDocument::fromJson(pair.json).array(),
                 (QJsonArray{reason, QStringLiteral("Flow ended with an error branch")}));
    }
}

void TestSampleGenerator::jsonLinesMatchCsv()
{
    const CsvTable csv = parseCsv(generate(&writeTestExecutionsCsv, {}));
    QList<QByteArray> lines = generate(&writeTestExecutionsJsonLines, {}).split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());
    QCOMPARE(lines.size(), csv.rows.size());

    const QList<QByteArray> names = quotedNames(testCaseExecutionResultsSpec());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(lines.at(i), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.keys().size(), names.size());
        for (qsizetype column = 0; column < names.size(); ++column) {
            const QJsonValue value = object.value(QString::fromUtf8(names.at(column)));
            const CsvField &field = csv.rows.at(i).at(column);
            if (!field) {
                QVERIFY(value.isNull());
            } else if (value.isArray()) {
                const ArrayValue fromCsv = parseStringArray(*field, ArraySyntax::Athena);
                QVERIFY(fromCsv.ok);
                QCOMPARE(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact),
                         fromCsv.json);
            } else {
                QCOMPARE(value.toString().toUtf8(), *field);
            }
        }
    }
}

void TestSampleGenerator::failedWriteIsReported()
{
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");

    const GeneratedCounts counts = writeContactFlowEventsCsv(readOnly, {});

    QVERIFY(!counts.ok);
}

QTEST_APPLESS_MAIN(TestSampleGenerator)
#include "tst_samplegenerator.moc"
