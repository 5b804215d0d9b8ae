#include "tablemodel.h"

#include "plaintooltip.h"
#include "workspace.h"

#include <QColor>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTextDocument>

#include <algorithm>
#include <climits>
#include <utility>

namespace Flowscope {

namespace {

// The grey of NULL placeholders: readable on light and dark backgrounds.
const QColor NullTextColor(0x8a, 0x8a, 0x8a);

const QString TimestampFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");

// The elements of a JSON array of strings, or nothing when `text` is not one.
std::optional<QStringList> arrayElements(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray())
        return std::nullopt;

    QStringList elements;
    const QJsonArray array = document.array();
    for (const QJsonValue &element : array)
        elements.append(element.isString() ? element.toString() : element.toVariant().toString());
    return elements;
}

// Test execution columns share this prefix; without it their headers stay
// distinguishable in narrow columns. Tooltips and ColumnNameRole keep the full name.
const QString TestCasePrefix = QStringLiteral("connect_test_case_");

QString headerLabel(const QString &column)
{
    return column.startsWith(TestCasePrefix) ? column.mid(TestCasePrefix.size()) : column;
}

QString singleLine(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

WorkspaceTableModel::WorkspaceTableModel(const TableSpec &table, QObject *parent)
    : QAbstractTableModel(parent), m_table(table),
      m_latestGeneration(std::make_shared<std::atomic<quint64>>(0)),
      m_latestPageRequest(std::make_shared<std::atomic<quint64>>(0)),
      m_rowIds(std::make_shared<RowIdIndex>())
{
    m_columns = table.columnNames();
    for (const ColumnSpec &column : table.columns)
        m_columnTypes.append(column.type);

    m_pageWorker = new TableQueryWorker(m_latestGeneration, m_latestPageRequest, m_rowIds);
    m_countWorker = new TableQueryWorker(m_latestGeneration, m_latestPageRequest, m_rowIds);
    m_choiceWorker = new TableQueryWorker(m_latestGeneration, m_latestPageRequest);
    m_pageWorker->moveToThread(&m_pageThread);
    m_countWorker->moveToThread(&m_countThread);
    m_choiceWorker->moveToThread(&m_choiceThread);
    connect(&m_pageThread, &QThread::finished, m_pageWorker, &QObject::deleteLater);
    connect(&m_countThread, &QThread::finished, m_countWorker, &QObject::deleteLater);
    connect(&m_choiceThread, &QThread::finished, m_choiceWorker, &QObject::deleteLater);

    connect(m_pageWorker, &TableQueryWorker::pageReady, this, &WorkspaceTableModel::onPageReady);
    connect(m_pageWorker, &TableQueryWorker::pageSkipped, this,
            &WorkspaceTableModel::onPageSkipped);
    connect(m_pageWorker, &TableQueryWorker::failed, this, &WorkspaceTableModel::onFailed);
    connect(m_countWorker, &TableQueryWorker::rowsCounted, this,
            &WorkspaceTableModel::onRowsCounted);
    connect(m_countWorker, &TableQueryWorker::rowIdsReady, this,
            &WorkspaceTableModel::onRowIdsReady);
    connect(m_countWorker, &TableQueryWorker::failed, this, &WorkspaceTableModel::onFailed);
    connect(m_choiceWorker, &TableQueryWorker::failed, this, &WorkspaceTableModel::onFailed);
    connect(m_choiceWorker, &TableQueryWorker::distinctValuesReady, this,
            [this](quint64, const QString &column, const QStringList &values) {
                Q_EMIT distinctValuesReady(column, values);
            });
    connect(m_choiceWorker, &TableQueryWorker::timeSpanReady, this,
            [this](quint64, const QString &column, qint64 firstMs, qint64 lastMs) {
                Q_EMIT timeSpanReady(column, firstMs, lastMs);
            });

    m_pageThread.setObjectName(QStringLiteral("browse-pages"));
    m_countThread.setObjectName(QStringLiteral("browse-count"));
    m_choiceThread.setObjectName(QStringLiteral("browse-choices"));
    m_pageThread.start();
    m_countThread.start();
    m_choiceThread.start();

    m_rowGrowth.setInterval(0);
    connect(&m_rowGrowth, &QTimer::timeout, this, &WorkspaceTableModel::addRowsStep);
}

WorkspaceTableModel::~WorkspaceTableModel()
{
    // A newer generation makes the workers skip what is still queued.
    m_latestGeneration->store(m_generation + 1);
    m_pageWorker->interrupt();
    m_countWorker->interrupt();
    m_pageThread.quit();
    m_countThread.quit();
    m_choiceThread.quit();
    m_pageThread.wait();
    m_countThread.wait();
    m_choiceThread.wait();
}

void WorkspaceTableModel::setWorkspacePath(const QString &path)
{
    m_workspacePath = path;
    m_heldDistinctColumns.clear();

    // Columns that newer data lake versions added are stored after the documented ones.
    QStringList columns = m_table.columnNames();
    if (!path.isEmpty()) {
        Workspace workspace;
        if (workspace.open(path, Workspace::OpenMode::ReadOnly)) {
            const QStringList stored = workspace.storedColumns(m_table.name);
            for (const QString &column : stored) {
                if (m_table.columnIndex(column) < 0)
                    columns.append(column);
            }
        }
    }

    beginResetModel();
    m_columns = columns;
    m_columnTypes.clear();
    for (const QString &column : std::as_const(m_columns)) {
        const ColumnSpec *spec = m_table.column(column);
        m_columnTypes.append(spec ? spec->type : ColumnType::Text);
    }
    if (m_sortColumn.isEmpty() || !m_columns.contains(m_sortColumn))
        m_sortColumn.clear();
    endResetModel();

    startQuery();
}

void WorkspaceTableModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    startQuery();
}

void WorkspaceTableModel::setDisplayTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

void WorkspaceTableModel::reload()
{
    startQuery();
}

qint64 WorkspaceTableModel::loadedRowCount() const
{
    qint64 loaded = 0;
    for (const TableRows &rows : m_pages)
        loaded += rows.size();
    return loaded;
}

QString WorkspaceTableModel::columnName(int column) const
{
    return m_columns.value(column);
}

int WorkspaceTableModel::columnIndex(const QString &name) const
{
    return int(m_columns.indexOf(name));
}

void WorkspaceTableModel::requestDistinctValues(const QString &column)
{
    if (m_workspacePath.isEmpty() || !m_columns.contains(column))
        return;

    // Distinct values read a whole column, so they wait until the rows are
    // counted and shown instead of taking a processor from the count or the
    // GUI thread, which takes in a large count in steps.
    if (m_totalRows < 0 || m_rowCount < m_targetRowCount) {
        if (!m_heldDistinctColumns.contains(column))
            m_heldDistinctColumns.append(column);
        return;
    }

    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        m_choiceWorker,
        [worker = m_choiceWorker, generation, column] {
            worker->fetchDistinctValues(generation, column, MaxDistinctValues);
        },
        Qt::QueuedConnection);
}

