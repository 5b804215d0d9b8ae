#include "testhistorypage.h"

#include "filterbar.h"
#include "pages.h"
#include "schema.h"
#include "settings.h"
#include "testrundetails.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Flowscope {

namespace {

constexpr int MaxSwitches = 50;
constexpr int MaxWindowRuns = 200;
constexpr int MinRunColumns = 5;
constexpr int MaxRunColumns = 200;
constexpr int NameColumnWidth = 240;
constexpr int DetailsHeight = 400;

} // namespace

TestHistoryPage::TestHistoryPage(QObject *parent)
    : Page(parent), m_model(new TestHistoryModel(this)), m_picture(m_model),
      m_jobs(new WorkspaceJobs(this))
{
    m_widget = new QWidget;
    m_filterBar = new FilterBar(testRunFilterFields(), m_widget);

    m_view = new QTableView(m_widget);
    m_view->setHorizontalHeader(new RunHeaderView(m_view));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RunCellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(RunCellDelegate::CellSize);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setMinimumSectionSize(RunCellDelegate::CellSize);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setToolTip(
        tr("Click Test case, Executions, Pass rate, Last result, Flaky or Change to sort"));

    m_details = new TestRunDetails;
    auto *detailsScroll = new QScrollArea(m_widget);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setMinimumHeight(DetailsHeight / 2);

    // The grid needs the width for its run columns, so the details go below it.
    auto *splitter = new QSplitter(Qt::Vertical, m_widget);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({360, DetailsHeight});

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
        startHistoryQuery();
        Q_EMIT statusChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this,
            &TestHistoryPage::onHeaderClicked);
    connect(m_details, &TestRunDetails::contactRequested, this, &Page::contactRequested);
    connect(m_details, &TestRunDetails::filterRequested, this, &Page::filterRequested);
    connect(m_jobs, &WorkspaceJobs::failed, this, [this](int, const QString &message) {
        m_failure = message;
        updateMessage();
        Q_EMIT failed(message);
    });
    connect(m_jobs, &WorkspaceJobs::busyChanged, this, &Page::statusChanged);

    restoreState();
    updateMessage();
}

TestHistoryPage::~TestHistoryPage()
{
    // The main window owns the widget once it shows it. Until then this page deletes it.
    if (m_widget && !m_widget->parent())
        delete m_widget;
}

QString TestHistoryPage::title() const
{
    return tr("Test history");
}

QWidget *TestHistoryPage::widget() const
{
    return m_widget;
}

QWidget *TestHistoryPage::createToolBar()
{
    auto *bar = new QWidget(m_widget);
    m_minSwitches = new QSpinBox(bar);
    m_minSwitches->setRange(1, MaxSwitches);
    m_minSwitches->setToolTip(tr("k: how many switches between Passed and Failed make a test "
                                 "case flaky"));
    m_windowRuns = new QSpinBox(bar);
    m_windowRuns->setRange(2, MaxWindowRuns);
    m_windowRuns->setToolTip(
        tr("n: how many of the latest passed or failed runs the flaky rule looks at"));
    m_runColumns = new QSpinBox(bar);
    m_runColumns->setRange(MinRunColumns, MaxRunColumns);
    m_runColumns->setToolTip(tr("How many of the latest runs of each test case the grid shows"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 2, 8, 6);
    layout->addWidget(new QLabel(tr("Flaky: at least"), bar));
    layout->addWidget(m_minSwitches);
    layout->addWidget(new QLabel(tr("result switches in the last"), bar));
    layout->addWidget(m_windowRuns);
    layout->addWidget(new QLabel(tr("passed or failed runs"), bar));
    layout->addSpacing(16);
    layout->addWidget(new QLabel(tr("Runs shown:"), bar));
    layout->addWidget(m_runColumns);
    layout->addStretch(1);
    layout->addWidget(new ResultLegend(bar));

    connect(m_minSwitches, &QSpinBox::valueChanged, this, &TestHistoryPage::onFlakyRuleChanged);
    connect(m_windowRuns, &QSpinBox::valueChanged, this, &TestHistoryPage::onFlakyRuleChanged);
    connect(m_runColumns, &QSpinBox::valueChanged, this, [this](int columns) {
        m_model->setRunColumns(columns);
        m_model->sort(m_sortColumn, m_sortOrder);
        restoreSelection();
        QSettings().setValue(QLatin1String(Settings::HistoryRunColumnsKey), columns);
    });
    return bar;
}

QWidget *TestHistoryPage::createMessagePane()
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

void TestHistoryPage::setWorkspacePath(const QString &path)
{
    m_jobs->setWorkspacePath(path);
    m_failure.clear();
    m_loaded = false;
    m_selected.reset();
    m_details->clear();
    m_model->setHistory({});
    if (!path.isEmpty()) {
        startChoicesQuery();
        startHistoryQuery();
    }
    updateMessage();
    Q_EMIT statusChanged();
}

void TestHistoryPage::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_model->setTimeZone(zone);
    m_filterBar->setDisplayTimeZone(zone);
    m_details->setDisplayTimeZone(zone);
    Q_EMIT statusChanged();
}

