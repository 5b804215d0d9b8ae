#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace Flowscope::Test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(FLOWSCOPE_TEST_DATA)).filePath(relative);
}

QString binPath(const QString &name)
{
    return QDir(QStringLiteral(FLOWSCOPE_BIN_DIR)).filePath(name);
}

QString writeFile(const QString &directory, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(directory).filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write test file %s", qPrintable(path));
    file.write(bytes);
    return path;
}

QByteArray gzip(const QByteArray &bytes)
{
    // The gzip tool is a test dependency (scripts/ installs it), which keeps
    // the test side independent of the compression code under test.
    QProcess process;
    process.start(QStringLiteral("gzip"), {QStringLiteral("-c"), QStringLiteral("-n")});
    process.write(bytes);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal("gzip failed");
    return process.readAllStandardOutput();
}

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(binPath(QStringLiteral("flowscope-cli")), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        qFatal("flowscope-cli did not finish: %s", qPrintable(process.errorString()));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject parseJson(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("stdout is not one JSON object (%s): %s", qPrintable(error.errorString()),
                 out.constData());
        return {};
    }
    return document.object();
}

QString turnIntoVersion2(const QString &path)
{
    const QString connection = QStringLiteral("flowscope-test-version2");
    QString error;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        QSqlQuery query(database);
        if (!database.open())
            error = database.lastError().text();
        else if (!query.exec(QStringLiteral("DROP INDEX contact_flow_events_channel")) ||
                 !query.exec(QStringLiteral("PRAGMA user_version = 2")))
            error = query.lastError().text();
        query.finish();
        database.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace Flowscope::Test
