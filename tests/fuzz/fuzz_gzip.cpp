// libFuzzer target: the file path of an import, from detection through gzip
// decompression and decoding to a record reader. The input is written to a
// temporary file; detection recognises gzip by its magic number, so the seeds
// are .gz files and mutations also reach the plain text and binary checks.

#include "fuzzsupport.h"

#include "inputsource.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace Flowscope;

namespace {

QString scratchPath()
{
    static const QString path = QDir::temp().filePath(
        QStringLiteral("flowscope-fuzz-%1.gz").arg(::getpid()));
    return path;
}

} // namespace

FLOWSCOPE_FUZZ_TARGET(fuzzGzip)
{
    const QString path = scratchPath();
    {
        QFile file(path);
        Fuzz::check(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        Fuzz::check(file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size))
                    == static_cast<qint64>(size));
    }

    const InputDetection detection = detectInput(path);
    if (detection.error) {
        Fuzz::check(!detection.error->message.isEmpty());
        return 0;
    }

    ImportWarning error;
    auto reader = openRecordReader(detection, InputOptions(), &error);
    if (!reader) {
        Fuzz::check(!error.message.isEmpty());
        return 0;
    }
    Fuzz::drain(*reader);
    return 0;
}
