#pragma once

#include "filterbar.h"
#include "page.h"
#include "tablemodel.h"

#include <QPoint>
#include <QPointer>

class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace Flowscope {

class BrowserTableView;

// The settings that distinguish one table browser from another.
struct BrowserPageConfig
{
    QString id;
    QString title;
    const TableSpec *table = nullptr;
    // The timestamp column the time range filters and the initial sort uses.
    QString timeColumn;
    QList<FilterField> filterFields;
    // Columns holding contact ids (text or JSON arrays) that offer "Open contact".
    QStringList contactColumns;
    // Columns hidden until the user shows them from the header menu.
    QStringList hiddenColumns;
    // Columns moved to the front, in this order, in the initial layout.
    QStringList leadingColumns;
    // The status bar's row count, such as "Flow events: 5".
    QString (*rowCountText)(int rows) = nullptr;
    // Whether "Open contact" lands on this page (the contact filter applies to it).
    bool showsContacts = false;
    // Shown when the workspace contains no row of the table.
    QString emptyTableText;
};

// A page that browses one data lake table: a filter bar over a lazily loaded,
// sortable table. Filtering, sorting and counting run in SQLite off the GUI
// thread (see WorkspaceTableModel).
class BrowserPage : public Page
{
    Q_OBJECT

public:
    explicit BrowserPage(const BrowserPageConfig &config, QObject *parent = nullptr);
    ~BrowserPage() override;

    QString id() const override { return m_config.id; }
    QString title() const override { return m_config.title; }
    QWidget *widget() const override;

    void setWorkspacePath(const QString &path) override;
    void setDisplayTimeZone(const QTimeZone &zone) override;
    void reload() override;
    QString statusText() const override;
    void copySelection() override;
    void focusFilter() override;
    void saveState() const override;
    void restoreState() override;

    // Sets the contact filter, keeping the others, when the page shows contacts.
    bool showContact(const QString &contactId) override;
    // "flow-events" or "test-runs", with the filter the table shows.
    QStringList exportViews() const override;
    Filter exportFilter() const override;
    void applyFilter(const Filter &filter) override;

    WorkspaceTableModel *model() const { return m_model; }
    FilterBar *filterBar() const { return m_filterBar; }
    BrowserTableView *tableView() const { return m_view; }

private:
    QWidget *createMessagePane();
    void configureHeader();
    void onLoadedChanged(qint64 loaded, qint64 total);
    void updateMessage();
    void showHeaderMenu(const QPoint &position);
    void showCellMenu(const QPoint &position);
    void openContactsAt(const QModelIndex &index, const QPoint &globalPosition);
    QStringList contactIdsAt(const QModelIndex &index) const;
    void addContactActions(QMenu *menu, const QStringList &contactIds);
    void applyDefaultColumnLayout();
    void fitColumnsToContents();
    void applyModelFilter();
    void showContactSelection();

    BrowserPageConfig m_config;
    WorkspaceTableModel *m_model = nullptr;
    QPointer<QWidget> m_widget;
    FilterBar *m_filterBar = nullptr;
    BrowserTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageText = nullptr;
    QPushButton *m_messageClearButton = nullptr;
    QString m_failure;
    // Contacts another page chose (a flow map node, a test run); they narrow
    // the rows on top of the filter bar until the user shows all again.
    QStringList m_selectedContacts;
    QWidget *m_selectionBar = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_columnsFitted = false;
    bool m_headerRestored = false;
};

} // namespace Flowscope
