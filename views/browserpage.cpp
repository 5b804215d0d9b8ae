#include "browserpage.h"

#include "browsertableview.h"
#include "exportviews.h"
#include "logging.h"
#include "plaintooltip.h"
#include "settings.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Flowscope {

namespace {

constexpr int MinimumColumnWidth = 70;
constexpr int MaximumColumnWidth = 300;
constexpr int MessageWidth = 520;

// A centred, word-wrapped label in a box layout gets the height of its unwrapped
// text unless its size is fixed to the wrapped height.
void setWrappedText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setFixedSize(MessageWidth, label->heightForWidth(MessageWidth));
}

} // namespace

BrowserPage::BrowserPage(const BrowserPageConfig &config, QObject *parent)
    : Page(parent), m_config(config), m_model(new WorkspaceTableModel(*config.table, this))
{
    m_widget = new QWidget;
    m_filterBar = new FilterBar(m_config.filterFields, m_widget);

    m_view = new BrowserTableView(m_widget);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setToolTip(
        tr("Click a column header to sort; right-click to choose the columns"));

    m_stack = new QStackedWidget(m_widget);
    m_stack->addWidget(m_view);
    m_stack->addWidget(createMessagePane());

    m_selectionBar = new QWidget(m_widget);
    m_selectionLabel = new QLabel(m_selectionBar);
    m_selectionLabel->setTextFormat(Qt::PlainText);
    auto *showAllButton = new QPushButton(tr("Show all contacts"), m_selectionBar);
    showAllButton->setToolTip(tr("Stop narrowing the rows to the contacts chosen on another page"));
    auto *selectionLayout = new QHBoxLayout(m_selectionBar);
    selectionLayout->setContentsMargins(8, 4, 8, 4);
    selectionLayout->addWidget(m_selectionLabel, 1);
    selectionLayout->addWidget(showAllButton);
    m_selectionBar->setVisible(false);
    connect(showAllButton, &QPushButton::clicked, this, [this] {
        m_selectedContacts.clear();
        showContactSelection();
        applyModelFilter();
    });

    auto *layout = new QVBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_selectionBar);
    layout->addWidget(m_stack, 1);

    connect(m_filterBar, &FilterBar::filterChanged, this, &BrowserPage::applyModelFilter);
    connect(m_filterBar, &FilterBar::filterChanged, this, &Page::statusChanged);
    connect(m_model, &WorkspaceTableModel::loadedChanged, this, &BrowserPage::onLoadedChanged);
    connect(m_model, &WorkspaceTableModel::distinctValuesReady, m_filterBar,
            &FilterBar::setChoices);
    connect(m_model, &WorkspaceTableModel::timeSpanReady, m_filterBar,
            [this](const QString &, qint64 firstMs, qint64 lastMs) {
                m_filterBar->setTimeSpan(firstMs, lastMs);
            });
    connect(m_model, &WorkspaceTableModel::queryFailed, this, [this](const QString &message) {
        m_failure = message;
        updateMessage();
        Q_EMIT failed(message);
    });
    connect(m_view, &BrowserTableView::copyRequested, this, &BrowserPage::copySelection);
    connect(m_view, &QWidget::customContextMenuRequested, this, &BrowserPage::showCellMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &BrowserPage::showHeaderMenu);
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { openContactsAt(index, QCursor::pos()); });

    configureHeader();
    updateMessage();
}

BrowserPage::~BrowserPage()
{
    // The widget belongs to the main window once shown; otherwise it is ours.
    if (m_widget && !m_widget->parent())
        delete m_widget;
}

QWidget *BrowserPage::widget() const
{
    return m_widget;
}