void WorkspaceTableModel::requestTimeSpan(const QString &column)
{
    if (m_workspacePath.isEmpty() || !m_columns.contains(column))
        return;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        m_choiceWorker,
        [worker = m_choiceWorker, generation, column] {
            worker->fetchTimeSpan(generation, column);
        },
        Qt::QueuedConnection);
}

void WorkspaceTableModel::startQuery()
{
    ++m_generation;
    m_latestGeneration->store(m_generation);
    // A long COUNT(*) or deep page of the previous query would delay this one.
    m_pageWorker->interrupt();
    m_countWorker->interrupt();

    beginResetModel();
    m_rowGrowth.stop();
    m_pages.clear();
    m_pageUse.clear();
    m_pendingPages.clear();
    m_rowCount = 0;
    m_targetRowCount = 0;
    m_totalRows = m_workspacePath.isEmpty() ? 0 : -1;
    endResetModel();
    Q_EMIT loadedChanged(0, m_totalRows);

    if (m_workspacePath.isEmpty())
        return;

    TableQuery query;
    query.generation = m_generation;
    query.workspacePath = m_workspacePath;
    query.table = m_table.name;
    query.columns = m_columns;
    query.filter = m_filter;
    query.sortColumn = m_sortColumn;
    query.sortOrder = m_sortOrder;

    for (TableQueryWorker *worker : {m_pageWorker, m_countWorker, m_choiceWorker}) {
        QMetaObject::invokeMethod(
            worker, [worker, query] { worker->setQuery(query); }, Qt::QueuedConnection);
    }
    requestPage(0);

    // Without a filter COUNT(*) is quick, and the row id list waits until the
    // view has taken in the counted rows, so that the GUI thread has a
    // processor to itself meanwhile. With a filter the list is the count.
    const quint64 generation = m_generation;
    m_rowIdsAfterCount = m_filter.toSql(m_table.name).isEmpty();
    if (m_rowIdsAfterCount) {
        QMetaObject::invokeMethod(
            m_countWorker, [worker = m_countWorker, generation] { worker->countRows(generation); },
            Qt::QueuedConnection);
        return;
    }
    requestRowIds(-1);
}

