#include "importsession.h"

#include <QFileInfo>

namespace Flowscope {

ImportSession::ImportSession(const QString &workspacePath, QObject *parent)
    : QObject(parent), m_workspacePath(workspacePath)
{
    // The wizard lists every warning of an import; the importer's default
    // keeps only the first thousand.
    m_options.maxWarnings = 100000;

    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(RefreshDelayMs);
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(RefreshDelayMs);
    connect(&m_summaryTimer, &QTimer::timeout, this, &ImportSession::startSummary);
    connect(&m_previewTimer, &QTimer::timeout, this, &ImportSession::startPreview);
    connect(&m_previewWorker, &ImportPreviewWorker::summaryReady, this,
            &ImportSession::takeSummary);
    connect(&m_previewWorker, &ImportPreviewWorker::previewReady, this,
            &ImportSession::takePreview);
    // Connected before any page, so pages find the result here when they hear of it.
    connect(&m_importWorker, &ImportWorker::finished, this,
            [this](const ImportResult &result) { m_result = result; });
}

void ImportSession::setInputs(const QStringList &inputs)
{
    if (inputs == m_inputs)
        return;
    m_inputs = inputs;
    Q_EMIT inputsChanged();
    scheduleSummary();
}

void ImportSession::setOptions(const ImportOptions &options)
{
    m_options = options;
    Q_EMIT optionsChanged();
    // The table, format and delimiter change what each file reads as, so
    // the summary is read again as well as the preview.
    scheduleSummary();
    schedulePreview();
}

void ImportSession::setPreviewFile(const QString &path)
{
    if (path == m_previewFile)
        return;
    m_previewFile = path;
    schedulePreview();
}

int ImportSession::acceptedFileCount() const
{
    int count = 0;
    for (const ImportPreview &file : m_summary.files) {
        if (!file.isRejected())
            ++count;
    }
    return count;
}

int ImportSession::mappableFileCount() const
{
    int count = 0;
    for (const ImportPreview &file : m_summary.files) {
        if (!file.isRejected() || file.fileProblem->kind == ImportWarningKind::MissingKeyColumn)
            ++count;
    }
    return count;
}

QStringList ImportSession::importableFiles() const
{
    QStringList paths;
    for (const ImportPreview &file : m_summary.files) {
        if (!file.isRejected())
            paths.append(file.detection.path);
    }
    return paths;
}

QStringList ImportSession::rejectedFiles() const
{
    QStringList paths;
    for (const ImportPreview &file : m_summary.files) {
        if (file.isRejected())
            paths.append(file.detection.path);
    }
    return paths;
}

void ImportSession::scheduleSummary()
{
    m_summaryCurrent = false;
    m_summaryTimer.start();
    Q_EMIT refreshPending();
}

void ImportSession::schedulePreview()
{
    m_previewCurrent = false;
    m_previewTimer.start();
    Q_EMIT refreshPending();
}

void ImportSession::startSummary()
{
    m_previewWorker.requestSummary(m_inputs, m_options);
}

void ImportSession::startPreview()
{
    if (m_previewFile.isEmpty()) {
        // The summary has not named a file yet; it schedules the preview when it does.
        return;
    }
    m_previewWorker.requestPreview(m_previewFile, m_options, PreviewRows);
}

void ImportSession::takeSummary(quint64, const ImportFilesSummary &summary)
{
    m_summary = summary;
    m_summaryCurrent = !m_summaryTimer.isActive();

    // Keep the previewed file while it is still an input. Otherwise show the
    // first readable file, or else the first file, to explain why it is not.
    bool stillListed = false;
    for (const ImportPreview &file : std::as_const(m_summary.files))
        stillListed = stillListed || file.detection.path == m_previewFile;
    if (!stillListed) {
        QString first;
        for (const ImportPreview &file : std::as_const(m_summary.files)) {
            if (!file.isRejected()) {
                first = file.detection.path;
                break;
            }
        }
        if (first.isEmpty() && !m_summary.files.isEmpty())
            first = m_summary.files.first().detection.path;
        m_previewFile = first;
        if (m_previewFile.isEmpty()) {
            m_preview = {};
            m_previewCurrent = true;
            Q_EMIT previewChanged();
        } else {
            schedulePreview();
        }
    }
    Q_EMIT summaryChanged();
}

void ImportSession::takePreview(quint64, const ImportPreview &preview)
{
    // A preview of a file the user has since left is of no use.
    if (preview.detection.path != m_previewFile)
        return;
    m_preview = preview;
    m_previewCurrent = !m_previewTimer.isActive();
    Q_EMIT previewChanged();
}

void ImportSession::startImport()
{
    m_importWorker.start(m_workspacePath, importableFiles(), m_options);
}

} // namespace Flowscope
