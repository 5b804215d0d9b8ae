#include "bytestream.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace Flowscope {

namespace {

// Large reads keep system calls and zlib calls rare; 1 MiB is far above any
// record yet small beside the memory of a desktop machine.
constexpr qint64 ChunkSize = 1024 * 1024;

ImportWarning fileProblem(ImportWarningKind kind, const QString &path, const QString &message)
{
    ImportWarning warning;
    warning.kind = kind;
    warning.severity = ImportWarningSeverity::FileRejected;
    warning.file = path;
    warning.message = message;
    return warning;
}

QString hexBytes(const char *data, qsizetype size)
{
    QStringList parts;
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        parts.append(QStringLiteral("0x") +
                     QString::number(byte, 16).rightJustified(2, QLatin1Char('0')).toUpper());
    }
    return parts.join(QLatin1Char(' '));
}

// The bytes of a file, read unbuffered because every caller reads big chunks.
class FileStream final : public ByteStream
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::ByteStream)

public:
    explicit FileStream(const QString &path) : m_file(path) {}

    bool open(ImportWarning *error)
    {
        if (m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return true;
        *error = fileProblem(ImportWarningKind::UnreadableFile, m_file.fileName(),
                             tr("Cannot open the file: %1. Check that it exists and that you "
                                "may read it.")
                                 .arg(m_file.errorString()));
        return false;
    }

    qint64 read(QByteArray &buffer, qint64 maxBytes) override
    {
        if (m_failed || maxBytes <= 0)
            return 0;

        const qsizetype oldSize = buffer.size();
        buffer.resize(oldSize + maxBytes);
        const qint64 count = m_file.read(buffer.data() + oldSize, maxBytes);
        buffer.resize(oldSize + std::max<qint64>(count, 0));

        if (count < 0) {
            m_failed = true;
            m_error = fileProblem(ImportWarningKind::UnreadableFile, m_file.fileName(),
                                  tr("Reading the file failed after %1 bytes: %2. Copy it to a "
                                     "local disk and import it again.")
                                      .arg(m_consumed)
                                      .arg(m_file.errorString()));
            qCWarning(lcReaders) << "read failed:" << m_file.fileName() << m_file.errorString();
            return 0;
        }
        m_consumed += count;
        return count;
    }

    bool failed() const override { return m_failed; }
    const ImportWarning &error() const override { return m_error; }
    qint64 bytesConsumed() const override { return m_consumed; }

private:
    QFile m_file;
    qint64 m_consumed = 0;
    bool m_failed = false;
    ImportWarning m_error;
};

// Bytes held in memory, for decoding a detection sample.
class MemoryStream final : public ByteStream
{
public:
    explicit MemoryStream(QByteArray bytes) : m_bytes(std::move(bytes)) {}

    qint64 read(QByteArray &buffer, qint64 maxBytes) override
    {
        const qint64 count = std::min<qint64>(maxBytes, m_bytes.size() - m_position);
        buffer.append(m_bytes.constData() + m_position, count);
        m_position += count;
        return count;
    }

    bool failed() const override { return false; }
    const ImportWarning &error() const override { return m_error; }
    qint64 bytesConsumed() const override { return m_position; }

private:
    QByteArray m_bytes;
    qint64 m_position = 0;
    ImportWarning m_error;
};

// Inflates gzip data. A file may contain several gzip members one after
// another, as `cat a.gz b.gz` and parallel compressors write them. Their
// contents are concatenated, as the gzip tool does.
class GzipStream final : public ByteStream
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::ByteStream)

