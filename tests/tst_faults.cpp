// Faults around an import: a full disk, a read-only workspace, input files
// that change, vanish, are cut short, are damaged, are not text, are larger
// than 2 GB, or live under paths with spaces and non-ASCII characters. Each
// ends in a clear message, and a failed import leaves the workspace as it was.

#include "importer.h"
#include "inputsource.h"
#include "reliabilitysupport.h"
#include "testsupport.h"
#include "workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace Flowscope;

namespace {

constexpr qint64 InitialRows = 100;

ImportResult importInto(const QString &workspacePath, const QStringList &inputs,
                        const ImportProgressCallback &progress = {})
{
    Workspace workspace;
    QString error;
    if (!workspace.open(workspacePath, Workspace::OpenMode::CreateIfMissing, &error)) {
        ImportResult result;
        result.error = error;
        return result;
    }
    return importFiles(workspace, inputs, {}, progress);
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(Test::binPath(QStringLiteral("flowscope-cli")), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// A tmpfs of `size` mounted on `directory` for as long as the object lives.
// Mounting needs root (or CAP_SYS_ADMIN); isMounted() is false otherwise.
class SmallFilesystem
{
public:
    SmallFilesystem(const QString &directory, const QString &size) : m_directory(directory)
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                              QStringLiteral("-o"), QStringLiteral("size=") + size,
                                              QStringLiteral("tmpfs"), directory});
        m_mounted = mount.waitForFinished() && mount.exitStatus() == QProcess::NormalExit
                    && mount.exitCode() == 0;
        m_error = QString::fromLocal8Bit(mount.readAllStandardError()).trimmed();
    }

    ~SmallFilesystem()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_directory});
    }

    bool isMounted() const { return m_mounted; }
    QString error() const { return m_error; }

    bool remountReadOnly()
    {
        return QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_directory})
               == 0;
    }

private:
    QString m_directory;
    QString m_error;
    bool m_mounted = false;
};

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void diskFullLeavesWorkspaceUnchanged();
    void readOnlyMountRejectsImport();
    void readOnlyWorkspaceRejectsImport();
    void fileDeletedWhileRead();
    void fileTruncatedWhileRead();
    void laterFileDeletedBeforeItsTurn();
    void damagedGzip_data();
    void damagedGzip();
    void notText_data();
    void notText();
    void fileLargerThan2GBRejectedQuickly();
    void pathWithSpacesAndNonAscii();

private:
    // A workspace with InitialRows flow events in `directory`.
    QString createWorkspace(const QString &directory);

    std::unique_ptr<QTemporaryDir> m_directory;
};

void TestFaults::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
}

QString TestFaults::createWorkspace(const QString &directory)
{
    const QString input = Test::writeFile(m_directory->path(), QStringLiteral("initial.csv"),
                                          Test::flowEventsCsv(0, InitialRows));
    const QString path = QDir(directory).filePath(QStringLiteral("work.flowscope"));
    const ImportResult result = importInto(path, {input});
    if (result.status != ImportResult::Status::Succeeded)
        qWarning("initial import failed: %s", qPrintable(result.error));
    return path;
}

void TestFaults::diskFullLeavesWorkspaceUnchanged()
{
    // The workspace lives on a 3 MB filesystem; the import needs about 10 MB.
    const QString mountPoint = m_directory->filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mountPoint));
    SmallFilesystem filesystem(mountPoint, QStringLiteral("3m"));
    if (!filesystem.isMounted())
        QSKIP(qPrintable(QStringLiteral("mounting a small tmpfs needs root: ") + filesystem.error()));

    const QString workspace = createWorkspace(mountPoint);
    const Test::WorkspaceState before = Test::readWorkspaceState(workspace);
    QCOMPARE(before.flowEventRows, InitialRows);

    const QString input = Test::writeFile(m_directory->path(), QStringLiteral("large.csv"),
                                          Test::flowEventsCsv(InitialRows, 20000));
    const ImportResult result = importInto(workspace, {input});
    QCOMPARE(result.status, ImportResult::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("full"), Qt::CaseInsensitive),
             qPrintable(result.error));

    const Test::WorkspaceState after = Test::readWorkspaceState(workspace);
    QCOMPARE(after.integrityCheck, QStringLiteral("ok"));
    QCOMPARE(after.checksum, before.checksum);
}

