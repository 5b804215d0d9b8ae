#include "exportdialog.h"

#include "athenasql.h"
#include "exportviews.h"
#include "timezonecombo.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardItemModel>
#include <QThread>
#include <QVBoxLayout>

#include <climits>

namespace Flowscope {

namespace {

// The progress dialog is updated at most this often.
constexpr qint64 ProgressIntervalMs = 100;

QString formatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return ExportDialog::tr("CSV (comma-separated values)");
    case ExportFormat::Xlsx:
        return ExportDialog::tr("Excel workbook (.xlsx)");
    case ExportFormat::Pdf:
        return ExportDialog::tr("PDF report");
    case ExportFormat::Png:
        return ExportDialog::tr("PNG image of the chart or map");
    case ExportFormat::Svg:
        return ExportDialog::tr("SVG drawing of the chart or map");
    case ExportFormat::AthenaSql:
        return ExportDialog::tr("Athena SQL query for the data lake");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(const QString &workspacePath, const QStringList &views,
                           const Filter &filter, const QTimeZone &zone,
                           const ExportGraphics &graphics, QWidget *parent)
    : QDialog(parent), m_workspacePath(workspacePath), m_filter(filter), m_graphics(graphics)
{
    qRegisterMetaType<Flowscope::ExportResult>();
    setWindowTitle(tr("Export"));

    m_viewCombo = new QComboBox(this);
    for (const QString &view : views)
        m_viewCombo->addItem(exportViewTitle(view), view);

    m_formatCombo = new QComboBox(this);
    for (const QString &name : exportFormatNames()) {
        const ExportFormat format = *exportFormatFromName(name);
        m_formatCombo->addItem(formatLabel(format), name);
    }

    m_columnLabel = new QLabel(tr("Columns:"), this);
    m_columnList = new QListWidget(this);
    m_columnList->setMinimumHeight(140);

    m_fileEdit = new QLineEdit(this);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browseButton);

    m_bomBox = new QCheckBox(tr("Start with a UTF-8 byte order mark (for Excel)"), this);
    m_zoneCombo = new TimeZoneCombo(this);
    m_zoneCombo->setTimeZone(zone);
    m_databaseLabel = new QLabel(tr("Athena database:"), this);
    m_databaseEdit = new QLineEdit(QString::fromLatin1(DefaultAthenaDatabase), this);

    m_formulaNote = new QLabel(
        tr("Text starting with =, +, -, @, tab or a carriage return gets a leading apostrophe, "
           "so that spreadsheets show it instead of running it as a formula. Numbers such as "
           "-12.5 stay as they are."),
        this);
    m_formulaNote->setWordWrap(true);

    const QString described = filter.describe(exportViewTable(views.value(0)), zone);
    m_filterLabel = new QLabel(described.isEmpty() ? tr("Filter: none, every row")
                                                   : tr("Filter: %1").arg(described),
                               this);
    m_filterLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("View:"), m_viewCombo);
    form->addRow(tr("Format:"), m_formatCombo);
    form->addRow(m_columnLabel, m_columnList);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Time zone:"), m_zoneCombo);
    form->addRow(QString(), m_bomBox);
    form->addRow(m_databaseLabel, m_databaseEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterLabel);
    layout->addLayout(form);
    layout->addWidget(m_formulaNote);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_viewCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    updateControls();
}

ExportDialog::~ExportDialog()
{
    // The worker reads m_graphics; stop it before they go.
    if (m_worker) {
        m_cancel->store(true);
        m_worker->wait();
    }
}

ExportFormat ExportDialog::currentFormat() const
{
    return exportFormatFromName(m_formatCombo->currentData().toString())
        .value_or(ExportFormat::Csv);
}

void ExportDialog::updateControls()
{
    const QString view = m_viewCombo->currentData().toString();
    const ExportFormat format = currentFormat();

    // Formats that draw need a chart or map of the view.
    const bool hasGraphics = !m_graphics.value(view).isEmpty();
    for (int i = 0; i < m_formatCombo->count(); ++i) {
        const ExportFormat candidate =
            *exportFormatFromName(m_formatCombo->itemData(i).toString());
        const bool image = candidate == ExportFormat::Png || candidate == ExportFormat::Svg;
        auto *model = qobject_cast<QStandardItemModel *>(m_formatCombo->model());
        if (model && model->item(i))
            model->item(i)->setEnabled(!image || hasGraphics);
    }

    const bool table = isRowTableView(view) && format != ExportFormat::Png &&
                       format != ExportFormat::Svg;
    if (table && m_columnList->property("view").toString() != view) {
        m_columnList->clear();
        Workspace workspace;
        if (workspace.open(m_workspacePath, Workspace::OpenMode::ReadOnly)) {
            for (const QString &column : exportViewColumns(workspace, view)) {
                auto *item = new QListWidgetItem(column, m_columnList);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Checked);
            }
        }
        m_columnList->setProperty("view", view);
    }
    m_columnLabel->setVisible(table);
    m_columnList->setVisible(table);
    m_bomBox->setVisible(format == ExportFormat::Csv);
    m_formulaNote->setVisible(format == ExportFormat::Csv);
    m_databaseLabel->setVisible(format == ExportFormat::AthenaSql);
    m_databaseEdit->setVisible(format == ExportFormat::AthenaSql);

    // Keep the chosen folder and name, with the suffix of the format.
    const QString suffix = exportFormatSuffix(format);
    QFileInfo current(m_fileEdit->text());
    const QString folder = m_fileEdit->text().isEmpty()
                               ? QFileInfo(m_workspacePath).absolutePath()
                               : current.absolutePath();
    const QString base = m_fileEdit->text().isEmpty() ? view : current.completeBaseName();
    m_fileEdit->setText(QDir(folder).filePath(base + QLatin1Char('.') + suffix));
}

void ExportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export To"), m_fileEdit->text(),
        tr("%1 (*.%2)").arg(formatLabel(currentFormat()), exportFormatSuffix(currentFormat())));
    if (!path.isEmpty())
        m_fileEdit->setText(path);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.workspacePath = m_workspacePath;
    request.views = {m_viewCombo->currentData().toString()};
    request.format = currentFormat();
    request.filter = m_filter;
    request.zone = m_zoneCombo->timeZone();
    request.viewOptions.zone = request.zone;
    request.outputPath = m_fileEdit->text();
    request.byteOrderMark = m_bomBox->isChecked();
    request.athenaDatabase = m_databaseEdit->text().trimmed();

    if (isRowTableView(request.views.constFirst()) && !m_columnList->isHidden()) {
        QStringList columns;
        for (int i = 0; i < m_columnList->count(); ++i) {
            if (m_columnList->item(i)->checkState() == Qt::Checked)
                columns.append(m_columnList->item(i)->text());
        }
        // Every column checked is the same as none chosen: all, in schema order.
        if (columns.size() != m_columnList->count())
            request.viewOptions.columns = columns;
    }
    return request;
}

void ExportDialog::accept()
{
    const ExportRequest exportRequest = request();
    if (isRowTableView(exportRequest.views.constFirst()) && !m_columnList->isHidden() &&
        exportRequest.viewOptions.columns.isEmpty() && m_columnList->count() > 0) {
        bool anyChecked = false;
        for (int i = 0; i < m_columnList->count(); ++i)
            anyChecked = anyChecked || m_columnList->item(i)->checkState() == Qt::Checked;
        if (!anyChecked) {
            QMessageBox::warning(this, tr("Export"),
                                 tr("No column is checked. Check the columns to export."));
            return;
        }
    }
    if (QFileInfo::exists(exportRequest.outputPath) &&
        QMessageBox::question(this, tr("Export"),
                              tr("%1 exists. Replace it?").arg(exportRequest.outputPath)) !=
            QMessageBox::Yes)
        return;
    startExport();
}

void ExportDialog::startExport()
{
    if (m_worker)
        return;

    const ExportRequest exportRequest = request();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = new QProgressDialog(tr("Exporting %1…").arg(exportViewTitle(exportRequest.views.constFirst())),
                                     tr("Cancel"), 0, 0, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { cancel->store(true); });

    // The worker posts progress to the dialog, at most every ProgressIntervalMs.
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const QPointer<ExportDialog> dialog(this);
    const ExportGraphics graphics = m_graphics;
    m_worker = QThread::create([exportRequest, graphics, cancel, dialog] {
        QElapsedTimer sinceUpdate;
        sinceUpdate.start();
        const ExportProgressCallback progress = [&](qint64 written, qint64 total) {
            if (sinceUpdate.elapsed() >= ProgressIntervalMs && dialog) {
                sinceUpdate.restart();
                QMetaObject::invokeMethod(
                    dialog, [dialog, written, total] {
                        if (!dialog || !dialog->m_progress)
                            return;
                        dialog->m_progress->setMaximum(int(std::min<qint64>(total, INT_MAX)));
                        dialog->m_progress->setValue(int(std::min<qint64>(written, INT_MAX)));
                    },
                    Qt::QueuedConnection);
            }
            return !cancel->load();
        };
        const ExportResult result = runExport(exportRequest, graphics, progress);
        if (dialog)
            QMetaObject::invokeMethod(dialog, [dialog, result] {
                if (dialog)
                    dialog->showResult(result);
            }, Qt::QueuedConnection);
    });
    m_worker->start();
}

void ExportDialog::showResult(const ExportResult &result)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    if (m_progress)
        m_progress->deleteLater();
    Q_EMIT finished(result);

    switch (result.status) {
    case ExportResult::Status::Cancelled:
        return;
    case ExportResult::Status::Failed:
        QMessageBox::warning(this, tr("Export Failed"), result.error);
        return;
    case ExportResult::Status::Succeeded:
        break;
    }
    if (result.neutralisedCells > 0) {
        QMessageBox::information(
            this, tr("Export"),
            tr("%n cell(s) starting with =, +, -, @, tab or a carriage return got a leading "
               "apostrophe, so that spreadsheets do not run them as formulas.",
               nullptr, int(result.neutralisedCells)));
    }
    QDialog::accept();
}

} // namespace Flowscope
