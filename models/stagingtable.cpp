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
    const QByteArray sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(stagingName(), quotedList(m_columns), placeholders.join(QLatin1Char(',')))
            .toUtf8();
    if (sqlite3_prepare_v3(m_connection, sql.constData(), int(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) != SQLITE_OK) {
        *error = lastError(m_connection);
        return false;
    }
    return true;
}

int StagingTable::addColumn(const QString &name, QString *error)
{
    const QString sql =
        QStringLiteral("ALTER TABLE main.%1 ADD COLUMN %2 TEXT; ALTER TABLE %3 ADD COLUMN %2")
            .arg(quoted(m_table.name), quoted(name), stagingName());
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
    if (m_rowCount == 0)
        return true;
    if (!mergeRows(counts, error))
        return false;
    if (m_table.name == QLatin1String(TableNames::TestCaseExecutionResults))
        return refreshTestExecutionContacts(error);
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
    QList<IndexDefinition> indexes;
    const bool rebuildIndexes = m_rowCount >= rowsBefore / 2;
    if (rebuildIndexes) {
        if (!secondaryIndexes(m_connection, m_table.name, &indexes, error))
            return false;
        for (const IndexDefinition &index : std::as_const(indexes)) {
            if (!exec(m_connection, QStringLiteral("DROP INDEX main.%1").arg(quoted(index.name)),
                      error))
                return false;
        }
    }

    const QString version = quoted(m_table.versionColumn);
    QStringList assignments;
    for (const QString &column : std::as_const(m_columns))
        assignments.append(QStringLiteral("%1 = excluded.%1").arg(quoted(column)));

    // Rows arrive sorted by key, oldest version first, so a later row for
    // the same key replaces an earlier one only when it is strictly newer.
    // Only the keys and row numbers are sorted, and each row is fetched by
    // its number, which took about a fifth less CPU than sorting whole rows
    // (200,000 flow events, tests/bench/import.sh data).
    // "WHERE true" keeps SQLite from reading ON CONFLICT as a join constraint.
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) SELECT %8 FROM "
                       "(SELECT _staging_seq AS seq FROM %3 "
                       "ORDER BY %4, coalesce(%5, -9223372036854775807 - 1), _staging_seq) AS ordered "
                       "CROSS JOIN %3 AS staged ON staged._staging_seq = ordered.seq WHERE true "
                       "ON CONFLICT (%4) DO UPDATE SET %6 "
                       "WHERE coalesce(excluded.%5, -9223372036854775807 - 1) > "
                       "coalesce(%7.%5, -9223372036854775807 - 1)")
            .arg(target, quotedList(m_columns), stagingName(), quotedList(m_table.primaryKey),
                 version, assignments.join(QStringLiteral(", ")), quoted(m_table.name),
                 quotedList(m_columns, QStringLiteral("staged.")));
    QElapsedTimer timer;
    timer.start();
    if (!exec(m_connection, sql, error))
        return false;
    const qint64 changes = sqlite3_changes64(m_connection);
    qCDebug(lcImport) << m_table.name << "merge took" << timer.restart() << "ms";

    for (const IndexDefinition &index : std::as_const(indexes)) {
        if (!exec(m_connection, index.sql, error))
            return false;
    }
    qCDebug(lcImport) << m_table.name << "rebuilding" << indexes.size() << "indexes took"
                      << timer.restart() << "ms";

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
    const QString stagedKeys =
        QStringLiteral("(%1) IN (SELECT %1 FROM %2)").arg(key, stagingName());
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
