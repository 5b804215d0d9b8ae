// libFuzzer target: JsonReader over arbitrary bytes, read both as JSON Lines
// and as one JSON array.

#include "fuzzsupport.h"

#include "jsonreader.h"

#include <memory>

using namespace Flowscope;

FLOWSCOPE_FUZZ_TARGET(fuzzJsonReader)
{
    for (const JsonReader::Layout layout : {JsonReader::Layout::Lines, JsonReader::Layout::Array}) {
        auto stream = std::make_unique<Fuzz::MemoryStream>(data, size, Fuzz::chunkSizeFor(size));
        JsonReader reader(std::move(stream), QStringLiteral("fuzz.json"), layout);
        Fuzz::drain(reader);
    }
    return 0;
}
