#pragma once

#include "page.h"
#include "testtrendchart.h"
#include "testtrendworker.h"

#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace Flowscope {

class BrowserTableView;
class ExecutionListModel;
class FilterBar;
class TestKpiTiles;
class WorkspaceTableModel;

// Test trends: a filter bar with the test run fields, a bucket selector, the
// KPI tiles, the trend chart and a table of executions. The table lists the
// stored rows that match the filter until the user clicks a bar segment, and
// then that bucket's executions of that result, one row per execution as the
// chart counts them. The trend, the KPIs and a segment's executions are read
// by a worker thread with its own connection.
class TestTrendsPage : public Page
{
    Q_OBJECT

public:
    // A segment lists at most this many executions, the first by start time,
    // so that a month of executions cannot exhaust memory.
    static constexpr int MaxListedExecutions = 10000;

    explicit TestTrendsPage(QObject *parent = nullptr);
    ~TestTrendsPage() override;

    QString id() const override;
    QString title() const override;
    QWidget *widget() const override;

    void setWorkspacePath(const QString &path) override;
    void setDisplayTimeZone(const QTimeZone &zone) override;
    void reload() override;
    QString statusText() const override;
    void copySelection() override;
    void focusFilter() override;

    QStringList exportViews() const override;
    Filter exportFilter() const override;
    QList<const Renderable *> exportGraphics() const override;
    // Takes the fields that apply to test executions from `filter`.
    void applyFilter(const Filter &filter) override;

    void saveState() const override;
    void restoreState() override;

    TrendBucket bucket() const { return m_bucket; }
    void setBucket(TrendBucket bucket);

    // Lists the executions of one bucket (an index into the chart's trend)
    // whose result is `segment`, as a click on that bar segment does. The
    // list is read off the GUI thread, and segmentListed() is emitted once it
    // is on screen.
    void showSegment(int bucket, TrendSegment segment);
    // The filter that lists those executions: the page's filter narrowed to
    // the bucket's interval and the segment's result values.
    Filter segmentFilter(int bucket, TrendSegment segment) const;
    // Lists every execution that matches the filter again.
    void showAllExecutions();

    // True while a trend is being read.
    bool isReading() const { return m_reading; }

    FilterBar *filterBar() const { return m_filterBar; }
    QComboBox *bucketSelector() const { return m_bucketSelector; }
    TestTrendChart *chart() const { return m_chart; }
    TestKpiTiles *kpiTiles() const { return m_tiles; }
    // The stored rows that match the filter, and their view.
    WorkspaceTableModel *executionsModel() const { return m_executions; }
    BrowserTableView *executionsView() const { return m_executionsView; }
    // The executions of the clicked segment, and their view.
    ExecutionListModel *segmentModel() const { return m_segmentModel; }
    BrowserTableView *segmentView() const { return m_segmentView; }
    // True while the segment view, not the filtered rows, is on screen.
    bool isSegmentShown() const { return m_segmentShown; }
    QString executionsCaption() const;

Q_SIGNALS:
    // A trend and its KPIs (or the failure to read them) are on screen.
    void trendShown();
    // A clicked segment's executions (or the failure to read them) are on screen.
    void segmentListed();

private:
    QWidget *createControls();
    QWidget *createExecutionsPane();
    BrowserTableView *createExecutionsView(QAbstractItemModel *model, QWidget *parent);
    void configureExecutionColumns(BrowserTableView *view);
    BrowserTableView *currentExecutionsView() const;
    void onExecutionsListed(quint64 request, const ExecutionList &list);
    void sortExecutionsByStart();
    void requestTrend();
    void onComputed(quint64 generation, const TestTrendResult &result);
    void onFilterChanged(const Filter &filter);
    void onDistinctValues(const QString &column, const QStringList &values);
    QStringList segmentResults(TrendSegment segment) const;
    void openContactsAt(const QModelIndex &index);
    QStringList contactIdsAt(const QModelIndex &index) const;

    QPointer<QWidget> m_widget;
    FilterBar *m_filterBar = nullptr;
    QComboBox *m_bucketSelector = nullptr;
    TestKpiTiles *m_tiles = nullptr;
    QLabel *m_message = nullptr;
    TestTrendChart *m_chart = nullptr;
    QLabel *m_executionsCaption = nullptr;
    QPushButton *m_showAllButton = nullptr;
    WorkspaceTableModel *m_executions = nullptr;
    BrowserTableView *m_executionsView = nullptr;
    ExecutionListModel *m_segmentModel = nullptr;
    BrowserTableView *m_segmentView = nullptr;
    QStackedWidget *m_tableStack = nullptr;

    QString m_workspacePath;
    QTimeZone m_zone = QTimeZone::utc();
    TrendBucket m_bucket = TrendBucket::Day;
    Filter m_filter;            // what the filter bar last reported
    QStringList m_resultValues; // distinct connect_test_case_result values
    QString m_error;
    bool m_reading = false;
    bool m_columnsConfigured = false;
    bool m_segmentShown = false; // the table lists one bar segment's executions
    quint64 m_listRequest = 0;   // the latest segment list asked of the worker
    QString m_segmentCaption;    // the caption once that list arrives

    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    QThread m_thread;
    TestTrendWorker *m_worker = nullptr;
};

} // namespace Flowscope
