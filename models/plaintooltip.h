#pragma once

#include <QString>

namespace Flowscope {

// A tooltip that shows `text` exactly as written. Qt renders tooltip text
// that Qt::mightBeRichText() accepts as HTML, so values from input files, such
// as "<b>x</b>" or "<img src=...>", are escaped first.
QString plainToolTip(const QString &text);

} // namespace Flowscope
