#pragma once

#include "importwarning.h"
#include "inputsource.h"
#include "valueparser.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace Flowscope {

class Workspace;

enum class OnError {
    Abort, // the first rejected row or file aborts the import and rolls it back
    Skip,  // rejected rows and files are reported; the rest is imported
};

struct ImportOptions
{
    // Table for every file; empty means detect it per file from the header or keys.
    QString table;
    OnError onError = OnError::Abort;
    InputOptions input;
    TimestampOptions timestamps;
    // File column name -> workspace column name, for columns whose names do
    // not match. A mapping to an empty name ignores the file column.
    QHash<QString, QString> columnMapping;
    // At most this many warnings are kept in the result; counts stay exact.
    int maxWarnings = 1000;
};

struct ImportProgress
{
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 rowsRead = 0;
    int fileIndex = 0;
    int fileCount = 0;
    QString currentFile;
    enum class Phase { Reading, Merging, Done } phase = Phase::Reading;
};

// Called from the importing thread. Return false to cancel the import.
using ImportProgressCallback = std::function<bool(const ImportProgress &)>;

struct ImportFileReport
{
    QString path;
    QString table; // empty when the file was rejected before its table was known
    InputDetection detection;
    qint64 rowsRead = 0;
    qint64 rowsRejected = 0;
    bool rejected = false;
};

struct ImportCounts
{
    qint64 read = 0;      // records read from the inputs
    qint64 inserted = 0;  // new primary keys
    qint64 replaced = 0;  // existing keys replaced by a newer data_lake_last_processed_timestamp
    qint64 unchanged = 0; // records whose key was already stored with the same or a newer version,
                          // or that repeated a key within this import
    qint64 rejected = 0;  // records not imported
};

struct ImportResult
{
    enum class Status { Succeeded, Failed, Cancelled };
    Status status = Status::Failed;
    QString error; // for Failed: what failed and what to do; the workspace is unchanged
    ImportCounts total;
    QHash<QString, ImportCounts> perTable;
    QList<ImportFileReport> files;
    QList<ImportWarning> warnings; // at most ImportOptions::maxWarnings, rejected rows first
    qint64 warningCount = 0;       // all warnings, including those not kept
    qint64 elapsedMs = 0;
    qint64 importLogId = 0;        // the import_log row, when the import committed
};

// Imports files and folders (recursively, .gz included) into the workspace in
// one transaction. Upserts by primary key: a key already stored is replaced
// only by a row with a newer data_lake_last_processed_timestamp. On abort,
// cancel or failure the transaction is rolled back and the workspace is left
// exactly as it was. Runs on the calling thread with the workspace's connection.
ImportResult importFiles(Workspace &workspace, const QStringList &inputs,
                         const ImportOptions &options = {},
                         const ImportProgressCallback &progress = {});

} // namespace Flowscope
