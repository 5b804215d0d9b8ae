#pragma once

// Shared pieces of the libFuzzer targets: an in-memory ByteStream, so that a
// reader runs without touching the disk, and a loop that drains a reader while
// checking the RecordReader contract.

#include "bytestream.h"
#include "recordreader.h"

#include <QByteArray>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

namespace Flowscope::Fuzz {

// The fuzz targets. Built for libFuzzer, each file defines
// LLVMFuzzerTestOneInput; built with FLOWSCOPE_FUZZ_REPLAY, each defines the
// function named here instead, so that tst_fuzzregressions can replay saved
// inputs through all of them in one ordinary test executable.
int fuzzCsvReader(const uint8_t *data, size_t size);
int fuzzJsonReader(const uint8_t *data, size_t size);
int fuzzTextFileReader(const uint8_t *data, size_t size);
int fuzzTimestamp(const uint8_t *data, size_t size);
int fuzzArray(const uint8_t *data, size_t size);
int fuzzGzip(const uint8_t *data, size_t size);

#ifdef FLOWSCOPE_FUZZ_REPLAY
#define FLOWSCOPE_FUZZ_TARGET(name) int Flowscope::Fuzz::name(const uint8_t *data, size_t size)
#else
#define FLOWSCOPE_FUZZ_TARGET(name)                                                             \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
#endif

// Silences the models' logging: a rejected input logs a warning, and
// printing millions of them would slow the run and bury the crash reports.
inline const bool LoggingSilenced = [] {
    QLoggingCategory::setFilterRules(QStringLiteral("flowscope.*=false"));
    return true;
}();

// Hands out the fuzz input in chunks of a fixed size, so that record and line
// boundaries fall at every position a reader can meet.
class MemoryStream final : public ByteStream
{
public:
    MemoryStream(const uint8_t *data, size_t size, qsizetype chunkSize)
        : m_bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)),
          m_chunkSize(chunkSize)
    {
    }

    qint64 read(QByteArray &buffer, qint64 maxBytes) override
    {
        const qint64 count =
            std::min<qint64>({m_bytes.size() - m_offset, static_cast<qint64>(m_chunkSize), maxBytes});
        if (count <= 0)
            return 0;
        buffer.append(m_bytes.constData() + m_offset, count);
        m_offset += count;
        return count;
    }

    bool failed() const override { return false; }
    const ImportWarning &error() const override { return m_error; }
    qint64 bytesConsumed() const override { return m_offset; }

private:
    QByteArray m_bytes;
    qsizetype m_chunkSize;
    qsizetype m_offset = 0;
    ImportWarning m_error;
};

// A chunk size picked from the input length: a mutation that changes the
// length also moves every chunk boundary. Sizes 1 and 7 split every token.
inline qsizetype chunkSizeFor(size_t size)
{
    static constexpr qsizetype Sizes[] = {1, 7, 4096};
    return Sizes[size % 3];
}

// Stops the run with a crash report: libFuzzer saves the input that broke a
// contract the same way as one that crashed.
inline void check(bool condition)
{
    if (!condition)
        std::abort();
}

// Reads records until the end, a failure or `maxRecords`, and checks what the
// RecordReader interface promises about each result.
inline void drain(RecordReader &reader, int maxRecords = 100000)
{
    Record record;
    qint64 previousLine = 0;
    for (int i = 0; i < maxRecords; ++i) {
        const RecordReader::Result result = reader.next(record);
        if (result == RecordReader::Result::End || result == RecordReader::Result::Failed)
            break;
        if (result == RecordReader::Result::BadRecord) {
            check(!reader.lastProblem().message.isEmpty());
            continue;
        }

        // A CSV or TEXTFILE record may have more fields than the header has
        // names; the row converter rejects it, so that is no contract breach.
        check(record.line >= 1);
        check(record.line >= previousLine);
        previousLine = record.line;
    }
    reader.takeWarnings();
    check(reader.bytesConsumed() >= 0);
}

} // namespace Flowscope::Fuzz
