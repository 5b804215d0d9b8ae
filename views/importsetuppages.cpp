// The pages before the import starts: files, detection, mapping, options.

#include "importwizardpages.h"

#include "importpreviewmodel.h"
#include "importsession.h"
#include "importtableview.h"
#include "schema.h"
#include "valueparser.h"

#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Flowscope {

namespace {

QString formattedSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return ImportDetectionPage::tr("Comma");
    case ';':
        return ImportDetectionPage::tr("Semicolon");
    case '\t':
        return ImportDetectionPage::tr("Tab");
    case '|':
        return ImportDetectionPage::tr("Pipe");
    case '\001':
        return ImportDetectionPage::tr("\\001");
    default:
        return QString::fromLatin1(&delimiter, 1);
    }
}

QLabel *wrappingLabel(QWidget *parent = nullptr)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Red text for problems that block or lose data; the palette keeps it legible.
void setProblemStyle(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(170, 20, 20));
    label->setPalette(palette);
}

// Joins the first few messages into lines; a folder of hundreds of broken
// part files would otherwise push the preview off the page.
QString messageLines(const QStringList &messages)
{
    constexpr int MaxShown = 4;
    QStringList lines = messages.mid(0, MaxShown);
    if (messages.size() > MaxShown)
        lines.append(ImportDetectionPage::tr("…and %Ln more; the Status column's tool tip gives "
                                             "each reason.",
                                             nullptr, int(messages.size() - MaxShown)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// ---------------------------------------------------------------------------
// Files

ImportFilesPage::ImportFilesPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Choose Files"));
    setSubTitle(tr("Add Athena query results, UNLOAD part files (.gz included) or whole "
                   "folders. Nothing is written until the import starts."));
    setAcceptDrops(true);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("filesList"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Name"), tr("Size"), tr("Kind"), tr("Location")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->setColumnWidth(0, 260);
    m_list->setColumnWidth(1, 90);
    m_list->setColumnWidth(2, 150);

    auto *empty = new QLabel(tr("No files yet.\nAdd files or folders, or drop them here."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    empty->setFrameShape(QFrame::StyledPanel);

    m_stack = new QStackedWidget;
    m_stack->addWidget(empty);
    m_stack->addWidget(m_list);

    auto *addFilesButton = new QPushButton(tr("Add &Files…"));
    auto *addFolderButton = new QPushButton(tr("Add F&older…"));
    m_removeButton = new QPushButton(tr("&Remove"));
    m_removeButton->setEnabled(false);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(addFilesButton);
    buttons->addWidget(addFolderButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_stack, 1);
    listRow->addLayout(buttons);

    m_totalLabel = new QLabel;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_totalLabel);

    connect(addFilesButton, &QPushButton::clicked, this, &ImportFilesPage::chooseFiles);
    connect(addFolderButton, &QPushButton::clicked, this, &ImportFilesPage::chooseFolder);
    connect(m_removeButton, &QPushButton::clicked, this, &ImportFilesPage::removeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_session, &ImportSession::inputsChanged, this, &ImportFilesPage::showInputs);
    showInputs();
}

bool ImportFilesPage::isComplete() const
{
    return !m_session->inputs().isEmpty();
}

void ImportFilesPage::addPaths(const QStringList &paths)
{
    QStringList inputs = m_session->inputs();
    for (const QString &path : paths) {
        const QString clean = QDir::cleanPath(path);
        if (!inputs.contains(clean))
            inputs.append(clean);
    }
    m_session->setInputs(inputs);
}

void ImportFilesPage::removeSelected()
{
    QStringList inputs = m_session->inputs();
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    for (const QTreeWidgetItem *item : selected)
        inputs.removeAll(item->data(0, Qt::UserRole).toString());
    m_session->setInputs(inputs);
}

void ImportFilesPage::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Files"), QString(),
        tr("Data lake exports (*.csv *.csv.gz *.json *.json.gz *.gz *.txt);;All files (*)"));
    addPaths(files);
}

void ImportFilesPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Folder"));
    if (!folder.isEmpty())
        addPaths({folder});
}

void ImportFilesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImportFilesPage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    addPaths(paths);
    event->acceptProposedAction();
}

