#include "logging.h"

Q_LOGGING_CATEGORY(lcWorkspace, "flowscope.models.workspace", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "flowscope.models.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReaders, "flowscope.models.readers", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "flowscope.models.export", QtWarningMsg)
