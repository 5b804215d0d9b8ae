#include "flowmappage.h"

#include "flowmapscene.h"
#include "flowmapview.h"
#include "flownames.h"
#include "settings.h"
#include "variantsmodel.h"
#include "workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Flowscope {

namespace {

constexpr int MaxChoiceValues = 500;
// Progress updates reach the GUI at most this often per million rows.
constexpr qint64 ProgressReportRows = 65536;
constexpr int MinimumExportWidth = 200;
constexpr int MaximumExportWidth = 16000;

// Opens a read-only connection of the worker's own; returns false with `error` set.
bool openWorkspace(Workspace &workspace, const QString &path, QString *error)
{
    return workspace.open(path, Workspace::OpenMode::ReadOnly, error);
}

// The overlay's name in QSettings (Settings::FlowMapOverlayKey).
QString overlayName(FlowMapOverlay overlay)
{
    switch (overlay) {
    case FlowMapOverlay::Contacts:
        break;
    case FlowMapOverlay::Events:
        return QStringLiteral("events");
    case FlowMapOverlay::MedianDuration:
        return QStringLiteral("medianDuration");
    case FlowMapOverlay::MeanDuration:
        return QStringLiteral("meanDuration");
    case FlowMapOverlay::MaxDuration:
        return QStringLiteral("maxDuration");
    }
    return QStringLiteral("contacts");
}

std::optional<FlowMapOverlay> overlayFromName(const QString &name)
{
    for (const FlowMapOverlay overlay :
         {FlowMapOverlay::Contacts, FlowMapOverlay::Events, FlowMapOverlay::MedianDuration,
          FlowMapOverlay::MeanDuration, FlowMapOverlay::MaxDuration}) {
        if (overlayName(overlay) == name)
            return overlay;
    }
    return std::nullopt;
}

// A stored slider position, or nullopt when none is stored or it is out of `slider`'s range.
std::optional<int> storedPercent(const QSettings &settings, const char *key, const QSlider *slider)
{
    bool ok = false;
    const int percent = settings.value(QLatin1String(key)).toInt(&ok);
    if (!ok || percent < slider->minimum() || percent > slider->maximum())
        return std::nullopt;
    return percent;
}

} // namespace

// The result of a map query, handed to the GUI thread.
struct FlowMapPage::MapResult
{
    bool variantsOnly = false;
    FlowMap baseMap;  // set unless variantsOnly
    FlowMap shownMap; // the base map, or the part of the selected variants
    QList<SelectedContact> variantContacts;
    bool hasVariantSelection = false;
    // Where the sliders start for shownMap.
    int defaultActivityPercent = 100;
    int defaultPathPercent = DefaultPathPercent;
    QHash<QString, FlowName> names;
    QString error;
    bool cancelled = false;
};

FlowMapPage::FlowMapPage(const QList<FilterField> &filterFields, QObject *parent)
    : Page(parent), m_mapGeneration(std::make_shared<std::atomic<quint64>>(0)),
      m_layoutGeneration(std::make_shared<std::atomic<quint64>>(0)),
      m_selectionGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    m_pool.setMaxThreadCount(3);
    m_contactsModel = new SelectedContactsModel(this);
    m_variantsModel = new VariantsModel(this);

    m_widget = new QWidget;
    m_filterBar = new FilterBar(filterFields, m_widget);

    m_scene = new FlowMapScene(this);
    auto *mapPane = new QWidget(m_widget);
    m_view = new FlowMapView(mapPane);
    m_view->setScene(m_scene);
    m_hiddenPartNote = new QLabel(mapPane);
    m_hiddenPartNote->setObjectName(QStringLiteral("hiddenPartNote"));
    m_hiddenPartNote->setWordWrap(true);
    m_hiddenPartNote->setTextFormat(Qt::PlainText);
    m_hiddenPartNote->setContentsMargins(8, 4, 8, 4);
    m_hiddenPartNote->setStyleSheet(
        QStringLiteral("QLabel#hiddenPartNote { background: #fff4c2; color: #3d3000; }"));
    m_hiddenPartNote->hide();
    auto *mapLayout = new QVBoxLayout(mapPane);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->setSpacing(0);
    mapLayout->addWidget(m_hiddenPartNote);
    mapLayout->addWidget(m_view, 1);

    m_messageTitle = new QLabel(m_widget);
    QFont titleFont = m_messageTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_messageTitle->setFont(titleFont);
    m_messageTitle->setAlignment(Qt::AlignHCenter);
    m_messageText = new QLabel(m_widget);
    m_messageText->setWordWrap(true);
    m_messageText->setAlignment(Qt::AlignHCenter);
    m_messageText->setTextFormat(Qt::PlainText);
    m_messageText->setMaximumWidth(520);
    auto *messagePane = new QWidget(m_widget);
    auto *messageLayout = new QVBoxLayout(messagePane);
    messageLayout->addStretch(2);
    messageLayout->addWidget(m_messageTitle, 0, Qt::AlignHCenter);
    messageLayout->addWidget(m_messageText, 0, Qt::AlignHCenter);
    messageLayout->addStretch(3);

    m_mapStack = new QStackedWidget(m_widget);
    m_mapStack->addWidget(mapPane);
    m_mapStack->addWidget(messagePane);

    auto *splitter = new QSplitter(Qt::Horizontal, m_widget);
    splitter->addWidget(m_mapStack);
    splitter->addWidget(createSidePanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 360});

    auto *layout = new QVBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(createToolBar());
    layout->addWidget(splitter, 1);

    m_queryTimer.setSingleShot(true);
    m_queryTimer.setInterval(0);
    connect(&m_queryTimer, &QTimer::timeout, this, [this] { startMapQuery(m_queryVariantsOnly); });
    m_layoutTimer.setSingleShot(true);
    m_layoutTimer.setInterval(SliderDebounceMs);
    connect(&m_layoutTimer, &QTimer::timeout, this, &FlowMapPage::startLayout);

    connect(m_filterBar, &FilterBar::filterChanged, this, [this] {
        m_queryVariantsOnly = false;
        scheduleQuery();
    });
    connect(m_scene, &FlowMapScene::mapSelectionChanged, this, &FlowMapPage::onMapSelectionChanged);

    restoreState();
    showMessage(tr("No workspace is open"),
                tr("Open or create a workspace with File > Open Workspace to see its flow map."));
}

