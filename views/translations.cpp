#include "translations.h"

#include "logging.h"
#include "settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Flowscope {

void installTranslations(QCoreApplication &application)
{
    const QString language = Settings::language(QSettings());
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    // English is the source language; its catalogue holds only the plural
    // forms of messages with a count (lupdate -pluralonly).
    auto *flowscope = new QTranslator(&application);
    if (flowscope->load(locale, QStringLiteral("flowscope"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        application.installTranslator(flowscope);
    } else {
        qCDebug(lcMainWindow) << "No Flowscope translation for" << locale.name();
    }

    auto *qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        application.installTranslator(qt);
    }
}

} // namespace Flowscope
