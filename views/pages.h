#pragma once

#include <QList>

class QObject;

namespace Flowscope {

class Page;

// Creates the main window's pages in tab order. A new page is added here and
// nowhere else.
QList<Page *> createPages(QObject *parent);

} // namespace Flowscope