FlowMapPage::~FlowMapPage()
{
    // Stale generations make running workers stop at their next progress report.
    ++*m_mapGeneration;
    ++*m_layoutGeneration;
    ++*m_selectionGeneration;
    m_pool.waitForDone();
    if (m_widget && !m_widget->parent())
        delete m_widget;
}

QString FlowMapPage::title() const
{
    return tr("Flow map");
}

QWidget *FlowMapPage::widget() const
{
    return m_widget;
}

QWidget *FlowMapPage::createToolBar()
{
    auto *bar = new QWidget(m_widget);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 4, 8, 4);

    m_overlayCombo = new QComboBox(bar);
    m_overlayCombo->addItem(tr("Frequency: contacts"), int(FlowMapOverlay::Contacts));
    m_overlayCombo->addItem(tr("Frequency: events"), int(FlowMapOverlay::Events));
    m_overlayCombo->addItem(tr("Performance: median duration"),
                            int(FlowMapOverlay::MedianDuration));
    m_overlayCombo->addItem(tr("Performance: mean duration"), int(FlowMapOverlay::MeanDuration));
    m_overlayCombo->addItem(tr("Performance: maximum duration"), int(FlowMapOverlay::MaxDuration));
    m_overlayCombo->setToolTip(tr("What node colour and size and edge thickness show"));
    connect(m_overlayCombo, &QComboBox::currentIndexChanged, this,
            [this] { setOverlay(FlowMapOverlay(m_overlayCombo->currentData().toInt())); });

    const auto makeSlider = [bar](const QString &toolTip) {
        auto *slider = new QSlider(Qt::Horizontal, bar);
        slider->setRange(1, 100);
        slider->setFixedWidth(120);
        slider->setToolTip(toolTip);
        return slider;
    };
    m_activitySlider = makeSlider(
        tr("Keep the most frequent activities; start and end, and the activities that connect "
           "the kept ones, always stay"));
    m_activitySlider->setValue(100);
    m_pathSlider = makeSlider(tr("Keep the most frequent transitions; every kept activity keeps "
                                 "its strongest incoming and outgoing transition"));
    m_pathSlider->setRange(0, 100);
    m_pathSlider->setValue(DefaultPathPercent);
    m_activityLabel = new QLabel(bar);
    m_pathLabel = new QLabel(bar);
    const auto onSlider = [this] {
        m_slidersTouched = true;
        saveSimplification();
        updateSliderLabels();
        m_layoutTimer.start();
    };
    connect(m_activitySlider, &QSlider::valueChanged, this, onSlider);
    connect(m_pathSlider, &QSlider::valueChanged, this, onSlider);
    updateSliderLabels();

    const auto makeButton = [bar](const QString &text, const QString &toolTip) {
        auto *button = new QToolButton(bar);
        button->setText(text);
        button->setToolTip(toolTip);
        return button;
    };
    QToolButton *resetSliders =
        makeButton(tr("Reset"), tr("Move the sliders back to where they keep a readable map"));
    connect(resetSliders, &QToolButton::clicked, this, &FlowMapPage::resetSimplification);
    QToolButton *zoomIn = makeButton(QStringLiteral("+"), tr("Zoom in (+ or the mouse wheel)"));
    QToolButton *zoomOut = makeButton(QStringLiteral("−"), tr("Zoom out (-)"));
    QToolButton *fit = makeButton(tr("Fit"), tr("Fit the map to the window (0)"));
    QToolButton *exportImage =
        makeButton(tr("Export image…"), tr("Save the whole map as a PNG or SVG image"));
    connect(zoomIn, &QToolButton::clicked, m_view, &FlowMapView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_view, &FlowMapView::zoomOut);
    connect(fit, &QToolButton::clicked, m_view, &FlowMapView::fitToWindow);
    connect(exportImage, &QToolButton::clicked, this, &FlowMapPage::exportImageInteractively);

    m_progress = new QProgressBar(bar);
    m_progress->setRange(0, 0);
    m_progress->setFixedWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), bar);
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &FlowMapPage::cancel);

    m_appliedLabel = new QLabel(bar);
    m_appliedLabel->setTextFormat(Qt::PlainText);
    m_clearAppliedButton = new QPushButton(tr("Show all contacts"), bar);
    m_clearAppliedButton->setToolTip(tr("Drop the contact list that a selection set"));
    connect(m_clearAppliedButton, &QPushButton::clicked, this, [this] {
        m_appliedContacts.clear();
        updateAppliedContacts();
        m_queryVariantsOnly = false;
        scheduleQuery();
    });
    updateAppliedContacts();

    layout->addWidget(m_overlayCombo);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Activities"), bar));
    layout->addWidget(m_activitySlider);
    layout->addWidget(m_activityLabel);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Paths"), bar));
    layout->addWidget(m_pathSlider);
    layout->addWidget(m_pathLabel);
    layout->addWidget(resetSliders);
    layout->addSpacing(12);
    layout->addWidget(zoomOut);
    layout->addWidget(zoomIn);
    layout->addWidget(fit);
    layout->addWidget(exportImage);
    layout->addStretch(1);
    layout->addWidget(m_appliedLabel);
    layout->addWidget(m_clearAppliedButton);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancelButton);
    return bar;
}

