#include "cliimportoptions.h"

#include "schema.h"

#include <QTimeZone>

#include <utility>

namespace Flowscope::Cli {

namespace {

template <typename T> using Choices = QList<std::pair<QString, T>>;

template <typename T> std::optional<T> lookUp(const Choices<T> &choices, const QString &value)
{
    for (const auto &[name, choice] : choices) {
        if (name == value)
            return choice;
    }
    return std::nullopt;
}

template <typename T> QString choiceNames(const Choices<T> &choices)
{
    QStringList names;
    for (const auto &choice : choices)
        names.append(choice.first);
    return names.join(QStringLiteral(", "));
}

// "auto" maps to an empty optional, which lets the importer detect the value.
const Choices<std::optional<InputFormat>> &formatChoices()
{
    static const Choices<std::optional<InputFormat>> choices = {
        {QStringLiteral("auto"), std::nullopt},
        {QStringLiteral("csv"), InputFormat::Csv},
        {QStringLiteral("textfile"), InputFormat::AthenaTextFile},
        {QStringLiteral("jsonl"), InputFormat::JsonLines},
        {QStringLiteral("json"), InputFormat::JsonArray},
    };
    return choices;
}

const Choices<std::optional<TextEncoding>> &encodingChoices()
{
    static const Choices<std::optional<TextEncoding>> choices = {
        {QStringLiteral("auto"), std::nullopt},
        {QStringLiteral("utf-8"), TextEncoding::Utf8},
        {QStringLiteral("windows-1252"), TextEncoding::Windows1252},
        {QStringLiteral("utf-16le"), TextEncoding::Utf16LE},
        {QStringLiteral("utf-16be"), TextEncoding::Utf16BE},
    };
    return choices;
}

const Choices<std::optional<EpochUnit>> &epochUnitChoices()
{
    static const Choices<std::optional<EpochUnit>> choices = {
        {QStringLiteral("auto"), std::nullopt},
        {QStringLiteral("s"), EpochUnit::Seconds},
        {QStringLiteral("ms"), EpochUnit::Milliseconds},
        {QStringLiteral("us"), EpochUnit::Microseconds},
        {QStringLiteral("ns"), EpochUnit::Nanoseconds},
    };
    return choices;
}

const Choices<OnError> &onErrorChoices()
{
    static const Choices<OnError> choices = {
        {QStringLiteral("abort"), OnError::Abort},
        {QStringLiteral("skip"), OnError::Skip},
    };
    return choices;
}

const Choices<QString> &tableChoices()
{
    static const Choices<QString> choices = {
        {QStringLiteral("auto"), QString()},
        {QLatin1String(TableNames::ContactFlowEvents),
         QLatin1String(TableNames::ContactFlowEvents)},
        {QLatin1String(TableNames::TestCaseExecutionResults),
         QLatin1String(TableNames::TestCaseExecutionResults)},
    };
    return choices;
}

} // namespace

ImportOptionSet::ImportOptionSet(QCommandLineParser &parser)
    : m_table(QStringLiteral("table"),
              tr("The table every input goes into: auto, contact_flow_events or "
                 "connect_test_case_execution_results. auto (the default) detects it per file "
                 "from the header, so one import may fill both tables."),
              tr("TABLE"), QStringLiteral("auto")),
      m_onError(QStringLiteral("on-error"),
                tr("What a row or file that cannot be imported does: abort (the default) rolls "
                   "the whole import back and leaves the workspace unchanged; skip imports the "
                   "rest and lists what was rejected."),
                tr("MODE"), QStringLiteral("abort")),
      m_format(QStringLiteral("format"),
               tr("The input format: auto (the default, detected per file), csv (Athena query "
                  "results or spreadsheet CSV), textfile (Athena UNLOAD TEXTFILE), jsonl (UNLOAD "
                  "JSON, one object per line) or json (one array of objects)."),
               tr("FORMAT"), QStringLiteral("auto")),
      m_encoding(QStringLiteral("encoding"),
                 tr("The text encoding: auto (the default: a byte order mark, else UTF-8 with a "
                    "fallback to Windows-1252), utf-8, windows-1252, utf-16le or utf-16be."),
                 tr("ENCODING"), QStringLiteral("auto")),
      m_delimiter(QStringLiteral("delimiter"),
                  tr("The CSV field delimiter, one character such as ',' or ';', or 'tab'. "
                     "Detected from the header when not given."),
                  tr("CHAR")),
      m_zone(QStringLiteral("zone"),
             tr("The time zone of text timestamps that carry no offset, as an IANA name such as "
                "Europe/Berlin. The data lake writes UTC, the default."),
             tr("ZONE"), QStringLiteral("UTC")),
      m_epochUnit(QStringLiteral("epoch-unit"),
                  tr("The unit of timestamps written as bare numbers since 1970-01-01 UTC: s, ms, "
                     "us or ns, or auto (the default) to infer it from each number's magnitude."),
                  tr("UNIT"), QStringLiteral("auto")),
      m_dateFormat(QStringLiteral("date-format"),
                   tr("The pattern of locale-formatted dates such as 03/10/2026 14:05, in "
                      "QDateTime format syntax, for example 'dd/MM/yyyy HH:mm'. Without it such "
                      "dates are rejected as ambiguous."),
                   tr("PATTERN")),
      m_mapColumn(QStringLiteral("map-column"),
                  tr("Store the file column FROM in the workspace column TO, for headers whose "
                     "names differ from the data lake's. An empty TO ignores the file column. "
                     "Repeat the option for several columns."),
                  tr("FROM=TO"))
{
    parser.addOptions({m_table, m_onError, m_format, m_encoding, m_delimiter, m_zone, m_epochUnit,
                       m_dateFormat, m_mapColumn});
}

std::optional<ImportOptions> ImportOptionSet::read(const QCommandLineParser &parser,
                                                   QString *error) const
{
    ImportOptions options;

    // Each choice option is looked up in its table, and a miss names the accepted values.
    bool valid = true;
    const auto choose = [&](const QCommandLineOption &option, const auto &choices, auto *target) {
        const QString value = parser.value(option);
        const auto choice = lookUp(choices, value);
        if (!choice) {
            if (valid)
                *error = tr("Invalid value '%1' for --%2: use one of %3.")
                             .arg(value, option.names().constFirst(), choiceNames(choices));
            valid = false;
            return;
        }
        *target = *choice;
    };
    choose(m_table, tableChoices(), &options.table);
    choose(m_onError, onErrorChoices(), &options.onError);
    choose(m_format, formatChoices(), &options.input.format);
    choose(m_encoding, encodingChoices(), &options.input.encoding);
    choose(m_epochUnit, epochUnitChoices(), &options.timestamps.epochUnit);
    if (!valid)
        return std::nullopt;

    // Headerless TEXTFILE input takes its column order from the chosen table.
    options.input.tableHint = options.table;

    if (parser.isSet(m_delimiter)) {
        const QString delimiter = parser.value(m_delimiter);
        const bool tab = delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t");
        const bool usable = delimiter.size() == 1 && delimiter.at(0).unicode() > 0x20 &&
                            delimiter.at(0).unicode() < 0x7f && delimiter != QLatin1String("\"");
        if (!tab && !usable) {
            *error = tr("Invalid value '%1' for --delimiter: use one printable ASCII character "
                        "other than '\"', such as ',' or ';', or 'tab'.")
                         .arg(delimiter);
            return std::nullopt;
        }
        options.input.delimiter = tab ? '\t' : delimiter.at(0).toLatin1();
    }

    const QString zoneName = parser.value(m_zone);
    const QTimeZone zone =
        zoneName == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(zoneName.toUtf8());
    if (!zone.isValid()) {
        *error = tr("Unknown time zone '%1' for --zone: use an IANA name such as UTC or "
                    "Europe/Berlin.")
                     .arg(zoneName);
        return std::nullopt;
    }
    options.timestamps.zonelessZone = zone;
    options.timestamps.datePattern = parser.value(m_dateFormat);

    for (const QString &mapping : parser.values(m_mapColumn)) {
        const qsizetype equals = mapping.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *error = tr("Invalid value '%1' for --map-column: write FROM=TO, for example "
                        "ContactId=contact_id.")
                         .arg(mapping);
            return std::nullopt;
        }
        options.columnMapping.insert(mapping.left(equals), mapping.mid(equals + 1));
    }
    return options;
}

} // namespace Flowscope::Cli