void WorkspaceTableModel::startWorkAfterGrowth()
{
    requestHeldDistinctValues();
    if (!m_rowIdsAfterCount)
        return;

    m_rowIdsAfterCount = false;
    requestRowIds(m_totalRows);
}

void WorkspaceTableModel::requestRowIds(qint64 counted)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        m_countWorker,
        [worker = m_countWorker, generation, counted] {
            worker->buildRowIds(generation, MaxRowIdListRows, counted);
        },
        Qt::QueuedConnection);
}

void WorkspaceTableModel::requestPage(int page) const
{
    if (m_pages.contains(page) || m_pendingPages.contains(page) || m_workspacePath.isEmpty())
        return;

    m_pendingPages.insert(page);
    const quint64 serial = ++m_pageRequestSerial;
    m_latestPageRequest->store(serial);
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        m_pageWorker,
        [worker = m_pageWorker, generation, page, serial] {
            worker->fetchPage(generation, page, PageSize, serial);
        },
        Qt::QueuedConnection);
}

void WorkspaceTableModel::onPageReady(quint64 generation, int page, const TableRows &rows)
{
    if (generation != m_generation)
        return;

    // A page shorter than the count implies is not kept, so that the view
    // requests it again instead of showing empty rows for good.
    const qint64 expectedRows =
        m_totalRows < 0 ? rows.size()
                        : std::clamp<qint64>(m_totalRows - qint64(page) * PageSize, 0, PageSize);
    if (rows.size() < expectedRows) {
        qCWarning(lcBrowse) << m_table.name << "page" << page << "came back with" << rows.size()
                            << "of" << expectedRows << "rows; asking again";
        onPageSkipped(generation, page);
        return;
    }

    m_pendingPages.remove(page);
    m_pages.insert(page, rows);
    m_pageUse.removeAll(page);
    m_pageUse.append(page);
    evictPages(page);

    // Until the count arrives, the first page stands for the table; a short
    // first page is the whole result.
    if (page == 0 && m_totalRows < 0) {
        if (rows.size() < PageSize)
            m_totalRows = rows.size();
        setRowCount(int(rows.size()));
    }

    const int first = page * PageSize;
    const int last = std::min(first + int(rows.size()), m_rowCount) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    Q_EMIT loadedChanged(loadedRowCount(), m_totalRows);
}

void WorkspaceTableModel::onPageSkipped(quint64 generation, int page)
{
    if (generation != m_generation)
        return;

    // Rows of a skipped page that are still on screen ask for it again when
    // repainted. The first page is asked for again at once while there are no
    // rows to repaint.
    m_pendingPages.remove(page);
    if (page == 0 && m_rowCount == 0) {
        requestPage(0);
        return;
    }
    const int first = page * PageSize;
    const int last = std::min(first + PageSize, m_rowCount) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
}

