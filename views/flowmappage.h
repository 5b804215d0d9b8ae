#pragma once

#include "filterbar.h"
#include "flowmapgraph.h"
#include "flowmaplayout.h"
#include "flowselection.h"
#include "page.h"

#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace Flowscope {

class FlowMapScene;
class FlowMapView;
class VariantsModel;

// The flow map page: a filter bar, the directly-follows graph of the
// filtered contacts laid out by Graphviz, and beside it the contacts of the
// selected node, edge or variants and the variants table.
//
// Queries and layouts run in a thread pool, each worker with its own
// workspace connection, so they stay off the GUI thread. Results carry a
// generation number so that stale ones are dropped.
class FlowMapPage : public Page
{
    Q_OBJECT

public:
    // Until the user moves a slider, the sliders start where the map keeps
    // about DefaultVisibleActivities activities and at most
    // DefaultVisiblePaths paths, unless the strongest paths of those
    // activities alone are more.
    static constexpr int DefaultVisibleActivities = 20;
    static constexpr int DefaultVisiblePaths = 40;
    // The path slider's position before the first map is computed.
    static constexpr int DefaultPathPercent = 10;
    static constexpr int SliderDebounceMs = 200;
    // The contact list fits its columns to their content within these widths.
    // Contact ids get room for a whole UUID. Instance ids, mostly the same for
    // every contact, are elided in the middle beyond the general maximum.
    static constexpr int MinimumContactColumnWidth = 48;
    static constexpr int MaximumContactColumnWidth = 140;
    static constexpr int MaximumContactIdColumnWidth = 320;

    explicit FlowMapPage(const QList<FilterField> &filterFields, QObject *parent = nullptr);
    ~FlowMapPage() override;

    QString id() const override { return QStringLiteral("flow-map"); }
    QString title() const override;
    QWidget *widget() const override;

    void setWorkspacePath(const QString &path) override;
    void setDisplayTimeZone(const QTimeZone &zone) override;
    void reload() override;
    QString statusText() const override;
    void focusFilter() override;

    QStringList exportViews() const override;
    Filter exportFilter() const override;
    QList<const Renderable *> exportGraphics() const override;
    void applyFilter(const Filter &filter) override;
    void saveState() const override;
    void restoreState() override;

    // The filter bar's filter with the contacts another page's selection set.
    Filter effectiveFilter() const;

    // Keeps the top `activityPercent` % of activities and `pathPercent` % of
    // the remaining paths, and lays the map out again.
    // Also counts as the user's choice, which is remembered in QSettings.
    void setSimplification(int activityPercent, int pathPercent);
    // Forgets the user's slider positions and moves the sliders to where
    // they start for the current map.
    void resetSimplification();
    int activityPercent() const;
    int pathPercent() const;
    // True once the user chose the slider positions, in this session or an earlier one.
    bool hasChosenSimplification() const { return m_slidersTouched; }
    void setOverlay(FlowMapOverlay overlay);
    FlowMapOverlay overlay() const { return m_overlay; }
    // Selects variants by their row in the variants table's current order.
    void selectVariantRows(const QList<int> &rows);

    // Writes the whole map as a PNG or SVG (by the file suffix) of `width`
    // pixels, the height following the map's aspect ratio. Returns false and
    // sets `error` when the file cannot be written.
    bool exportImage(const QString &path, int width, QString *error) const;

    // Emits filterRequested with the contacts of the current selection.
    void useSelectionAsFilter();

    bool isBusy() const { return m_busyJobs > 0; }
    const FlowMap &shownMap() const { return m_shownMap; }
    FlowMapScene *scene() const { return m_scene; }
    FlowMapView *mapView() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    VariantsModel *variantsModel() const { return m_variantsModel; }
    SelectedContactsModel *contactsModel() const { return m_contactsModel; }
    QTableView *variantsView() const { return m_variantsView; }
    QTableView *contactsView() const { return m_contactsView; }
    // The note above the map with the number of activities and paths that the
    // sliders hide and how to show them. It is hidden when the map is whole.
    QLabel *hiddenPartNote() const { return m_hiddenPartNote; }

Q_SIGNALS:
    // The map is drawn after a query or a layout.
    void mapDrawn();
    // The contact list shows the contacts of a new selection.
    void contactsListed();

private:
    struct MapResult;

    QWidget *createToolBar();
    QWidget *createSidePanel();
    void scheduleQuery();
    void startMapQuery(bool variantsOnly);
    void startChoiceQuery();
    void startLayout();
    void startSelectionQuery(const FlowMapSelection &selection);
    void onMapReady(quint64 generation, const MapResult &result);
    void onMapSelectionChanged();
    void onVariantSelectionChanged();
    void showContacts(const QString &caption, const QList<SelectedContact> &contacts);
    void showMessage(const QString &title, const QString &text);
    void setBusy(bool busy, const QString &text = {});
    void openCurrentContact();
    void exportImageInteractively();
    void cancel();
    void updateSliderLabels();
    void updateHiddenPartNote();
    void saveSimplification() const;
    void fitContactColumns();
    void updateAppliedContacts();
    QList<QList<Activity>> selectedVariantPaths() const;

    QPointer<QWidget> m_widget;
    FilterBar *m_filterBar = nullptr;
    FlowMapScene *m_scene = nullptr;
    FlowMapView *m_view = nullptr;
    QStackedWidget *m_mapStack = nullptr;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageText = nullptr;
    QComboBox *m_overlayCombo = nullptr;
    QSlider *m_activitySlider = nullptr;
    QSlider *m_pathSlider = nullptr;
    QLabel *m_activityLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_hiddenPartNote = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_appliedLabel = nullptr;
    QPushButton *m_clearAppliedButton = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QLabel *m_contactsCaption = nullptr;
    QTableView *m_contactsView = nullptr;
    QPushButton *m_openContactButton = nullptr;
    QPushButton *m_useAsFilterButton = nullptr;
    QTableView *m_variantsView = nullptr;
    SelectedContactsModel *m_contactsModel = nullptr;
    VariantsModel *m_variantsModel = nullptr;

    QString m_path;
    QTimeZone m_zone = QTimeZone::utc();
    QStringList m_appliedContacts;
    FlowMap m_baseMap;  // the filtered map; its variants fill the table
    FlowMap m_shownMap; // the map drawn: the base map or the selected variants' part
    QHash<QString, FlowName> m_names;
    FlowMapOverlay m_overlay = FlowMapOverlay::Contacts;
    bool m_slidersTouched = false;
    // Where the sliders start for the current map; see DefaultVisibleActivities.
    int m_defaultActivityPercent = 100;
    int m_defaultPathPercent = DefaultPathPercent;
    bool m_fitAfterLayout = true;
    int m_busyJobs = 0;
    QString m_failure;

    QThreadPool m_pool;
    QTimer m_queryTimer;
    QTimer m_layoutTimer;
    // The latest generation of each kind of job; a worker whose number is
    // older cancels itself at its next progress report.
    std::shared_ptr<std::atomic<quint64>> m_mapGeneration;
    std::shared_ptr<std::atomic<quint64>> m_layoutGeneration;
    std::shared_ptr<std::atomic<quint64>> m_selectionGeneration;
    bool m_queryVariantsOnly = true;
};

} // namespace Flowscope
