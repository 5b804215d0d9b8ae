#pragma once

#include "failurereasons.h"
#include "testanalytics.h"
#include "testhistory.h"

#include <QAbstractTableModel>
#include <QItemSelection>

namespace Flowscope {

// Roles the test analytics models add to Qt's.
enum TestAnalyticsRole {
    // The value behind a cell for sorting and charts: qint64 counts and
    // milliseconds, double rates (0..1) and seconds, an invalid QVariant where
    // there is no value.
    RawValueRole = Qt::UserRole + 1,
    // connect_test_case_result of a run cell; a null string when the run has
    // no result, an invalid QVariant for a cell without a run.
    RunResultRole,
    // connect_test_case_execution_id of a run cell.
    RunExecutionIdRole,
};

// Formats a rate in 0..1 as a percentage with one decimal, or "–" when empty.
QString formatRate(const std::optional<double> &rate);

// The trend as a table: one row per bucket, oldest first.
class TestTrendModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        BucketColumn,
        ExecutionsColumn,
        PassedColumn,
        FailedColumn,
        SkippedColumn,
        AbortedColumn,
        NoResultColumn,
        OtherColumn,
        PassRateColumn,
        AverageDurationColumn,
        ColumnCount
    };

    explicit TestTrendModel(QObject *parent = nullptr);

    void setTrend(const TestTrend &trend);
    const TestTrend &trend() const { return m_trend; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const TrendPoint &point, int column) const;
    QString bucketLabel(const TrendPoint &point) const;

    TestTrend m_trend;
};

// The history grid: one row per test case with its figures and marks, then
// one column per run, the most recent run in the last column. Test cases
// with fewer runs than runColumns() leave the left run cells empty.
class TestHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ExecutionsColumn,
        PassRateColumn,
        LastResultColumn,
        FlakyColumn,
        ChangeColumn, // "new failure" or "fixed"
        FirstRunColumn
    };
    static constexpr int DefaultRunColumns = 20;

    explicit TestHistoryModel(QObject *parent = nullptr);

    void setHistory(const TestHistory &history);
    void setFlakyRule(const FlakyRule &rule);
    FlakyRule flakyRule() const { return m_rule; }
    // How many of the latest runs get a column; at least 1.
    void setRunColumns(int columns);
    int runColumns() const { return m_runColumns; }
    // The zone run times are shown in, in tooltips.
    void setTimeZone(const QTimeZone &zone);

    const TestCaseHistory &testCase(int row) const { return m_history.testCases.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorts by name, executions, pass rate, last result, flaky or change;
    // run columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const TestRun *runAt(const TestCaseHistory &testCase, int column) const;
    QVariant runData(const TestCaseHistory &testCase, int column, int role) const;
    QVariant rawValue(const TestCaseHistory &testCase, int column) const;
    QString changeText(const TestCaseHistory &testCase) const;

    TestHistory m_history;
    FlakyRule m_rule;
    int m_runColumns = DefaultRunColumns;
    QTimeZone m_zone = QTimeZone::utc();
};

// Failure reasons with their category and counts, most frequent first.
class FailureReasonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ReasonColumn,
        CategoryColumn,
        OccurrencesColumn,
        ExecutionsColumn,
        TestCasesColumn,
        ColumnCount
    };

    explicit FailureReasonModel(QObject *parent = nullptr);

    void setReasons(const FailureReasons &reasons);
    const FailureReasons &reasons() const { return m_reasons; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FailureReasons m_reasons;
};

// Executions of an ExecutionList, shown as the workspace browser shows table
// rows: NULL in italic grey, timestamps in the display zone, JSON arrays as
// "a, b", headers without the connect_test_case_ prefix. It returns the
// values of WorkspaceTableModel's RawValueRole, IsNullRole and ColumnNameRole
// under those roles, so that a view reads either model the same way. Sorting
// reorders the rows in memory.
class ExecutionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ExecutionListModel(QObject *parent = nullptr);

    void setList(const ExecutionList &list);
    const ExecutionList &list() const { return m_list; }
    void setTimeZone(const QTimeZone &zone);

    QString columnName(int column) const;
    int columnIndex(const QString &name) const;

    // Returns the selected cells as tab-separated lines in the format of
    // WorkspaceTableModel::tabSeparatedText. Each row is one line, NULL is an
    // empty field, and tabs and line breaks in values become spaces. Only the
    // columns in `columnOrder` are copied, or every selected column in model
    // order when it is empty. With `includeHeader`, the headers come first.
    QString tabSeparatedText(const QItemSelection &selection, const QList<int> &columnOrder = {},
                             bool includeHeader = false) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // NULL sorts first in ascending order, as in SQLite, and equal values keep
    // their order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString displayText(int column, const QVariant &value) const;

    ExecutionList m_list;
    QList<bool> m_timestampColumns;
    QList<bool> m_arrayColumns;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace Flowscope
