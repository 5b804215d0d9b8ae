// The table of flowscope-cli commands. A new command is a source file with
// its run function, declared here and listed once in commands().

#include "clicommand.h"

namespace Flowscope::Cli {

int runImport(const QStringList &arguments);
int runSummary(const QStringList &arguments);

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
    };
    return table;
}

} // namespace Flowscope::Cli
