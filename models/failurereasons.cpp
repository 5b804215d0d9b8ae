#include "failurereasons.h"

#include "testanalyticssql.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace Flowscope {

namespace {

// Gives lupdate and the translation lookup the same context.
struct FailureReasonsText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::TestAnalytics)
};

// Counts of one result per group, in the column order ResultCounts reads.
const char ResultTotalsSql[] = "TOTAL(connect_test_case_result = 'Passed'), "
                               "TOTAL(connect_test_case_result = 'Failed'), "
                               "TOTAL(connect_test_case_result = 'Skipped'), "
                               "TOTAL(connect_test_case_result = 'Aborted'), "
                               "TOTAL(connect_test_case_result IS NULL), COUNT(*)";

// Reads the columns ResultTotalsSql selects, starting at `first`.
ResultCounts readResultTotals(const SqliteStatement &statement, int first)
{
    ResultCounts counts;
    counts.passed = statement.integer(first);
    counts.failed = statement.integer(first + 1);
    counts.skipped = statement.integer(first + 2);
    counts.aborted = statement.integer(first + 3);
    counts.noResult = statement.integer(first + 4);
    counts.other = statement.integer(first + 5) - counts.passed - counts.failed - counts.skipped -
                   counts.aborted - counts.noResult;
    return counts;
}

// Returns the connect_test_case_resource_name of the latest row of a test
// case that has one, read from the primary key index.
QString latestTestCaseName(Workspace &workspace, const QString &arn, QString *error)
{
    SqliteStatement statement(
        workspace.handle(),
        QStringLiteral("SELECT connect_test_case_resource_name FROM "
                       "connect_test_case_execution_results WHERE "
                       "connect_test_case_resource_arn = ? AND "
                       "connect_test_case_resource_name IS NOT NULL ORDER BY "
                       "connect_test_case_execution_start_timestamp DESC LIMIT 1"));
    statement.bind({arn});
    const QString name = statement.next() ? statement.text(0) : QString();
    if (!statement.error().isEmpty())
        *error = statement.error();
    return name;
}

// The category of each reason text, matched once per distinct text.
class CategoryMatcher
{
public:
    explicit CategoryMatcher(const QList<FailureCategory> &categories)
    {
        for (const FailureCategory &category : categories) {
            m_expressions.append(QRegularExpression(category.pattern));
            m_names.append(category.name);
        }
    }

    int categoryIndex(const QString &reason)
    {
        const auto cached = m_cache.constFind(reason);
        if (cached != m_cache.cend())
            return *cached;
        int index = int(m_expressions.size());
        for (qsizetype i = 0; i < m_expressions.size(); ++i) {
            if (m_expressions.at(i).match(reason).hasMatch()) {
                index = int(i);
                break;
            }
        }
        m_cache.insert(reason, index);
        return index;
    }

    // The category names with uncategorisedName() last, indexed as categoryIndex() returns.
    QStringList names() const { return m_names + QStringList{uncategorisedName()}; }

private:
    QList<QRegularExpression> m_expressions;
    QStringList m_names;
    QHash<QString, int> m_cache;
};

} // namespace

QString uncategorisedName()
{
    return FailureReasonsText::tr("uncategorised");
}

QString validateFailureCategory(const FailureCategory &category)
{
    if (category.name.trimmed().isEmpty())
        return FailureReasonsText::tr(
                   "The failure category with pattern \"%1\" has no name. Give it a name.")
            .arg(category.pattern);
    if (category.pattern.isEmpty())
        return FailureReasonsText::tr(
                   "The failure category \"%1\" has an empty pattern, which would match every "
                   "reason. Enter a regular expression.")
            .arg(category.name);
    const QRegularExpression expression(category.pattern);
    if (!expression.isValid())
        return FailureReasonsText::tr(
                   "The pattern \"%1\" of failure category \"%2\" is not a valid regular "
                   "expression: %3 at character %4. Correct the pattern.")
            .arg(category.pattern, category.name, expression.errorString())
            .arg(expression.patternErrorOffset() + 1);
    return {};
}

QList<FailureCategory> loadFailureCategories(Workspace &workspace, QString *error)
{
    QList<FailureCategory> categories;
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral(
            "SELECT name, pattern FROM failure_reason_categories ORDER BY position"))) {
        *error = FailureReasonsText::tr("Reading the failure categories of %1 failed: %2")
                     .arg(workspace.path(), query.lastError().text());
        return categories;
    }
    while (query.next())
        categories.append({query.value(0).toString(), query.value(1).toString()});
    return categories;
}

bool saveFailureCategories(Workspace &workspace, const QList<FailureCategory> &categories,
                           QString *error)
{
    for (const FailureCategory &category : categories) {
        const QString problem = validateFailureCategory(category);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }

    QSqlDatabase database = workspace.database();
    auto fail = [&](const QString &cause) {
        *error = FailureReasonsText::tr("Saving the failure categories in %1 failed: %2")
                     .arg(workspace.path(), cause);
        database.rollback();
        return false;
    };
    if (!database.transaction())
        return fail(database.lastError().text());

    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("DELETE FROM failure_reason_categories")))
        return fail(query.lastError().text());
    query.prepare(QStringLiteral(
        "INSERT INTO failure_reason_categories (position, name, pattern) VALUES (?, ?, ?)"));
    for (qsizetype position = 0; position < categories.size(); ++position) {
        query.addBindValue(qint64(position));
        query.addBindValue(categories.at(position).name);
        query.addBindValue(categories.at(position).pattern);
        if (!query.exec())
            return fail(query.lastError().text());
    }
    if (!database.commit())
        return fail(database.lastError().text());
    return true;
}

