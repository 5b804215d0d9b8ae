#include "flowmetricspage.h"

#include "outcomechart.h"
#include "sparklinedelegate.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcFlowMetrics, "flowscope.views.flowmetrics", QtWarningMsg)

namespace Flowscope {

namespace {

// The steps of a computation, for the progress text.
constexpr int ComputeSteps = 3;

const QString FlowEventsTable = QStringLiteral("contact_flow_events");

} // namespace

// --- FlowMetricsWorker ---

FlowMetricsWorker::FlowMetricsWorker(std::shared_ptr<std::atomic<quint64>> latestGeneration)
    : m_latestGeneration(std::move(latestGeneration))
{}

FlowMetricsWorker::~FlowMetricsWorker() = default;

bool FlowMetricsWorker::isStale(quint64 generation) const
{
    return generation != m_latestGeneration->load();
}

bool FlowMetricsWorker::openWorkspace(const QString &path, QString *error)
{
    if (m_workspace && m_workspace->isOpen() && m_workspace->path() == path)
        return true;
    m_workspace = std::make_unique<Workspace>();
    if (m_workspace->open(path, Workspace::OpenMode::ReadOnly, error))
        return true;
    m_workspace.reset();
    return false;
}

void FlowMetricsWorker::compute(quint64 generation, const QString &workspacePath,
                                const Filter &filter, TimeBucket bucket, const QTimeZone &zone)
{
    if (isStale(generation))
        return;

    FlowMetricsResult result;
    result.bucket = bucket;
    result.zone = zone;
    QString error;
    if (!openWorkspace(workspacePath, &error)) {
        result.error = tr("The workspace %1 could not be opened for the flow metrics: %2")
                           .arg(workspacePath, error);
        qCWarning(lcFlowMetrics).noquote() << result.error;
        Q_EMIT computed(generation, result);
        return;
    }

    // NOTE: a running query is not interrupted; cancel() takes effect
    // between the steps, and the page drops the stale result meanwhile.
    Q_EMIT progress(generation, 1, ComputeSteps);
    result.metrics = computeFlowMetrics(*m_workspace, filter);
    result.names = loadFlowNames(*m_workspace);
    if (isStale(generation))
        return;

    Q_EMIT progress(generation, 2, ComputeSteps);
    result.trends = computeFlowDailyTrends(*m_workspace, filter, zone);
    if (isStale(generation))
        return;

    Q_EMIT progress(generation, 3, ComputeSteps);
    result.outcomeTrend = computeOutcomeTrend(*m_workspace, filter, bucket, zone);

    for (const QString &failure :
         {result.metrics.error, result.trends.error, result.outcomeTrend.error}) {
        if (result.error.isEmpty() && !failure.isEmpty())
            result.error = failure;
    }
    if (!result.error.isEmpty())
        qCWarning(lcFlowMetrics).noquote() << result.error;
    Q_EMIT computed(generation, result);
}

void FlowMetricsWorker::loadChoices(quint64 generation, const QString &workspacePath,
                                    const QStringList &columns)
{
    QString error;
    if (isStale(generation) || !openWorkspace(workspacePath, &error))
        return;

    for (const QString &column : columns) {
        if (isStale(generation))
            return;
        // Column names come from the page's own field list, never from data.
        SqliteStatement query(m_workspace->handle(),
                              QStringLiteral("SELECT DISTINCT \"%1\" FROM %2 ORDER BY 1 LIMIT %3")
                                  .arg(column, FlowEventsTable)
                                  .arg(FlowMetricsPage::MaxChoiceValues));
        QStringList values;
        while (query.next())
            values.append(query.text(0));
        if (!query.error().isEmpty()) {
            qCWarning(lcFlowMetrics).noquote()
                << "Reading the values of" << column << "failed:" << query.error();
            continue;
        }
        Q_EMIT choicesReady(generation, column, values);
    }

    SqliteStatement span(m_workspace->handle(),
                         QStringLiteral("SELECT MIN(start_timestamp), MAX(start_timestamp) FROM %1")
                             .arg(FlowEventsTable));
    if (span.next() && !span.isNull(0))
        Q_EMIT timeSpanReady(generation, span.integer(0), span.integer(1));
}

// --- FlowMetricsPage ---

FlowMetricsPage::FlowMetricsPage(const QList<FilterField> &filterFields, QObject *parent)
    : Page(parent), m_model(new FlowMetricsModel(this)),
      m_latestGeneration(std::make_shared<std::atomic<quint64>>(0)),
      m_latestChoiceGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    m_widget = new QWidget;
    m_filterBar = new FilterBar(filterFields, m_widget);

