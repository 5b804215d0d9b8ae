#pragma once

#include "importer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Flowscope::Cli {

// Text and JSON renderings of an ImportResult, for the import command.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::Cli::ImportReport)

public:
    // At most this many warnings are listed in text; the rest are counted.
    static constexpr int MaxTextWarnings = 50;

    // The files, elapsed time and per-table counts of a finished import.
    static QString countsText(const QString &workspacePath, const ImportResult &result);
    // One "file:line:column: message" line per kept warning, capped at
    // MaxTextWarnings, then "... and N more" for the rest.
    static QString warningsText(const ImportResult &result);
    // The whole result: status, error, counts per table and in total, files,
    // elapsed time and every kept warning.
    static QJsonObject json(const QString &workspacePath, const ImportResult &result);
};

} // namespace Flowscope::Cli
