#include "testtrendspage.h"

#include "browsertableview.h"
#include "filterbar.h"
#include "pages.h"
#include "schema.h"
#include "tablemodel.h"
#include "testanalyticsmodels.h"
#include "testkpitiles.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <limits>

namespace Flowscope {

namespace {

const QString PageId = QStringLiteral("test-trends");
const QString ResultColumn = QStringLiteral("connect_test_case_result");
const QString StartColumn = QStringLiteral("connect_test_case_execution_start_timestamp");
const QString InitialContactColumn =
    QStringLiteral("connect_test_case_associated_initial_contact_id");
const QString ContactsColumn = QStringLiteral("connect_test_case_associated_contact_ids");

// The columns the executions table shows first; the others are hidden until
// the user shows them from the header menu.
const QStringList ExecutionColumns = {
    StartColumn,
    QStringLiteral("connect_test_case_resource_name"),
    ResultColumn,
    QStringLiteral("connect_test_case_status"),
    QStringLiteral("connect_test_case_failure_reasons"),
    InitialContactColumn,
    ContactsColumn,
    QStringLiteral("connect_test_case_execution_end_timestamp"),
    QStringLiteral("connect_test_case_execution_id"),
};

QString bucketSettingsKey()
{
    return QStringLiteral("pages/") + PageId + QStringLiteral("/bucket");
}

// Unlike QString::operator==, a null value differs from an empty one, as
// SQL NULL differs from ''.
bool sameValue(const QString &first, const QString &second)
{
    return first.isNull() == second.isNull() && first == second;
}

bool containsValue(const QStringList &values, const QString &value)
{
    return std::any_of(values.cbegin(), values.cend(),
                       [&value](const QString &item) { return sameValue(item, value); });
}

// The column of `model` whose ColumnNameRole header is `name`, or -1.
int columnNamed(const QAbstractItemModel *model, const QString &name)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal, WorkspaceTableModel::ColumnNameRole)
                .toString() == name)
            return column;
    }
    return -1;
}

// The connect_test_case_result values a segment counts.
bool isSegmentResult(TrendSegment segment, const QString &result)
{
    ResultCounts counts;
    counts.add(result);
    return segmentCount(counts, segment) == 1;
}

// The connect_test_case_result value of a documented result's segment.
QString documentedResult(TrendSegment segment)
{
    switch (segment) {
    case TrendSegment::Passed:
        return QStringLiteral("Passed");
    case TrendSegment::Failed:
        return QStringLiteral("Failed");
    case TrendSegment::Skipped:
        return QStringLiteral("Skipped");
    case TrendSegment::Aborted:
        return QStringLiteral("Aborted");
    case TrendSegment::Other:
    case TrendSegment::NoResult:
        break;
    }
    return {};
}

} // namespace

TestTrendsPage::TestTrendsPage(QObject *parent)
    : Page(parent), m_executions(new WorkspaceTableModel(testCaseExecutionResultsSpec(), this)),
      m_segmentModel(new ExecutionListModel(this)),
      m_latestGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    m_widget = new QWidget;
    m_filterBar = new FilterBar(testRunFilterFields(), m_widget);
    m_chart = new TestTrendChart(m_widget);

    m_message = new QLabel(m_widget);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setContentsMargins(8, 4, 8, 4);
    m_message->hide();

    auto *splitter = new QSplitter(Qt::Vertical, m_widget);
    splitter->addWidget(m_chart);
    splitter->addWidget(createExecutionsPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(createControls());
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    m_worker = new TestTrendWorker(m_latestGeneration);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TestTrendWorker::computed, this, &TestTrendsPage::onComputed);
    connect(m_worker, &TestTrendWorker::executionsListed, this,
            &TestTrendsPage::onExecutionsListed);
    m_thread.setObjectName(QStringLiteral("test-trends"));
    m_thread.start();

    connect(m_filterBar, &FilterBar::filterChanged, this, &TestTrendsPage::onFilterChanged);
    connect(m_executions, &WorkspaceTableModel::distinctValuesReady, this,
            &TestTrendsPage::onDistinctValues);
    connect(m_executions, &WorkspaceTableModel::timeSpanReady, m_filterBar,
            [this](const QString &, qint64 firstMs, qint64 lastMs) {
                m_filterBar->setTimeSpan(firstMs, lastMs);
            });
    connect(m_executions, &WorkspaceTableModel::loadedChanged, this, [this](qint64 loaded) {
        if (loaded > 0 && !m_columnsConfigured) {
            m_columnsConfigured = true;
            configureExecutionColumns(m_executionsView);
        }
        Q_EMIT statusChanged();
    });
    connect(m_executions, &WorkspaceTableModel::queryFailed, this, &Page::failed);
    connect(m_chart, &TestTrendChart::segmentClicked, this, &TestTrendsPage::showSegment);

    showAllExecutions();
    restoreState();
}

