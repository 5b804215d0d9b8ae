#pragma once

#include <QLoggingCategory>

// One category per component of the models layer. Only warnings and above
// print by default; enable more with QT_LOGGING_RULES="flowscope.models.*=true".
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcReaders)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
