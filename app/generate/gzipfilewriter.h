#pragma once

#include <QFile>
#include <QIODevice>

#include <zlib.h>

namespace Flowscope {

// A write-only device that gzip-compresses everything written to it into a
// file, as one gzip member. close() writes the trailer; check its result
// through finish() when the file must be complete.
class GzipFileWriter final : public QIODevice
{
public:
    explicit GzipFileWriter(const QString &path);
    ~GzipFileWriter() override;

    // Opens the file for writing. Returns false, with errorString() set,
    // when the file cannot be created.
    bool openFile();

    // Flushes the compressor, writes the gzip trailer and closes the file.
    // Returns false when any write failed.
    bool finish();

    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool deflateInto(int flushMode);

    QFile m_file;
    z_stream m_stream{};
    bool m_streamReady = false;
    bool m_failed = false;
};

} // namespace Flowscope
