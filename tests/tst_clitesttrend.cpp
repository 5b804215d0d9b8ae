// Runs `flowscope-cli test-trend` on a hand-made export of test executions:
// exact bucket rows, per-test-case rows, filters and usage errors.

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

const char Header[] =
    "\"instance_id\",\"instance_arn\",\"aws_account_id\",\"connect_test_case_resource_arn\","
    "\"connect_test_case_resource_name\",\"connect_test_case_execution_start_timestamp\","
    "\"connect_test_case_execution_end_timestamp\",\"connect_test_case_status\","
    "\"connect_test_case_result\",\"connect_test_case_execution_id\","
    "\"connect_test_case_failure_reasons\",\"connect_test_case_type\","
    "\"connect_test_case_execution_method\",\"connect_test_case_execution_channel\","
    "\"connect_test_case_execution_channel_subtype\","
    "\"connect_test_case_associated_initial_contact_id\","
    "\"connect_test_case_associated_contact_ids\",\"connect_test_case_initiating_flow_id\","
    "\"record_creation_timestamp\",\"data_lake_last_processed_timestamp\"\n";

const QString LoginArn = QStringLiteral("arn:aws:connect:eu-west-2:012345678901:instance/i-1/"
                                        "test-case/login");
const QString BillingArn = QStringLiteral("arn:aws:connect:eu-west-2:012345678901:instance/i-1/"
                                          "test-case/billing");

// One CSV row; an empty `end` or `result` is written as NULL.
QByteArray row(const QString &arn, const QString &name, const QString &start, const QString &end,
               const QString &result, const QString &executionId, const QString &processed)
{
    auto quoted = [](const QString &value) {
        return value.isEmpty() ? QByteArray() : '"' + value.toUtf8() + '"';
    };
    const QList<QByteArray> fields = {quoted(QStringLiteral("i-1")),
                                      quoted(QStringLiteral("arn:aws:connect:instance/i-1")),
                                      quoted(QStringLiteral("012345678901")),
                                      quoted(arn),
                                      quoted(name),
                                      quoted(start),
                                      quoted(end),
                                      quoted(QStringLiteral("Completed")),
                                      quoted(result),
                                      quoted(executionId),
                                      quoted(QStringLiteral("[]")),
                                      quoted(QStringLiteral("FlowTest")),
                                      quoted(QStringLiteral("API")),
                                      quoted(QStringLiteral("Voice")),
                                      QByteArray(),
                                      QByteArray(),
                                      QByteArray(),
                                      quoted(QStringLiteral("flow-1")),
                                      quoted(start),
                                      quoted(processed)};
    return fields.join(',') + '\n';
}

// Login: F P on 03-02, F on 03-04, P on 03-05, F on 03-06 (four switches).
// Billing: Skipped on 03-02, Aborted without end on 03-05, Passed on 03-06,
// whose execution the data lake also delivered earlier as Failed.
QByteArray trendExport()
{
    const QString login = QStringLiteral("Login works");
    const QString billing = QStringLiteral("Billing menu");
    const QString processed = QStringLiteral("2026-03-07 00:00:00.000");
    QByteArray csv = Header;
    csv += row(LoginArn, login, "2026-03-02 09:00:00.000", "2026-03-02 09:00:30.000", "Failed",
               "login-1", processed);
    csv += row(LoginArn, login, "2026-03-02 09:05:00.000", "2026-03-02 09:06:00.000", "Passed",
               "login-2", processed);
    csv += row(LoginArn, login, "2026-03-04 09:00:00.000", "2026-03-04 09:00:30.000", "Failed",
               "login-3", processed);
    csv += row(LoginArn, login, "2026-03-05 09:00:00.000", "2026-03-05 09:00:30.000", "Passed",
               "login-4", processed);
    csv += row(LoginArn, login, "2026-03-06 09:00:00.000", "2026-03-06 09:00:30.000", "Failed",
               "login-5", processed);
    csv += row(BillingArn, billing, "2026-03-02 10:00:00.000", "2026-03-02 10:00:03.000", "Skipped",
               "billing-1", processed);
    csv += row(BillingArn, billing, "2026-03-05 10:00:00.000", QString(), "Aborted", "billing-2",
               processed);
    csv += row(BillingArn, billing, "2026-03-06 09:59:59.000", "2026-03-06 10:00:10.000", "Failed",
               "billing-3", "2026-03-06 11:00:00.000");
    csv += row(BillingArn, billing, "2026-03-06 10:00:00.000", "2026-03-06 10:00:45.000", "Passed",
               "billing-3", processed);
    return csv;
}