QWidget *FlowMapPage::createSidePanel()
{
    m_sideTabs = new QTabWidget(m_widget);

    auto *contactsPane = new QWidget(m_sideTabs);
    m_contactsCaption = new QLabel(
        tr("Click a node or an edge of the map to list the contacts that pass through it."),
        contactsPane);
    m_contactsCaption->setWordWrap(true);
    m_contactsCaption->setTextFormat(Qt::PlainText);
    m_contactsView = new QTableView(contactsPane);
    m_contactsView->setModel(m_contactsModel);
    m_contactsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contactsView->verticalHeader()->hide();
    m_contactsView->horizontalHeader()->setStretchLastSection(true);
    m_contactsView->setWordWrap(false);
    m_contactsView->setTextElideMode(Qt::ElideMiddle);
    m_contactsView->setToolTip(tr("Double-click a contact to open its path"));
    connect(m_contactsView, &QTableView::doubleClicked, this, &FlowMapPage::openCurrentContact);
    m_openContactButton = new QPushButton(tr("Open contact path"), contactsPane);
    m_useAsFilterButton = new QPushButton(tr("Use as filter"), contactsPane);
    m_useAsFilterButton->setToolTip(tr("Filter every page to the contacts in this list"));
    m_openContactButton->setEnabled(false);
    m_useAsFilterButton->setEnabled(false);
    connect(m_openContactButton, &QPushButton::clicked, this, &FlowMapPage::openCurrentContact);
    connect(m_useAsFilterButton, &QPushButton::clicked, this, &FlowMapPage::useSelectionAsFilter);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openContactButton);
    buttons->addWidget(m_useAsFilterButton);
    buttons->addStretch(1);
    auto *contactsLayout = new QVBoxLayout(contactsPane);
    contactsLayout->addWidget(m_contactsCaption);
    contactsLayout->addWidget(m_contactsView, 1);
    contactsLayout->addLayout(buttons);

    auto *variantsPane = new QWidget(m_sideTabs);
    auto *variantsCaption = new QLabel(
        tr("Distinct paths, most frequent first. Select variants to show only their contacts "
           "on the map."),
        variantsPane);
    variantsCaption->setWordWrap(true);
    m_variantsView = new QTableView(variantsPane);
    m_variantsView->setModel(m_variantsModel);
    m_variantsView->setSortingEnabled(true);
    m_variantsView->sortByColumn(VariantsModel::RankColumn, Qt::AscendingOrder);
    m_variantsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_variantsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_variantsView->setWordWrap(false);
    m_variantsView->verticalHeader()->hide();
    m_variantsView->horizontalHeader()->setSectionResizeMode(VariantsModel::PathColumn,
                                                             QHeaderView::Interactive);
    m_variantsView->setColumnWidth(VariantsModel::PathColumn, 260);
    connect(m_variantsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FlowMapPage::onVariantSelectionChanged);
    auto *clearVariants = new QPushButton(tr("Show all variants"), variantsPane);
    connect(clearVariants, &QPushButton::clicked, m_variantsView, &QTableView::clearSelection);
    auto *variantsLayout = new QVBoxLayout(variantsPane);
    variantsLayout->addWidget(variantsCaption);
    variantsLayout->addWidget(m_variantsView, 1);
    variantsLayout->addWidget(clearVariants, 0, Qt::AlignLeft);

    m_sideTabs->addTab(contactsPane, tr("Contacts"));
    m_sideTabs->addTab(variantsPane, tr("Variants"));
    return m_sideTabs;
}

