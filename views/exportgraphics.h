#pragma once

#include "filter.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace Flowscope {

class Renderable;

// Builds the chart or map a view shows, from the workspace under `filter`,
// with the same classes the pages draw with, for exports without a window
// (flowscope-cli export). Needs a QApplication, because the charts are
// widgets. Returns null and sets `error` to what failed, or to which formats
// do work when the view has no graphic.
std::unique_ptr<Renderable> createExportGraphic(const QString &view, const QString &workspacePath,
                                                const Filter &filter, const QTimeZone &zone,
                                                QString *error);

// The views createExportGraphic can draw.
QStringList exportGraphicViews();

} // namespace Flowscope
