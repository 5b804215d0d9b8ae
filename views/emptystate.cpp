#include "emptystate.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Flowscope {

EmptyState::EmptyState(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("No workspace open"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *text = new QLabel(
        tr("A workspace is one file that keeps the flow events and test runs you import from "
           "Amazon Connect data lake exports. Create one, open one, or drop export files on "
           "this window to start a new workspace with them."),
        this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    // A fixed size, because a centred word-wrapped label otherwise gets the
    // height of its unwrapped text.
    constexpr int TextWidth = 480;
    text->setFixedSize(TextWidth, text->heightForWidth(TextWidth));

    auto *newButton = new QPushButton(tr("New Workspace…"), this);
    auto *openButton = new QPushButton(tr("Open Workspace…"), this);
    newButton->setDefault(true);
    connect(newButton, &QPushButton::clicked, this, &EmptyState::newRequested);
    connect(openButton, &QPushButton::clicked, this, &EmptyState::openRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();

    m_recentBox = new QWidget(this);
    m_recentLayout = new QVBoxLayout(m_recentBox);
    m_recentLayout->setContentsMargins(0, 0, 0, 0);
    m_recentLayout->setSpacing(2);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(10);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(18);
    layout->addLayout(buttons);
    layout->addSpacing(24);
    layout->addWidget(m_recentBox, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyState::setRecentWorkspaces(const QStringList &paths)
{
    while (QLayoutItem *item = m_recentLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }

    QStringList existing;
    for (const QString &path : paths) {
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    m_recentBox->setVisible(!existing.isEmpty());
    if (existing.isEmpty())
        return;

    auto *heading = new QLabel(tr("Recent workspaces"), m_recentBox);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_recentLayout->addWidget(heading, 0, Qt::AlignHCenter);
    for (const QString &path : std::as_const(existing)) {
        auto *link = new QPushButton(QFileInfo(path).fileName(), m_recentBox);
        link->setFlat(true);
        link->setCursor(Qt::PointingHandCursor);
        link->setToolTip(QDir::toNativeSeparators(path));
        connect(link, &QPushButton::clicked, this,
                [this, path] { Q_EMIT openPathRequested(path); });
        m_recentLayout->addWidget(link, 0, Qt::AlignHCenter);
    }
}

} // namespace Flowscope
