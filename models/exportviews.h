#pragma once

#include "exporttable.h"
#include "filter.h"
#include "flowanalytics.h"
#include "testanalytics.h"
#include "testhistory.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>

// The rows of every exportable view, read from a workspace under a Filter, so
// that File > Export and `flowscope-cli export --view NAME` export exactly
// what the view shows.

namespace Flowscope {

class Workspace;

namespace ExportViewNames {
inline constexpr char FlowEvents[] = "flow-events";
inline constexpr char TestRuns[] = "test-runs";
inline constexpr char FlowMetrics[] = "flow-metrics";
inline constexpr char FlowMap[] = "flow-map";
inline constexpr char Variants[] = "variants";
inline constexpr char TestTrend[] = "test-trend";
inline constexpr char TestHistory[] = "test-history";
} // namespace ExportViewNames

// Every view name, in the order help texts list them.
QStringList exportViewNames();
bool isExportView(const QString &view);
// The data lake table a view reads: contact_flow_events or
// connect_test_case_execution_results; empty for an unknown view.
QString exportViewTable(const QString &view);
// A translated title for headings, such as "Flow events".
QString exportViewTitle(const QString &view);
// True for the two views that export workspace rows column by column.
bool isRowTableView(const QString &view);

struct ExportViewOptions
{
    // flow-events and test-runs: the columns to export, in this order; empty
    // exports every stored column in schema order.
    QStringList columns;
    // test-trend: the bucket size; buckets follow calendar days of `zone`.
    TrendBucket bucket = TrendBucket::Day;
    // The display zone, for test-trend buckets.
    QTimeZone zone = QTimeZone::utc();
    // test-history: the flaky mark.
    FlakyRule flaky;
    // variants: how many of the most frequent to export; 0 exports all.
    int maxVariants = 0;
};

// One key figure of a view, as a report's tile shows it.
struct ExportKpi
{
    QString label; // translated
    QString value; // formatted for display
};

// Opens the rows of `view` under `filter`. flow-events and test-runs stream
// from the workspace, ordered by their start timestamp, then storage order;
// the other views compute their rows first (`progress` receives the flow map's
// scan and may cancel it). Returns null and sets `error` when the view is
// unknown, a requested column does not exist or the query fails. The table
// reads through `workspace`, which must stay open while it is used.
std::unique_ptr<ExportTable> openExportTable(Workspace &workspace, const QString &view,
                                             const Filter &filter,
                                             const ExportViewOptions &options, QString *error,
                                             const AnalyticsProgressCallback &progress = {});

// The key figures of `view` under `filter`, for a report's tiles; empty for
// views without any or when they cannot be read.
QList<ExportKpi> exportViewKpis(Workspace &workspace, const QString &view, const Filter &filter);

// Every column of the table behind `view` as the workspace stores it, for
// a column chooser; empty for views whose columns are fixed.
QStringList exportViewColumns(Workspace &workspace, const QString &view);

// The export described as label and value rows, for a report's filter sheet
// and summary: the view, its table, the display zone, the time window in that
// zone and each filter field that applies to the table, labelled with its
// column name. NULL shows as "NULL" and the empty string as "(empty)".
QList<QPair<QString, QString>> exportFilterFields(const Filter &filter, const QString &view,
                                                  const QTimeZone &zone);

} // namespace Flowscope
