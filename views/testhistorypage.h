#pragma once

#include "page.h"
#include "testanalyticsjobs.h"
#include "testanalyticsmodels.h"
#include "testhistorygrid.h"

#include <QPointer>

class QLabel;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace Flowscope {

class FilterBar;
class TestRunDetails;

// History per test case: a test case × execution grid coloured by result
// (the most recent run on the right) with flaky, new failure and fixed
// marks, and the details of the selected execution with its contacts.
//
// The history is read off the GUI thread (WorkspaceJobs) whenever the
// filter, the workspace or its contents change; the flaky rule and the
// number of run columns only change how the last result is shown.
class TestHistoryPage : public Page
{
    Q_OBJECT

public:
    explicit TestHistoryPage(QObject *parent = nullptr);
    ~TestHistoryPage() override;

    QString id() const override { return QStringLiteral("test-history"); }
    QString title() const override;
    QWidget *widget() const override;

    void setWorkspacePath(const QString &path) override;
    void setDisplayTimeZone(const QTimeZone &zone) override;
    void reload() override;
    QString statusText() const override;
    void focusFilter() override;

    QStringList exportViews() const override { return {QStringLiteral("test-history")}; }
    Filter exportFilter() const override;
    QList<const Renderable *> exportGraphics() const override { return {&m_picture}; }
    // Takes the time range and the test execution fields that `filter` sets;
    // a filter that sets none of them (such as a flow map selection) leaves
    // this page unchanged.
    void applyFilter(const Filter &filter) override;

    void saveState() const override;
    void restoreState() override;

    // Selects the run cell at `row` and `column` of the model and shows its details.
    void selectRun(int row, int column);

    TestHistoryModel *model() const { return m_model; }
    FilterBar *filterBar() const { return m_filterBar; }
    QTableView *gridView() const { return m_view; }
    TestRunDetails *details() const { return m_details; }
    QSpinBox *minSwitchesBox() const { return m_minSwitches; }
    QSpinBox *windowRunsBox() const { return m_windowRuns; }
    QSpinBox *runColumnsBox() const { return m_runColumns; }
    // Whether the grid or the selected execution is being read.
    bool isBusy() const;

private:
    enum Channel { GridChannel, DetailsChannel, ChoicesChannel };

    QWidget *createToolBar();
    QWidget *createMessagePane();
    void startHistoryQuery();
    void startChoicesQuery();
    void showHistory(const TestHistory &history);
    void onCurrentChanged(const QModelIndex &current);
    void onHeaderClicked(int section);
    void onFlakyRuleChanged();
    void restoreSelection();
    void updateMessage();

    TestHistoryModel *m_model = nullptr;
    TestHistoryGridPicture m_picture;
    WorkspaceJobs *m_jobs = nullptr;
    QPointer<QWidget> m_widget;
    FilterBar *m_filterBar = nullptr;
    QSpinBox *m_minSwitches = nullptr;
    QSpinBox *m_windowRuns = nullptr;
    QSpinBox *m_runColumns = nullptr;
    QTableView *m_view = nullptr;
    TestRunDetails *m_details = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageText = nullptr;
    Filter m_filter;
    QTimeZone m_zone = QTimeZone::utc();
    QString m_failure;
    bool m_loaded = false;
    int m_sortColumn = TestHistoryModel::NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // The selected execution, kept across queries so that it stays selected.
    std::optional<ExecutionKey> m_selected;
};

} // namespace Flowscope
