#include "languagemenu.h"

#include "settings.h"

#include <QActionGroup>
#include <QSettings>

namespace Flowscope {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    struct Choice
    {
        QString code;
        QString label;
    };
    // Language names are written in their own language, so anyone can find theirs.
    const QList<Choice> choices = {
        {QString(), tr("System Language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
    };

    const QString current = Settings::language(QSettings());
    auto *group = new QActionGroup(this);
    for (const Choice &choice : choices) {
        QAction *action = addAction(choice.label);
        action->setCheckable(true);
        action->setChecked(choice.code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = choice.code] {
            QSettings settings;
            settings.setValue(QLatin1String(Settings::LanguageKey), code);
            Q_EMIT languageChosen(code);
        });
    }

    addSeparator();
    addAction(tr("Takes effect when Flowscope starts again"))->setEnabled(false);
}

} // namespace Flowscope
