#pragma once

#include "failurereasons.h"
#include "page.h"
#include "testanalyticsjobs.h"
#include "testanalyticsmodels.h"

#include <QPointer>

class QComboBox;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace Flowscope {

class FailureCategoryEditor;
class FailureTrendChart;
class FilterBar;

// Everything read for the failure reasons page in one job, so that the
// counts, the charts and the rankings always show the same executions.
struct FailureAnalysis
{
    QString error;
    QList<FailureCategory> categories; // as stored when the job ran
    FailureReasons reasons;
    FailureRanking ranking;
    QHash<QString, QString> flowNames; // display names of the ranked flows that have one
};

// Failure reasons: the reasons of the filtered executions counted, by
// user-defined category with a small trend chart each, the category editor,
// and the test cases and initiating flows with the most failed executions.
class FailureReasonsPage : public Page
{
    Q_OBJECT

public:
    static constexpr int RankingLimit = 10;

    explicit FailureReasonsPage(QObject *parent = nullptr);
    ~FailureReasonsPage() override;

    QString id() const override { return QStringLiteral("failure-reasons"); }
    QString title() const override;
    QWidget *widget() const override;

    void setWorkspacePath(const QString &path) override;
    void setDisplayTimeZone(const QTimeZone &zone) override;
    void reload() override;
    QString statusText() const override;
    void focusFilter() override;

    Filter exportFilter() const override { return m_filter; }
    QList<const Renderable *> exportGraphics() const override;
    // Takes the time range and the test execution fields that `filter` sets;
    // a filter that sets none of them leaves this page unchanged.
    void applyFilter(const Filter &filter) override;

    void saveState() const override;
    void restoreState() override;

    const FailureAnalysis &analysis() const { return m_analysis; }
    FailureReasonModel *reasonModel() const { return m_reasonModel; }
    FilterBar *filterBar() const { return m_filterBar; }
    FailureCategoryEditor *categoryEditor() const { return m_editor; }
    QTableWidget *categoryTable() const { return m_categoryTable; }
    QTableWidget *testCaseTable() const { return m_testCaseTable; }
    QTableWidget *flowTable() const { return m_flowTable; }
    QComboBox *bucketBox() const { return m_bucketBox; }
    const QList<FailureTrendChart *> &charts() const { return m_charts; }
    // Whether an analysis or a save is running.
    bool isBusy() const;

private:
    enum Channel { AnalysisChannel, SaveChannel, ChoicesChannel };

    QWidget *createToolBar();
    QWidget *createMessagePane();
    QWidget *createCategoryPane();
    QWidget *createRankingPane();
    void startAnalysis();
    void startChoicesQuery();
    void saveCategories(const QList<FailureCategory> &categories);
    void showAnalysis(const FailureAnalysis &analysis);
    void showCategories();
    void fitCategoryTable();
    void showCharts();
    void showRanking();
    void updateMessage();
    TrendOptions trendOptions() const;

    FailureReasonModel *m_reasonModel = nullptr;
    WorkspaceJobs *m_jobs = nullptr;
    QPointer<QWidget> m_widget;
    FilterBar *m_filterBar = nullptr;
    QComboBox *m_bucketBox = nullptr;
    QTableWidget *m_categoryTable = nullptr;
    QLabel *m_chartCaption = nullptr;
    QWidget *m_chartArea = nullptr;
    QGridLayout *m_chartGrid = nullptr;
    QList<FailureTrendChart *> m_charts;
    QTableView *m_reasonView = nullptr;
    FailureCategoryEditor *m_editor = nullptr;
    QTableWidget *m_testCaseTable = nullptr;
    QTableWidget *m_flowTable = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageText = nullptr;
    FailureAnalysis m_analysis;
    Filter m_filter;
    QTimeZone m_zone = QTimeZone::utc();
    QString m_failure;
};

} // namespace Flowscope
