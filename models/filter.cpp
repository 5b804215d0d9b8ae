#include "filter.h"

#include "schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Flowscope {

namespace {

// Collects the conditions of one WHERE clause and their bound values.
class ConditionBuilder
{
public:
    explicit ConditionBuilder(const QString &alias)
        : m_prefix(alias.isEmpty() ? QString() : alias + QLatin1Char('.'))
    {}

    QString column(const QString &name) const
    {
        return m_prefix + QLatin1Char('"') + name + QLatin1Char('"');
    }

    void addRange(const QString &name, const std::optional<qint64> &from,
                  const std::optional<qint64> &to)
    {
        if (from) {
            m_conditions.append(column(name) + QStringLiteral(" >= ?"));
            m_values.append(*from);
        }
        if (to) {
            m_conditions.append(column(name) + QStringLiteral(" < ?"));
            m_values.append(*to);
        }
    }

    // `column IN (?, ...)`, with `column IS NULL` for a null entry. Without
    // `useIndex` a unary + keeps SQLite from reading the column's index.
    void addValues(const QString &name, const QStringList &values, bool useIndex = true)
    {
        if (values.isEmpty())
            return;

        const QString columnSql = (useIndex ? QString() : QStringLiteral("+")) + column(name);

        QStringList placeholders;
        bool matchesNull = false;
        for (const QString &value : values) {
            if (value.isNull()) {
                matchesNull = true;
                continue;
            }
            placeholders.append(QStringLiteral("?"));
            m_values.append(value);
        }

        QStringList alternatives;
        if (!placeholders.isEmpty()) {
            alternatives.append(columnSql + QStringLiteral(" IN (") +
                                placeholders.join(QStringLiteral(", ")) + QLatin1Char(')'));
        }
        if (matchesNull)
            alternatives.append(columnSql + QStringLiteral(" IS NULL"));
        m_conditions.append(alternatives.size() == 1
                                ? alternatives.first()
                                : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) +
                                      QLatin1Char(')'));
    }

    // instr() compares literally, so quotes, % and _ in the text need no escaping.
    QString textComparison(const QString &columnSql, const TextCondition &condition)
    {
        m_values.append(condition.text);
        if (condition.match == TextMatch::Exact)
            return columnSql + QStringLiteral(" = ?");
        return QStringLiteral("instr(") + columnSql + QStringLiteral(", ?) > 0");
    }

    void addText(const QString &name, const TextCondition &condition)
    {
        if (!condition.isEmpty())
            m_conditions.append(textComparison(column(name), condition));
    }

    void addCondition(const QString &sql) { m_conditions.append(sql); }

    // The ids as one bound JSON array for `value IN (SELECT value FROM json_each(?))`.
    QString jsonList(const QStringList &values)
    {
        m_values.append(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact)));
        return QStringLiteral("(SELECT value FROM json_each(?))");
    }

    SqlCondition result() const { return {m_conditions.join(QStringLiteral(" AND ")), m_values}; }

private:
    QString m_prefix;
    QStringList m_conditions;
    QVariantList m_values;
};

SqlCondition flowEventsSql(const Filter &filter, const QString &alias)
{
    ConditionBuilder sql(alias.isEmpty() ? QString::fromLatin1(TableNames::ContactFlowEvents)
                                         : alias);
    sql.addRange(QStringLiteral("start_timestamp"), filter.fromMs, filter.toMs);
    sql.addValues(QStringLiteral("instance_id"), filter.instances);

    // A channel usually contains a large share of the rows. Without statistics
    // SQLite cannot tell, and may pick the channel index over a flow, queue
    // or contact index that narrows the rows far more.
    const bool moreSelectiveIndex =
        !filter.flows.isEmpty() || !filter.queues.isEmpty() || !filter.contacts.isEmpty() ||
        (!filter.contactId.isEmpty() && filter.contactId.match == TextMatch::Exact);
    sql.addValues(QStringLiteral("channel"), filter.channels, !moreSelectiveIndex);
    sql.addValues(QStringLiteral("flow_type"), filter.flowTypes);
    sql.addValues(QStringLiteral("initiation_method"), filter.initiationMethods);
    sql.addValues(QStringLiteral("flow_resource_id"), filter.flows);
    sql.addValues(QStringLiteral("flow_outcome"), filter.outcomes);
    sql.addValues(QStringLiteral("next_queue_resource_id"), filter.queues);
    sql.addText(QStringLiteral("contact_id"), filter.contactId);
    if (!filter.contacts.isEmpty()) {
        sql.addCondition(sql.column(QStringLiteral("contact_id")) + QStringLiteral(" IN ") +
                         sql.jsonList(filter.contacts));
    }

    if (filter.createdByTestRun != TestRunOrigin::Any) {
        const QString exists = QStringLiteral("EXISTS (SELECT 1 FROM test_execution_contacts AS "
                                              "linked WHERE linked.contact_id = %1)")
                                   .arg(sql.column(QStringLiteral("contact_id")));
        sql.addCondition(filter.createdByTestRun == TestRunOrigin::CreatedByTestRun
                             ? exists
                             : QStringLiteral("NOT ") + exists);
    }
    return sql.result();
}