void TestHistoryPage::reload()
{
    if (m_jobs->workspacePath().isEmpty())
        return;
    m_failure.clear();
    startChoicesQuery();
    startHistoryQuery();
}

bool TestHistoryPage::isBusy() const
{
    return m_jobs->isBusy(GridChannel) || m_jobs->isBusy(DetailsChannel);
}

QString TestHistoryPage::statusText() const
{
    if (m_jobs->workspacePath().isEmpty())
        return {};
    if (m_jobs->isBusy(GridChannel))
        return tr("Reading the test history…");

    int flaky = 0;
    qint64 runs = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TestCaseHistory &testCase = m_model->testCase(row);
        runs += testCase.runs.size();
        if (testCase.isFlaky(m_model->flakyRule()))
            ++flaky;
    }
    QString text = tr("Test cases: %L1  ·  executions: %L2  ·  flaky: %L3")
                       .arg(m_model->rowCount())
                       .arg(runs)
                       .arg(flaky);
    const QString filter = m_filter.describe(
        QString::fromLatin1(TableNames::TestCaseExecutionResults), m_zone);
    if (!filter.isEmpty())
        text += QStringLiteral("  ·  ") + tr("Filter: %1").arg(filter);
    return text;
}

void TestHistoryPage::focusFilter()
{
    m_filterBar->focusTextField();
}

Filter TestHistoryPage::exportFilter() const
{
    return m_filter;
}

void TestHistoryPage::applyFilter(const Filter &filter)
{
    Filter merged = m_filterBar->filter();
    if (mergeTestExecutionFields(&merged, filter))
        m_filterBar->setFilter(merged);
}

void TestHistoryPage::saveState() const
{
    QSettings settings;
    settings.setValue(QLatin1String(Settings::FlakyMinSwitchesKey), m_minSwitches->value());
    settings.setValue(QLatin1String(Settings::FlakyWindowRunsKey), m_windowRuns->value());
    settings.setValue(QLatin1String(Settings::HistoryRunColumnsKey), m_runColumns->value());
}

void TestHistoryPage::restoreState()
{
    const QSettings settings;
    const int minSwitches = settings
                                .value(QLatin1String(Settings::FlakyMinSwitchesKey),
                                       Settings::DefaultFlakyMinSwitches)
                                .toInt();
    const int windowRuns = settings
                               .value(QLatin1String(Settings::FlakyWindowRunsKey),
                                      Settings::DefaultFlakyWindowRuns)
                               .toInt();
    const int runColumns = settings
                               .value(QLatin1String(Settings::HistoryRunColumnsKey),
                                      Settings::DefaultHistoryRunColumns)
                               .toInt();

    // Setting the boxes saves their values, so they are set with signals blocked.
    const QSignalBlocker blockSwitches(m_minSwitches);
    const QSignalBlocker blockWindow(m_windowRuns);
    const QSignalBlocker blockColumns(m_runColumns);
    m_minSwitches->setValue(minSwitches);
    m_windowRuns->setValue(windowRuns);
    m_runColumns->setValue(runColumns);
    m_model->setFlakyRule({m_minSwitches->value(), m_windowRuns->value()});
    m_model->setRunColumns(m_runColumns->value());
}

void TestHistoryPage::startHistoryQuery()
{
    const Filter filter = m_filter;
    m_jobs->start<TestHistory>(
        GridChannel, [filter](Workspace &workspace) { return queryTestHistory(workspace, filter); },
        [this](const TestHistory &history) { showHistory(history); });
    Q_EMIT statusChanged();
}

void TestHistoryPage::startChoicesQuery()
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

