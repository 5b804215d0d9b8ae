// The table of flowscope-cli commands. A new command is a source file with
// its run function, declared here and listed once in commands().

#include "clicommand.h"

namespace Flowscope::Cli {

int runImport(const QStringList &arguments);
int runSummary(const QStringList &arguments);
int runFlowMetrics(const QStringList &arguments);
int runPaths(const QStringList &arguments);
int runImportNames(const QStringList &arguments);
int runTestTrend(const QStringList &arguments);
int runExport(const QStringList &arguments);

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {"import",
         QT_TRANSLATE_NOOP("Flowscope::Cli::Commands",
                           "Import data lake exports (files, folders, .gz) into the workspace"),
         runImport},
        {"summary",
         QT_TRANSLATE_NOOP("Flowscope::Cli::Commands",
                           "Print row counts, time spans and distinct values of the workspace"),
         runSummary},
        {"flow-metrics", QT_TRANSLATE_NOOP("Flowscope::Cli::Commands", "Print the reference flow metrics: flows started, outcome shares and flow times"), runFlowMetrics},
        {"paths", QT_TRANSLATE_NOOP("Flowscope::Cli::Commands", "Print the flow map's transitions and the most frequent variants"), runPaths},
        {"test-trend", QT_TRANSLATE_NOOP("Flowscope::Cli::Commands", "Print test executions per day, week or month and per test case, with pass rates and flaky marks"), runTestTrend},
        {"export", QT_TRANSLATE_NOOP("Flowscope::Cli::Commands", "Export a view under a filter as CSV, XLSX, a PDF report, PNG, SVG or an Athena query"), runExport},
        {"import-names", QT_TRANSLATE_NOOP("Flowscope::Cli::Commands", "Store flow and module display names from list-contact-flows JSON or an id,name CSV"), runImportNames},
    };
    return table;
}

} // namespace Flowscope::Cli
