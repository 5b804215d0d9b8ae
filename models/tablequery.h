#pragma once

#include "filter.h"

#include <QList>
#include <QLoggingCategory>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

struct sqlite3;
class QSqlQuery;

// Browser queries: flowscope.models.browse.
Q_DECLARE_LOGGING_CATEGORY(lcBrowse)

namespace Flowscope {

class Workspace;

// One browser query: which rows of which table, in which order. Built by
// WorkspaceTableModel on the GUI thread and copied to its workers.
struct TableQuery
{
    quint64 generation = 0;
    QString workspacePath;
    QString table;
    QStringList columns; // the columns to select, in display order
    Filter filter;
    QString sortColumn; // empty: the order the rows were stored in
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    QString countSql() const;
    // `SELECT rowid FROM <table> WHERE ... ORDER BY <sort column>, rowid` for
    // one page, without LIMIT. The rows are read by rowid afterwards, so that
    // the filter and the sort can be served by an index holding only their
    // columns.
    QString pageRowIdSql() const;
    // The same for the whole list, except that without a sort column there is
    // no ORDER BY, so that SQLite may scan a covering index instead of the
    // table, and the caller sorts the row ids itself.
    QString rowIdSql() const;
};

using TableRows = QList<QVariantList>;

// The rowid of every matching row in display order: the row at position N of
// the view is the table row with rowid (*ids)[N]. Immutable once shared.
using RowIdList = std::vector<qint64>;
using SharedRowIds = std::shared_ptr<const RowIdList>;

// The row id list of the latest query, handed from the worker that builds it
// to the worker that reads pages without waiting in the latter's queue.
// Thread-safe.
class RowIdIndex
{
public:
    void publish(quint64 generation, SharedRowIds ids);
    // The list built for `generation`, or null when there is none (yet).
    SharedRowIds find(quint64 generation) const;

private:
    mutable std::mutex m_mutex;
    quint64 m_generation = 0;
    SharedRowIds m_ids;
};

// Runs browser queries on its own thread with its own workspace connection.
// Requests carry the generation they were made for; a request whose
// generation is older than the model's latest is skipped unanswered, and an
// answer for an older generation is dropped by the model.
class TableQueryWorker : public QObject
{
    Q_OBJECT

public:
    // `latestGeneration` is the model's current generation, read before each
    // request. `rowIds` is shared by the workers of one model; without it
    // pages are always read with LIMIT and OFFSET.
    explicit TableQueryWorker(std::shared_ptr<std::atomic<quint64>> latestGeneration,
                              std::shared_ptr<std::atomic<quint64>> latestPageRequest,
                              std::shared_ptr<RowIdIndex> rowIds = {});
    ~TableQueryWorker() override;

public Q_SLOTS:
    void setQuery(const Flowscope::TableQuery &query);
    // `serial` orders page requests; a request that more than
    // PageRequestsKept newer requests overtook is skipped, because the view
    // has scrolled past it.
    void fetchPage(quint64 generation, int page, int pageSize, quint64 serial);
    // Emits rowsCounted and returns the count, or -1 when the query failed
    // or was replaced.
    qint64 countRows(quint64 generation);
    // Reads the rowid of every matching row in display order, publishes the
    // list in the shared RowIdIndex and emits rowIdsReady. Emits rowsCounted
    // once: before the list without a filter, from the list's size with one.
    // Beyond `maxRows` rows it keeps no list and only counts. A `counted` of
    // 0 or more is the count countRows() already emitted: it is not emitted
    // again, and a list of another length is not published.
    void buildRowIds(quint64 generation, qint64 maxRows, qint64 counted = -1);
    void fetchDistinctValues(quint64 generation, const QString &column, int limit);
    void fetchTimeSpan(quint64 generation, const QString &column);

Q_SIGNALS:
    void pageReady(quint64 generation, int page, const Flowscope::TableRows &rows);
    void pageSkipped(quint64 generation, int page);
    void rowsCounted(quint64 generation, qint64 rows);
    // Later pages of `generation` are read by position in the row id list.
    void rowIdsReady(quint64 generation);
    void distinctValuesReady(quint64 generation, const QString &column, const QStringList &values);
    // Milliseconds since the Unix epoch; both are 0 when the table has no timestamps.
    void timeSpanReady(quint64 generation, const QString &column, qint64 firstMs, qint64 lastMs);
    void failed(quint64 generation, const QString &message);

public:
    static constexpr quint64 PageRequestsKept = 12;

    // Stops the page or count statement running now, if any; its request
    // fails and the model drops the failure because its generation is old.
    // Distinct value and time span statements run on. Thread-safe.
    void interrupt();

private:
    bool isStale(quint64 generation) const;
    bool ensureOpen(quint64 generation);
    bool readPageByOffset(QSqlQuery &statement, int page, int pageSize, TableRows *rows);
    bool readPageByRowIds(QSqlQuery &statement, const RowIdList &ids, int page, int pageSize,
                          TableRows *rows);

    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    std::shared_ptr<std::atomic<quint64>> m_latestPageRequest;
    std::shared_ptr<RowIdIndex> m_rowIds;
    std::unique_ptr<Workspace> m_workspace;
    TableQuery m_query;
    std::mutex m_handleMutex;
    sqlite3 *m_handle = nullptr;  // m_workspace's connection, guarded by m_handleMutex
    bool m_interruptible = false; // a page or count statement runs; guarded by m_handleMutex
};

} // namespace Flowscope

Q_DECLARE_METATYPE(Flowscope::TableQuery)
