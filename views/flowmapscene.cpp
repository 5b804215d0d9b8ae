#include "flowmapscene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsSceneHoverEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Flowscope {

namespace {

constexpr double NodePaddingX = 12;
constexpr double NodePaddingY = 7;
constexpr double NodeMinimumWidth = 96;
constexpr double NodeMaximumTextWidth = 210;
// Up to this much height is added to a node by its weight.
constexpr double NodeWeightHeight = 12;
constexpr double EndpointWidth = 64;
constexpr double EndpointHeight = 34;
constexpr double EdgeMinimumWidth = 1.2;
constexpr double EdgeWeightWidth = 7;
constexpr double EdgeLabelPadding = 3;
constexpr double LegendGap = 48;
constexpr double DimmedOpacity = 0.18;
constexpr double SceneMargin = 24;

QString translated(const char *text)
{
    return QCoreApplication::translate("Flowscope::FlowMapScene", text);
}

QColor mix(const QColor &from, const QColor &to, double weight)
{
    const double w = std::clamp(weight, 0.0, 1.0);
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * w),
                            float(from.greenF() + (to.greenF() - from.greenF()) * w),
                            float(from.blueF() + (to.blueF() - from.blueF()) * w));
}

// The colour range of a node kind: light for small weights, dark for large.
std::pair<QColor, QColor> nodePalette(ActivityKind kind, bool performance)
{
    if (performance) {
        if (kind == ActivityKind::Queue)
            return {QColor(0xfd, 0xf1, 0xe3), QColor(0xc2, 0x5a, 0x0a)};
        return {QColor(0xfb, 0xea, 0xea), QColor(0xa8, 0x1d, 0x1d)};
    }
    switch (kind) {
    case ActivityKind::Queue:
        return {QColor(0xfd, 0xf1, 0xe3), QColor(0xd9, 0x73, 0x1a)};
    case ActivityKind::Module:
        return {QColor(0xef, 0xea, 0xf8), QColor(0x5e, 0x3f, 0x9e)};
    default:
        return {QColor(0xe8, 0xf0, 0xfb), QColor(0x1f, 0x4e, 0x8c)};
    }
}

std::pair<QColor, QColor> edgePalette(bool performance)
{
    if (performance)
        return {QColor(0xd9, 0xa7, 0xa7), QColor(0xa8, 0x1d, 0x1d)};
    return {QColor(0xa7, 0xb1, 0xbc), QColor(0x27, 0x3a, 0x4d)};
}

// Counts grow over orders of magnitude, so their weight is logarithmic;
// durations are compared linearly.
double weightOf(const std::optional<double> &value, double maximum, bool performance)
{
    if (!value || maximum <= 0)
        return 0;
    if (performance)
        return *value / maximum;
    return std::log1p(*value) / std::log1p(maximum);
}

// Rich text that shows `text` literally: a tooltip whose text looks like
// markup is rendered as HTML, so values from the workspace are escaped.
QString escapedToolTip(const QString &text)
{
    return QStringLiteral("<p style=\"white-space:pre\">") +
           text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
           QStringLiteral("</p>");
}

QString kindText(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Start:
        return translated("Start");
    case ActivityKind::Flow:
        return translated("Flow");
    case ActivityKind::Module:
        return translated("Module");
    case ActivityKind::Queue:
        return translated("Queue");
    case ActivityKind::End:
        return translated("End");
    }
    return {};
}

QString statsText(const DurationStats &stats)
{
    if (stats.count == 0)
        return translated("not measured");
    return translated("median %1, mean %2, max %3 (%L4 measured)")
        .arg(formatDuration(stats.medianMs), formatDuration(stats.meanMs),
             formatDuration(double(stats.maxMs)))
        .arg(stats.count);
}

