// The pages of a running and a finished import: progress and result.

#include "importwizardpages.h"

#include "importsession.h"
#include "importtableview.h"
#include "importwarningsmodel.h"
#include "importwizard.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Flowscope {

namespace {

// The bar counts in permille of the bytes, which stays within an int for any file size.
constexpr int ProgressScale = 1000;

QString formattedDuration(qint64 milliseconds)
{
    const qint64 seconds = qMax<qint64>(0, (milliseconds + 500) / 1000);
    const qint64 hours = seconds / 3600;
    const QString minutesSeconds =
        QStringLiteral("%1:%2")
            .arg((seconds / 60) % 60, hours > 0 ? 2 : 1, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QStringLiteral("%1:%2").arg(hours).arg(minutesSeconds) : minutesSeconds;
}

} // namespace

// ---------------------------------------------------------------------------
// Progress

ImportProgressPage::ImportProgressPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The rows are read, checked and merged into the workspace in one "
                   "transaction. Cancel rolls everything back."));

    m_bar = new QProgressBar;
    m_bar->setRange(0, ProgressScale);
    m_bar->setTextVisible(true);
    m_fileLabel = new QLabel;
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_rowsLabel = new QLabel;
    m_timeLabel = new QLabel;
    m_statusLabel = new QLabel;
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setObjectName(QStringLiteral("importStatusLabel"));
    m_nextStepLabel = new QLabel;
    m_nextStepLabel->setWordWrap(true);
    m_cancelButton = new QPushButton(tr("&Cancel Import"));
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));

    auto *cancelRow = new QHBoxLayout;
    cancelRow->addStretch();
    cancelRow->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_bar);
    layout->addWidget(m_rowsLabel);
    layout->addWidget(m_timeLabel);
    layout->addSpacing(12);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_nextStepLabel);
    layout->addStretch();
    layout->addLayout(cancelRow);

    ImportWorker *worker = m_session->importWorker();
    connect(m_cancelButton, &QPushButton::clicked, this, [this, worker] {
        worker->cancel();
        m_cancelButton->setEnabled(false);
        m_statusLabel->setText(tr("Cancelling: rolling the import back…"));
    });
    connect(worker, &ImportWorker::progressChanged, this, &ImportProgressPage::showProgress);
    connect(worker, &ImportWorker::finished, this, &ImportProgressPage::showFinished);
}

void ImportProgressPage::initializePage()
{
    setTitle(tr("Importing"));
    m_finished = false;
    m_bar->setRange(0, ProgressScale);
    m_bar->setValue(0);
    m_bar->show();
    m_nextStepLabel->clear();
    m_fileLabel->setText(tr("Starting the import…"));
    m_rowsLabel->clear();
    m_timeLabel->clear();
    m_statusLabel->clear();
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_session->startImport();
}

void ImportProgressPage::cleanupPage()
{
    // Back from a failed or cancelled import: the options page starts the
    // import again, so it is the commit page once more.
    if (wizard())
        wizard()->page(ImportWizard::OptionsPageId)->setCommitPage(true);
}

bool ImportProgressPage::isComplete() const
{
    return m_finished;
}

void ImportProgressPage::showProgress(const ImportProgressReport &report)
{
    if (m_finished)
        return;
    const ImportProgress &progress = report.progress;
    const QLocale locale;

    if (progress.bytesTotal > 0)
        m_bar->setValue(
            int(double(progress.bytesDone) * ProgressScale / double(progress.bytesTotal)));

    switch (progress.phase) {
    case ImportProgress::Phase::Reading:
        m_fileLabel->setText(tr("Reading file %1 of %2: %3")
                                 .arg(progress.fileIndex + 1)
                                 .arg(progress.fileCount)
                                 .arg(QFileInfo(progress.currentFile).fileName()));
        break;
    case ImportProgress::Phase::Merging:
        m_fileLabel->setText(tr("Merging the rows into the workspace…"));
        // The merge reports no steps of its own.
        m_bar->setRange(0, 0);
        break;
    case ImportProgress::Phase::Done:
        m_fileLabel->setText(tr("Finishing…"));
        break;
    }

    m_rowsLabel->setText(tr("%Ln row(s) read, %1 rows per second", nullptr,
                            int(qMin<qint64>(progress.rowsRead, INT_MAX)))
                             .arg(locale.toString(qRound64(report.rowsPerSecond))));
    m_rowsLabel->setToolTip(locale.toString(progress.rowsRead));
    m_timeLabel->setText(
        report.remainingMs >= 0
            ? tr("Elapsed %1, about %2 left")
                  .arg(formattedDuration(report.elapsedMs), formattedDuration(report.remainingMs))
            : tr("Elapsed %1").arg(formattedDuration(report.elapsedMs)));
}