void ImportFilesPage::showInputs()
{
    m_list->clear();
    qint64 totalBytes = 0;
    int totalFiles = 0;

    for (const QString &input : m_session->inputs()) {
        const QFileInfo info(input);
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, input);
        item->setText(0, info.fileName());
        item->setToolTip(0, input);
        item->setText(3, QDir::toNativeSeparators(info.absolutePath()));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);

        if (!info.exists()) {
            item->setText(2, tr("Not found"));
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            continue;
        }
        if (info.isDir()) {
            // NOTE: walks the folder on the GUI thread; part file folders
            // hold hundreds of files, which lists in milliseconds.
            const QStringList files = expandInputPaths({input}, nullptr);
            qint64 bytes = 0;
            for (const QString &file : files)
                bytes += QFileInfo(file).size();
            item->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
            item->setText(1, formattedSize(bytes));
            item->setText(2, tr("Folder, %Ln data file(s)", nullptr, int(files.size())));
            totalBytes += bytes;
            totalFiles += int(files.size());
            continue;
        }
        item->setIcon(0, style()->standardIcon(QStyle::SP_FileIcon));
        item->setText(1, formattedSize(info.size()));
        item->setText(2, info.suffix().compare(QStringLiteral("gz"), Qt::CaseInsensitive) == 0
                             ? tr("Gzip-compressed file")
                             : tr("File"));
        totalBytes += info.size();
        ++totalFiles;
    }

    m_stack->setCurrentIndex(m_session->inputs().isEmpty() ? 0 : 1);
    m_totalLabel->setText(m_session->inputs().isEmpty()
                              ? QString()
                              : tr("%Ln data file(s), %1 in all.", nullptr, totalFiles)
                                    .arg(formattedSize(totalBytes)));
    m_removeButton->setEnabled(false);
    Q_EMIT completeChanged();
}

// ---------------------------------------------------------------------------
// Detection

ImportDetectionPage::ImportDetectionPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Check Detection"));
    setSubTitle(tr("How each file is written, as detected. An override applies to every file. "
                   "The preview shows the selected file's first rows as they would be imported."));

    m_tableCombo = new QComboBox;
    m_tableCombo->setObjectName(QStringLiteral("tableCombo"));
    m_tableCombo->addItem(tr("Detect per file"), QString());
    for (const TableSpec *table : dataLakeTables())
        m_tableCombo->addItem(table->name, table->name);

    m_formatCombo = new QComboBox;
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_formatCombo->addItem(tr("Detect"), -1);
    for (InputFormat format : {InputFormat::Csv, InputFormat::AthenaTextFile,
                               InputFormat::JsonLines, InputFormat::JsonArray})
        m_formatCombo->addItem(inputFormatName(format), int(format));

    m_encodingCombo = new QComboBox;
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->addItem(tr("Detect"), -1);
    for (TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Windows1252})
        m_encodingCombo->addItem(textEncodingName(encoding), int(encoding));

    m_delimiterCombo = new QComboBox;
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiterCombo->addItem(tr("Detect"), QString());
    for (char delimiter : {',', ';', '\t', '|'})
        m_delimiterCombo->addItem(
            tr("%1 (%2)")
                .arg(delimiterName(delimiter))
                .arg(delimiter == '\t' ? QStringLiteral("\\t") : QString(QLatin1Char(delimiter))),
            QString(QLatin1Char(delimiter)));

    // NOTE: the header line is shown but cannot be overridden, because the
    // readers take the first non-blank line after a sep= line and
    // InputOptions has no setting for it.
    auto *overrides = new QGridLayout;
    overrides->addWidget(new QLabel(tr("&Table:")), 0, 0);
    overrides->addWidget(m_tableCombo, 0, 1);
    overrides->addWidget(new QLabel(tr("&Format:")), 0, 2);
    overrides->addWidget(m_formatCombo, 0, 3);
    overrides->addWidget(new QLabel(tr("&Encoding:")), 1, 0);
    overrides->addWidget(m_encodingCombo, 1, 1);
    overrides->addWidget(new QLabel(tr("&Delimiter:")), 1, 2);
    overrides->addWidget(m_delimiterCombo, 1, 3);
    overrides->setColumnStretch(1, 1);
    overrides->setColumnStretch(3, 1);
    const QList<QComboBox *> combos = {m_tableCombo, m_encodingCombo, m_formatCombo,
                                       m_delimiterCombo};
    for (int i = 0; i < overrides->count(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(overrides->itemAt(i)->widget()))
            label->setBuddy(overrides->itemAt(i + 1)->widget());
    }

    m_files = new QTreeWidget;
    m_files->setObjectName(QStringLiteral("detectedFiles"));
    m_files->setRootIsDecorated(false);
    m_files->setAlternatingRowColors(true);
    m_files->setHeaderLabels({tr("File"), tr("Table"), tr("Format"), tr("Encoding"),
                              tr("Delimiter"), tr("Header line"), tr("Status")});
    m_files->setMinimumHeight(5 * m_files->fontMetrics().height() + 24); // about four rows
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_fileProblems = wrappingLabel();
    setProblemStyle(m_fileProblems);

    auto *filesBox = new QWidget;
    auto *filesLayout = new QVBoxLayout(filesBox);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(m_files, 1);
    filesLayout->addWidget(m_fileProblems);

    m_previewTitle = new QLabel;
    m_previewTitle->setTextFormat(Qt::PlainText);
    m_previewProblems = wrappingLabel();
    setProblemStyle(m_previewProblems);
    m_previewModel = new ImportPreviewModel(this);
    m_previewModel->setTimeZone(m_session->displayTimeZone());
    m_previewView = new ImportTableView;
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_previewModel);
    m_previewView->horizontalHeader()->setDefaultSectionSize(140);

    auto *previewBox = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_previewProblems);
    previewLayout->addWidget(m_previewView, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(filesBox);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("detectionStatusLabel"));
    m_status->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(overrides);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    for (QComboBox *combo : combos)
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDetectionPage::applyOverrides);
    connect(m_files, &QTreeWidget::currentItemChanged, this,
            &ImportDetectionPage::previewSelectedFile);
    connect(m_session, &ImportSession::summaryChanged, this, &ImportDetectionPage::showSummary);
    connect(m_session, &ImportSession::previewChanged, this, &ImportDetectionPage::showPreview);
    connect(m_session, &ImportSession::refreshPending, this, &ImportDetectionPage::showPending);
}

