#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// Every QSettings key of the desktop application and its default, in one place.
namespace Flowscope::Settings {

// Workspaces, most recent first.
inline constexpr char RecentWorkspacesKey[] = "workspace/recent";
inline constexpr int MaxRecentWorkspaces = 8;
// Whether the last workspace opens again at start-up when no workspace is given.
inline constexpr char ReopenLastWorkspaceKey[] = "workspace/reopenLast";
inline constexpr bool DefaultReopenLastWorkspace = true;

inline constexpr char WindowGeometryKey[] = "window/geometry";
inline constexpr char WindowStateKey[] = "window/state";
inline constexpr char CurrentPageKey[] = "window/currentPage";

// An IANA time zone id; every timestamp shows in this zone.
inline constexpr char DisplayTimeZoneKey[] = "display/timeZone";
inline constexpr char DefaultDisplayTimeZone[] = "UTC";

// The user interface language: empty follows the system locale, otherwise a
// language code such as "en" or "de". Takes effect at the next start.
inline constexpr char LanguageKey[] = "display/language";
inline constexpr char DefaultLanguage[] = "";

// Per page: the table header (column order, widths, hidden columns, sort).
inline QString pageHeaderStateKey(const QString &pageId)
{
    return QStringLiteral("pages/") + pageId + QStringLiteral("/headerState");
}

// Test history: the flaky rule (at least minSwitches result switches in the
// last windowRuns passed or failed runs) and how many of the latest runs get a column.
inline constexpr char FlakyMinSwitchesKey[] = "testHistory/flakyMinSwitches";
inline constexpr int DefaultFlakyMinSwitches = 3;
inline constexpr char FlakyWindowRunsKey[] = "testHistory/flakyWindowRuns";
inline constexpr int DefaultFlakyWindowRuns = 10;
inline constexpr char HistoryRunColumnsKey[] = "testHistory/runColumns";
inline constexpr int DefaultHistoryRunColumns = 20;

// Failure reasons: the trend bucket, "day", "week" or "month".
inline constexpr char FailureTrendBucketKey[] = "failureReasons/bucket";
inline constexpr char DefaultFailureTrendBucket[] = "day";

// Flow map: the activity and path slider positions in percent, stored only
// once the user moves a slider (without them the page picks positions from
// the map's size), and the overlay: "contacts", "events", "medianDuration",
// "meanDuration" or "maxDuration".
inline constexpr char FlowMapActivityPercentKey[] = "flowMap/activityPercent";
inline constexpr char FlowMapPathPercentKey[] = "flowMap/pathPercent";
inline constexpr char FlowMapOverlayKey[] = "flowMap/overlay";
inline constexpr char DefaultFlowMapOverlay[] = "contacts";

inline QStringList recentWorkspaces(const QSettings &settings)
{
    return settings.value(QLatin1String(RecentWorkspacesKey)).toStringList();
}

inline QTimeZone displayTimeZone(const QSettings &settings)
{
    const QByteArray id =
        settings.value(QLatin1String(DisplayTimeZoneKey), QLatin1String(DefaultDisplayTimeZone))
            .toString()
            .toUtf8();
    const QTimeZone zone(id);
    return zone.isValid() ? zone : QTimeZone::utc();
}

inline QString language(const QSettings &settings)
{
    return settings.value(QLatin1String(LanguageKey), QLatin1String(DefaultLanguage)).toString();
}

} // namespace Flowscope::Settings
