#include "flowmapview.h"

#include "flowmapscene.h"

#include <QKeyEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Flowscope {

FlowMapView::FlowMapView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setBackgroundBrush(Qt::white);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip({});
}

double FlowMapView::zoom() const
{
    return transform().m11();
}

void FlowMapView::scaleBy(double factor)
{
    const double target = std::clamp(zoom() * factor, MinimumScale, MaximumScale);
    const double applied = target / zoom();
    scale(applied, applied);
}

void FlowMapView::zoomIn()
{
    scaleBy(ZoomStep);
}

void FlowMapView::zoomOut()
{
    scaleBy(1 / ZoomStep);
}

void FlowMapView::fitToWindow()
{
    if (!scene() || scene()->sceneRect().isEmpty())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // A small map would otherwise be blown up past legibility's need.
    if (zoom() > 1.5)
        scaleBy(1.5 / zoom());
    if (zoom() >= MinimumFitScale)
        return;

    scaleBy(MinimumFitScale / zoom());
    const auto *map = qobject_cast<const FlowMapScene *>(scene());
    if (!map)
        return;
    // The start node near the top. The legend is left of the map, so the
    // view starts at the scene's left edge unless that hides the start node.
    const QPointF start = map->startPoint();
    const QSizeF visible = QSizeF(viewport()->size()) / zoom();
    const QRectF bounds = map->sceneRect();
    double x = bounds.left() + visible.width() / 2;
    if (start.x() > bounds.left() + visible.width() * 0.75)
        x = start.x() + visible.width() / 4;
    centerOn(QPointF(x, start.y() + visible.height() / 2 - 60));
}

void FlowMapView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    scaleBy(std::pow(ZoomStep, delta / 120.0));
    event->accept();
}

void FlowMapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToWindow();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

} // namespace Flowscope