void ImportDetectionPage::initializePage()
{
    showSummary();
    showPreview();
}

bool ImportDetectionPage::isComplete() const
{
    return m_session->isSummaryCurrent() && m_session->mappableFileCount() > 0;
}

void ImportDetectionPage::applyOverrides()
{
    ImportOptions options = m_session->options();
    options.table = m_tableCombo->currentData().toString();

    const int format = m_formatCombo->currentData().toInt();
    options.input.format = format < 0 ? std::nullopt : std::optional(InputFormat(format));
    const int encoding = m_encodingCombo->currentData().toInt();
    options.input.encoding = encoding < 0 ? std::nullopt : std::optional(TextEncoding(encoding));
    const QString delimiter = m_delimiterCombo->currentData().toString();
    options.input.delimiter =
        delimiter.isEmpty() ? std::nullopt : std::optional(delimiter.at(0).toLatin1());

    m_session->setOptions(options);
}

void ImportDetectionPage::previewSelectedFile()
{
    const QTreeWidgetItem *item = m_files->currentItem();
    if (item)
        m_session->setPreviewFile(item->data(0, Qt::UserRole).toString());
}

void ImportDetectionPage::showPending()
{
    m_status->setText(tr("Reading the files…"));
    Q_EMIT completeChanged();
}

QString ImportDetectionPage::namedMessage(const QString &path, const QString &message) const
{
    // Several files' messages share one list, so each names its file.
    return tr("%1: %2").arg(QFileInfo(path).fileName(), message);
}

QString ImportDetectionPage::countText() const
{
    const int files = m_session->fileCount();
    const int accepted = m_session->mappableFileCount();
    if (accepted == files)
        return tr("%n file(s) detected.", nullptr, files);
    return tr("%n file(s) checked, %1 can be imported.", nullptr, files).arg(accepted);
}

