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

struct sqlite3;

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

    // `SELECT <columns> FROM <table> WHERE ... ORDER BY ...` without LIMIT.
    QString selectSql() const;
    QString countSql() const;
};

using TableRows = QList<QVariantList>;

// Runs browser queries on its own thread with its own workspace connection.
// Requests carry the generation they were made for; a request whose
// generation is older than the model's latest is skipped unanswered, and an
// answer for an older generation is dropped by the model.
class TableQueryWorker : public QObject
{
    Q_OBJECT

public:
    // `latestGeneration` is the model's current generation, read before each request.
    explicit TableQueryWorker(std::shared_ptr<std::atomic<quint64>> latestGeneration,
                              std::shared_ptr<std::atomic<quint64>> latestPageRequest);
    ~TableQueryWorker() override;

public Q_SLOTS:
    void setQuery(const Flowscope::TableQuery &query);
    // `serial` orders page requests; a request that more than
    // PageRequestsKept newer requests overtook is skipped, because the view
    // has scrolled past it.
    void fetchPage(quint64 generation, int page, int pageSize, quint64 serial);
    void countRows(quint64 generation);
    void fetchDistinctValues(quint64 generation, const QString &column, int limit);
    void fetchTimeSpan(quint64 generation, const QString &column);

Q_SIGNALS:
    void pageReady(quint64 generation, int page, const Flowscope::TableRows &rows);
    void pageSkipped(quint64 generation, int page);
    void rowsCounted(quint64 generation, qint64 rows);
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

    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    std::shared_ptr<std::atomic<quint64>> m_latestPageRequest;
    std::unique_ptr<Workspace> m_workspace;
    TableQuery m_query;
    std::mutex m_handleMutex;
    sqlite3 *m_handle = nullptr;  // m_workspace's connection, guarded by m_handleMutex
    bool m_interruptible = false; // a page or count statement runs; guarded by m_handleMutex
};

} // namespace Flowscope

Q_DECLARE_METATYPE(Flowscope::TableQuery)
