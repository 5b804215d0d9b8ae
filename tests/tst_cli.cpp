// Runs the built flowscope-cli as a user's script would: exit codes, stdout,
// stderr and the JSON documents, on the CSV fixtures in tests/data/cli.

#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace Flowscope;

using Test::CliRun;
using Test::parseJson;
using Test::runCli;

namespace {

const QString InstanceA = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString InstanceB = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");

QString fixture(const QString &name)
{
    return Test::dataPath(QStringLiteral("cli/") + name);
}

QJsonObject counts(qint64 read, qint64 inserted, qint64 replaced, qint64 unchanged, qint64 rejected)
{
    return {{QStringLiteral("read"), read},
            {QStringLiteral("inserted"), inserted},
            {QStringLiteral("replaced"), replaced},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("rejected"), rejected}};
}

// The words of the first output line that starts with `label` after any
// indent, split on runs of spaces.
QStringList lineWords(const QByteArray &out, const QString &label)
{
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(label))
            return line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return {};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void importPrintsCountsTable();
    void importJsonHasExactCounts();
    void reimportIsAllUnchanged();
    void newerVersionReplacesRow();
    void abortOnBadRowKeepsWorkspace();
    void abortOnFirstImportLeavesEmptyWorkspace();
    void skipModeListsRejectedLine();
    void skipModeJsonLocatesRejectedRow();

    void summaryJsonHasExactValues();
    void summaryTextIsAligned();
    void summaryOfEmptyTablesHasNoSpan();
    void summaryOfMissingPathCreatesNothing();
    void olderWorkspaceIsUpgradedOnWrite();

    void notAWorkspaceIsRejected_data();
    void notAWorkspaceIsRejected();
    void badUsageExitsWithTwo_data();
    void badUsageExitsWithTwo();
    void missingInputCreatesNoWorkspace();
    void helpListsOptions();

    void textWarningsAreCapped();
    void importOptionsReachImporter_data();
    void importOptionsReachImporter();

private:
    QString importBoth();
    QString writeVariant(const QString &name, const std::function<QByteArray(QByteArray)> &edit);
    QJsonObject summaryJson();

    QTemporaryDir m_directory;
    QString m_workspace;
};

void TestCli::init()
{
    QVERIFY(m_directory.isValid());
    // A fresh path per test, so tests never see each other's workspace.
    m_workspace = m_directory.filePath(
        QStringLiteral("%1.flowscope").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_workspace);
}

// Imports both fixtures into m_workspace and returns stdout.
QString TestCli::importBoth()
{
    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                               fixture(QStringLiteral("flow_events.csv")),
                               fixture(QStringLiteral("test_results.csv"))});
    if (run.exitCode != 0)
        qWarning("import failed: %s", run.err.constData());
    return QString::fromUtf8(run.out);
}

