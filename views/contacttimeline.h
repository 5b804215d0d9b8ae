#pragma once

#include "renderable.h"

#include <QPointer>
#include <QWidget>

namespace Flowscope {

class ContactPathModel;

// A Gantt-like chart of one contact's path: one row per step, a bar from
// start to end on a time axis in the display time zone. Flows, modules and
// queue successors are drawn differently. A step still in progress runs to
// the end of the axis with an open end. A step whose end lies before its start
// shows as a marker at its start. The screen and every export draw with the
// same code (paint()).
class ContactTimeline : public QWidget, public Renderable
{
    Q_OBJECT

public:
    static constexpr int RowHeight = 24;
    static constexpr int LabelWidth = 240;
    static constexpr int AxisHeight = 44;
    static constexpr int LegendHeight = 28;
    static constexpr int NaturalWidth = 1000;

    explicit ContactTimeline(QWidget *parent = nullptr);

    // Draws the path the model holds, in the model's time zone, and follows
    // its changes.
    void setModel(ContactPathModel *model);
    // Highlights one step (-1 for none), as the step list's selection does.
    void setCurrentStep(int step);
    int currentStep() const { return m_currentStep; }

    // The step under a point of the widget, or -1.
    int stepAt(const QPoint &position) const;
    // The plain text the tooltip of a step shows.
    QString stepToolTip(int step) const;
    // The time span of the axis in milliseconds since the Unix epoch.
    qint64 axisStartMs() const { return m_axisStartMs; }
    qint64 axisEndMs() const { return m_axisEndMs; }

    QString renderTitle() const override;
    QSizeF naturalSize() const override;
    void render(QPainter *painter, const QRectF &target) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void stepClicked(int step);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    // Draws everything into a rectangle of `size` at the origin; exports
    // leave out the hovered and current step's highlight.
    void paint(QPainter *painter, const QSizeF &size, bool highlightSteps) const;
    void paintAxis(QPainter *painter, const QRectF &plot, qint64 tickMs) const;
    void paintStep(QPainter *painter, const QRectF &plot, int step) const;
    void paintLegend(QPainter *painter, const QRectF &area) const;
    double xFor(qint64 ms, const QRectF &plot) const;
    QRectF plotRect(const QSizeF &size) const;
    QString stepLabel(int step) const;
    void updateAxis();
    int stepCount() const;

    QPointer<ContactPathModel> m_model;
    qint64 m_axisStartMs = 0;
    qint64 m_axisEndMs = 0;
    int m_currentStep = -1;
    int m_hoveredStep = -1;
};

} // namespace Flowscope
