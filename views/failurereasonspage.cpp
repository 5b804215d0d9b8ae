#include "failurereasonspage.h"

#include "failurecategoryeditor.h"
#include "failuretrendchart.h"
#include "filterbar.h"
#include "flownames.h"
#include "pages.h"
#include "schema.h"
#include "settings.h"
#include "testtrendchart.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Flowscope {

namespace {

constexpr int ChartColumns = 2;
constexpr int MaxVisibleCategories = 6;

// Okabe–Ito colours for the category charts, in order. Uncategorised is grey.
const QList<QColor> &categoryColours()
{
    static const QList<QColor> colours = {
        QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
        QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
    };
    return colours;
}

QString bucketLabel(qint64 startMs, TrendBucket bucket, const QTimeZone &zone)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(startMs, zone).date();
    switch (bucket) {
    case TrendBucket::Day:
        return date.toString(QStringLiteral("dd"));
    case TrendBucket::Week: {
        int year = 0;
        const int week = date.weekNumber(&year);
        return QCoreApplication::translate("Flowscope::FailureReasonsPage", "W%1")
            .arg(week, 2, 10, QLatin1Char('0'));
    }
    case TrendBucket::Month:
        return date.toString(QStringLiteral("MM"));
    }
    return {};
}

// The caption above the charts: the unit and the window, in the display zone.
QString trendCaption(const FailureReasons &reasons, const QTimeZone &zone)
{
    if (reasons.boundaries.size() < 2)
        return QCoreApplication::translate("Flowscope::FailureReasonsPage",
                                           "No executions in the window.");
    const QString first = QDateTime::fromMSecsSinceEpoch(reasons.boundaries.constFirst(), zone)
                              .date()
                              .toString(Qt::ISODate);
    const QString last =
        QDateTime::fromMSecsSinceEpoch(reasons.boundaries.constLast() - 1, zone)
            .date()
            .toString(Qt::ISODate);
    const QString zoneName = QString::fromUtf8(zone.id());
    switch (reasons.options.bucket) {
    case TrendBucket::Day:
        return QCoreApplication::translate("Flowscope::FailureReasonsPage",
                                           "Reason occurrences per day, %1 to %2 (%3)")
            .arg(first, last, zoneName);
    case TrendBucket::Week:
        return QCoreApplication::translate("Flowscope::FailureReasonsPage",
                                           "Reason occurrences per ISO week, %1 to %2 (%3)")
            .arg(first, last, zoneName);
    case TrendBucket::Month:
        return QCoreApplication::translate("Flowscope::FailureReasonsPage",
                                           "Reason occurrences per month, %1 to %2 (%3)")
            .arg(first, last, zoneName);
    }
    return {};
}

QTableWidgetItem *textItem(const QString &text, const QString &toolTip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(QString::number(value));
    item->setData(Qt::TextAlignmentRole, QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter));
    return item;
}

QTableWidget *createTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < headers.size(); ++column)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    return table;
}

FailureAnalysis analyseFailures(Workspace &workspace, const Filter &filter,
                                const TrendOptions &options, int limit)
{
    FailureAnalysis analysis;
    analysis.categories = loadFailureCategories(workspace, &analysis.error);
    if (!analysis.error.isEmpty())
        return analysis;

    analysis.reasons = queryFailureReasons(workspace, filter, options, analysis.categories);
    if (!analysis.reasons.ok()) {
        analysis.error = analysis.reasons.error;
        return analysis;
    }
    analysis.ranking = queryFailureRanking(workspace, filter, limit);
    if (!analysis.ranking.ok()) {
        analysis.error = analysis.ranking.error;
        return analysis;
    }

    const QHash<QString, FlowName> names = loadFlowNames(workspace);
    for (const FailingFlow &flow : std::as_const(analysis.ranking.flows)) {
        const auto name = names.constFind(flow.flowId);
        if (name != names.cend() && !name->name.isEmpty())
            analysis.flowNames.insert(flow.flowId, name->name);
    }
    return analysis;
}

} // namespace