QJsonObject counts(qint64 executions, qint64 passed, qint64 failed, qint64 skipped, qint64 aborted,
                   qint64 noResult, const QJsonValue &passRate)
{
    return {{QStringLiteral("executions"), executions}, {QStringLiteral("passed"), passed},
            {QStringLiteral("failed"), failed},         {QStringLiteral("skipped"), skipped},
            {QStringLiteral("aborted"), aborted},       {QStringLiteral("no_result"), noResult},
            {QStringLiteral("other_result"), 0},        {QStringLiteral("pass_rate"), passRate}};
}

QJsonObject bucket(const QString &start, const QString &end, const QJsonObject &resultCounts,
                   const QJsonValue &averageSeconds)
{
    QJsonObject object = resultCounts;
    object.insert(QStringLiteral("bucket_start"), start);
    object.insert(QStringLiteral("bucket_end"), end);
    object.insert(QStringLiteral("average_duration_seconds"), averageSeconds);
    return object;
}

// The words of the first output line that starts with `label`.
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

class TestCliTestTrend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void dayBucketsHaveExactRows();
    void testCaseRowsHaveMarks();
    void weekBucketSumsTheWeek();
    void timeZoneMovesBucketStart();
    void testCaseFilterKeepsEveryBucket();
    void flakyRuleIsSettable();
    void textShowsBucketsAndFormula();
    void badUsageExitsWithTwo_data();
    void badUsageExitsWithTwo();

private:
    CliRun trend(const QStringList &options);

    QTemporaryDir m_directory;
    QString m_workspace;
};

void TestCliTestTrend::initTestCase()
{
    QVERIFY(m_directory.isValid());
    const QString csv =
        Test::writeFile(m_directory.path(), QStringLiteral("test_trend.csv"), trendExport());
    m_workspace = m_directory.filePath(QStringLiteral("trend.flowscope"));
    const CliRun import = runCli({QStringLiteral("import"), QStringLiteral("--workspace"),
                                  m_workspace, QStringLiteral("--table"),
                                  QStringLiteral("connect_test_case_execution_results"), csv});
    QVERIFY2(import.exitCode == 0, import.err.constData());
}

CliRun TestCliTestTrend::trend(const QStringList &options)
{
    return runCli(QStringList{QStringLiteral("test-trend"), QStringLiteral("--workspace"),
                              m_workspace, QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                              QStringLiteral("--to"), QStringLiteral("2026-03-07")} +
                  options);
}

