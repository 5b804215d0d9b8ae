#include "athenasql.h"

#include "exportviews.h"
#include "schema.h"

#include <QDateTime>

namespace Flowscope {

namespace {

// Characters written as escapes: C0 and C1 controls, DEL, and the Unicode
// line and paragraph separators, which editors show as line breaks.
bool needsEscape(char32_t codePoint)
{
    return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F) ||
           codePoint == 0x2028 || codePoint == 0x2029;
}

QString unicodeEscapedLiteral(const QString &value)
{
    QString literal = QStringLiteral("U&'");
    for (const char32_t codePoint : value.toUcs4()) {
        if (codePoint == U'\\') {
            literal += QStringLiteral("\\\\");
        } else if (codePoint == U'\'') {
            literal += QStringLiteral("''");
        } else if (needsEscape(codePoint)) {
            literal += QStringLiteral("\\%1").arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
        } else {
            literal += QString::fromUcs4(&codePoint, 1);
        }
    }
    return literal + QLatin1Char('\'');
}

// Collects the conditions of one WHERE clause.
class AthenaConditionBuilder
{
public:
    void addRange(const QString &column, const std::optional<qint64> &from,
                  const std::optional<qint64> &to)
    {
        if (from)
            m_conditions.append(athenaIdentifier(column) + QStringLiteral(" >= ") +
                                athenaTimestampLiteral(*from));
        if (to)
            m_conditions.append(athenaIdentifier(column) + QStringLiteral(" < ") +
                                athenaTimestampLiteral(*to));
    }

    void addValues(const QString &column, const QStringList &values)
    {
        if (values.isEmpty())
            return;

        const QString name = athenaIdentifier(column);
        QStringList literals;
        bool matchesNull = false;
        for (const QString &value : values) {
            if (value.isNull())
                matchesNull = true;
            else
                literals.append(athenaStringLiteral(value));
        }

        QStringList alternatives;
        if (!literals.isEmpty())
            alternatives.append(name + QStringLiteral(" IN (") +
                                literals.join(QStringLiteral(", ")) + QLatin1Char(')'));
        if (matchesNull)
            alternatives.append(name + QStringLiteral(" IS NULL"));
        m_conditions.append(alternatives.size() == 1
                                ? alternatives.first()
                                : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) +
                                      QLatin1Char(')'));
    }

    void add(const QString &condition) { m_conditions.append(condition); }

    QString result() const { return m_conditions.join(QStringLiteral("\n  AND ")); }

private:
    QStringList m_conditions;
};

// strpos() compares literally, as instr() does in the workspace.
QString textComparison(const QString &columnSql, const TextCondition &condition)
{
    if (condition.match == TextMatch::Exact)
        return columnSql + QStringLiteral(" = ") + athenaStringLiteral(condition.text);
    return QStringLiteral("strpos(") + columnSql + QStringLiteral(", ") +
           athenaStringLiteral(condition.text) + QStringLiteral(") > 0");
}

// Exact ids as a list of literals; a null id matches nothing, as in the workspace.
QString literalList(const QStringList &values)
{
    QStringList literals;
    for (const QString &value : values) {
        if (!value.isNull())
            literals.append(athenaStringLiteral(value));
    }
    return literals.isEmpty() ? QStringLiteral("NULL") : literals.join(QStringLiteral(", "));
}

QString qualifiedTable(const QString &database, const char *table)
{
    return athenaIdentifier(database) + QLatin1Char('.') +
           athenaIdentifier(QString::fromLatin1(table));
}

// Every contact a test execution lists: the initial contact and the
// associated ones, as the workspace's link table stores them.
QString executionContactsArray()
{
    return QStringLiteral("concat(ARRAY[\"connect_test_case_associated_initial_contact_id\"], "
                          "coalesce(\"connect_test_case_associated_contact_ids\", "
                          "CAST(ARRAY[] AS array(varchar))))");
}

QString flowEventConditions(const Filter &filter, const QString &database)
{
    AthenaConditionBuilder sql;
    sql.addRange(QStringLiteral("start_timestamp"), filter.fromMs, filter.toMs);
    sql.addValues(QStringLiteral("instance_id"), filter.instances);
    sql.addValues(QStringLiteral("channel"), filter.channels);
    sql.addValues(QStringLiteral("flow_type"), filter.flowTypes);
    sql.addValues(QStringLiteral("initiation_method"), filter.initiationMethods);
    sql.addValues(QStringLiteral("flow_resource_id"), filter.flows);
    sql.addValues(QStringLiteral("flow_outcome"), filter.outcomes);
    sql.addValues(QStringLiteral("next_queue_resource_id"), filter.queues);
    if (!filter.contactId.isEmpty())
        sql.add(textComparison(QStringLiteral("\"contact_id\""), filter.contactId));
    if (!filter.contacts.isEmpty())
        sql.add(QStringLiteral("\"contact_id\" IN (%1)").arg(literalList(filter.contacts)));

    if (filter.createdByTestRun != TestRunOrigin::Any) {
        // NOT IN over a list holding NULL matches nothing, so NULL ids are left
        // out of the list, and a NULL contact_id counts as not created by a
        // test run, as NOT EXISTS treats it in the workspace.
        const QString linked =
            QStringLiteral("\n      SELECT \"linked\".\"contact_id\"\n      FROM %1\n      CROSS JOIN "
                           "UNNEST(%2) AS \"linked\" (\"contact_id\")\n      WHERE "
                           "\"linked\".\"contact_id\" IS NOT NULL")
                .arg(qualifiedTable(database, TableNames::TestCaseExecutionResults),
                     executionContactsArray());
        if (filter.createdByTestRun == TestRunOrigin::CreatedByTestRun)
            sql.add(QStringLiteral("\"contact_id\" IN (%1)").arg(linked));
        else
            sql.add(QStringLiteral("(\"contact_id\" IS NULL OR \"contact_id\" NOT IN (%1))")
                        .arg(linked));
    }
    return sql.result();
}

