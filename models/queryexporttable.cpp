#include "queryexporttable.h"

#include "sqlitestatement.h"

#include <pthread.h>
#include <sqlite3.h>

namespace Flowscope {

QueryExportTable::QueryExportTable(const QString &viewName, const QList<ExportColumn> &columns,
                                   qint64 rowCount, sqlite3 *connection,
                                   std::unique_ptr<SqliteStatement> statement)
    : m_viewName(viewName), m_columns(columns), m_rowCount(rowCount), m_connection(connection),
      m_statement(std::move(statement))
{
    m_reader = std::thread([this] { read(); });
    pthread_setname_np(m_reader.native_handle(), "export-reader");
}

QueryExportTable::~QueryExportTable()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopRequested = true;
    }
    m_changed.notify_all();
    m_reader.join();

    m_statement.reset();
    sqlite3_close_v2(m_connection);
}

void QueryExportTable::read()
{
    const int columnCount = int(m_columns.size());
    std::vector<bool> timestamp(size_t(columnCount), false);
    for (int column = 0; column < columnCount; ++column)
        timestamp[size_t(column)] = m_columns.at(column).type == ExportColumnType::Timestamp;

    bool more = true;
    while (more) {
        Batch batch;
        batch.cells.reserve(size_t(BatchRows) * size_t(columnCount));
        while (batch.rows < BatchRows && (more = m_statement->next())) {
            for (int column = 0; column < columnCount; ++column) {
                Cell cell;
                if (m_statement->isNull(column)) {
                    cell.kind = Cell::Kind::Null;
                } else if (timestamp[size_t(column)]) {
                    cell.kind = Cell::Kind::Integer;
                    cell.value = m_statement->integer(column);
                } else {
                    // rawText's bytes are only valid until the next step.
                    const QByteArray text = m_statement->rawText(column);
                    cell.kind = Cell::Kind::Text;
                    cell.value = batch.bytes.size();
                    cell.size = text.size();
                    batch.bytes.append(text);
                }
                batch.cells.push_back(cell);
            }
            ++batch.rows;
        }

        std::unique_lock lock(m_mutex);
        m_changed.wait(lock,
                       [this] { return m_stopRequested || int(m_ready.size()) < MaxBatches; });
        if (m_stopRequested)
            return;
        if (batch.rows > 0)
            m_ready.push_back(std::move(batch));
        if (!more) {
            // SQLite restarts a statement stepped after its end, so it is not stepped again.
            m_readingEnded = true;
            m_error = m_statement->error();
        }
        lock.unlock();
        m_changed.notify_all();
    }
}

bool QueryExportTable::next(QVariantList &row)
{
    if (m_currentRow >= m_current.rows) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_readingEnded; });
        if (m_ready.empty())
            return false;
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_currentRow = 0;
        lock.unlock();
        m_changed.notify_all();
    }

    const qsizetype columnCount = m_columns.size();
    const Cell *cells = m_current.cells.data() + m_currentRow * columnCount;
    row.resize(columnCount);
    for (qsizetype column = 0; column < columnCount; ++column) {
        const Cell &cell = cells[column];
        switch (cell.kind) {
        case Cell::Kind::Null:
            row[column] = QVariant();
            break;
        case Cell::Kind::Integer:
            row[column] = cell.value;
            break;
        case Cell::Kind::Text:
            row[column] = QByteArray(m_current.bytes.constData() + cell.value, cell.size);
            break;
        }
    }
    ++m_currentRow;
    return true;
}

QString QueryExportTable::error() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}

} // namespace Flowscope