void TestFaults::readOnlyMountRejectsImport()
{
    const QString mountPoint = m_directory->filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(mountPoint));
    SmallFilesystem filesystem(mountPoint, QStringLiteral("8m"));
    if (!filesystem.isMounted())
        QSKIP(qPrintable(QStringLiteral("mounting a tmpfs needs root: ") + filesystem.error()));

    const QString workspace = createWorkspace(mountPoint);
    const Test::WorkspaceState before = Test::readWorkspaceState(workspace);
    QVERIFY(filesystem.remountReadOnly());
    QFile file(workspace);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytesBefore = file.readAll();
    file.close();

    const QString input = Test::writeFile(m_directory->path(), QStringLiteral("more.csv"),
                                          Test::flowEventsCsv(InitialRows, 50));
    const CliRun run =
        runCli({QStringLiteral("import"), QStringLiteral("--workspace"), workspace, input});
    // A workspace that cannot be opened for writing is unusable input: exit code 2.
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("read-only")), qPrintable(run.err));
    QVERIFY2(run.err.contains(workspace), qPrintable(run.err));

    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytesBefore);
}

void TestFaults::readOnlyWorkspaceRejectsImport()
{
    const QString path = createWorkspace(m_directory->path());
    const Test::WorkspaceState before = Test::readWorkspaceState(path);
    const QString input = Test::writeFile(m_directory->path(), QStringLiteral("more.csv"),
                                          Test::flowEventsCsv(InitialRows, 50));

    Workspace workspace;
    QVERIFY(workspace.open(path, Workspace::OpenMode::ReadOnly));
    const ImportResult result = importFiles(workspace, {input});
    workspace.close();

    QCOMPARE(result.status, ImportResult::Status::Failed);
    QCOMPARE(result.error,
             QStringLiteral("Workspace %1 is open read-only, so nothing can be imported into it.")
                 .arg(path));
    QCOMPARE(Test::readWorkspaceState(path).checksum, before.checksum);
}

void TestFaults::fileDeletedWhileRead()
{
    // On POSIX systems an open file stays readable after its name is removed,
    // so the import reads it to the end.
    const QString workspace = createWorkspace(m_directory->path());
    const QString input = Test::writeFile(m_directory->path(), QStringLiteral("vanishing.csv"),
                                          Test::flowEventsCsv(InitialRows, 20000));

    bool removed = false;
    const ImportResult result = importInto(workspace, {input}, [&](const ImportProgress &) {
        if (!removed)
            removed = QFile::remove(input);
        return true;
    });
    QVERIFY(removed);
    QCOMPARE(result.status, ImportResult::Status::Succeeded);
    QCOMPARE(result.total.inserted, 20000);
    QCOMPARE(Test::readWorkspaceState(workspace).flowEventRows, InitialRows + 20000);
}

void TestFaults::fileTruncatedWhileRead()
{
    const QString workspace = createWorkspace(m_directory->path());
    const Test::WorkspaceState before = Test::readWorkspaceState(workspace);
    const QByteArray csv = Test::flowEventsCsv(InitialRows, 20000);
    const QString input = Test::writeFile(m_directory->path(), QStringLiteral("shrinking.csv"), csv);

    // Cut in the middle of a record, well past what the reader has buffered
    // at the first progress report.
    const qint64 cut = csv.indexOf('\n', csv.size() * 3 / 4) - 40;
    bool truncated = false;
    const ImportResult result = importInto(workspace, {input}, [&](const ImportProgress &) {
        if (!truncated)
            truncated = QFile::resize(input, cut);
        return true;
    });
    QVERIFY(truncated);
    QCOMPARE(result.status, ImportResult::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("shrinking.csv")), qPrintable(result.error));

    const Test::WorkspaceState after = Test::readWorkspaceState(workspace);
    QCOMPARE(after.integrityCheck, QStringLiteral("ok"));
    QCOMPARE(after.checksum, before.checksum);
}

void TestFaults::laterFileDeletedBeforeItsTurn()
{
    const QString workspace = createWorkspace(m_directory->path());
    const Test::WorkspaceState before = Test::readWorkspaceState(workspace);
    const QString first = Test::writeFile(m_directory->path(), QStringLiteral("part-1.csv"),
                                          Test::flowEventsCsv(InitialRows, 10000));
    const QString second = Test::writeFile(m_directory->path(), QStringLiteral("part-2.csv"),
                                           Test::flowEventsCsv(InitialRows + 10000, 10));

    const ImportResult result = importInto(workspace, {first, second}, [&](const ImportProgress &) {
        QFile::remove(second);
        return true;
    });
    QCOMPARE(result.status, ImportResult::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("part-2.csv")), qPrintable(result.error));
    QCOMPARE(Test::readWorkspaceState(workspace).checksum, before.checksum);
}

void TestFaults::damagedGzip_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expectedMessagePart");

    QTest::newRow("cut within the first kilobyte") << QStringLiteral("cut-early")
                                                  << QStringLiteral("damaged.csv.gz");
    QTest::newRow("cut at three quarters") << QStringLiteral("cut-late")
                                           << QStringLiteral("damaged.csv.gz");
    QTest::newRow("bytes overwritten in the middle") << QStringLiteral("corrupt")
                                                     << QStringLiteral("damaged.csv.gz");
}

