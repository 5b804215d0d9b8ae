#pragma once

#include "filter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace Flowscope::Cli {

// The filter options every reporting command shares, spelled the same way in
// each, and their translation into a Filter. Options that do not apply to a
// command's table are accepted and ignored, as Filter ignores them.
class FilterOptionSet
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::Cli::FilterOptionSet)

public:
    // The value of a list option that matches SQL NULL rather than text.
    static constexpr const char *NullValue = "NULL";

    // Adds the options to `parser`.
    explicit FilterOptionSet(QCommandLineParser &parser);

    // Reads the parsed values. On an invalid value sets `error` to a message
    // naming the option, the value and the accepted form, and returns nothing.
    std::optional<Filter> read(const QCommandLineParser &parser, QString *error) const;

private:
    QCommandLineOption m_from;
    QCommandLineOption m_to;
    QCommandLineOption m_instance;
    QCommandLineOption m_channel;
    QCommandLineOption m_flowType;
    QCommandLineOption m_flow;
    QCommandLineOption m_outcome;
    QCommandLineOption m_queue;
    QCommandLineOption m_contact;
    QCommandLineOption m_testCase;
    QCommandLineOption m_result;
    QCommandLineOption m_initiationMethod;
    QCommandLineOption m_createdByTestRun;
    QCommandLineOption m_contactMatch;
    QCommandLineOption m_testStatus;
    QCommandLineOption m_testType;
    QCommandLineOption m_executionMethod;
    QCommandLineOption m_testChannel;
    QCommandLineOption m_testChannelSubtype;
    QCommandLineOption m_initiatingFlow;
};

} // namespace Flowscope::Cli
