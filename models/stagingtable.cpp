#include "stagingtable.h"

#include "logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

namespace Flowscope {

namespace {

// Gives lupdate and the translation lookup the same context.
struct StagingTableText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::StagingTable)
};

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString quotedList(const QStringList &identifiers, const QString &prefix = {})
{
    QStringList parts;
    parts.reserve(identifiers.size());
    for (const QString &identifier : identifiers)
        parts.append(prefix + quoted(identifier));
    return parts.join(QStringLiteral(", "));
}

QString lastError(sqlite3 *connection)
{
    return QString::fromUtf8(sqlite3_errmsg(connection));
}

bool exec(sqlite3 *connection, const QString &sql, QString *error)
{
    char *message = nullptr;
    const int status =
        sqlite3_exec(connection, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (status == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errstr(status));
    sqlite3_free(message);
    return false;
}

bool queryInteger(sqlite3 *connection, const QString &sql, qint64 *value, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, sql.toUtf8().constData(), -1, &statement, nullptr) !=
        SQLITE_OK) {
        *error = lastError(connection);
        return false;
    }
    const int status = sqlite3_step(statement);
    if (status == SQLITE_ROW)
        *value = sqlite3_column_int64(statement, 0);
    else
        *error = lastError(connection);
    sqlite3_finalize(statement);
    return status == SQLITE_ROW;
}

struct IndexDefinition
{
    QString name;
    QString sql;
};

// Sorts NULL versions before every stored time.
const QLatin1String OldestVersion("-9223372036854775807 - 1");

// The secondary indexes of a table, as CREATE INDEX statements. The primary
// key's own index has no SQL and is not listed.
bool secondaryIndexes(sqlite3 *connection, const QString &table, QList<IndexDefinition> *indexes,
                      QString *error)
{
    sqlite3_stmt *statement = nullptr;
    const char *sql = "SELECT name, sql FROM main.sqlite_schema "
                      "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL";
    if (sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = lastError(connection);
        return false;
    }
    const QByteArray tableName = table.toUtf8();
    sqlite3_bind_text(statement, 1, tableName.constData(), int(tableName.size()), SQLITE_STATIC);
    int status;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        indexes->append(
            {QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))),
             QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)))});
    }
    sqlite3_finalize(statement);
    if (status != SQLITE_DONE) {
        *error = lastError(connection);
        return false;
    }
    return true;
}

} // namespace

StagingTable::StagingTable(sqlite3 *connection, const TableSpec &table)
    : m_connection(connection), m_table(table)
{}

StagingTable::~StagingTable()
{
    sqlite3_finalize(m_insert);
}

QString StagingTable::stagingName() const
{
    return QStringLiteral("temp.") + quoted(QStringLiteral("staging_") + m_table.name);
}

bool StagingTable::create(QString *error)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray tableName = m_table.name.toUtf8();
    if (sqlite3_prepare_v2(m_connection, "SELECT name FROM main.pragma_table_info(?) ORDER BY cid",
                           -1, &statement, nullptr) != SQLITE_OK) {
        *error = lastError(m_connection);
        return false;
    }
    sqlite3_bind_text(statement, 1, tableName.constData(), int(tableName.size()), SQLITE_STATIC);
    while (sqlite3_step(statement) == SQLITE_ROW)
        m_columns.append(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    sqlite3_finalize(statement);
    if (m_columns.isEmpty()) {
        *error = StagingTableText::tr("the workspace has no table %1").arg(m_table.name);
        return false;
    }

    qint64 hasRows = 0;
    if (!queryInteger(
            m_connection,
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM main.%1)").arg(quoted(m_table.name)),
            &hasRows, error))
        return false;
    m_direct = hasRows == 0;
    if (m_direct) {
        qCDebug(lcImport) << m_table.name << "is empty, so rows go into it directly";

        // Rows arrive in input order, so their random keys land all over the
        // primary key index. A larger cache keeps more of that index in
        // memory: on a million flow events 64 MB cut CPU time from 12.9 to
        // 11.7 s against 32 MB, and 96 MB to 10.4 s (docs/benchmarks.md).
        // The temporary database stays unused.
        exec(m_connection, QStringLiteral("PRAGMA main.cache_size = -98304"), nullptr);
        return dropSecondaryIndexes(error) && prepareInsert(error);
    }

    // Columns without a declared type keep each value exactly as bound; the
    // workspace table's affinities apply when the rows are merged.
    const QString sql =
        QStringLiteral(
            "DROP TABLE IF EXISTS %1; CREATE TABLE %1 (_staging_seq INTEGER PRIMARY KEY, %2)")
            .arg(stagingName(), quotedList(m_columns));
    return exec(m_connection, sql, error) && prepareInsert(error);
}

