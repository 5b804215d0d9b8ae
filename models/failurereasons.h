#pragma once

#include "filter.h"
#include "testanalytics.h"

#include <QList>
#include <QString>

#include <optional>

namespace Flowscope {

class Workspace;

// A user-defined failure reason category: reasons that `pattern` (a Perl
// compatible regular expression, unanchored and case-sensitive unless it
// starts with (?i)) matches anywhere belong to it. The first matching category in
// the list wins. Stored in the workspace's failure_reason_categories table.
struct FailureCategory
{
    QString name;
    QString pattern;

    bool operator==(const FailureCategory &other) const = default;
};

// Checks a category: a name that is not blank and a pattern that compiles.
// Returns an empty string, or what is wrong and how to fix it.
QString validateFailureCategory(const FailureCategory &category);

// The stored categories in order. Sets `error` when reading them fails.
QList<FailureCategory> loadFailureCategories(Workspace &workspace, QString *error);
// Replaces the stored categories with `categories`, in one transaction. The
// categories are validated first, and nothing is written when one is invalid.
bool saveFailureCategories(Workspace &workspace, const QList<FailureCategory> &categories,
                           QString *error);

// One distinct text in connect_test_case_failure_reasons.
struct FailureReasonCount
{
    QString reason;
    QString category;        // the first matching category, or uncategorisedName()
    qint64 occurrences = 0;  // elements equal to the reason, across executions
    qint64 executions = 0;   // executions listing the reason at least once
    qint64 testCases = 0;    // distinct connect_test_case_resource_arn among them
    QList<qint64> perBucket; // occurrences per trend bucket
};

struct FailureCategoryCount
{
    QString name;
    qint64 occurrences = 0;
    QList<qint64> perBucket;
};

struct FailureReasons
{
    QString error;
    TrendOptions options;
    // The trend buckets' boundaries, as trendBoundaries() returns them.
    QList<qint64> boundaries;
    // By occurrences, most first, then by reason.
    QList<FailureReasonCount> reasons;
    // In the order of the categories passed in, then uncategorisedName();
    // categories that match nothing are listed with zeros.
    QList<FailureCategoryCount> categories;

    bool ok() const { return error.isEmpty(); }
};

// The category of reasons no category matches.
QString uncategorisedName();

// The elements of connect_test_case_failure_reasons of the filtered
// executions, whatever their result, counted and bucketed by execution start.
// A value that is not a JSON array counts as no reasons; elements that are
// not strings are skipped. Invalid categories make the query fail.
FailureReasons queryFailureReasons(Workspace &workspace, const Filter &filter,
                                   const TrendOptions &options,
                                   const QList<FailureCategory> &categories);

// A test case ranked by failed executions.
struct FailingTestCase
{
    QString arn;
    QString name; // of the latest execution that has one
    ResultCounts counts;
};

// An initiating flow (connect_test_case_initiating_flow_id, null when the
// executions lack one) ranked by the failed executions it started.
struct FailingFlow
{
    QString flowId;
    ResultCounts counts;
    qint64 testCases = 0;
};

struct FailureRanking
{
    QString error;
    QList<FailingTestCase> testCases; // failed executions, most first
    QList<FailingFlow> flows;         // failed executions, most first

    bool ok() const { return error.isEmpty(); }
};

// The `limit` test cases and initiating flows with the most failed
// executions; those without a failure are not listed.
FailureRanking queryFailureRanking(Workspace &workspace, const Filter &filter, int limit);

} // namespace Flowscope
