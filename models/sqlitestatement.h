#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace Flowscope {

// A prepared statement on a raw SQLite connection, for scans of many rows
// where QSqlQuery's per-value QVariant and UTF-16 conversions cost more than
// the query. Finalizes the statement on destruction. Not thread-safe: one
// thread at a time may use it, and SQLite serialises the calls of all threads
// on one connection.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *connection, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Empty when the statement prepared and every value bound.
    QString error() const { return m_error; }

    // Binds values to the positional parameters in order: integers as
    // INTEGER, null QVariants as NULL, everything else as UTF-8 TEXT.
    bool bind(const QVariantList &values);

    // Steps to the next row. Returns false at the end or on an error, which
    // error() then describes.
    bool next();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // The column as text: a null QString for SQL NULL, an empty non-null
    // QString for the empty string.
    QString text(int column) const;
    // The column's UTF-8 bytes without copying; valid until the next step.
    QByteArray rawText(int column) const;

private:
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace Flowscope