void FlowMapPage::setWorkspacePath(const QString &path)
{
    m_path = path;
    m_appliedContacts.clear();
    m_names.clear();
    m_baseMap = {};
    m_shownMap = {};
    m_scene->clearDrawing();
    m_variantsModel->setVariants({});
    m_contactsModel->setContacts({});
    updateAppliedContacts();
    if (path.isEmpty()) {
        ++*m_mapGeneration;
        showMessage(tr("No workspace is open"),
                    tr("Open or create a workspace with File > Open Workspace to see its flow "
                       "map."));
        Q_EMIT statusChanged();
        return;
    }
    startChoiceQuery();
    m_queryVariantsOnly = false;
    scheduleQuery();
}

void FlowMapPage::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_filterBar->setDisplayTimeZone(zone);
    m_contactsModel->setDisplayTimeZone(zone);
    Q_EMIT statusChanged();
}

void FlowMapPage::reload()
{
    if (m_path.isEmpty())
        return;
    startChoiceQuery();
    m_queryVariantsOnly = false;
    scheduleQuery();
}

QString FlowMapPage::statusText() const
{
    if (m_path.isEmpty())
        return {};
    if (isBusy() && m_shownMap.contactCount == 0)
        return tr("Computing the flow map…");

    const SimplifiedFlowMap &graph = m_scene->drawing().graph;
    QString text = tr("Flow map: %L1 contacts, %L2 events; showing %3 of %4 activities and "
                      "%5 of %6 paths")
                       .arg(m_shownMap.contactCount)
                       .arg(m_shownMap.eventCount)
                       .arg(graph.nodes.size())
                       .arg(m_shownMap.nodes.size())
                       .arg(graph.edges.size())
                       .arg(m_shownMap.edges.size());
    const QString filter =
        effectiveFilter().describe(QStringLiteral("contact_flow_events"), m_zone);
    if (!filter.isEmpty())
        text += QStringLiteral("  ·  ") + tr("Filter: %1").arg(filter);
    return text;
}

void FlowMapPage::focusFilter()
{
    m_filterBar->focusTextField();
}

QStringList FlowMapPage::exportViews() const
{
    return {QStringLiteral("flow-map"), QStringLiteral("variants")};
}

Filter FlowMapPage::exportFilter() const
{
    return effectiveFilter();
}

QList<const Renderable *> FlowMapPage::exportGraphics() const
{
    if (m_scene->drawing().graph.nodes.isEmpty())
        return {};
    return {m_scene};
}

void FlowMapPage::applyFilter(const Filter &filter)
{
    m_appliedContacts = filter.contacts;
    updateAppliedContacts();
    // The bar reports a change only when its own fields differ, so the query
    // is scheduled here too; the timer runs it once either way.
    m_filterBar->setFilter(filter);
    m_queryVariantsOnly = false;
    scheduleQuery();
}

Filter FlowMapPage::effectiveFilter() const
{
    Filter filter = m_filterBar->filter();
    filter.contacts = m_appliedContacts;
    return filter;
}

void FlowMapPage::setSimplification(int activityPercent, int pathPercent)
{
    m_slidersTouched = true;
    const QSignalBlocker activityBlocker(m_activitySlider);
    const QSignalBlocker pathBlocker(m_pathSlider);
    m_activitySlider->setValue(activityPercent);
    m_pathSlider->setValue(pathPercent);
    saveSimplification();
    updateSliderLabels();
    startLayout();
}

void FlowMapPage::resetSimplification()
{
    m_slidersTouched = false;
    saveSimplification();
    const QSignalBlocker activityBlocker(m_activitySlider);
    const QSignalBlocker pathBlocker(m_pathSlider);
    m_activitySlider->setValue(m_defaultActivityPercent);
    m_pathSlider->setValue(m_defaultPathPercent);
    updateSliderLabels();
    startLayout();
}

int FlowMapPage::activityPercent() const
{
    return m_activitySlider->value();
}

int FlowMapPage::pathPercent() const
{
    return m_pathSlider->value();
}

void FlowMapPage::setOverlay(FlowMapOverlay overlay)
{
    m_overlay = overlay;
    const int index = m_overlayCombo->findData(int(overlay));
    if (index != m_overlayCombo->currentIndex()) {
        const QSignalBlocker blocker(m_overlayCombo);
        m_overlayCombo->setCurrentIndex(index);
    }
    QSettings().setValue(QLatin1String(Settings::FlowMapOverlayKey), overlayName(overlay));
    startLayout();
}

void FlowMapPage::saveState() const
{
    QSettings().setValue(QLatin1String(Settings::FlowMapOverlayKey), overlayName(m_overlay));
    saveSimplification();
}

