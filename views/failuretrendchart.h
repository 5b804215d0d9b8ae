#pragma once

#include "renderable.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QBarSet;

namespace Flowscope {

// A small bar chart of one failure category's reason occurrences per trend
// bucket. Qt Charts stays behind this class: callers pass whole series.
class FailureTrendChart : public QWidget, public Renderable
{
    Q_OBJECT

public:
    static constexpr int ChartWidth = 300;
    static constexpr int ChartHeight = 170;

    explicit FailureTrendChart(QWidget *parent = nullptr);

    // Shows `counts` (one per bucket, labelled by `bucketLabels`) under `title`.
    void setSeries(const QString &title, const QStringList &bucketLabels,
                   const QList<qint64> &counts, const QColor &colour);

    QString title() const { return m_title; }
    QList<qint64> counts() const { return m_counts; }

    QString renderTitle() const override;
    QSizeF naturalSize() const override;
    void render(QPainter *painter, const QRectF &target) const override;

    QSize sizeHint() const override { return {ChartWidth, ChartHeight}; }

private:
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QString m_title;
    QList<qint64> m_counts;
};

} // namespace Flowscope
