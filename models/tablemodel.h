#pragma once

#include "filter.h"
#include "schema.h"
#include "tablequery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QItemSelection>
#include <QList>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QTimeZone>

#include <atomic>
#include <memory>

namespace Flowscope {

// A lazy, read-only view of one data lake table of a workspace, filtered and
// sorted by SQLite.
//
// totalRowCount() is the true number of matching rows once they are counted,
// and -1 until then. rowCount() is the number of rows of the first page until
// the count arrives. Then it grows to the count by insertions of
// RowsAddedPerStep rows (or more, see MaxRowGrowthSteps), one per pass of the
// event loop. Views keep their current cell and selection through insertions,
// and each step is short.
// Rows are fetched in pages of PageSize on demand, by a worker thread with its
// own connection, and at most MaxCachedPages pages are kept. A second worker
// reads the rowid of every matching row in display order (at most
// MaxRowIdListRows of them), which counts the rows too. Without a filter it
// counts them with COUNT(*) first and reads the list once the view has taken
// in the counted rows. Pages asked for before
// that list is ready are read with LIMIT and OFFSET; later ones by rowid at
// their position in the list, which costs the same at any depth and for any
// sort column. A third worker reads the distinct values and time spans for
// filter controls, so that they never delay a count.
//
// Display: headers show the column names without the connect_test_case_
// prefix, and ColumnNameRole and the tooltip give the full name. NULL shows as
// "NULL" in italic grey (IsNullRole is true), but an empty string shows empty.
// Timestamps show in the display time zone. JSON arrays show as "a, b", with
// the full list as a tooltip.
class WorkspaceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the stored value: QString, qint64 or a null QVariant
        IsNullRole,                      // true for SQL NULL
        ColumnNameRole,                  // the column's name in the workspace (header data)
    };

    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 60;
    static constexpr int MaxDistinctValues = 500;
    // 8 bytes a row: 160 MB at most. Beyond it pages use OFFSET and rows are
    // counted with COUNT(*).
    static constexpr qint64 MaxRowIdListRows = 20'000'000;
    // A table view took in 5 million rows at once in 40 to 130 ms on a 2-core
    // machine, mostly QHeaderView allocating and positioning one section per
    // row. An insertion of 250,000 rows took 4 to 13 ms. A count that would
    // need more than MaxRowGrowthSteps steps takes larger ones.
    // NOTE: after each step the view lays out and paints all its rows again,
    // about 13 ms each for 5 million rows, so one pass of the event loop still
    // took 30 to 58 ms then. A view with a bounded window of rows would not.
    static constexpr int RowsAddedPerStep = 250'000;
    static constexpr int MaxRowGrowthSteps = 20;

    explicit WorkspaceTableModel(const TableSpec &table, QObject *parent = nullptr);
    ~WorkspaceTableModel() override;

    const TableSpec &table() const { return m_table; }

    // Shows the rows of the workspace at `path`; an empty path shows nothing.
    // Columns that imports added beyond the documented ones are shown last.
    void setWorkspacePath(const QString &path);
    QString workspacePath() const { return m_workspacePath; }

    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }

    void setDisplayTimeZone(const QTimeZone &zone);
    QTimeZone displayTimeZone() const { return m_zone; }

    // Drops every cached row and queries again, for example after an import.
    void reload();

    // The number of matching rows, or -1 while they are being counted.
    qint64 totalRowCount() const { return m_totalRows; }
    // The number of rows held in the page cache.
    qint64 loadedRowCount() const;
    QString columnName(int column) const;
    int columnIndex(const QString &name) const;
    QString sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Reads the distinct values of `column` (at most MaxDistinctValues, NULL as
    // a null QString) off the GUI thread and emits distinctValuesReady.
    void requestDistinctValues(const QString &column);
    // Reads the first and last value of a timestamp column over the whole
    // table off the GUI thread and emits timeSpanReady.
    void requestTimeSpan(const QString &column);

    // The selected cells as tab-separated lines, one line per row, in row and
    // column order. NULL becomes an empty field, and tabs and line breaks in
    // values become spaces. Only rows in the page cache are copied, so that
    // selecting all of millions of rows cannot exhaust memory.
    // `columnOrder` lists logical columns in the order the view shows them
    // (empty: model order); columns missing from it are not copied. With
    // `includeHeader`, the first line contains the column names.
    QString tabSeparatedText(const QItemSelection &selection, const QList<int> &columnOrder = {},
                             bool includeHeader = false) const;
    QString tabSeparatedText(const QModelIndexList &indexes) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // An empty `column` name sorts by the order the rows were stored in.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void sortByName(const QString &column, Qt::SortOrder order);

Q_SIGNALS:
    // `total` is -1 while the rows are being counted.
    void loadedChanged(qint64 loaded, qint64 total);
    void distinctValuesReady(const QString &column, const QStringList &values);
    // Milliseconds since the Unix epoch; both 0 when the column contains no time.
    void timeSpanReady(const QString &column, qint64 firstMs, qint64 lastMs);
    void queryFailed(const QString &message);

private:
    void startQuery();
    void requestPage(int page) const;
    void onPageReady(quint64 generation, int page, const Flowscope::TableRows &rows);
    void onPageSkipped(quint64 generation, int page);
    void onRowsCounted(quint64 generation, qint64 rows);
    void onRowIdsReady(quint64 generation);
    void onFailed(quint64 generation, const QString &message);
    void setRowCount(int rows);
    void addRowsStep();
    void requestHeldDistinctValues();
    // Starts the queries that wait until the view has taken in the counted
    // rows: the held filter choices and, without a filter, the row id list.
    void startWorkAfterGrowth();
    // Queues TableQueryWorker::buildRowIds for the current query.
    void requestRowIds(qint64 counted);
    void evictPages(int keepPage);
    const QVariantList *cachedRow(int row) const;
    QString displayText(int column, const QVariant &value) const;
    QVariant cellData(int column, const QVariant &value, int role) const;

    const TableSpec &m_table;
    QStringList m_columns;
    QList<ColumnType> m_columnTypes;
    QString m_workspacePath;
    Filter m_filter;
    QTimeZone m_zone = QTimeZone::utc();
    QString m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    quint64 m_generation = 0;
    int m_rowCount = 0;
    int m_targetRowCount = 0; // what m_rowCount grows to, step by step
    QTimer m_rowGrowth;
    qint64 m_totalRows = 0;
    QHash<int, TableRows> m_pages;
    QList<int> m_pageUse; // least recently loaded first
    mutable QSet<int> m_pendingPages;
    mutable quint64 m_pageRequestSerial = 0;
    bool m_rowIdsAfterCount = false;   // the row id list waits for the rows to be shown
    QStringList m_heldDistinctColumns; // asked for before the rows were counted and shown

    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    std::shared_ptr<std::atomic<quint64>> m_latestPageRequest;
    std::shared_ptr<RowIdIndex> m_rowIds;
    QThread m_pageThread;
    QThread m_countThread;
    QThread m_choiceThread;
    TableQueryWorker *m_pageWorker = nullptr;
    TableQueryWorker *m_countWorker = nullptr;
    TableQueryWorker *m_choiceWorker = nullptr;
};

} // namespace Flowscope