void FlowMapPage::restoreState()
{
    const QSettings settings;
    const std::optional<FlowMapOverlay> overlay =
        overlayFromName(settings
                            .value(QLatin1String(Settings::FlowMapOverlayKey),
                                   QLatin1String(Settings::DefaultFlowMapOverlay))
                            .toString());
    m_overlay = overlay.value_or(FlowMapOverlay::Contacts);
    {
        const QSignalBlocker blocker(m_overlayCombo);
        m_overlayCombo->setCurrentIndex(m_overlayCombo->findData(int(m_overlay)));
    }

    // Both positions or neither: one alone is no choice the user made.
    const std::optional<int> activities =
        storedPercent(settings, Settings::FlowMapActivityPercentKey, m_activitySlider);
    const std::optional<int> paths =
        storedPercent(settings, Settings::FlowMapPathPercentKey, m_pathSlider);
    m_slidersTouched = activities && paths;
    if (m_slidersTouched) {
        const QSignalBlocker activityBlocker(m_activitySlider);
        const QSignalBlocker pathBlocker(m_pathSlider);
        m_activitySlider->setValue(*activities);
        m_pathSlider->setValue(*paths);
    }
    updateSliderLabels();
}

void FlowMapPage::saveSimplification() const
{
    QSettings settings;
    if (!m_slidersTouched) {
        settings.remove(QLatin1String(Settings::FlowMapActivityPercentKey));
        settings.remove(QLatin1String(Settings::FlowMapPathPercentKey));
        return;
    }
    settings.setValue(QLatin1String(Settings::FlowMapActivityPercentKey),
                      m_activitySlider->value());
    settings.setValue(QLatin1String(Settings::FlowMapPathPercentKey), m_pathSlider->value());
}

