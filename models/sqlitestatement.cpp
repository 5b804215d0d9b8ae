#include "sqlitestatement.h"

#include <sqlite3.h>

namespace Flowscope {

SqliteStatement::SqliteStatement(sqlite3 *connection, const QString &sql) : m_connection(connection)
{
    if (!connection) {
        m_error = QStringLiteral("the workspace is not open");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &m_statement, nullptr) !=
        SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(connection));
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::bind(const QVariantList &values)
{
    if (!m_statement)
        return false;

    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const int parameter = i + 1;
        int status = SQLITE_OK;
        if (value.isNull()) {
            status = sqlite3_bind_null(m_statement, parameter);
        } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            status = sqlite3_bind_int64(m_statement, parameter, value.toLongLong());
        } else {
            const QByteArray text = value.toString().toUtf8();
            status = sqlite3_bind_text(m_statement, parameter, text.constData(), int(text.size()),
                                       SQLITE_TRANSIENT);
        }
        if (status != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
            return false;
        }
    }
    return true;
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;

    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    if (status != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    if (size == 0)
        return QStringLiteral("");
    return QString::fromUtf8(bytes, size);
}

QByteArray SqliteStatement::rawText(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return QByteArray::fromRawData(bytes ? bytes : "", size);
}

} // namespace Flowscope
