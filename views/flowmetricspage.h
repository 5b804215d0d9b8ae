#pragma once

#include "filterbar.h"
#include "flowanalytics.h"
#include "flowmetricsmodel.h"
#include "page.h"

#include <QHash>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Flowscope {

class OutcomeChart;
class Workspace;

// Everything the metrics page shows for one filter, computed together.
struct FlowMetricsResult
{
    FlowMetrics metrics;
    FlowTrends trends;
    OutcomeTrend outcomeTrend;
    QHash<QString, FlowName> names;
    TimeBucket bucket = TimeBucket::Day;
    QTimeZone zone = QTimeZone::utc();
    QString error; // the first failure; empty on success
};

// Computes the metrics page's figures on its own thread with its own
// workspace connection. Each request carries a generation; a request that
// is no longer the latest is skipped, and one that becomes stale between its
// steps stops there.
class FlowMetricsWorker : public QObject
{
    Q_OBJECT

public:
    explicit FlowMetricsWorker(std::shared_ptr<std::atomic<quint64>> latestGeneration);
    ~FlowMetricsWorker() override;

    void compute(quint64 generation, const QString &workspacePath, const Flowscope::Filter &filter,
                 Flowscope::TimeBucket bucket, const QTimeZone &zone);
    // Reads the distinct values of `columns` and the span of start_timestamp
    // for the filter bar.
    void loadChoices(quint64 generation, const QString &workspacePath, const QStringList &columns);

Q_SIGNALS:
    // `step` of `steps` is starting.
    void progress(quint64 generation, int step, int steps);
    void computed(quint64 generation, const Flowscope::FlowMetricsResult &result);
    void choicesReady(quint64 generation, const QString &column, const QStringList &values);
    void timeSpanReady(quint64 generation, qint64 firstMs, qint64 lastMs);

private:
    bool isStale(quint64 generation) const;
    bool openWorkspace(const QString &path, QString *error);

    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    std::unique_ptr<Workspace> m_workspace;
};

// The reference flow metrics per flow, with a per-day sparkline, and a chart
// of outcomes over time, for the flow events the filter bar selects.
class FlowMetricsPage : public Page
{
    Q_OBJECT

public:
    static constexpr int MaxChoiceValues = 500;

    // `filterFields` are the flow event browser's filter controls.
    explicit FlowMetricsPage(const QList<FilterField> &filterFields, QObject *parent = nullptr);
    ~FlowMetricsPage() override;

    QString id() const override { return QStringLiteral("flow-metrics"); }
    QString title() const override { return tr("Flow metrics"); }
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
    void applyFilter(const Filter &filter) override;

    void setBucket(TimeBucket bucket);
    TimeBucket bucket() const { return m_bucket; }
    // Stops the running computation; the page keeps what it showed before.
    void cancel();

    FilterBar *filterBar() const { return m_filterBar; }
    FlowMetricsModel *model() const { return m_model; }
    QTableView *tableView() const { return m_view; }
    OutcomeChart *outcomeChart() const { return m_chart; }
    QComboBox *bucketCombo() const { return m_bucketCombo; }
    bool isComputing() const { return m_computing; }
    // The filter of the figures shown.
    Filter shownFilter() const { return m_shownFilter; }
    // The filter bar's filter plus the contacts another page selected.
    Filter currentFilter() const;

Q_SIGNALS:
    // A computation finished and the page shows its result.
    void computed();

private:
    void compute();
    void onComputed(quint64 generation, const FlowMetricsResult &result);
    void onProgress(quint64 generation, int step, int steps);
    void setMessage(const QString &text);

    FlowMetricsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPointer<QWidget> m_widget;
    FilterBar *m_filterBar = nullptr;
    QTableView *m_view = nullptr;
    OutcomeChart *m_chart = nullptr;
    QComboBox *m_bucketCombo = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_showAllContactsButton = nullptr;

    QString m_workspacePath;
    QTimeZone m_zone = QTimeZone::utc();
    TimeBucket m_bucket = TimeBucket::Day;
    Filter m_shownFilter;
    // Filter::contacts from applyFilter(), which the filter bar has no control for.
    QStringList m_selectedContacts;
    bool m_computing = false;

    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    // The filter choices have their own generation, so that a computation
    // does not make a pending choice request stale.
    quint64 m_choiceGeneration = 0;
    std::shared_ptr<std::atomic<quint64>> m_latestChoiceGeneration;
    QThread m_thread;
    QThread m_choiceThread;
    FlowMetricsWorker *m_worker = nullptr;
    FlowMetricsWorker *m_choiceWorker = nullptr;
};

} // namespace Flowscope
