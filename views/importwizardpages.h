#pragma once

#include "importer.h"
#include "importworker.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace Flowscope {

class ImportPreviewModel;
class ImportSession;
class ImportTableView;
class ImportWarningsModel;
struct TableSpec;

// Step 1: the files and folders to import, with their sizes.
class ImportFilesPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilesPage(ImportSession *session, QWidget *parent = nullptr);

    bool isComplete() const override;
    void addPaths(const QStringList &paths);
    void removeSelected();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void chooseFolder();
    void showInputs();

    ImportSession *m_session;
    QStackedWidget *m_stack = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_totalLabel = nullptr;
    QPushButton *m_removeButton = nullptr;
};

// Step 2: what was detected per file, overrides, and a live preview.
class ImportDetectionPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDetectionPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    ImportPreviewModel *previewModel() const { return m_previewModel; }

private:
    void applyOverrides();
    void showSummary();
    void showPreview();
    void showPending();
    void previewSelectedFile();
    QString namedMessage(const QString &path, const QString &message) const;
    // "N files detected", or how many of them can be imported when some cannot.
    QString countText() const;

    ImportSession *m_session;
    QComboBox *m_tableCombo = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QTreeWidget *m_files = nullptr;
    QLabel *m_fileProblems = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_previewProblems = nullptr;
    ImportTableView *m_previewView = nullptr;
    ImportPreviewModel *m_previewModel = nullptr;
    QLabel *m_status = nullptr;
};

// Step 3: where each file column goes.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QTableWidget *mappingTable() const { return m_table; }

private:
    void rebuild();
    void showFiles();
    void showFirstValues();
    void applyChoice(int row);
    void showSummary();

    ImportSession *m_session;
    QComboBox *m_fileCombo = nullptr;
    QLabel *m_layouts = nullptr;
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_missing = nullptr;
    QLabel *m_extra = nullptr;
    QLabel *m_keyProblem = nullptr;
    QStringList m_shownColumns;
    const TableSpec *m_shownTable = nullptr;
    bool m_keysMapped = true;
};

// Step 4: bad rows, time zone, epoch unit and date pattern. Its Next button
// starts the import.
class ImportOptionsPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportOptionsPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void applyOptions();
    bool zoneIsValid() const;
    void showSummary();
    void showBadRows();

    ImportSession *m_session;
    QRadioButton *m_abortButton = nullptr;
    QRadioButton *m_skipButton = nullptr;
    QLabel *m_badRows = nullptr;
    QComboBox *m_zoneCombo = nullptr;
    QLabel *m_zoneProblem = nullptr;
    QComboBox *m_epochUnitCombo = nullptr;
    QLineEdit *m_datePatternEdit = nullptr;
    QLabel *m_summary = nullptr;
};

// Step 5: the running import, with a Cancel that rolls it back.
class ImportProgressPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportProgressPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    QPushButton *cancelButton() const { return m_cancelButton; }

private:
    void showProgress(const Flowscope::ImportProgressReport &report);
    void showFinished(const Flowscope::ImportResult &result);

    ImportSession *m_session;
    QProgressBar *m_bar = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_rowsLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_nextStepLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    bool m_finished = false;
};

// Step 6: counts per table and the rejected rows, to copy or save as CSV.
class ImportResultPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportResultPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;

    // Writes the rejected rows as CSV; on failure sets `error` to a message
    // that names the path and the cause.
    bool saveRejectedRows(const QString &path, QString *error) const;
    ImportTableView *rejectedView() const { return m_rejectedView; }
    ImportWarningsModel *rejectedModel() const { return m_rejectedModel; }
    QTableWidget *countsTable() const { return m_counts; }

private:
    void showWarningDetails();
    void showCounts(const ImportResult &result);
    void chooseCsvFile();

    ImportSession *m_session;
    QLabel *m_heading = nullptr;
    QTableWidget *m_counts = nullptr;
    QTabWidget *m_tabs = nullptr;
    ImportTableView *m_rejectedView = nullptr;
    ImportWarningsModel *m_rejectedModel = nullptr;
    ImportTableView *m_noticesView = nullptr;
    ImportWarningsModel *m_noticesModel = nullptr;
    QLabel *m_truncatedLabel = nullptr;
    QLabel *m_details = nullptr; // the whole of the current row's reason and value
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace Flowscope