FailureReasonsPage::FailureReasonsPage(QObject *parent)
    : Page(parent), m_reasonModel(new FailureReasonModel(this)), m_jobs(new WorkspaceJobs(this))
{
    m_widget = new QWidget;
    m_filterBar = new FilterBar(testRunFilterFields(), m_widget);

    auto *leftSplitter = new QSplitter(Qt::Vertical, m_widget);
    leftSplitter->addWidget(createCategoryPane());
    m_reasonView = new QTableView(m_widget);
    m_reasonView->setModel(m_reasonModel);
    m_reasonView->verticalHeader()->hide();
    m_reasonView->setAlternatingRowColors(true);
    m_reasonView->setWordWrap(false);
    m_reasonView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reasonView->horizontalHeader()->setSectionResizeMode(FailureReasonModel::ReasonColumn,
                                                           QHeaderView::Stretch);
    m_reasonView->verticalHeader()->setDefaultSectionSize(m_reasonView->fontMetrics().height() +
                                                          6);
    auto *reasonsBox = new QGroupBox(tr("Failure reasons"), m_widget);
    auto *reasonsLayout = new QVBoxLayout(reasonsBox);
    reasonsLayout->addWidget(m_reasonView);
    leftSplitter->addWidget(reasonsBox);
    leftSplitter->setStretchFactor(0, 3);
    leftSplitter->setStretchFactor(1, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, m_widget);
    splitter->addWidget(leftSplitter);
    splitter->addWidget(createRankingPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 500});

    m_stack = new QStackedWidget(m_widget);
    m_stack->addWidget(splitter);
    m_stack->addWidget(createMessagePane());

    auto *layout = new QVBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(createToolBar());
    layout->addWidget(m_stack, 1);

    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const Filter &filter) {
        m_filter = filter;
        startAnalysis();
        Q_EMIT statusChanged();
    });
    connect(m_editor, &FailureCategoryEditor::saveRequested, this,
            &FailureReasonsPage::saveCategories);
    connect(m_jobs, &WorkspaceJobs::failed, this, [this](int channel, const QString &message) {
        if (channel == SaveChannel) {
            const QString text =
                tr("Saving the failure categories failed: %1 Open the workspace with write "
                   "access and save again.")
                    .arg(message);
            m_editor->setSaveError(text);
            Q_EMIT failed(text);
            return;
        }
        m_failure = message;
        updateMessage();
        Q_EMIT failed(message);
    });
    connect(m_jobs, &WorkspaceJobs::busyChanged, this, &Page::statusChanged);

    restoreState();
    m_editor->setEditable(false);
    updateMessage();
}

FailureReasonsPage::~FailureReasonsPage()
{
    // The main window owns the widget once it shows it. Until then this page deletes it.
    if (m_widget && !m_widget->parent())
        delete m_widget;
}

QString FailureReasonsPage::title() const
{
    return tr("Failure reasons");
}

QWidget *FailureReasonsPage::widget() const
{
    return m_widget;
}

QWidget *FailureReasonsPage::createToolBar()
{
    auto *bar = new QWidget(m_widget);
    m_bucketBox = new QComboBox(bar);
    m_bucketBox->addItem(tr("Day"), trendBucketName(TrendBucket::Day));
    m_bucketBox->addItem(tr("Week"), trendBucketName(TrendBucket::Week));
    m_bucketBox->addItem(tr("Month"), trendBucketName(TrendBucket::Month));
    m_bucketBox->setToolTip(tr("The calendar unit of the trend charts, in the display time zone"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 2, 8, 6);
    layout->addWidget(new QLabel(tr("Trend by:"), bar));
    layout->addWidget(m_bucketBox);
    layout->addStretch(1);

    connect(m_bucketBox, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(QLatin1String(Settings::FailureTrendBucketKey),
                             m_bucketBox->currentData().toString());
        startAnalysis();
    });
    return bar;
}

