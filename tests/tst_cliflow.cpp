// Runs the built flowscope-cli's flow-metrics, paths and import-names
// commands on a small Athena CSV written here, checking exit codes and exact
// values in the JSON and text output.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Flowscope;

using Test::CliRun;
using Test::parseJson;
using Test::runCli;

namespace {

// Three contacts of one instance. c1 goes flow-a -> flow-b -> queue q-1; c2
// goes flow-a -> flow-b with a NULL outcome and a missing end; c3 runs
// flow-a alone the next day.
const QByteArray EventsCsv =
    "\"instance_id\",\"event_id\",\"contact_id\",\"flow_resource_id\",\"module_resource_id\","
    "\"resource_type\",\"start_timestamp\",\"end_timestamp\",\"next_flow_resource_id\","
    "\"next_queue_resource_id\",\"next_resource_type\",\"flow_outcome\",\"flow_type\"\n"
    "\"inst\",\"e1\",\"c1\",\"flow-a\",,\"flow\",\"2026-11-03 10:00:00.000\","
    "\"2026-11-03 10:00:02.000\",\"flow-b\",,\"flow\",\"TRANSFERRED_TO_FLOW\",\"CONTACT_FLOW\"\n"
    "\"inst\",\"e2\",\"c1\",\"flow-b\",,\"flow\",\"2026-11-03 10:00:03.000\","
    "\"2026-11-03 10:00:05.000\",,\"q-1\",\"queue\",\"TRANSFERRED_TO_QUEUE\",\"CONTACT_FLOW\"\n"
    "\"inst\",\"e3\",\"c2\",\"flow-a\",,\"flow\",\"2026-11-03 11:00:00.000\","
    "\"2026-11-03 11:00:01.000\",,,,,\"CONTACT_FLOW\"\n"
    "\"inst\",\"e4\",\"c2\",\"flow-b\",,\"flow\",\"2026-11-03 11:00:02.000\",,,,,,"
    "\"CONTACT_FLOW\"\n"
    "\"inst\",\"e5\",\"c3\",\"flow-a\",,\"flow\",\"2026-11-04 09:00:00.000\","
    "\"2026-11-04 09:00:04.000\",,,,\"DISCONNECTED\",\"CONTACT_FLOW\"\n";

// "flow-a 3" style summaries of the flows_started rows.
QStringList startedCounts(const QJsonObject &document)
{
    QStringList counts;
    for (const QJsonValue &row : document.value(QStringLiteral("flows_started")).toArray()) {
        const QJsonObject object = row.toObject();
        counts.append(QStringLiteral("%1 %2").arg(
            object.value(QStringLiteral("flow_resource_id")).toString(),
            QString::number(object.value(QStringLiteral("count")).toInteger())));
    }
    return counts;
}

QString edgeText(const QJsonObject &edge)
{
    return QStringLiteral("%1:%2>%3:%4 %5 %6")
        .arg(edge.value(QStringLiteral("from_kind")).toString(),
             edge.value(QStringLiteral("from")).toString(),
             edge.value(QStringLiteral("to_kind")).toString(),
             edge.value(QStringLiteral("to")).toString())
        .arg(edge.value(QStringLiteral("contacts")).toInteger())
        .arg(edge.value(QStringLiteral("events")).toInteger());
}

} // namespace

class TestCliFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void flowMetricsJsonHasExactValues();
    void flowMetricsTextIsAligned();
    void filterOptionsNarrowRows_data();
    void filterOptionsNarrowRows();
    void pathsJsonHasEdgesAndVariants();
    void pathsTopLimitsVariants();
    void pathsTextListsVariants();
    void textEscapesHostileIds();
    void badUsageExitsWithTwo_data();
    void badUsageExitsWithTwo();

    void importNamesFromJsonAndCsv();
    void importNamesRejectsBadJson();

private:
    QTemporaryDir m_directory;
    QString m_workspace;
};

