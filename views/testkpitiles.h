#pragma once

#include "testanalytics.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;

namespace Flowscope {

// Four tiles with the key figures of the filtered period: executions, pass
// rate, failure rate and average duration, each with its change against the
// previous period of the same length.
class TestKpiTiles : public QWidget
{
    Q_OBJECT

public:
    enum Tile { ExecutionsTile, PassRateTile, FailureRateTile, AverageDurationTile, TileCount };

    explicit TestKpiTiles(QWidget *parent = nullptr);

    void setKpis(const TestKpis &kpis);
    // The zone the periods in the tooltips are shown in.
    void setDisplayTimeZone(const QTimeZone &zone);

    QString titleText(Tile tile) const;
    QString valueText(Tile tile) const;
    QString changeText(Tile tile) const;

    // The figure of one tile in a period, and its change from `previous` to
    // `current`: an arrow and the signed difference ("▲ +3", "▼ −4.5 pp",
    // "= 0 s"), or "no previous data" when the previous period has no value.
    static QString formatValue(Tile tile, const KpiValues &values);
    static QString formatChange(Tile tile, const KpiValues &current, const KpiValues &previous);

private:
    void updateTiles();

    TestKpis m_kpis;
    QTimeZone m_zone = QTimeZone::utc();
    QLabel *m_titles[TileCount] = {};
    QLabel *m_values[TileCount] = {};
    QLabel *m_changes[TileCount] = {};
};

} // namespace Flowscope