QJsonObject TestCli::summaryJson()
{
    const CliRun run = runCli({QStringLiteral("summary"), QStringLiteral("--workspace"),
                               m_workspace, QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("summary failed: %s", run.err.constData());
    return parseJson(run.out);
}

void TestCli::importPrintsCountsTable()
{
    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                               fixture(QStringLiteral("flow_events.csv")),
                               fixture(QStringLiteral("test_results.csv"))});

    QCOMPARE(run.exitCode, 0);
    QCOMPARE(lineWords(run.out, QStringLiteral("Files")), QStringList({"Files", "2"}));
    QCOMPARE(lineWords(run.out, QStringLiteral("Table")),
             QStringList({"Table", "Read", "Inserted", "Replaced", "Unchanged", "Rejected"}));
    QCOMPARE(lineWords(run.out, QStringLiteral("contact_flow_events")),
             QStringList({"contact_flow_events", "4", "4", "0", "0", "0"}));
    QCOMPARE(lineWords(run.out, QStringLiteral("connect_test_case_execution_results")),
             QStringList({"connect_test_case_execution_results", "3", "3", "0", "0", "0"}));
    QCOMPARE(lineWords(run.out, QStringLiteral("Total")),
             QStringList({"Total", "7", "7", "0", "0", "0"}));

    // The documented test table lacks the version column the workspace keeps,
    // which gives one whole-file warning, located by file only.
    const QString testResults = fixture(QStringLiteral("test_results.csv"));
    QVERIFY2(run.err.startsWith((testResults + QStringLiteral(": ")).toUtf8()),
             run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
}

void TestCli::importJsonHasExactCounts()
{
    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                               QStringLiteral("--json"), fixture(QStringLiteral("flow_events.csv")),
                               fixture(QStringLiteral("test_results.csv"))});

    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QJsonObject result = parseJson(run.out);
    QCOMPARE(result.value("status").toString(), QStringLiteral("succeeded"));
    QVERIFY(result.value("error").isNull());
    QCOMPARE(result.value("tables").toObject().value("contact_flow_events").toObject(),
             counts(4, 4, 0, 0, 0));
    QCOMPARE(
        result.value("tables").toObject().value("connect_test_case_execution_results").toObject(),
        counts(3, 3, 0, 0, 0));
    QCOMPARE(result.value("total").toObject(), counts(7, 7, 0, 0, 0));
    QCOMPARE(result.value("warning_count").toInt(), 1);
    const QJsonObject warning = result.value("warnings").toArray().at(0).toObject();
    QCOMPARE(warning.value("file").toString(), fixture(QStringLiteral("test_results.csv")));
    QVERIFY(warning.value("line").isNull());
    QVERIFY(warning.value("column").isNull());
    QCOMPARE(warning.value("column_name").toString(),
             QStringLiteral("data_lake_last_processed_timestamp"));
    QCOMPARE(warning.value("kind").toString(), QStringLiteral("missing-column"));
    QCOMPARE(warning.value("severity").toString(), QStringLiteral("warning"));

    const QJsonArray files = result.value("files").toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).toObject().value("path").toString(),
             fixture(QStringLiteral("flow_events.csv")));
    QCOMPARE(files.at(0).toObject().value("table").toString(),
             QStringLiteral("contact_flow_events"));
    QCOMPARE(files.at(0).toObject().value("format").toString(), QStringLiteral("csv"));
    QCOMPARE(files.at(0).toObject().value("rows_read").toInt(), 4);
    QCOMPARE(files.at(1).toObject().value("table").toString(),
             QStringLiteral("connect_test_case_execution_results"));
    QCOMPARE(files.at(1).toObject().value("rows_read").toInt(), 3);
}

void TestCli::reimportIsAllUnchanged()
{
    importBoth();

    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                               QStringLiteral("--json"), fixture(QStringLiteral("flow_events.csv")),
                               fixture(QStringLiteral("test_results.csv"))});

    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = parseJson(run.out);
    QCOMPARE(result.value("tables").toObject().value("contact_flow_events").toObject(),
             counts(4, 0, 0, 4, 0));
    QCOMPARE(
        result.value("tables").toObject().value("connect_test_case_execution_results").toObject(),
        counts(3, 0, 0, 3, 0));
    QCOMPARE(result.value("total").toObject(), counts(7, 0, 0, 7, 0));
    QCOMPARE(summaryJson().value("contact_flow_events").toObject().value("rows").toInt(), 4);
    QCOMPARE(summaryJson().value("imports").toInt(), 2);
}

void TestCli::newerVersionReplacesRow()
{
    importBoth();

    const CliRun run =
        runCli({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                QStringLiteral("--json"), fixture(QStringLiteral("flow_events_newer.csv"))});

    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = parseJson(run.out);
    QCOMPARE(result.value("tables").toObject().value("contact_flow_events").toObject(),
             counts(1, 0, 1, 0, 0));
    QCOMPARE(
        result.value("tables").toObject().value("connect_test_case_execution_results").toObject(),
        counts(0, 0, 0, 0, 0));
    QCOMPARE(summaryJson().value("contact_flow_events").toObject().value("rows").toInt(), 4);
}

void TestCli::abortOnBadRowKeepsWorkspace()
{
    importBoth();
    const QJsonObject before = summaryJson();
    QCOMPARE(before.value("contact_flow_events").toObject().value("rows").toInt(), 4);

    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                               fixture(QStringLiteral("flow_events_bad_row.csv"))});

    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.contains("the workspace is unchanged"), run.err.constData());
    QVERIFY2(run.err.contains("flow_events_bad_row.csv"), run.err.constData());
    QVERIFY2(run.err.contains("Line 3"), run.err.constData());
    QCOMPARE(summaryJson(), before);
}

