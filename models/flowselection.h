#pragma once

#include "flowanalytics.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Flowscope {

// The user's pick on the flow map or in the variants table.
struct FlowMapSelection
{
    enum class Kind {
        Node,     // contacts whose path passes through `node`
        Edge,     // contacts whose path takes the transition `from` → `to`
        Variants, // contacts whose whole path is one of `variants`
    };

    Kind kind = Kind::Node;
    Activity node;
    Activity from;
    Activity to;
    // Paths without the start and end nodes, as Variant::steps stores them.
    QList<QList<Activity>> variants;
    // When not empty, only contacts whose whole path is one of these count,
    // as when the user picked variants and then a node of their map.
    QList<QList<Activity>> scope;

    static FlowMapSelection ofNode(const Activity &activity);
    static FlowMapSelection ofEdge(const Activity &from, const Activity &to);
    static FlowMapSelection ofVariants(const QList<QList<Activity>> &paths);

    bool operator==(const FlowMapSelection &other) const = default;
};

// One contact that a selection matches.
struct SelectedContact
{
    QString instanceId;
    QString contactId;
    std::optional<qint64> firstStartMs; // the earliest start_timestamp of its filtered events
    qint64 events = 0;                  // its filtered events
    // How often its path passes through the node or takes the transition; 1
    // for a variant.
    qint64 passes = 0;
};

struct FlowSelectionResult
{
    // By first start (a contact without one first), then instance, then
    // contact id.
    QList<SelectedContact> contacts;
    qint64 rowsRead = 0;
    bool cancelled = false;
    QString error; // what failed; empty on success

    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Lists the contacts that a selection matches among the rows the filter
// selects. Paths are built exactly as computeFlowMap builds them, so a node's
// contact count equals the size of its result. Runs on the calling thread
// with the workspace's connection; `progress` works as for computeFlowMap.
FlowSelectionResult selectFlowMapContacts(Workspace &workspace, const Filter &filter,
                                          const FlowMapSelection &selection,
                                          const AnalyticsProgressCallback &progress = {});

// The flow map of the contacts that a selection matches among the rows the
// filter selects, such as the map of some variants. Unlike a filter on their
// contact ids, the same contact id in another instance stays out.
FlowMap computeSelectionFlowMap(Workspace &workspace, const Filter &filter,
                                const FlowMapSelection &selection,
                                const AnalyticsProgressCallback &progress = {});

// The distinct contact ids of `contacts` in their order, for Filter::contacts.
QStringList contactIdsOf(const QList<SelectedContact> &contacts);

// The contacts of a selection as a table: contact id, instance, first event
// (in the display time zone), events and passes.
class SelectedContactsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ContactIdColumn, InstanceColumn, FirstEventColumn, EventsColumn, PassesColumn };
    static constexpr int ColumnCount = 5;

    using QAbstractTableModel::QAbstractTableModel;

    void setContacts(const QList<SelectedContact> &contacts);
    const QList<SelectedContact> &contacts() const { return m_contacts; }
    void setDisplayTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SelectedContact> m_contacts;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace Flowscope