TestTrendsPage::~TestTrendsPage()
{
    // A newer generation makes the worker skip what is still queued.
    m_latestGeneration->store(std::numeric_limits<quint64>::max());
    m_thread.quit();
    m_thread.wait();

    // The widget belongs to the main window once shown; otherwise it is ours.
    if (m_widget && !m_widget->parent())
        delete m_widget;
}

QString TestTrendsPage::id() const
{
    return PageId;
}

QString TestTrendsPage::title() const
{
    return tr("Test trends");
}

QWidget *TestTrendsPage::widget() const
{
    return m_widget;
}

QWidget *TestTrendsPage::createControls()
{
    auto *controls = new QWidget(m_widget);
    m_bucketSelector = new QComboBox(controls);
    m_bucketSelector->addItem(tr("Day"), int(TrendBucket::Day));
    m_bucketSelector->addItem(tr("Week (from Monday)"), int(TrendBucket::Week));
    m_bucketSelector->addItem(tr("Month"), int(TrendBucket::Month));
    m_bucketSelector->setToolTip(tr("The calendar unit of one bar, in the display time zone"));
    connect(m_bucketSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        setBucket(TrendBucket(m_bucketSelector->itemData(index).toInt()));
    });

    auto *bucketLabel = new QLabel(tr("Bucket:"), controls);
    bucketLabel->setBuddy(m_bucketSelector);
    auto *bucketBox = new QVBoxLayout;
    bucketBox->addStretch(1);
    bucketBox->addWidget(bucketLabel);
    bucketBox->addWidget(m_bucketSelector);
    bucketBox->addStretch(1);

    m_tiles = new TestKpiTiles(controls);
    auto *layout = new QHBoxLayout(controls);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(bucketBox);
    layout->addSpacing(12);
    layout->addWidget(m_tiles, 1);
    return controls;
}

QWidget *TestTrendsPage::createExecutionsPane()
{
    auto *pane = new QWidget(m_widget);
    m_executionsCaption = new QLabel(pane);
    m_executionsCaption->setWordWrap(true);
    m_showAllButton = new QPushButton(tr("Show all executions"), pane);
    m_showAllButton->setToolTip(tr("List every execution that matches the filter again"));
    connect(m_showAllButton, &QPushButton::clicked, this, &TestTrendsPage::showAllExecutions);

    // Two views rather than one with two models, so that each keeps its own
    // column layout and sort order.
    m_tableStack = new QStackedWidget(pane);
    m_executionsView = createExecutionsView(m_executions, m_tableStack);
    m_segmentView = createExecutionsView(m_segmentModel, m_tableStack);
    m_tableStack->addWidget(m_executionsView);
    m_tableStack->addWidget(m_segmentView);

    auto *captionRow = new QHBoxLayout;
    captionRow->addWidget(m_executionsCaption, 1);
    captionRow->addWidget(m_showAllButton);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(8, 4, 8, 0);
    layout->addLayout(captionRow);
    layout->addWidget(m_tableStack, 1);
    return pane;
}

BrowserTableView *TestTrendsPage::createExecutionsView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new BrowserTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setToolTip(tr("Double-click a contact to open its flow events"));
    connect(view, &BrowserTableView::copyRequested, this, &TestTrendsPage::copySelection);
    connect(view, &QAbstractItemView::doubleClicked, this, &TestTrendsPage::openContactsAt);
    return view;
}

void TestTrendsPage::configureExecutionColumns(BrowserTableView *view)
{
    const QAbstractItemModel *model = view->model();
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString name =
            model->headerData(column, Qt::Horizontal, WorkspaceTableModel::ColumnNameRole)
                .toString();
        header->setSectionHidden(column, !ExecutionColumns.contains(name));
    }

    int position = 0;
    for (const QString &name : ExecutionColumns) {
        const int logical = columnNamed(model, name);
        if (logical < 0)
            continue;
        header->moveSection(header->visualIndex(logical), position);
        view->resizeColumnToContents(logical);
        header->resizeSection(logical, std::clamp(header->sectionSize(logical), 70, 280));
        ++position;
    }
}

