#pragma once

#include "flowmapgraph.h"
#include "flowmaplayout.h"
#include "renderable.h"

#include <QFont>
#include <QGraphicsScene>
#include <QHash>

namespace Flowscope {

// Everything the flow map scene draws: the simplified map, where Graphviz
// placed it, the overlay and the display names.
struct FlowMapDrawing
{
    SimplifiedFlowMap graph;
    FlowMapLayoutResult layout;
    FlowMapOverlay overlay = FlowMapOverlay::Contacts;
    QHash<QString, FlowName> names;
};

// The flow map as graphics items: nodes (start and end as ellipses, flows as
// rounded boxes, modules with a dashed border, queues as orange hexagons),
// edges as splines with arrowheads and value labels, and a legend. The same
// items draw on screen and in exports, through Renderable.
class FlowMapScene : public QGraphicsScene, public Renderable
{
    Q_OBJECT

public:
    // Item data keys: every node and edge item carries its kind, its key
    // (activityKey for nodes, "from>to" for edges) and its tooltip as plain text.
    enum ItemData { ItemKindData = 0, ItemKeyData = 1, PlainToolTipData = 2 };
    enum ItemKind { NodeItemKind = 1, EdgeItemKind = 2, LegendItemKind = 3 };

    explicit FlowMapScene(QObject *parent = nullptr);
    ~FlowMapScene() override;

    // The sizes Graphviz must reserve for the nodes and edge labels of `graph`,
    // measured with the scene's fonts.
    FlowMapLayoutInput layoutInput(const SimplifiedFlowMap &graph, FlowMapOverlay overlay,
                                   const QHash<QString, FlowName> &names) const;

    // Replaces the items with a drawing of `drawing`.
    void setDrawing(const FlowMapDrawing &drawing);
    const FlowMapDrawing &drawing() const { return m_drawing; }
    void clearDrawing();

    // Dims everything but the node `key`, its edges and their other ends; an
    // empty key clears the highlight.
    void highlightNode(const QString &key);
    QString highlightedNode() const { return m_highlighted; }

    // The node or edge the user selected, if any.
    std::optional<Activity> selectedNode() const;
    std::optional<std::pair<Activity, Activity>> selectedEdge() const;

    // Tooltip texts, plain; the items show them escaped.
    QString nodeToolTip(const FlowMapNode &node) const;
    QString edgeToolTip(const FlowMapEdge &edge) const;

    QString renderTitle() const override;
    QSizeF naturalSize() const override;
    void render(QPainter *painter, const QRectF &target) const override;

    // The centre of the start node, where a map too big for the window is shown from.
    QPointF startPoint() const;

    QFont labelFont() const { return m_labelFont; }
    QFont edgeFont() const { return m_edgeFont; }

Q_SIGNALS:
    // The selected node or edge changed, or nothing is selected any more.
    void mapSelectionChanged();

private:
    void addLegend(const QRectF &graphBounds);
    QString nodeLabel(const FlowMapNode &node) const;

    FlowMapDrawing m_drawing;
    QString m_highlighted;
    QFont m_labelFont;
    QFont m_edgeFont;
    double m_maxNodeValue = 0;
    double m_maxEdgeValue = 0;
};

} // namespace Flowscope
