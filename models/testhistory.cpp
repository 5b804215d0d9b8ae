#include "testhistory.h"

#include "testanalyticssql.h"
#include "workspace.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace Flowscope {

namespace {

bool isDecisive(const QString &result)
{
    return result == QLatin1String("Passed") || result == QLatin1String("Failed");
}

// The decisive results (Passed or Failed) of the last `limit` such runs, oldest first.
QStringList lastDecisiveResults(const QList<TestRun> &runs, int limit)
{
    QStringList results;
    for (auto run = runs.crbegin(); run != runs.crend() && results.size() < limit; ++run) {
        if (isDecisive(run->result))
            results.prepend(run->result);
    }
    return results;
}

} // namespace

QString TestCaseHistory::lastResult() const
{
    return runs.isEmpty() ? QString() : runs.constLast().result;
}

int TestCaseHistory::resultSwitches(int windowRuns) const
{
    const QStringList results = lastDecisiveResults(runs, windowRuns);
    int switches = 0;
    for (qsizetype i = 1; i < results.size(); ++i) {
        if (results.at(i) != results.at(i - 1))
            ++switches;
    }
    return switches;
}

bool TestCaseHistory::isFlaky(const FlakyRule &rule) const
{
    return rule.minSwitches > 0 && resultSwitches(rule.windowRuns) >= rule.minSwitches;
}

bool TestCaseHistory::isNewFailure() const
{
    const QStringList results = lastDecisiveResults(runs, 2);
    return results == QStringList{QStringLiteral("Passed"), QStringLiteral("Failed")};
}

bool TestCaseHistory::isFixed() const
{
    const QStringList results = lastDecisiveResults(runs, 2);
    return results == QStringList{QStringLiteral("Failed"), QStringLiteral("Passed")};
}

TestHistory queryTestHistory(Workspace &workspace, const Filter &filter)
{
    // Without a time window every row is read, and reading the table in
    // storage order, then sorting here, costs half of following the primary
    // key index. A window reads only its rows through the start index.
    const bool hasWindow = filter.fromMs || filter.toMs;
    const SqlCondition condition = TestAnalyticsSql::executionsCondition(filter);
    SqliteStatement statement(
        workspace.handle(),
        TestAnalyticsSql::executionsCte(hasWindow ? TestAnalyticsSql::ExecutionsIndex::Planner
                                                  : TestAnalyticsSql::ExecutionsIndex::TableScan) +
            QStringLiteral("SELECT connect_test_case_resource_arn, "
                           "connect_test_case_resource_name, "
                           "connect_test_case_execution_start_timestamp, "
                           "connect_test_case_execution_end_timestamp, "
                           "connect_test_case_execution_id, "
                           "connect_test_case_result FROM executions WHERE 1") +
            condition.whereSql);
    statement.bind(condition.bindValues);

    TestHistory history;
    QHash<QByteArray, qsizetype> indexOfArn;
    // The bytes and start of the name each test case has so far, so that a
    // name is decoded only when it changes.
    QList<std::pair<QByteArray, qint64>> nameSources;
    // Rows of one test case are usually adjacent (the table is stored in
    // primary key order), so the previous row's test case is tried before the hash.
    QByteArray previousArn;
    qsizetype previousIndex = -1;
    while (statement.next()) {
        const QByteArray arn = statement.rawText(0);
        if (previousIndex < 0 || arn != previousArn) {
            auto found = indexOfArn.constFind(arn);
            if (found == indexOfArn.cend()) {
                found = indexOfArn.insert(QByteArray(arn.constData(), arn.size()),
                                          history.testCases.size());
                history.testCases.append(TestCaseHistory());
                history.testCases.last().arn = statement.text(0);
                nameSources.append({QByteArray(), std::numeric_limits<qint64>::min()});
            }
            previousIndex = *found;
            previousArn = found.key();
        }
        TestCaseHistory &testCase = history.testCases[previousIndex];

        const qint64 startMs = statement.integer(2);
        auto &[nameBytes, nameStartMs] = nameSources[previousIndex];
        if (!statement.isNull(1) && startMs >= nameStartMs) {
            nameStartMs = startMs;
            if (testCase.name.isNull() || statement.rawText(1) != nameBytes) {
                nameBytes =
                    QByteArray(statement.rawText(1).constData(), statement.rawText(1).size());
                testCase.name = statement.text(1);
            }
        }

        TestRun run{startMs, TestAnalyticsSql::optionalInteger(statement, 3), statement.text(4),
                    TestAnalyticsSql::resultText(statement, 5)};
        testCase.counts.add(run.result);
        testCase.runs.append(std::move(run));
    }
    if (!statement.error().isEmpty()) {
        history.error = QCoreApplication::translate("Flowscope::TestAnalytics",
                                                    "Reading the test history of %1 failed: %2")
                            .arg(workspace.path(), statement.error());
        qCWarning(lcTestAnalytics).noquote() << history.error;
        history.testCases.clear();
        return history;
    }

    auto runOrder = [](const TestRun &first, const TestRun &second) {
        if (first.startMs != second.startMs)
            return first.startMs < second.startMs;
        return first.executionId < second.executionId;
    };
    for (TestCaseHistory &testCase : history.testCases) {
        // Storage order is usually start order already; the check avoids a detach and a sort.
        if (!std::is_sorted(testCase.runs.cbegin(), testCase.runs.cend(), runOrder))
            std::sort(testCase.runs.begin(), testCase.runs.end(), runOrder);
    }
    std::sort(history.testCases.begin(), history.testCases.end(),
              [](const TestCaseHistory &first, const TestCaseHistory &second) {
                  return first.arn < second.arn;
              });
    return history;
}

} // namespace Flowscope