    m_messageLabel = new QLabel(m_widget);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_cancelButton = new QPushButton(tr("Cancel"), m_widget);
    m_cancelButton->setVisible(false);
    m_showAllContactsButton = new QPushButton(tr("Show all contacts"), m_widget);
    m_showAllContactsButton->setToolTip(
        tr("Drop the contacts selected on another page and keep the rest of the filter"));
    m_showAllContactsButton->setVisible(false);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(8, 4, 8, 4);
    statusRow->addWidget(m_messageLabel, 1);
    statusRow->addWidget(m_showAllContactsButton);
    statusRow->addWidget(m_cancelButton);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FlowMetricsModel::RawValueRole);
    m_view = new QTableView(m_widget);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FlowMetricsModel::StartedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setItemDelegateForColumn(
        FlowMetricsModel::TrendColumn,
        new SparklineDelegate(FlowMetricsModel::DailyCountsRole, m_view));

    m_bucketCombo = new QComboBox(m_widget);
    m_bucketCombo->addItem(tr("15 minutes"), int(TimeBucket::FifteenMinutes));
    m_bucketCombo->addItem(tr("Hour"), int(TimeBucket::Hour));
    m_bucketCombo->addItem(tr("Day"), int(TimeBucket::Day));
    m_bucketCombo->addItem(tr("Week"), int(TimeBucket::Week));
    m_bucketCombo->setCurrentIndex(m_bucketCombo->findData(int(m_bucket)));
    auto *bucketLabel = new QLabel(tr("Outcomes per:"), m_widget);
    bucketLabel->setBuddy(m_bucketCombo);
    m_chart = new OutcomeChart(m_widget);
    m_chart->setMinimumHeight(260);

    auto *chartPane = new QWidget(m_widget);
    auto *bucketRow = new QHBoxLayout;
    bucketRow->addWidget(bucketLabel);
    bucketRow->addWidget(m_bucketCombo);
    bucketRow->addStretch(1);
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(8, 0, 8, 0);
    chartLayout->addLayout(bucketRow);
    chartLayout->addWidget(m_chart, 1);

    auto *splitter = new QSplitter(Qt::Vertical, m_widget);
    splitter->addWidget(m_view);
    splitter->addWidget(chartPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);

    m_worker = new FlowMetricsWorker(m_latestGeneration);
    m_worker->moveToThread(&m_thread);
    m_choiceWorker = new FlowMetricsWorker(m_latestChoiceGeneration);
    m_choiceWorker->moveToThread(&m_choiceThread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_choiceThread, &QThread::finished, m_choiceWorker, &QObject::deleteLater);
    connect(m_worker, &FlowMetricsWorker::computed, this, &FlowMetricsPage::onComputed);
    connect(m_worker, &FlowMetricsWorker::progress, this, &FlowMetricsPage::onProgress);
    connect(m_choiceWorker, &FlowMetricsWorker::choicesReady, this,
            [this](quint64 generation, const QString &column, const QStringList &values) {
                if (generation == m_choiceGeneration)
                    m_filterBar->setChoices(column, values);
            });
    connect(m_choiceWorker, &FlowMetricsWorker::timeSpanReady, this,
            [this](quint64 generation, qint64 firstMs, qint64 lastMs) {
                if (generation == m_choiceGeneration)
                    m_filterBar->setTimeSpan(firstMs, lastMs);
            });
    m_thread.setObjectName(QStringLiteral("flow-metrics"));
    m_choiceThread.setObjectName(QStringLiteral("flow-metrics-choices"));
    m_thread.start();
    m_choiceThread.start();

    connect(m_filterBar, &FilterBar::filterChanged, this, &FlowMetricsPage::compute);
    connect(m_cancelButton, &QPushButton::clicked, this, &FlowMetricsPage::cancel);
    connect(m_showAllContactsButton, &QPushButton::clicked, this, [this] {
        m_selectedContacts.clear();
        m_showAllContactsButton->setVisible(false);
        compute();
    });
    connect(m_bucketCombo, &QComboBox::activated, this,
            [this](int index) { setBucket(TimeBucket(m_bucketCombo->itemData(index).toInt())); });

    setMessage(tr("Open a workspace to see the flow metrics."));
}