QPainterPath hexagon(const QRectF &rect)
{
    const double inset = std::min(rect.height() / 2, rect.width() / 6);
    QPainterPath path;
    path.moveTo(rect.left(), rect.center().y());
    path.lineTo(rect.left() + inset, rect.top());
    path.lineTo(rect.right() - inset, rect.top());
    path.lineTo(rect.right(), rect.center().y());
    path.lineTo(rect.right() - inset, rect.bottom());
    path.lineTo(rect.left() + inset, rect.bottom());
    path.closeSubpath();
    return path;
}

QPainterPath nodeOutline(ActivityKind kind, const QRectF &rect)
{
    QPainterPath path;
    switch (kind) {
    case ActivityKind::Start:
    case ActivityKind::End:
        path.addEllipse(rect);
        break;
    case ActivityKind::Queue:
        path = hexagon(rect);
        break;
    case ActivityKind::Flow:
    case ActivityKind::Module:
        path.addRoundedRect(rect, 6, 6);
        break;
    }
    return path;
}

class NodeItem : public QGraphicsItem
{
public:
    NodeItem(FlowMapScene *scene, const FlowMapNode &node, const QRectF &rect, const QString &label,
             const QString &value, double weight, bool performance)
        : m_scene(scene), m_kind(node.activity.kind), m_rect(rect), m_label(label), m_value(value),
          m_weight(weight), m_performance(performance)
    {
        setAcceptHoverEvents(true);
        setFlag(ItemIsSelectable);
        setCursor(Qt::PointingHandCursor);
    }

    QRectF boundingRect() const override { return m_rect.adjusted(-3, -3, 3, 3); }
    QPainterPath shape() const override { return nodeOutline(m_kind, m_rect); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill;
        QColor text = Qt::black;
        QPen border(QColor(0x44, 0x4d, 0x56), 1.2);
        if (m_kind == ActivityKind::Start) {
            fill = QColor(0x2e, 0x9e, 0x5b);
            text = Qt::white;
            border.setColor(fill.darker(130));
        } else if (m_kind == ActivityKind::End) {
            fill = QColor(0x3a, 0x3f, 0x45);
            text = Qt::white;
            border.setColor(Qt::black);
        } else {
            const auto [light, dark] = nodePalette(m_kind, m_performance);
            fill = mix(light, dark, m_weight);
            text = m_weight > 0.55 ? Qt::white : QColor(0x1d, 0x23, 0x29);
            border.setColor(dark.darker(115));
        }
        if (m_kind == ActivityKind::Module)
            border.setStyle(Qt::DashLine);
        if (isSelected()) {
            border.setColor(QColor(0xff, 0xb3, 0x00));
            border.setWidthF(3.5);
            border.setStyle(Qt::SolidLine);
        }

        painter->setPen(border);
        painter->setBrush(fill);
        painter->drawPath(nodeOutline(m_kind, m_rect));

        painter->setPen(text);
        QFont font = m_scene->labelFont();
        if (m_kind == ActivityKind::Start || m_kind == ActivityKind::End) {
            font.setBold(true);
            painter->setFont(font);
            painter->drawText(m_rect, Qt::AlignCenter, m_label);
            return;
        }
        const QRectF inner =
            m_rect.adjusted(NodePaddingX, NodePaddingY, -NodePaddingX, -NodePaddingY);
        const double lineHeight = inner.height() / 2;
        font.setBold(true);
        painter->setFont(font);
        painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), lineHeight),
                          Qt::AlignCenter, m_label);
        font.setBold(false);
        painter->setFont(font);
        painter->drawText(QRectF(inner.left(), inner.top() + lineHeight, inner.width(), lineHeight),
                          Qt::AlignCenter, m_value);
    }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override
    {
        m_scene->highlightNode(data(FlowMapScene::ItemKeyData).toString());
        QGraphicsItem::hoverEnterEvent(event);
    }

    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override
    {
        m_scene->highlightNode({});
        QGraphicsItem::hoverLeaveEvent(event);
    }

