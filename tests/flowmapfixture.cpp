#include "flowmapfixture.h"

#include "workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Flowscope::Test {

namespace {

struct FixtureContact
{
    QString instance;
    QString contact;
    QStringList flows;
    QString queueAfterFirst; // next_queue_resource_id of the first event, or empty
};

} // namespace

QString createFlowMapFixture(const QString &path)
{
    Workspace workspace;
    QString error;
    if (!workspace.open(path, Workspace::OpenMode::CreateIfMissing, &error))
        return error;

    const QString instance1 = QStringLiteral("instance-1");
    const QString instance2 = QStringLiteral("instance-2");
    const QList<FixtureContact> contacts = {
        {instance1,
         QStringLiteral("c-1"),
         {QStringLiteral("flow-a"), QStringLiteral("flow-queue")},
         QStringLiteral("q-1")},
        {instance1,
         QStringLiteral("c-2"),
         {QStringLiteral("flow-a"), QStringLiteral("flow-b")},
         {}},
        {instance1,
         QStringLiteral("c-3"),
         {QStringLiteral("flow-a"), QStringLiteral("flow-a"), QStringLiteral("flow-b")},
         {}},
        {instance1, QStringLiteral("c-4"), {QStringLiteral("flow-b")}, {}},
        {instance2, QStringLiteral("c-1"), {QStringLiteral("flow-b")}, {}},
    };

    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "INSERT INTO contact_flow_events (event_id, instance_id, contact_id, flow_resource_id, "
        "resource_type, start_timestamp, end_timestamp, next_resource_type, "
        "next_queue_resource_id, channel, flow_type) "
        "VALUES (?, ?, ?, ?, 'flow', ?, ?, ?, ?, 'VOICE', 'CONTACT_FLOW')"));
    for (qsizetype c = 0; c < contacts.size(); ++c) {
        const FixtureContact &contact = contacts.at(c);
        for (qsizetype step = 0; step < contact.flows.size(); ++step) {
            const qint64 start = FlowMapFixtureStartMs + c * 10000 + step * 2000;
            const bool toQueue = step == 0 && !contact.queueAfterFirst.isEmpty();
            query.addBindValue(QStringLiteral("ev-%1-%2").arg(c).arg(step));
            query.addBindValue(contact.instance);
            query.addBindValue(contact.contact);
            query.addBindValue(contact.flows.at(step));
            query.addBindValue(start);
            query.addBindValue(start + 1000);
            query.addBindValue(toQueue ? QVariant(QStringLiteral("queue")) : QVariant());
            query.addBindValue(toQueue ? QVariant(contact.queueAfterFirst) : QVariant());
            if (!query.exec())
                return query.lastError().text();
        }
    }

    QSqlQuery name(workspace.database());
    if (!name.exec(QStringLiteral("INSERT INTO flow_names (resource_id, name, kind) "
                                  "VALUES ('flow-a', 'Main <menu>', 'flow')"))) {
        return name.lastError().text();
    }
    return {};
}

} // namespace Flowscope::Test
