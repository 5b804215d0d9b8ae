// flowscope-generate: writes a realistic, deterministic Amazon Connect data
// lake export (contact flow events or test case execution results) for
// demos, tests and benchmarks.

#include "gzipfilewriter.h"
#include "samplegenerator.h"
#include "schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <memory>

using namespace Flowscope;

namespace {

// The translation context of this tool's messages.
struct Generate
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::Generate)
};

constexpr int ExitFailed = 1;
constexpr int ExitUsage = 2;

void printError(const QString &message)
{
    std::fprintf(stderr, "flowscope-generate: %s\n", qPrintable(message));
}

// Reads a whole-number option within [minimum, maximum] into `value`;
// leaves `value` alone when the option is absent.
template <typename Number>
bool readNumber(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                qint64 maximum, Number &value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 number = parser.value(name).toLongLong(&ok);
    if (!ok || number < minimum || number > maximum) {
        printError(
            Generate::tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                .arg(name, QString::number(minimum), QString::number(maximum), parser.value(name)));
        return false;
    }
    value = Number(number);
    return true;
}

struct Command
{
    GeneratorOptions generator;
    QString table;
    bool jsonLines = false;
    bool gzip = false;
    QString output;
};

bool readOptions(const QCommandLineParser &parser, Command &command)
{
    GeneratorOptions &options = command.generator;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            printError(Generate::tr("--seed must be a whole number from 0 to 2^64 - 1, not "
                                    "\"%1\".")
                           .arg(parser.value(QStringLiteral("seed"))));
            return false;
        }
    }
    if (!readNumber(parser, QStringLiteral("contacts"), 0, 1'000'000'000, options.contacts) ||
        !readNumber(parser, QStringLiteral("rows"), 0, 10'000'000'000,
                    options.targetFlowEventRows) ||
        !readNumber(parser, QStringLiteral("days"), 1, 3660, options.days) ||
        !readNumber(parser, QStringLiteral("test-cases"), 0, 100'000, options.testCases) ||
        !readNumber(parser, QStringLiteral("executions-per-day"), 0, 1000,
                    options.executionsPerTestCasePerDay) ||
        !readNumber(parser, QStringLiteral("instances"), 1, 100, options.instances) ||
        !readNumber(parser, QStringLiteral("flows"), 10, 10'000, options.flows) ||
        !readNumber(parser, QStringLiteral("modules"), 1, 10'000, options.modules) ||
        !readNumber(parser, QStringLiteral("queues"), 1, 10'000, options.queues))
        return false;

    if (parser.isSet(QStringLiteral("first-day"))) {
        options.firstDay =
            QDate::fromString(parser.value(QStringLiteral("first-day")), Qt::ISODate);
        if (!options.firstDay.isValid()) {
            printError(Generate::tr("--first-day must be a date such as 2026-11-01, not \"%1\".")
                           .arg(parser.value(QStringLiteral("first-day"))));
            return false;
        }
    }

    const QString arrayStyle = parser.value(QStringLiteral("array-style"));
    if (arrayStyle == QLatin1String("json")) {
        options.arrayStyle = GeneratedArrayStyle::Json;
    } else if (arrayStyle != QLatin1String("athena")) {
        printError(
            Generate::tr("--array-style must be athena or json, not \"%1\".").arg(arrayStyle));
        return false;
    }

    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("jsonl")) {
        printError(Generate::tr("--format must be csv or jsonl, not \"%1\".").arg(format));
        return false;
    }
    command.jsonLines = format == QLatin1String("jsonl");

    const TableSpec *table = findTableSpec(parser.value(QStringLiteral("table")));
    if (!table) {
        printError(Generate::tr("--table must be %1 or %2, not \"%3\".")
                       .arg(QLatin1String(TableNames::ContactFlowEvents),
                            QLatin1String(TableNames::TestCaseExecutionResults),
                            parser.value(QStringLiteral("table"))));
        return false;
    }
    command.table = table->name;

    command.output = parser.value(QStringLiteral("output"));
    if (command.output.isEmpty()) {
        printError(Generate::tr("--output is missing. Give the file to write, for example "
                                "--output contact_flow_events.csv."));
        return false;
    }
    command.gzip = parser.isSet(QStringLiteral("gzip"));
    return true;
}

GeneratedCounts generate(QIODevice &device, const Command &command)
{
    const bool flowEvents = command.table == QLatin1String(TableNames::ContactFlowEvents);
    if (command.jsonLines) {
        return flowEvents ? writeContactFlowEventsJsonLines(device, command.generator)
                          : writeTestExecutionsJsonLines(device, command.generator);
    }
    return flowEvents ? writeContactFlowEventsCsv(device, command.generator)
                      : writeTestExecutionsCsv(device, command.generator);
}

int run(const Command &command)
{
    std::unique_ptr<QIODevice> device;
    if (command.gzip) {
        auto gzip = std::make_unique<GzipFileWriter>(command.output);
        if (!gzip->openFile()) {
            printError(Generate::tr("Could not create \"%1\": %2")
                           .arg(command.output, gzip->errorString()));
            return ExitFailed;
        }
        device = std::move(gzip);
    } else {
        auto file = std::make_unique<QFile>(command.output);
        if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            printError(Generate::tr("Could not create \"%1\": %2")
                           .arg(command.output, file->errorString()));
            return ExitFailed;
        }
        device = std::move(file);
    }

    const GeneratedCounts counts = generate(*device, command);
    bool ok = counts.ok;
    if (auto *gzip = dynamic_cast<GzipFileWriter *>(device.get()))
        ok = gzip->finish() && ok;
    else
        ok = static_cast<QFile *>(device.get())->flush() && ok;
    if (!ok) {
        printError(Generate::tr("Writing \"%1\" failed: %2. Check the free disk space and "
                                "permissions.")
                       .arg(command.output, device->errorString()));
        return ExitFailed;
    }

    std::printf("%s\n", qPrintable(Generate::tr("Wrote %1 rows of %2 with %3 contacts to %4.")
                                       .arg(QString::number(counts.rows), command.table,
                                            QString::number(counts.contacts), command.output)));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flowscope-generate"));

    const GeneratorOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Generate::tr("Writes a realistic Amazon Connect data lake export with made-up ids. The "
                     "same options and seed always give the same bytes."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("table"),
         Generate::tr("The table to write: contact_flow_events or "
                      "connect_test_case_execution_results."),
         Generate::tr("name"), QLatin1String(TableNames::ContactFlowEvents)},
        {QStringLiteral("format"),
         Generate::tr("csv (Athena query results) or jsonl (one JSON object per line)."),
         Generate::tr("format"), QStringLiteral("csv")},
        {QStringLiteral("array-style"),
         Generate::tr("How CSV writes array columns: athena ([a, b]) or json ([\"a\",\"b\"])."),
         Generate::tr("style"), QStringLiteral("athena")},
        {QStringLiteral("output"), Generate::tr("The file to write."), Generate::tr("file")},
        {QStringLiteral("gzip"), Generate::tr("Compress the output with gzip.")},
        {QStringLiteral("seed"), Generate::tr("The seed of every id, time and choice."),
         Generate::tr("number"), QString::number(defaults.seed)},
        {QStringLiteral("contacts"),
         Generate::tr("Contacts started by customers; test executions add their own."),
         Generate::tr("count"), QString::number(defaults.contacts)},
        {QStringLiteral("rows"),
         Generate::tr("Generate customer contacts until the flow events reach about this many "
                      "rows, in place of --contacts (about 5 rows per contact)."),
         Generate::tr("count")},
        {QStringLiteral("first-day"), Generate::tr("The first day of the export, in UTC."),
         Generate::tr("date"), defaults.firstDay.toString(Qt::ISODate)},
        {QStringLiteral("days"), Generate::tr("The number of days the export covers."),
         Generate::tr("count"), QString::number(defaults.days)},
        {QStringLiteral("test-cases"), Generate::tr("Test cases, spread over the instances."),
         Generate::tr("count"), QString::number(defaults.testCases)},
        {QStringLiteral("executions-per-day"),
         Generate::tr("Executions of each test case per day."), Generate::tr("count"),
         QString::number(defaults.executionsPerTestCasePerDay)},
        {QStringLiteral("instances"), Generate::tr("Amazon Connect instances."),
         Generate::tr("count"), QString::number(defaults.instances)},
        {QStringLiteral("flows"), Generate::tr("Flows per instance, at least 10."),
         Generate::tr("count"), QString::number(defaults.flows)},
        {QStringLiteral("modules"), Generate::tr("Flow modules per instance."),
         Generate::tr("count"), QString::number(defaults.modules)},
        {QStringLiteral("queues"), Generate::tr("Queues per instance."), Generate::tr("count"),
         QString::number(defaults.queues)},
    });

    if (!parser.parse(QCoreApplication::arguments())) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (!parser.positionalArguments().isEmpty()) {
        printError(Generate::tr("Unexpected argument \"%1\". Every setting is an option; see "
                                "--help.")
                       .arg(parser.positionalArguments().first()));
        return ExitUsage;
    }

    Command command;
    if (!readOptions(parser, command))
        return ExitUsage;
    return run(command);
}