void ImportDetectionPage::showSummary()
{
    const ImportFilesSummary &summary = m_session->summary();
    const QSignalBlocker blocker(m_files);
    m_files->clear();

    QStringList problems;      // files that cannot be imported
    QStringList mappingNeeded; // files a column mapping can fix
    QTreeWidgetItem *current = nullptr;
    for (const ImportPreview &file : summary.files) {
        const InputDetection &detection = file.detection;
        auto *item = new QTreeWidgetItem(m_files);
        item->setData(0, Qt::UserRole, detection.path);
        item->setText(0, QFileInfo(detection.path).fileName());
        item->setToolTip(0, detection.path);
        if (detection.path == m_session->previewFile())
            current = item;

        if (file.isRejected() && file.fileProblem->kind != ImportWarningKind::TableNotDetected &&
            file.fileProblem->kind != ImportWarningKind::MissingKeyColumn) {
            item->setText(6, tr("Rejected"));
            item->setIcon(6, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setToolTip(6, file.fileProblem->message);
            problems.append(namedMessage(detection.path, file.fileProblem->message));
            continue;
        }

        item->setText(1, file.table ? file.table->name : tr("Unknown"));
        QString format = inputFormatName(detection.format);
        if (detection.gzip)
            format = tr("%1, gzip").arg(format);
        item->setText(2, format);
        QString encoding = textEncodingName(detection.encoding);
        if (detection.byteOrderMark)
            encoding = tr("%1 with BOM").arg(encoding);
        item->setText(3, encoding);
        if (detection.format == InputFormat::Csv) {
            item->setText(4, delimiterName(detection.delimiter));
            item->setText(5, detection.sepLine ? tr("%1 (after sep=)").arg(detection.headerLine)
                                               : QString::number(detection.headerLine));
        } else {
            item->setText(4, tr("n/a"));
            item->setText(5, tr("n/a"));
        }
        if (file.isRejected() && file.fileProblem->kind == ImportWarningKind::MissingKeyColumn) {
            item->setText(6, tr("Needs mapping"));
            item->setIcon(6, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(6, file.fileProblem->message);
            mappingNeeded.append(namedMessage(detection.path, file.fileProblem->message));
        } else if (file.isRejected()) {
            item->setText(6, tr("Rejected"));
            item->setIcon(6, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setToolTip(6, file.fileProblem->message);
            problems.append(namedMessage(detection.path, file.fileProblem->message));
        } else {
            item->setText(6, tr("Ready"));
            item->setIcon(6, style()->standardIcon(QStyle::SP_DialogApplyButton));
        }
    }
    for (const ImportWarning &warning : summary.pathWarnings) {
        if (warning.severity != ImportWarningSeverity::Notice)
            problems.append(warning.message);
    }
    if (current)
        m_files->setCurrentItem(current);

    QStringList paragraphs;
    if (!problems.isEmpty()) {
        paragraphs.append(tr("%Ln input(s) cannot be imported; the import leaves them out.",
                             nullptr, int(problems.size())) +
                          QLatin1Char('\n') + messageLines(problems));
    }
    if (!mappingNeeded.isEmpty()) {
        paragraphs.append(tr("%Ln file(s) lack a primary key column under its own name: map "
                             "a file column to it on the next page.",
                             nullptr, int(mappingNeeded.size())) +
                          QLatin1Char('\n') + messageLines(mappingNeeded));
    }
    m_fileProblems->setText(paragraphs.join(QStringLiteral("\n\n")));
    m_fileProblems->setVisible(!paragraphs.isEmpty());

    if (m_session->isSummaryCurrent())
        m_status->setText(summary.files.isEmpty() ? tr("The inputs hold no data files.")
                                                  : countText());
    Q_EMIT completeChanged();
}

void ImportDetectionPage::showPreview()
{
    const ImportPreview &preview = m_session->preview();
    m_previewModel->setPreview(preview);

    const QString name = QFileInfo(preview.detection.path).fileName();
    if (preview.detection.path.isEmpty())
        m_previewTitle->setText(tr("Preview: no readable file."));
    else if (preview.isRejected() && !preview.rows.isEmpty())
        m_previewTitle->setText(
            tr("Preview of %1: the first %Ln row(s) as read, not converted, because the file "
               "cannot be imported as it is.",
               nullptr, int(preview.rows.size()))
                .arg(name));
    else if (preview.rows.isEmpty())
        m_previewTitle->setText(tr("Preview of %1: no rows.").arg(name));
    else if (preview.moreRows)
        m_previewTitle->setText(
            tr("Preview of %1: the first %Ln row(s).", nullptr, int(preview.rows.size()))
                .arg(name));
    else
        m_previewTitle->setText(
            tr("Preview of %1: all %Ln row(s).", nullptr, int(preview.rows.size())).arg(name));

    // A rejected file's reason is listed with the files above.
    QStringList problems;
    for (const ColumnProblemCount &problem : preview.problems) {
        problems.append(problem.column.isEmpty()
                            ? problem.description()
                            : tr("%1: %2").arg(problem.column, problem.description()));
    }
    if (preview.rejectedRows > 0)
        problems.prepend(tr("%Ln of these row(s) would be rejected. Nothing has been written yet.",
                            nullptr, preview.rejectedRows));
    m_previewProblems->setText(problems.join(QLatin1Char('\n')));
    m_previewProblems->setVisible(!problems.isEmpty());

    m_previewView->resizeColumnsToContents();
    for (int column = 0; column < m_previewModel->columnCount(); ++column) {
        // Long ARNs would push every other column out of sight.
        if (m_previewView->columnWidth(column) > 260)
            m_previewView->setColumnWidth(column, 260);
    }

    if (m_session->isSummaryCurrent() && m_session->isPreviewCurrent())
        m_status->setText(countText());
    Q_EMIT completeChanged();
}

// ---------------------------------------------------------------------------
// Mapping

ImportMappingPage::ImportMappingPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Map Columns"));
    setSubTitle(tr("Each file column goes to the workspace column of the same name. Choose "
                   "another column or ignore it; the choice applies to every file with a "
                   "column of that name."));

    // Files can differ in their columns, so the user picks which one to check.
    m_fileCombo = new QComboBox;
    m_fileCombo->setObjectName(QStringLiteral("mappingFileCombo"));
    m_fileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_layouts = wrappingLabel();
    m_layouts->setObjectName(QStringLiteral("mappingLayoutsLabel"));
    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_fileCombo);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_fileCombo, 1);

    m_title = new QLabel;
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("File column"), tr("Workspace column"), tr("First value")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnWidth(0, 260);
    m_table->setColumnWidth(1, 320);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);

    m_missing = wrappingLabel();
    m_missing->setObjectName(QStringLiteral("missingColumnsLabel"));
    m_extra = wrappingLabel();
    m_keyProblem = wrappingLabel();
    setProblemStyle(m_keyProblem);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_layouts);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_keyProblem);
    layout->addWidget(m_missing);
    layout->addWidget(m_extra);

    connect(m_session, &ImportSession::previewChanged, this, &ImportMappingPage::rebuild);
    connect(m_session, &ImportSession::summaryChanged, this, &ImportMappingPage::showFiles);
    connect(m_fileCombo, &QComboBox::activated, this, [this](int index) {
        m_session->setPreviewFile(m_fileCombo->itemData(index).toString());
    });
}

