#include "exportgraphics.h"

#include "exportviews.h"
#include "flowanalytics.h"
#include "flowmaplayout.h"
#include "flowmappage.h"
#include "flowmapscene.h"
#include "flownames.h"
#include "outcomechart.h"
#include "renderable.h"
#include "testanalytics.h"
#include "testanalyticsmodels.h"
#include "testhistory.h"
#include "testhistorygrid.h"
#include "testtrendchart.h"
#include "workspace.h"

#include <QCoreApplication>

namespace Flowscope {

namespace {

struct GraphicsText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::ExportGraphics)
};

constexpr qint64 MsPerDay = 86400000;

// A Renderable that owns what the drawing needs (a model, a scene) beside
// the object that draws.
class OwningRenderable final : public Renderable
{
public:
    OwningRenderable(std::shared_ptr<void> owned, std::unique_ptr<Renderable> drawer)
        : m_owned(std::move(owned)), m_drawer(std::move(drawer))
    {}

    QString renderTitle() const override { return m_drawer->renderTitle(); }
    QSizeF naturalSize() const override { return m_drawer->naturalSize(); }
    void render(QPainter *painter, const QRectF &target) const override
    {
        m_drawer->render(painter, target);
    }

private:
    std::shared_ptr<void> m_owned;
    std::unique_ptr<Renderable> m_drawer; // destroyed before m_owned, which it uses
};

// Day buckets up to 90 days, hours up to two days, weeks beyond, so that
// the chart keeps a readable number of bars.
TimeBucket outcomeBucket(const Filter &filter)
{
    if (!filter.fromMs || !filter.toMs)
        return TimeBucket::Day;
    const qint64 span = *filter.toMs - *filter.fromMs;
    if (span <= 2 * MsPerDay)
        return TimeBucket::Hour;
    if (span <= 90 * MsPerDay)
        return TimeBucket::Day;
    return TimeBucket::Week;
}

std::unique_ptr<Renderable> outcomeChart(Workspace &workspace, const Filter &filter,
                                         const QTimeZone &zone, QString *error)
{
    const TimeBucket bucket = outcomeBucket(filter);
    const OutcomeTrend trend = computeOutcomeTrend(workspace, filter, bucket, zone);
    if (!trend.ok()) {
        *error = trend.error;
        return nullptr;
    }
    auto chart = std::make_unique<OutcomeChart>();
    chart->resize(900, 420);
    chart->setTrend(trend, bucket, zone);
    return chart;
}

std::unique_ptr<Renderable> trendChart(Workspace &workspace, const Filter &filter,
                                       const QTimeZone &zone, QString *error)
{
    const TestTrend trend = queryTestTrend(workspace, filter, {TrendBucket::Day, zone});
    if (!trend.ok()) {
        *error = trend.error;
        return nullptr;
    }
    auto chart = std::make_unique<TestTrendChart>();
    chart->resize(1000, 480);
    chart->setTrend(trend);
    return chart;
}

std::unique_ptr<Renderable> historyGrid(Workspace &workspace, const Filter &filter,
                                        const QTimeZone &zone, QString *error)
{
    const TestHistory history = queryTestHistory(workspace, filter);
    if (!history.ok()) {
        *error = history.error;
        return nullptr;
    }
    auto model = std::make_shared<TestHistoryModel>();
    model->setTimeZone(zone);
    model->setHistory(history);
    return std::make_unique<OwningRenderable>(
        model, std::make_unique<TestHistoryGridPicture>(model.get()));
}

// The flow map as the page first shows it: frequency by contacts, the
// page's default simplification, laid out by Graphviz.
std::unique_ptr<Renderable> flowMap(Workspace &workspace, const Filter &filter, QString *error)
{
    const FlowMap map = computeFlowMap(workspace, filter);
    if (!map.ok()) {
        *error = map.error;
        return nullptr;
    }
    if (map.contactCount == 0) {
        *error = GraphicsText::tr("No flow events match the filter, so there is no flow map to "
                                  "draw. Widen the filter.");
        return nullptr;
    }

    const QHash<QString, FlowName> names = loadFlowNames(workspace);
    // The sliders where the page first puts them for this map.
    const int activityPercent =
        defaultActivityPercent(map.nodes.size() - 2, FlowMapPage::DefaultVisibleActivities);
    const SimplifiedFlowMap graph = simplifyFlowMap(
        map, activityPercent,
        defaultPathPercent(map, activityPercent, FlowMapPage::DefaultVisiblePaths));
    auto scene = std::make_unique<FlowMapScene>();
    const FlowMapOverlay overlay = FlowMapOverlay::Contacts;
    const FlowMapLayoutResult layout =
        FlowMapLayout::run(scene->layoutInput(graph, overlay, names));
    if (!layout.ok()) {
        *error = layout.error;
        return nullptr;
    }
    scene->setDrawing({graph, layout, overlay, names});
    return scene;
}

} // namespace

QStringList exportGraphicViews()
{
    return {QLatin1String(ExportViewNames::FlowMetrics), QLatin1String(ExportViewNames::FlowMap),
            QLatin1String(ExportViewNames::TestTrend), QLatin1String(ExportViewNames::TestHistory)};
}

std::unique_ptr<Renderable> createExportGraphic(const QString &view, const QString &workspacePath,
                                                const Filter &filter, const QTimeZone &zone,
                                                QString *error)
{
    if (!exportGraphicViews().contains(view)) {
        *error = GraphicsText::tr("The view %1 has no chart or map to export as an image. Export "
                                  "it as csv, xlsx, pdf or athena-sql; images can be made of %2.")
                     .arg(view, exportGraphicViews().join(QStringLiteral(", ")));
        return nullptr;
    }

    Workspace workspace;
    if (!workspace.open(workspacePath, Workspace::OpenMode::ReadOnly, error))
        return nullptr;
    if (view == QLatin1String(ExportViewNames::FlowMetrics))
        return outcomeChart(workspace, filter, zone, error);
    if (view == QLatin1String(ExportViewNames::FlowMap))
        return flowMap(workspace, filter, error);
    if (view == QLatin1String(ExportViewNames::TestTrend))
        return trendChart(workspace, filter, zone, error);
    return historyGrid(workspace, filter, zone, error);
}

} // namespace Flowscope