void ImportProgressPage::showFinished(const ImportResult &result)
{
    m_finished = true;
    m_cancelButton->hide();
    m_bar->setRange(0, ProgressScale);
    m_timeLabel->setText(tr("Took %1").arg(formattedDuration(result.elapsedMs)));

    switch (result.status) {
    case ImportResult::Status::Succeeded:
        m_bar->setValue(ProgressScale);
        m_statusLabel->setText(tr("The import finished."));
        break;
    case ImportResult::Status::Cancelled:
        setTitle(tr("Import Cancelled"));
        m_bar->hide();
        m_fileLabel->clear();
        m_statusLabel->setText(tr("The import was cancelled and rolled back. Nothing was "
                                  "imported; the workspace is unchanged."));
        break;
    case ImportResult::Status::Failed:
        // The importer's message already states that the workspace is unchanged.
        setTitle(tr("Import Failed"));
        m_bar->hide();
        m_fileLabel->clear();
        m_statusLabel->setText(result.error);
        break;
    }

    // Nothing was written after a failure or a cancel, so the options page may
    // run the import again. QWizard enables Back only when the previous page is
    // not a commit page.
    if (result.status != ImportResult::Status::Succeeded) {
        m_nextStepLabel->setText(
            result.status == ImportResult::Status::Failed
                ? tr("Go Back to change the options and import again, or Next to list the "
                     "rejected rows.")
                : tr("Go Back to change the options and import again."));
        if (wizard())
            wizard()->page(ImportWizard::OptionsPageId)->setCommitPage(false);
    }
    Q_EMIT completeChanged();

    // A successful import goes straight to its counts; a cancelled or failed
    // one stays here so the user reads why, then moves on with Next.
    if (result.status == ImportResult::Status::Succeeded && wizard() &&
        wizard()->currentPage() == this)
        wizard()->next();
}

// ---------------------------------------------------------------------------
// Result

ImportResultPage::ImportResultPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Import Result"));
    setFinalPage(true);

    m_heading = new QLabel;
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_counts = new QTableWidget(0, 6);
    m_counts->setObjectName(QStringLiteral("countsTable"));
    m_counts->setHorizontalHeaderLabels(
        {tr("Table"), tr("Read"), tr("Inserted"), tr("Replaced"), tr("Unchanged"), tr("Rejected")});
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setSelectionMode(QAbstractItemView::NoSelection);
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 6; ++column)
        m_counts->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_counts->setFocusPolicy(Qt::NoFocus);
    m_counts->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_counts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_counts->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_rejectedModel = new ImportWarningsModel(ImportWarningsModel::Selection::Rejections, this);
    m_rejectedView = new ImportTableView;
    m_rejectedView->setObjectName(QStringLiteral("rejectedView"));
    m_rejectedView->setModel(m_rejectedModel);
    m_noticesModel = new ImportWarningsModel(ImportWarningsModel::Selection::Notices, this);
    m_noticesView = new ImportTableView;
    m_noticesView->setObjectName(QStringLiteral("noticesView"));
    m_noticesView->setModel(m_noticesModel);
    for (ImportTableView *view : {m_rejectedView, m_noticesView}) {
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(false);
        view->horizontalHeader()->setSectionResizeMode(ImportWarningsModel::ReasonColumn,
                                                       QHeaderView::Stretch);
        view->setColumnWidth(ImportWarningsModel::FileColumn, 150);
        view->setColumnWidth(ImportWarningsModel::LineColumn, 60);
        view->setColumnWidth(ImportWarningsModel::ColumnColumn, 150);
        view->setColumnWidth(ImportWarningsModel::ValueColumn, 140);
    }

    m_tabs = new QTabWidget;
    m_tabs->addTab(m_rejectedView, QString());
    m_tabs->addTab(m_noticesView, QString());

    m_truncatedLabel = new QLabel;
    m_truncatedLabel->setWordWrap(true);
    m_copyButton = new QPushButton(tr("&Copy"));
    m_copyButton->setToolTip(tr("Copy the selected rows, or all rows when none is selected"));
    m_saveButton = new QPushButton(tr("&Save as CSV…"));
    m_saveButton->setObjectName(QStringLiteral("saveCsvButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_truncatedLabel, 1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_saveButton);

    // Reasons and values are often longer than their column; the current
    // row is shown here in full, wrapped and selectable.
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("warningDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(6);
    m_details->setText(tr("Select a row to read its whole reason here."));
    for (ImportTableView *view : {m_rejectedView, m_noticesView}) {
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &ImportResultPage::showWarningDetails);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &ImportResultPage::showWarningDetails);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_counts);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        auto *view = qobject_cast<ImportTableView *>(m_tabs->currentWidget());
        if (!view)
            return;
        if (!view->selectionModel()->hasSelection())
            view->selectAll();
        view->copySelection();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &ImportResultPage::chooseCsvFile);
}

