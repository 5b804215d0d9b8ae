#pragma once

#include "importer.h"
#include "importpreview.h"

#include <QLoggingCategory>
#include <QObject>
#include <QThreadPool>

#include <atomic>

class QThread;

Q_DECLARE_LOGGING_CATEGORY(lcImportView)

namespace Flowscope {

// One progress report of a running import, with the rates the importer does
// not compute itself.
struct ImportProgressReport
{
    ImportProgress progress;
    qint64 elapsedMs = 0;
    double rowsPerSecond = 0;
    // Estimated from the bytes read so far; -1 while that is unknown, before
    // the first bytes and during the merge.
    qint64 remainingMs = -1;
};

// Runs importFiles() on its own thread with its own workspace connection,
// and reports to the thread that owns the worker (the GUI thread).
//
// Progress arrives at most every ProgressIntervalMs, plus once per phase.
// cancel() makes the importer roll back at its next progress check, and
// finished() then carries a Cancelled result.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int ProgressIntervalMs = 100;

    explicit ImportWorker(QObject *parent = nullptr);
    // Cancels a running import and waits for its rollback.
    ~ImportWorker() override;

    // Starts importing `inputs` into the workspace at `workspacePath`, which
    // is created when it does not exist. Does nothing while an import runs.
    void start(const QString &workspacePath, const QStringList &inputs,
               const ImportOptions &options);
    void cancel();
    bool isRunning() const;
    bool isCancelRequested() const { return m_cancelRequested.load(); }

Q_SIGNALS:
    void progressChanged(const Flowscope::ImportProgressReport &report);
    void finished(const Flowscope::ImportResult &result);

private:
    void run(const QString &workspacePath, const QStringList &inputs, const ImportOptions &options);
    bool reportProgress(const ImportProgress &progress);

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelRequested = false;
    ImportResult m_result; // written by the import thread before it finishes

    // Used on the import thread only.
    qint64 m_startedMs = 0;
    qint64 m_lastReportMs = -1;
    ImportProgress::Phase m_lastPhase = ImportProgress::Phase::Reading;
};

// The detection of every input file and its table, for the file list.
struct ImportFilesSummary
{
    QList<ImportPreview> files;        // one per data file, read up to the table only
    QList<ImportWarning> pathWarnings; // skipped and missing paths
};

// Computes previews and file summaries on a thread pool. Each request gets a
// generation number, and only the newest request of each kind delivers its
// result. So a slow preview for options the user has since changed is dropped.
class ImportPreviewWorker : public QObject
{
    Q_OBJECT

public:
    explicit ImportPreviewWorker(QObject *parent = nullptr);
    // Drops queued requests and waits for running ones.
    ~ImportPreviewWorker() override;

    quint64 requestPreview(const QString &path, const ImportOptions &options, int maxRows = 100);
    quint64 requestSummary(const QStringList &inputs, const ImportOptions &options);

    // True while the newest request of either kind has not been delivered.
    bool isBusy() const;

Q_SIGNALS:
    void previewReady(quint64 generation, const Flowscope::ImportPreview &preview);
    void summaryReady(quint64 generation, const Flowscope::ImportFilesSummary &summary);

private:
    std::atomic<quint64> m_previewGeneration = 0;
    std::atomic<quint64> m_summaryGeneration = 0;
    quint64 m_previewDelivered = 0;
    quint64 m_summaryDelivered = 0;
    // Last member, so that it is destroyed first and no task outlives the rest.
    QThreadPool m_pool;
};

} // namespace Flowscope
