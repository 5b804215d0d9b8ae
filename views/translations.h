#pragma once

class QCoreApplication;

namespace Flowscope {

// Installs the translators for the language in the settings (the system
// locale when none is set): Flowscope's own, embedded under :/i18n, and Qt's.
// Call once at start-up, before any window exists.
void installTranslations(QCoreApplication &application);

} // namespace Flowscope
