#include "logging.h"

Q_LOGGING_CATEGORY(lcMainWindow, "flowscope.views.mainwindow", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBrowser, "flowscope.views.browser", QtWarningMsg)
