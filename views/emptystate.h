#pragma once

#include <QWidget>

class QVBoxLayout;

namespace Flowscope {

// What the main window shows while no workspace is open: what a workspace
// is, buttons to create or open one, and the recent workspaces.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setRecentWorkspaces(const QStringList &paths);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void openPathRequested(const QString &path);

private:
    QWidget *m_recentBox = nullptr;
    QVBoxLayout *m_recentLayout = nullptr;
};

} // namespace Flowscope
