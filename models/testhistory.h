#pragma once

#include "filter.h"
#include "testanalytics.h"

#include <QList>
#include <QString>

#include <optional>

namespace Flowscope {

class Workspace;

// One execution of a test case, as the history grid shows it.
struct TestRun
{
    qint64 startMs = 0;
    std::optional<qint64> endMs;
    QString executionId;
    QString result; // connect_test_case_result; null when the run has no result
};

// The rule that marks a test case as flaky.
struct FlakyRule
{
    // A test case is flaky when its last `windowRuns` decisive runs (Passed
    // or Failed) switch between the two results at least `minSwitches` times.
    int minSwitches = 3;
    int windowRuns = 10;
};

// The executions of one test case (connect_test_case_resource_arn) in the
// filter's window, oldest first.
struct TestCaseHistory
{
    QString arn;
    // connect_test_case_resource_name of the latest execution that has one;
    // null when none has.
    QString name;
    QList<TestRun> runs;
    ResultCounts counts;

    // The result of the latest run, null when it has none.
    QString lastResult() const;
    std::optional<double> passRate() const { return counts.passRate(); }

    // Marks judged on the decisive runs (Passed or Failed) only, because a
    // skipped or aborted run does not show whether the test passes.
    int resultSwitches(int windowRuns) const; // switches within the last windowRuns decisive runs
    bool isFlaky(const FlakyRule &rule) const;
    bool isNewFailure() const; // the last decisive run failed, the one before passed
    bool isFixed() const;      // the last decisive run passed, the one before failed
};

struct TestHistory
{
    QString error;
    // Sorted by arn.
    QList<TestCaseHistory> testCases;

    bool ok() const { return error.isEmpty(); }
};

TestHistory queryTestHistory(Workspace &workspace, const Filter &filter);

} // namespace Flowscope