void TestCli::abortOnFirstImportLeavesEmptyWorkspace()
{
    const CliRun run =
        runCli({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                QStringLiteral("--json"), fixture(QStringLiteral("flow_events_bad_row.csv"))});

    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("The new workspace contains no data."), run.err.constData());
    QCOMPARE(parseJson(run.out).value("status").toString(), QStringLiteral("failed"));
    QVERIFY(!parseJson(run.out).value("error").toString().isEmpty());

    // The workspace stays, valid and empty, so that a concurrent import of
    // the same new path cannot lose its rows.
    const QJsonObject summary = summaryJson();
    QCOMPARE(summary.value("contact_flow_events").toObject().value("rows").toInt(), 0);
    QCOMPARE(summary.value("imports").toInt(), 0);
}

void TestCli::skipModeListsRejectedLine()
{
    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                               QStringLiteral("--on-error"), QStringLiteral("skip"),
                               fixture(QStringLiteral("flow_events_bad_row.csv"))});

    QCOMPARE(run.exitCode, 0);
    QCOMPARE(lineWords(run.out, QStringLiteral("contact_flow_events")),
             QStringList({"contact_flow_events", "3", "2", "0", "0", "1"}));
    const QString rejectedLine = fixture(QStringLiteral("flow_events_bad_row.csv")) + ": Line 3, column 2:";
    QVERIFY2(run.err.startsWith(rejectedLine.toUtf8()), run.err.constData());
    QCOMPARE(summaryJson().value("contact_flow_events").toObject().value("rows").toInt(), 2);
}

void TestCli::skipModeJsonLocatesRejectedRow()
{
    const CliRun run =
        runCli({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                QStringLiteral("--on-error"), QStringLiteral("skip"), QStringLiteral("--json"),
                fixture(QStringLiteral("flow_events_bad_row.csv"))});

    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QJsonObject result = parseJson(run.out);
    QCOMPARE(result.value("status").toString(), QStringLiteral("succeeded"));
    QCOMPARE(result.value("total").toObject(), counts(3, 2, 0, 0, 1));

    // The rejected row comes first among the warnings.
    const QJsonObject warning = result.value("warnings").toArray().at(0).toObject();
    QCOMPARE(warning.value("file").toString(), fixture(QStringLiteral("flow_events_bad_row.csv")));
    QCOMPARE(warning.value("line").toInt(), 3);
    QCOMPARE(warning.value("column_name").toString(), QStringLiteral("event_id"));
    QCOMPARE(warning.value("kind").toString(), QStringLiteral("missing-key-value"));
    QCOMPARE(warning.value("severity").toString(), QStringLiteral("row-rejected"));
    QVERIFY(!warning.value("message").toString().isEmpty());
}

void TestCli::summaryJsonHasExactValues()
{
    importBoth();

    const CliRun run = runCli({QStringLiteral("summary"), QStringLiteral("--json"),
                               QStringLiteral("--workspace"), m_workspace});

    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QJsonObject summary = parseJson(run.out);
    const QJsonObject events = summary.value("contact_flow_events").toObject();
    QCOMPARE(events.value("rows").toInt(), 4);
    QCOMPARE(events.value("first_start_timestamp").toString(),
             QStringLiteral("2026-11-03T14:05:09.123Z"));
    QCOMPARE(events.value("last_start_timestamp").toString(),
             QStringLiteral("2026-11-03T14:07:30.000Z"));
    const QJsonObject tests = summary.value("connect_test_case_execution_results").toObject();
    QCOMPARE(tests.value("rows").toInt(), 3);
    QCOMPARE(tests.value("first_connect_test_case_execution_start_timestamp").toString(),
             QStringLiteral("2026-11-02T09:00:00.000Z"));
    QCOMPARE(tests.value("last_connect_test_case_execution_start_timestamp").toString(),
             QStringLiteral("2026-11-03T22:30:00.250Z"));
    QCOMPARE(summary.value("instances").toArray(), QJsonArray({InstanceA, InstanceB}));
    QCOMPARE(summary.value("distinct_contacts").toInt(), 2);
    QCOMPARE(summary.value("distinct_flows").toInt(), 3);
    QCOMPARE(summary.value("distinct_test_cases").toInt(), 2);
    QCOMPARE(summary.value("imports").toInt(), 1);
    QVERIFY(summary.value("last_import_timestamp").toString().endsWith(QLatin1Char('Z')));
}

