#pragma once

#include "exportrunner.h"

#include <QHash>
#include <QList>
#include <QSizeF>
#include <QString>

#include <memory>

class QIODevice;

namespace Flowscope {

class Renderable;

// The charts and maps of each view, by view name, main one first.
using ExportGraphics = QHash<QString, QList<std::shared_ptr<const Renderable>>>;

// Exports in any format. CSV, XLSX and Athena SQL go through runDataExport;
// PDF draws the KPI tiles, `graphics` and the rows of each requested view;
// PNG and SVG draw the first graphic of the first view. Like runDataExport,
// it writes to a temporary file and renames it at the end. Drawing needs a
// QGuiApplication; the Renderables must be usable on the calling thread
// (snapshotRenderable() makes them so).
ExportResult runExport(const ExportRequest &request, const ExportGraphics &graphics,
                       const ExportProgressCallback &progress = {});

// Draws `graphic` at `size` device-independent pixels (its natural size when
// empty) into a PNG of size × scale pixels, on white.
bool writePng(const Renderable &graphic, QIODevice *device, const QSizeF &size, double scale,
              QString *error);
// Draws `graphic` as an SVG of `size` (its natural size when empty).
bool writeSvg(const Renderable &graphic, QIODevice *device, const QSizeF &size, QString *error);

// Records what `source` draws at its natural size into a QPicture, so that
// an export on another thread can replay it as vectors after the source
// widget changed or went away. Call it on the thread that owns `source`.
std::shared_ptr<const Renderable> snapshotRenderable(const Renderable &source);

// The time window of `request`'s filter in its zone, for a report heading.
QString exportTimeSpanText(const ExportRequest &request);

} // namespace Flowscope
