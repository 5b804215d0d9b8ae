#include "clifilteroptions.h"

#include "valueparser.h"

namespace Flowscope::Cli {

namespace {

// The option's values, with NullValue turned into a null QString.
QStringList listValues(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    QStringList values;
    for (const QString &value : parser.values(option))
        values.append(value == QLatin1String(FilterOptionSet::NullValue) ? QString() : value);
    return values;
}

} // namespace

FilterOptionSet::FilterOptionSet(QCommandLineParser &parser)
    : m_from(QStringLiteral("from"),
             tr("Only rows that start at or after this time: an ISO 8601 date or date-time, "
                "UTC unless it carries an offset (2026-11-03, 2026-11-03T14:00:00+01:00)."),
             tr("TIME")),
      m_to(QStringLiteral("to"),
           tr("Only rows that start before this time (the window is half-open); same form as "
              "--from."),
           tr("TIME")),
      m_instance(QStringLiteral("instance"), tr("Only this instance_id; repeatable."), tr("ID")),
      m_channel(QStringLiteral("channel"), tr("Only this channel, such as VOICE; repeatable."),
                tr("NAME")),
      m_flowType(QStringLiteral("flow-type"),
                 tr("Only this flow_type, such as CONTACT_FLOW; repeatable."), tr("TYPE")),
      m_flow(QStringLiteral("flow"), tr("Only this flow_resource_id; repeatable."), tr("ID")),
      m_outcome(QStringLiteral("outcome"),
                tr("Only this flow_outcome; repeatable. NULL matches rows without an outcome."),
                tr("OUTCOME")),
      m_queue(QStringLiteral("queue"), tr("Only this next_queue_resource_id; repeatable."),
              tr("ID")),
      m_contact(QStringLiteral("contact"), tr("Only this contact_id (see --contact-match)."), tr("ID")),
      m_testCase(QStringLiteral("test-case"),
                 tr("Only test cases whose ARN or name contains this text."), tr("TEXT")),
      m_result(QStringLiteral("result"),
               tr("Only this connect_test_case_result, such as Failed; repeatable."), tr("RESULT")),
      m_initiationMethod(QStringLiteral("initiation-method"),
                         tr("Only this initiation_method, such as INBOUND; repeatable."),
                         tr("METHOD")),
      m_createdByTestRun(QStringLiteral("created-by-test-run"),
                         tr("Flow events of contacts that a test execution created: any (default), "
                            "only or exclude."),
                         tr("WHICH"), QStringLiteral("any")),
      m_contactMatch(QStringLiteral("contact-match"),
                     tr("How --contact compares: exact (default) or contains (a literal "
                        "substring, case-sensitive)."),
                     tr("MATCH"), QStringLiteral("exact")),
      m_testStatus(QStringLiteral("test-status"),
                   tr("Only this connect_test_case_status, such as Completed; repeatable."),
                   tr("STATUS")),
      m_testType(QStringLiteral("test-type"),
                 tr("Only this connect_test_case_type, such as FlowTest; repeatable."), tr("TYPE")),
      m_executionMethod(
          QStringLiteral("execution-method"),
          tr("Only this connect_test_case_execution_method, such as Scheduled; repeatable."),
          tr("METHOD")),
      m_testChannel(QStringLiteral("test-channel"),
                    tr("Only this connect_test_case_execution_channel, such as Voice; repeatable."),
                    tr("CHANNEL")),
      m_testChannelSubtype(QStringLiteral("test-channel-subtype"),
                           tr("Only this connect_test_case_execution_channel_subtype, such as SMS; "
                              "repeatable."),
                           tr("SUBTYPE")),
      m_initiatingFlow(QStringLiteral("initiating-flow"),
                       tr("Only this connect_test_case_initiating_flow_id; repeatable."), tr("ID"))
{
    parser.addOptions({m_from, m_to, m_instance, m_channel, m_flowType, m_flow, m_outcome, m_queue,
                       m_contact, m_testCase, m_result, m_initiationMethod, m_createdByTestRun,
                       m_contactMatch, m_testStatus, m_testType, m_executionMethod, m_testChannel,
                       m_testChannelSubtype, m_initiatingFlow});
}

std::optional<Filter> FilterOptionSet::read(const QCommandLineParser &parser, QString *error) const
{
    Filter filter;

    // Bare epoch numbers are accepted as parseTimestamp reads them, but the
    // help names the ISO 8601 forms because those are unambiguous.
    const auto readTime = [&](const QCommandLineOption &option,
                              std::optional<qint64> &target) -> bool {
        if (!parser.isSet(option))
            return true;
        const QString text = parser.value(option);
        const TimestampValue value = parseTimestamp(text.toUtf8());
        if (value.status != TimestampValue::Status::Ok) {
            *error = tr("Invalid --%1 value '%2': use an ISO 8601 date or date-time such as "
                        "2026-11-03 or 2026-11-03T14:00:00Z.")
                         .arg(option.names().constFirst(), text);
            return false;
        }
        target = value.epochMs;
        return true;
    };
    if (!readTime(m_from, filter.fromMs) || !readTime(m_to, filter.toMs))
        return std::nullopt;
    if (filter.fromMs && filter.toMs && *filter.toMs <= *filter.fromMs) {
        *error = tr("The window --from %1 --to %2 is empty: --to must be later than --from.")
                     .arg(parser.value(m_from), parser.value(m_to));
        return std::nullopt;
    }

    filter.instances = listValues(parser, m_instance);
    filter.channels = listValues(parser, m_channel);
    filter.flowTypes = listValues(parser, m_flowType);
    filter.flows = listValues(parser, m_flow);
    filter.outcomes = listValues(parser, m_outcome);
    filter.queues = listValues(parser, m_queue);
    filter.testResults = listValues(parser, m_result);
    filter.initiationMethods = listValues(parser, m_initiationMethod);
    filter.testStatuses = listValues(parser, m_testStatus);
    filter.testTypes = listValues(parser, m_testType);
    filter.executionMethods = listValues(parser, m_executionMethod);
    filter.testChannels = listValues(parser, m_testChannel);
    filter.testChannelSubtypes = listValues(parser, m_testChannelSubtype);
    filter.initiatingFlows = listValues(parser, m_initiatingFlow);

    const QString origin = parser.value(m_createdByTestRun);
    if (origin == QLatin1String("only")) {
        filter.createdByTestRun = TestRunOrigin::CreatedByTestRun;
    } else if (origin == QLatin1String("exclude")) {
        filter.createdByTestRun = TestRunOrigin::NotCreatedByTestRun;
    } else if (origin != QLatin1String("any")) {
        *error = tr("Invalid --created-by-test-run value '%1': use any, only or exclude.")
                     .arg(origin);
        return std::nullopt;
    }

    const QString match = parser.value(m_contactMatch);
    if (match != QLatin1String("exact") && match != QLatin1String("contains")) {
        *error = tr("Invalid --contact-match value '%1': use exact or contains.").arg(match);
        return std::nullopt;
    }
    if (parser.isSet(m_contact))
        filter.contactId = {parser.value(m_contact), match == QLatin1String("contains")
                                                         ? TextMatch::Contains
                                                         : TextMatch::Exact};
    if (parser.isSet(m_testCase))
        filter.testCase = {parser.value(m_testCase), TextMatch::Contains};
    return filter;
}

} // namespace Flowscope::Cli
