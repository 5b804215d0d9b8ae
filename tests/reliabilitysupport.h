#pragma once

#include <QByteArray>
#include <QString>

namespace Flowscope::Test {

// Writes an Athena query result CSV of contact_flow_events with `rowCount`
// rows whose event ids are numbered from `firstRow`. Rows with the same
// number always have the same key; `lastProcessed` sets
// data_lake_last_processed_timestamp so that a later version of a row can
// replace an earlier one.
QByteArray flowEventsCsv(qint64 firstRow, qint64 rowCount,
                         const QString &lastProcessed = QStringLiteral("2026-11-03 15:00:00.000"));

// What a workspace file holds, read with its own connection.
struct WorkspaceState
{
    QString openError;      // set when the workspace did not open
    QString integrityCheck; // the first row of PRAGMA integrity_check: "ok" when intact
    qint64 flowEventRows = -1;
    qint64 importLogRows = -1;
    // SHA-256 over every table's name, columns and rows (rows sorted by all
    // columns, NULL distinguished from the empty string), except import_log,
    // whose rows record times and so differ between equal imports.
    QByteArray checksum;
};

// Opens the workspace at `path` as the application does (which rolls back an
// interrupted transaction) and reads its state.
WorkspaceState readWorkspaceState(const QString &path);

} // namespace Flowscope::Test
