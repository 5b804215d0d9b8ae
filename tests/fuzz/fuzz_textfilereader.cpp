// libFuzzer target: TextFileReader (Athena UNLOAD TEXTFILE) over arbitrary
// bytes, with as few or as many column names as the input length picks.

#include "fuzzsupport.h"

#include "textfilereader.h"

#include <QStringList>

#include <memory>

using namespace Flowscope;

FLOWSCOPE_FUZZ_TARGET(fuzzTextFileReader)
{
    // Records with more fields than names, as many and fewer all occur.
    QStringList columnNames;
    const int columnCount = 1 + static_cast<int>((size / 3) % 8);
    for (int i = 0; i < columnCount; ++i)
        columnNames.append(QStringLiteral("column_%1").arg(i));

    auto stream = std::make_unique<Fuzz::MemoryStream>(data, size, Fuzz::chunkSizeFor(size));
    TextFileReader reader(std::move(stream), QStringLiteral("fuzz.txt"), columnNames, '\001');
    Fuzz::drain(reader);
    return 0;
}
