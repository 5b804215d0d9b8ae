#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVariantList>

#include <optional>

namespace Flowscope {

// SQL condition text with positional `?` placeholders and the values to bind
// to them, in order. An empty `whereSql` means "every row".
struct SqlCondition
{
    QString whereSql;
    QVariantList bindValues;

    bool isEmpty() const { return whereSql.isEmpty(); }
};

// The comparison of a free-text filter field with its column.
enum class TextMatch {
    Exact,    // the column equals the text
    Contains, // the column contains the text; case-sensitive, no wildcards
};

// A free-text filter field; empty text puts no constraint on the column.
struct TextCondition
{
    QString text;
    TextMatch match = TextMatch::Contains;

    bool isEmpty() const { return text.isEmpty(); }
    bool operator==(const TextCondition &other) const = default;
};

// Whether a flow event belongs to a contact that a test execution created,
// judged by the contacts the workspace links to test executions.
enum class TestRunOrigin {
    Any,
    CreatedByTestRun,
    NotCreatedByTestRun,
};

// What the user chose to see, shared by the browsers, exports and the command
// line so that what is shown and what is exported cannot differ.
//
// Each value list matches a row whose column equals any of its values. An
// empty list puts no constraint on the column. A null QString in a list
// matches SQL NULL, and an empty QString matches the empty string. Fields that
// do not apply to a table are ignored when rendering for that table.
struct Filter
{
    // Half-open UTC window [fromMs, toMs) in milliseconds since the Unix epoch,
    // on start_timestamp (flow events) or
    // connect_test_case_execution_start_timestamp (test executions).
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;

    // Both tables: instance_id.
    QStringList instances;

    // contact_flow_events only.
    QStringList channels;          // channel
    QStringList flowTypes;         // flow_type
    QStringList initiationMethods; // initiation_method
    QStringList flows;             // flow_resource_id
    QStringList outcomes;          // flow_outcome
    QStringList queues;            // next_queue_resource_id
    TestRunOrigin createdByTestRun = TestRunOrigin::Any;

    // contact_id for flow events; for test executions, any contact the
    // execution is linked to (initial and associated contacts).
    TextCondition contactId;
    // Exact contact ids, such as the contacts of a flow map selection: for
    // flow events contact_id, for test executions any linked contact. Rendered
    // as one bound JSON array, so thousands of ids cost one parameter.
    QStringList contacts;

    // connect_test_case_execution_results only.
    TextCondition testCase;       // connect_test_case_resource_arn or _resource_name
    QStringList testResults;      // connect_test_case_result
    QStringList testStatuses;     // connect_test_case_status
    QStringList testTypes;        // connect_test_case_type
    QStringList executionMethods; // connect_test_case_execution_method
    QStringList testChannels;     // connect_test_case_execution_channel
    QStringList testChannelSubtypes; // connect_test_case_execution_channel_subtype
    QStringList initiatingFlows;     // connect_test_case_initiating_flow_id

    // Equal when every field is; unlike QString's operator==, a null value
    // in a list differs from an empty one, as NULL differs from ''.
    bool operator==(const Filter &other) const;

    // True when no field constrains any table.
    bool isEmpty() const;

    // Renders the conditions that apply to `table` (a data lake table name) as
    // SQL for a WHERE clause, with every value bound, never interpolated.
    // Column references are qualified with `tableAlias` when one is given.
    // Returns an empty condition for an unknown table.
    SqlCondition toSql(const QString &table, const QString &tableAlias = {}) const;

    // A short, translated description of the constraints that apply to
    // `table`, for a status bar, with times shown in `zone`; empty when
    // nothing applies.
    QString describe(const QString &table, const QTimeZone &zone = QTimeZone::utc()) const;
};

} // namespace Flowscope

Q_DECLARE_METATYPE(Flowscope::Filter)