void TestFaults::damagedGzip()
{
    QFETCH(QString, damage);
    QFETCH(QString, expectedMessagePart);

    const QString workspace = createWorkspace(m_directory->path());
    const Test::WorkspaceState before = Test::readWorkspaceState(workspace);

    QByteArray compressed = Test::gzip(Test::flowEventsCsv(InitialRows, 20000));
    if (damage == QLatin1String("cut-early"))
        compressed.truncate(700);
    else if (damage == QLatin1String("cut-late"))
        compressed.truncate(compressed.size() * 3 / 4);
    else
        compressed.replace(compressed.size() / 2, 64, QByteArray(64, '\x55'));
    const QString input =
        Test::writeFile(m_directory->path(), QStringLiteral("damaged.csv.gz"), compressed);

    const ImportResult result = importInto(workspace, {input});
    QCOMPARE(result.status, ImportResult::Status::Failed);
    QVERIFY2(result.error.contains(expectedMessagePart), qPrintable(result.error));
    QCOMPARE(Test::readWorkspaceState(workspace).checksum, before.checksum);
}

void TestFaults::notText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedMessagePart");

    QTest::newRow("PNG image") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                               << QStringLiteral("a PNG image, not a CSV, JSON or TEXTFILE export");
    QTest::newRow("Parquet file") << QByteArray("PAR1\x15\x04\x15\x10\x15\x14L", 11)
                                  << QStringLiteral("a Parquet file, which Flowscope cannot read: "
                                                    "Parquet is not supported");
    QTest::newRow("Excel workbook") << QByteArray("PK\x03\x04\x14\0\x06\0", 8)
                                    << QStringLiteral("a ZIP archive or an Excel workbook");
    QTest::newRow("zeros") << QByteArray(4096, '\0')
                           << QStringLiteral("NUL bytes (the first at byte 0), so it is a "
                                             "binary file");
}

void TestFaults::notText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedMessagePart);

    const QString workspace = createWorkspace(m_directory->path());
    const Test::WorkspaceState before = Test::readWorkspaceState(workspace);
    const QString input = Test::writeFile(m_directory->path(), QStringLiteral("image.bin"), bytes);

    const ImportResult result = importInto(workspace, {input});
    QCOMPARE(result.status, ImportResult::Status::Failed);
    QVERIFY2(result.error.startsWith(input + QLatin1Char(':')), qPrintable(result.error));
    QVERIFY2(result.error.contains(expectedMessagePart), qPrintable(result.error));
    QCOMPARE(Test::readWorkspaceState(workspace).checksum, before.checksum);
}

void TestFaults::fileLargerThan2GBRejectedQuickly()
{
    // A sparse file takes no disk space; detection must stop at the sample
    // rather than read 2.5 GB.
    const qint64 size = 2500LL * 1000 * 1000;
    const QString input = m_directory->filePath(QStringLiteral("huge.csv"));
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(size));
    }
    const QString workspace = createWorkspace(m_directory->path());

    QElapsedTimer timer;
    timer.start();
    const InputDetection detection = detectInput(input);
    QCOMPARE(detection.fileSize, size);
    QVERIFY(detection.error.has_value());
    QCOMPARE(detection.error->kind, ImportWarningKind::NotText);

    const ImportResult result = importInto(workspace, {input});
    QCOMPARE(result.status, ImportResult::Status::Failed);
    QVERIFY2(result.error.startsWith(input + QLatin1Char(':')), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("NUL bytes (the first at byte 0)")),
             qPrintable(result.error));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestFaults::pathWithSpacesAndNonAscii()
{
    const QString folder = m_directory->filePath(QStringLiteral("exports with spaces/données ü 数据"));
    QVERIFY(QDir().mkpath(folder));
    Test::writeFile(folder, QStringLiteral("flow events é.csv"), Test::flowEventsCsv(0, 30));
    Test::writeFile(folder, QStringLiteral("part ñ 2.csv.gz"),
                    Test::gzip(Test::flowEventsCsv(30, 20)));
    const QString workspace =
        m_directory->filePath(QStringLiteral("mon espace ö/analyse 2026 – ü.flowscope"));
    QVERIFY(QDir().mkpath(QFileInfo(workspace).absolutePath()));

    const CliRun import = runCli({QStringLiteral("import"), QStringLiteral("--workspace"),
                                  workspace, m_directory->filePath(QStringLiteral("exports with spaces"))});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    QVERIFY(QFile::exists(workspace));

    const CliRun summary = runCli(
        {QStringLiteral("summary"), QStringLiteral("--workspace"), workspace, QStringLiteral("--json")});
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
    QCOMPARE(Test::readWorkspaceState(workspace).flowEventRows, 50);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
