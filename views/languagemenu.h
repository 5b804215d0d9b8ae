#pragma once

#include <QMenu>

namespace Flowscope {

// View > Language: follow the system or pick a language. The choice is stored
// in the settings and takes effect at the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    // `language` is empty for the system language, else a code such as "de".
    void languageChosen(const QString &language);
};

} // namespace Flowscope
