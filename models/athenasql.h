#pragma once

#include "filter.h"

#include <QString>
#include <QStringList>

// Renders a Filter as a Trino SQL query over the Amazon Connect data lake, as
// Athena runs it, so that an analyst can run the slice a view shows on the
// whole data lake. The semantics are Filter::toSql's: a half-open UTC window
// on the table's start timestamp, value lists where a null entry matches
// NULL, and "contains" as a literal substring test (strpos(), so % and _ are
// not wildcards). Every value is a string literal with its quotes doubled,
// and text with control characters becomes a U&'' literal with escapes, so
// no value can change the shape of the query.

namespace Flowscope {

inline constexpr char DefaultAthenaDatabase[] = "connect_datalake";

struct AthenaQueryOptions
{
    // The Glue database that contains the data lake tables.
    QString database = QString::fromLatin1(DefaultAthenaDatabase);
    // The columns to select, in order; empty selects every column (*).
    QStringList columns;
};

// The query for the rows behind `view` (a `flowscope-cli export --view`
// name); an empty string for an unknown view.
QString renderAthenaSql(const Filter &filter, const QString &view,
                        const AthenaQueryOptions &options = {});

// The conditions of the WHERE clause for `table`, joined with AND, or empty
// when the filter puts none on that table. `database` qualifies the other
// table that "created by a test run" reads.
QString athenaConditions(const Filter &filter, const QString &table, const QString &database);

// A Trino string literal of `value`: '...' with quotes doubled, or U&'...'
// when the value contains control or line separator characters.
QString athenaStringLiteral(const QString &value);
// A double-quoted identifier with quotes doubled.
QString athenaIdentifier(const QString &name);
// TIMESTAMP 'yyyy-MM-dd HH:mm:ss.zzz' in UTC, the zone of the data lake's timestamps.
QString athenaTimestampLiteral(qint64 epochMs);

} // namespace Flowscope