BrowserTableView *TestTrendsPage::currentExecutionsView() const
{
    return m_segmentShown ? m_segmentView : m_executionsView;
}

void TestTrendsPage::setWorkspacePath(const QString &path)
{
    m_workspacePath = path;
    m_resultValues.clear();
    m_error.clear();
    m_columnsConfigured = false;

    // Filter first, so that opening the workspace starts one query.
    showAllExecutions();
    m_executions->setWorkspacePath(path);
    sortExecutionsByStart();
    if (!path.isEmpty()) {
        for (const QString &column : m_filterBar->choiceColumns())
            m_executions->requestDistinctValues(column);
        m_executions->requestTimeSpan(StartColumn);
    }
    requestTrend();
}

void TestTrendsPage::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_filterBar->setDisplayTimeZone(zone);
    m_executions->setDisplayTimeZone(zone);
    m_segmentModel->setTimeZone(zone);
    m_tiles->setDisplayTimeZone(zone);
    // Day, week and month boundaries move with the zone.
    requestTrend();
}

void TestTrendsPage::reload()
{
    m_error.clear();
    m_executions->reload();
    for (const QString &column : m_filterBar->choiceColumns())
        m_executions->requestDistinctValues(column);
    m_executions->requestTimeSpan(StartColumn);
    requestTrend();
}

void TestTrendsPage::setBucket(TrendBucket bucket)
{
    const int index = m_bucketSelector->findData(int(bucket));
    if (index >= 0 && index != m_bucketSelector->currentIndex()) {
        // The combo box's signal comes back here with the same bucket.
        m_bucketSelector->setCurrentIndex(index);
        return;
    }
    if (bucket == m_bucket && m_chart->trend().options.bucket == bucket)
        return;
    m_bucket = bucket;
    requestTrend();
}

void TestTrendsPage::requestTrend()
{
    ++m_generation;
    m_latestGeneration->store(m_generation);
    m_reading = !m_workspacePath.isEmpty();

    TrendOptions options;
    options.bucket = m_bucket;
    options.zone = m_zone;
    const quint64 generation = m_generation;
    const QString path = m_workspacePath;
    const Filter filter = m_filter;
    TestTrendWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, generation, path, filter, options] {
            worker->compute(generation, path, filter, options);
        },
        Qt::QueuedConnection);
    Q_EMIT statusChanged();
}

void TestTrendsPage::onComputed(quint64 generation, const TestTrendResult &result)
{
    // A result for an older filter, bucket or zone than the latest request.
    if (generation != m_generation)
        return;

    m_reading = false;
    m_error = result.trend.error.isEmpty() ? result.kpis.error : result.trend.error;
    m_chart->setTrend(result.trend);
    m_tiles->setKpis(result.kpis);

    if (!m_error.isEmpty()) {
        m_message->setText(m_error);
        m_message->show();
        Q_EMIT failed(m_error);
    } else if (result.trend.points.isEmpty() && !m_workspacePath.isEmpty()) {
        m_message->setText(
            m_filter.isEmpty()
                ? tr("This workspace holds no test runs. Import "
                     "connect_test_case_execution_results exports with File > Import Files.")
                : tr("No test run matches the filter. Loosen the time range or choose other "
                     "values, or clear the filter."));
        m_message->show();
    } else {
        m_message->hide();
    }

    // The listed segment may no longer exist in the new trend.
    if (m_segmentShown)
        showAllExecutions();
    Q_EMIT statusChanged();
    Q_EMIT trendShown();
}

void TestTrendsPage::onFilterChanged(const Filter &filter)
{
    m_filter = filter;
    showAllExecutions();
    requestTrend();
}

void TestTrendsPage::onDistinctValues(const QString &column, const QStringList &values)
{
    if (column == ResultColumn)
        m_resultValues = values;
    m_filterBar->setChoices(column, values);
}

QStringList TestTrendsPage::segmentResults(TrendSegment segment) const
{
    // Results the filter allows, or every result the workspace holds.
    const QStringList candidates =
        m_filter.testResults.isEmpty() ? m_resultValues : m_filter.testResults;
    QStringList results;
    switch (segment) {
    case TrendSegment::Passed:
    case TrendSegment::Failed:
    case TrendSegment::Skipped:
    case TrendSegment::Aborted:
        results.append(documentedResult(segment));
        break;
    case TrendSegment::NoResult:
        results.append(QString());
        break;
    case TrendSegment::Other:
        for (const QString &value : candidates) {
            if (isSegmentResult(segment, value) && !containsValue(results, value))
                results.append(value);
        }
        break;
    }

    if (m_filter.testResults.isEmpty())
        return results;
    QStringList allowed;
    for (const QString &value : std::as_const(results)) {
        if (containsValue(m_filter.testResults, value))
            allowed.append(value);
    }
    return allowed;
}

