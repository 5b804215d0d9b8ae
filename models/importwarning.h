#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Flowscope {

// Kind of problem or observation found while reading or importing an input file.
enum class ImportWarningKind {
    // Files and encodings
    SkippedFile,           // manifest, metadata or hidden file in a folder of part files
    UnreadableFile,        // missing, unreadable, a folder where a file was expected
    NotText,               // an image, archive, PDF or other binary file
    UnsupportedFormat,     // Parquet, ORC, Avro: recognised but not supported
    CorruptGzip,           // bad gzip header or data
    TruncatedGzip,         // gzip stream ends early
    EmptyFile,             // no header and no rows
    EncodingFallback,      // not valid UTF-8, decoded as Windows-1252
    InvalidEncoding,       // bytes that do not decode in the detected encoding
    // Records
    UnterminatedQuote,     // end of input inside a quoted CSV field
    BareQuote,             // a quote inside an unquoted CSV field
    FieldCountMismatch,    // a record with more or fewer fields than the header
    InvalidJson,           // a JSON line or element that does not parse
    // Tables and columns
    TableNotDetected,      // the header matches neither table
    MissingKeyColumn,      // a primary key column is absent: the file is rejected
    MissingColumn,         // a non-key column is absent: stored as NULL
    UnknownColumn,         // a column the documented schema lacks
    DuplicateColumn,       // the same column twice in one header
    // Values
    MissingKeyValue,       // NULL or empty primary key value
    InvalidTimestamp,
    AmbiguousDate,         // a locale date such as 03/10/2024 without a pattern
    EpochUnitInferred,     // epoch number whose unit was taken from its magnitude
    SubMillisecondDropped, // fraction digits beyond milliseconds were dropped
    InvalidArray,
    AmbiguousArray,        // Athena "[a, b]" text whose items may contain ", "
    DuplicateKey,          // the same primary key more than once in this import
};

enum class ImportWarningSeverity {
    Notice,       // information, nothing was lost
    Warning,      // the value or file was imported, but not exactly as written
    RowRejected,  // the row was not imported
    FileRejected, // nothing from the file was imported
};

// One problem, located as precisely as the input allows. Line and column are
// 1-based; 0 means "not applicable" (a whole-file problem, or a JSON key
// that has no position).
struct ImportWarning
{
    ImportWarningKind kind = ImportWarningKind::InvalidTimestamp;
    ImportWarningSeverity severity = ImportWarningSeverity::Warning;
    QString file;
    qint64 line = 0;
    int column = 0;
    QString columnName;
    QString value;   // the offending value, shortened to a readable length
    // Explanation of what failed, why, and what to do, in one or two sentences. It starts with
    // "Line N, column M:" where those apply, and never names the file.
    QString message;

    // Formats the warning as "file: message" for logs and the command line.
    QString toString() const;
};

QString importWarningKindName(ImportWarningKind kind);

// Shortens a value for display in a message, keeping its start and end.
QString abbreviatedValue(const QString &value, int maxLength = 80);

} // namespace Flowscope

Q_DECLARE_METATYPE(Flowscope::ImportWarning)