private:
    FlowMapScene *m_scene;
    ActivityKind m_kind;
    QRectF m_rect;
    QString m_label;
    QString m_value;
    double m_weight;
    bool m_performance;
};

QPainterPath splinePath(const QList<QPointF> &points)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (qsizetype i = 1; i + 2 < points.size(); i += 3)
        path.cubicTo(points.at(i), points.at(i + 1), points.at(i + 2));
    return path;
}

class EdgeItem : public QGraphicsItem
{
public:
    EdgeItem(FlowMapScene *scene, const FlowMapLayoutResult::Edge &layout, const QString &label,
             double weight, bool performance)
        : m_scene(scene), m_path(splinePath(layout.spline)), m_arrowTip(layout.arrowTip),
          m_labelCenter(layout.labelCenter), m_label(label),
          m_width(EdgeMinimumWidth + EdgeWeightWidth * weight)
    {
        const auto [light, dark] = edgePalette(performance);
        m_colour = mix(light, dark, weight);
        if (!layout.spline.isEmpty())
            m_arrowBase = layout.spline.last();
        setAcceptHoverEvents(true);
        setFlag(ItemIsSelectable);
        setCursor(Qt::PointingHandCursor);
        setZValue(-1);

        QPainterPathStroker stroker;
        stroker.setWidth(std::max(8.0, m_width + 4));
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(arrowHead());
        if (m_labelCenter)
            m_shape.addRect(labelRect());
    }

    QRectF boundingRect() const override { return m_shape.boundingRect().adjusted(-4, -4, 4, 4); }
    QPainterPath shape() const override { return m_shape; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        const QColor colour = isSelected() ? QColor(0xff, 0xb3, 0x00) : m_colour;
        const double width = m_hovered ? m_width + 2 : m_width;
        painter->setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);

        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(arrowHead());

        if (!m_labelCenter)
            return;
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 225));
        painter->drawRoundedRect(labelRect(), 3, 3);
        painter->setPen(QColor(0x1d, 0x23, 0x29));
        painter->setFont(m_scene->edgeFont());
        painter->drawText(labelRect(), Qt::AlignCenter, m_label);
    }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override
    {
        m_hovered = true;
        update();
        QGraphicsItem::hoverEnterEvent(event);
    }

    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override
    {
        m_hovered = false;
        update();
        QGraphicsItem::hoverLeaveEvent(event);
    }

private:
    QRectF labelRect() const
    {
        const QSizeF size = QFontMetricsF(m_scene->edgeFont()).size(Qt::TextSingleLine, m_label);
        const QSizeF padded(size.width() + 2 * EdgeLabelPadding, size.height() + EdgeLabelPadding);
        return QRectF(*m_labelCenter - QPointF(padded.width() / 2, padded.height() / 2), padded);
    }

    QPolygonF arrowHead() const
    {
        if (!m_arrowTip)
            return {};
        const QPointF direction = *m_arrowTip - m_arrowBase;
        const double length = std::hypot(direction.x(), direction.y());
        if (length <= 0)
            return {};
        const QPointF unit = direction / length;
        const QPointF normal(-unit.y(), unit.x());
        const double halfWidth = std::max(4.0, m_width * 0.9);
        return QPolygonF(
            {*m_arrowTip, m_arrowBase + normal * halfWidth, m_arrowBase - normal * halfWidth});
    }

    FlowMapScene *m_scene;
    QPainterPath m_path;
    QPainterPath m_shape;
    std::optional<QPointF> m_arrowTip;
    QPointF m_arrowBase;
    std::optional<QPointF> m_labelCenter;
    QString m_label;
    double m_width;
    QColor m_colour;
    bool m_hovered = false;
};

QString edgeKey(const QString &from, const QString &to)
{
    return from + QLatin1Char('>') + to;
}

} // namespace