FailureReasons queryFailureReasons(Workspace &workspace, const Filter &filter,
                                   const TrendOptions &options,
                                   const QList<FailureCategory> &categories)
{
    FailureReasons result;
    result.options = options;
    auto fail = [&](const QString &cause) {
        result.error = FailureReasonsText::tr("Reading the failure reasons of %1 failed: %2")
                           .arg(workspace.path(), cause);
        qCWarning(lcTestAnalytics).noquote() << result.error;
        result.reasons.clear();
        result.categories.clear();
        return result;
    };

    for (const FailureCategory &category : categories) {
        const QString problem = validateFailureCategory(category);
        if (!problem.isEmpty())
            return fail(problem);
    }

    CategoryMatcher matcher(categories);
    const QStringList categoryNames = matcher.names();
    for (const QString &name : categoryNames)
        result.categories.append({name, 0, {}});

    // One statement reads the first and last matching start (which close an
    // open window) and the reasons, so that the duplicate executions are
    // looked for once instead of once per statement.
    const SqlCondition condition = TestAnalyticsSql::executionsCondition(filter);
    SqliteStatement statement(
        workspace.handle(),
        TestAnalyticsSql::executionsCte(TestAnalyticsSql::ExecutionsIndex::Outcome) +
            QStringLiteral(
                "SELECT 0, MIN(connect_test_case_execution_start_timestamp), NULL, NULL, NULL "
                "FROM executions WHERE 1%1 UNION ALL "
                "SELECT 1, MAX(connect_test_case_execution_start_timestamp), NULL, NULL, NULL "
                "FROM executions WHERE 1%1 UNION ALL "
                "SELECT 2, executions.connect_test_case_execution_start_timestamp, "
                "executions.connect_test_case_resource_arn, reason.value, "
                "executions.connect_test_case_execution_id "
                "FROM executions, json_each(CASE WHEN "
                "json_valid(executions.connect_test_case_failure_reasons) AND "
                "json_type(executions.connect_test_case_failure_reasons) = 'array' "
                "THEN executions.connect_test_case_failure_reasons ELSE '[]' END) AS reason "
                "WHERE executions.connect_test_case_failure_reasons <> '[]' AND "
                "reason.type = 'text'%1")
                .arg(condition.whereSql));
    statement.bind(condition.bindValues + condition.bindValues + condition.bindValues);

    // json_each() returns the elements of one execution on consecutive rows,
    // so an execution is counted once per reason by remembering the last one.
    // Reasons and test cases are keyed by their UTF-8 bytes, so that a row
    // is decoded only when its reason is new.
    std::optional<qint64> firstStartMs;
    std::optional<qint64> lastStartMs;
    QHash<QByteArray, qsizetype> reasonIndex;
    QList<int> categoryOfReason;
    QList<QSet<int>> testCasesPerReason;
    QList<qint64> lastExecutionPerReason;
    QHash<QByteArray, int> testCaseIds;
    QByteArray previousArn;
    int previousTestCase = -1;
    qint64 executionNumber = 0;
    QByteArray previousExecutionId;
    // (start, reason index) per element, bucketed once the window is known.
    QList<std::pair<qint64, qsizetype>> occurrences;
    while (statement.next()) {
        const qint64 kind = statement.integer(0);
        if (kind < 2) {
            if (!statement.isNull(1))
                (kind == 0 ? firstStartMs : lastStartMs) = statement.integer(1);
            continue;
        }

        const qint64 startMs = statement.integer(1);
        const QByteArray arn = statement.rawText(2);
        const QByteArray executionId = statement.rawText(4);
        if (executionNumber == 0 || executionId != previousExecutionId) {
            ++executionNumber;
            previousExecutionId = QByteArray(executionId.constData(), executionId.size());
        }
        if (previousTestCase < 0 || arn != previousArn) {
            previousArn = QByteArray(arn.constData(), arn.size());
            auto id = testCaseIds.constFind(previousArn);
            if (id == testCaseIds.cend())
                id = testCaseIds.insert(previousArn, int(testCaseIds.size()));
            previousTestCase = *id;
        }

        const QByteArray reasonBytes = statement.rawText(3);
        auto found = reasonIndex.constFind(reasonBytes);
        if (found == reasonIndex.cend()) {
            FailureReasonCount count;
            count.reason = statement.text(3);
            const int category = matcher.categoryIndex(count.reason);
            count.category = categoryNames.at(category);
            found = reasonIndex.insert(QByteArray(reasonBytes.constData(), reasonBytes.size()),
                                       result.reasons.size());
            result.reasons.append(count);
            categoryOfReason.append(category);
            testCasesPerReason.append(QSet<int>());
            lastExecutionPerReason.append(0);
        }
        const qsizetype index = *found;

        FailureReasonCount &count = result.reasons[index];
        ++count.occurrences;
        if (lastExecutionPerReason.at(index) != executionNumber) {
            lastExecutionPerReason[index] = executionNumber;
            ++count.executions;
        }
        testCasesPerReason[index].insert(previousTestCase);
        ++result.categories[categoryOfReason.at(index)].occurrences;
        occurrences.append({startMs, index});
    }
    if (!statement.error().isEmpty())
        return fail(statement.error());
    for (qsizetype i = 0; i < result.reasons.size(); ++i)
        result.reasons[i].testCases = testCasesPerReason.at(i).size();

    // The window: the filter's time range, with open sides closed by the
    // first and last matching start, as the trend closes them.
    if (!(filter.fromMs && filter.toMs) && !firstStartMs) {
        result.reasons.clear();
        for (FailureCategoryCount &category : result.categories)
            category.occurrences = 0;
        return result;
    }
    const qint64 windowStart = filter.fromMs.value_or(firstStartMs.value_or(0));
    const qint64 windowEnd = filter.toMs.value_or(lastStartMs.value_or(0) + 1);
    result.boundaries = trendBoundaries(windowStart, windowEnd, options.bucket, options.zone);
    if (result.boundaries.isEmpty() && windowStart < windowEnd)
        return fail(FailureReasonsText::tr(
                        "the window needs more than %1 buckets. Choose a larger bucket or a "
                        "shorter time range.")
                        .arg(MaxTrendBuckets));
    const qsizetype buckets = std::max<qsizetype>(result.boundaries.size() - 1, 0);
    for (FailureCategoryCount &category : result.categories)
        category.perBucket.fill(0, buckets);
    for (FailureReasonCount &count : result.reasons)
        count.perBucket.fill(0, buckets);
    for (const auto &[startMs, index] : std::as_const(occurrences)) {
        const int bucket = bucketIndex(result.boundaries, startMs);
        if (bucket < 0)
            continue;
        ++result.reasons[index].perBucket[bucket];
        ++result.categories[categoryOfReason.at(index)].perBucket[bucket];
    }

    std::sort(result.reasons.begin(), result.reasons.end(),
              [](const FailureReasonCount &first, const FailureReasonCount &second) {
                  if (first.occurrences != second.occurrences)
                      return first.occurrences > second.occurrences;
                  return first.reason < second.reason;
              });
    return result;
}