void TestCli::summaryTextIsAligned()
{
    importBoth();

    const CliRun run =
        runCli({QStringLiteral("summary"), QStringLiteral("--workspace"), m_workspace});

    QCOMPARE(run.exitCode, 0);
    QCOMPARE(lineWords(run.out, QStringLiteral("Imports")), QStringList({"Imports", "1"}));
    QCOMPARE(lineWords(run.out, QStringLiteral("contact_flow_events")),
             QStringList({"contact_flow_events", "4", "2026-11-03T14:05:09.123Z",
                          "2026-11-03T14:07:30.000Z"}));
    QCOMPARE(lineWords(run.out, QStringLiteral("Instances")), QStringList({"Instances", "2"}));
    QCOMPARE(lineWords(run.out, QStringLiteral("Distinct flows")),
             QStringList({"Distinct", "flows", "3"}));

    // Values start in one column, so each instance id sits under the count.
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'));
    const QString countLine = lines.filter(QRegularExpression("^Instances ")).value(0);
    const QString idLine = lines.filter(InstanceA).value(0);
    QCOMPARE(idLine.indexOf(InstanceA), countLine.indexOf(QLatin1Char('2')));
}

void TestCli::summaryOfEmptyTablesHasNoSpan()
{
    const CliRun import =
        runCli({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                fixture(QStringLiteral("flow_events_header_only.csv"))});
    QCOMPARE(import.exitCode, 0);

    const QJsonObject summary = summaryJson();
    const QJsonObject events = summary.value("contact_flow_events").toObject();
    QCOMPARE(events.value("rows").toInt(), 0);
    QVERIFY(events.value("first_start_timestamp").isNull());
    QVERIFY(events.value("last_start_timestamp").isNull());
    QCOMPARE(summary.value("instances").toArray(), QJsonArray());
    QCOMPARE(summary.value("distinct_contacts").toInt(), 0);
}

void TestCli::olderWorkspaceIsUpgradedOnWrite()
{
    importBoth();
    const QString downgraded = Test::turnIntoVersion2(m_workspace);
    QVERIFY2(downgraded.isEmpty(), qPrintable(downgraded));

    // Reading commands work on it as it is.
    const CliRun summary = runCli({QStringLiteral("summary"), QStringLiteral("--workspace"), m_workspace,
                                   QStringLiteral("--json")});
    QCOMPARE(summary.exitCode, 0);
    QCOMPARE(summary.err, QByteArray());
    QCOMPARE(parseJson(summary.out).value(QStringLiteral("contact_flow_events")).toObject().value(QStringLiteral("rows")).toInt(), 4);

    // Writing commands upgrade it first, once.
    const QStringList import = {QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                                fixture(QStringLiteral("flow_events.csv"))};
    const CliRun upgrade = runCli(import);
    QCOMPARE(upgrade.exitCode, 0);
    const QByteArray announcement = "Upgrading " + m_workspace.toUtf8() + " from workspace version 2 to 3.";
    QVERIFY2(upgrade.err.contains(announcement), upgrade.err.constData());
    const CliRun again = runCli(import);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(!again.err.contains("Upgrading"), again.err.constData());
}

void TestCli::summaryOfMissingPathCreatesNothing()
{
    const CliRun run =
        runCli({QStringLiteral("summary"), QStringLiteral("--workspace"), m_workspace});

    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.contains(m_workspace.toUtf8()), run.err.constData());
    QVERIFY(!QFileInfo::exists(m_workspace));
}

void TestCli::notAWorkspaceIsRejected_data()
{
    QTest::addColumn<QString>("command");

    QTest::newRow("import into a text file") << QStringLiteral("import");
    QTest::newRow("summary of a text file") << QStringLiteral("summary");
}