Filter TestTrendsPage::segmentFilter(int bucket, TrendSegment segment) const
{
    const TrendPoint &point = m_chart->trend().points.at(bucket);
    Filter filter = m_filter;
    filter.fromMs = std::max(m_filter.fromMs.value_or(point.startMs), point.startMs);
    filter.toMs = std::min(m_filter.toMs.value_or(point.endMs), point.endMs);
    filter.testResults = segmentResults(segment);
    return filter;
}

void TestTrendsPage::showSegment(int bucket, TrendSegment segment)
{
    if (bucket < 0 || bucket >= m_chart->trend().points.size())
        return;

    const qint64 executions = segmentCount(m_chart->trend().points.at(bucket).counts, segment);
    const Filter filter = segmentFilter(bucket, segment);
    // An empty result list would put no constraint on the result. That
    // happens only for "other" before the distinct values have arrived.
    if (filter.testResults.isEmpty()) {
        m_executionsCaption->setText(
            tr("The result values of %1 are still being read. Click the segment again in a "
               "moment.")
                .arg(segmentName(segment)));
        return;
    }

    // The segment is read through the same de-duplicated executions as the
    // chart, so that an execution the data lake delivered twice is listed
    // once, as the row the chart counted.
    ++m_listRequest;
    m_segmentCaption = tr("%1 executions in %2: %L3")
                           .arg(segmentName(segment), m_chart->bucketRangeText(bucket))
                           .arg(executions);
    m_segmentModel->setList({});
    m_executionsCaption->setText(tr("Reading the %1 executions in %2…")
                                     .arg(segmentName(segment), m_chart->bucketRangeText(bucket)));
    m_showAllButton->setEnabled(true);
    m_segmentShown = true;
    m_tableStack->setCurrentWidget(m_segmentView);

    const quint64 request = m_listRequest;
    const QString path = m_workspacePath;
    TestTrendWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, request, path, filter] {
            worker->listExecutions(request, path, filter, MaxListedExecutions);
        },
        Qt::QueuedConnection);
}

void TestTrendsPage::onExecutionsListed(quint64 request, const ExecutionList &list)
{
    // A list for an earlier click, or for a segment no longer shown.
    if (request != m_listRequest || !m_segmentShown)
        return;

    if (!list.ok()) {
        m_executionsCaption->setText(list.error);
        Q_EMIT failed(list.error);
        Q_EMIT segmentListed();
        return;
    }

    m_segmentModel->setList(list);
    configureExecutionColumns(m_segmentView);
    m_segmentView->sortByColumn(m_segmentModel->columnIndex(StartColumn), Qt::AscendingOrder);
    QString caption = m_segmentCaption;
    if (list.total > list.rows.size()) {
        caption +=
            QLatin1Char(' ') + tr("The first %L1 by start time are listed.").arg(list.rows.size());
    }
    m_executionsCaption->setText(caption);
    Q_EMIT segmentListed();
}

void TestTrendsPage::sortExecutionsByStart()
{
    // Every sort starts a query, so an unchanged order is left alone.
    if (m_executions->sortColumn() == StartColumn &&
        m_executions->sortOrder() == Qt::AscendingOrder) {
        return;
    }
    m_executionsView->sortByColumn(m_executions->columnIndex(StartColumn), Qt::AscendingOrder);
}

void TestTrendsPage::showAllExecutions()
{
    // A segment list still being read is dropped when it arrives.
    ++m_listRequest;
    m_segmentModel->setList({});
    m_tableStack->setCurrentWidget(m_executionsView);
    m_executions->setFilter(m_filter);
    m_executionsCaption->setText(
        tr("Executions that match the filter. Click a bar segment to list its executions; "
           "double-click a contact to open it."));
    m_showAllButton->setEnabled(false);
    m_segmentShown = false;
}

QString TestTrendsPage::executionsCaption() const
{
    return m_executionsCaption->text();
}

