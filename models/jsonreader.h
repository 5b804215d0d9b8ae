#pragma once

#include "bytestream.h"
#include "recordreader.h"

#include <memory>

namespace Flowscope {

// Reads JSON Lines (one object per line, as Athena UNLOAD JSON writes) or one
// JSON array of objects, streaming: an array is split into its elements
// without holding the whole document. Keys may first appear in any record;
// columns() grows as they do. String values become Text fields; numbers,
// booleans, arrays and objects become Json fields holding their JSON text;
// null and absent keys are NULL.
class JsonReader final : public RecordReader
{
public:
    enum class Layout { Lines, Array };

    JsonReader(std::unique_ptr<ByteStream> stream, const QString &fileName, Layout layout);
    ~JsonReader() override;

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