void TestCli::notAWorkspaceIsRejected()
{
    QFETCH(QString, command);
    const QByteArray content = "instance_id,event_id\nnot,a workspace\n";
    const QString path =
        Test::writeFile(m_directory.path(), QStringLiteral("notes.flowscope"), content);

    QStringList arguments = {command, QStringLiteral("--workspace"), path};
    if (command == QLatin1String("import"))
        arguments.append(fixture(QStringLiteral("flow_events.csv")));
    const CliRun run = runCli(arguments);

    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.contains("not a Flowscope workspace"), run.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestCli::badUsageExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorText");

    const QString events = fixture(QStringLiteral("flow_events.csv"));
    QTest::newRow("no arguments") << QStringList() << QStringLiteral("Usage: flowscope-cli");
    QTest::newRow("unknown command") << QStringList({"report", "--workspace", "w.flowscope"})
                                     << QStringLiteral("Unknown command 'report'");
    QTest::newRow("option before command") << QStringList({"--workspace", "w.flowscope", "summary"})
                                           << QStringLiteral("Missing command");
    QTest::newRow("unknown option")
        << QStringList({"summary", "--workspace", "w.flowscope", "--colour"})
        << QStringLiteral("colour");
    QTest::newRow("missing workspace")
        << QStringList({"import", events}) << QStringLiteral("Missing --workspace");
    QTest::newRow("workspace without value")
        << QStringList({"summary", "--workspace"}) << QStringLiteral("workspace");
    QTest::newRow("invalid table")
        << QStringList({"import", "--workspace", "w.flowscope", "--table", "events", events})
        << QStringLiteral("Invalid value 'events' for --table");
    QTest::newRow("invalid on-error mode")
        << QStringList({"import", "--workspace", "w.flowscope", "--on-error", "ignore", events})
        << QStringLiteral("Invalid value 'ignore' for --on-error");
    QTest::newRow("invalid format")
        << QStringList({"import", "--workspace", "w.flowscope", "--format", "parquet", events})
        << QStringLiteral("Invalid value 'parquet' for --format");
    QTest::newRow("invalid epoch unit")
        << QStringList({"import", "--workspace", "w.flowscope", "--epoch-unit", "min", events})
        << QStringLiteral("Invalid value 'min' for --epoch-unit");
    QTest::newRow("unknown zone") << QStringList({"import", "--workspace", "w.flowscope", "--zone",
                                                  "Mars/Olympus", events})
                                  << QStringLiteral("Unknown time zone 'Mars/Olympus'");
    QTest::newRow("two-character delimiter")
        << QStringList({"import", "--workspace", "w.flowscope", "--delimiter", ";;", events})
        << QStringLiteral("--delimiter");
    QTest::newRow("column mapping without equals sign")
        << QStringList(
               {"import", "--workspace", "w.flowscope", "--map-column", "ContactId", events})
        << QStringLiteral("--map-column");
    QTest::newRow("import without input")
        << QStringList({"import", "--workspace", "w.flowscope"}) << QStringLiteral("Missing INPUT");
    QTest::newRow("summary with input")
        << QStringList({"summary", "--workspace", "w.flowscope", events})
        << QStringLiteral("Unexpected argument");
}

void TestCli::badUsageExitsWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorText);
    // The placeholder w.flowscope is this test's workspace, which must not appear.
    arguments.replaceInStrings(QRegularExpression("^w\\.flowscope$"), m_workspace);

    const CliRun run = runCli(arguments);

    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(QString::fromUtf8(run.err).contains(errorText), run.err.constData());
    QVERIFY(!QFileInfo::exists(m_workspace));
}

void TestCli::missingInputCreatesNoWorkspace()
{
    const QString missing = m_directory.filePath(QStringLiteral("exports/missing.csv"));

    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                               fixture(QStringLiteral("flow_events.csv")), missing});

    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.contains(QStringLiteral("Input %1 not found").arg(missing).toUtf8()),
             run.err.constData());
    QVERIFY(!QFileInfo::exists(m_workspace));
}

