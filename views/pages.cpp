#include "pages.h"

#include "browserpage.h"
#include "flowmappage.h"
#include "contactpathpage.h"
#include "flowmetricspage.h"
#include "failurereasonspage.h"
#include "schema.h"
#include "testtrendspage.h"
#include "testhistorypage.h"

#include <QCoreApplication>

namespace Flowscope {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Flowscope::Pages", text);
}

FilterField choice(const char *column, const char *anyText, QStringList Filter::*values)
{
    FilterField field;
    field.kind = FilterField::Kind::Choice;
    field.column = QString::fromLatin1(column);
    field.anyText = translated(anyText);
    field.values = values;
    return field;
}

FilterField text(const char *column, const char *placeholder, TextCondition Filter::*condition)
{
    FilterField field;
    field.kind = FilterField::Kind::Text;
    field.column = QString::fromLatin1(column);
    field.placeholder = translated(placeholder);
    field.text = condition;
    return field;
}

QString flowEventCount(int rows)
{
    return QCoreApplication::translate("Flowscope::Pages", "Flow events: %L1").arg(rows);
}

QString testRunCount(int rows)
{
    return QCoreApplication::translate("Flowscope::Pages", "Test runs: %L1").arg(rows);
}

BrowserPageConfig flowEventsConfig()
{
    BrowserPageConfig config;
    config.id = QStringLiteral("flow-events");
    config.title = QCoreApplication::translate("Flowscope::Pages", "Flow events");
    config.table = &contactFlowEventsSpec();
    config.timeColumn = QStringLiteral("start_timestamp");
    config.filterFields = flowEventFilterFields();
    config.contactColumns = {QStringLiteral("contact_id")};
    config.leadingColumns = {QStringLiteral("start_timestamp"),
                             QStringLiteral("end_timestamp"),
                             QStringLiteral("contact_id"),
                             QStringLiteral("flow_resource_id"),
                             QStringLiteral("module_resource_id"),
                             QStringLiteral("flow_type"),
                             QStringLiteral("channel"),
                             QStringLiteral("flow_outcome")};
    config.hiddenColumns = {QStringLiteral("aws_account_id"),
                            QStringLiteral("instance_arn"),
                            QStringLiteral("resource_version"),
                            QStringLiteral("flow_language_version"),
                            QStringLiteral("resource_published_timestamp"),
                            QStringLiteral("data_lake_last_processed_timestamp")};
    config.rowCountText = &flowEventCount;
    config.showsContacts = true;
    config.emptyTableText = QCoreApplication::translate(
        "Flowscope::Pages",
        "This workspace holds no flow events. Import contact_flow_events exports with "
        "File > Import Files, or drop them on this window.");
    return config;
}

BrowserPageConfig testRunsConfig()
{
    BrowserPageConfig config;
    config.id = QStringLiteral("test-runs");
    config.title = QCoreApplication::translate("Flowscope::Pages", "Test runs");
    config.table = &testCaseExecutionResultsSpec();
    config.timeColumn = QStringLiteral("connect_test_case_execution_start_timestamp");
    config.filterFields = testRunFilterFields();
    config.contactColumns = {QStringLiteral("connect_test_case_associated_initial_contact_id"),
                             QStringLiteral("connect_test_case_associated_contact_ids")};
    config.leadingColumns = {QStringLiteral("connect_test_case_execution_start_timestamp"),
                             QStringLiteral("connect_test_case_execution_end_timestamp"),
                             QStringLiteral("connect_test_case_resource_name"),
                             QStringLiteral("connect_test_case_result"),
                             QStringLiteral("connect_test_case_status"),
                             QStringLiteral("connect_test_case_failure_reasons"),
                             QStringLiteral("connect_test_case_associated_initial_contact_id"),
                             QStringLiteral("connect_test_case_associated_contact_ids")};
    config.hiddenColumns = {QStringLiteral("aws_account_id"), QStringLiteral("instance_arn"),
                            QStringLiteral("connect_test_case_execution_channel_subtype"),
                            QStringLiteral("record_creation_timestamp"),
                            QStringLiteral("data_lake_last_processed_timestamp")};
    config.rowCountText = &testRunCount;
    config.emptyTableText = QCoreApplication::translate(
        "Flowscope::Pages",
        "This workspace holds no test runs. Import connect_test_case_execution_results "
        "exports with File > Import Files, or drop them on this window.");
    return config;
}

} // namespace

