#pragma once

#include <QLoggingCategory>

// One category per component of the views layer. Only warnings and above
// print by default; enable more with QT_LOGGING_RULES="flowscope.views.*=true".
Q_DECLARE_LOGGING_CATEGORY(lcMainWindow)
Q_DECLARE_LOGGING_CATEGORY(lcBrowser)
