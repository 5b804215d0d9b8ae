#include "flowselection.h"

#include "flowpathscan.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Flowscope {

namespace {

using FlowPaths::ActivityTable;
using FlowPaths::PathItem;

// The selection with its activities interned; an index of -1 names an
// activity that no scanned row has, which matches no contact.
struct InternedSelection
{
    FlowMapSelection::Kind kind = FlowMapSelection::Kind::Node;
    int node = -1;
    int from = -1;
    int to = -1;
    QSet<QList<int>> variants;
    QSet<QList<int>> scope;
    bool scoped = false;
};

QSet<QList<int>> internPaths(const QList<QList<Activity>> &paths, const ActivityTable &activities)
{
    QSet<QList<int>> interned;
    for (const QList<Activity> &steps : paths) {
        QList<int> indexes;
        bool known = true;
        for (const Activity &step : steps) {
            indexes.append(activities.find(step));
            known = known && indexes.constLast() >= 0;
        }
        if (known)
            interned.insert(indexes);
    }
    return interned;
}

InternedSelection intern(const FlowMapSelection &selection, const ActivityTable &activities)
{
    InternedSelection interned;
    interned.kind = selection.kind;
    interned.node = activities.find(selection.node);
    interned.from = activities.find(selection.from);
    interned.to = activities.find(selection.to);
    interned.variants = internPaths(selection.variants, activities);
    interned.scope = internPaths(selection.scope, activities);
    interned.scoped = !selection.scope.isEmpty();
    return interned;
}

// The activity sequence of a path with the start and end nodes around it.
std::vector<int> sequenceOf(const std::vector<PathItem> &path)
{
    std::vector<int> sequence;
    sequence.reserve(path.size() + 2);
    sequence.push_back(FlowPaths::StartIndex);
    for (const PathItem &item : path)
        sequence.push_back(item.activity);
    sequence.push_back(FlowPaths::EndIndex);
    return sequence;
}

QList<int> stepsOf(const std::vector<PathItem> &path)
{
    QList<int> steps;
    steps.reserve(qsizetype(path.size()));
    for (const PathItem &item : path)
        steps.append(item.activity);
    return steps;
}

qint64 countPasses(const InternedSelection &selection, const std::vector<PathItem> &path)
{
    if (selection.scoped && !selection.scope.contains(stepsOf(path)))
        return 0;

    switch (selection.kind) {
    case FlowMapSelection::Kind::Node: {
        if (selection.node < 0)
            return 0;
        const std::vector<int> sequence = sequenceOf(path);
        return qint64(std::count(sequence.cbegin(), sequence.cend(), selection.node));
    }
    case FlowMapSelection::Kind::Edge: {
        if (selection.from < 0 || selection.to < 0)
            return 0;
        const std::vector<int> sequence = sequenceOf(path);
        qint64 passes = 0;
        for (size_t i = 0; i + 1 < sequence.size(); ++i) {
            if (sequence[i] == selection.from && sequence[i + 1] == selection.to)
                ++passes;
        }
        return passes;
    }
    case FlowMapSelection::Kind::Variants:
        return selection.variants.contains(stepsOf(path)) ? 1 : 0;
    }
    return 0;
}

bool contactLess(const SelectedContact &first, const SelectedContact &second)
{
    if (first.firstStartMs != second.firstStartMs)
        return first.firstStartMs < second.firstStartMs; // std::nullopt sorts first
    if (first.instanceId != second.instanceId)
        return first.instanceId < second.instanceId;
    return first.contactId < second.contactId;
}

} // namespace

FlowMapSelection FlowMapSelection::ofNode(const Activity &activity)
{
    FlowMapSelection selection;
    selection.kind = Kind::Node;
    selection.node = activity;
    return selection;
}

FlowMapSelection FlowMapSelection::ofEdge(const Activity &from, const Activity &to)
{
    FlowMapSelection selection;
    selection.kind = Kind::Edge;
    selection.from = from;
    selection.to = to;
    return selection;
}