void TestCliTestTrend::dayBucketsHaveExactRows()
{
    const CliRun run = trend({QStringLiteral("--json")});

    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QJsonObject result = parseJson(run.out);
    QCOMPARE(result.value("bucket").toString(), QStringLiteral("day"));
    QCOMPARE(result.value("time_zone").toString(), QStringLiteral("UTC"));
    QCOMPARE(result.value("pass_rate_formula").toString(),
             QStringLiteral("Pass rate = Passed / (Passed + Failed); skipped, aborted and "
                            "result-less runs are left out"));

    const QJsonArray buckets = result.value("buckets").toArray();
    QCOMPARE(buckets.size(), 5);
    QCOMPARE(buckets.at(0).toObject(),
             bucket("2026-03-02T00:00:00.000Z", "2026-03-03T00:00:00.000Z",
                    counts(3, 1, 1, 1, 0, 0, 0.5), 31.0));
    QCOMPARE(buckets.at(1).toObject(),
             bucket("2026-03-03T00:00:00.000Z", "2026-03-04T00:00:00.000Z",
                    counts(0, 0, 0, 0, 0, 0, QJsonValue::Null), QJsonValue::Null));
    QCOMPARE(buckets.at(2).toObject(),
             bucket("2026-03-04T00:00:00.000Z", "2026-03-05T00:00:00.000Z",
                    counts(1, 0, 1, 0, 0, 0, 0.0), 30.0));
    // The aborted run has no end, so only the login run gives a duration.
    QCOMPARE(buckets.at(3).toObject(),
             bucket("2026-03-05T00:00:00.000Z", "2026-03-06T00:00:00.000Z",
                    counts(2, 1, 0, 0, 1, 0, 1.0), 30.0));
    // The billing execution delivered twice counts once, as its newer copy.
    QCOMPARE(buckets.at(4).toObject(),
             bucket("2026-03-06T00:00:00.000Z", "2026-03-07T00:00:00.000Z",
                    counts(2, 1, 1, 0, 0, 0, 0.5), 37.5));
}

void TestCliTestTrend::testCaseRowsHaveMarks()
{
    const CliRun run = trend({QStringLiteral("--json")});

    QCOMPARE(run.exitCode, 0);
    const QJsonArray testCases = parseJson(run.out).value("test_cases").toArray();
    QCOMPARE(testCases.size(), 2);

    QJsonObject billing = counts(3, 1, 0, 1, 1, 0, 1.0);
    billing.insert(QStringLiteral("connect_test_case_resource_arn"), BillingArn);
    billing.insert(QStringLiteral("connect_test_case_resource_name"), "Billing menu");
    billing.insert(QStringLiteral("last_result"), "Passed");
    billing.insert(QStringLiteral("flaky"), false);
    billing.insert(QStringLiteral("new_failure"), false);
    billing.insert(QStringLiteral("fixed"), false);
    QCOMPARE(testCases.at(0).toObject(), billing);

    QJsonObject login = counts(5, 2, 3, 0, 0, 0, 0.4);
    login.insert(QStringLiteral("connect_test_case_resource_arn"), LoginArn);
    login.insert(QStringLiteral("connect_test_case_resource_name"), "Login works");
    login.insert(QStringLiteral("last_result"), "Failed");
    login.insert(QStringLiteral("flaky"), true);
    login.insert(QStringLiteral("new_failure"), true);
    login.insert(QStringLiteral("fixed"), false);
    QCOMPARE(testCases.at(1).toObject(), login);
}

void TestCliTestTrend::weekBucketSumsTheWeek()
{
    const CliRun run =
        trend({QStringLiteral("--json"), QStringLiteral("--bucket"), QStringLiteral("week")});

    QCOMPARE(run.exitCode, 0);
    const QJsonArray buckets = parseJson(run.out).value("buckets").toArray();
    QCOMPARE(buckets.size(), 1);
    QCOMPARE(buckets.at(0).toObject(),
             bucket("2026-03-02T00:00:00.000Z", "2026-03-09T00:00:00.000Z",
                    counts(8, 3, 3, 1, 1, 0, 0.5), (31.0 * 3 + 30 + 30 + 30 + 45) / 7));
}