void TestHistoryPage::showHistory(const TestHistory &history)
{
    m_loaded = true;
    m_failure = history.error;
    if (!history.ok())
        Q_EMIT failed(history.error);

    m_model->setHistory(history);
    m_model->sort(m_sortColumn, m_sortOrder);
    m_view->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    if (m_view->columnWidth(TestHistoryModel::NameColumn) < NameColumnWidth) {
        for (int column = 0; column < TestHistoryModel::FirstRunColumn; ++column)
            m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(TestHistoryModel::NameColumn, NameColumnWidth);
    }
    for (int column = TestHistoryModel::FirstRunColumn; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, RunCellDelegate::CellSize);

    restoreSelection();
    updateMessage();
    Q_EMIT statusChanged();
}

void TestHistoryPage::selectRun(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

void TestHistoryPage::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid() || current.column() < TestHistoryModel::FirstRunColumn)
        return;
    const QVariant executionId = current.data(RunExecutionIdRole);
    if (!executionId.isValid())
        return;

    const TestCaseHistory &testCase = m_model->testCase(current.row());
    const QString executionIdText = executionId.toString();
    const auto run = std::find_if(testCase.runs.cbegin(), testCase.runs.cend(),
                                  [&executionIdText](const TestRun &candidate) {
                                      return candidate.executionId == executionIdText;
                                  });
    if (run == testCase.runs.cend())
        return;

    const ExecutionKey key{testCase.arn, run->startMs, run->executionId};
    if (m_selected == key)
        return;
    m_selected = key;

    const QString name = testCase.name.isNull() ? testCase.arn : testCase.name;
    m_details->showLoading(name);
    m_jobs->start<ExecutionDetails>(
        DetailsChannel,
        [key](Workspace &workspace) { return readExecutionDetails(workspace, key); },
        [this, name](const ExecutionDetails &details) { m_details->showDetails(name, details); });
}

void TestHistoryPage::restoreSelection()
{
    if (!m_selected)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->testCase(row).arn != m_selected->testCaseArn)
            continue;
        for (int column = TestHistoryModel::FirstRunColumn; column < m_model->columnCount();
             ++column) {
            const QModelIndex index = m_model->index(row, column);
            if (index.data(RunExecutionIdRole).toString() == m_selected->executionId) {
                const QSignalBlocker blocker(m_view->selectionModel());
                m_view->selectionModel()->setCurrentIndex(index,
                                                          QItemSelectionModel::ClearAndSelect);
                m_view->viewport()->update();
                return;
            }
        }
    }

    // The execution is no longer in the grid, because the filter excludes it or it is
    // older than the run columns reach.
    m_view->selectionModel()->clear();
    m_selected.reset();
    m_jobs->cancel(DetailsChannel);
    m_details->clear();
}

void TestHistoryPage::onHeaderClicked(int section)
{
    if (section >= TestHistoryModel::FirstRunColumn) {
        m_view->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }

    // A second click on the sort column reverses the order. A new column starts ascending.
    if (section == m_sortColumn)
        m_sortOrder = m_sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    else
        m_sortOrder = Qt::AscendingOrder;
    m_sortColumn = section;
    m_model->sort(m_sortColumn, m_sortOrder);
    m_view->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
}

void TestHistoryPage::onFlakyRuleChanged()
{
    m_model->setFlakyRule({m_minSwitches->value(), m_windowRuns->value()});
    if (m_sortColumn == TestHistoryModel::FlakyColumn)
        m_model->sort(m_sortColumn, m_sortOrder);
    QSettings settings;
    settings.setValue(QLatin1String(Settings::FlakyMinSwitchesKey), m_minSwitches->value());
    settings.setValue(QLatin1String(Settings::FlakyWindowRunsKey), m_windowRuns->value());
    m_view->viewport()->update();
    Q_EMIT statusChanged();
}

void TestHistoryPage::updateMessage()
{
    const bool open = !m_jobs->workspacePath().isEmpty();
    const bool empty = open && m_loaded && m_model->rowCount() == 0;
    if (!m_failure.isEmpty()) {
        m_messageTitle->setText(tr("The test history could not be read"));
        m_messageText->setText(m_failure);
    } else if (empty && !m_filter.isEmpty()) {
        m_messageTitle->setText(tr("No test runs match the filter"));
        m_messageText->setText(
            tr("Loosen the time range or choose other values, or clear the filter."));
    } else if (empty) {
        m_messageTitle->setText(tr("No test runs yet"));
        m_messageText->setText(
            tr("This workspace holds no test runs. Import connect_test_case_execution_results "
               "exports with File > Import Files, or drop them on this window."));
    }
    m_stack->setCurrentIndex(empty || !m_failure.isEmpty() ? 1 : 0);
}

} // namespace Flowscope