QWidget *FailureReasonsPage::createMessagePane()
{
    auto *pane = new QWidget(m_widget);
    m_messageTitle = new QLabel(pane);
    QFont titleFont = m_messageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_messageTitle->setFont(titleFont);
    m_messageText = new QLabel(pane);
    m_messageText->setWordWrap(true);
    m_messageText->setAlignment(Qt::AlignHCenter);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageText->setFixedWidth(520);

    auto *layout = new QVBoxLayout(pane);
    layout->addStretch(2);
    layout->addWidget(m_messageTitle, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_messageText, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return pane;
}

QWidget *FailureReasonsPage::createCategoryPane()
{
    auto *box = new QGroupBox(tr("Categories"), m_widget);
    m_categoryTable =
        createTable({tr("Category"), tr("Occurrences"), tr("Share"), tr("Pattern")}, box);
    m_categoryTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_categoryTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    m_chartArea = new QWidget;
    m_chartGrid = new QGridLayout(m_chartArea);
    m_chartGrid->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(box);
    scroll->setWidget(m_chartArea);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_chartCaption = new QLabel(box);
    m_chartCaption->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_categoryTable);
    layout->addWidget(m_chartCaption);
    layout->addWidget(scroll, 1);
    return box;
}

QWidget *FailureReasonsPage::createRankingPane()
{
    auto *pane = new QWidget(m_widget);

    auto *editorBox = new QGroupBox(tr("Category editor"), pane);
    m_editor = new FailureCategoryEditor(editorBox);
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->addWidget(m_editor);

    auto *testCaseBox = new QGroupBox(tr("Top failing test cases"), pane);
    m_testCaseTable = createTable(
        {tr("Test case"), tr("Failed"), tr("Executions"), tr("Failure rate")}, testCaseBox);
    auto *testCaseLayout = new QVBoxLayout(testCaseBox);
    testCaseLayout->addWidget(m_testCaseTable);

    auto *flowBox = new QGroupBox(tr("Initiating flows with most failures"), pane);
    m_flowTable = createTable(
        {tr("Initiating flow"), tr("Failed"), tr("Executions"), tr("Test cases")}, flowBox);
    auto *flowLayout = new QVBoxLayout(flowBox);
    flowLayout->addWidget(m_flowTable);

    auto *splitter = new QSplitter(Qt::Vertical, pane);
    splitter->addWidget(editorBox);
    splitter->addWidget(testCaseBox);
    splitter->addWidget(flowBox);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    return pane;
}

void FailureReasonsPage::setWorkspacePath(const QString &path)
{
    m_jobs->setWorkspacePath(path);
    m_failure.clear();
    m_analysis = FailureAnalysis();
    m_reasonModel->setReasons({});
    m_editor->setCategories({});
    m_editor->setEditable(false);
    showCategories();
    showCharts();
    showRanking();
    if (!path.isEmpty()) {
        startChoicesQuery();
        startAnalysis();
    }
    updateMessage();
    Q_EMIT statusChanged();
}

void FailureReasonsPage::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_filterBar->setDisplayTimeZone(zone);
    // Buckets are calendar units of the display zone, so the counts change with it.
    if (!m_jobs->workspacePath().isEmpty())
        startAnalysis();
    Q_EMIT statusChanged();
}

void FailureReasonsPage::reload()
{
    if (m_jobs->workspacePath().isEmpty())
        return;
    m_failure.clear();
    startChoicesQuery();
    startAnalysis();
}

bool FailureReasonsPage::isBusy() const
{
    return m_jobs->isBusy(AnalysisChannel) || m_jobs->isBusy(SaveChannel);
}

QString FailureReasonsPage::statusText() const
{
    if (m_jobs->workspacePath().isEmpty())
        return {};
    if (m_jobs->isBusy(AnalysisChannel))
        return tr("Counting failure reasons…");

    qint64 occurrences = 0;
    for (const FailureCategoryCount &category : m_analysis.reasons.categories)
        occurrences += category.occurrences;
    QString text = tr("Failure reasons: %L1 distinct, %L2 occurrences")
                       .arg(m_analysis.reasons.reasons.size())
                       .arg(occurrences);
    const QString filter = m_filter.describe(
        QString::fromLatin1(TableNames::TestCaseExecutionResults), m_zone);
    if (!filter.isEmpty())
        text += QStringLiteral("  ·  ") + tr("Filter: %1").arg(filter);
    return text;
}

void FailureReasonsPage::focusFilter()
{
    m_filterBar->focusTextField();
}

QList<const Renderable *> FailureReasonsPage::exportGraphics() const
{
    QList<const Renderable *> graphics;
    for (const FailureTrendChart *chart : m_charts)
        graphics.append(chart);
    return graphics;
}

