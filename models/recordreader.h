#pragma once

#include "importwarning.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Flowscope {

// Interpretation of a field's text.
enum class FieldKind : quint8 {
    Null, // SQL NULL: an unquoted empty CSV field, \N in TEXTFILE, JSON null or an absent key
    Text, // a string value (possibly empty), already unquoted and unescaped
    Json, // JSON text of a non-string JSON value: a number, boolean, array or object
};

struct Field
{
    FieldKind kind = FieldKind::Null;
    QByteArray text; // UTF-8

    bool isNull() const { return kind == FieldKind::Null; }
};

// One input record. fields[i] belongs to RecordReader::columns()[i]; a record
// may have fewer fields than there are columns (JSON objects that lack later
// keys), and the missing ones are NULL.
struct Record
{
    qint64 line = 0; // 1-based physical line on which the record starts
    QList<Field> fields;
};

// A streaming reader of one input file: CSV, Athena TEXTFILE, JSON Lines or a
// JSON array. Readers never hold more than one record and one input buffer in
// memory. They are not thread-safe; use one per thread.
class RecordReader
{
public:
    enum class Result {
        Record,    // `record` contains the next record
        BadRecord, // the next record could not be read; lastProblem() gives the reason and reading may go on
        End,       // no more records
        Failed,    // reading cannot go on (I/O error, corrupt gzip); lastProblem() gives the reason
    };

    virtual ~RecordReader() = default;

    // Column names in input order. Readers of JSON add a name the first time a
    // record uses it, so the list can grow between calls to next().
    virtual const QStringList &columns() const = 0;

    virtual Result next(Record &record) = 0;

    // The problem behind the last BadRecord or Failed result.
    virtual const ImportWarning &lastProblem() const = 0;

    // Problems that did not stop a record: encoding fallback, truncated input,
    // and so on. Taking them clears the list.
    virtual QList<ImportWarning> takeWarnings() = 0;

    // Bytes consumed from the file on disk (compressed bytes for .gz), for progress.
    virtual qint64 bytesConsumed() const = 0;
};

} // namespace Flowscope
