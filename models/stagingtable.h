#pragma once

#include "importer.h"
#include "schema.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace Flowscope {

// A value ready to bind: NULL, UTF-8 text or an integer.
struct StagedValue
{
    enum class Kind : quint8 { Null, Text, Integer } kind = Kind::Null;
    QByteArray text;
    qint64 integer = 0;
};

// The columns a converted row is laid out in, which an import may extend
// with columns that a newer data lake version has.
class ColumnSink
{
public:
    virtual ~ColumnSink() = default;
    virtual const QStringList &columns() const = 0;
    // Adds a TEXT column and returns its index in columns(), or -1 with `error` set.
    virtual int addColumn(const QString &name, QString *error) = 0;
};

// The bulk-load half of an import. When the workspace table already has rows,
// rows go unindexed into a temporary table in input order, and merge() moves
// them into the workspace table sorted by primary key. Appending to an
// unindexed table and inserting in key order is much faster than inserting
// random UUID keys into a large primary key index row by row. When the
// workspace table is empty (a first import), rows are upserted straight into
// it with its secondary indexes dropped, and merge() rebuilds those indexes.
// There a staging copy cost more to write and read back than it saved
// (docs/benchmarks.md).
//
// All statements run on the caller's connection inside the caller's
// transaction. A rollback discards the staging table and restores dropped
// indexes with everything else.
class StagingTable final : public ColumnSink
{
public:
    StagingTable(sqlite3 *connection, const TableSpec &table);
    ~StagingTable();
    StagingTable(const StagingTable &) = delete;
    StagingTable &operator=(const StagingTable &) = delete;

    // Chooses the load mode: creates the temporary table with the workspace
    // table's stored columns, or, when the workspace table is empty, drops its
    // secondary indexes so that insert() writes to it directly.
    bool create(QString *error);

    // The workspace table's columns, in the order insert() expects values.
    const QStringList &columns() const override { return m_columns; }

    // Adds a column that a newer data lake version has, to the workspace table
    // and to the staging table, as TEXT. Returns its index in columns().
    int addColumn(const QString &name, QString *error) override;

    // Appends one row; `values` has one entry per column.
    bool insert(const QList<StagedValue> &values, QString *error);

    qint64 rowCount() const { return m_rowCount; }

    // Upserts the staged rows into the workspace table: a key that is not yet
    // stored is inserted; a stored key is replaced only by a row with a newer
    // version column (NULL is older than any time). Among staged rows with the
    // same key, the newest wins and, for equal versions, the first read. When
    // the rows went in directly, the same rule applied at insert() and this
    // rebuilds the dropped indexes. Also refreshes the test execution to
    // contact links.
    bool merge(ImportCounts *counts, QString *error);

private:
    bool prepareInsert(QString *error);
    QString upsertClause() const;
    bool dropSecondaryIndexes(QString *error);
    bool createDroppedIndexes(QString *error);
    bool mergeRows(ImportCounts *counts, QString *error);
    bool finishDirectLoad(ImportCounts *counts, QString *error);
    bool refreshTestExecutionContacts(QString *error);
    QString stagingName() const;

    sqlite3 *m_connection = nullptr;
    const TableSpec &m_table;
    QStringList m_columns;
    sqlite3_stmt *m_insert = nullptr;
    qint64 m_rowCount = 0;
    bool m_direct = false;
    QStringList m_droppedIndexSql; // CREATE INDEX statements of the dropped indexes
};

} // namespace Flowscope
