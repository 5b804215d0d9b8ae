#pragma once

#include "bytestream.h"
#include "recordreader.h"

#include <memory>

namespace Flowscope {

// Reads RFC 4180 CSV as Athena and spreadsheets write it, from a UTF-8 stream.
// Records whether each field was quoted: an unquoted empty field is NULL, a
// quoted empty field ("") is the empty string. Accepts doubled quotes, CR, LF
// and CRLF inside quotes and as record ends, blank lines before the header and
// at the end, and an optional "sep=X" first line.
class CsvReader final : public RecordReader
{
public:
    enum class BareQuote {
        Keep,   // a quote inside an unquoted field is kept as a literal character
        Reject, // such a record is a BadRecord naming its line
    };

    struct Options
    {
        char delimiter = ',';
        bool skipSepLine = false; // the first line is "sep=X" and is not data
        BareQuote bareQuote = BareQuote::Keep;
        // Records longer than this (in bytes) are BadRecords, so that a
        // stray quote cannot swallow the rest of a large file into memory.
        qint64 maxRecordBytes = 64 * 1024 * 1024;
    };

    // Reads the header from the first non-blank line. `fileName` is used in warnings.
    // If the header cannot be read, next() returns Failed and lastProblem() describes why.
    CsvReader(std::unique_ptr<ByteStream> stream, const QString &fileName, const Options &options);
    ~CsvReader() override;

    const QStringList &columns() const override;
    Result next(Record &record) override;
    const ImportWarning &lastProblem() const override;
    QList<ImportWarning> takeWarnings() override;
    qint64 bytesConsumed() const override;

    // The 1-based line of the header, after any blank lines and a sep= line; 0 if there is none.
    qint64 headerLine() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Flowscope