void FlowMapPage::selectVariantRows(const QList<int> &rows)
{
    QItemSelection selection;
    for (const int row : rows) {
        selection.select(m_variantsModel->index(row, 0),
                         m_variantsModel->index(row, VariantsModel::ColumnCount - 1));
    }
    m_variantsView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void FlowMapPage::updateSliderLabels()
{
    m_activityLabel->setText(tr("%1 %").arg(m_activitySlider->value()));
    m_pathLabel->setText(tr("%1 %").arg(m_pathSlider->value()));
}

void FlowMapPage::updateHiddenPartNote()
{
    const SimplifiedFlowMap &graph = m_scene->drawing().graph;
    if (graph.nodes.isEmpty() || (graph.hiddenNodes == 0 && graph.hiddenEdges == 0)) {
        m_hiddenPartNote->hide();
        return;
    }

    QStringList sentences;
    sentences.append(tr("The map shows %L1 of %L2 activities and %L3 of %L4 paths.")
                         .arg(graph.nodes.size())
                         .arg(graph.nodes.size() + graph.hiddenNodes)
                         .arg(graph.edges.size())
                         .arg(graph.edges.size() + graph.hiddenEdges));
    // Name only a slider that would show more when dragged.
    const bool moreActivities = graph.hiddenNodes > 0;
    const bool morePaths = graph.pathHiddenEdges > 0;
    if (moreActivities && morePaths)
        sentences.append(tr("Drag the Activities and Paths sliders to the right to show more."));
    else if (moreActivities)
        sentences.append(tr("Drag the Activities slider to the right to show more."));
    else if (morePaths)
        sentences.append(tr("Drag the Paths slider to the right to show more."));
    if (graph.cappedEdges > 0) {
        sentences.append(tr("%Ln more path(s) between the shown activities stay hidden because "
                            "a map of more than %L1 paths takes too long to lay out. Drag the "
                            "Activities slider to the left to see every path between fewer "
                            "activities.",
                            nullptr, graph.cappedEdges)
                             .arg(DefaultMaxMapEdges));
    }
    m_hiddenPartNote->setText(sentences.join(QLatin1Char(' ')));
    m_hiddenPartNote->show();
}

void FlowMapPage::updateAppliedContacts()
{
    const bool applied = !m_appliedContacts.isEmpty();
    m_appliedLabel->setVisible(applied);
    m_clearAppliedButton->setVisible(applied);
    if (applied) {
        m_appliedLabel->setText(
            tr("Only the %n contact(s) of a selection", nullptr, int(m_appliedContacts.size())));
    }
}

void FlowMapPage::scheduleQuery()
{
    m_queryTimer.start();
}

void FlowMapPage::setBusy(bool busy, const QString &text)
{
    m_busyJobs = std::max(0, m_busyJobs + (busy ? 1 : -1));
    m_progress->setVisible(m_busyJobs > 0);
    m_cancelButton->setVisible(m_busyJobs > 0);
    if (!text.isEmpty())
        m_progress->setFormat(text);
    Q_EMIT statusChanged();
}

void FlowMapPage::cancel()
{
    ++*m_mapGeneration;
    ++*m_layoutGeneration;
    ++*m_selectionGeneration;
    m_busyJobs = 0;
    m_progress->hide();
    m_cancelButton->hide();
    if (m_shownMap.nodes.isEmpty()) {
        showMessage(tr("The flow map was cancelled"),
                    tr("Change the filter or choose View > Reload to compute it again."));
    }
    Q_EMIT statusChanged();
}

void FlowMapPage::showMessage(const QString &title, const QString &text)
{
    m_messageTitle->setText(title);
    m_messageText->setText(text);
    m_mapStack->setCurrentIndex(1);
}

QList<QList<Activity>> FlowMapPage::selectedVariantPaths() const
{
    QList<QList<Activity>> paths;
    const QModelIndexList rows = m_variantsView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        paths.append(m_variantsModel->variantAt(row.row()).steps);
    return paths;
}

void FlowMapPage::startChoiceQuery()
{
    const QString path = m_path;
    const QStringList columns = m_filterBar->choiceColumns();
    m_pool.start([this, path, columns] {
        Workspace workspace;
        if (!openWorkspace(workspace, path, nullptr))
            return;
        QHash<QString, QStringList> choices;
        for (const QString &column : columns) {
            // Column names come from the page's configuration, never from data.
            QSqlQuery query(workspace.database());
            query.prepare(QStringLiteral("SELECT DISTINCT \"%1\" FROM contact_flow_events "
                                         "ORDER BY 1 LIMIT %2")
                              .arg(column)
                              .arg(MaxChoiceValues));
            QStringList values;
            if (query.exec()) {
                while (query.next())
                    values.append(query.isNull(0) ? QString() : query.value(0).toString());
            }
            choices.insert(column, values);
        }
        qint64 firstMs = 0;
        qint64 lastMs = 0;
        QSqlQuery span(workspace.database());
        if (span.exec(QStringLiteral(
                "SELECT MIN(start_timestamp), MAX(start_timestamp) FROM contact_flow_events")) &&
            span.next()) {
            firstMs = span.value(0).toLongLong();
            lastMs = span.value(1).toLongLong();
        }
        QMetaObject::invokeMethod(
            this,
            [this, path, choices, firstMs, lastMs] {
                if (path != m_path)
                    return;
                for (auto it = choices.cbegin(); it != choices.cend(); ++it)
                    m_filterBar->setChoices(it.key(), it.value());
                m_filterBar->setTimeSpan(firstMs, lastMs);
            },
            Qt::QueuedConnection);
    });
}

void FlowMapPage::startMapQuery(bool variantsOnly)
{
    if (m_path.isEmpty())
        return;

    const quint64 generation = ++*m_mapGeneration;
    ++*m_selectionGeneration;
    const auto latest = m_mapGeneration;
    const QString path = m_path;
    const Filter filter = effectiveFilter();
    if (!variantsOnly) {
        // A new filter gives new variants, so the old selection means nothing.
        const QSignalBlocker blocker(m_variantsView->selectionModel());
        m_variantsView->clearSelection();
    }
    const QList<QList<Activity>> variantPaths = selectedVariantPaths();
    const FlowMap baseMap = m_baseMap;
    m_fitAfterLayout = true;
    setBusy(true, tr("Reading flow events…"));

    m_pool.start([this, path, filter, variantsOnly, variantPaths, baseMap, generation, latest] {
        MapResult result;
        result.variantsOnly = variantsOnly;
        const auto progress = [this, latest, generation](qint64 rows) {
            if (*latest != generation)
                return false;
            if (rows % ProgressReportRows == 0) {
                QMetaObject::invokeMethod(
                    this,
                    [this, rows, generation, latest] {
                        if (*latest == generation)
                            m_progress->setFormat(tr("Reading flow events… %L1").arg(rows));
                    },
                    Qt::QueuedConnection);
            }
            return true;
        };

        Workspace workspace;
        if (!openWorkspace(workspace, path, &result.error)) {
            QMetaObject::invokeMethod(
                this, [this, generation, result] { onMapReady(generation, result); },
                Qt::QueuedConnection);
            return;
        }
        result.names = loadFlowNames(workspace);
        result.baseMap = variantsOnly ? baseMap : computeFlowMap(workspace, filter, {}, progress);
        result.shownMap = result.baseMap;
        if (result.baseMap.ok() && !variantPaths.isEmpty()) {
            result.hasVariantSelection = true;
            const FlowMapSelection variants = FlowMapSelection::ofVariants(variantPaths);
            const FlowSelectionResult selected =
                selectFlowMapContacts(workspace, filter, variants, progress);
            result.variantContacts = selected.contacts;
            result.shownMap = computeSelectionFlowMap(workspace, filter, variants, progress);
            if (!selected.ok()) {
                result.shownMap.error = selected.error;
                result.shownMap.cancelled = selected.cancelled;
            }
        }
        result.cancelled = result.shownMap.cancelled || *latest != generation;
        result.error = result.shownMap.error;
        if (result.shownMap.ok() && !result.cancelled) {
            // Choosing the path slider's start simplifies the map several times,
            // which takes tens of milliseconds on thousands of edges.
            result.defaultActivityPercent =
                defaultActivityPercent(result.shownMap.nodes.size() - 2, DefaultVisibleActivities);
            result.defaultPathPercent = defaultPathPercent(
                result.shownMap, result.defaultActivityPercent, DefaultVisiblePaths);
        }
        QMetaObject::invokeMethod(
            this, [this, generation, result] { onMapReady(generation, result); },
            Qt::QueuedConnection);
    });
}

void FlowMapPage::onMapReady(quint64 generation, const MapResult &result)
{
    if (generation != *m_mapGeneration)
        return;
    setBusy(false);
    if (result.cancelled)
        return;
    if (!result.error.isEmpty()) {
        m_failure = result.error;
        showMessage(tr("The flow map could not be computed"), result.error);
        Q_EMIT failed(result.error);
        return;
    }

    m_failure.clear();
    m_names = result.names;
    m_variantsModel->setNames(m_names);
    if (!result.variantsOnly) {
        m_baseMap = result.baseMap;
        const QSignalBlocker blocker(m_variantsView->selectionModel());
        m_variantsModel->setVariants(m_baseMap.variants);
        m_variantsView->resizeColumnToContents(VariantsModel::RankColumn);
    }
    m_shownMap = result.shownMap;

    if (result.hasVariantSelection) {
        showContacts(tr("%n contact(s) follow the selected variants.", nullptr,
                        int(result.variantContacts.size())),
                     result.variantContacts);
    } else if (!m_scene->selectedNode() && !m_scene->selectedEdge()) {
        showContacts(tr("Click a node or an edge of the map to list the contacts that pass "
                        "through it."),
                     {});
    }

    // The sliders start where they keep a readable map.
    m_defaultActivityPercent = result.defaultActivityPercent;
    m_defaultPathPercent = result.defaultPathPercent;
    if (!m_slidersTouched) {
        const QSignalBlocker activityBlocker(m_activitySlider);
        const QSignalBlocker pathBlocker(m_pathSlider);
        m_activitySlider->setValue(m_defaultActivityPercent);
        m_pathSlider->setValue(m_defaultPathPercent);
        updateSliderLabels();
    }

    if (m_shownMap.contactCount == 0) {
        m_scene->clearDrawing();
        const bool filtered = !effectiveFilter().isEmpty();
        showMessage(filtered ? tr("No flow events match the filter") : tr("Nothing imported yet"),
                    filtered ? tr("Loosen the time range or choose other values, or clear the "
                                  "filter.")
                             : tr("This workspace holds no flow events. Import "
                                  "contact_flow_events exports with File > Import Files."));
        Q_EMIT statusChanged();
        Q_EMIT mapDrawn();
        return;
    }
    startLayout();
}

void FlowMapPage::startLayout()
{
    m_layoutTimer.stop();
    if (m_shownMap.nodes.isEmpty())
        return;

    const SimplifiedFlowMap graph =
        simplifyFlowMap(m_shownMap, m_activitySlider->value(), m_pathSlider->value());
    const FlowMapLayoutInput input = m_scene->layoutInput(graph, m_overlay, m_names);
    const quint64 generation = ++*m_layoutGeneration;
    const auto latest = m_layoutGeneration;
    const FlowMapOverlay overlay = m_overlay;
    const QHash<QString, FlowName> names = m_names;
    setBusy(true, tr("Laying out the map…"));

    m_pool.start([this, graph, input, generation, latest, overlay, names] {
        // A newer layout is already waiting for Graphviz's lock.
        if (*latest != generation) {
            QMetaObject::invokeMethod(
                this, [this] { setBusy(false); }, Qt::QueuedConnection);
            return;
        }
        const FlowMapLayoutResult layout = FlowMapLayout::run(input);
        QMetaObject::invokeMethod(
            this,
            [this, graph, layout, generation, overlay, names] {
                setBusy(false);
                if (generation != *m_layoutGeneration)
                    return;
                if (!layout.ok()) {
                    showMessage(tr("The flow map could not be laid out"), layout.error);
                    Q_EMIT failed(layout.error);
                    return;
                }
                m_scene->setDrawing({graph, layout, overlay, names});
                updateHiddenPartNote();
                m_mapStack->setCurrentIndex(0);
                if (m_fitAfterLayout) {
                    m_fitAfterLayout = false;
                    m_view->fitToWindow();
                }
                Q_EMIT statusChanged();
                Q_EMIT mapDrawn();
            },
            Qt::QueuedConnection);
    });
}

void FlowMapPage::onMapSelectionChanged()
{
    if (const std::optional<Activity> node = m_scene->selectedNode()) {
        startSelectionQuery(FlowMapSelection::ofNode(*node));
        return;
    }
    if (const auto edge = m_scene->selectedEdge()) {
        startSelectionQuery(FlowMapSelection::ofEdge(edge->first, edge->second));
        return;
    }
}

void FlowMapPage::onVariantSelectionChanged()
{
    m_queryVariantsOnly = true;
    scheduleQuery();
}

void FlowMapPage::startSelectionQuery(const FlowMapSelection &selection)
{
    const quint64 generation = ++*m_selectionGeneration;
    const auto latest = m_selectionGeneration;
    const QString path = m_path;
    const Filter filter = effectiveFilter();
    // With variants selected, the map shows only their contacts, and so does the list.
    FlowMapSelection scoped = selection;
    scoped.scope = selectedVariantPaths();

    QString caption;
    if (selection.kind == FlowMapSelection::Kind::Node) {
        caption = activityLabel(selection.node, m_names);
    } else {
        caption = tr("%1 → %2").arg(activityLabel(selection.from, m_names),
                                    activityLabel(selection.to, m_names));
    }
    setBusy(true, tr("Listing contacts…"));

    m_pool.start([this, path, filter, scoped, generation, latest, caption] {
        const auto progress = [latest, generation](qint64) {
            return *latest == generation;
        };
        FlowSelectionResult result;
        Workspace workspace;
        if (openWorkspace(workspace, path, &result.error))
            result = selectFlowMapContacts(workspace, filter, scoped, progress);
        QMetaObject::invokeMethod(
            this,
            [this, result, generation, caption] {
                setBusy(false);
                if (generation != *m_selectionGeneration || result.cancelled)
                    return;
                if (!result.error.isEmpty()) {
                    Q_EMIT failed(result.error);
                    return;
                }
                showContacts(
                    tr("%n contact(s) pass through %1.", nullptr, int(result.contacts.size()))
                        .arg(caption),
                    result.contacts);
            },
            Qt::QueuedConnection);
    });
}

void FlowMapPage::showContacts(const QString &caption, const QList<SelectedContact> &contacts)
{
    m_contactsCaption->setText(caption);
    m_contactsModel->setContacts(contacts);
    fitContactColumns();
    m_openContactButton->setEnabled(!contacts.isEmpty());
    m_useAsFilterButton->setEnabled(!contacts.isEmpty());
    if (!contacts.isEmpty())
        m_contactsView->selectRow(0);
    Q_EMIT contactsListed();
}

void FlowMapPage::fitContactColumns()
{
    QHeaderView *header = m_contactsView->horizontalHeader();
    for (int column = 0; column < SelectedContactsModel::ColumnCount; ++column) {
        m_contactsView->resizeColumnToContents(column);
        const int maximum = column == SelectedContactsModel::ContactIdColumn
                                ? MaximumContactIdColumnWidth
                                : MaximumContactColumnWidth;
        header->resizeSection(
            column, std::clamp(header->sectionSize(column), MinimumContactColumnWidth, maximum));
    }
}

void FlowMapPage::openCurrentContact()
{
    const QModelIndex current = m_contactsView->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT contactRequested(m_contactsModel->contacts().at(current.row()).contactId);
}

void FlowMapPage::useSelectionAsFilter()
{
    const QStringList ids = contactIdsOf(m_contactsModel->contacts());
    if (ids.isEmpty())
        return;
    Filter filter = m_filterBar->filter();
    filter.contacts = ids;
    Q_EMIT filterRequested(filter);
}

bool FlowMapPage::exportImage(const QString &path, int width, QString *error) const
{
    const QSizeF natural = m_scene->naturalSize();
    if (natural.isEmpty()) {
        if (error)
            *error = tr("There is no flow map to export. Open a workspace with flow events first.");
        return false;
    }
    const int clampedWidth = std::clamp(width, MinimumExportWidth, MaximumExportWidth);
    const int height =
        std::max(1, int(std::lround(clampedWidth * natural.height() / natural.width())));
    const QRectF target(0, 0, clampedWidth, height);

    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(QSize(clampedWidth, height));
        generator.setViewBox(target);
        generator.setTitle(m_scene->renderTitle());
        QPainter painter;
        if (!painter.begin(&generator)) {
            if (error)
                *error = tr("Writing the SVG file %1 failed. Check that its folder exists and "
                            "is writable.")
                             .arg(QDir::toNativeSeparators(path));
            return false;
        }
        m_scene->render(&painter, target);
        painter.end();
        return true;
    }

    QImage image(clampedWidth, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_scene->render(&painter, target);
    painter.end();
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Writing the PNG file %1 failed. Check that its folder exists and is "
                        "writable.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

void FlowMapPage::exportImageInteractively()
{
    if (m_scene->naturalSize().isEmpty())
        return;
    QString selectedFilter;
    const QString path =
        QFileDialog::getSaveFileName(m_widget, tr("Export Flow Map Image"), tr("flow-map.png"),
                                     tr("PNG image (*.png);;SVG image (*.svg)"), &selectedFilter);
    if (path.isEmpty())
        return;

    bool accepted = false;
    const int width = QInputDialog::getInt(
        m_widget, tr("Export Flow Map Image"), tr("Image width in pixels:"),
        std::clamp(int(std::lround(m_scene->naturalSize().width())), MinimumExportWidth, 4000),
        MinimumExportWidth, MaximumExportWidth, 100, &accepted);
    if (!accepted)
        return;

    QString error;
    if (!exportImage(path, width, &error))
        Q_EMIT failed(error);
}

} // namespace Flowscope
