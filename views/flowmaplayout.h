#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace Flowscope {

// The input the flow map gives Graphviz to place: nodes of a given size and edges
// with a label of a given size. Sizes are in scene units, which Graphviz
// takes as points.
struct FlowMapLayoutInput
{
    struct Node
    {
        QString key;
        QSizeF size;
    };
    struct Edge
    {
        QString from; // a Node key
        QString to;
        QSizeF labelSize; // empty for no label
    };

    QList<Node> nodes;
    QList<Edge> edges;

    bool operator==(const FlowMapLayoutInput &other) const;
};

// Graphviz's placement converted to Qt's coordinates (y grows downwards),
// with the whole drawing's top left at (0, 0).
struct FlowMapLayoutResult
{
    struct Node
    {
        QString key;
        QRectF rect;
    };
    struct Edge
    {
        QString from;
        QString to;
        // The cubic Bézier spline: a start point followed by three points per
        // segment (two control points and an end point).
        QList<QPointF> spline;
        // The tip of the arrowhead, beyond the spline's last point; none
        // when Graphviz drew no arrowhead.
        std::optional<QPointF> arrowTip;
        std::optional<QPointF> labelCenter;
    };

    QList<Node> nodes;
    QList<Edge> edges;
    QRectF bounds;
    qint64 elapsedMs = 0; // time spent in Graphviz
    QString error;        // what failed; empty on success

    bool ok() const { return error.isEmpty(); }
};

// Lays out a directed graph top to bottom with Graphviz's `dot` (libgvc and
// libcgraph). Graphviz keeps global state, so layouts are serialized by a
// mutex: call this from one worker thread at a time or wait. It may take a
// second or more for a few hundred nodes, so never call it on the GUI thread
// for a big graph.
class FlowMapLayout
{
public:
    static FlowMapLayoutResult run(const FlowMapLayoutInput &input);
};

} // namespace Flowscope