FlowMetricsPage::~FlowMetricsPage()
{
    m_latestGeneration->store(m_generation + 1);
    m_latestChoiceGeneration->store(m_choiceGeneration + 1);
    m_thread.quit();
    m_choiceThread.quit();
    m_thread.wait();
    m_choiceThread.wait();

    // The widget belongs to the main window once shown; otherwise it is ours.
    if (m_widget && !m_widget->parent())
        delete m_widget;
}

QWidget *FlowMetricsPage::widget() const
{
    return m_widget;
}

void FlowMetricsPage::setWorkspacePath(const QString &path)
{
    m_workspacePath = path;
    m_model->clear();
    m_chart->clear();
    if (path.isEmpty()) {
        ++m_generation;
        m_latestGeneration->store(m_generation);
        m_computing = false;
        m_cancelButton->setVisible(false);
        setMessage(tr("Open a workspace to see the flow metrics."));
        return;
    }
    reload();
}

void FlowMetricsPage::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_filterBar->setDisplayTimeZone(zone);
    // Days and buckets are wall-clock periods of the zone, so they change with it.
    compute();
}

void FlowMetricsPage::reload()
{
    if (m_workspacePath.isEmpty())
        return;

    ++m_choiceGeneration;
    m_latestChoiceGeneration->store(m_choiceGeneration);
    QMetaObject::invokeMethod(m_choiceWorker,
                              [worker = m_choiceWorker, generation = m_choiceGeneration,
                               path = m_workspacePath, columns = m_filterBar->choiceColumns()] {
                                  worker->loadChoices(generation, path, columns);
                              });
    compute();
}

void FlowMetricsPage::compute()
{
    if (m_workspacePath.isEmpty())
        return;

    ++m_generation;
    m_latestGeneration->store(m_generation);
    m_computing = true;
    m_cancelButton->setVisible(true);
    setMessage(tr("Computing the flow metrics…"));
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, generation = m_generation, path = m_workspacePath,
                               filter = currentFilter(), bucket = m_bucket, zone = m_zone] {
                                  worker->compute(generation, path, filter, bucket, zone);
                              });
    Q_EMIT statusChanged();
}

void FlowMetricsPage::cancel()
{
    if (!m_computing)
        return;
    ++m_generation;
    m_latestGeneration->store(m_generation);
    m_computing = false;
    m_cancelButton->setVisible(false);
    setMessage(tr("Cancelled. The table and chart still show the previous filter; change the "
                  "filter to compute again."));
    Q_EMIT statusChanged();
}

void FlowMetricsPage::onProgress(quint64 generation, int step, int steps)
{
    if (generation != m_generation)
        return;
    setMessage(tr("Computing the flow metrics (step %1 of %2)…").arg(step).arg(steps));
}

