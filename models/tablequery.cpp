#include "tablequery.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <functional>

Q_LOGGING_CATEGORY(lcBrowse, "flowscope.models.browse", QtWarningMsg)

namespace Flowscope {

namespace {

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString whereClause(const TableQuery &query)
{
    const SqlCondition condition = query.filter.toSql(query.table);
    return condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition.whereSql;
}

// The text of a non-NULL value; an empty string stays distinct from NULL.
QString nonNullText(const QVariant &value)
{
    QString text = value.toString();
    if (text.isNull())
        text = QLatin1String("");
    return text;
}

// Marks the page or count statement that runs while it lives, for interrupt().
class InterruptibleScope
{
public:
    InterruptibleScope(std::mutex &mutex, bool &flag) : m_mutex(mutex), m_flag(flag)
    {
        const std::lock_guard lock(m_mutex);
        m_flag = true;
    }
    ~InterruptibleScope()
    {
        const std::lock_guard lock(m_mutex);
        m_flag = false;
    }
    InterruptibleScope(const InterruptibleScope &) = delete;
    InterruptibleScope &operator=(const InterruptibleScope &) = delete;

private:
    std::mutex &m_mutex;
    bool &m_flag;
};

void bindAll(QSqlQuery &statement, const QVariantList &values)
{
    for (const QVariant &value : values)
        statement.addBindValue(value);
}

// Binds filter values the way Qt's SQLite driver does: NULL, integers as
// integers, everything else as text.
void bindAll(sqlite3_stmt *statement, const QVariantList &values)
{
    int position = 1;
    for (const QVariant &value : values) {
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            sqlite3_bind_int64(statement, position, value.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(statement, position, value.toDouble());
            break;
        default:
            if (value.isNull()) {
                sqlite3_bind_null(statement, position);
            } else {
                const QByteArray text = value.toString().toUtf8();
                sqlite3_bind_text(statement, position, text.constData(), int(text.size()),
                                  SQLITE_TRANSIENT);
            }
            break;
        }
        ++position;
    }
}

// Whether a failed statement was stopped by sqlite3_interrupt(). Qt's SQLite
// driver reports the result code as the native error code.
bool wasInterrupted(const QSqlError &error)
{
    return (error.nativeErrorCode().toInt() & 0xff) == SQLITE_INTERRUPT;
}

QString queryFailedMessage(const QString &table, const QSqlError &error)
{
    return QCoreApplication::translate("Flowscope::TableQueryWorker",
                                       "Reading the table %1 failed: %2. Reopen the workspace; "
                                       "if that fails too, check that the file is readable.")
        .arg(table, error.text());
}

// Builds `ORDER BY <sort column>, rowid` in the query's direction. A part of a
// contact id matches few rows, so a unary + stops SQLite from walking the sort
// column's index row by row: it scans the filtered column's index and sorts.
QString orderByClause(const TableQuery &query)
{
    const auto matchesInside = [](const TextCondition &condition) {
        return !condition.isEmpty() && condition.match == TextMatch::Contains;
    };
    const bool selectiveText =
        matchesInside(query.filter.contactId) || matchesInside(query.filter.testCase);
    const QString unary = selectiveText ? QStringLiteral("+") : QString();
    const char *direction = query.sortOrder == Qt::AscendingOrder ? " ASC" : " DESC";

    // rowid breaks ties so that pages never overlap or skip rows.
    QString order = QStringLiteral(" ORDER BY ");
    if (!query.sortColumn.isEmpty())
        order += unary + quoted(query.sortColumn) + QLatin1String(direction) + QStringLiteral(", ");
    return order + unary + QStringLiteral("rowid") + QLatin1String(direction);
}

} // namespace

QString TableQuery::countSql() const
{
    return QStringLiteral("SELECT COUNT(*) FROM ") + quoted(table) + whereClause(*this);
}

QString TableQuery::pageRowIdSql() const
{
    return QStringLiteral("SELECT rowid FROM ") + quoted(table) + whereClause(*this) +
           orderByClause(*this);
}

QString TableQuery::rowIdSql() const
{
    const QString sql = QStringLiteral("SELECT rowid FROM ") + quoted(table) + whereClause(*this);
    return sortColumn.isEmpty() ? sql : sql + orderByClause(*this);
}

void RowIdIndex::publish(quint64 generation, SharedRowIds ids)
{
    const std::lock_guard lock(m_mutex);
    m_generation = generation;
    m_ids = std::move(ids);
}

SharedRowIds RowIdIndex::find(quint64 generation) const
{
    const std::lock_guard lock(m_mutex);
    return generation == m_generation ? m_ids : SharedRowIds();
}

TableQueryWorker::TableQueryWorker(std::shared_ptr<std::atomic<quint64>> latestGeneration,
                                   std::shared_ptr<std::atomic<quint64>> latestPageRequest,
                                   std::shared_ptr<RowIdIndex> rowIds)
    : m_latestGeneration(std::move(latestGeneration)),
      m_latestPageRequest(std::move(latestPageRequest)), m_rowIds(std::move(rowIds))
{}

TableQueryWorker::~TableQueryWorker()
{
    const std::lock_guard lock(m_handleMutex);
    m_handle = nullptr;
}

void TableQueryWorker::setQuery(const TableQuery &query)
{
    if (query.workspacePath != m_query.workspacePath && m_workspace) {
        const std::lock_guard lock(m_handleMutex);
        m_handle = nullptr;
        m_workspace.reset();
    }
    m_query = query;
}

void TableQueryWorker::interrupt()
{
    const std::lock_guard lock(m_handleMutex);
    if (m_handle && m_interruptible)
        sqlite3_interrupt(m_handle);
}

bool TableQueryWorker::isStale(quint64 generation) const
{
    return generation != m_query.generation || generation != m_latestGeneration->load();
}

bool TableQueryWorker::ensureOpen(quint64 generation)
{
    if (m_workspace && m_workspace->isOpen())
        return true;

    m_workspace = std::make_unique<Workspace>();
    QString error;
    if (!m_workspace->open(m_query.workspacePath, Workspace::OpenMode::ReadOnly, &error)) {
        m_workspace.reset();
        qCWarning(lcBrowse) << "Opening" << m_query.workspacePath
                            << "for browsing failed:" << error;
        Q_EMIT failed(generation, error);
        return false;
    }
    const std::lock_guard lock(m_handleMutex);
    m_handle = m_workspace->handle();
    return true;
}

void TableQueryWorker::fetchPage(quint64 generation, int page, int pageSize, quint64 serial)
{
    if (isStale(generation))
        return;
    if (m_latestPageRequest->load() > serial + PageRequestsKept) {
        Q_EMIT pageSkipped(generation, page);
        return;
    }
    if (!ensureOpen(generation))
        return;

    const InterruptibleScope interruptible(m_handleMutex, m_interruptible);
    const SharedRowIds ids = m_rowIds ? m_rowIds->find(generation) : SharedRowIds();
    QSqlQuery statement(m_workspace->database());
    statement.setForwardOnly(true);
    TableRows rows;
    const bool read = ids ? readPageByRowIds(statement, *ids, page, pageSize, &rows)
                          : readPageByOffset(statement, page, pageSize, &rows);
    if (read) {
        Q_EMIT pageReady(generation, page, rows);
        return;
    }

    // A read interrupted while its query is still current is reported as
    // skipped, not failed, so that the view requests the page again instead of
    // showing an error.
    if (wasInterrupted(statement.lastError()) && !isStale(generation)) {
        Q_EMIT pageSkipped(generation, page);
        return;
    }
    qCWarning(lcBrowse) << "Page query failed:" << statement.lastError().text();
    Q_EMIT failed(generation, queryFailedMessage(m_query.table, statement.lastError()));
}

bool TableQueryWorker::readPageByOffset(QSqlQuery &statement, int page, int pageSize,
                                        TableRows *rows)
{
    statement.prepare(m_query.pageRowIdSql() + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindAll(statement, m_query.filter.toSql(m_query.table).bindValues);
    statement.addBindValue(pageSize);
    statement.addBindValue(qint64(page) * pageSize);
    if (!statement.exec())
        return false;

    RowIdList ids;
    ids.reserve(size_t(pageSize));
    while (statement.next())
        ids.push_back(statement.value(0).toLongLong());
    if (statement.lastError().isValid())
        return false;
    return readPageByRowIds(statement, ids, 0, pageSize, rows);
}

bool TableQueryWorker::readPageByRowIds(QSqlQuery &statement, const RowIdList &ids, int page,
                                        int pageSize, TableRows *rows)
{
    const qint64 first = qint64(page) * pageSize;
    const qint64 end = std::min<qint64>(first + pageSize, qint64(ids.size()));
    if (first >= end)
        return true;

    // The ids are integers from SQLite itself, so they are written into the
    // statement instead of binding up to PageSize parameters.
    QStringList selected;
    for (const QString &column : std::as_const(m_query.columns))
        selected.append(quoted(column));
    QStringList idList;
    idList.reserve(int(end - first));
    for (qint64 position = first; position < end; ++position)
        idList.append(QString::number(ids[size_t(position)]));
    if (!statement.exec(QStringLiteral("SELECT %1, rowid FROM %2 WHERE rowid IN (%3)")
                            .arg(selected.join(QStringLiteral(", ")), quoted(m_query.table),
                                 idList.join(QLatin1Char(',')))))
        return false;

    const int columnCount = int(m_query.columns.size());
    QHash<qint64, QVariantList> byRowId;
    byRowId.reserve(int(end - first));
    while (statement.next()) {
        QVariantList row;
        row.reserve(columnCount);
        for (int column = 0; column < columnCount; ++column)
            row.append(statement.value(column));
        byRowId.insert(statement.value(columnCount).toLongLong(), row);
    }
    if (statement.lastError().isValid())
        return false;

    // A row deleted since the list was built is left out. The model reloads
    // after an import, the only writer of these tables.
    for (qint64 position = first; position < end; ++position) {
        const auto found = byRowId.constFind(ids[size_t(position)]);
        if (found != byRowId.constEnd())
            rows->append(*found);
    }
    return true;
}

qint64 TableQueryWorker::countRows(quint64 generation)
{
    if (isStale(generation) || !ensureOpen(generation))
        return -1;

    const InterruptibleScope interruptible(m_handleMutex, m_interruptible);
    QSqlQuery statement(m_workspace->database());
    statement.prepare(m_query.countSql());
    bindAll(statement, m_query.filter.toSql(m_query.table).bindValues);
    if (!statement.exec() || !statement.next()) {
        qCWarning(lcBrowse) << "Count query failed:" << statement.lastError().text();
        Q_EMIT failed(generation, queryFailedMessage(m_query.table, statement.lastError()));
        return -1;
    }
    const qint64 rows = statement.value(0).toLongLong();
    Q_EMIT rowsCounted(generation, rows);
    return rows;
}

void TableQueryWorker::buildRowIds(quint64 generation, qint64 maxRows, qint64 counted)
{
    if (isStale(generation) || !ensureOpen(generation))
        return;

    // Without a filter COUNT(*) only walks the pages of the smallest index,
    // which took a fraction of the time of stepping through 5 million row ids,
    // so the count is shown first and the list follows.
    if (counted < 0 && m_query.filter.toSql(m_query.table).isEmpty()) {
        counted = countRows(generation);
        if (isStale(generation) || counted < 0)
            return;
    }
    const bool countedFirst = counted >= 0;

    sqlite3 *connection = m_workspace->handle();
    sqlite3_stmt *statement = nullptr;
    int status = SQLITE_OK;
    auto ids = std::make_shared<RowIdList>();
    bool tooMany = false;
    {
        const InterruptibleScope interruptible(m_handleMutex, m_interruptible);
        const QByteArray sql = m_query.rowIdSql().toUtf8();
        status = sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &statement,
                                    nullptr);
        if (status == SQLITE_OK) {
            bindAll(statement, m_query.filter.toSql(m_query.table).bindValues);
            while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
                if (qint64(ids->size()) == maxRows) {
                    tooMany = true;
                    break;
                }
                ids->push_back(sqlite3_column_int64(statement, 0));
            }
        }
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
    sqlite3_finalize(statement);

    if (tooMany) {
        // A list this long would cost more memory than paging saves time.
        qCInfo(lcBrowse) << "More than" << maxRows << "rows match; reading pages with OFFSET";
        if (!countedFirst)
            countRows(generation);
        return;
    }
    if (status != SQLITE_DONE) {
        if ((status & 0xff) == SQLITE_INTERRUPT && isStale(generation))
            return;
        qCWarning(lcBrowse) << "Row id query failed:" << message;
        Q_EMIT failed(generation, queryFailedMessage(m_query.table, QSqlError(message)));
        return;
    }

    if (m_query.sortColumn.isEmpty()) {
        if (m_query.sortOrder == Qt::AscendingOrder)
            std::sort(ids->begin(), ids->end());
        else
            std::sort(ids->begin(), ids->end(), std::greater<>());
    }
    const qint64 rows = qint64(ids->size());
    if (countedFirst && rows != counted) {
        // Pages keep using OFFSET rather than positions in a list that
        // disagrees with the count shown.
        qCWarning(lcBrowse) << "Row id list of" << rows << "rows disagrees with the count of"
                            << counted << "rows; not used";
        return;
    }
    if (m_rowIds) {
        m_rowIds->publish(generation, std::move(ids));
        Q_EMIT rowIdsReady(generation);
    }
    if (!countedFirst)
        Q_EMIT rowsCounted(generation, rows);
}

void TableQueryWorker::fetchDistinctValues(quint64 generation, const QString &column, int limit)
{
    if (!ensureOpen(generation))
        return;

    // Distinct values of the whole table, so that a choice never hides the
    // values another choice would bring back.
    QSqlQuery statement(m_workspace->database());
    statement.setForwardOnly(true);
    statement.prepare(QStringLiteral("SELECT DISTINCT %1 FROM %2 ORDER BY 1 LIMIT ?")
                          .arg(quoted(column), quoted(m_query.table)));
    statement.addBindValue(limit);
    if (!statement.exec()) {
        qCWarning(lcBrowse) << "Distinct value query failed:" << statement.lastError().text();
        Q_EMIT failed(generation, queryFailedMessage(m_query.table, statement.lastError()));
        return;
    }

    QStringList values;
    while (statement.next()) {
        const QVariant value = statement.value(0);
        values.append(value.isNull() ? QString() : nonNullText(value));
    }
    Q_EMIT distinctValuesReady(generation, column, values);
}

void TableQueryWorker::fetchTimeSpan(quint64 generation, const QString &column)
{
    if (!ensureOpen(generation))
        return;

    // MIN and MAX of an indexed column read one index entry each.
    QSqlQuery statement(m_workspace->database());
    if (!statement.exec(QStringLiteral("SELECT MIN(%1), MAX(%1) FROM %2")
                            .arg(quoted(column), quoted(m_query.table))) ||
        !statement.next()) {
        qCWarning(lcBrowse) << "Time span query failed:" << statement.lastError().text();
        Q_EMIT failed(generation, queryFailedMessage(m_query.table, statement.lastError()));
        return;
    }
    Q_EMIT timeSpanReady(generation, column, statement.value(0).toLongLong(),
                         statement.value(1).toLongLong());
}

} // namespace Flowscope
