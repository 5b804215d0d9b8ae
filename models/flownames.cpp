#include "flownames.h"

#include "inputsource.h"
#include "logging.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Flowscope {

namespace {

// Gives lupdate and the translation lookup the same context.
struct FlowNamesText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::FlowNames)
};

struct ParsedFile
{
    QList<FlowName> names;
    QList<ImportWarning> warnings;
    QString error; // the file cannot be used at all
};

ImportWarning skippedEntry(ImportWarningKind kind, const QString &path, qint64 line,
                           const QString &value, const QString &message)
{
    ImportWarning warning;
    warning.kind = kind;
    warning.severity = ImportWarningSeverity::RowRejected;
    warning.file = path;
    warning.line = line;
    warning.value = abbreviatedValue(value);
    warning.message = message;
    return warning;
}

// Adds one entry, or a warning when its id or name is missing.
void addEntry(ParsedFile &parsed, const QString &path, qint64 line, const QString &id,
              const QString &name, const QString &kind, const QString &where)
{
    if (id.trimmed().isEmpty()) {
        parsed.warnings.append(skippedEntry(
            ImportWarningKind::MissingKeyValue, path, line, name,
            FlowNamesText::tr(
                "%1: the entry has no id, so its name cannot be matched to a flow; it was "
                "skipped.")
                .arg(where)));
        return;
    }
    if (name.trimmed().isEmpty()) {
        parsed.warnings.append(skippedEntry(
            ImportWarningKind::MissingColumn, path, line, id,
            FlowNamesText::tr(
                "%1: the entry for %2 has no name; it was skipped and the id is shown instead.")
                .arg(where, id)));
        return;
    }
    parsed.names.append({id.trimmed(), name, kind});
}

// The id from an ARN such as arn:aws:connect:...:instance/X/contact-flow/ID.
QString idFromArn(const QString &arn)
{
    const qsizetype slash = arn.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : arn.mid(slash + 1);
}

void parseJsonEntries(ParsedFile &parsed, const QString &path, const QJsonArray &entries,
                      const QString &kind)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = FlowNamesText::tr("Entry %1").arg(i + 1);
        const QJsonObject entry = entries.at(i).toObject();
        QString id = entry.value(QStringLiteral("Id")).toString();
        if (id.isEmpty())
            id = idFromArn(entry.value(QStringLiteral("Arn")).toString());
        addEntry(parsed, path, 0, id, entry.value(QStringLiteral("Name")).toString(), kind, where);
    }
}

ParsedFile parseJson(const QString &path, const QByteArray &bytes)
{
    ParsedFile parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        parsed.error = FlowNamesText::tr(
                           "%1 is not valid JSON (%2 at byte %3). Save the output of aws connect "
                           "list-contact-flows unchanged, or use a CSV of id and name.")
                           .arg(path, error.errorString())
                           .arg(error.offset);
        return parsed;
    }

    const QJsonObject root = document.object();
    const QJsonValue flows = root.value(QStringLiteral("ContactFlowSummaryList"));
    const QJsonValue modules = root.value(QStringLiteral("ContactFlowModulesSummaryList"));
    if (document.isArray()) {
        parseJsonEntries(parsed, path, document.array(), QString());
    } else if (flows.isArray() || modules.isArray()) {
        parseJsonEntries(parsed, path, flows.toArray(), QStringLiteral("flow"));
        parseJsonEntries(parsed, path, modules.toArray(), QStringLiteral("module"));
    } else {
        parsed.error = FlowNamesText::tr(
                           "%1 holds no ContactFlowSummaryList or ContactFlowModulesSummaryList. "
                           "Use the output of aws connect list-contact-flows or "
                           "list-contact-flow-modules, or a CSV of id and name.")
                           .arg(path);
    }
    return parsed;
}

QString fieldText(const Field &field)
{
    return field.isNull() ? QString() : QString::fromUtf8(field.text);
}