QWidget *BrowserPage::createMessagePane()
{
    auto *pane = new QWidget(m_widget);
    m_messageTitle = new QLabel(pane);
    QFont titleFont = m_messageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_messageTitle->setFont(titleFont);
    m_messageTitle->setAlignment(Qt::AlignHCenter);

    m_messageText = new QLabel(pane);
    m_messageText->setWordWrap(true);
    m_messageText->setAlignment(Qt::AlignHCenter);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_messageClearButton = new QPushButton(tr("Clear filter"), pane);
    connect(m_messageClearButton, &QPushButton::clicked, m_filterBar, &FilterBar::clear);

    auto *layout = new QVBoxLayout(pane);
    layout->addStretch(2);
    layout->addWidget(m_messageTitle, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_messageText, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_messageClearButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return pane;
}

void BrowserPage::configureHeader()
{
    m_view->setSortingEnabled(false);
    m_view->horizontalHeader()->setSortIndicator(m_model->columnIndex(m_config.timeColumn),
                                                 Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
}

void BrowserPage::setWorkspacePath(const QString &path)
{
    if (!m_model->workspacePath().isEmpty())
        saveState();

    m_failure.clear();
    m_columnsFitted = false;
    // Contacts chosen in another workspace mean nothing in this one.
    if (!m_selectedContacts.isEmpty()) {
        m_selectedContacts.clear();
        showContactSelection();
        applyModelFilter();
    }
    m_model->setWorkspacePath(path);
    restoreState();
    if (path.isEmpty())
        return;

    for (const QString &column : m_filterBar->choiceColumns())
        m_model->requestDistinctValues(column);
    m_model->requestTimeSpan(m_config.timeColumn);
}

void BrowserPage::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_model->setDisplayTimeZone(zone);
    m_filterBar->setDisplayTimeZone(zone);
    Q_EMIT statusChanged();
}

void BrowserPage::reload()
{
    m_failure.clear();
    m_model->reload();
    for (const QString &column : m_filterBar->choiceColumns())
        m_model->requestDistinctValues(column);
    m_model->requestTimeSpan(m_config.timeColumn);
}

QString BrowserPage::statusText() const
{
    if (m_model->workspacePath().isEmpty())
        return {};

    const qint64 total = m_model->totalRowCount();
    QString text = total < 0 ? tr("Counting rows…")
                             : tr("%1 (%L2 loaded)")
                                   .arg(m_config.rowCountText(int(total)))
                                   .arg(m_model->loadedRowCount());
    const QString filter = m_model->filter().describe(m_config.table->name, m_zone);
    if (!filter.isEmpty())
        text += QStringLiteral("  ·  ") + tr("Filter: %1").arg(filter);
    return text;
}

void BrowserPage::copySelection()
{
    // selection() keeps ranges; selectedIndexes() would list every cell of millions of rows.
    const QItemSelection selection = m_view->selectionModel()->selection();
    if (selection.isEmpty())
        return;

    // Columns go in the order the user sees them; hidden ones stay out.
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columnOrder;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columnOrder.append(logical);
    }
    QGuiApplication::clipboard()->setText(m_model->tabSeparatedText(selection, columnOrder, true));
}

void BrowserPage::focusFilter()
{
    m_filterBar->focusTextField();
}

void BrowserPage::saveState() const
{
    // Without a workspace the header contains no layout the user made.
    if (m_model->workspacePath().isEmpty() || m_model->columnCount() == 0)
        return;
    QSettings settings;
    settings.setValue(Settings::pageHeaderStateKey(m_config.id),
                      m_view->horizontalHeader()->saveState());
}

void BrowserPage::restoreState()
{
    const QSettings settings;
    const QByteArray state =
        settings.value(Settings::pageHeaderStateKey(m_config.id)).toByteArray();
    QHeaderView *header = m_view->horizontalHeader();
    m_headerRestored = !state.isEmpty() && header->restoreState(state) &&
                       header->count() == m_model->columnCount();
    if (!m_headerRestored) {
        applyDefaultColumnLayout();
        return;
    }

    // Restoring the header shows the saved sort indicator without sorting.
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

bool BrowserPage::showContact(const QString &contactId)
{
    if (!m_config.showsContacts)
        return false;

    Filter filter = m_filterBar->filter();
    filter.contactId = {contactId, TextMatch::Contains};
    m_filterBar->setFilter(filter);

    // A contact's events read as its path only in time order.
    m_view->sortByColumn(m_model->columnIndex(m_config.timeColumn), Qt::AscendingOrder);
    return true;
}

void BrowserPage::onLoadedChanged(qint64 loaded, qint64 total)
{
    if (loaded > 0 && !m_columnsFitted && !m_headerRestored) {
        m_columnsFitted = true;
        fitColumnsToContents();
    }
    if (total >= 0)
        m_failure.clear();
    updateMessage();
    Q_EMIT statusChanged();
}

void BrowserPage::updateMessage()
{
    const bool noRows = m_model->totalRowCount() == 0 && !m_model->workspacePath().isEmpty();
    const bool filtered = !m_model->filter().isEmpty();

    if (!m_failure.isEmpty()) {
        m_messageTitle->setText(tr("The rows could not be read"));
        setWrappedText(m_messageText, m_failure);
    } else if (noRows && filtered) {
        m_messageTitle->setText(tr("No rows match the filter"));
        setWrappedText(m_messageText, tr("Loosen the time range or choose other values, or "
                                         "clear the filter."));
    } else if (noRows) {
        m_messageTitle->setText(tr("Nothing imported yet"));
        setWrappedText(m_messageText, m_config.emptyTableText);
    }
    m_messageClearButton->setVisible(filtered && m_failure.isEmpty());
    m_stack->setCurrentIndex(noRows || !m_failure.isEmpty() ? 1 : 0);
}

void BrowserPage::applyDefaultColumnLayout()
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        header->setSectionHidden(column,
                                 m_config.hiddenColumns.contains(m_model->columnName(column)));
    }

    int position = 0;
    for (const QString &name : std::as_const(m_config.leadingColumns)) {
        const int logical = m_model->columnIndex(name);
        if (logical < 0)
            continue;
        header->moveSection(header->visualIndex(logical), position);
        ++position;
    }
    configureHeader();
}

void BrowserPage::fitColumnsToContents()
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        m_view->resizeColumnToContents(column);
        header->resizeSection(column, std::clamp(header->sectionSize(column), MinimumColumnWidth,
                                                 MaximumColumnWidth));
    }
}

