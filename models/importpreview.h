#pragma once

#include "importer.h"
#include "importwarning.h"
#include "inputsource.h"
#include "schema.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Flowscope {

// The workspace column that one file column is stored in.
struct ColumnMappingEntry
{
    QString fileColumn;
    // The workspace column the values are stored in; empty when the column is ignored.
    QString workspaceColumn;
    // True when the workspace column is not in the documented schema, so the
    // import adds it as a TEXT column (newer data lake versions add columns).
    bool addsColumn = false;
    // True when the user's column mapping decided the target, not the name.
    bool mappedByUser = false;
};

// One record of the preview, converted as the importer converts it.
struct PreviewRow
{
    qint64 line = 0; // 1-based physical line where the record starts
    // One cell per ImportPreview::columns: a null QVariant for SQL NULL, a
    // QString for text (an empty QString for ''), a qint64 of epoch
    // milliseconds for timestamps and JSON text for arrays. A rejected row
    // contains the file's text instead, so the user sees what was read.
    QVariantList values;
    std::optional<ImportWarning> rejection; // set when the importer would reject the row
};

// How often one kind of problem occurred in one column over the preview rows.
struct ColumnProblemCount
{
    QString column; // the file column; empty for problems of a whole record
    ImportWarningKind kind = ImportWarningKind::InvalidTimestamp;
    int count = 0;

    // Describes the count for people, such as "12 timestamps could not be read".
    QString description() const;
};

// The outcome of importing one file, predicted from its first rows without
// touching a workspace.
struct ImportPreview
{
    InputDetection detection;
    // Set when the importer would reject the whole file: unreadable, binary,
    // Parquet, table not detected, a primary key column missing.
    std::optional<ImportWarning> fileProblem;

    // The detected or chosen table; null when unknown. Also set for a file
    // rejected only because a primary key column is missing, which a column
    // mapping can fix.
    const TableSpec *table = nullptr;
    QStringList fileColumns; // in file order
    QList<ColumnMappingEntry> mapping;
    QStringList missingColumns; // documented workspace columns no file column fills
    QStringList extraColumns;   // file columns that are ignored or add a column

    // The preview table's columns. These are the workspace columns the rows
    // are laid out in, documented ones first, or the file's columns when the
    // file is rejected as a whole.
    QStringList columns;
    QList<PreviewRow> rows;
    int rejectedRows = 0;
    QList<ColumnProblemCount> problems; // over `rows`, ordered by column then kind
    QList<ImportWarning> warnings;      // detection, reader and conversion notices
    bool moreRows = false;              // the file has rows past the preview

    bool isRejected() const { return fileProblem.has_value(); }
};

// Maps file columns to workspace columns as RowConverter does. A column named
// in `columnMapping` (case-insensitive) goes to the mapped column, or nowhere
// when mapped to an empty name. Other columns go to the table's column of the
// same name, case-insensitively. An unknown name that is a lower-case
// identifier becomes a new TEXT column, and any other name is ignored. A
// second column with the same target is ignored.
QList<ColumnMappingEntry> mapFileColumns(const QStringList &fileColumns, const TableSpec &table,
                                         const QHash<QString, QString> &columnMapping);

// Reads the first `maxRows` records of `path` and converts them exactly as
// importFiles() would with `options`, without opening a database. Reads on
// past maxRows only as far as deciding the table needs (one record). Pure and
// thread-safe: call it from a worker thread.
ImportPreview previewImportFile(const QString &path, const ImportOptions &options,
                                int maxRows = 100);

} // namespace Flowscope