void TestCliFlow::initTestCase()
{
    const QString csv =
        Test::writeFile(m_directory.path(), QStringLiteral("events.csv"), EventsCsv);
    m_workspace = m_directory.filePath(QStringLiteral("flow.flowscope"));
    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                               QStringLiteral("--on-error"), QStringLiteral("skip"), csv});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliFlow::flowMetricsJsonHasExactValues()
{
    const CliRun run = runCli({QStringLiteral("flow-metrics"), QStringLiteral("--workspace"),
                               m_workspace, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject document = parseJson(run.out);

    const QJsonArray started = document.value(QStringLiteral("flows_started")).toArray();
    QCOMPARE(started.size(), 2);
    QCOMPARE(started.at(0).toObject(),
             (QJsonObject{{QStringLiteral("instance_id"), QStringLiteral("inst")},
                          {QStringLiteral("flow_resource_id"), QStringLiteral("flow-a")},
                          {QStringLiteral("flow_name"), QJsonValue::Null},
                          {QStringLiteral("flow_type"), QStringLiteral("CONTACT_FLOW")},
                          {QStringLiteral("count"), 3}}));
    QCOMPARE(startedCounts(document), (QStringList{"flow-a 3", "flow-b 2"}));

    // flow-a has three ended rows: NULL, DISCONNECTED and TRANSFERRED_TO_FLOW.
    const QJsonArray outcomes = document.value(QStringLiteral("flow_outcomes")).toArray();
    QCOMPARE(outcomes.size(), 4);
    const QJsonObject nullOutcome = outcomes.at(0).toObject();
    QCOMPARE(nullOutcome.value(QStringLiteral("flow_resource_id")).toString(),
             QStringLiteral("flow-a"));
    QVERIFY(nullOutcome.value(QStringLiteral("flow_outcome")).isNull());
    QCOMPARE(nullOutcome.value(QStringLiteral("count")).toInteger(), 1);
    QCOMPARE(nullOutcome.value(QStringLiteral("percentage")).toDouble(), 100.0 / 3);
    QCOMPARE(outcomes.at(1).toObject().value(QStringLiteral("flow_outcome")).toString(),
             QStringLiteral("DISCONNECTED"));
    QCOMPARE(outcomes.at(3).toObject().value(QStringLiteral("flow_outcome")).toString(),
             QStringLiteral("TRANSFERRED_TO_QUEUE"));
    QCOMPARE(outcomes.at(3).toObject().value(QStringLiteral("percentage")).toDouble(), 100.0);

    // flow-a took 2, 1 and 4 seconds; flow-b's second row has no end.
    const QJsonArray times = document.value(QStringLiteral("flow_times")).toArray();
    QCOMPARE(times.size(), 2);
    const QJsonObject flowA = times.at(0).toObject();
    QCOMPARE(flowA.value(QStringLiteral("average_seconds")).toDouble(), 7.0 / 3);
    QCOMPARE(flowA.value(QStringLiteral("min_seconds")).toDouble(), 1.0);
    QCOMPARE(flowA.value(QStringLiteral("max_seconds")).toDouble(), 4.0);
    QCOMPARE(flowA.value(QStringLiteral("ended_count")).toInteger(), 3);
    const QJsonObject flowB = times.at(1).toObject();
    QCOMPARE(flowB.value(QStringLiteral("flow_resource_id")).toString(), QStringLiteral("flow-b"));
    QCOMPARE(flowB.value(QStringLiteral("average_seconds")).toDouble(), 2.0);
}

void TestCliFlow::flowMetricsTextIsAligned()
{
    const CliRun run =
        runCli({QStringLiteral("flow-metrics"), QStringLiteral("--workspace"), m_workspace});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'));

    const qsizetype header =
        lines.indexOf(QStringLiteral("Instance  Flow    Flow type     Started"));
    QVERIFY2(header >= 0, run.out.constData());
    QCOMPARE(lines.at(header + 1), QStringLiteral("inst      flow-a  CONTACT_FLOW        3"));
    QCOMPARE(lines.at(header + 2), QStringLiteral("inst      flow-b  CONTACT_FLOW        2"));
    QVERIFY2(
        lines.contains(QStringLiteral("inst      flow-a  (null)                    1    33.33")),
        run.out.constData());
    QVERIFY2(lines.contains(QStringLiteral("inst      flow-a      3      2.333  1.000  4.000")),
             run.out.constData());
}

void TestCliFlow::filterOptionsNarrowRows_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("started");

    QTest::newRow("date window is half-open")
        << QStringList{"--from", "2026-11-03", "--to", "2026-11-04"}
        << QStringList{"flow-a 2", "flow-b 2"};
    QTest::newRow("offset converts to UTC")
        << QStringList{"--from", "2026-11-03T06:30:00-04:00", "--to", "2026-11-04T00:00:00Z"}
        << QStringList{"flow-a 1", "flow-b 1"};
    QTest::newRow("NULL outcome matches missing outcomes")
        << QStringList{"--outcome", "NULL"} << QStringList{"flow-a 1", "flow-b 1"};
    QTest::newRow("repeated outcome options match any")
        << QStringList{"--outcome", "DISCONNECTED", "--outcome", "TRANSFERRED_TO_QUEUE"}
        << QStringList{"flow-a 1", "flow-b 1"};
    QTest::newRow("flow and contact")
        << QStringList{"--flow", "flow-a", "--contact", "c3"} << QStringList{"flow-a 1"};
    QTest::newRow("queue") << QStringList{"--queue", "q-1"} << QStringList{"flow-b 1"};
    QTest::newRow("other instance has nothing")
        << QStringList{"--instance", "elsewhere"} << QStringList{};
}

void TestCliFlow::filterOptionsNarrowRows()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, started);

    const CliRun run =
        runCli(QStringList{QStringLiteral("flow-metrics"), QStringLiteral("--workspace"),
                           m_workspace, QStringLiteral("--json")} +
               options);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(startedCounts(parseJson(run.out)), started);
}