void WorkspaceTableModel::onRowsCounted(quint64 generation, qint64 rows)
{
    if (generation != m_generation)
        return;

    m_totalRows = rows;
    QElapsedTimer timer;
    timer.start();
    setRowCount(int(std::min<qint64>(rows, INT_MAX)));
    Q_EMIT loadedChanged(loadedRowCount(), m_totalRows);
    qCDebug(lcBrowse) << m_table.name << "counted" << rows << "rows; showing the first"
                      << m_rowCount << "took" << timer.elapsed() << "ms on the GUI thread";
    if (m_rowCount == m_targetRowCount)
        startWorkAfterGrowth();
}

void WorkspaceTableModel::requestHeldDistinctValues()
{
    const QStringList held = std::exchange(m_heldDistinctColumns, {});
    for (const QString &column : held)
        requestDistinctValues(column);
}

void WorkspaceTableModel::onRowIdsReady(quint64 generation)
{
    if (generation != m_generation)
        return;

    // Pages asked for from now on are read by rowid. A page still being read
    // with OFFSET is left to finish, although interrupting it and asking again
    // by rowid would show the first page of an unindexed sort sooner.
    qCDebug(lcBrowse) << m_table.name << "row id list ready;" << m_pendingPages.size()
                      << "pages still read with OFFSET";
}

void WorkspaceTableModel::onFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_pendingPages.clear();
    Q_EMIT queryFailed(message);
}

void WorkspaceTableModel::setRowCount(int rows)
{
    m_targetRowCount = rows;
    if (rows < m_rowCount) {
        m_rowGrowth.stop();
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = rows;
        endRemoveRows();
        return;
    }

    // The first step runs at once, so a count that fits in it is complete when
    // this returns. The timer runs the others after the view took in each one.
    addRowsStep();
    if (m_rowCount < m_targetRowCount)
        m_rowGrowth.start();
}

void WorkspaceTableModel::addRowsStep()
{
    // Each step also costs the view a pass over all its rows when it lays
    // them out and paints, so a very large count takes larger steps.
    const int step = std::max(RowsAddedPerStep, m_targetRowCount / MaxRowGrowthSteps);
    const int rows = int(std::min<qint64>(m_targetRowCount, qint64(m_rowCount) + step));
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    }
    if (m_rowCount >= m_targetRowCount && m_rowGrowth.isActive()) {
        m_rowGrowth.stop();
        qCDebug(lcBrowse) << m_table.name << "showing all" << m_rowCount << "rows";
        startWorkAfterGrowth();
    }
}

void WorkspaceTableModel::evictPages(int keepPage)
{
    while (m_pages.size() > MaxCachedPages) {
        const int oldest = m_pageUse.first() == keepPage ? m_pageUse.at(1) : m_pageUse.first();
        m_pageUse.removeOne(oldest);
        m_pages.remove(oldest);
    }
}

const QVariantList *WorkspaceTableModel::cachedRow(int row) const
{
    const auto page = m_pages.constFind(row / PageSize);
    if (page == m_pages.constEnd())
        return nullptr;
    const int offset = row % PageSize;
    return offset < page->size() ? &page->at(offset) : nullptr;
}

int WorkspaceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int WorkspaceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString WorkspaceTableModel::displayText(int column, const QVariant &value) const
{
    if (value.isNull())
        return tr("NULL");

    switch (m_columnTypes.at(column)) {
    case ColumnType::Timestamp: {
        bool isNumber = false;
        const qint64 ms = value.toLongLong(&isNumber);
        if (!isNumber)
            return value.toString();
        return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(TimestampFormat);
    }
    case ColumnType::TextArray: {
        const std::optional<QStringList> elements = arrayElements(value.toString());
        return elements ? elements->join(QStringLiteral(", ")) : value.toString();
    }
    case ColumnType::Text:
        break;
    }
    return value.toString();
}