void ImportMappingPage::initializePage()
{
    m_shownColumns.clear();
    m_shownTable = nullptr;
    rebuild();
}

bool ImportMappingPage::isComplete() const
{
    return m_keysMapped;
}

void ImportMappingPage::showFiles()
{
    const ImportPreview &preview = m_session->preview();
    const QList<ImportPreview> &files = m_session->summary().files;

    const QSignalBlocker blocker(m_fileCombo);
    m_fileCombo->clear();
    int sameLayout = 0;
    int otherLayout = 0;
    for (const ImportPreview &file : files) {
        if (!file.table)
            continue;
        m_fileCombo->addItem(tr("%1 (%2, %n column(s))", nullptr, int(file.fileColumns.size()))
                                 .arg(QFileInfo(file.detection.path).fileName(), file.table->name),
                             file.detection.path);
        m_fileCombo->setItemData(m_fileCombo->count() - 1, file.detection.path, Qt::ToolTipRole);
        if (file.detection.path == preview.detection.path)
            m_fileCombo->setCurrentIndex(m_fileCombo->count() - 1);
        else if (file.table == preview.table && file.fileColumns == preview.fileColumns)
            ++sameLayout;
        else
            ++otherLayout;
    }
    m_fileCombo->setEnabled(m_fileCombo->count() > 1);

    QStringList notes;
    if (sameLayout > 0)
        notes.append(tr("%n other file(s) have the same columns and are mapped the same way.",
                        nullptr, sameLayout));
    if (otherLayout > 0)
        notes.append(tr("%n file(s) have other columns: choose one above to check its mapping.",
                        nullptr, otherLayout));
    m_layouts->setText(notes.join(QLatin1Char(' ')));
    m_layouts->setVisible(!notes.isEmpty());
}

void ImportMappingPage::rebuild()
{
    showFiles();

    const ImportPreview &preview = m_session->preview();
    const QString name = QFileInfo(preview.detection.path).fileName();
    if (!preview.table) {
        m_title->setText(preview.detection.path.isEmpty()
                             ? tr("No file to map.")
                             : tr("The table of %1 is not known, so its columns cannot be "
                                  "mapped. Choose the table on the previous page.")
                                   .arg(name));
        m_table->setRowCount(0);
        m_shownColumns.clear();
        m_shownTable = nullptr;
        showSummary();
        return;
    }

    // Rebuilding under the user's hands would close an open combo box, so
    // only a different file layout rebuilds the rows.
    if (preview.fileColumns == m_shownColumns && preview.table == m_shownTable) {
        showFirstValues();
        showSummary();
        return;
    }
    m_shownColumns = preview.fileColumns;
    m_shownTable = preview.table;
    m_title->setText(tr("Columns of %1 into table %2:").arg(name, preview.table->name));

    m_table->setRowCount(int(preview.mapping.size()));
    for (int row = 0; row < preview.mapping.size(); ++row) {
        const ColumnMappingEntry &entry = preview.mapping.at(row);
        auto *fileItem = new QTableWidgetItem(entry.fileColumn);
        m_table->setItem(row, 0, fileItem);

        auto *combo = new QComboBox;
        combo->addItem(tr("(ignore)"), QString());
        for (const ColumnSpec &column : preview.table->columns)
            combo->addItem(column.primaryKey ? tr("%1 (key)").arg(column.name) : column.name,
                           column.name);
        if (entry.addsColumn)
            combo->addItem(tr("%1 (new column)").arg(entry.workspaceColumn), entry.workspaceColumn);
        combo->setCurrentIndex(qMax(0, combo->findData(entry.workspaceColumn)));
        combo->setProperty("fileColumn", entry.fileColumn);
        m_table->setCellWidget(row, 1, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row] { applyChoice(row); });

        m_table->setItem(row, 2, new QTableWidgetItem);
    }
    showFirstValues();
    showSummary();
}

