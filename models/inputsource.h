#pragma once

#include "importwarning.h"
#include "recordreader.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Flowscope {

enum class InputFormat {
    Csv,            // Athena query results or a spreadsheet export; header row expected
    AthenaTextFile, // UNLOAD TEXTFILE: \001 between fields, \N for NULL, \002 between array items, no header
    JsonLines,      // UNLOAD JSON: one object per line
    JsonArray,      // one JSON array of objects
};

enum class TextEncoding {
    Utf8,
    Utf16LE, // only with a byte order mark
    Utf16BE, // only with a byte order mark
    Windows1252,
};

// User overrides for detection. An empty optional means "detect".
struct InputOptions
{
    std::optional<InputFormat> format;
    std::optional<TextEncoding> encoding;
    std::optional<char> delimiter; // CSV only
    // Column names for headerless input (Athena TEXTFILE). Empty means the
    // schema order of the detected or chosen table.
    QStringList columnNames;
    // For TEXTFILE, which table's column order to assume; empty means decide
    // by the number of fields.
    QString tableHint;
};

// Properties that detectInput() read from the first bytes of a file.
struct InputDetection
{
    QString path;
    qint64 fileSize = 0;
    bool gzip = false;
    InputFormat format = InputFormat::Csv;
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;
    char delimiter = ',';
    bool sepLine = false;    // the file starts with a "sep=X" line
    qint64 headerLine = 0;   // 1-based line of the CSV header, after blank lines and sep=
    QList<ImportWarning> warnings;
    // Set when the file cannot be read at all (missing, binary, Parquet, corrupt gzip).
    std::optional<ImportWarning> error;
};

// Detects compression, format, encoding and delimiter from the first bytes of
// `path`; options override what they set. Never throws; problems go into the
// result.
InputDetection detectInput(const QString &path, const InputOptions &options = {});

// Opens a streaming reader for a detected file. Returns null and sets `error`
// when the file cannot be opened.
std::unique_ptr<RecordReader> openRecordReader(const InputDetection &detection,
                                               const InputOptions &options,
                                               ImportWarning *error);

// Expands files and folders into the list of input files, sorted by path:
// folders are walked recursively, and manifest, metadata, hidden, empty
// marker (_SUCCESS) and checksum (.crc) files are skipped with a SkippedFile notice.
// Paths that do not exist are returned as UnreadableFile warnings.
QStringList expandInputPaths(const QStringList &paths, QList<ImportWarning> *warnings);

QString inputFormatName(InputFormat format);
QString textEncodingName(TextEncoding encoding);

} // namespace Flowscope
