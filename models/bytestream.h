#pragma once

#include "importwarning.h"
#include "inputsource.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Flowscope {

// A pull-based stream of bytes: a file, a gzip decompressor over it, and a
// decoder to UTF-8 over that. Readers pull chunks from the top layer.
class ByteStream
{
public:
    virtual ~ByteStream() = default;

    // Appends up to `maxBytes` bytes to `buffer`. Returns the number appended;
    // 0 at the end of the stream or on failure (see failed()).
    virtual qint64 read(QByteArray &buffer, qint64 maxBytes) = 0;

    // Set when read() stopped because of an error rather than the end of data.
    virtual bool failed() const = 0;
    virtual const ImportWarning &error() const = 0;

    // Non-fatal problems noticed so far (a gzip trailer that does not match,
    // bytes replaced while decoding). Taking them clears the list.
    virtual QList<ImportWarning> takeWarnings() { return {}; }

    // Bytes consumed from the file on disk, for progress.
    virtual qint64 bytesConsumed() const = 0;
};

// Opens `detection.path` and stacks gzip decompression and decoding to UTF-8
// on it as the detection records. The byte order mark, if any, is not returned.
std::unique_ptr<ByteStream> openUtf8Stream(const InputDetection &detection, ImportWarning *error);

// Opens `path` and, when `gzip` is set, decompresses it (every member of a
// multi-member file), without decoding. Returns null and sets `error` when the
// file cannot be opened.
std::unique_ptr<ByteStream> openDecompressedStream(const QString &path, bool gzip,
                                                   ImportWarning *error);

// Decodes a complete sample from `encoding` to UTF-8 the way openUtf8Stream()
// does, for detection. The sample must not start with a byte order mark.
QByteArray decodeSampleToUtf8(const QByteArray &bytes, TextEncoding encoding);

} // namespace Flowscope
