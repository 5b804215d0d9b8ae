#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Flowscope::Test {

// Absolute path of a fixture under tests/data.
QString dataPath(const QString &relative);

// Absolute path of a built executable in build/bin.
QString binPath(const QString &name);

// Writes bytes to a new file `name` in `directory` and returns its path.
QString writeFile(const QString &directory, const QString &name, const QByteArray &bytes);

// Gzip-compresses bytes (a single gzip member).
QByteArray gzip(const QByteArray &bytes);

// The outcome of one flowscope-cli run.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs build/bin/flowscope-cli with `arguments` and waits up to a minute;
// a run that does not finish normally ends the test program.
CliRun runCli(const QStringList &arguments);

// Parses stdout as one JSON object, or returns an empty object (with a
// warning) when it is not one.
QJsonObject parseJson(const QByteArray &out);

// Turns the workspace at `path` into version 2, which lacked the channel
// index, so that opening it for writing upgrades it. Returns what failed, or
// an empty string.
QString turnIntoVersion2(const QString &path);

} // namespace Flowscope::Test