FailureRanking queryFailureRanking(Workspace &workspace, const Filter &filter, int limit)
{
    FailureRanking ranking;
    auto fail = [&](const QString &cause) {
        ranking.error = FailureReasonsText::tr("Ranking the failing tests of %1 failed: %2")
                            .arg(workspace.path(), cause);
        qCWarning(lcTestAnalytics).noquote() << ranking.error;
        ranking.testCases.clear();
        ranking.flows.clear();
        return ranking;
    };

    const SqlCondition condition = TestAnalyticsSql::executionsCondition(filter);
    QVariantList values = condition.bindValues;
    values.append(limit);

    SqliteStatement testCases(
        workspace.handle(),
        TestAnalyticsSql::executionsCte() +
            QStringLiteral("SELECT connect_test_case_resource_arn, %1 FROM "
                           "executions WHERE 1%2 GROUP BY "
                           "connect_test_case_resource_arn HAVING "
                           "TOTAL(connect_test_case_result = 'Failed') > 0 ORDER BY "
                           "TOTAL(connect_test_case_result = 'Failed') DESC, "
                           "connect_test_case_resource_arn LIMIT ?")
                .arg(QLatin1String(ResultTotalsSql), condition.whereSql));
    testCases.bind(values);
    while (testCases.next())
        ranking.testCases.append({testCases.text(0), QString(), readResultTotals(testCases, 1)});
    if (!testCases.error().isEmpty())
        return fail(testCases.error());

    QString error;
    for (FailingTestCase &testCase : ranking.testCases) {
        testCase.name = latestTestCaseName(workspace, testCase.arn, &error);
        if (!error.isEmpty())
            return fail(error);
    }

    SqliteStatement flows(
        workspace.handle(),
        TestAnalyticsSql::executionsCte() +
            QStringLiteral("SELECT connect_test_case_initiating_flow_id, %1, "
                           "COUNT(DISTINCT connect_test_case_resource_arn) FROM executions "
                           "WHERE 1%2 GROUP BY connect_test_case_initiating_flow_id HAVING "
                           "TOTAL(connect_test_case_result = 'Failed') > 0 ORDER BY "
                           "TOTAL(connect_test_case_result = 'Failed') DESC, "
                           "connect_test_case_initiating_flow_id LIMIT ?")
                .arg(QLatin1String(ResultTotalsSql), condition.whereSql));
    flows.bind(values);
    while (flows.next())
        ranking.flows.append({flows.text(0), readResultTotals(flows, 1), flows.integer(7)});
    if (!flows.error().isEmpty())
        return fail(flows.error());
    return ranking;
}

} // namespace Flowscope
