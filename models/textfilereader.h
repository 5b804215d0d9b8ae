#pragma once

#include "bytestream.h"
#include "recordreader.h"

#include <memory>

namespace Flowscope {

// Reads Athena UNLOAD TEXTFILE output: one record per LF-terminated line,
// fields separated by \001, \N for NULL, array items separated by \002 (left
// in the field text for the value parser). There is no header: column names
// come from the caller.
class TextFileReader final : public RecordReader
{
public:
    TextFileReader(std::unique_ptr<ByteStream> stream, const QString &fileName,
                   const QStringList &columnNames, char delimiter = '\001');
    ~TextFileReader() override;

    const QStringList &columns() const override;
    Result next(Record &record) override;
    const ImportWarning &lastProblem() const override;
    QList<ImportWarning> takeWarnings() override;
    qint64 bytesConsumed() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Flowscope
