#pragma once

#include <QDate>
#include <QtGlobal>

class QIODevice;

namespace Flowscope {

// The rendering of generated array(string) values in CSV.
enum class GeneratedArrayStyle {
    Athena, // [a, b], as Athena renders an array in query results
    Json,   // ["a","b"], as a query with CAST(x AS JSON) returns it
};

// The shape of a generated data lake export. The same options and seed give
// byte-identical output on every platform, because the generator uses its
// own pseudo-random number generator and no platform-dependent math.
struct GeneratorOptions
{
    // Seeds every identifier, time and choice.
    quint64 seed = 20261104;
    // Contacts started by customers. Test executions add their own contacts.
    qint64 contacts = 200;
    // When above zero, customer contacts are generated until the flow events
    // reach this many rows, and `contacts` is ignored. The last contact is
    // written whole, so the count may exceed the target by a few rows.
    qint64 targetFlowEventRows = 0;
    // Flows per instance. Nine have fixed roles: entry flows for voice, for
    // chat and for tasks and email, the customer queue flow, three whisper
    // flows, a queue transfer flow and a disconnect flow. The rest are menus.
    // Values below 10 count as 10, so that there is at least one menu.
    int flows = 12;
    // Flow modules per instance, invoked from menu flows. At least 1.
    int modules = 4;
    // Queues per instance. At least 1.
    int queues = 5;
    // Test cases, spread over the instances. 0 writes no test executions.
    int testCases = 8;
    // Executions of each test case on each day.
    int executionsPerTestCasePerDay = 3;
    // The first day of the export, in UTC. Contacts start on this day or the
    // `days - 1` days after it, and the export ends at midnight after the last
    // day. Events still running then have no end_timestamp, and neither do
    // about 1 in 200 others, whose end the data lake did not receive.
    QDate firstDay = QDate(2026, 11, 1);
    int days = 7;
    // Amazon Connect instances, all in one AWS account.
    int instances = 1;
    GeneratedArrayStyle arrayStyle = GeneratedArrayStyle::Athena;
};

// The result of a write function.
struct GeneratedCounts
{
    bool ok = false; // false when writing to the device failed; see QIODevice::errorString()
    qint64 rows = 0;
    qint64 contacts = 0; // distinct contact ids in the rows
};

// Write contact_flow_events or connect_test_case_execution_results as an
// Athena query result CSV: a header, every non-NULL value double-quoted, NULL
// as an unquoted empty field, timestamps as "YYYY-MM-DD HH:MM:SS.mmm" in UTC,
// and columns in the order of the table's documentation. Rows are streamed,
// so memory use does not grow with the row count.
GeneratedCounts writeContactFlowEventsCsv(QIODevice &out, const GeneratorOptions &options);
GeneratedCounts writeTestExecutionsCsv(QIODevice &out, const GeneratorOptions &options);

// Write the same rows as JSON Lines, the shape of Athena UNLOAD's JSON
// format: one object per row with keys in column order, arrays as JSON arrays
// and timestamps as the same text as in CSV. NULL is written as null.
// NOTE: UNLOAD may instead leave out the keys of NULL values.
GeneratedCounts writeContactFlowEventsJsonLines(QIODevice &out, const GeneratorOptions &options);
GeneratedCounts writeTestExecutionsJsonLines(QIODevice &out, const GeneratorOptions &options);

} // namespace Flowscope
