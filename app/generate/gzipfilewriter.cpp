#include "gzipfilewriter.h"

#include <QCoreApplication>

#include <array>

namespace Flowscope {

namespace {
// zlib's windowBits for a gzip header and trailer instead of a zlib one.
constexpr int GzipWindowBits = 15 + 16;
constexpr int MemoryLevel = 8;
} // namespace

GzipFileWriter::GzipFileWriter(const QString &path) : m_file(path) {}

GzipFileWriter::~GzipFileWriter()
{
    finish();
}

bool GzipFileWriter::openFile()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        setErrorString(m_file.errorString());
        return false;
    }
    if (deflateInit2(&m_stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, GzipWindowBits, MemoryLevel,
                     Z_DEFAULT_STRATEGY) != Z_OK) {
        setErrorString(QCoreApplication::translate("Flowscope::GzipFileWriter",
                                                   "The gzip compressor could not be set up."));
        m_file.close();
        return false;
    }
    m_streamReady = true;
    return QIODevice::open(QIODevice::WriteOnly);
}

bool GzipFileWriter::finish()
{
    if (m_streamReady) {
        deflateInto(Z_FINISH);
        deflateEnd(&m_stream);
        m_streamReady = false;
        if (!m_file.flush())
            m_failed = true;
        m_file.close();
        QIODevice::close();
    }
    return !m_failed;
}

void GzipFileWriter::close()
{
    finish();
}

qint64 GzipFileWriter::readData(char *, qint64)
{
    return -1;
}

qint64 GzipFileWriter::writeData(const char *data, qint64 size)
{
    // zlib takes at most uInt bytes per call, so large writes go in slices.
    qint64 written = 0;
    while (written < size) {
        const auto slice = uInt(std::min<qint64>(size - written, 1 << 30));
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data + written));
        m_stream.avail_in = slice;
        if (!deflateInto(Z_NO_FLUSH))
            return -1;
        written += slice;
    }
    return written;
}

bool GzipFileWriter::deflateInto(int flushMode)
{
    std::array<char, 64 * 1024> buffer;
    int status = Z_OK;
    do {
        m_stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        m_stream.avail_out = uInt(buffer.size());
        status = deflate(&m_stream, flushMode);
        if (status == Z_STREAM_ERROR) {
            m_failed = true;
            setErrorString(QCoreApplication::translate("Flowscope::GzipFileWriter",
                                                       "The gzip compressor failed."));
            return false;
        }
        const qint64 produced = qint64(buffer.size() - m_stream.avail_out);
        if (produced > 0 && m_file.write(buffer.data(), produced) != produced) {
            m_failed = true;
            setErrorString(m_file.errorString());
            return false;
        }
    } while (m_stream.avail_out == 0 || (flushMode == Z_FINISH && status != Z_STREAM_END));
    return true;
}

} // namespace Flowscope
