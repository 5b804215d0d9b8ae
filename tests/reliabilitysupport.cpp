#include "reliabilitysupport.h"

#include "workspace.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace Flowscope::Test {

namespace {

const char FlowEventsHeader[] =
    "\"instance_id\",\"event_id\",\"aws_account_id\",\"instance_arn\",\"contact_id\","
    "\"flow_resource_id\",\"module_resource_id\",\"resource_version\",\"resource_type\","
    "\"channel\",\"start_timestamp\",\"end_timestamp\",\"next_flow_resource_id\","
    "\"next_queue_resource_id\",\"next_resource_type\",\"flow_language_version\","
    "\"flow_outcome\",\"sub_type\",\"flow_type\",\"initiation_method\","
    "\"resource_published_timestamp\",\"data_lake_last_processed_timestamp\"\n";

QByteArray quoted(const QString &value)
{
    return '"' + value.toUtf8() + '"';
}

// A time `seconds` after 2026-11-01 00:00:00 UTC in Athena's text form; the
// day wraps after 28 days, which the generated rows never reach.
QString athenaTime(qint64 seconds)
{
    const qint64 day = seconds / 86400;
    const qint64 hour = seconds / 3600 % 24;
    const qint64 minute = seconds / 60 % 60;
    const qint64 second = seconds % 60;
    return QStringLiteral("2026-11-%1 %2:%3:%4.000")
        .arg(1 + day % 28, 2, 10, QLatin1Char('0'))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'))
        .arg(second, 2, 10, QLatin1Char('0'));
}

// Hashes a value with a tag and its length, so that NULL and "" hash
// differently and no two value sequences run together.
void addValue(QCryptographicHash &hash, const QVariant &value)
{
    if (value.isNull()) {
        hash.addData(QByteArrayView("N", 1));
        return;
    }
    const QByteArray text = value.toString().toUtf8();
    hash.addData(QByteArrayView("V", 1));
    hash.addData(QByteArray::number(text.size()));
    hash.addData(QByteArrayView(":", 1));
    hash.addData(text);
}

} // namespace

QByteArray flowEventsCsv(qint64 firstRow, qint64 rowCount, const QString &lastProcessed)
{
    static const QString Instance = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
    static const QString InstanceArn =
        QStringLiteral("arn:aws:connect:eu-west-2:012345678901:instance/") + Instance;

    QByteArray csv = FlowEventsHeader;
    csv.reserve(csv.size() + rowCount * 480);
    for (qint64 row = firstRow; row < firstRow + rowCount; ++row) {
        const QString eventId = QStringLiteral("e%1-0000-4000-8000-000000000000")
                                    .arg(row, 7, 16, QLatin1Char('0'));
        const QString contactId = QStringLiteral("c%1-0000-4000-8000-000000000000")
                                      .arg(row / 4, 7, 16, QLatin1Char('0'));
        const QString flowId = QStringLiteral("f%1-0000-4000-8000-000000000000")
                                   .arg(row % 12, 7, 16, QLatin1Char('0'));
        const qint64 start = row * 7;

        const QList<QByteArray> fields = {
            quoted(Instance),
            quoted(eventId),
            quoted(QStringLiteral("012345678901")),
            quoted(InstanceArn),
            quoted(contactId),
            quoted(flowId),
            QByteArray(), // module_resource_id: NULL
            quoted(QStringLiteral("1")),
            quoted(QStringLiteral("flow")),
            quoted(row % 3 == 0 ? QStringLiteral("CHAT") : QStringLiteral("VOICE")),
            quoted(athenaTime(start)),
            quoted(athenaTime(start + 5)),
            QByteArray(),
            QByteArray(),
            quoted(QStringLiteral("flow")),
            quoted(QStringLiteral("2019-10-30")),
            quoted(row % 5 == 0 ? QString() : QStringLiteral("TransferredToFlow")),
            quoted(QStringLiteral("connect:Telephony")),
            quoted(QStringLiteral("CONTACT_FLOW")),
            quoted(QStringLiteral("INBOUND")),
            quoted(QStringLiteral("2026-10-01 09:00:00.000")),
            quoted(lastProcessed),
        };
        csv += fields.join(',');
        csv += '\n';
    }
    return csv;
}

WorkspaceState readWorkspaceState(const QString &path)
{
    WorkspaceState state;
    Workspace workspace;
    if (!workspace.open(path, Workspace::OpenMode::ExistingOnly, &state.openError))
        return state;

    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
        state.integrityCheck = query.value(0).toString();
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM contact_flow_events")) && query.next())
        state.flowEventRows = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM import_log")) && query.next())
        state.importLogRows = query.value(0).toLongLong();

    QStringList tables;
    query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' AND name <> 'import_log' ORDER BY name"));
    while (query.next())
        tables.append(query.value(0).toString());

    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
        hash.addData(table.toUtf8());
        query.exec(QStringLiteral("SELECT * FROM \"%1\" LIMIT 0").arg(table));
        const int columnCount = query.record().count();
        QStringList order;
        for (int column = 1; column <= columnCount; ++column) {
            order.append(QString::number(column));
            hash.addData(query.record().fieldName(column - 1).toUtf8());
        }

        query.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order.join(',')));
        while (query.next()) {
            for (int column = 0; column < columnCount; ++column)
                addValue(hash, query.value(column));
        }
    }
    state.checksum = hash.result().toHex();
    return state;
}

} // namespace Flowscope::Test