ParsedFile parseCsv(const QString &path)
{
    ParsedFile parsed;
    InputOptions options;
    options.format = InputFormat::Csv;
    const InputDetection detection = detectInput(path, options);
    if (detection.error) {
        parsed.error = detection.error->toString();
        return parsed;
    }
    ImportWarning openError;
    const std::unique_ptr<RecordReader> reader = openRecordReader(detection, options, &openError);
    if (!reader) {
        parsed.error = openError.toString();
        return parsed;
    }

    // The reader takes the first row as a header; without one it is the first entry.
    const QStringList first = reader->columns();
    const QString firstField = first.value(0).trimmed().toLower();
    if (!first.isEmpty() && firstField != QLatin1String("id") &&
        firstField != QLatin1String("resource_id")) {
        addEntry(parsed, path, detection.headerLine, first.value(0), first.value(1), QString(),
                 FlowNamesText::tr("Line %1").arg(detection.headerLine));
    }

    Record record;
    for (;;) {
        const RecordReader::Result result = reader->next(record);
        if (result == RecordReader::Result::End)
            break;
        if (result == RecordReader::Result::Failed) {
            parsed.error = reader->lastProblem().toString();
            return parsed;
        }
        if (result == RecordReader::Result::BadRecord) {
            parsed.warnings.append(reader->lastProblem());
            continue;
        }
        const QString id = record.fields.isEmpty() ? QString() : fieldText(record.fields.at(0));
        const QString name = record.fields.size() < 2 ? QString() : fieldText(record.fields.at(1));
        addEntry(parsed, path, record.line, id, name, QString(),
                 FlowNamesText::tr("Line %1").arg(record.line));
    }
    parsed.warnings.append(reader->takeWarnings());
    return parsed;
}

ParsedFile parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ParsedFile parsed;
        parsed.error =
            FlowNamesText::tr("Cannot read the name mapping %1: %2. Check the path and its "
                              "permissions.")
                .arg(path, file.errorString());
        return parsed;
    }

    // JSON starts with a brace or bracket, after an optional byte order mark.
    const QByteArray start = file.peek(64).trimmed();
    const bool json =
        start.startsWith('{') || start.startsWith('[') || start.startsWith("\xEF\xBB\xBF{");
    if (json)
        return parseJson(path, file.readAll());
    file.close();
    return parseCsv(path);
}

} // namespace

FlowNameImportResult importFlowNames(Workspace &workspace, const QStringList &paths)
{
    FlowNameImportResult result;
    QList<FlowName> names;
    for (const QString &path : paths) {
        ParsedFile parsed = parseFile(path);
        if (!parsed.error.isEmpty()) {
            result.error = parsed.error;
            return result;
        }
        names.append(parsed.names);
        result.warnings.append(parsed.warnings);
    }

    QSqlDatabase database = workspace.database();
    if (!database.transaction()) {
        result.error = FlowNamesText::tr("Cannot store flow names in %1: %2")
                           .arg(workspace.path(), database.lastError().text());
        return result;
    }
    QSqlQuery insert(database);
    insert.prepare(
        QStringLiteral("INSERT INTO flow_names (resource_id, name, kind) VALUES (?, ?, ?) "
                       "ON CONFLICT (resource_id) DO UPDATE SET name = excluded.name, "
                       "kind = COALESCE(excluded.kind, flow_names.kind)"));
    for (const FlowName &name : std::as_const(names)) {
        insert.addBindValue(name.resourceId);
        insert.addBindValue(name.name);
        insert.addBindValue(name.kind.isEmpty() ? QVariant() : QVariant(name.kind));
        if (!insert.exec()) {
            result.error = FlowNamesText::tr("Cannot store the name of %1 in %2: %3")
                               .arg(name.resourceId, workspace.path(), insert.lastError().text());
            database.rollback();
            return result;
        }
    }
    if (!database.commit()) {
        result.error = FlowNamesText::tr("Cannot store flow names in %1: %2")
                           .arg(workspace.path(), database.lastError().text());
        database.rollback();
        return result;
    }

    qCInfo(lcImport) << "stored" << names.size() << "flow names in" << workspace.path();
    result.ok = true;
    result.stored = names.size();
    return result;
}

QHash<QString, FlowName> loadFlowNames(Workspace &workspace)
{
    QHash<QString, FlowName> names;
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT resource_id, name, kind FROM flow_names"))) {
        qCWarning(lcWorkspace) << "cannot read flow_names:" << query.lastError().text();
        return names;
    }
    while (query.next()) {
        const FlowName name{query.value(0).toString(), query.value(1).toString(),
                            query.value(2).isNull() ? QString() : query.value(2).toString()};
        names.insert(name.resourceId, name);
    }
    return names;
}

} // namespace Flowscope
