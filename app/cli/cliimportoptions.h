#pragma once

#include "importer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace Flowscope::Cli {

// The options of the import command and their translation into ImportOptions.
class ImportOptionSet
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::Cli::ImportOptionSet)

public:
    // Adds the options to `parser`.
    explicit ImportOptionSet(QCommandLineParser &parser);

    // Reads the parsed values. On an invalid value sets `error` to a message
    // naming the option, the value and the accepted values, and returns nothing.
    std::optional<ImportOptions> read(const QCommandLineParser &parser, QString *error) const;

private:
    QCommandLineOption m_table;
    QCommandLineOption m_onError;
    QCommandLineOption m_format;
    QCommandLineOption m_encoding;
    QCommandLineOption m_delimiter;
    QCommandLineOption m_zone;
    QCommandLineOption m_epochUnit;
    QCommandLineOption m_dateFormat;
    QCommandLineOption m_mapColumn;
};

} // namespace Flowscope::Cli