FlowMapSelection FlowMapSelection::ofVariants(const QList<QList<Activity>> &paths)
{
    FlowMapSelection selection;
    selection.kind = Kind::Variants;
    selection.variants = paths;
    return selection;
}

FlowSelectionResult selectFlowMapContacts(Workspace &workspace, const Filter &filter,
                                          const FlowMapSelection &selection,
                                          const AnalyticsProgressCallback &progress)
{
    FlowSelectionResult result;
    ActivityTable activities;
    std::optional<InternedSelection> interned;

    // Every activity is interned before the first visit, because the scan
    // reads all rows before it sorts them and visits the contacts.
    const FlowPaths::ScanOutcome scan = FlowPaths::scanContactPaths(
        workspace, filter, activities,
        [&](const QByteArray &instanceId, const QByteArray &contactId,
            const std::vector<PathItem> &path) {
            if (!interned)
                interned = intern(selection, activities);
            const qint64 passes = countPasses(*interned, path);
            if (passes == 0)
                return;

            SelectedContact contact;
            contact.instanceId = QString::fromUtf8(instanceId);
            contact.contactId = QString::fromUtf8(contactId);
            contact.passes = passes;
            for (const PathItem &item : path) {
                if (item.isQueue)
                    continue;
                ++contact.events;
                if (item.enterMs &&
                    (!contact.firstStartMs || *item.enterMs < *contact.firstStartMs))
                    contact.firstStartMs = item.enterMs;
            }
            result.contacts.append(contact);
        },
        progress);

    result.rowsRead = scan.rowsRead;
    result.cancelled = scan.cancelled;
    result.error = scan.error;
    if (!result.ok()) {
        result.contacts.clear();
        return result;
    }
    std::sort(result.contacts.begin(), result.contacts.end(), contactLess);
    return result;
}

FlowMap computeSelectionFlowMap(Workspace &workspace, const Filter &filter,
                                const FlowMapSelection &selection,
                                const AnalyticsProgressCallback &progress)
{
    std::optional<InternedSelection> interned;
    return FlowPaths::buildFlowMap(
        workspace, filter, {}, progress,
        [&](const std::vector<PathItem> &path, const ActivityTable &activities) {
            if (!interned)
                interned = intern(selection, activities);
            return countPasses(*interned, path) > 0;
        });
}

QStringList contactIdsOf(const QList<SelectedContact> &contacts)
{
    QStringList ids;
    QSet<QString> seen;
    for (const SelectedContact &contact : contacts) {
        if (seen.contains(contact.contactId))
            continue;
        seen.insert(contact.contactId);
        ids.append(contact.contactId);
    }
    return ids;
}

void SelectedContactsModel::setContacts(const QList<SelectedContact> &contacts)
{
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
}

void SelectedContactsModel::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_contacts.isEmpty())
        Q_EMIT dataChanged(index(0, FirstEventColumn), index(rowCount() - 1, FirstEventColumn));
}

int SelectedContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int SelectedContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SelectedContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const SelectedContact &contact = m_contacts.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= EventsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};

    switch (index.column()) {
    case ContactIdColumn:
        return contact.contactId;
    case InstanceColumn:
        return contact.instanceId;
    case FirstEventColumn:
        if (!contact.firstStartMs)
            return tr("no start time");
        return QDateTime::fromMSecsSinceEpoch(*contact.firstStartMs, m_zone)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case EventsColumn:
        return contact.events;
    case PassesColumn:
        return contact.passes;
    }
    return {};
}

QVariant SelectedContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case ContactIdColumn:
        return tr("Contact id");
    case InstanceColumn:
        return tr("Instance");
    case FirstEventColumn:
        return tr("First event");
    case EventsColumn:
        return tr("Events");
    case PassesColumn:
        return tr("Passes");
    }
    return {};
}

} // namespace Flowscope
