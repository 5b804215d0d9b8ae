#include "tablequery.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

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

QString queryFailedMessage(const QString &table, const QSqlError &error)
{
    return QCoreApplication::translate("Flowscope::TableQueryWorker",
                                       "Reading the table %1 failed: %2. Reopen the workspace; "
                                       "if that fails too, check that the file is readable.")
        .arg(table, error.text());
}

} // namespace

QString TableQuery::selectSql() const
{
    QStringList selected;
    selected.reserve(columns.size());
    for (const QString &column : columns)
        selected.append(quoted(column));

    // rowid breaks ties so that pages never overlap or skip rows.
    const char *direction = sortOrder == Qt::AscendingOrder ? " ASC" : " DESC";
    QString order = QStringLiteral(" ORDER BY ");
    if (!sortColumn.isEmpty())
        order += quoted(sortColumn) + QLatin1String(direction) + QStringLiteral(", ");
    order += QStringLiteral("rowid") + QLatin1String(direction);

    return QStringLiteral("SELECT ") + selected.join(QStringLiteral(", ")) +
           QStringLiteral(" FROM ") + quoted(table) + whereClause(*this) + order;
}

QString TableQuery::countSql() const
{
    return QStringLiteral("SELECT COUNT(*) FROM ") + quoted(table) + whereClause(*this);
}

TableQueryWorker::TableQueryWorker(std::shared_ptr<std::atomic<quint64>> latestGeneration,
                                   std::shared_ptr<std::atomic<quint64>> latestPageRequest)
    : m_latestGeneration(std::move(latestGeneration)),
      m_latestPageRequest(std::move(latestPageRequest))
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
    QSqlQuery statement(m_workspace->database());
    statement.setForwardOnly(true);
    statement.prepare(m_query.selectSql() + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindAll(statement, m_query.filter.toSql(m_query.table).bindValues);
    statement.addBindValue(pageSize);
    statement.addBindValue(qint64(page) * pageSize);
    if (!statement.exec()) {
        qCWarning(lcBrowse) << "Page query failed:" << statement.lastError().text();
        Q_EMIT failed(generation, queryFailedMessage(m_query.table, statement.lastError()));
        return;
    }

    TableRows rows;
    const int columnCount = int(m_query.columns.size());
    while (statement.next()) {
        QVariantList row;
        row.reserve(columnCount);
        for (int column = 0; column < columnCount; ++column)
            row.append(statement.value(column));
        rows.append(row);
    }
    Q_EMIT pageReady(generation, page, rows);
}

void TableQueryWorker::countRows(quint64 generation)
{
    if (isStale(generation) || !ensureOpen(generation))
        return;

    const InterruptibleScope interruptible(m_handleMutex, m_interruptible);
    QSqlQuery statement(m_workspace->database());
    statement.prepare(m_query.countSql());
    bindAll(statement, m_query.filter.toSql(m_query.table).bindValues);
    if (!statement.exec() || !statement.next()) {
        qCWarning(lcBrowse) << "Count query failed:" << statement.lastError().text();
        Q_EMIT failed(generation, queryFailedMessage(m_query.table, statement.lastError()));
        return;
    }
    Q_EMIT rowsCounted(generation, statement.value(0).toLongLong());
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
