#pragma once

#include "filter.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimeZone>

class QWidget;

namespace Flowscope {

class Renderable;

// One page of the main window (a tab), with its own widgets and logic. The
// main window uses pages only through this interface, so a new page is one
// more registration and no change to the window.
class Page : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // A stable identifier for settings keys, such as "flow-events".
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    // The page's widget; the main window takes ownership when it shows it.
    virtual QWidget *widget() const = 0;

    // An empty path closes the workspace.
    virtual void setWorkspacePath(const QString &path) = 0;
    virtual void setDisplayTimeZone(const QTimeZone &zone) = 0;
    // Reads the workspace again, for example after an import.
    virtual void reload() = 0;

    // Row counts and the active filter, for the status bar.
    virtual QString statusText() const = 0;

    // Edit > Copy and Edit > Find; pages without a table or filter ignore them.
    virtual void copySelection() {}
    virtual void focusFilter() {}

    // Shows the rows of one contact and returns true, or returns false when
    // the page does not show contacts.
    virtual bool showContact(const QString &contactId)
    {
        Q_UNUSED(contactId);
        return false;
    }

    // What File > Export offers on this page: the view names that
    // `flowscope-cli export --view` takes for what the page shows, the main
    // one first (empty when the page has nothing to export), the filter the
    // page applies, and the charts or maps it draws, owned by the page.
    virtual QStringList exportViews() const { return {}; }
    virtual Filter exportFilter() const { return {}; }
    virtual QList<const Renderable *> exportGraphics() const { return {}; }

    // Applies a filter that another page turned a selection into, such as the
    // contacts through one flow map node; pages keep the fields that do not
    // apply to them.
    virtual void applyFilter(const Filter &filter) { Q_UNUSED(filter); }

    virtual void saveState() const {}
    virtual void restoreState() {}

Q_SIGNALS:
    void statusChanged();
    // The user asked to see everything about a contact.
    void contactRequested(const QString &contactId);
    // The user asked every page to apply this filter (see applyFilter).
    void filterRequested(const Flowscope::Filter &filter);
    // A failure the user should see; the message states what failed and what to do.
    void failed(const QString &message);
};

} // namespace Flowscope