QList<FilterField> flowEventFilterFields()
{
    return {
        text("contact_id", QT_TRANSLATE_NOOP("Flowscope::Pages", "Contact id contains…"),
             &Filter::contactId),
        FilterField{FilterField::Kind::TestRunOrigin, {}, {}, {}, nullptr, nullptr},
        choice("instance_id", QT_TRANSLATE_NOOP("Flowscope::Pages", "Any instance"),
               &Filter::instances),
        choice("channel", QT_TRANSLATE_NOOP("Flowscope::Pages", "Any channel"), &Filter::channels),
        choice("flow_type", QT_TRANSLATE_NOOP("Flowscope::Pages", "Any flow type"),
               &Filter::flowTypes),
        choice("initiation_method", QT_TRANSLATE_NOOP("Flowscope::Pages", "Any initiation method"),
               &Filter::initiationMethods),
        choice("flow_resource_id", QT_TRANSLATE_NOOP("Flowscope::Pages", "Any flow"),
               &Filter::flows),
        choice("flow_outcome", QT_TRANSLATE_NOOP("Flowscope::Pages", "Any outcome"),
               &Filter::outcomes),
        choice("next_queue_resource_id", QT_TRANSLATE_NOOP("Flowscope::Pages", "Any queue"),
               &Filter::queues),
    };
}

QList<FilterField> testRunFilterFields()
{
    return {
        text("connect_test_case_resource_name",
             QT_TRANSLATE_NOOP("Flowscope::Pages", "Test case contains…"), &Filter::testCase),
        text("connect_test_case_associated_contact_ids",
             QT_TRANSLATE_NOOP("Flowscope::Pages", "Contact id contains…"), &Filter::contactId),
        choice("instance_id", QT_TRANSLATE_NOOP("Flowscope::Pages", "Any instance"),
               &Filter::instances),
        choice("connect_test_case_result", QT_TRANSLATE_NOOP("Flowscope::Pages", "Any result"),
               &Filter::testResults),
        choice("connect_test_case_status", QT_TRANSLATE_NOOP("Flowscope::Pages", "Any status"),
               &Filter::testStatuses),
        choice("connect_test_case_type", QT_TRANSLATE_NOOP("Flowscope::Pages", "Any test type"),
               &Filter::testTypes),
        choice("connect_test_case_execution_method",
               QT_TRANSLATE_NOOP("Flowscope::Pages", "Any execution method"),
               &Filter::executionMethods),
        choice("connect_test_case_execution_channel",
               QT_TRANSLATE_NOOP("Flowscope::Pages", "Any test channel"), &Filter::testChannels),
        choice("connect_test_case_execution_channel_subtype",
               QT_TRANSLATE_NOOP("Flowscope::Pages", "Any test subtype"),
               &Filter::testChannelSubtypes),
        choice("connect_test_case_initiating_flow_id",
               QT_TRANSLATE_NOOP("Flowscope::Pages", "Any initiating flow"),
               &Filter::initiatingFlows),
    };
}

QList<Page *> createPages(QObject *parent)
{
    // Tab order. "Open contact" goes to the first page that shows contacts.
    QList<Page *> pages;
    // Flow paths pages
    pages.append(new ContactPathPage(parent));
    pages.append(new BrowserPage(flowEventsConfig(), parent));
    pages.append(new FlowMapPage(flowEventFilterFields(), parent));
    pages.append(new FlowMetricsPage(flowEventFilterFields(), parent));
    // Test analytics pages
    pages.append(new BrowserPage(testRunsConfig(), parent));
    pages.append(new TestTrendsPage(parent));
    pages.append(new TestHistoryPage(parent));
    pages.append(new FailureReasonsPage(parent));
    return pages;
}

} // namespace Flowscope
