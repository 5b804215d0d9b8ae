#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace Flowscope {

// A chart or map that can draw itself on any paint device: the screen, a PNG,
// an SVG or a PDF page. Exports go through this interface so that an exported
// picture is drawn by the same code as the one on screen.
class Renderable
{
public:
    virtual ~Renderable() = default;

    // A short, translated name for file names and report headings, such as "Flow map".
    virtual QString renderTitle() const = 0;
    // The size, in device-independent pixels, at which everything is legible.
    virtual QSizeF naturalSize() const = 0;
    // Draws the whole picture (not only the part scrolled into view) scaled
    // to fit `target`, keeping its aspect ratio.
    virtual void render(QPainter *painter, const QRectF &target) const = 0;
};

} // namespace Flowscope
