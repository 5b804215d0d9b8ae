#pragma once

#include <QByteArray>
#include <QString>

namespace Flowscope::Test {

// Absolute path of a fixture under tests/data.
QString dataPath(const QString &relative);

// Absolute path of a built executable in build/bin.
QString binPath(const QString &name);

// Writes bytes to a new file `name` in `directory` and returns its path.
QString writeFile(const QString &directory, const QString &name, const QByteArray &bytes);

// Gzip-compresses bytes (a single gzip member).
QByteArray gzip(const QByteArray &bytes);

} // namespace Flowscope::Test
