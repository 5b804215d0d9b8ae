#include "importworker.h"

#include "workspace.h"

#include <QDateTime>
#include <QThread>

Q_LOGGING_CATEGORY(lcImportView, "flowscope.views.import", QtWarningMsg)

namespace Flowscope {

ImportWorker::ImportWorker(QObject *parent) : QObject(parent) {}

ImportWorker::~ImportWorker()
{
    if (!m_thread)
        return;
    m_cancelRequested.store(true);
    m_thread->wait();
    delete m_thread;
}

bool ImportWorker::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

void ImportWorker::cancel()
{
    if (!isRunning())
        return;
    qCInfo(lcImportView) << "import cancel requested";
    m_cancelRequested.store(true);
}

void ImportWorker::start(const QString &workspacePath, const QStringList &inputs,
                         const ImportOptions &options)
{
    if (isRunning()) {
        qCWarning(lcImportView) << "an import is already running; ignoring a second start";
        return;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }

    m_cancelRequested.store(false);
    m_result = {};
    m_thread = QThread::create(
        [this, workspacePath, inputs, options] { run(workspacePath, inputs, options); });
    m_thread->setObjectName(QStringLiteral("flowscope-import"));

    // QThread::finished is emitted on the import thread after run() returned,
    // so m_result is complete when this queued lambda reads it.
    connect(m_thread, &QThread::finished, this, [this] { Q_EMIT finished(m_result); });
    m_thread->start();
}

void ImportWorker::run(const QString &workspacePath, const QStringList &inputs,
                       const ImportOptions &options)
{
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_lastReportMs = -1;
    m_lastPhase = ImportProgress::Phase::Reading;

    Workspace workspace;
    QString error;
    if (!workspace.open(workspacePath, Workspace::OpenMode::CreateIfMissing, &error)) {
        qCWarning(lcImportView) << "cannot open the workspace for the import:" << error;
        m_result.status = ImportResult::Status::Failed;
        m_result.error = error;
        return;
    }

    qCInfo(lcImportView) << "import started:" << inputs.size() << "inputs into" << workspacePath;
    m_result = importFiles(workspace, inputs, options, [this](const ImportProgress &progress) {
        return reportProgress(progress);
    });
    qCInfo(lcImportView) << "import ended with status" << int(m_result.status) << "after"
                         << m_result.elapsedMs << "ms";
}

bool ImportWorker::reportProgress(const ImportProgress &progress)
{
    if (m_cancelRequested.load())
        return false;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool phaseChanged = progress.phase != m_lastPhase;
    if (!phaseChanged && m_lastReportMs >= 0 && now - m_lastReportMs < ProgressIntervalMs)
        return true;
    m_lastReportMs = now;
    m_lastPhase = progress.phase;

    ImportProgressReport report;
    report.progress = progress;
    report.elapsedMs = now - m_startedMs;
    if (report.elapsedMs > 0)
        report.rowsPerSecond = double(progress.rowsRead) * 1000.0 / double(report.elapsedMs);
    if (progress.phase == ImportProgress::Phase::Reading && progress.bytesDone > 0 &&
        progress.bytesTotal >= progress.bytesDone) {
        const double remainingBytes = double(progress.bytesTotal - progress.bytesDone);
        report.remainingMs =
            qint64(double(report.elapsedMs) * remainingBytes / double(progress.bytesDone));
    } else if (progress.phase == ImportProgress::Phase::Done) {
        report.remainingMs = 0;
    }

    QMetaObject::invokeMethod(
        this, [this, report] { Q_EMIT progressChanged(report); }, Qt::QueuedConnection);
    return !m_cancelRequested.load();
}

ImportPreviewWorker::ImportPreviewWorker(QObject *parent) : QObject(parent)
{
    // One thread is enough: requests are debounced, and stale ones are
    // skipped before they start.
    m_pool.setMaxThreadCount(1);
}

ImportPreviewWorker::~ImportPreviewWorker()
{
    m_pool.clear();
    m_pool.waitForDone();
}

bool ImportPreviewWorker::isBusy() const
{
    return m_previewDelivered != m_previewGeneration.load() ||
           m_summaryDelivered != m_summaryGeneration.load();
}

quint64 ImportPreviewWorker::requestPreview(const QString &path, const ImportOptions &options,
                                            int maxRows)
{
    const quint64 generation = ++m_previewGeneration;
    m_pool.start([this, generation, path, options, maxRows] {
        if (generation != m_previewGeneration.load())
            return; // a newer request is queued behind this one

        const ImportPreview preview = previewImportFile(path, options, maxRows);
        QMetaObject::invokeMethod(
            this,
            [this, generation, preview] {
                if (generation != m_previewGeneration.load()) {
                    qCDebug(lcImportView) << "dropping stale preview" << generation;
                    return;
                }
                m_previewDelivered = generation;
                Q_EMIT previewReady(generation, preview);
            },
            Qt::QueuedConnection);
    });
    return generation;
}

quint64 ImportPreviewWorker::requestSummary(const QStringList &inputs, const ImportOptions &options)
{
    const quint64 generation = ++m_summaryGeneration;
    m_pool.start([this, generation, inputs, options] {
        if (generation != m_summaryGeneration.load())
            return;

        ImportFilesSummary summary;
        const QStringList files = expandInputPaths(inputs, &summary.pathWarnings);
        for (const QString &file : files) {
            if (generation != m_summaryGeneration.load())
                return;
            summary.files.append(previewImportFile(file, options, 0));
        }

        QMetaObject::invokeMethod(
            this,
            [this, generation, summary] {
                if (generation != m_summaryGeneration.load())
                    return;
                m_summaryDelivered = generation;
                Q_EMIT summaryReady(generation, summary);
            },
            Qt::QueuedConnection);
    });
    return generation;
}

} // namespace Flowscope