void TestCli::helpListsOptions()
{
    const CliRun general = runCli({QStringLiteral("--help")});
    QCOMPARE(general.exitCode, 0);
    QCOMPARE(lineWords(general.out, QStringLiteral("import ")).value(0), QStringLiteral("import"));
    QCOMPARE(lineWords(general.out, QStringLiteral("summary ")).value(0),
             QStringLiteral("summary"));

    const CliRun import = runCli({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(import.exitCode, 0);
    QCOMPARE(import.err, QByteArray());
    for (const char *option :
         {"--workspace <FILE>", "--json", "--table <TABLE>", "--on-error <MODE>",
          "--format <FORMAT>", "--encoding <ENCODING>", "--delimiter <CHAR>", "--zone <ZONE>",
          "--epoch-unit <UNIT>", "--date-format <PATTERN>", "--map-column <FROM=TO>"})
        QVERIFY2(import.out.contains(option), option);
}

// Writes an edited copy of flow_events.csv into the temporary directory.
QString TestCli::writeVariant(const QString &name,
                              const std::function<QByteArray(QByteArray)> &edit)
{
    QFile original(fixture(QStringLiteral("flow_events.csv")));
    if (!original.open(QIODevice::ReadOnly))
        qFatal("cannot read flow_events.csv");
    return Test::writeFile(m_directory.path(), name, edit(original.readAll()));
}

void TestCli::textWarningsAreCapped()
{
    // 60 rows without an event_id, each a rejected row with one warning.
    QFile badRows(fixture(QStringLiteral("flow_events_bad_row.csv")));
    QVERIFY(badRows.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = badRows.readAll().split('\n');
    QByteArray content = lines.at(0) + '\n';
    for (int i = 0; i < 60; ++i)
        content += lines.at(2) + '\n';
    const QString path = Test::writeFile(m_directory.path(), QStringLiteral("sixty.csv"), content);

    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                               QStringLiteral("--on-error"), QStringLiteral("skip"), path});

    QCOMPARE(run.exitCode, 0);
    QCOMPARE(lineWords(run.out, QStringLiteral("Total")),
             QStringList({"Total", "60", "0", "0", "0", "60"}));
    const QStringList errLines =
        QString::fromUtf8(run.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(errLines.size(), 51);
    QVERIFY2(errLines.at(49).startsWith(path + QStringLiteral(": Line 51, column 2:")),
             qPrintable(errLines.at(49)));
    QVERIFY2(errLines.at(50).startsWith(QStringLiteral("... and 10 more warnings")),
             qPrintable(errLines.at(50)));
}

void TestCli::importOptionsReachImporter_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstStart");

    QTest::newRow("semicolons detected without --delimiter")
        << QStringList() << QStringLiteral("semicolons") << 0 << 4
        << QStringLiteral("2026-11-03T14:05:09.123Z");
    QTest::newRow("--delimiter comma overrides detected semicolons")
        << QStringList({"--delimiter", ","}) << QStringLiteral("semicolons") << 1 << 0 << QString();
    QTest::newRow("--table forces the test table onto flow events")
        << QStringList({"--table", "connect_test_case_execution_results"}) << QString() << 1 << 0
        << QString();
    QTest::newRow("--zone moves zone-less times to UTC")
        << QStringList({"--zone", "Europe/Berlin"}) << QString() << 0 << 4
        << QStringLiteral("2026-11-03T13:05:09.123Z");
    QTest::newRow("--date-format reads day-first dates")
        << QStringList({"--date-format", "dd/MM/yyyy HH:mm"}) << QStringLiteral("day-first") << 0
        << 4 << QStringLiteral("2026-11-03T14:05:00.000Z");
    QTest::newRow("day-first dates without --date-format abort")
        << QStringList() << QStringLiteral("day-first") << 1 << 0 << QString();
}

void TestCli::importOptionsReachImporter()
{
    QFETCH(QStringList, options);
    QFETCH(QString, variant);
    QFETCH(int, exitCode);
    QFETCH(int, rows);
    QFETCH(QString, firstStart);

    QString input = fixture(QStringLiteral("flow_events.csv"));
    if (variant == QLatin1String("semicolons")) {
        // No value contains a comma, so every comma is a delimiter.
        input = writeVariant(QStringLiteral("semicolons.csv"),
                             [](QByteArray bytes) { return bytes.replace(',', ';'); });
    } else if (variant == QLatin1String("day-first")) {
        // 2026-11-03 14:05:09.123 becomes 03/11/2026 14:05, which is ambiguous
        // on its own: it could be the 11th of March.
        input = writeVariant(QStringLiteral("day-first.csv"), [](const QByteArray &bytes) {
            QString text = QString::fromUtf8(bytes);
            text.replace(
                QRegularExpression(R"((\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2}):\d{2}\.\d{3})"),
                QStringLiteral("\\3/\\2/\\1 \\4"));
            return text.toUtf8();
        });
    }

    const CliRun run =
        runCli(QStringList({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace}) +
               options + QStringList({input}));

    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    if (exitCode != 0) {
        QCOMPARE(summaryJson().value("contact_flow_events").toObject().value("rows").toInt(), 0);
        return;
    }
    const QJsonObject events = summaryJson().value("contact_flow_events").toObject();
    QCOMPARE(events.value("rows").toInt(), rows);
    QCOMPARE(events.value("first_start_timestamp").toString(), firstStart);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