public:
    GzipStream(std::unique_ptr<ByteStream> source, const QString &path)
        : m_source(std::move(source)), m_path(path)
    {
        // 15 + 16: a 32 KiB window and a gzip (not zlib) header and trailer.
        m_ready = inflateInit2(&m_zlib, 15 + 16) == Z_OK;
        if (!m_ready)
            fail(ImportWarningKind::CorruptGzip,
                 tr("Cannot start gzip decompression: out of memory. Close other programs "
                    "and import the file again."));
    }

    ~GzipStream() override
    {
        if (m_ready)
            inflateEnd(&m_zlib);
    }

    qint64 read(QByteArray &buffer, qint64 maxBytes) override
    {
        if (m_failed || m_finished || maxBytes <= 0)
            return 0;

        const qsizetype oldSize = buffer.size();
        buffer.resize(oldSize + maxBytes);
        m_zlib.next_out = reinterpret_cast<Bytef *>(buffer.data() + oldSize);
        m_zlib.avail_out = static_cast<uInt>(maxBytes);

        while (m_zlib.avail_out > 0 && !m_failed && !m_finished)
            inflateStep();

        const qint64 produced = maxBytes - m_zlib.avail_out;
        buffer.resize(oldSize + produced);
        return produced;
    }

    bool failed() const override { return m_failed; }
    const ImportWarning &error() const override { return m_error; }

    QList<ImportWarning> takeWarnings() override
    {
        QList<ImportWarning> warnings = m_source->takeWarnings();
        warnings.append(m_warnings);
        m_warnings.clear();
        return warnings;
    }

    qint64 bytesConsumed() const override { return m_source->bytesConsumed(); }

private:
    // Keeps the unread input and appends the next chunk of the file.
    void refill()
    {
        m_input.remove(0, m_input.size() - m_zlib.avail_in);
        if (m_source->read(m_input, ChunkSize) == 0) {
            m_sourceEnded = true;
            if (m_source->failed()) {
                m_failed = true;
                m_error = m_source->error();
            }
        }
        m_zlib.next_in = reinterpret_cast<Bytef *>(m_input.data());
        m_zlib.avail_in = static_cast<uInt>(m_input.size());
    }

    void inflateStep()
    {
        if (m_zlib.avail_in == 0 && !m_sourceEnded) {
            refill();
            return;
        }

        if (m_betweenMembers) {
            startNextMember();
            return;
        }

        const int status = inflate(&m_zlib, Z_NO_FLUSH);
        switch (status) {
        case Z_OK:
            return;
        case Z_STREAM_END:
            m_betweenMembers = true;
            return;
        case Z_BUF_ERROR:
            // No progress: zlib needs input, and the file has none left.
            if (m_zlib.avail_in == 0 && m_sourceEnded)
                fail(ImportWarningKind::TruncatedGzip,
                     tr("The gzip data ends early, after %1 bytes of the file, so the file is "
                        "incomplete. Download it again.")
                         .arg(m_source->bytesConsumed()));
            return;
        default:
            fail(ImportWarningKind::CorruptGzip,
                 tr("The gzip data is invalid near byte %1 of the file (%2). Download the file "
                    "again or import the uncompressed file.")
                     .arg(m_source->bytesConsumed() - m_zlib.avail_in)
                     .arg(QString::fromLatin1(m_zlib.msg ? m_zlib.msg : "unknown error")));
            return;
        }
    }

    // After a member's trailer: another member, the end, or trailing bytes.
    void startNextMember()
    {
        if (m_zlib.avail_in == 0 && m_sourceEnded) {
            m_finished = true;
            return;
        }
        if (m_zlib.avail_in < 2 && !m_sourceEnded) {
            refill();
            return;
        }

        const bool magic =
            m_zlib.avail_in >= 2 && m_zlib.next_in[0] == 0x1f && m_zlib.next_in[1] == 0x8b;
        if (magic) {
            inflateReset(&m_zlib);
            m_betweenMembers = false;
            return;
        }

        // The gzip tool ignores such bytes with a warning too (tape padding, for one).
        ImportWarning warning;
        warning.kind = ImportWarningKind::CorruptGzip;
        warning.severity = ImportWarningSeverity::Warning;
        warning.file = m_path;
        warning.message = tr("The file has bytes after its gzip data that are not gzip, and "
                             "they were ignored. If rows are missing, download the file again.");
        m_warnings.append(warning);
        m_finished = true;
    }

    void fail(ImportWarningKind kind, const QString &message)
    {
        m_failed = true;
        m_error = fileProblem(kind, m_path, message);
        qCWarning(lcReaders) << "gzip failed:" << m_path << message;
    }

    std::unique_ptr<ByteStream> m_source;
    QString m_path;
    z_stream m_zlib{};
    QByteArray m_input;
    bool m_ready = false;
    bool m_sourceEnded = false;
    bool m_betweenMembers = false;
    bool m_finished = false;
    bool m_failed = false;
    ImportWarning m_error;
    QList<ImportWarning> m_warnings;
};

