#pragma once

#include <QString>
#include <QVariantMap>

namespace Flowscope::Test {

// 2026-01-01 00:00:00 UTC in milliseconds since the Unix epoch.
inline constexpr qint64 FixtureBaseMs = 1767225600000;

// Creates a workspace at `path` holding the browser fixture: six flow events
// (ev-01 .. ev-06, with NULL and empty values, a quote, % and _ in ids) and
// three test executions (run-1 .. run-3) linked to contacts c-1 and c-2.
// Returns an empty string, or what failed.
QString createBrowserFixture(const QString &path);

// Inserts one row; columns missing from `values` stay NULL. Returns what failed, or empty.
QString insertRow(const QString &path, const QString &table, const QVariantMap &values);

// Inserts `count` flow events ev-bulk-000000 .. with start times one second apart
// in one transaction. Returns what failed, or empty.
QString insertBulkFlowEvents(const QString &path, int count);

} // namespace Flowscope::Test