QString TestTrendsPage::statusText() const
{
    if (m_workspacePath.isEmpty())
        return {};
    if (m_reading)
        return tr("Reading the test trend…");

    qint64 executions = 0;
    for (const TrendPoint &point : m_chart->trend().points)
        executions += point.counts.executions();
    QString text = tr("Test executions: %L1 in %L2 buckets")
                       .arg(executions)
                       .arg(m_chart->trend().points.size());
    const QString filter =
        m_filter.describe(QLatin1String(TableNames::TestCaseExecutionResults), m_zone);
    if (!filter.isEmpty())
        text += QStringLiteral("  ·  ") + tr("Filter: %1").arg(filter);
    return text;
}

void TestTrendsPage::copySelection()
{
    const BrowserTableView *view = currentExecutionsView();
    const QItemSelection selection = view->selectionModel()->selection();
    if (selection.isEmpty())
        return;

    const QHeaderView *header = view->horizontalHeader();
    QList<int> columnOrder;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columnOrder.append(logical);
    }
    const QString text = m_segmentShown
                             ? m_segmentModel->tabSeparatedText(selection, columnOrder, true)
                             : m_executions->tabSeparatedText(selection, columnOrder, true);
    QGuiApplication::clipboard()->setText(text);
}

void TestTrendsPage::focusFilter()
{
    m_filterBar->focusTextField();
}

QStringList TestTrendsPage::exportViews() const
{
    return {QStringLiteral("test-trend")};
}

Filter TestTrendsPage::exportFilter() const
{
    return m_filter;
}

QList<const Renderable *> TestTrendsPage::exportGraphics() const
{
    return {m_chart};
}

void TestTrendsPage::applyFilter(const Filter &filter)
{
    Filter applied = m_filterBar->filter();
    applied.fromMs = filter.fromMs;
    applied.toMs = filter.toMs;
    applied.instances = filter.instances;
    applied.contactId = filter.contactId;
    applied.testCase = filter.testCase;
    applied.testResults = filter.testResults;
    applied.testStatuses = filter.testStatuses;
    applied.testTypes = filter.testTypes;
    applied.executionMethods = filter.executionMethods;
    applied.testChannels = filter.testChannels;
    applied.testChannelSubtypes = filter.testChannelSubtypes;
    applied.initiatingFlows = filter.initiatingFlows;
    m_filterBar->setFilter(applied);
}

void TestTrendsPage::saveState() const
{
    QSettings settings;
    settings.setValue(bucketSettingsKey(), trendBucketName(m_bucket));
}

void TestTrendsPage::restoreState()
{
    const QSettings settings;
    const auto bucket = trendBucketFromName(settings.value(bucketSettingsKey()).toString());
    setBucket(bucket.value_or(TrendBucket::Day));
}

void TestTrendsPage::openContactsAt(const QModelIndex &index)
{
    const QStringList contactIds = contactIdsAt(index);
    if (contactIds.size() == 1) {
        Q_EMIT contactRequested(contactIds.constFirst());
        return;
    }
    if (contactIds.isEmpty())
        return;

    QMenu menu;
    for (const QString &contactId : contactIds) {
        QAction *open = menu.addAction(tr("Open contact %1").arg(contactId));
        connect(open, &QAction::triggered, this,
                [this, contactId] { Q_EMIT contactRequested(contactId); });
    }
    menu.exec(QCursor::pos());
}

QStringList TestTrendsPage::contactIdsAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};

    // A contact list cell opens its contacts, and any other cell the run's
    // initial contact. Both models name their columns by ColumnNameRole.
    const QAbstractItemModel *model = index.model();
    const QString column =
        model->headerData(index.column(), Qt::Horizontal, WorkspaceTableModel::ColumnNameRole)
            .toString();
    const QModelIndex cell = column == ContactsColumn
                                 ? index
                                 : index.siblingAtColumn(columnNamed(model, InitialContactColumn));
    if (!cell.isValid() || cell.data(WorkspaceTableModel::IsNullRole).toBool())
        return {};

    const QString value = cell.data(WorkspaceTableModel::RawValueRole).toString();
    if (column != ContactsColumn)
        return value.isEmpty() ? QStringList() : QStringList{value};

    QStringList contactIds;
    const QJsonArray array = QJsonDocument::fromJson(value.toUtf8()).array();
    for (const QJsonValue &element : array) {
        if (!element.toString().isEmpty())
            contactIds.append(element.toString());
    }
    return contactIds;
}

} // namespace Flowscope