// Windows-1252 code points for bytes 0x80-0x9F; 0 marks the five bytes that
// code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
constexpr std::array<char16_t, 32> Windows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      // 0x88
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, // 0x98
};

constexpr char ReplacementCharacter[] = "\xEF\xBF\xBD"; // U+FFFD in UTF-8

void appendUtf8(QByteArray &output, char16_t codePoint)
{
    if (codePoint < 0x80) {
        output.append(static_cast<char>(codePoint));
    } else if (codePoint < 0x800) {
        output.append(static_cast<char>(0xC0 | (codePoint >> 6)));
        output.append(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else {
        output.append(static_cast<char>(0xE0 | (codePoint >> 12)));
        output.append(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        output.append(static_cast<char>(0x80 | (codePoint & 0x3F)));
    }
}

// Length of the valid UTF-8 sequence at `p`, 0 when the `available` bytes are
// a valid but incomplete start, -1 when the first byte starts no valid sequence.
int utf8SequenceLength(const unsigned char *p, qsizetype available)
{
    const unsigned char lead = p[0];
    int length = 0;
    unsigned char secondMin = 0x80;
    unsigned char secondMax = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            secondMin = 0xA0; // no overlong forms
        else if (lead == 0xED)
            secondMax = 0x9F; // no UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            secondMin = 0x90;
        else if (lead == 0xF4)
            secondMax = 0x8F; // nothing above U+10FFFF
    } else {
        return -1;
    }

    for (int i = 1; i < length; ++i) {
        if (i >= available)
            return 0;
        const unsigned char min = i == 1 ? secondMin : 0x80;
        const unsigned char max = i == 1 ? secondMax : 0xBF;
        if (p[i] < min || p[i] > max)
            return -1;
    }
    return length;
}

// Length of the invalid sequence at `p` for display: its first byte and the
// continuation bytes that follow it, at most four bytes in all.
qsizetype invalidSequenceLength(const unsigned char *p, qsizetype available)
{
    qsizetype length = 1;
    while (length < 4 && length < available && (p[length] & 0xC0) == 0x80)
        ++length;
    return length;
}

// Index of the first byte at or after `from` with the high bit set, or `size`.
qsizetype skipAscii(const char *data, qsizetype from, qsizetype size)
{
    qsizetype i = from;
    while (i + 8 <= size) {
        quint64 word;
        std::memcpy(&word, data + i, sizeof word);
        if (word & 0x8080808080808080ULL)
            break;
        i += 8;
    }
    while (i < size && static_cast<unsigned char>(data[i]) < 0x80)
        ++i;
    return i;
}

// Turns the file's bytes into UTF-8: validates UTF-8, converts UTF-16 and
// Windows-1252, and drops the byte order mark.
class DecodingStream final : public ByteStream
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::ByteStream)

public:
    DecodingStream(std::unique_ptr<ByteStream> source, TextEncoding encoding, bool byteOrderMark,
                   const QString &path)
        : m_source(std::move(source)), m_encoding(encoding), m_path(path)
    {
        if (byteOrderMark)
            m_bomBytesLeft = encoding == TextEncoding::Utf8 ? 3 : 2;
        if (encoding == TextEncoding::Utf16LE)
            m_utf16 = QStringDecoder(QStringConverter::Utf16LE);
        else if (encoding == TextEncoding::Utf16BE)
            m_utf16 = QStringDecoder(QStringConverter::Utf16BE);
    }

    qint64 read(QByteArray &buffer, qint64 maxBytes) override
    {
        while (available() < maxBytes && !m_sourceEnded)
            decodeNextChunk();

        const qint64 count = std::min<qint64>(maxBytes, available());
        buffer.append(m_output.constData() + m_outputPosition, count);
        m_outputPosition += count;
        return count;
    }

    bool failed() const override { return m_failed && available() == 0; }
    const ImportWarning &error() const override { return m_error; }

    QList<ImportWarning> takeWarnings() override
    {
        QList<ImportWarning> warnings = m_source->takeWarnings();
        warnings.append(m_warnings);
        m_warnings.clear();
        return warnings;
    }

    qint64 bytesConsumed() const override { return m_source->bytesConsumed(); }

private:
    qint64 available() const { return m_output.size() - m_outputPosition; }

    void decodeNextChunk()
    {
        m_output.remove(0, m_outputPosition);
        m_outputPosition = 0;

        QByteArray input = m_carry;
        m_carry.clear();
        if (m_source->read(input, ChunkSize) == 0) {
            m_sourceEnded = true;
            if (m_source->failed()) {
                m_failed = true;
                m_error = m_source->error();
            }
        }

        if (m_bomBytesLeft > 0) {
            const qsizetype skipped = std::min<qsizetype>(m_bomBytesLeft, input.size());
            input.remove(0, skipped);
            m_bomBytesLeft -= int(skipped);
        }

        switch (m_encoding) {
        case TextEncoding::Utf8:
            passValidUtf8(input);
            break;
        case TextEncoding::Utf16LE:
        case TextEncoding::Utf16BE:
            convertUtf16(input);
            break;
        case TextEncoding::Windows1252:
            convertWindows1252(input);
            break;
        }
    }

    void passValidUtf8(QByteArray &input)
    {
        const char *data = input.constData();
        const qsizetype size = input.size();
        qsizetype runStart = 0;
        qsizetype i = 0;

        while (true) {
            i = skipAscii(data, i, size);
            if (i >= size)
                break;

            const auto *bytes = reinterpret_cast<const unsigned char *>(data + i);
            const int length = utf8SequenceLength(bytes, size - i);
            if (length > 0) {
                i += length;
                continue;
            }
            if (length == 0 && !m_sourceEnded) {
                // Keep a sequence cut by the chunk boundary for the next chunk.
                m_carry = input.mid(i);
                break;
            }

            m_output.append(data + runStart, i - runStart);
            m_output.append(ReplacementCharacter);
            reportInvalidBytes(input, i, invalidSequenceLength(bytes, size - i));
            ++i;
            runStart = i;
        }

        const qsizetype runEnd = m_carry.isEmpty() ? size : i;
        if (runStart == 0 && runEnd == size && m_output.isEmpty())
            m_output = std::move(input); // the common case: the whole chunk was valid
        else
            m_output.append(data + runStart, runEnd - runStart);
        countLines(m_output.constData() + m_output.size() - (runEnd - runStart), runEnd - runStart);
    }

    void convertUtf16(const QByteArray &input)
    {
        // The decoder keeps a code unit or surrogate cut by the chunk boundary for the next call.
        const QString text = m_utf16.decode(input);
        const qsizetype oldSize = m_output.size();
        m_output.append(text.toUtf8());
        m_utf16Bytes += input.size();
        if (!input.isEmpty())
            m_lastByte = input.back();

        // UTF-16 has two bytes per code unit, so an odd last byte is left over.
        if (m_sourceEnded && m_utf16Bytes % 2 != 0) {
            m_output.append(ReplacementCharacter);
            if (!m_reportedInvalid) {
                m_reportedInvalid = true;
                const qint64 line = m_newlines + text.count(u'\n') + 1;
                m_warnings.append(invalidEncodingWarning(line, hexBytes(&m_lastByte, 1)));
            }
        }
        if (m_utf16.hasError() && !m_reportedInvalid) {
            const qsizetype replacement = text.indexOf(QChar::ReplacementCharacter);
            const qint64 line =
                m_newlines + text.left(replacement < 0 ? 0 : replacement).count(u'\n') + 1;
            m_reportedInvalid = true;
            m_warnings.append(invalidEncodingWarning(line, QString()));
        }
        countLines(m_output.constData() + oldSize, m_output.size() - oldSize);
    }

    void convertWindows1252(const QByteArray &input)
    {
        const char *data = input.constData();
        const qsizetype size = input.size();
        const qsizetype oldSize = m_output.size();
        m_output.reserve(oldSize + size + size / 8);

        qsizetype i = 0;
        while (i < size) {
            const qsizetype asciiEnd = skipAscii(data, i, size);
            m_output.append(data + i, asciiEnd - i);
            i = asciiEnd;
            if (i >= size)
                break;

            const auto byte = static_cast<unsigned char>(data[i]);
            char16_t codePoint = byte;
            if (byte <= 0x9F)
                codePoint = Windows1252High[byte - 0x80];
            if (codePoint == 0) {
                m_output.append(ReplacementCharacter);
                if (!m_reportedInvalid) {
                    const qint64 line = m_newlines +
                                        std::count(m_output.constData() + oldSize,
                                                   m_output.constData() + m_output.size(), '\n') +
                                        1;
                    m_reportedInvalid = true;
                    m_warnings.append(invalidEncodingWarning(line, hexBytes(data + i, 1)));
                }
            } else {
                appendUtf8(m_output, codePoint);
            }
            ++i;
        }
        countLines(m_output.constData() + oldSize, m_output.size() - oldSize);
    }

    // Counts line ends for the location of the first invalid bytes only, so
    // the counting stops once that is reported.
    void countLines(const char *data, qsizetype size)
    {
        if (!m_reportedInvalid)
            m_newlines += std::count(data, data + size, '\n');
    }

    void reportInvalidBytes(const QByteArray &input, qsizetype position, qsizetype count)
    {
        if (m_reportedInvalid)
            return;
        m_reportedInvalid = true;
        const qint64 line =
            m_newlines + std::count(input.constData(), input.constData() + position, '\n') + 1;
        m_warnings.append(
            invalidEncodingWarning(line, hexBytes(input.constData() + position, count)));
    }

    ImportWarning invalidEncodingWarning(qint64 line, const QString &bytes) const
    {
        ImportWarning warning;
        warning.kind = ImportWarningKind::InvalidEncoding;
        warning.severity = ImportWarningSeverity::Warning;
        warning.file = m_path;
        warning.line = line;
        warning.value = bytes;
        const QString encoding = textEncodingName(m_encoding);
        if (bytes.isEmpty())
            warning.message = tr("Line %1: bytes that are not valid %2 were replaced with U+FFFD, "
                                 "and so will any later ones. If the text looks wrong, save the "
                                 "file as UTF-8 and import it again.")
                                  .arg(line)
                                  .arg(encoding);
        else
            warning.message = tr("Line %1: bytes %2 are not valid %3 and were replaced with "
                                 "U+FFFD, and so will any later ones. If the text looks wrong, "
                                 "save the file as UTF-8 or choose its encoding, and import it "
                                 "again.")
                                  .arg(line)
                                  .arg(bytes, encoding);
        return warning;
    }

    std::unique_ptr<ByteStream> m_source;
    TextEncoding m_encoding;
    QString m_path;
    QStringDecoder m_utf16;
    int m_bomBytesLeft = 0;
    QByteArray m_carry;
    QByteArray m_output;
    qsizetype m_outputPosition = 0;
    qint64 m_newlines = 0;
    qint64 m_utf16Bytes = 0; // after the byte order mark
    char m_lastByte = 0;
    bool m_reportedInvalid = false;
    bool m_sourceEnded = false;
    bool m_failed = false;
    ImportWarning m_error;
    QList<ImportWarning> m_warnings;
};

} // namespace

std::unique_ptr<ByteStream> openDecompressedStream(const QString &path, bool gzip,
                                                   ImportWarning *error)
{
    auto file = std::make_unique<FileStream>(path);
    if (!file->open(error))
        return nullptr;
    if (!gzip)
        return file;
    return std::make_unique<GzipStream>(std::move(file), path);
}

std::unique_ptr<ByteStream> openUtf8Stream(const InputDetection &detection, ImportWarning *error)
{
    auto source = openDecompressedStream(detection.path, detection.gzip, error);
    if (!source)
        return nullptr;
    return std::make_unique<DecodingStream>(std::move(source), detection.encoding,
                                            detection.byteOrderMark, detection.path);
}

QByteArray decodeSampleToUtf8(const QByteArray &bytes, TextEncoding encoding)
{
    DecodingStream stream(std::make_unique<MemoryStream>(bytes), encoding, false, QString());
    QByteArray text;
    while (stream.read(text, ChunkSize) > 0) {
    }
    return text;
}

} // namespace Flowscope