FlowMapScene::FlowMapScene(QObject *parent) : QGraphicsScene(parent)
{
    m_labelFont = QFont();
    m_labelFont.setPointSizeF(9);
    m_edgeFont = QFont();
    m_edgeFont.setPointSizeF(8);
    setBackgroundBrush(Qt::white);
    connect(this, &QGraphicsScene::selectionChanged, this, &FlowMapScene::mapSelectionChanged);
}

FlowMapScene::~FlowMapScene()
{
    // QGraphicsScene's destructor removes the items and emits
    // selectionChanged after this class is gone, so the slot must not run.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &FlowMapScene::mapSelectionChanged);
}

QString FlowMapScene::nodeLabel(const FlowMapNode &node) const
{
    // Elided in the bold font the label is drawn in, as layoutInput measured it.
    QFont bold = m_labelFont;
    bold.setBold(true);
    const QString label = activityLabel(node.activity, m_drawing.names);
    return QFontMetricsF(bold).elidedText(label, Qt::ElideMiddle, NodeMaximumTextWidth);
}

FlowMapLayoutInput FlowMapScene::layoutInput(const SimplifiedFlowMap &graph, FlowMapOverlay overlay,
                                             const QHash<QString, FlowName> &names) const
{
    QFont bold = m_labelFont;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF metrics(m_labelFont);
    const QFontMetricsF edgeMetrics(m_edgeFont);
    const bool performance = isPerformanceOverlay(overlay);

    double maximum = 0;
    for (const FlowMapNode &node : graph.nodes) {
        if (node.activity.kind != ActivityKind::Start && node.activity.kind != ActivityKind::End)
            maximum = std::max(maximum, overlayValue(node, overlay).value_or(0));
    }

    FlowMapLayoutInput input;
    for (const FlowMapNode &node : graph.nodes) {
        const ActivityKind kind = node.activity.kind;
        if (kind == ActivityKind::Start || kind == ActivityKind::End) {
            input.nodes.append({activityKey(node.activity), QSizeF(EndpointWidth, EndpointHeight)});
            continue;
        }
        const QString label = boldMetrics.elidedText(activityLabel(node.activity, names),
                                                     Qt::ElideMiddle, NodeMaximumTextWidth);
        const QString value = formatOverlayValue(overlayValue(node, overlay), overlay);
        const double textWidth =
            std::max(boldMetrics.horizontalAdvance(label), metrics.horizontalAdvance(value));
        // Hexagon corners take room from the text.
        const double cornerRoom = kind == ActivityKind::Queue ? 24 : 0;
        const double width = std::max(NodeMinimumWidth, textWidth + 2 * NodePaddingX + cornerRoom);
        const double weight = weightOf(overlayValue(node, overlay), maximum, performance);
        const double height = boldMetrics.height() + metrics.height() + 2 * NodePaddingY +
                              std::round(NodeWeightHeight * weight);
        input.nodes.append({activityKey(node.activity), QSizeF(std::ceil(width), height)});
    }

    for (const FlowMapEdge &edge : graph.edges) {
        const QString label = formatOverlayValue(overlayValue(edge, overlay), overlay);
        const QSizeF size = edgeMetrics.size(Qt::TextSingleLine, label);
        input.edges.append({activityKey(edge.from), activityKey(edge.to),
                            QSizeF(std::ceil(size.width() + 2 * EdgeLabelPadding),
                                   std::ceil(size.height() + EdgeLabelPadding))});
    }
    return input;
}

QString FlowMapScene::nodeToolTip(const FlowMapNode &node) const
{
    QStringList lines;
    lines.append(activityLabel(node.activity, m_drawing.names));
    if (node.activity.kind != ActivityKind::Start && node.activity.kind != ActivityKind::End) {
        lines.append(translated("%1 id: %2").arg(kindText(node.activity.kind), node.activity.id));
    }
    lines.append(translated("Contacts: %L1").arg(node.contacts));
    lines.append(translated("Events: %L1").arg(node.events));
    if (node.activity.kind == ActivityKind::Flow || node.activity.kind == ActivityKind::Module)
        lines.append(translated("Step duration: %1").arg(statsText(node.duration)));
    return lines.join(QLatin1Char('\n'));
}