bool StagingTable::prepareInsert(QString *error)
{
    sqlite3_finalize(m_insert);
    m_insert = nullptr;

    QStringList placeholders;
    for (int i = 0; i < m_columns.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    const QString target =
        m_direct ? QStringLiteral("main.") + quoted(m_table.name) : stagingName();
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(target, quotedList(m_columns), placeholders.join(QLatin1Char(',')));
    if (m_direct)
        sql += QLatin1Char(' ') + upsertClause();
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_connection, utf8.constData(), int(utf8.size()),
                           SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) != SQLITE_OK) {
        *error = lastError(m_connection);
        return false;
    }
    return true;
}

// A later row for a stored key replaces it only when its version is strictly
// newer, so among rows with equal versions the one stored first stays.
QString StagingTable::upsertClause() const
{
    QStringList assignments;
    for (const QString &column : std::as_const(m_columns))
        assignments.append(QStringLiteral("%1 = excluded.%1").arg(quoted(column)));
    const QString version = quoted(m_table.versionColumn);
    return QStringLiteral("ON CONFLICT (%1) DO UPDATE SET %2 "
                          "WHERE coalesce(excluded.%3, %5) > coalesce(%4.%3, %5)")
        .arg(quotedList(m_table.primaryKey), assignments.join(QStringLiteral(", ")), version,
             quoted(m_table.name), OldestVersion);
}

int StagingTable::addColumn(const QString &name, QString *error)
{
    QString sql = QStringLiteral("ALTER TABLE main.%1 ADD COLUMN %2 TEXT")
                      .arg(quoted(m_table.name), quoted(name));
    if (!m_direct)
        sql += QStringLiteral("; ALTER TABLE %1 ADD COLUMN %2").arg(stagingName(), quoted(name));
    if (!exec(m_connection, sql, error))
        return -1;
    m_columns.append(name);
    if (!prepareInsert(error))
        return -1;
    return int(m_columns.size()) - 1;
}

bool StagingTable::insert(const QList<StagedValue> &values, QString *error)
{
    Q_ASSERT(values.size() == m_columns.size());

    // The values outlive sqlite3_step(), so SQLite need not copy them.
    for (int i = 0; i < values.size(); ++i) {
        const StagedValue &value = values.at(i);
        switch (value.kind) {
        case StagedValue::Kind::Null:
            sqlite3_bind_null(m_insert, i + 1);
            break;
        case StagedValue::Kind::Text:
            sqlite3_bind_text(m_insert, i + 1, value.text.constData(), int(value.text.size()),
                              SQLITE_STATIC);
            break;
        case StagedValue::Kind::Integer:
            sqlite3_bind_int64(m_insert, i + 1, value.integer);
            break;
        }
    }

    const int status = sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
    if (status != SQLITE_DONE) {
        *error = lastError(m_connection);
        return false;
    }
    ++m_rowCount;
    return true;
}

bool StagingTable::merge(ImportCounts *counts, QString *error)
{
    // The sorters of the merge and of CREATE INDEX keep up to the main cache
    // size in memory besides the cache itself. Every insert() has run by now,
    // so going back from a direct load's 96 MB to the importer's 32 MB keeps
    // a million-row import near 160 MB.
    exec(m_connection, QStringLiteral("PRAGMA main.cache_size = -32768"), nullptr);

    // Direct mode dropped the indexes up front, so they come back even when
    // every row was rejected.
    if (m_direct) {
        if (!finishDirectLoad(counts, error))
            return false;
    } else if (m_rowCount > 0) {
        if (!mergeRows(counts, error))
            return false;
    }

    if (m_rowCount > 0 && m_table.name == QLatin1String(TableNames::TestCaseExecutionResults))
        return refreshTestExecutionContacts(error);
    return true;
}

bool StagingTable::dropSecondaryIndexes(QString *error)
{
    QList<IndexDefinition> indexes;
    if (!secondaryIndexes(m_connection, m_table.name, &indexes, error))
        return false;
    for (const IndexDefinition &index : std::as_const(indexes)) {
        if (!exec(m_connection, QStringLiteral("DROP INDEX main.%1").arg(quoted(index.name)),
                  error))
            return false;
        m_droppedIndexSql.append(index.sql);
    }
    return true;
}

bool StagingTable::createDroppedIndexes(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    const qsizetype count = m_droppedIndexSql.size();
    for (const QString &sql : std::as_const(m_droppedIndexSql)) {
        if (!exec(m_connection, sql, error))
            return false;
    }
    m_droppedIndexSql.clear();
    qCDebug(lcImport) << m_table.name << "rebuilding" << count << "indexes took" << timer.elapsed()
                      << "ms";
    return true;
}

