// Kills `flowscope-cli import` with SIGKILL at seeded random moments of a
// large import and checks after each kill that the workspace passes
// PRAGMA integrity_check and contains exactly the rows it contained before.
//
// FLOWSCOPE_CRASH_SEED and FLOWSCOPE_CRASH_KILLS override the seed and the
// number of kills, for longer runs; those also need QTEST_FUNCTION_TIMEOUT
// (milliseconds) above Qt Test's default of 300000.

#include "reliabilitysupport.h"
#include "testsupport.h"

#include <algorithm>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Flowscope;

namespace {

constexpr qint64 LargeImportRows = 100000;
constexpr qint64 InitialRows = 2000;
constexpr int DefaultKills = 20;
constexpr quint32 DefaultSeed = 20261204;

QStringList importArguments(const QString &workspace, const QString &input)
{
    return {QStringLiteral("import"), QStringLiteral("--workspace"), workspace, input};
}

int runToEnd(const QStringList &arguments, QByteArray *err = nullptr)
{
    QProcess process;
    process.start(Test::binPath(QStringLiteral("flowscope-cli")), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    if (err)
        *err = process.readAllStandardError();
    return process.exitCode();
}

// Copies the workspace file and any SQLite side files next to it.
void copyWorkspace(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal")}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix))
            QVERIFY(QFile::copy(from + suffix, to + suffix));
    }
}

int environmentInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportLeavesWorkspaceUnchanged();

private:
    QTemporaryDir m_directory;
    QString m_largeInput;
    QString m_pristine;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QVERIFY2(QFile::exists(Test::binPath(QStringLiteral("flowscope-cli"))),
             "build the flowscope-cli target first");

    // The large import replaces the initial rows (a newer version of the
    // same keys) and adds new ones, so a kill can land in an update as well
    // as an insert.
    const QString initial = Test::writeFile(
        m_directory.path(), QStringLiteral("initial.csv"),
        Test::flowEventsCsv(0, InitialRows, QStringLiteral("2026-11-03 15:00:00.000")));
    m_largeInput = Test::writeFile(
        m_directory.path(), QStringLiteral("large.csv"),
        Test::flowEventsCsv(0, LargeImportRows, QStringLiteral("2026-11-04 15:00:00.000")));

    m_pristine = m_directory.filePath(QStringLiteral("pristine.flowscope"));
    QByteArray err;
    QCOMPARE(runToEnd(importArguments(m_pristine, initial), &err), 0);
}

void TestCrashSafety::killedImportLeavesWorkspaceUnchanged()
{
    const quint32 seed = static_cast<quint32>(environmentInt("FLOWSCOPE_CRASH_SEED", DefaultSeed));
    const int kills = environmentInt("FLOWSCOPE_CRASH_KILLS", DefaultKills);
    qInfo("seed %u, %d kills", seed, kills);

    const QString workspace = m_directory.filePath(QStringLiteral("work.flowscope"));
    const Test::WorkspaceState before = Test::readWorkspaceState(m_pristine);
    QCOMPARE(before.integrityCheck, QStringLiteral("ok"));
    QCOMPARE(before.flowEventRows, InitialRows);

    // One uninterrupted import sets the span the kills are spread over, and
    // shows that the import changes the workspace when it does finish.
    copyWorkspace(m_pristine, workspace);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runToEnd(importArguments(workspace, m_largeInput)), 0);
    const qint64 importMs = timer.elapsed();
    const Test::WorkspaceState completed = Test::readWorkspaceState(workspace);
    QCOMPARE(completed.flowEventRows, LargeImportRows);
    QVERIFY(completed.checksum != before.checksum);
    qInfo("an uninterrupted import of %lld rows took %lld ms", LargeImportRows, importMs);

    // On a shared machine one import can take twice as long as the next. An
    // import that finishes before its kill shortens the span to its own
    // duration, so a slow first run cannot send most kills past the commit.
    QRandomGenerator random(seed);
    copyWorkspace(m_pristine, workspace);
    qint64 spanMs = importMs;
    int killedBeforeCommit = 0;
    for (int kill = 0; kill < kills; ++kill) {
        const qint64 delayMs = random.bounded(spanMs + 1);

        QProcess process;
        QElapsedTimer runTimer;
        runTimer.start();
        process.start(Test::binPath(QStringLiteral("flowscope-cli")),
                      importArguments(workspace, m_largeInput));
        QVERIFY(process.waitForStarted());
        const bool finished = process.waitForFinished(static_cast<int>(delayMs));
        if (finished)
            spanMs = std::min(spanMs, runTimer.elapsed());
        if (!finished) {
            process.kill(); // SIGKILL on Unix
            QVERIFY(process.waitForFinished());
        }

        const Test::WorkspaceState after = Test::readWorkspaceState(workspace);
        const QString where = QStringLiteral("kill %1 after %2 ms").arg(kill).arg(delayMs);
        QVERIFY2(after.openError.isEmpty(), qPrintable(where + QStringLiteral(": ") + after.openError));
        QVERIFY2(after.integrityCheck == QLatin1String("ok"),
                 qPrintable(where + QStringLiteral(": ") + after.integrityCheck));

        // The import is one transaction: either none of it is stored, or all
        // of it when the kill came after the commit.
        if (after.importLogRows == before.importLogRows) {
            QVERIFY2(!finished, qPrintable(where));
            QVERIFY2(after.checksum == before.checksum, qPrintable(where));
            QCOMPARE(after.flowEventRows, InitialRows);
            ++killedBeforeCommit;
            continue;
        }
        QCOMPARE(after.importLogRows, before.importLogRows + 1);
        QVERIFY2(after.checksum == completed.checksum, qPrintable(where));

        // Start over from the initial rows, so that the next kill interrupts
        // a real change again.
        copyWorkspace(m_pristine, workspace);
    }
    qInfo("%d of %d imports were killed before they committed", killedBeforeCommit, kills);
    QVERIFY(killedBeforeCommit >= kills / 2);

    // The workspace that survived the kills still takes a whole import.
    QCOMPARE(runToEnd(importArguments(workspace, m_largeInput)), 0);
    const Test::WorkspaceState finalState = Test::readWorkspaceState(workspace);
    QCOMPARE(finalState.integrityCheck, QStringLiteral("ok"));
    QCOMPARE(finalState.checksum, completed.checksum);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