void TestCliTestTrend::timeZoneMovesBucketStart()
{
    const CliRun run = trend(
        {QStringLiteral("--json"), QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin")});

    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = parseJson(run.out);
    QCOMPARE(result.value("time_zone").toString(), QStringLiteral("Europe/Berlin"));
    const QJsonArray buckets = result.value("buckets").toArray();
    // Midnight in Berlin is 23:00 UTC in March, before the change to summer time.
    QCOMPARE(buckets.size(), 6);
    QCOMPARE(buckets.at(0).toObject().value("bucket_start").toString(),
             QStringLiteral("2026-03-01T23:00:00.000Z"));
    QCOMPARE(buckets.at(0).toObject().value("executions").toInt(), 3);
    QCOMPARE(buckets.at(5).toObject().value("bucket_start").toString(),
             QStringLiteral("2026-03-06T23:00:00.000Z"));
    QCOMPARE(buckets.at(5).toObject().value("executions").toInt(), 0);
}

void TestCliTestTrend::testCaseFilterKeepsEveryBucket()
{
    const CliRun run =
        trend({QStringLiteral("--json"), QStringLiteral("--test-case"), QStringLiteral("Billing")});

    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = parseJson(run.out);
    const QJsonArray buckets = result.value("buckets").toArray();
    QCOMPARE(buckets.size(), 5);
    QCOMPARE(buckets.at(0).toObject().value("executions").toInt(), 1);
    QCOMPARE(buckets.at(2).toObject().value("executions").toInt(), 0);
    QCOMPARE(buckets.at(4).toObject().value("passed").toInt(), 1);
    QCOMPARE(buckets.at(4).toObject().value("failed").toInt(), 0);
    QCOMPARE(result.value("test_cases").toArray().size(), 1);
}

void TestCliTestTrend::flakyRuleIsSettable()
{
    const CliRun run =
        trend({QStringLiteral("--json"), QStringLiteral("--flaky-switches"), QStringLiteral("5")});

    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = parseJson(run.out);
    QCOMPARE(result.value("flaky_min_switches").toInt(), 5);
    QCOMPARE(result.value("flaky_window_runs").toInt(), 10);
    QCOMPARE(result.value("test_cases").toArray().at(1).toObject().value("flaky").toBool(), false);
}

void TestCliTestTrend::textShowsBucketsAndFormula()
{
    const CliRun run = trend({});

    QCOMPARE(run.exitCode, 0);
    QCOMPARE(lineWords(run.out, QStringLiteral("Bucket")),
             QStringList({"Bucket", "(UTC)", "Executions", "Passed", "Failed", "Skipped", "Aborted",
                          "No", "result", "Pass", "%", "Average", "s"}));
    QCOMPARE(lineWords(run.out, QStringLiteral("2026-03-02")),
             QStringList({"2026-03-02", "3", "1", "1", "1", "0", "0", "50.0", "31.0"}));
    QCOMPARE(lineWords(run.out, QStringLiteral("2026-03-03")),
             QStringList({"2026-03-03", "0", "0", "0", "0", "0", "0", "-", "-"}));
    QCOMPARE(lineWords(run.out, QStringLiteral("Login works")),
             QStringList({"Login", "works", "5", "2", "3", "0", "0", "0", "40.0", "Failed",
                          "flaky,", "new", "failure"}));
    QVERIFY2(run.out.contains("Pass rate = Passed / (Passed + Failed)"), run.out.constData());
}

void TestCliTestTrend::badUsageExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown bucket size")
        << QStringList{"--bucket", "year"}
        << "Invalid --bucket value 'year': use day, week or month.";
    QTest::newRow("unknown time zone")
        << QStringList{"--time-zone", "Mars/Olympus"}
        << "Unknown --time-zone 'Mars/Olympus': use an IANA name such as Europe/Berlin, or UTC.";
    QTest::newRow("window of one run")
        << QStringList{"--flaky-runs", "1"}
        << "Invalid --flaky-runs value '1': use a whole number of at least 2.";
    QTest::newRow("switch count that is not a number")
        << QStringList{"--flaky-switches", "three"}
        << "Invalid --flaky-switches value 'three': use a whole number of at least 1.";
    QTest::newRow("positional argument") << QStringList{"extra"}
                                         << "Unexpected argument 'extra': test-trend takes no "
                                            "inputs.";
}

void TestCliTestTrend::badUsageExitsWithTwo()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);

    const CliRun run = trend(options);

    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliTestTrend)
#include "tst_clitesttrend.moc"
