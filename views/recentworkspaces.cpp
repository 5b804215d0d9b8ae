#include "recentworkspaces.h"

#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Flowscope {

RecentWorkspacesMenu::RecentWorkspacesMenu(QWidget *parent) : QMenu(tr("Open &Recent"), parent)
{
    rebuild();
}

QStringList RecentWorkspacesMenu::paths() const
{
    return Settings::recentWorkspaces(QSettings());
}

void RecentWorkspacesMenu::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, Settings::MaxRecentWorkspaces));
}

void RecentWorkspacesMenu::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentWorkspacesMenu::store(const QStringList &paths)
{
    QSettings settings;
    settings.setValue(QLatin1String(Settings::RecentWorkspacesKey), paths);
    rebuild();
    Q_EMIT changed();
}

void RecentWorkspacesMenu::rebuild()
{
    clear();
    const QStringList list = paths();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        const QString label =
            i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(path).fileName())
                  : QFileInfo(path).fileName();
        QAction *action = addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }

    if (list.isEmpty()) {
        addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    addSeparator();
    connect(addAction(tr("Clear List")), &QAction::triggered, this, [this] { store({}); });
}

} // namespace Flowscope
