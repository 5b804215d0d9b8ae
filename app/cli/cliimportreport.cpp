#include "cliimportreport.h"

#include "clioutput.h"
#include "schema.h"

#include <QJsonArray>

namespace Flowscope::Cli {

namespace {

// The names match the values of --format and --encoding.
QString formatName(InputFormat format)
{
    switch (format) {
    case InputFormat::Csv:
        return QStringLiteral("csv");
    case InputFormat::AthenaTextFile:
        return QStringLiteral("textfile");
    case InputFormat::JsonLines:
        return QStringLiteral("jsonl");
    case InputFormat::JsonArray:
        return QStringLiteral("json");
    }
    return QString();
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return QString();
}

// Spelled like importWarningKindName(), which scripts match on as well.
QString severityName(ImportWarningSeverity severity)
{
    switch (severity) {
    case ImportWarningSeverity::Notice:
        return QStringLiteral("notice");
    case ImportWarningSeverity::Warning:
        return QStringLiteral("warning");
    case ImportWarningSeverity::RowRejected:
        return QStringLiteral("row-rejected");
    case ImportWarningSeverity::FileRejected:
        return QStringLiteral("file-rejected");
    }
    return QString();
}

QString statusName(ImportResult::Status status)
{
    switch (status) {
    case ImportResult::Status::Succeeded:
        return QStringLiteral("succeeded");
    case ImportResult::Status::Failed:
        return QStringLiteral("failed");
    case ImportResult::Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

// Both data lake tables always, so scripts find their keys even when an
// import touched only one; then any other table the importer reported.
QStringList reportedTables(const ImportResult &result)
{
    QStringList tables;
    for (const TableSpec *spec : dataLakeTables())
        tables.append(spec->name);
    for (auto it = result.perTable.cbegin(); it != result.perTable.cend(); ++it) {
        if (!tables.contains(it.key()))
            tables.append(it.key());
    }
    return tables;
}

QJsonObject countsJson(const ImportCounts &counts)
{
    return {
        {QStringLiteral("read"), counts.read},
        {QStringLiteral("inserted"), counts.inserted},
        {QStringLiteral("replaced"), counts.replaced},
        {QStringLiteral("unchanged"), counts.unchanged},
        {QStringLiteral("rejected"), counts.rejected},
    };
}

QStringList countsRow(const QString &label, const ImportCounts &counts)
{
    return {label,
            QString::number(counts.read),
            QString::number(counts.inserted),
            QString::number(counts.replaced),
            QString::number(counts.unchanged),
            QString::number(counts.rejected)};
}

// 0 means "not applicable" for lines and columns, which JSON writes as null.
QJsonValue positionJson(qint64 position)
{
    return position > 0 ? QJsonValue(position) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject warningJson(const ImportWarning &warning)
{
    return {
        {QStringLiteral("file"), textOrNull(warning.file)},
        {QStringLiteral("line"), positionJson(warning.line)},
        {QStringLiteral("column"), positionJson(warning.column)},
        {QStringLiteral("column_name"), textOrNull(warning.columnName)},
        {QStringLiteral("kind"), importWarningKindName(warning.kind)},
        {QStringLiteral("severity"), severityName(warning.severity)},
        {QStringLiteral("value"), warning.value},
        {QStringLiteral("message"), warning.message},
    };
}

QJsonObject fileJson(const ImportFileReport &file)
{
    return {
        {QStringLiteral("path"), file.path},
        {QStringLiteral("table"), textOrNull(file.table)},
        {QStringLiteral("format"), formatName(file.detection.format)},
        {QStringLiteral("encoding"), encodingName(file.detection.encoding)},
        {QStringLiteral("gzip"), file.detection.gzip},
        {QStringLiteral("rows_read"), file.rowsRead},
        {QStringLiteral("rows_rejected"), file.rowsRejected},
        {QStringLiteral("rejected"), file.rejected},
    };
}

} // namespace

QString ImportReport::countsText(const QString &workspacePath, const ImportResult &result)
{
    const QString facts = alignedTable({
        {tr("Workspace"), workspacePath},
        {tr("Files"), QString::number(result.files.size())},
        {tr("Elapsed"), tr("%1 s").arg(static_cast<double>(result.elapsedMs) / 1000.0, 0, 'f', 2)},
    });

    QList<QStringList> rows = {
        {tr("Table"), tr("Read"), tr("Inserted"), tr("Replaced"), tr("Unchanged"), tr("Rejected")}};
    for (const QString &table : reportedTables(result))
        rows.append(countsRow(table, result.perTable.value(table)));
    rows.append(countsRow(tr("Total"), result.total));

    return facts + QLatin1Char('\n') + alignedTable(rows, {1, 2, 3, 4, 5});
}

QString ImportReport::warningsText(const ImportResult &result)
{
    QString text;
    const qsizetype listed = std::min<qsizetype>(result.warnings.size(), MaxTextWarnings);
    for (qsizetype i = 0; i < listed; ++i)
        text += result.warnings.at(i).toString() + QLatin1Char('\n');

    // warningCount includes the warnings the importer counted but did not keep.
    const qint64 more = std::max<qint64>(result.warningCount, result.warnings.size()) - listed;
    if (more > 0)
        text += tr("... and %1 more warnings; --json lists up to %2 of them.\n")
                    .arg(more)
                    .arg(result.warnings.size());
    return text;
}

QJsonObject ImportReport::json(const QString &workspacePath, const ImportResult &result)
{
    QJsonObject tables;
    for (const QString &table : reportedTables(result))
        tables.insert(table, countsJson(result.perTable.value(table)));

    QJsonArray files;
    for (const ImportFileReport &file : result.files)
        files.append(fileJson(file));

    QJsonArray warnings;
    for (const ImportWarning &warning : result.warnings)
        warnings.append(warningJson(warning));

    return {
        {QStringLiteral("workspace"), workspacePath},
        {QStringLiteral("status"), statusName(result.status)},
        {QStringLiteral("error"), textOrNull(result.error)},
        {QStringLiteral("elapsed_ms"), result.elapsedMs},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("total"), countsJson(result.total)},
        {QStringLiteral("files"), files},
        {QStringLiteral("warning_count"),
         std::max<qint64>(result.warningCount, result.warnings.size())},
        {QStringLiteral("warnings"), warnings},
    };
}

} // namespace Flowscope::Cli
