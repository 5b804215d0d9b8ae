#pragma once

#include "importer.h"
#include "importpreview.h"
#include "importworker.h"

#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QTimer>

namespace Flowscope {

// The state the import wizard's pages share: the chosen inputs, the options
// they build up, and the latest file summary and preview, which the session
// recomputes off the GUI thread (debounced) whenever inputs or options change.
class ImportSession final : public QObject
{
    Q_OBJECT

public:
    // How long input and option changes settle before a new preview starts.
    static constexpr int RefreshDelayMs = 250;
    static constexpr int PreviewRows = 100;

    explicit ImportSession(const QString &workspacePath, QObject *parent = nullptr);

    QString workspacePath() const { return m_workspacePath; }

    const QStringList &inputs() const { return m_inputs; }
    void setInputs(const QStringList &inputs);

    const ImportOptions &options() const { return m_options; }
    void setOptions(const ImportOptions &options);

    // The file the preview shows; empty until the summary picks the first readable one.
    QString previewFile() const { return m_previewFile; }
    void setPreviewFile(const QString &path);

    // The zone the main window shows times in; the preview shows them in it too.
    QTimeZone displayTimeZone() const { return m_displayZone; }
    void setDisplayTimeZone(const QTimeZone &zone) { m_displayZone = zone; }

    const ImportFilesSummary &summary() const { return m_summary; }
    const ImportPreview &preview() const { return m_preview; }
    // False while a newer summary or preview is on its way.
    bool isSummaryCurrent() const { return m_summaryCurrent; }
    bool isPreviewCurrent() const { return m_previewCurrent; }
    // Data files found in the inputs, rejected ones included.
    int fileCount() const { return int(m_summary.files.size()); }
    int acceptedFileCount() const;
    // Accepted files plus those rejected only for a missing key column, which
    // the column mapping can fix.
    int mappableFileCount() const;
    // Returns the data files that detection accepted. startImport() reads only
    // these, so a rejected file cannot fail an import that aborts on errors.
    QStringList importableFiles() const;
    // Returns the data files that detection rejected and the import leaves out.
    QStringList rejectedFiles() const;

    ImportWorker *importWorker() { return &m_importWorker; }
    // Starts importing the importable files with the current options.
    void startImport();
    // The result of the last import that finished.
    const ImportResult &result() const { return m_result; }

Q_SIGNALS:
    void inputsChanged();
    void optionsChanged();
    void summaryChanged();
    void previewChanged();
    // A refresh was scheduled: the shown summary or preview is out of date.
    void refreshPending();

private:
    void scheduleSummary();
    void schedulePreview();
    void startSummary();
    void startPreview();
    void takeSummary(quint64 generation, const Flowscope::ImportFilesSummary &summary);
    void takePreview(quint64 generation, const Flowscope::ImportPreview &preview);

    QString m_workspacePath;
    QStringList m_inputs;
    ImportOptions m_options;
    QString m_previewFile;
    QTimeZone m_displayZone = QTimeZone::utc();

    ImportFilesSummary m_summary;
    ImportPreview m_preview;
    ImportResult m_result;
    bool m_summaryCurrent = false;
    bool m_previewCurrent = false;

    QTimer m_summaryTimer;
    QTimer m_previewTimer;
    ImportPreviewWorker m_previewWorker;
    ImportWorker m_importWorker;
};

} // namespace Flowscope