SqlCondition testExecutionsSql(const Filter &filter, const QString &alias)
{
    ConditionBuilder sql(alias.isEmpty() ? QString::fromLatin1(TableNames::TestCaseExecutionResults)
                                         : alias);
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
        const QString arn = sql.textComparison(
            sql.column(QStringLiteral("connect_test_case_resource_arn")), filter.testCase);
        const QString name = sql.textComparison(
            sql.column(QStringLiteral("connect_test_case_resource_name")), filter.testCase);
        sql.addCondition(QStringLiteral("(%1 OR %2)").arg(arn, name));
    }

    // The link table contains the initial contact and every associated contact.
    if (!filter.contactId.isEmpty()) {
        const QString contact =
            sql.textComparison(QStringLiteral("linked.contact_id"), filter.contactId);
        sql.addCondition(
            QStringLiteral("EXISTS (SELECT 1 FROM test_execution_contacts AS linked WHERE "
                           "linked.connect_test_case_resource_arn = %1 AND "
                           "linked.connect_test_case_execution_start_timestamp = %2 AND "
                           "linked.connect_test_case_execution_id = %3 AND %4)")
                .arg(sql.column(QStringLiteral("connect_test_case_resource_arn")),
                     sql.column(QStringLiteral("connect_test_case_execution_start_timestamp")),
                     sql.column(QStringLiteral("connect_test_case_execution_id")), contact));
    }
    if (!filter.contacts.isEmpty()) {
        const QString ids = sql.jsonList(filter.contacts);
        sql.addCondition(
            QStringLiteral("EXISTS (SELECT 1 FROM test_execution_contacts AS linked_id WHERE "
                           "linked_id.connect_test_case_resource_arn = %1 AND "
                           "linked_id.connect_test_case_execution_start_timestamp = %2 AND "
                           "linked_id.connect_test_case_execution_id = %3 AND "
                           "linked_id.contact_id IN %4)")
                .arg(sql.column(QStringLiteral("connect_test_case_resource_arn")),
                     sql.column(QStringLiteral("connect_test_case_execution_start_timestamp")),
                     sql.column(QStringLiteral("connect_test_case_execution_id")), ids));
    }
    return sql.result();
}

QString translated(const char *text)
{
    return QCoreApplication::translate("Flowscope::Filter", text);
}

QString describeValues(const char *label, const QStringList &values)
{
    if (values.isEmpty())
        return {};

    QStringList shown;
    for (const QString &value : values) {
        if (value.isNull())
            shown.append(QCoreApplication::translate("Flowscope::Filter", "NULL"));
        else if (value.isEmpty())
            shown.append(QCoreApplication::translate("Flowscope::Filter", "(empty)"));
        else
            shown.append(value);
    }
    return translated(label).arg(shown.join(QStringLiteral(", ")));
}

QString describeText(const char *label, const TextCondition &condition)
{
    if (condition.isEmpty())
        return {};
    const QString quoted = QLatin1Char('"') + condition.text + QLatin1Char('"');
    return condition.match == TextMatch::Exact
               ? translated(label).arg(quoted)
               : translated(label).arg(
                     QCoreApplication::translate("Flowscope::Filter", "contains %1").arg(quoted));
}

// Names up to three contacts and counts the rest, because a selection can
// hold thousands.
QString describeContacts(const QStringList &contacts)
{
    constexpr qsizetype Shown = 3;
    if (contacts.isEmpty())
        return {};
    if (contacts.size() <= Shown) {
        return QCoreApplication::translate("Flowscope::Filter", "contacts %1")
            .arg(contacts.join(QStringLiteral(", ")));
    }
    return QCoreApplication::translate("Flowscope::Filter", "contacts %1 and %n more", nullptr,
                                       int(contacts.size() - Shown))
        .arg(contacts.mid(0, Shown).join(QStringLiteral(", ")));
}

QString formatTime(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

bool sameValues(const QStringList &first, const QStringList &second)
{
    if (first.size() != second.size())
        return false;
    for (qsizetype i = 0; i < first.size(); ++i) {
        if (first.at(i) != second.at(i) || first.at(i).isNull() != second.at(i).isNull())
            return false;
    }
    return true;
}

} // namespace