void ImportMappingPage::showFirstValues()
{
    // The file's first value of each column: from the file's own columns
    // when the preview could not convert the file, else from the workspace
    // column it went to.
    const ImportPreview &preview = m_session->preview();
    if (preview.fileColumns != m_shownColumns)
        return;
    for (int row = 0; row < m_table->rowCount() && row < preview.mapping.size(); ++row) {
        const ColumnMappingEntry &entry = preview.mapping.at(row);
        int column = -1;
        if (preview.isRejected())
            column = row;
        else if (!entry.workspaceColumn.isEmpty())
            column = int(preview.columns.indexOf(entry.workspaceColumn));

        QString text;
        if (!preview.rows.isEmpty() && column >= 0) {
            const QVariant value = preview.rows.first().values.value(column);
            if (!value.isValid())
                text = tr("NULL");
            else if (value.typeId() == QMetaType::LongLong)
                // Only timestamps are integers.
                text = ImportPreviewModel::formatTime(value.toLongLong(),
                                                      m_session->displayTimeZone());
            else
                text = value.toString();
        } else if (column < 0) {
            text = tr("(ignored)");
        }
        if (QTableWidgetItem *item = m_table->item(row, 2))
            item->setText(text);
    }
}

void ImportMappingPage::applyChoice(int row)
{
    const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
    if (!combo || !m_shownTable)
        return;
    const QString fileColumn = combo->property("fileColumn").toString();
    const QString chosen = combo->currentData().toString();

    ImportOptions options = m_session->options();
    const QStringList keys = options.columnMapping.keys();
    for (const QString &key : keys) {
        if (key.trimmed().compare(fileColumn.trimmed(), Qt::CaseInsensitive) == 0)
            options.columnMapping.remove(key);
    }
    const QString byName = mapFileColumns({fileColumn}, *m_shownTable, {}).first().workspaceColumn;
    if (chosen != byName)
        options.columnMapping.insert(fileColumn, chosen);
    m_session->setOptions(options);
    showSummary();
}

void ImportMappingPage::showSummary()
{
    m_keysMapped = true;
    if (!m_shownTable) {
        m_missing->clear();
        m_extra->clear();
        m_keyProblem->hide();
        Q_EMIT completeChanged();
        return;
    }

    const QList<ColumnMappingEntry> mapping =
        mapFileColumns(m_shownColumns, *m_shownTable, m_session->options().columnMapping);
    QSet<QString> filled;
    QStringList extras;
    for (const ColumnMappingEntry &entry : mapping) {
        filled.insert(entry.workspaceColumn);
        if (entry.workspaceColumn.isEmpty())
            extras.append(tr("%1 (ignored)").arg(entry.fileColumn));
        else if (entry.addsColumn)
            extras.append(tr("%1 (kept as a new text column)").arg(entry.fileColumn));
    }
    QStringList missing;
    QStringList missingKeys;
    for (const ColumnSpec &column : m_shownTable->columns) {
        if (filled.contains(column.name))
            continue;
        // A key column cannot be stored as NULL, so the key problem below names it instead.
        if (column.primaryKey)
            missingKeys.append(column.name);
        else
            missing.append(column.name);
    }

    m_missing->setText(missing.isEmpty() ? tr("Every workspace column has a file column.")
                                         : tr("Missing workspace columns, stored as NULL: %1.")
                                               .arg(missing.join(QStringLiteral(", "))));
    m_extra->setText(extras.isEmpty()
                         ? tr("No extra file columns.")
                         : tr("Extra file columns: %1.").arg(extras.join(QStringLiteral(", "))));
    m_keysMapped = missingKeys.isEmpty();
    m_keyProblem->setText(
        tr("No file column goes to the primary key column(s) %1, so the file would be "
           "rejected. Choose a file column for each.",
           nullptr, int(missingKeys.size()))
            .arg(missingKeys.join(QStringLiteral(", "))));
    m_keyProblem->setVisible(!m_keysMapped);
    Q_EMIT completeChanged();
}