QVariant WorkspaceTableModel::cellData(int column, const QVariant &value, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return singleLine(displayText(column, value));
    case Qt::ToolTipRole: {
        if (value.isNull())
            return tr("NULL: the export has no value here");
        if (m_columnTypes.at(column) == ColumnType::TextArray) {
            const std::optional<QStringList> elements = arrayElements(value.toString());
            if (elements && elements->isEmpty())
                return tr("Empty list");
            if (elements)
                return plainToolTip(elements->join(QLatin1Char('\n')));
        }
        if (m_columnTypes.at(column) == ColumnType::Timestamp)
            return tr("%1 (%2 ms since 1970-01-01 UTC)")
                .arg(displayText(column, value), value.toString());
        return plainToolTip(value.toString());
    }
    case Qt::FontRole: {
        if (!value.isNull())
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::ForegroundRole:
        return value.isNull() ? QVariant(NullTextColor) : QVariant();
    case RawValueRole:
        return value;
    case IsNullRole:
        return value.isNull();
    default:
        return {};
    }
}

QVariant WorkspaceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const QVariantList *row = cachedRow(index.row());
    if (!row) {
        if (role == Qt::DisplayRole)
            requestPage(index.row() / PageSize);
        return {};
    }
    return cellData(index.column(), row->value(index.column()), role);
}

QVariant WorkspaceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(section + 1);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_columns.size())
        return {};

    switch (role) {
    case Qt::DisplayRole:
        return headerLabel(m_columns.at(section));
    case ColumnNameRole:
        return m_columns.at(section);
    case Qt::ToolTipRole:
        switch (m_columnTypes.at(section)) {
        case ColumnType::Timestamp:
            return tr("%1: a time, shown in the display time zone").arg(m_columns.at(section));
        case ColumnType::TextArray:
            return tr("%1: a list of values").arg(m_columns.at(section));
        case ColumnType::Text:
            break;
        }
        return plainToolTip(m_columns.at(section));
    default:
        return {};
    }
}

void WorkspaceTableModel::sort(int column, Qt::SortOrder order)
{
    sortByName(columnName(column), order);
}

void WorkspaceTableModel::sortByName(const QString &column, Qt::SortOrder order)
{
    const QString name = m_columns.contains(column) ? column : QString();
    if (name == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = name;
    m_sortOrder = order;
    startQuery();
}

QString WorkspaceTableModel::tabSeparatedText(const QItemSelection &selection,
                                              const QList<int> &columnOrder,
                                              bool includeHeader) const
{
    // Selected columns per cached row; ranges are intersected with the cached
    // pages so that a selection of every row costs only what is loaded.
    QMap<int, QSet<int>> cells;
    QSet<int> columnSet;
    for (const QItemSelectionRange &range : selection) {
        if (range.model() != this || !range.isValid())
            continue;
        for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
            const int first = std::max(range.top(), page.key() * PageSize);
            const int last =
                std::min(range.bottom(), page.key() * PageSize + int(page->size()) - 1);
            for (int row = first; row <= last; ++row) {
                for (int column = range.left(); column <= range.right(); ++column) {
                    cells[row].insert(column);
                    columnSet.insert(column);
                }
            }
        }
    }
    QList<int> columns;
    if (columnOrder.isEmpty()) {
        columns = QList<int>(columnSet.begin(), columnSet.end());
        std::sort(columns.begin(), columns.end());
    } else {
        for (int column : columnOrder) {
            if (columnSet.contains(column))
                columns.append(column);
        }
    }

    QStringList lines;
    if (includeHeader && !cells.isEmpty()) {
        QStringList names;
        for (int column : std::as_const(columns))
            names.append(headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        lines.append(names.join(QLatin1Char('\t')));
    }
    for (auto row = cells.cbegin(); row != cells.cend(); ++row) {
        const QVariantList *values = cachedRow(row.key());
        QStringList fields;
        for (int column : std::as_const(columns)) {
            const QVariant value = values->value(column);
            const bool copied = row->contains(column) && !value.isNull();
            fields.append(copied ? singleLine(displayText(column, value)) : QString());
        }
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

QString WorkspaceTableModel::tabSeparatedText(const QModelIndexList &indexes) const
{
    QItemSelection selection;
    for (const QModelIndex &index : indexes) {
        if (index.model() == this && index.isValid())
            selection.select(index, index);
    }
    return tabSeparatedText(selection);
}

} // namespace Flowscope
