// libFuzzer target: CsvReader over arbitrary bytes, with the delimiter, the
// bare quote rule and a small record size limit varied by the input length.

#include "fuzzsupport.h"

#include "csvreader.h"

#include <memory>

using namespace Flowscope;

FLOWSCOPE_FUZZ_TARGET(fuzzCsvReader)
{
    static constexpr char Delimiters[] = {',', ';', '\t'};

    CsvReader::Options options;
    options.delimiter = Delimiters[(size / 3) % 3];
    options.skipSepLine = (size / 9) % 2 == 1;
    options.bareQuote = (size / 18) % 2 == 1 ? CsvReader::BareQuote::Reject
                                              : CsvReader::BareQuote::Keep;
    // A limit below the input size makes the too-long-record path reachable.
    options.maxRecordBytes = (size / 36) % 2 == 1 ? 256 : 64 * 1024 * 1024;

    auto stream = std::make_unique<Fuzz::MemoryStream>(data, size, Fuzz::chunkSizeFor(size));
    CsvReader reader(std::move(stream), QStringLiteral("fuzz.csv"), options);
    Fuzz::check(reader.headerLine() >= 0);
    Fuzz::drain(reader);
    return 0;
}
