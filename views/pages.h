#pragma once

#include <QList>

class QObject;

namespace Flowscope {

class Page;
struct FilterField;

// Creates the main window's pages in tab order. A new page is added here and
// nowhere else.
QList<Page *> createPages(QObject *parent);

// The filter controls of every page over flow events: contact, test run
// origin, instance, channel, flow type, initiation method, flow, outcome and queue.
QList<FilterField> flowEventFilterFields();

// The filter controls of every page over test executions: test case, contact,
// instance, result, status, type, execution method, channel, subtype and
// initiating flow.
QList<FilterField> testRunFilterFields();

} // namespace Flowscope