void TestCliFlow::pathsJsonHasEdgesAndVariants()
{
    const CliRun run = runCli({QStringLiteral("paths"), QStringLiteral("--workspace"), m_workspace,
                               QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject document = parseJson(run.out);
    QCOMPARE(document.value(QStringLiteral("contacts")).toInteger(), 3);
    QCOMPARE(document.value(QStringLiteral("events")).toInteger(), 5);

    QStringList edges;
    for (const QJsonValue &edge : document.value(QStringLiteral("edges")).toArray())
        edges.append(edgeText(edge.toObject()));
    QCOMPARE(edges, (QStringList{
                        "start:start>flow:flow-a 3 3",
                        "flow:flow-a>flow:flow-b 2 2",
                        "flow:flow-a>end:end 1 1",
                        "flow:flow-b>queue:q-1 1 1",
                        "flow:flow-b>end:end 1 1",
                        "queue:q-1>end:end 1 1",
                    }));

    // One second between flow-a's end and flow-b's start in both contacts.
    const QJsonObject aToB = document.value(QStringLiteral("edges")).toArray().at(1).toObject();
    QCOMPARE(aToB.value(QStringLiteral("median_seconds")).toDouble(), 1.0);
    QCOMPARE(aToB.value(QStringLiteral("max_seconds")).toDouble(), 1.0);
    const QJsonObject startEdge =
        document.value(QStringLiteral("edges")).toArray().at(0).toObject();
    QVERIFY(startEdge.value(QStringLiteral("median_seconds")).isNull());

    const QJsonArray variants = document.value(QStringLiteral("variants")).toArray();
    QCOMPARE(variants.size(), 3);
    QCOMPARE(variants.at(0).toObject().value(QStringLiteral("steps")).toArray(),
             QJsonArray{QStringLiteral("flow-a")});
    QCOMPARE(
        variants.at(2).toObject().value(QStringLiteral("steps")).toArray(),
        (QJsonArray{QStringLiteral("flow-a"), QStringLiteral("flow-b"), QStringLiteral("q-1")}));
    QCOMPARE(variants.at(2).toObject().value(QStringLiteral("step_kinds")).toArray(),
             (QJsonArray{QStringLiteral("flow"), QStringLiteral("flow"), QStringLiteral("queue")}));
    QCOMPARE(variants.at(0).toObject().value(QStringLiteral("contacts")).toInteger(), 1);
    QCOMPARE(variants.at(0).toObject().value(QStringLiteral("share")).toDouble(), 1.0 / 3);
    QCOMPARE(variants.at(2).toObject().value(QStringLiteral("coverage")).toDouble(), 1.0);
}

void TestCliFlow::pathsTopLimitsVariants()
{
    const CliRun run =
        runCli({QStringLiteral("paths"), QStringLiteral("--workspace"), m_workspace,
                QStringLiteral("--json"), QStringLiteral("--top"), QStringLiteral("1"),
                QStringLiteral("--from"), QStringLiteral("2026-11-03"), QStringLiteral("--to"),
                QStringLiteral("2026-11-04")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject document = parseJson(run.out);
    QCOMPARE(document.value(QStringLiteral("contacts")).toInteger(), 2);
    const QJsonArray variants = document.value(QStringLiteral("variants")).toArray();
    QCOMPARE(variants.size(), 1);
    QCOMPARE(variants.at(0).toObject().value(QStringLiteral("steps")).toArray(),
             (QJsonArray{QStringLiteral("flow-a"), QStringLiteral("flow-b")}));
    QCOMPARE(variants.at(0).toObject().value(QStringLiteral("share")).toDouble(), 0.5);
}

void TestCliFlow::pathsTextListsVariants()
{
    const CliRun run =
        runCli({QStringLiteral("paths"), QStringLiteral("--workspace"), m_workspace});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("Contacts: 3, events: 5"));
    QVERIFY2(lines.contains(QStringLiteral("3         1     33.3       100.0  flow-a -> flow-b -> "
                                           "queue:q-1")),
             run.out.constData());
    QVERIFY2(lines.contains(
                 QStringLiteral("(start)    flow-a            3       3         -       -      -")),
             run.out.constData());
    QVERIFY2(lines.contains(
                 QStringLiteral("flow-a     flow-b            2       2       1.0     1.0    1.0")),
             run.out.constData());
}

void TestCliFlow::textEscapesHostileIds()
{
    // A flow id with a terminal escape, a line break inside quotes, and one
    // of 2,000 characters.
    const QByteArray longId(2000, 'x');
    const QByteArray csv =
        "instance_id,event_id,contact_id,flow_resource_id,start_timestamp\n"
        "inst,h1,c9,\"red\x1b[31m\nline\",2026-11-03 10:00:00.000\n"
        "inst,h2,c9," + longId + ",2026-11-03 10:00:01.000\n";
    QTemporaryDir directory;
    const QString workspace = directory.filePath(QStringLiteral("hostile.flowscope"));
    const CliRun import =
        runCli({QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                Test::writeFile(directory.path(), QStringLiteral("hostile.csv"), csv)});
    QVERIFY2(import.exitCode == 0, import.err.constData());

    const CliRun run = runCli({QStringLiteral("paths"), QStringLiteral("--workspace"), workspace});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.out.contains('\x1b'));
    QVERIFY(run.out.contains("red\\u001b[31m\\nline"));
    const QList<QByteArray> lines = run.out.split('\n');
    for (const QByteArray &line : lines)
        QVERIFY2(line.size() < 400, line.left(80).constData());
    QVERIFY(run.out.contains(QString(QString(59, QLatin1Char('x')) + QChar(0x2026) +
                                     QString(59, QLatin1Char('x')))
                                 .toUtf8()));
}

void TestCliFlow::badUsageExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("unreadable --from") << QStringList{"flow-metrics", "--from", "yesterday"}
                                       << QStringLiteral("Invalid --from value 'yesterday'");
    QTest::newRow("empty window") << QStringList{"paths", "--from", "2026-11-04", "--to",
                                                 "2026-11-03"}
                                  << QStringLiteral("is empty");
    QTest::newRow("negative --top")
        << QStringList{"paths", "--top", "-1"} << QStringLiteral("Invalid --top value '-1'");
    QTest::newRow("stray argument")
        << QStringList{"flow-metrics", "extra"} << QStringLiteral("Unexpected argument 'extra'");
    QTest::newRow("import-names without a file")
        << QStringList{"import-names"} << QStringLiteral("Missing FILE");
}

void TestCliFlow::badUsageExitsWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    arguments << QStringLiteral("--workspace") << m_workspace;
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliFlow::importNamesFromJsonAndCsv()
{
    QTemporaryDir directory;
    const QString workspace = directory.filePath(QStringLiteral("names.flowscope"));
    QVERIFY(QFile::copy(m_workspace, workspace));

    const QString json =
        Test::writeFile(directory.path(), QStringLiteral("flows.json"),
                        "{\"ContactFlowSummaryList\": ["
                        "{\"Id\": \"flow-a\", \"Arn\": "
                        "\"arn:aws:connect:us-east-1:1:instance/i/contact-flow/flow-a\","
                        " \"Name\": \"Main menu\", \"ContactFlowType\": \"CONTACT_FLOW\"},"
                        "{\"Arn\": \"arn:aws:connect:us-east-1:1:instance/i/contact-flow/flow-b\","
                        " \"Name\": \"Billing\", \"ContactFlowType\": \"CONTACT_FLOW\"},"
                        "{\"Id\": \"flow-z\", \"ContactFlowType\": \"CONTACT_FLOW\"}]}");
    CliRun run = runCli({QStringLiteral("import-names"), QStringLiteral("--workspace"), workspace,
                         QStringLiteral("--json"), json});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonObject document = parseJson(run.out);
    QCOMPARE(document.value(QStringLiteral("stored")).toInteger(), 2);
    QCOMPARE(document.value(QStringLiteral("skipped")).toInteger(), 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("flow-z has no name")),
             run.err.constData());

    // A CSV without a header replaces flow-b's name.
    const QString csv =
        Test::writeFile(directory.path(), QStringLiteral("names.csv"), "flow-b,\"Billing, new\"\n");
    run = runCli({QStringLiteral("import-names"), QStringLiteral("--workspace"), workspace, csv});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("Stored 1 name(s).\n"));

    run = runCli({QStringLiteral("flow-metrics"), QStringLiteral("--workspace"), workspace,
                  QStringLiteral("--json")});
    document = parseJson(run.out);
    const QJsonArray started = document.value(QStringLiteral("flows_started")).toArray();
    QCOMPARE(started.at(0).toObject().value(QStringLiteral("flow_name")).toString(),
             QStringLiteral("Main menu"));
    QCOMPARE(started.at(1).toObject().value(QStringLiteral("flow_name")).toString(),
             QStringLiteral("Billing, new"));

    run = runCli({QStringLiteral("paths"), QStringLiteral("--workspace"), workspace});
    QVERIFY2(run.out.contains("flow-a (Main menu) -> flow-b (Billing, new)"), run.out.constData());
}

void TestCliFlow::importNamesRejectsBadJson()
{
    QTemporaryDir directory;
    const QString workspace = directory.filePath(QStringLiteral("names.flowscope"));
    QVERIFY(QFile::copy(m_workspace, workspace));
    const QString json = Test::writeFile(directory.path(), QStringLiteral("broken.json"),
                                         "{\"ContactFlowSummaryList\": [");

    const CliRun run =
        runCli({QStringLiteral("import-names"), QStringLiteral("--workspace"), workspace, json});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("is not valid JSON")),
             run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliFlow)
#include "tst_cliflow.moc"
