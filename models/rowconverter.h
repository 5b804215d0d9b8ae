#pragma once

#include "importer.h"
#include "recordreader.h"
#include "schema.h"
#include "stagingtable.h"

#include <QHash>
#include <QList>

namespace Flowscope {

// Turns the records of one input file into rows of one workspace table:
// decides the table, maps file columns to workspace columns, and converts and
// validates each value (timestamps to epoch milliseconds, arrays to JSON text,
// keys present). Pure apart from its own state: it reads nothing and writes
// nothing but what the caller passes.
class RowConverter
{
public:
    RowConverter(const QString &file, InputFormat format, const ImportOptions &options);

    // Chooses the table from the options or the column names. Fails with a
    // FileRejected problem when the table cannot be determined or a primary key
    // column is missing.
    bool resolveTable(const QStringList &columns, ImportWarning *problem);
    const TableSpec &table() const { return *m_table; }

    // Maps the file's columns onto the sink's, adding columns that
    // a newer data lake version has. Cheap when the columns did not change.
    bool mapColumns(const QStringList &columns, ColumnSink &staging, QString *error);

    // Converts one record into values(). Returns false with a RowRejected
    // problem when a value cannot be stored as the schema requires.
    bool convert(const Record &record, ImportWarning *problem);
    const QList<StagedValue> &values() const { return m_values; }

    // Warnings noticed so far. Value warnings are reported once per column and
    // kind, at their first occurrence.
    QList<ImportWarning> takeWarnings();

    // Warnings that need the whole file: how often each value warning
    // repeated, and columns that never appeared in a JSON file.
    QList<ImportWarning> finishWarnings();

private:
    struct ColumnTarget
    {
        int stagingIndex = -1; // -1: the file column is ignored
        ColumnType type = ColumnType::Text;
        bool primaryKey = false;
    };

    QString targetName(const QString &fileColumn) const;
    bool convertTimestamp(const Field &field, const QString &columnName, int column, qint64 line,
                          StagedValue &value, ImportWarning *problem);
    bool convertArray(const Field &field, const QString &columnName, int column, qint64 line,
                      StagedValue &value, ImportWarning *problem);
    void noteOnce(ImportWarningKind kind, ImportWarningSeverity severity, const QString &columnName,
                  int column, qint64 line, const QByteArray &value, const QString &message);
    ImportWarning makeWarning(ImportWarningKind kind, ImportWarningSeverity severity,
                              const QString &columnName, int column, qint64 line,
                              const QByteArray &value, const QString &message) const;
    QStringList missingColumns(const QStringList &columns) const;

    QString m_file;
    InputFormat m_format;
    const ImportOptions &m_options;
    const TableSpec *m_table = nullptr;

    QStringList m_mappedColumns; // the file columns the mapping was built for
    QList<ColumnTarget> m_targets;
    QList<int> m_keyStagingIndexes;
    QList<StagedValue> m_values;

    int m_addedColumns = 0;     // columns this file added to the workspace table
    int m_columnsOverLimit = 0; // unknown columns ignored past the limit

    QList<ImportWarning> m_warnings;
    struct Repeated
    {
        ImportWarning first;
        qint64 count = 0;
    };
    QHash<QString, Repeated> m_repeated; // by kind and column
};

} // namespace Flowscope
