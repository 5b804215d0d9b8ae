#include "flowmaplayout.h"

#include "flowmapgraph.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace Flowscope {

namespace {

// Graphviz's context and layout engine are not thread-safe.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

constexpr double PointsPerInch = 72.0;

// Sets an attribute, declaring it with an empty default first, as cgraph requires.
void setAttribute(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()),
              const_cast<char *>(""));
}

QByteArray inches(double points)
{
    return QByteArray::number(points / PointsPerInch, 'f', 4);
}

// An empty HTML-like table of a fixed size, so that Graphviz reserves exactly
// the space the label takes when it is drawn, whatever fonts Graphviz finds.
QByteArray fixedLabel(const QSizeF &size)
{
    return QByteArrayLiteral("<TABLE BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\" "
                             "FIXEDSIZE=\"TRUE\" WIDTH=\"") +
           QByteArray::number(qRound(size.width())) + QByteArrayLiteral("\" HEIGHT=\"") +
           QByteArray::number(qRound(size.height())) +
           QByteArrayLiteral("\"><TR><TD></TD></TR></TABLE>");
}

void configureGraph(Agraph_t *graph, qsizetype edgeCount)
{
    setAttribute(graph, "rankdir", "TB");
    setAttribute(graph, "nodesep", "0.35");
    setAttribute(graph, "ranksep", "0.55");
    setAttribute(graph, "splines", "spline");
    // Fewer crossing-minimization passes: the default spends seconds on a
    // few hundred nodes for little visible gain, and minutes on a thousand
    // edges, whose long edges become chains of virtual nodes.
    const bool big = edgeCount > 150;
    setAttribute(graph, "mclimit", big ? "0.05" : "0.3");
    setAttribute(graph, "remincross", "false");
    setAttribute(graph, "nslimit", "4");
    setAttribute(graph, "nslimit1", "4");
}

FlowMapLayoutResult readLayout(Agraph_t *graph, const QList<Agnode_t *> &nodes,
                               const QList<Agedge_t *> &edges, const FlowMapLayoutInput &input)
{
    FlowMapLayoutResult result;
    const boxf box = GD_bb(graph);
    const auto toQt = [&box](const pointf &point) {
        return QPointF(point.x - box.LL.x, box.UR.y - point.y);
    };

    for (qsizetype i = 0; i < nodes.size(); ++i) {
        Agnode_t *node = nodes.at(i);
        const double width = ND_width(node) * PointsPerInch;
        const double height = ND_height(node) * PointsPerInch;
        const QPointF center = toQt(ND_coord(node));
        result.nodes.append(
            {input.nodes.at(i).key,
             QRectF(center.x() - width / 2, center.y() - height / 2, width, height)});
    }

    for (qsizetype i = 0; i < edges.size(); ++i) {
        Agedge_t *edge = edges.at(i);
        FlowMapLayoutResult::Edge laidOut;
        laidOut.from = input.edges.at(i).from;
        laidOut.to = input.edges.at(i).to;
        const splines *spline = ED_spl(edge);
        if (spline && spline->size > 0) {
            const bezier &curve = spline->list[0];
            for (int point = 0; point < curve.size; ++point)
                laidOut.spline.append(toQt(curve.list[point]));
            if (curve.eflag)
                laidOut.arrowTip = toQt(curve.ep);
        }
        const textlabel_t *label = ED_label(edge);
        if (label && label->set)
            laidOut.labelCenter = toQt(label->pos);
        result.edges.append(laidOut);
    }

    result.bounds = QRectF(0, 0, box.UR.x - box.LL.x, box.UR.y - box.LL.y);
    return result;
}

} // namespace

bool FlowMapLayoutInput::operator==(const FlowMapLayoutInput &other) const
{
    if (nodes.size() != other.nodes.size() || edges.size() != other.edges.size())
        return false;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).key != other.nodes.at(i).key || nodes.at(i).size != other.nodes.at(i).size)
            return false;
    }
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const Edge &first = edges.at(i);
        const Edge &second = other.edges.at(i);
        if (first.from != second.from || first.to != second.to ||
            first.labelSize != second.labelSize) {
            return false;
        }
    }
    return true;
}

FlowMapLayoutResult FlowMapLayout::run(const FlowMapLayoutInput &input)
{
    const QMutexLocker locker(&graphvizMutex());
    QElapsedTimer timer;
    timer.start();

    GVC_t *context = gvContext();
    Agraph_t *graph = agopen(const_cast<char *>("flowmap"), Agdirected, nullptr);
    configureGraph(graph, input.edges.size());

    // Nodes are named by their position so that no id reaches Graphviz's parser.
    QHash<QString, Agnode_t *> byKey;
    QList<Agnode_t *> nodes;
    for (qsizetype i = 0; i < input.nodes.size(); ++i) {
        const FlowMapLayoutInput::Node &spec = input.nodes.at(i);
        Agnode_t *node = agnode(graph, QByteArray("n" + QByteArray::number(i)).data(), 1);
        setAttribute(node, "shape", "box");
        setAttribute(node, "fixedsize", "true");
        setAttribute(node, "label", "");
        setAttribute(node, "width", inches(spec.size.width()));
        setAttribute(node, "height", inches(spec.size.height()));
        byKey.insert(spec.key, node);
        nodes.append(node);
    }

    QList<Agedge_t *> edges;
    FlowMapLayoutResult result;
    for (const FlowMapLayoutInput::Edge &spec : input.edges) {
        Agnode_t *from = byKey.value(spec.from);
        Agnode_t *to = byKey.value(spec.to);
        if (!from || !to) {
            result.error = QCoreApplication::translate("Flowscope::FlowMapLayout",
                                                       "The flow map edge %1 → %2 names a node "
                                                       "that is not on the map.")
                               .arg(spec.from, spec.to);
            break;
        }
        Agedge_t *edge = agedge(graph, from, to, nullptr, 1);
        if (!spec.labelSize.isEmpty()) {
            char *html = agstrdup_html(graph, fixedLabel(spec.labelSize).data());
            agsafeset(edge, const_cast<char *>("label"), html, const_cast<char *>(""));
            agstrfree(graph, html);
        }
        edges.append(edge);
    }

    if (result.ok()) {
        if (gvLayout(context, graph, "dot") != 0) {
            result.error = QCoreApplication::translate(
                "Flowscope::FlowMapLayout",
                "Graphviz could not lay out the flow map. Check that the Graphviz dot "
                "layout plugin is installed (libgvplugin_dot_layout).");
        } else {
            result = readLayout(graph, nodes, edges, input);
            gvFreeLayout(context, graph);
        }
    }

    agclose(graph);
    gvFreeContext(context);
    result.elapsedMs = timer.elapsed();
    if (!result.ok())
        qCWarning(lcFlowMap) << "Flow map layout failed:" << result.error;
    return result;
}

} // namespace Flowscope