void ImportResultPage::showWarningDetails()
{
    const auto *view = qobject_cast<ImportTableView *>(m_tabs->currentWidget());
    const auto *model = view ? qobject_cast<ImportWarningsModel *>(view->model()) : nullptr;
    const QModelIndex current = view ? view->currentIndex() : QModelIndex();
    if (!model || !current.isValid() || current.row() >= model->warnings().size()) {
        m_details->setText(tr("Select a row to read its whole reason here."));
        return;
    }

    const ImportWarning &warning = model->warnings().at(current.row());
    QString text = warning.toString();
    if (!warning.value.isEmpty())
        text += QLatin1Char('\n') + tr("Value: %1").arg(warning.value);
    m_details->setText(text);
}

void ImportResultPage::initializePage()
{
    const ImportResult &result = m_session->result();

    switch (result.status) {
    case ImportResult::Status::Succeeded:
        setSubTitle(tr("The import committed in %1 s.")
                        .arg(QLocale().toString(double(result.elapsedMs) / 1000.0, 'f', 1)));
        m_heading->setText(
            result.total.rejected == 0
                ? tr("All %Ln row(s) were read without a problem.", nullptr,
                     int(qMin<qint64>(result.total.read, INT_MAX)))
                : tr("%Ln row(s) were rejected and not imported; they are listed below.", nullptr,
                     int(qMin<qint64>(result.total.rejected, INT_MAX))));
        break;
    case ImportResult::Status::Cancelled:
        setSubTitle(tr("The import was cancelled."));
        m_heading->setText(tr("Nothing was imported; the workspace is unchanged."));
        break;
    case ImportResult::Status::Failed:
        setSubTitle(tr("The import failed, so nothing was imported."));
        m_heading->setText(result.error);
        break;
    }

    // A failed or cancelled import committed nothing, so its partial counts
    // would contradict the heading and the rejected rows listed below.
    showCounts(result);
    m_counts->setVisible(result.status == ImportResult::Status::Succeeded);

    m_rejectedModel->setWarnings(result.warnings);
    m_noticesModel->setWarnings(result.warnings);
    for (ImportTableView *view : {m_rejectedView, m_noticesView}) {
        if (view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
    }
    showWarningDetails();
    m_tabs->setTabText(0, tr("Rejected rows (%1)").arg(m_rejectedModel->rowCount()));
    m_tabs->setTabText(1, tr("Other warnings (%1)").arg(m_noticesModel->rowCount()));
    m_tabs->setCurrentIndex(m_rejectedModel->rowCount() > 0 || m_noticesModel->rowCount() == 0 ? 0
                                                                                               : 1);
    m_saveButton->setEnabled(m_rejectedModel->rowCount() > 0);

    const bool truncated = result.warningCount > result.warnings.size();
    m_truncatedLabel->setText(truncated
                                  ? tr("Only the first %1 of %Ln warning(s) are listed.", nullptr,
                                       int(qMin<qint64>(result.warningCount, INT_MAX)))
                                        .arg(result.warnings.size())
                                  : QString());
}

void ImportResultPage::showCounts(const ImportResult &result)
{
    QList<std::pair<QString, ImportCounts>> rows;
    QStringList tables = result.perTable.keys();
    tables.sort();
    for (const QString &table : std::as_const(tables))
        rows.append({table, result.perTable.value(table)});
    if (rows.size() != 1)
        rows.append({tr("Total"), result.total});

    const QLocale locale;
    m_counts->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const ImportCounts &counts = rows.at(row).second;
        m_counts->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        const qint64 values[] = {counts.read, counts.inserted, counts.replaced, counts.unchanged,
                                 counts.rejected};
        for (int column = 0; column < 5; ++column) {
            auto *item = new QTableWidgetItem(locale.toString(values[column]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_counts->setItem(row, column + 1, item);
        }
    }

    // Tall enough for every row and no more, so the rejected rows get the space.
    int height = m_counts->horizontalHeader()->sizeHint().height() + 2 * m_counts->frameWidth();
    for (int row = 0; row < m_counts->rowCount(); ++row)
        height += m_counts->rowHeight(row);
    m_counts->setFixedHeight(height);
}

bool ImportResultPage::saveRejectedRows(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2. Choose another folder.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(importWarningsCsv(m_rejectedModel->warnings()));
    if (!file.commit()) {
        *error = tr("Saving %1 failed: %2. Check that the disk has free space.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ImportResultPage::chooseCsvFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Rejected Rows"),
                                     QStringLiteral("rejected-rows.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveRejectedRows(path, &error))
        QMessageBox::warning(this, tr("Save Rejected Rows"), error);
}

} // namespace Flowscope
