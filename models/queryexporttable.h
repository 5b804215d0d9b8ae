#pragma once

#include "exporttable.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

struct sqlite3;

namespace Flowscope {

class SqliteStatement;

// Streams the rows of a workspace table through one prepared statement, in
// the statement's order. A thread of its own steps the statement a few
// thousand rows ahead of the writer, so that SQLite's reading and the
// writer's formatting run on two cores. At most MaxBatches batches wait, so
// memory stays bounded whatever the row count. The statement and its
// connection belong to that thread from construction on. The connection must
// be one of its own: Qt's SQLite driver opens connections without SQLite's
// mutex, so sharing the workspace's connection with another thread crashed.
class QueryExportTable final : public ExportTable
{
public:
    // Takes over `connection`, which `statement` runs on, and closes it.
    // Timestamp columns are read as integers, every other column as UTF-8 text.
    QueryExportTable(const QString &viewName, const QList<ExportColumn> &columns, qint64 rowCount,
                     sqlite3 *connection, std::unique_ptr<SqliteStatement> statement);
    ~QueryExportTable() override;
    QueryExportTable(const QueryExportTable &) = delete;
    QueryExportTable &operator=(const QueryExportTable &) = delete;

    QString viewName() const override { return m_viewName; }
    const QList<ExportColumn> &columns() const override { return m_columns; }
    qint64 rowCount() const override { return m_rowCount; }
    bool next(QVariantList &row) override;
    QString error() const override;

    static constexpr int BatchRows = 2048;
    static constexpr int MaxBatches = 4;

private:
    // A cell of a batch. Text cells point into the batch's one byte buffer,
    // so a batch takes a few allocations, not one per cell. Cells allocated
    // on the reading thread and freed on the writing one made the two threads
    // contend for the allocator's locks.
    struct Cell
    {
        enum class Kind : quint8 { Null, Integer, Text } kind = Kind::Null;
        qint64 value = 0;   // the integer, or the offset of the text in `bytes`
        qsizetype size = 0; // the byte count of a text
    };
    struct Batch
    {
        QByteArray bytes;
        std::vector<Cell> cells; // row by row, one per column
        qsizetype rows = 0;
    };

    void read();

    const QString m_viewName;
    const QList<ExportColumn> m_columns;
    const qint64 m_rowCount;
    sqlite3 *m_connection = nullptr;
    std::unique_ptr<SqliteStatement> m_statement;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;    // guarded by m_mutex
    bool m_readingEnded = false;  // guarded by m_mutex
    bool m_stopRequested = false; // guarded by m_mutex
    QString m_error;              // guarded by m_mutex

    // Used by next() only, on the writer's thread.
    Batch m_current;
    qsizetype m_currentRow = 0;

    std::thread m_reader;
};

} // namespace Flowscope