// ---------------------------------------------------------------------------
// Options

ImportOptionsPage::ImportOptionsPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Import Options"));
    setSubTitle(tr("How bad rows and timestamps are handled. The import runs in one "
                   "transaction: until it commits, the workspace is unchanged."));
    setCommitPage(true);

    m_abortButton = new QRadioButton(tr("&Abort on the first bad row and import nothing"));
    m_abortButton->setObjectName(QStringLiteral("abortButton"));
    m_skipButton = new QRadioButton(tr("&Skip bad rows and files, import the rest and list "
                                       "what was skipped"));
    m_skipButton->setObjectName(QStringLiteral("skipButton"));
    m_abortButton->setChecked(true);
    auto *errorsBox = new QGroupBox(tr("Bad rows"));
    auto *errorsLayout = new QVBoxLayout(errorsBox);
    errorsLayout->addWidget(m_abortButton);
    errorsLayout->addWidget(m_skipButton);
    m_badRows = wrappingLabel();
    m_badRows->setObjectName(QStringLiteral("badRowsLabel"));
    errorsLayout->addWidget(m_badRows);

    m_zoneCombo = new QComboBox;
    m_zoneCombo->setObjectName(QStringLiteral("zoneCombo"));
    m_zoneCombo->setEditable(true);
    m_zoneCombo->setInsertPolicy(QComboBox::NoInsert);
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones)
        m_zoneCombo->addItem(QString::fromLatin1(zone));
    m_zoneCombo->setCurrentText(QStringLiteral("UTC"));
    m_zoneCombo->completer()->setFilterMode(Qt::MatchContains);
    m_zoneCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zoneCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zoneProblem = wrappingLabel();
    setProblemStyle(m_zoneProblem);
    m_zoneProblem->hide();

    m_epochUnitCombo = new QComboBox;
    m_epochUnitCombo->setObjectName(QStringLiteral("epochUnitCombo"));
    m_epochUnitCombo->addItem(tr("Judge by size"), -1);
    m_epochUnitCombo->addItem(tr("Seconds"), int(EpochUnit::Seconds));
    m_epochUnitCombo->addItem(tr("Milliseconds"), int(EpochUnit::Milliseconds));
    m_epochUnitCombo->addItem(tr("Microseconds"), int(EpochUnit::Microseconds));
    m_epochUnitCombo->addItem(tr("Nanoseconds"), int(EpochUnit::Nanoseconds));

    m_datePatternEdit = new QLineEdit;
    m_datePatternEdit->setObjectName(QStringLiteral("datePatternEdit"));
    m_datePatternEdit->setPlaceholderText(tr("for example dd/MM/yyyy HH:mm"));

    const auto hint = [](const QString &text) {
        auto *label = new QLabel(text);
        label->setWordWrap(true);
        label->setEnabled(false);
        return label;
    };

    auto *timesBox = new QGroupBox(tr("Timestamps"));
    auto *timesLayout = new QFormLayout(timesBox);
    timesLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    timesLayout->addRow(tr("&Time zone of times without an offset:"), m_zoneCombo);
    timesLayout->addRow(QString(), m_zoneProblem);
    timesLayout->addRow(QString(), hint(tr("The data lake writes UTC. Times with Z or an offset "
                                           "keep their own zone.")));
    timesLayout->addRow(tr("&Epoch numbers are in:"), m_epochUnitCombo);
    timesLayout->addRow(QString(), hint(tr("Judged by size, 1700000000 reads as seconds and "
                                           "1700000000000 as milliseconds.")));
    timesLayout->addRow(tr("&Date pattern for local dates:"), m_datePatternEdit);
    timesLayout->addRow(QString(),
                        hint(tr("Leave empty to reject dates such as 03/10/2026, which could "
                                "be day-first or month-first.")));

    m_summary = wrappingLabel();
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorsBox);
    layout->addWidget(timesBox);
    layout->addStretch();
    layout->addWidget(m_summary);

    connect(m_abortButton, &QRadioButton::toggled, this, &ImportOptionsPage::applyOptions);
    connect(m_zoneCombo, &QComboBox::currentTextChanged, this, &ImportOptionsPage::applyOptions);
    connect(m_epochUnitCombo, &QComboBox::currentIndexChanged, this,
            &ImportOptionsPage::applyOptions);
    connect(m_datePatternEdit, &QLineEdit::textChanged, this, &ImportOptionsPage::applyOptions);
    connect(m_session, &ImportSession::summaryChanged, this, &ImportOptionsPage::showSummary);
    connect(m_session, &ImportSession::summaryChanged, this, &ImportOptionsPage::completeChanged);
    connect(m_session, &ImportSession::refreshPending, this, &ImportOptionsPage::completeChanged);
    connect(m_session, &ImportSession::previewChanged, this, &ImportOptionsPage::showBadRows);
}

