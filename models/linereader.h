#pragma once

#include "bytestream.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>

namespace Flowscope {

// Splits a UTF-8 stream into lines ending in LF or CRLF, holding one input
// buffer. Used by the line-based readers (TEXTFILE, JSON Lines).
class LineReader
{
public:
    enum class Status {
        Line,    // `line` contains the next line, without its line end
        TooLong, // the line exceeds maxLineBytes; it is skipped
        End,
        Failed, // the stream failed; see ByteStream::error()
    };

    explicit LineReader(ByteStream &stream, qint64 maxLineBytes = 64 * 1024 * 1024)
        : m_stream(stream), m_maxLineBytes(maxLineBytes)
    {}

    // `line` stays valid until the next call.
    Status next(QByteArrayView &line)
    {
        while (true) {
            const char *start = m_buffer.constData() + m_position;
            const qsizetype unread = m_buffer.size() - m_position;
            const void *newline = m_searched < unread
                                      ? std::memchr(start + m_searched, '\n',
                                                    static_cast<size_t>(unread - m_searched))
                                      : nullptr;

            if (newline) {
                const qsizetype length = static_cast<const char *>(newline) - start;
                m_position += length + 1;
                m_searched = 0;
                ++m_lineNumber;
                if (m_skipping) {
                    m_skipping = false;
                    continue;
                }
                line = withoutCarriageReturn(QByteArrayView(start, length));
                return Status::Line;
            }
            m_searched = unread;

            if (m_ended) {
                // A line cut short by a read or gzip failure is not returned.
                if (m_stream.failed())
                    return Status::Failed;
                if (unread == 0 || m_skipping)
                    return Status::End;
                // The last line has no line end.
                m_position = m_buffer.size();
                m_searched = 0;
                ++m_lineNumber;
                line = withoutCarriageReturn(QByteArrayView(start, unread));
                return Status::Line;
            }

            if (!m_skipping && unread > m_maxLineBytes) {
                // Drop what is buffered and skip to the next line end.
                m_skipping = true;
                m_buffer.clear();
                m_position = 0;
                m_searched = 0;
                return Status::TooLong;
            }
            if (m_skipping) {
                m_buffer.clear();
                m_position = 0;
                m_searched = 0;
            }

            fill();
        }
    }

    // The 1-based number of the line last returned (or skipped as too long, plus one).
    qint64 lineNumber() const { return m_skipping ? m_lineNumber + 1 : m_lineNumber; }

private:
    static constexpr qint64 ChunkSize = 1024 * 1024;

    static QByteArrayView withoutCarriageReturn(QByteArrayView line)
    {
        if (!line.isEmpty() && line.back() == '\r')
            line.chop(1);
        return line;
    }

    void fill()
    {
        m_buffer.remove(0, m_position);
        m_position = 0;
        if (m_stream.read(m_buffer, ChunkSize) == 0)
            m_ended = true;
    }

    ByteStream &m_stream;
    qint64 m_maxLineBytes;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qsizetype m_searched = 0; // bytes after m_position already searched for a line end
    qint64 m_lineNumber = 0;
    bool m_skipping = false;
    bool m_ended = false;
};

} // namespace Flowscope
