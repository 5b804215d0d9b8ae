#pragma once

#include <QMenu>
#include <QStringList>

namespace Flowscope {

// File > Open Recent: the workspaces opened last, most recent first, kept in
// the settings. Paths that no longer exist are shown disabled.
class RecentWorkspacesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentWorkspacesMenu(QWidget *parent = nullptr);

    QStringList paths() const;
    // Puts `path` first.
    void add(const QString &path);
    void remove(const QString &path);

Q_SIGNALS:
    void openRequested(const QString &path);
    void changed();

private:
    void rebuild();
    void store(const QStringList &paths);
};

} // namespace Flowscope