void BrowserPage::showHeaderMenu(const QPoint &position)
{
    QMenu menu;
    QHeaderView *header = m_view->horizontalHeader();
    menu.addSection(tr("Columns"));

    // In the order the columns are shown.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *action = menu.addAction(m_model->columnName(logical));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        connect(action, &QAction::toggled, header, [this, header, logical](bool shown) {
            header->setSectionHidden(logical, !shown);
            if (shown && header->sectionSize(logical) < MinimumColumnWidth)
                m_view->resizeColumnToContents(logical);
        });
    }

    menu.addSeparator();
    QAction *showAll = menu.addAction(tr("Show all columns"));
    connect(showAll, &QAction::triggered, header, [this, header] {
        for (int column = 0; column < m_model->columnCount(); ++column)
            header->setSectionHidden(column, false);
    });
    QAction *reset = menu.addAction(tr("Reset columns"));
    connect(reset, &QAction::triggered, this, [this] {
        applyDefaultColumnLayout();
        fitColumnsToContents();
    });
    menu.exec(header->mapToGlobal(position));
}

void BrowserPage::showCellMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;

    QMenu menu;
    QAction *copy = menu.addAction(tr("Copy"));
    copy->setShortcut(QKeySequence::Copy);
    connect(copy, &QAction::triggered, this, &BrowserPage::copySelection);
    addContactActions(&menu, contactIdsAt(index));
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void BrowserPage::openContactsAt(const QModelIndex &index, const QPoint &globalPosition)
{
    const QStringList contactIds = contactIdsAt(index);
    if (contactIds.size() == 1) {
        Q_EMIT contactRequested(contactIds.constFirst());
        return;
    }
    if (contactIds.isEmpty())
        return;

    QMenu menu;
    addContactActions(&menu, contactIds);
    menu.exec(globalPosition);
}

QStringList BrowserPage::contactIdsAt(const QModelIndex &index) const
{
    const QString column = m_model->columnName(index.column());
    if (!index.isValid() || !m_config.contactColumns.contains(column) ||
        index.data(WorkspaceTableModel::IsNullRole).toBool()) {
        return {};
    }

    const QString value = index.data(WorkspaceTableModel::RawValueRole).toString();
    const ColumnSpec *spec = m_config.table->column(column);
    if (!spec || spec->type != ColumnType::TextArray)
        return value.isEmpty() ? QStringList() : QStringList{value};

    QStringList contactIds;
    const QJsonArray array = QJsonDocument::fromJson(value.toUtf8()).array();
    for (const QJsonValue &element : array) {
        if (!element.toString().isEmpty())
            contactIds.append(element.toString());
    }
    return contactIds;
}

void BrowserPage::addContactActions(QMenu *menu, const QStringList &contactIds)
{
    if (contactIds.isEmpty())
        return;

    menu->addSeparator();
    for (const QString &contactId : contactIds) {
        QAction *open = menu->addAction(tr("Open contact %1").arg(contactId));
        open->setToolTip(tr("Show the flow events of this contact"));
        connect(open, &QAction::triggered, this,
                [this, contactId] { Q_EMIT contactRequested(contactId); });
    }
}

QStringList BrowserPage::exportViews() const
{
    if (!m_config.table)
        return {};
    if (m_config.table->name == QLatin1String(TableNames::ContactFlowEvents))
        return {QLatin1String(ExportViewNames::FlowEvents)};
    if (m_config.table->name == QLatin1String(TableNames::TestCaseExecutionResults))
        return {QLatin1String(ExportViewNames::TestRuns)};
    return {};
}

Filter BrowserPage::exportFilter() const
{
    return m_model->filter();
}

void BrowserPage::applyFilter(const Filter &filter)
{
    m_selectedContacts = filter.contacts;
    showContactSelection();

    // The filter bar takes the fields it shows; the contact list is applied
    // here, because the bar has no field for it.
    m_filterBar->setFilter(filter);
    applyModelFilter();
}

void BrowserPage::applyModelFilter()
{
    Filter filter = m_filterBar->filter();
    filter.contacts = m_selectedContacts;
    m_model->setFilter(filter);
}

void BrowserPage::showContactSelection()
{
    m_selectionBar->setVisible(!m_selectedContacts.isEmpty());
    if (m_selectedContacts.isEmpty())
        return;
    m_selectionLabel->setText(
        m_config.showsContacts
            ? tr("Showing the flow events of %n contact(s) chosen on another page.", nullptr,
                 int(m_selectedContacts.size()))
            : tr("Showing the test runs that created %n contact(s) chosen on another page.",
                 nullptr, int(m_selectedContacts.size())));

    // The first contacts of the selection, which can hold thousands.
    constexpr int ListedContacts = 20;
    QString listed = m_selectedContacts.mid(0, ListedContacts).join(QLatin1Char('\n'));
    if (m_selectedContacts.size() > ListedContacts) {
        listed += QLatin1Char('\n') +
                  tr("and %n more", nullptr, int(m_selectedContacts.size() - ListedContacts));
    }
    m_selectionLabel->setToolTip(plainToolTip(listed));
}

} // namespace Flowscope
