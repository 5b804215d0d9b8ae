#pragma once

#include <QGraphicsView>

namespace Flowscope {

// The flow map viewport. The wheel and the + and - keys zoom around the
// cursor, and dragging the background pans. 0 fits the map to the window, or
// shows it from its start node when it is too big to stay legible.
class FlowMapView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr double ZoomStep = 1.2;
    static constexpr double MinimumScale = 0.05;
    static constexpr double MaximumScale = 6.0;
    // Fitting never zooms out further, so that labels stay legible; a bigger
    // map is shown from its start node instead.
    static constexpr double MinimumFitScale = 0.5;

    explicit FlowMapView(QWidget *parent = nullptr);

    void zoomIn();
    void zoomOut();
    void fitToWindow();
    double zoom() const;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void scaleBy(double factor);
};

} // namespace Flowscope