bool Filter::operator==(const Filter &other) const
{
    return fromMs == other.fromMs && toMs == other.toMs && sameValues(instances, other.instances) &&
           sameValues(channels, other.channels) && sameValues(flowTypes, other.flowTypes) &&
           sameValues(initiationMethods, other.initiationMethods) &&
           sameValues(flows, other.flows) && sameValues(outcomes, other.outcomes) &&
           sameValues(queues, other.queues) && createdByTestRun == other.createdByTestRun &&
           contactId == other.contactId && sameValues(contacts, other.contacts) &&
           testCase == other.testCase &&
           sameValues(testResults, other.testResults) &&
           sameValues(testStatuses, other.testStatuses) && sameValues(testTypes, other.testTypes) &&
           sameValues(executionMethods, other.executionMethods) &&
           sameValues(testChannels, other.testChannels) &&
           sameValues(testChannelSubtypes, other.testChannelSubtypes) &&
           sameValues(initiatingFlows, other.initiatingFlows);
}

bool Filter::isEmpty() const
{
    return *this == Filter();
}

SqlCondition Filter::toSql(const QString &table, const QString &tableAlias) const
{
    if (table == QLatin1String(TableNames::ContactFlowEvents))
        return flowEventsSql(*this, tableAlias);
    if (table == QLatin1String(TableNames::TestCaseExecutionResults))
        return testExecutionsSql(*this, tableAlias);
    return {};
}

QString Filter::describe(const QString &table, const QTimeZone &zone) const
{
    QStringList parts;
    if (fromMs && toMs) {
        parts.append(QCoreApplication::translate("Flowscope::Filter", "from %1 to %2")
                         .arg(formatTime(*fromMs, zone), formatTime(*toMs, zone)));
    } else if (fromMs) {
        parts.append(QCoreApplication::translate("Flowscope::Filter", "from %1")
                         .arg(formatTime(*fromMs, zone)));
    } else if (toMs) {
        parts.append(QCoreApplication::translate("Flowscope::Filter", "before %1")
                         .arg(formatTime(*toMs, zone)));
    }
    parts.append(describeValues(QT_TRANSLATE_NOOP("Flowscope::Filter", "instance %1"), instances));

    if (table == QLatin1String(TableNames::ContactFlowEvents)) {
        parts.append(
            describeValues(QT_TRANSLATE_NOOP("Flowscope::Filter", "channel %1"), channels));
        parts.append(
            describeValues(QT_TRANSLATE_NOOP("Flowscope::Filter", "flow type %1"), flowTypes));
        parts.append(describeValues(QT_TRANSLATE_NOOP("Flowscope::Filter", "initiation %1"),
                                    initiationMethods));
        parts.append(describeValues(QT_TRANSLATE_NOOP("Flowscope::Filter", "flow %1"), flows));
        parts.append(
            describeValues(QT_TRANSLATE_NOOP("Flowscope::Filter", "outcome %1"), outcomes));
        parts.append(describeValues(QT_TRANSLATE_NOOP("Flowscope::Filter", "queue %1"), queues));
        if (createdByTestRun == TestRunOrigin::CreatedByTestRun)
            parts.append(QCoreApplication::translate("Flowscope::Filter", "created by a test run"));
        else if (createdByTestRun == TestRunOrigin::NotCreatedByTestRun)
            parts.append(
                QCoreApplication::translate("Flowscope::Filter", "not created by a test run"));
    } else if (table == QLatin1String(TableNames::TestCaseExecutionResults)) {
        parts.append(
            describeText(QT_TRANSLATE_NOOP("Flowscope::Filter", "test case %1"), testCase));
        parts.append(
            describeValues(QT_TRANSLATE_NOOP("Flowscope::Filter", "result %1"), testResults));
        parts.append(
            describeValues(QT_TRANSLATE_NOOP("Flowscope::Filter", "status %1"), testStatuses));
        parts.append(describeValues(QT_TRANSLATE_NOOP("Flowscope::Filter", "type %1"), testTypes));
        parts.append(describeValues(QT_TRANSLATE_NOOP("Flowscope::Filter", "execution method %1"),
                                    executionMethods));
        parts.append(describeValues(QT_TRANSLATE_NOOP("Flowscope::Filter", "test channel %1"),
                                    testChannels));
        parts.append(describeValues(QT_TRANSLATE_NOOP("Flowscope::Filter", "test subtype %1"),
                                    testChannelSubtypes));
        parts.append(describeValues(QT_TRANSLATE_NOOP("Flowscope::Filter", "initiating flow %1"),
                                    initiatingFlows));
    } else {
        return {};
    }
    parts.append(describeText(QT_TRANSLATE_NOOP("Flowscope::Filter", "contact %1"), contactId));
    parts.append(describeContacts(contacts));

    parts.removeAll(QString());
    return parts.join(QStringLiteral("; "));
}

} // namespace Flowscope