void ImportOptionsPage::initializePage()
{
    showSummary();
    showBadRows();
}

void ImportOptionsPage::showSummary()
{
    QString text =
        tr("Ready to import %n file(s) into %1.", nullptr, m_session->acceptedFileCount())
            .arg(QDir::toNativeSeparators(m_session->workspacePath()));

    // Rejected files are left out with either choice above, so neither choice
    // fails on them. The detection page shows the reason for each.
    QStringList rejectedNames;
    for (const QString &path : m_session->rejectedFiles())
        rejectedNames.append(QFileInfo(path).fileName());
    if (!rejectedNames.isEmpty()) {
        text += QLatin1Char('\n') +
                tr("%n file(s) rejected on the detection page will not be imported: %1. Go "
                   "back to that page to read why.",
                   nullptr, int(rejectedNames.size()))
                    .arg(rejectedNames.join(QStringLiteral(", ")));
    }
    m_summary->setText(text);
}

void ImportOptionsPage::showBadRows()
{
    // The preview converts only the first rows of one file, so the count is a
    // lower bound. A count above zero still means that Abort will fail.
    const ImportPreview &preview = m_session->preview();
    const QString name = QFileInfo(preview.detection.path).fileName();
    if (preview.detection.path.isEmpty() || preview.isRejected() || preview.rows.isEmpty()) {
        m_badRows->clear();
        m_badRows->hide();
        return;
    }

    if (preview.rejectedRows == 0) {
        m_badRows->setPalette(QPalette());
        m_badRows->setText(tr("The preview found no bad row in the first %Ln row(s) of %1.",
                              nullptr, int(preview.rows.size()))
                               .arg(name));
    } else {
        QStringList lines;
        lines.append(tr("The preview found %Ln bad row(s) in the first %1 rows of %2: "
                        "Abort would import nothing, Skip would leave them out.",
                        nullptr, preview.rejectedRows)
                         .arg(preview.rows.size())
                         .arg(name));
        for (const ColumnProblemCount &problem : preview.problems) {
            lines.append(problem.column.isEmpty()
                             ? problem.description()
                             : tr("%1: %2").arg(problem.column, problem.description()));
        }
        setProblemStyle(m_badRows);
        m_badRows->setText(lines.join(QLatin1Char('\n')));
    }
    m_badRows->show();
}

bool ImportOptionsPage::zoneIsValid() const
{
    return QTimeZone::isTimeZoneIdAvailable(m_zoneCombo->currentText().trimmed().toLatin1());
}

bool ImportOptionsPage::isComplete() const
{
    // The import reads the files the summary accepted, so it waits for the
    // summary that follows the latest mapping and options.
    return zoneIsValid() && m_session->isSummaryCurrent() && m_session->acceptedFileCount() > 0;
}

bool ImportOptionsPage::validatePage()
{
    applyOptions();
    return zoneIsValid();
}

void ImportOptionsPage::applyOptions()
{
    const bool zoneValid = zoneIsValid();
    m_zoneProblem->setText(tr("\"%1\" is not a known time zone. Choose one from the list, "
                              "such as UTC or Europe/Berlin.")
                               .arg(m_zoneCombo->currentText()));
    m_zoneProblem->setVisible(!zoneValid);
    Q_EMIT completeChanged();
    if (!zoneValid)
        return;

    ImportOptions options = m_session->options();
    options.onError = m_skipButton->isChecked() ? OnError::Skip : OnError::Abort;
    options.timestamps.zonelessZone = QTimeZone(m_zoneCombo->currentText().trimmed().toLatin1());
    const int unit = m_epochUnitCombo->currentData().toInt();
    options.timestamps.epochUnit = unit < 0 ? std::nullopt : std::optional(EpochUnit(unit));
    options.timestamps.datePattern = m_datePatternEdit->text().trimmed();
    m_session->setOptions(options);
}

} // namespace Flowscope