void FailureReasonsPage::applyFilter(const Filter &filter)
{
    Filter merged = m_filterBar->filter();
    if (mergeTestExecutionFields(&merged, filter))
        m_filterBar->setFilter(merged);
}

void FailureReasonsPage::saveState() const
{
    QSettings().setValue(QLatin1String(Settings::FailureTrendBucketKey),
                         m_bucketBox->currentData().toString());
}

void FailureReasonsPage::restoreState()
{
    const QString bucket = QSettings()
                               .value(QLatin1String(Settings::FailureTrendBucketKey),
                                      QLatin1String(Settings::DefaultFailureTrendBucket))
                               .toString();
    const QSignalBlocker blocker(m_bucketBox);
    const int index = m_bucketBox->findData(bucket);
    m_bucketBox->setCurrentIndex(index >= 0 ? index : 0);
}

TrendOptions FailureReasonsPage::trendOptions() const
{
    TrendOptions options;
    options.bucket =
        trendBucketFromName(m_bucketBox->currentData().toString()).value_or(TrendBucket::Day);
    options.zone = m_zone;
    return options;
}

void FailureReasonsPage::startAnalysis()
{
    const Filter filter = m_filter;
    const TrendOptions options = trendOptions();
    m_jobs->start<FailureAnalysis>(
        AnalysisChannel,
        [filter, options](Workspace &workspace) {
            return analyseFailures(workspace, filter, options, RankingLimit);
        },
        [this](const FailureAnalysis &analysis) { showAnalysis(analysis); });
    Q_EMIT statusChanged();
}

void FailureReasonsPage::startChoicesQuery()
{
    const QStringList columns = m_filterBar->choiceColumns();
    m_jobs->start<FilterChoices>(
        ChoicesChannel,
        [columns](Workspace &workspace) { return readFilterChoices(workspace, columns); },
        [this](const FilterChoices &choices) {
            for (auto it = choices.values.cbegin(); it != choices.values.cend(); ++it)
                m_filterBar->setChoices(it.key(), it.value());
            if (choices.lastStartMs > 0)
                m_filterBar->setTimeSpan(choices.firstStartMs, choices.lastStartMs);
        });
}

void FailureReasonsPage::saveCategories(const QList<FailureCategory> &categories)
{
    m_jobs->start<QString>(
        SaveChannel,
        [categories](Workspace &workspace) {
            QString error;
            saveFailureCategories(workspace, categories, &error);
            return error;
        },
        [this, categories](const QString &error) {
            if (!error.isEmpty()) {
                m_editor->setSaveError(error);
                Q_EMIT failed(error);
                return;
            }
            m_editor->setSaved(categories);
            startAnalysis();
        },
        Workspace::OpenMode::ExistingOnly);
}

void FailureReasonsPage::showAnalysis(const FailureAnalysis &analysis)
{
    m_failure = analysis.error;
    m_analysis = analysis;
    if (!analysis.error.isEmpty())
        Q_EMIT failed(analysis.error);

    // Local edits survive a recount; they replace the stored list only on save.
    m_editor->setEditable(true);
    if (!m_editor->isModified())
        m_editor->setCategories(analysis.categories);

    m_reasonModel->setReasons(analysis.reasons);
    m_reasonView->resizeColumnsToContents();
    m_reasonView->horizontalHeader()->setSectionResizeMode(FailureReasonModel::ReasonColumn,
                                                           QHeaderView::Stretch);
    showCategories();
    showCharts();
    showRanking();
    updateMessage();
    Q_EMIT statusChanged();
}

void FailureReasonsPage::fitCategoryTable()
{
    // Tall enough for every row up to MaxVisibleCategories, so that the charts get the rest.
    const int rows = std::clamp(m_categoryTable->rowCount(), 1, MaxVisibleCategories);
    const int height = m_categoryTable->horizontalHeader()->height() +
                       rows * m_categoryTable->verticalHeader()->defaultSectionSize() +
                       2 * m_categoryTable->frameWidth() + 2;
    m_categoryTable->setFixedHeight(height);
}

