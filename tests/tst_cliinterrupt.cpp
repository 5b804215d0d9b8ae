// Ctrl-C (SIGINT) or SIGTERM during a long flowscope-cli import or export: the
// command stops, prints why, and leaves the workspace or the output file as it
// was, with no temporary file behind.

#include "reliabilitysupport.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <functional>

using namespace Flowscope;

namespace {

constexpr qint64 InitialRows = 1000;
constexpr qint64 LargeRows = 200000;

QString cliPath()
{
    return Test::binPath(QStringLiteral("flowscope-cli"));
}

int runToEnd(const QStringList &arguments)
{
    QProcess process;
    process.start(cliPath(), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.exitCode();
}

// Waits until `started` returns true or the process ends. Returns whether the
// process still runs.
bool waitUntil(QProcess &process, const std::function<bool()> &started)
{
    QElapsedTimer timer;
    timer.start();
    while (!started() && timer.elapsed() < 60000) {
        if (process.waitForFinished(2))
            return false;
    }
    return process.state() == QProcess::Running;
}

// Returns the last line of the standard error, because Qt may first warn about
// the environment (such as a missing XDG_RUNTIME_DIR).
QString lastErrorLine(QProcess &process)
{
    return QString::fromUtf8(process.readAllStandardError())
        .trimmed()
        .split(QLatin1Char('\n'))
        .constLast();
}

QStringList partFiles(const QString &directory)
{
    return QDir(directory).entryList({QStringLiteral(".*.part")},
                                     QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestCliInterrupt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void interruptedImportRollsBack_data();
    void interruptedImportRollsBack();
    void interruptedExportWritesNothing();

private:
    QTemporaryDir m_directory;
    QString m_largeInput;
    QString m_pristine;
    QString m_large;
};

void TestCliInterrupt::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QVERIFY2(QFile::exists(cliPath()), "build the flowscope-cli target first");

    const QString initial = Test::writeFile(m_directory.path(), QStringLiteral("initial.csv"),
                                            Test::flowEventsCsv(0, InitialRows));
    m_largeInput = Test::writeFile(
        m_directory.path(), QStringLiteral("large.csv"),
        Test::flowEventsCsv(0, LargeRows, QStringLiteral("2026-11-04 15:00:00.000")));

    m_pristine = m_directory.filePath(QStringLiteral("pristine.flowscope"));
    QCOMPARE(
        runToEnd({QStringLiteral("import"), QStringLiteral("--workspace"), m_pristine, initial}),
        0);
    m_large = m_directory.filePath(QStringLiteral("large.flowscope"));
    QCOMPARE(
        runToEnd({QStringLiteral("import"), QStringLiteral("--workspace"), m_large, m_largeInput}),
        0);
}

void TestCliInterrupt::interruptedImportRollsBack_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("Ctrl-C") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TestCliInterrupt::interruptedImportRollsBack()
{
    QFETCH(int, signalNumber);
    const QString workspace = m_directory.filePath(QStringLiteral("work.flowscope"));
    QFile::remove(workspace);
    QVERIFY(QFile::copy(m_pristine, workspace));
    const Test::WorkspaceState before = Test::readWorkspaceState(workspace);
    QCOMPARE(before.flowEventRows, InitialRows);

    // The rollback journal appears once the import writes to the workspace,
    // which is after the command began watching for the signal.
    QProcess process;
    process.start(cliPath(), {QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                              m_largeInput});
    QVERIFY(process.waitForStarted());
    const QString journal = workspace + QStringLiteral("-journal");
    if (!waitUntil(process, [&journal] { return QFile::exists(journal); }))
        QSKIP("The import ended before it could be interrupted.");
    ::kill(pid_t(process.processId()), signalNumber);

    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(
        lastErrorLine(process),
        QStringLiteral("flowscope-cli: The import was cancelled. The workspace is unchanged."));

    const Test::WorkspaceState after = Test::readWorkspaceState(workspace);
    QCOMPARE(after.integrityCheck, QStringLiteral("ok"));
    QCOMPARE(after.flowEventRows, InitialRows);
    QCOMPARE(after.importLogRows, before.importLogRows);
    QCOMPARE(after.checksum, before.checksum);
    QVERIFY(!QFile::exists(journal));
}

void TestCliInterrupt::interruptedExportWritesNothing()
{
    const QString folder = m_directory.filePath(QStringLiteral("export"));
    QVERIFY(QDir().mkpath(folder));
    const QString output = QDir(folder).filePath(QStringLiteral("events.xlsx"));

    QProcess process;
    process.start(cliPath(), {QStringLiteral("export"), QStringLiteral("--workspace"), m_large,
                              QStringLiteral("--view"), QStringLiteral("flow-events"),
                              QStringLiteral("--format"), QStringLiteral("xlsx"),
                              QStringLiteral("--output"), output});
    QVERIFY(process.waitForStarted());
    if (!waitUntil(process, [&folder] { return !partFiles(folder).isEmpty(); }))
        QSKIP("The export ended before it could be interrupted.");
    ::kill(pid_t(process.processId()), SIGINT);

    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(lastErrorLine(process),
             QStringLiteral("flowscope-cli: The export was cancelled. Nothing was written to %1.")
                 .arg(output));
    QVERIFY(!QFile::exists(output));
    QCOMPARE(partFiles(folder), QStringList());
}

QTEST_GUILESS_MAIN(TestCliInterrupt)
#include "tst_cliinterrupt.moc"