void FlowMetricsPage::onComputed(quint64 generation, const FlowMetricsResult &result)
{
    if (generation != m_generation)
        return;

    m_computing = false;
    m_cancelButton->setVisible(false);
    m_shownFilter = currentFilter();
    m_model->setMetrics(result.metrics, result.trends, result.names, result.zone);
    m_chart->setTrend(result.outcomeTrend, result.bucket, result.zone);
    // One instance needs no column; its id is in every row otherwise.
    QSet<QString> instances;
    for (const FlowMetricsRow &row : m_model->rows())
        instances.insert(row.instanceId);
    m_view->setColumnHidden(FlowMetricsModel::InstanceColumn, instances.size() <= 1);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(FlowMetricsModel::TrendColumn, SparklineDelegate::PreferredWidth);

    if (!result.error.isEmpty()) {
        setMessage(result.error);
        Q_EMIT failed(result.error);
    } else if (m_model->rowCount() == 0) {
        setMessage(m_shownFilter.isEmpty()
                       ? tr("This workspace holds no flow events. Import contact_flow_events "
                            "exports with File > Import Files.")
                       : tr("No flow events match the filter. Loosen the time range or choose "
                            "other values."));
    } else {
        qint64 started = 0;
        for (const FlowMetricsRow &row : m_model->rows())
            started += row.startedCount;
        setMessage(tr("%Ln flow(s), ", nullptr, m_model->rowCount()) +
                   tr("%Ln flow event(s). Times are end − start over rows with an end; outcome "
                      "shares are of those rows.",
                      nullptr, int(started)));
    }
    Q_EMIT statusChanged();
    Q_EMIT computed();
}

void FlowMetricsPage::setMessage(const QString &text)
{
    m_messageLabel->setText(text);
}

void FlowMetricsPage::setBucket(TimeBucket bucket)
{
    m_bucketCombo->setCurrentIndex(m_bucketCombo->findData(int(bucket)));
    if (bucket == m_bucket)
        return;
    m_bucket = bucket;
    compute();
}

QString FlowMetricsPage::statusText() const
{
    if (m_workspacePath.isEmpty())
        return {};
    QString text =
        m_computing ? tr("Computing the flow metrics…") : tr("Flows: %L1").arg(m_model->rowCount());
    const QString filter = m_shownFilter.describe(FlowEventsTable, m_zone);
    if (!filter.isEmpty())
        text += QStringLiteral("  ·  ") + tr("Filter: %1").arg(filter);
    return text;
}

void FlowMetricsPage::copySelection()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;

    QStringList lines;
    QStringList header;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        header.append(m_proxy->headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(QLatin1Char('\t')));
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int column = 0; column < m_proxy->columnCount(); ++column) {
            const QModelIndex cell = m_proxy->index(row.row(), column);
            if (column == FlowMetricsModel::TrendColumn) {
                QStringList counts;
                for (const QVariant &count : cell.data(FlowMetricsModel::DailyCountsRole).toList())
                    counts.append(count.toString());
                cells.append(counts.join(QLatin1Char(' ')));
            } else {
                cells.append(cell.data().toString());
            }
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void FlowMetricsPage::focusFilter()
{
    m_filterBar->focusTextField();
}

QStringList FlowMetricsPage::exportViews() const
{
    return {QStringLiteral("flow-metrics")};
}

Filter FlowMetricsPage::currentFilter() const
{
    Filter filter = m_filterBar->filter();
    filter.contacts = m_selectedContacts;
    return filter;
}

Filter FlowMetricsPage::exportFilter() const
{
    return currentFilter();
}

QList<const Renderable *> FlowMetricsPage::exportGraphics() const
{
    return {m_chart};
}

void FlowMetricsPage::applyFilter(const Filter &filter)
{
    const bool contactsChanged = filter.contacts != m_selectedContacts;
    m_selectedContacts = filter.contacts;
    m_showAllContactsButton->setVisible(!m_selectedContacts.isEmpty());

    // The filter bar reports only changes to its own fields.
    const Filter before = m_filterBar->filter();
    m_filterBar->setFilter(filter);
    if (contactsChanged && m_filterBar->filter() == before)
        compute();
}

} // namespace Flowscope