bool StagingTable::finishDirectLoad(ImportCounts *counts, QString *error)
{
    if (!createDroppedIndexes(error))
        return false;

    // The table was empty when create() chose direct mode, so every stored
    // row is a new key, no stored key was replaced, and each other row
    // repeated a key of this import.
    qint64 inserted = 0;
    if (!queryInteger(m_connection,
                      QStringLiteral("SELECT COUNT(*) FROM main.%1").arg(quoted(m_table.name)),
                      &inserted, error))
        return false;

    counts->inserted += inserted;
    counts->unchanged += m_rowCount - inserted;
    qCDebug(lcImport) << m_table.name << "loaded" << m_rowCount << "rows directly:" << inserted
                      << "inserted";
    return true;
}

bool StagingTable::mergeRows(ImportCounts *counts, QString *error)
{
    const QString target = QStringLiteral("main.") + quoted(m_table.name);
    qint64 rowsBefore = 0;
    if (!queryInteger(m_connection, QStringLiteral("SELECT COUNT(*) FROM %1").arg(target),
                      &rowsBefore, error))
        return false;

    // Maintaining secondary indexes row by row costs more than rebuilding
    // them when the import is large next to what is stored.
    const bool rebuildIndexes = m_rowCount >= rowsBefore / 2;
    if (rebuildIndexes && !dropSecondaryIndexes(error))
        return false;

    // Rows arrive sorted by key, oldest version first, so a later row for
    // the same key replaces an earlier one only when it is strictly newer.
    // Whole rows are sorted. SQLite 3.40 drops the ORDER BY of a subquery
    // that sorts only keys and row numbers, so such a merge inserted in input
    // order. With that order forced by a LIMIT, fetching each row by its
    // number took twice the CPU of sorting whole rows (docs/benchmarks.md).
    // "WHERE true" keeps SQLite from reading ON CONFLICT as a join constraint.
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 WHERE true "
                       "ORDER BY %4, coalesce(%5, %6), _staging_seq %7")
            .arg(target, quotedList(m_columns), stagingName(), quotedList(m_table.primaryKey),
                 quoted(m_table.versionColumn), OldestVersion, upsertClause());
    QElapsedTimer timer;
    timer.start();
    if (!exec(m_connection, sql, error))
        return false;
    const qint64 changes = sqlite3_changes64(m_connection);
    qCDebug(lcImport) << m_table.name << "merge took" << timer.restart() << "ms";

    if (!createDroppedIndexes(error))
        return false;

    qint64 rowsAfter = 0;
    if (!queryInteger(m_connection, QStringLiteral("SELECT COUNT(*) FROM %1").arg(target),
                      &rowsAfter, error))
        return false;

    const qint64 inserted = rowsAfter - rowsBefore;
    counts->inserted += inserted;
    counts->replaced += changes - inserted;
    counts->unchanged += m_rowCount - changes;
    qCDebug(lcImport) << m_table.name << "merged" << m_rowCount << "rows:" << inserted
                      << "inserted," << changes - inserted << "replaced";
    return true;
}

bool StagingTable::refreshTestExecutionContacts(QString *error)
{
    const QString key = QStringLiteral("connect_test_case_resource_arn, "
                                       "connect_test_case_execution_start_timestamp, "
                                       "connect_test_case_execution_id");
    // After a direct load every stored execution came from this import.
    const QString stagedKeys =
        m_direct ? QStringLiteral("true")
                 : QStringLiteral("(%1) IN (SELECT %1 FROM %2)").arg(key, stagingName());
    const QString sql =
        QStringLiteral("DELETE FROM main.test_execution_contacts WHERE %1;"
                       "INSERT OR IGNORE INTO main.test_execution_contacts (%2, contact_id, "
                       "is_initial_contact) "
                       "SELECT %2, connect_test_case_associated_initial_contact_id, 1 "
                       "FROM main.connect_test_case_execution_results "
                       "WHERE %1 AND connect_test_case_associated_initial_contact_id <> '';"
                       "INSERT OR IGNORE INTO main.test_execution_contacts (%2, contact_id, "
                       "is_initial_contact) "
                       "SELECT %2, contact.value, 0 "
                       "FROM main.connect_test_case_execution_results AS execution, "
                       "json_each(execution.connect_test_case_associated_contact_ids) AS contact "
                       "WHERE %1 AND contact.type = 'text' AND contact.value <> '';")
            .arg(stagedKeys, key);
    return exec(m_connection, sql, error);
}

} // namespace Flowscope