void FailureReasonsPage::showCategories()
{
    const QList<FailureCategoryCount> &counts = m_analysis.reasons.categories;
    qint64 total = 0;
    for (const FailureCategoryCount &count : counts)
        total += count.occurrences;

    m_categoryTable->setRowCount(int(counts.size()));
    for (int row = 0; row < counts.size(); ++row) {
        const FailureCategoryCount &count = counts.at(row);
        const bool uncategorised = row >= m_analysis.categories.size();
        auto *name = textItem(count.name);
        if (uncategorised) {
            QFont italic = name->font();
            italic.setItalic(true);
            name->setFont(italic);
        }
        m_categoryTable->setItem(row, 0, name);
        m_categoryTable->setItem(row, 1, numberItem(count.occurrences));
        auto *share = textItem(total > 0 ? formatRate(double(count.occurrences) / double(total))
                                         : formatRate(std::nullopt));
        share->setData(Qt::TextAlignmentRole,
                       QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter));
        m_categoryTable->setItem(row, 2, share);
        m_categoryTable->setItem(
            row, 3,
            textItem(uncategorised ? tr("(reasons no category matches)")
                                   : m_analysis.categories.at(row).pattern));
    }
    fitCategoryTable();
}

void FailureReasonsPage::showCharts()
{
    qDeleteAll(m_charts);
    m_charts.clear();

    const FailureReasons &reasons = m_analysis.reasons;
    m_chartCaption->setText(trendCaption(reasons, m_zone));
    QStringList labels;
    QStringList ranges;
    for (qsizetype i = 0; i + 1 < reasons.boundaries.size(); ++i) {
        const qint64 startMs = reasons.boundaries.at(i);
        labels.append(bucketLabel(startMs, reasons.options.bucket, m_zone));
        ranges.append(trendBucketRangeText(startMs, reasons.boundaries.at(i + 1),
                                           reasons.options.bucket, m_zone));
    }

    for (int index = 0; index < reasons.categories.size(); ++index) {
        const FailureCategoryCount &category = reasons.categories.at(index);
        const bool uncategorised = index >= m_analysis.categories.size();
        const QColor colour = uncategorised
                                  ? QColor(0x80, 0x80, 0x80)
                                  : categoryColours().at(index % categoryColours().size());
        auto *chart = new FailureTrendChart(m_chartArea);
        chart->setSeries(category.name, labels, ranges, category.perBucket, colour);
        m_chartGrid->addWidget(chart, index / ChartColumns, index % ChartColumns);
        m_charts.append(chart);
    }
}

void FailureReasonsPage::showRanking()
{
    const FailureRanking &ranking = m_analysis.ranking;
    m_testCaseTable->setRowCount(int(ranking.testCases.size()));
    for (int row = 0; row < ranking.testCases.size(); ++row) {
        const FailingTestCase &testCase = ranking.testCases.at(row);
        const QString name = testCase.name.isNull() ? testCase.arn : testCase.name;
        m_testCaseTable->setItem(row, 0, textItem(name, testCase.arn));
        m_testCaseTable->setItem(row, 1, numberItem(testCase.counts.failed));
        m_testCaseTable->setItem(row, 2, numberItem(testCase.counts.executions()));
        auto *rate = textItem(formatRate(testCase.counts.failureRate()),
                              tr("Failed / (Passed + Failed)"));
        rate->setData(Qt::TextAlignmentRole,
                      QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter));
        m_testCaseTable->setItem(row, 3, rate);
    }

    m_flowTable->setRowCount(int(ranking.flows.size()));
    for (int row = 0; row < ranking.flows.size(); ++row) {
        const FailingFlow &flow = ranking.flows.at(row);
        QString name;
        if (flow.flowId.isNull())
            name = tr("(no initiating flow)");
        else
            name = m_analysis.flowNames.value(flow.flowId, flow.flowId);
        m_flowTable->setItem(row, 0, textItem(name, flow.flowId));
        m_flowTable->setItem(row, 1, numberItem(flow.counts.failed));
        m_flowTable->setItem(row, 2, numberItem(flow.counts.executions()));
        m_flowTable->setItem(row, 3, numberItem(flow.testCases));
    }
}

void FailureReasonsPage::updateMessage()
{
    if (!m_failure.isEmpty()) {
        m_messageTitle->setText(tr("The failure reasons could not be read"));
        m_messageText->setText(m_failure);
    }
    m_stack->setCurrentIndex(m_failure.isEmpty() ? 0 : 1);
}

} // namespace Flowscope