QString testExecutionConditions(const Filter &filter)
{
    AthenaConditionBuilder sql;
    sql.addRange(QStringLiteral("connect_test_case_execution_start_timestamp"), filter.fromMs,
                 filter.toMs);
    sql.addValues(QStringLiteral("instance_id"), filter.instances);
    sql.addValues(QStringLiteral("connect_test_case_result"), filter.testResults);
    sql.addValues(QStringLiteral("connect_test_case_status"), filter.testStatuses);
    sql.addValues(QStringLiteral("connect_test_case_type"), filter.testTypes);
    sql.addValues(QStringLiteral("connect_test_case_execution_method"), filter.executionMethods);
    sql.addValues(QStringLiteral("connect_test_case_execution_channel"), filter.testChannels);
    sql.addValues(QStringLiteral("connect_test_case_execution_channel_subtype"),
                  filter.testChannelSubtypes);
    sql.addValues(QStringLiteral("connect_test_case_initiating_flow_id"), filter.initiatingFlows);

    if (!filter.testCase.isEmpty()) {
        sql.add(QStringLiteral("(%1 OR %2)")
                    .arg(textComparison(QStringLiteral("\"connect_test_case_resource_arn\""),
                                        filter.testCase),
                         textComparison(QStringLiteral("\"connect_test_case_resource_name\""),
                                        filter.testCase)));
    }
    if (!filter.contacts.isEmpty()) {
        sql.add(QStringLiteral("any_match(%1, contact -> contact IN (%2))")
                    .arg(executionContactsArray(), literalList(filter.contacts)));
    }
    if (!filter.contactId.isEmpty()) {
        sql.add(QStringLiteral("any_match(%1, contact -> %2)")
                    .arg(executionContactsArray(),
                         textComparison(QStringLiteral("contact"), filter.contactId)));
    }
    return sql.result();
}

} // namespace

QString athenaIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString athenaStringLiteral(const QString &value)
{
    for (const char32_t codePoint : value.toUcs4()) {
        if (needsEscape(codePoint))
            return unicodeEscapedLiteral(value);
    }
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString athenaTimestampLiteral(qint64 epochMs)
{
    return QStringLiteral("TIMESTAMP '") +
           QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) +
           QLatin1Char('\'');
}

QString athenaConditions(const Filter &filter, const QString &table, const QString &database)
{
    if (table == QLatin1String(TableNames::ContactFlowEvents))
        return flowEventConditions(filter, database);
    if (table == QLatin1String(TableNames::TestCaseExecutionResults))
        return testExecutionConditions(filter);
    return {};
}

QString renderAthenaSql(const Filter &filter, const QString &view,
                        const AthenaQueryOptions &options)
{
    const QString table = exportViewTable(view);
    if (table.isEmpty())
        return {};

    QStringList selected;
    for (const QString &column : options.columns)
        selected.append(athenaIdentifier(column));
    const QString timeColumn = table == QLatin1String(TableNames::ContactFlowEvents)
                                   ? QStringLiteral("start_timestamp")
                                   : QStringLiteral("connect_test_case_execution_start_timestamp");

    QString sql = QStringLiteral("-- The rows behind the Flowscope view %1, for Amazon Athena.\n"
                                 "-- Timestamps are UTC; the time window is half-open.\n")
                      .arg(view);
    sql += selected.isEmpty()
               ? QStringLiteral("SELECT *")
               : QStringLiteral("SELECT\n    ") + selected.join(QStringLiteral(",\n    "));
    sql += QStringLiteral("\nFROM ") + athenaIdentifier(options.database) + QLatin1Char('.') +
           athenaIdentifier(table);
    const QString conditions = athenaConditions(filter, table, options.database);
    if (!conditions.isEmpty())
        sql += QStringLiteral("\nWHERE ") + conditions;
    sql += QStringLiteral("\nORDER BY ") + athenaIdentifier(timeColumn) + QStringLiteral(";\n");
    return sql;
}

} // namespace Flowscope