QString FlowMapScene::edgeToolTip(const FlowMapEdge &edge) const
{
    QStringList lines;
    lines.append(translated("%1 → %2").arg(activityLabel(edge.from, m_drawing.names),
                                           activityLabel(edge.to, m_drawing.names)));
    lines.append(translated("From: %1").arg(activityKey(edge.from)));
    lines.append(translated("To: %1").arg(activityKey(edge.to)));
    lines.append(translated("Contacts: %L1").arg(edge.contacts));
    lines.append(translated("Transitions: %L1").arg(edge.events));
    lines.append(translated("Transition time: %1").arg(statsText(edge.transition)));
    return lines.join(QLatin1Char('\n'));
}

void FlowMapScene::clearDrawing()
{
    m_highlighted.clear();
    m_drawing = {};
    clear();
    setSceneRect(QRectF());
    Q_EMIT mapSelectionChanged();
}

void FlowMapScene::setDrawing(const FlowMapDrawing &drawing)
{
    // Clearing emits selectionChanged for the old items while m_drawing
    // still describes them.
    clearDrawing();
    m_drawing = drawing;
    const bool performance = isPerformanceOverlay(drawing.overlay);

    m_maxNodeValue = 0;
    for (const FlowMapNode &node : drawing.graph.nodes) {
        if (node.activity.kind != ActivityKind::Start && node.activity.kind != ActivityKind::End)
            m_maxNodeValue =
                std::max(m_maxNodeValue, overlayValue(node, drawing.overlay).value_or(0));
    }
    m_maxEdgeValue = 0;
    for (const FlowMapEdge &edge : drawing.graph.edges)
        m_maxEdgeValue = std::max(m_maxEdgeValue, overlayValue(edge, drawing.overlay).value_or(0));

    QHash<QString, QRectF> rects;
    for (const FlowMapLayoutResult::Node &node : drawing.layout.nodes)
        rects.insert(node.key, node.rect);

    for (const FlowMapNode &node : drawing.graph.nodes) {
        const QString key = activityKey(node.activity);
        const auto rect = rects.constFind(key);
        if (rect == rects.cend())
            continue;
        const std::optional<double> value = overlayValue(node, drawing.overlay);
        auto *item = new NodeItem(this, node, *rect, nodeLabel(node),
                                  formatOverlayValue(value, drawing.overlay),
                                  weightOf(value, m_maxNodeValue, performance), performance);
        const QString tip = nodeToolTip(node);
        item->setData(ItemKindData, NodeItemKind);
        item->setData(ItemKeyData, key);
        item->setData(PlainToolTipData, tip);
        item->setToolTip(escapedToolTip(tip));
        addItem(item);
    }

    QHash<QString, const FlowMapLayoutResult::Edge *> laidOutEdges;
    for (const FlowMapLayoutResult::Edge &edge : drawing.layout.edges)
        laidOutEdges.insert(edgeKey(edge.from, edge.to), &edge);
    for (const FlowMapEdge &edge : drawing.graph.edges) {
        const QString key = edgeKey(activityKey(edge.from), activityKey(edge.to));
        const FlowMapLayoutResult::Edge *layout = laidOutEdges.value(key);
        if (!layout)
            continue;
        const std::optional<double> value = overlayValue(edge, drawing.overlay);
        auto *item = new EdgeItem(this, *layout, formatOverlayValue(value, drawing.overlay),
                                  weightOf(value, m_maxEdgeValue, performance), performance);
        const QString tip = edgeToolTip(edge);
        item->setData(ItemKindData, EdgeItemKind);
        item->setData(ItemKeyData, key);
        item->setData(PlainToolTipData, tip);
        item->setToolTip(escapedToolTip(tip));
        addItem(item);
    }

    addLegend(drawing.layout.bounds);
    setSceneRect(
        itemsBoundingRect().adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
}

void FlowMapScene::addLegend(const QRectF &graphBounds)
{
    const bool performance = isPerformanceOverlay(m_drawing.overlay);
    const FlowMapOverlay overlay = m_drawing.overlay;
    const QFontMetricsF metrics(m_labelFont);
    const double line = metrics.height() + 6;
    // Built from x = 0, then moved left of the graph, so that it stays in
    // view when a wide map is shown from its start.
    const double x = 0;
    double y = graphBounds.top();
    QList<QGraphicsItem *> legend;

    const auto addText = [&](const QString &text, double left, double top, bool bold) {
        QGraphicsSimpleTextItem *item = addSimpleText(text, m_labelFont);
        QFont font = m_labelFont;
        font.setBold(bold);
        item->setFont(font);
        item->setPos(left, top);
        item->setData(ItemKindData, LegendItemKind);
        legend.append(item);
        return item;
    };

    QString title;
    switch (overlay) {
    case FlowMapOverlay::Contacts:
        title = translated("Frequency: contacts");
        break;
    case FlowMapOverlay::Events:
        title = translated("Frequency: events");
        break;
    case FlowMapOverlay::MedianDuration:
        title = translated("Performance: median duration");
        break;
    case FlowMapOverlay::MeanDuration:
        title = translated("Performance: mean duration");
        break;
    case FlowMapOverlay::MaxDuration:
        title = translated("Performance: maximum duration");
        break;
    }
    addText(title, x, y, true);
    y += line + 4;

    // Node kinds, each drawn with its own outline.
    const QList<std::pair<ActivityKind, QString>> kinds = {
        {ActivityKind::Flow, translated("Flow")},
        {ActivityKind::Module, translated("Module (dashed)")},
        {ActivityKind::Queue, translated("Queue")},
        {ActivityKind::Start, translated("Start and end of a contact")},
    };
    for (const auto &[kind, text] : kinds) {
        const QRectF swatch(x, y, 34, line - 4);
        const auto [light, dark] = nodePalette(kind, performance);
        QColor fill = mix(light, dark, 0.5);
        if (kind == ActivityKind::Start)
            fill = QColor(0x2e, 0x9e, 0x5b);
        QPen pen(dark.darker(115), 1.2);
        if (kind == ActivityKind::Module)
            pen.setStyle(Qt::DashLine);
        QGraphicsPathItem *shape = addPath(nodeOutline(kind, swatch), pen, fill);
        shape->setData(ItemKindData, LegendItemKind);
        legend.append(shape);
        addText(text, x + 44, y, false);
        y += line;
    }
    y += 6;

    // The colour scale of nodes and the thickness scale of edges.
    const auto [light, dark] = nodePalette(ActivityKind::Flow, performance);
    const int steps = 6;
    for (int step = 0; step < steps; ++step) {
        QGraphicsRectItem *box = addRect(QRectF(x + step * 18, y, 18, line - 6), Qt::NoPen,
                                         mix(light, dark, double(step) / (steps - 1)));
        box->setData(ItemKindData, LegendItemKind);
        legend.append(box);
    }
    addText(translated("node %1 … %2")
                .arg(formatOverlayValue(
                         m_maxNodeValue > 0 ? std::optional<double>(0) : std::nullopt, overlay),
                     formatOverlayValue(m_maxNodeValue, overlay)),
            x + steps * 18 + 10, y - 2, false);
    y += line + 2;

    const auto [edgeLight, edgeDark] = edgePalette(performance);
    for (const double weight : {0.0, 0.5, 1.0}) {
        QGraphicsLineItem *sample =
            addLine(x, y + line / 2, x + 60, y + line / 2,
                    QPen(mix(edgeLight, edgeDark, weight),
                         EdgeMinimumWidth + EdgeWeightWidth * weight, Qt::SolidLine, Qt::RoundCap));
        sample->setData(ItemKindData, LegendItemKind);
        legend.append(sample);
        y += line;
    }
    addText(translated("edge thickness and colour: %1, up to %2")
                .arg(performance ? translated("transition time") : translated("transitions"),
                     formatOverlayValue(m_maxEdgeValue, overlay)),
            x, y, false);
    y += line;

    if (m_drawing.graph.hiddenNodes > 0 || m_drawing.graph.hiddenEdges > 0) {
        addText(translated("Hidden by the sliders: %1 activities, %2 paths")
                    .arg(m_drawing.graph.hiddenNodes)
                    .arg(m_drawing.graph.hiddenEdges),
                x, y + 6, false);
    }

    double width = 0;
    for (const QGraphicsItem *item : std::as_const(legend))
        width = std::max(width, item->sceneBoundingRect().right());
    for (QGraphicsItem *item : std::as_const(legend))
        item->moveBy(graphBounds.left() - LegendGap - width, 0);
}

QPointF FlowMapScene::startPoint() const
{
    for (const FlowMapLayoutResult::Node &node : m_drawing.layout.nodes) {
        if (node.key == QLatin1String("start:start"))
            return node.rect.center();
    }
    return sceneRect().topLeft();
}

void FlowMapScene::highlightNode(const QString &key)
{
    m_highlighted = key;
    QSet<QString> related;
    if (!key.isEmpty()) {
        related.insert(key);
        for (const FlowMapEdge &edge : std::as_const(m_drawing.graph.edges)) {
            const QString from = activityKey(edge.from);
            const QString to = activityKey(edge.to);
            if (from == key || to == key) {
                related.insert(from);
                related.insert(to);
                related.insert(edgeKey(from, to));
            }
        }
    }

    const QList<QGraphicsItem *> all = items();
    for (QGraphicsItem *item : all) {
        const int kind = item->data(ItemKindData).toInt();
        if (kind != NodeItemKind && kind != EdgeItemKind)
            continue;
        const bool lit = key.isEmpty() || related.contains(item->data(ItemKeyData).toString());
        item->setOpacity(lit ? 1.0 : DimmedOpacity);
    }
}

std::optional<Activity> FlowMapScene::selectedNode() const
{
    const QList<QGraphicsItem *> selected = selectedItems();
    if (selected.size() != 1 || selected.first()->data(ItemKindData).toInt() != NodeItemKind)
        return std::nullopt;
    const QString key = selected.first()->data(ItemKeyData).toString();
    for (const FlowMapNode &node : m_drawing.graph.nodes) {
        if (activityKey(node.activity) == key)
            return node.activity;
    }
    return std::nullopt;
}

std::optional<std::pair<Activity, Activity>> FlowMapScene::selectedEdge() const
{
    const QList<QGraphicsItem *> selected = selectedItems();
    if (selected.size() != 1 || selected.first()->data(ItemKindData).toInt() != EdgeItemKind)
        return std::nullopt;
    const QString key = selected.first()->data(ItemKeyData).toString();
    for (const FlowMapEdge &edge : m_drawing.graph.edges) {
        if (edgeKey(activityKey(edge.from), activityKey(edge.to)) == key)
            return std::make_pair(edge.from, edge.to);
    }
    return std::nullopt;
}

QString FlowMapScene::renderTitle() const
{
    return translated("Flow map");
}

QSizeF FlowMapScene::naturalSize() const
{
    return sceneRect().size();
}

void FlowMapScene::render(QPainter *painter, const QRectF &target) const
{
    // QGraphicsScene::render is not const, but drawing changes no item.
    auto *scene = const_cast<FlowMapScene *>(this);
    painter->save();
    painter->fillRect(target, Qt::white);
    scene->QGraphicsScene::render(painter, target, sceneRect(), Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace Flowscope
