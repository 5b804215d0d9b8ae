// Paging of the browser queries. Pages read with LIMIT/OFFSET and pages read
// by position in the row id list must contain exactly the rows of an
// independent sort of the same data. The cases cover page boundaries inside
// runs of equal sort keys, NULL keys, both directions, a channel filter and a
// part of a contact id. Results built for a replaced query must never reach
// the model.

#include "schema.h"
#include "tablemodel.h"
#include "tablequery.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Flowscope;

namespace {

constexpr int PageSize = WorkspaceTableModel::PageSize;
// Three full pages and a short one.
constexpr int RowCount = 3 * PageSize + 31;

// One stored row as the test generates it. `rowid` is its insertion order.
struct FixtureRow
{
    qint64 rowid = 0;
    QString eventId;
    QVariant outcome;   // NULL, "" or one of two outcomes: long runs of equal keys
    QVariant start;     // NULL or an integer with 1 to 5 digits
    QString channel;
    QString contactId; // contact-0 to contact-19
};

QList<FixtureRow> fixtureRows()
{
    QList<FixtureRow> rows;
    for (int i = 0; i < RowCount; ++i) {
        FixtureRow row;
        row.rowid = i + 1;
        row.eventId = QStringLiteral("ev-%1").arg(i, 4, 10, QLatin1Char('0'));
        switch (i % 5) {
        case 0:
            break;
        case 1:
            row.outcome = QStringLiteral("");
            break;
        case 3:
            row.outcome = QStringLiteral("TRANSFERRED_TO_FLOW");
            break;
        default:
            row.outcome = QStringLiteral("DISCONNECTED");
            break;
        }
        // Numbers of different lengths sort differently as text, so a text
        // sort of this column would fail the comparison.
        if (i % 9 != 0)
            row.start = qint64((i * 37) % 100) * 997;
        row.channel = i % 2 == 1 ? QStringLiteral("CHAT") : QStringLiteral("VOICE");
        row.contactId = QStringLiteral("contact-%1").arg(i % 20);
        rows.append(row);
    }
    return rows;
}

QString createPagingWorkspace(const QString &path)
{
    Workspace workspace;
    QString error;
    if (!workspace.open(path, Workspace::OpenMode::CreateIfMissing, &error))
        return error;

    QSqlDatabase database = workspace.database();
    database.transaction();
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO contact_flow_events (rowid, instance_id, event_id, "
                                 "flow_outcome, start_timestamp, channel, contact_id) "
                                 "VALUES (?, 'instance-1', ?, ?, ?, ?, ?)"));
    for (const FixtureRow &row : fixtureRows()) {
        query.addBindValue(row.rowid);
        query.addBindValue(row.eventId);
        query.addBindValue(row.outcome);
        query.addBindValue(row.start);
        query.addBindValue(row.channel);
        query.addBindValue(row.contactId);
        if (!query.exec()) {
            database.rollback();
            return query.lastError().text();
        }
    }
    database.commit();
    return {};
}

// SQLite's order for these values: NULL first, then integers by value, then
// text by its bytes. Equal keys keep the rowid order.
bool keyLess(const QVariant &left, const QVariant &right)
{
    const auto rank = [](const QVariant &value) {
        if (value.isNull())
            return 0;
        return value.typeId() == QMetaType::QString ? 2 : 1;
    };
    if (rank(left) != rank(right))
        return rank(left) < rank(right);
    if (rank(left) == 1)
        return left.toLongLong() < right.toLongLong();
    if (rank(left) == 2)
        return left.toString().toUtf8() < right.toString().toUtf8();
    return false;
}

QStringList expectedEventIds(const QString &sortColumn, Qt::SortOrder order, const QString &channel,
                             const QString &contactText = {})
{
    QList<FixtureRow> rows = fixtureRows();
    rows.removeIf([&](const FixtureRow &row) {
        return (!channel.isEmpty() && row.channel != channel) ||
               !row.contactId.contains(contactText);
    });
    const auto key = [&](const FixtureRow &row) {
        return sortColumn == QLatin1String("flow_outcome") ? row.outcome : row.start;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const FixtureRow &left, const FixtureRow &right) {
        if (sortColumn.isEmpty())
            return left.rowid < right.rowid;
        return keyLess(key(left), key(right));
    });
    // Descending reverses the key and the rowid tie-break alike.
    if (order == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());

    QStringList ids;
    for (const FixtureRow &row : std::as_const(rows))
        ids.append(row.eventId);
    return ids;
}

TableQuery makeQuery(const QString &path, const QString &sortColumn, Qt::SortOrder order,
                     const QString &channel, const QString &contactText = {})
{
    TableQuery query;
    query.generation = 1;
    query.workspacePath = path;
    query.table = QString::fromLatin1(TableNames::ContactFlowEvents);
    query.columns = contactFlowEventsSpec().columnNames();
    if (!channel.isEmpty())
        query.filter.channels = {channel};
    query.filter.contactId = {contactText, TextMatch::Contains};
    query.sortColumn = sortColumn;
    query.sortOrder = order;
    return query;
}

// A worker called directly on the test thread, so that its signals arrive at once.
struct DirectWorker
{
    explicit DirectWorker(bool withRowIds)
        : rowIds(withRowIds ? std::make_shared<RowIdIndex>() : nullptr),
          worker(latestGeneration, latestPageRequest, rowIds)
    {
        latestGeneration->store(1);
    }

    // The event ids of every page from the first until a short one.
    QStringList readAllPages(quint64 generation, QList<int> *pageSizes)
    {
        QSignalSpy ready(&worker, &TableQueryWorker::pageReady);
        const int eventId = int(contactFlowEventsSpec().columnNames().indexOf(
            QStringLiteral("event_id")));
        QStringList ids;
        for (int page = 0;; ++page) {
            worker.fetchPage(generation, page, PageSize, quint64(page) + 1);
            if (ready.size() != page + 1)
                return {QStringLiteral("<page %1 not read>").arg(page)};
            const TableRows rows = ready.at(page).at(2).value<TableRows>();
            pageSizes->append(int(rows.size()));
            for (const QVariantList &row : rows)
                ids.append(row.at(eventId).toString());
            if (rows.size() < PageSize)
                return ids;
        }
    }

    std::shared_ptr<std::atomic<quint64>> latestGeneration =
        std::make_shared<std::atomic<quint64>>(0);
    std::shared_ptr<std::atomic<quint64>> latestPageRequest =
        std::make_shared<std::atomic<quint64>>(0);
    std::shared_ptr<RowIdIndex> rowIds;
    TableQueryWorker worker;
};

QList<int> pageSizesFor(int rows)
{
    QList<int> sizes;
    for (int left = rows; left >= 0; left -= PageSize)
        sizes.append(std::min(left, PageSize));
    return sizes;
}

} // namespace

class TestTablePaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void readsPagesInSortOrder_data();
    void readsPagesInSortOrder();
    void countsWithoutListAboveLimit();
    void ignoresReplacedGeneration();
    void listAfterCountIsNotCountedAgain();
    void modelDropsCountOfReplacedFilter();
    void modelReadsLastRowByPosition();
    void modelReadsChoicesAfterCount();
    void modelGrowsToLargeCountInSteps();
    void partOfContactIdReadsContactIndex_data();
    void partOfContactIdReadsContactIndex();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestTablePaging::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("paging.flowscope"));
    const QString error = createPagingWorkspace(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTablePaging::readsPagesInSortOrder_data()
{
    QTest::addColumn<QString>("sortColumn");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("contactText");

    QTest::newRow("stored order") << QString() << Qt::AscendingOrder << QString() << QString();
    QTest::newRow("stored order descending")
        << QString() << Qt::DescendingOrder << QString() << QString();
    QTest::newRow("outcome with NULL and duplicates")
        << QStringLiteral("flow_outcome") << Qt::AscendingOrder << QString() << QString();
    QTest::newRow("outcome descending")
        << QStringLiteral("flow_outcome") << Qt::DescendingOrder << QString() << QString();
    QTest::newRow("start time as numbers with NULL")
        << QStringLiteral("start_timestamp") << Qt::AscendingOrder << QString() << QString();
    QTest::newRow("start time descending")
        << QStringLiteral("start_timestamp") << Qt::DescendingOrder << QString() << QString();
    QTest::newRow("CHAT rows by outcome") << QStringLiteral("flow_outcome") << Qt::AscendingOrder
                                          << QStringLiteral("CHAT") << QString();
    QTest::newRow("VOICE rows stored order descending")
        << QString() << Qt::DescendingOrder << QStringLiteral("VOICE") << QString();
    QTest::newRow("contact id part in stored order")
        << QString() << Qt::AscendingOrder << QString() << QStringLiteral("t-1");
    QTest::newRow("contact id part by start time descending")
        << QStringLiteral("start_timestamp") << Qt::DescendingOrder << QString()
        << QStringLiteral("t-1");
    QTest::newRow("contact id part and CHAT by outcome")
        << QStringLiteral("flow_outcome") << Qt::AscendingOrder << QStringLiteral("CHAT")
        << QStringLiteral("1");
}

void TestTablePaging::readsPagesInSortOrder()
{
    QFETCH(QString, sortColumn);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, channel);
    QFETCH(QString, contactText);
    const QStringList expected = expectedEventIds(sortColumn, order, channel, contactText);
    const TableQuery query = makeQuery(m_path, sortColumn, order, channel, contactText);

    // LIMIT/OFFSET, as before the row id list exists.
    DirectWorker byOffset(false);
    byOffset.worker.setQuery(query);
    QList<int> offsetPageSizes;
    QCOMPARE(byOffset.readAllPages(1, &offsetPageSizes), expected);
    QCOMPARE(offsetPageSizes, pageSizesFor(int(expected.size())));

    // Position in the row id list.
    DirectWorker byRowId(true);
    byRowId.worker.setQuery(query);
    QSignalSpy listed(&byRowId.worker, &TableQueryWorker::rowIdsReady);
    QSignalSpy counted(&byRowId.worker, &TableQueryWorker::rowsCounted);
    byRowId.worker.buildRowIds(1, WorkspaceTableModel::MaxRowIdListRows);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.at(0).at(1).toLongLong(), qint64(expected.size()));
    QVERIFY(byRowId.rowIds->find(1));
    QCOMPARE(qint64(byRowId.rowIds->find(1)->size()), qint64(expected.size()));

    QList<int> listPageSizes;
    QCOMPARE(byRowId.readAllPages(1, &listPageSizes), expected);
    QCOMPARE(listPageSizes, pageSizesFor(int(expected.size())));
}

void TestTablePaging::countsWithoutListAboveLimit()
{
    const QStringList expected =
        expectedEventIds(QStringLiteral("flow_outcome"), Qt::AscendingOrder, QString());
    DirectWorker direct(true);
    direct.worker.setQuery(
        makeQuery(m_path, QStringLiteral("flow_outcome"), Qt::AscendingOrder, QString()));
    QSignalSpy listed(&direct.worker, &TableQueryWorker::rowIdsReady);
    QSignalSpy counted(&direct.worker, &TableQueryWorker::rowsCounted);

    direct.worker.buildRowIds(1, PageSize);

    QCOMPARE(listed.size(), 0);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.at(0).at(1).toLongLong(), qint64(RowCount));
    QVERIFY(!direct.rowIds->find(1));
    QList<int> pageSizes;
    QCOMPARE(direct.readAllPages(1, &pageSizes), expected);
}

void TestTablePaging::listAfterCountIsNotCountedAgain()
{
    const QStringList expected =
        expectedEventIds(QStringLiteral("start_timestamp"), Qt::AscendingOrder, QString());
    DirectWorker direct(true);
    direct.worker.setQuery(
        makeQuery(m_path, QStringLiteral("start_timestamp"), Qt::AscendingOrder, QString()));
    QSignalSpy listed(&direct.worker, &TableQueryWorker::rowIdsReady);
    QSignalSpy counted(&direct.worker, &TableQueryWorker::rowsCounted);

    // The model counts first and requests the list with that count later.
    QCOMPARE(direct.worker.countRows(1), qint64(RowCount));
    direct.worker.buildRowIds(1, WorkspaceTableModel::MaxRowIdListRows, RowCount);

    QCOMPARE(counted.size(), 1);
    QCOMPARE(listed.size(), 1);
    QVERIFY(direct.rowIds->find(1));
    QList<int> pageSizes;
    QCOMPARE(direct.readAllPages(1, &pageSizes), expected);

    // A list that disagrees with the count shown is not used.
    DirectWorker disagreeing(true);
    disagreeing.worker.setQuery(
        makeQuery(m_path, QStringLiteral("start_timestamp"), Qt::AscendingOrder, QString()));
    QSignalSpy disagreeingCounted(&disagreeing.worker, &TableQueryWorker::rowsCounted);
    disagreeing.worker.buildRowIds(1, WorkspaceTableModel::MaxRowIdListRows, RowCount + 1);
    QCOMPARE(disagreeingCounted.size(), 0);
    QVERIFY(!disagreeing.rowIds->find(1));
}

void TestTablePaging::ignoresReplacedGeneration()
{
    DirectWorker direct(true);
    direct.worker.setQuery(makeQuery(m_path, QString(), Qt::AscendingOrder, QString()));
    QSignalSpy listed(&direct.worker, &TableQueryWorker::rowIdsReady);
    QSignalSpy counted(&direct.worker, &TableQueryWorker::rowsCounted);
    QSignalSpy ready(&direct.worker, &TableQueryWorker::pageReady);

    // The model has moved on to generation 2 before the worker got to generation 1.
    direct.latestGeneration->store(2);
    direct.worker.buildRowIds(1, WorkspaceTableModel::MaxRowIdListRows);
    direct.worker.fetchPage(1, 0, PageSize, 1);

    QCOMPARE(listed.size(), 0);
    QCOMPARE(counted.size(), 0);
    QCOMPARE(ready.size(), 0);
    QVERIFY(!direct.rowIds->find(1));

    // A list published for generation 2 is not handed out for generation 1.
    direct.rowIds->publish(2, std::make_shared<RowIdList>(RowIdList{3, 1, 2}));
    QVERIFY(!direct.rowIds->find(1));
    QCOMPARE(*direct.rowIds->find(2), (RowIdList{3, 1, 2}));
}

void TestTablePaging::modelDropsCountOfReplacedFilter()
{
    const QStringList chat =
        expectedEventIds(QStringLiteral("flow_outcome"), Qt::DescendingOrder, QStringLiteral("CHAT"));
    const QStringList voice = expectedEventIds(QStringLiteral("flow_outcome"),
                                               Qt::DescendingOrder, QStringLiteral("VOICE"));
    QCOMPARE(chat.size(), 315);
    QCOMPARE(voice.size(), 316);

    WorkspaceTableModel model(contactFlowEventsSpec());
    QSignalSpy loaded(&model, &WorkspaceTableModel::loadedChanged);
    model.setWorkspacePath(m_path);
    model.sortByName(QStringLiteral("flow_outcome"), Qt::DescendingOrder);
    Filter chatFilter;
    chatFilter.channels = {QStringLiteral("CHAT")};
    Filter voiceFilter;
    voiceFilter.channels = {QStringLiteral("VOICE")};

    // The second filter replaces the first while the first is still counted.
    model.setFilter(chatFilter);
    model.setFilter(voiceFilter);

    QTRY_COMPARE(model.totalRowCount(), qint64(voice.size()));
    QCOMPARE(model.rowCount(), int(voice.size()));
    const int eventId = model.columnIndex(QStringLiteral("event_id"));
    QStringList displayedIds;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, eventId);
        index.data(); // requests the row's page
        QTRY_VERIFY(index.data(WorkspaceTableModel::RawValueRole).isValid());
        displayedIds.append(index.data().toString());
    }
    QCOMPARE(displayedIds, voice);

    QTest::qWait(50);
    for (const QList<QVariant> &emission : std::as_const(loaded)) {
        QVERIFY2(emission.at(1).toLongLong() != qint64(chat.size()),
                 "a count of the replaced filter reached the model");
        QVERIFY2(emission.at(1).toLongLong() != qint64(RowCount),
                 "a count of the unfiltered query reached the model");
    }
}

void TestTablePaging::modelReadsLastRowByPosition()
{
    const QStringList expected =
        expectedEventIds(QStringLiteral("start_timestamp"), Qt::DescendingOrder, QString());
    WorkspaceTableModel model(contactFlowEventsSpec());
    model.setWorkspacePath(m_path);
    model.sortByName(QStringLiteral("start_timestamp"), Qt::DescendingOrder);
    QTRY_COMPARE(model.totalRowCount(), qint64(RowCount));

    const int eventId = model.columnIndex(QStringLiteral("event_id"));
    const QModelIndex last = model.index(RowCount - 1, eventId);
    last.data();
    QTRY_COMPARE(last.data().toString(), expected.constLast());
    const QModelIndex boundary = model.index(2 * PageSize, eventId);
    boundary.data();
    QTRY_COMPARE(boundary.data().toString(), expected.at(2 * PageSize));
    QVERIFY(model.loadedRowCount() <= 3 * PageSize);
}

void TestTablePaging::modelReadsChoicesAfterCount()
{
    // Distinct values read a whole column; asked for at once, they would take
    // a processor from the count, so they wait for it.
    WorkspaceTableModel model(contactFlowEventsSpec());
    QStringList events;
    connect(&model, &WorkspaceTableModel::loadedChanged, this, [&events](qint64, qint64 total) {
        if (total >= 0 && !events.contains(QStringLiteral("counted")))
            events.append(QStringLiteral("counted"));
    });
    connect(&model, &WorkspaceTableModel::distinctValuesReady, this,
            [&events](const QString &column, const QStringList &values) {
                events.append(column + QStringLiteral(": ") + values.join(QLatin1Char(',')));
            });

    model.setWorkspacePath(m_path);
    model.requestDistinctValues(QStringLiteral("channel"));

    QTRY_COMPARE(events.size(), 2);
    QCOMPARE(events,
             (QStringList{QStringLiteral("counted"), QStringLiteral("channel: CHAT,VOICE")}));

    // Once the rows are counted, a request goes out at once.
    model.requestDistinctValues(QStringLiteral("contact_id"));
    QTRY_COMPARE(events.size(), 3);
    QVERIFY2(events.constLast().startsWith(QStringLiteral("contact_id: contact-0,contact-1,")),
             qPrintable(events.constLast()));
}

void TestTablePaging::modelGrowsToLargeCountInSteps()
{
    // One step more than fits in the first one, so that the rest arrives later.
    constexpr int LargeRowCount = WorkspaceTableModel::RowsAddedPerStep + 1500;
    const QString path = m_dir.filePath(QStringLiteral("large.flowscope"));
    {
        Workspace workspace;
        QVERIFY(workspace.open(path, Workspace::OpenMode::CreateIfMissing));
        QSqlQuery insert(workspace.database());
        QVERIFY2(
            insert.exec(
                QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                    "INSERT INTO contact_flow_events (instance_id, event_id) "
                    "SELECT 'instance-1', printf('ev-%06d', i) FROM n")
                    .arg(LargeRowCount)),
            qPrintable(insert.lastError().text()));
    }

    WorkspaceTableModel model(contactFlowEventsSpec());
    QItemSelectionModel selection(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setWorkspacePath(path);

    // Whether the first page or the count comes first, rows shown stay put:
    // the rest arrives as insertions, which keep the current cell and selection.
    QTRY_VERIFY(model.rowCount() > 3);
    const qsizetype resetsWhenShown = resets.size();
    selection.select(QItemSelection(model.index(1, 2), model.index(2, 3)),
                     QItemSelectionModel::Select);
    selection.setCurrentIndex(model.index(2, 3), QItemSelectionModel::NoUpdate);

    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), LargeRowCount, 20000);
    QCOMPARE(model.totalRowCount(), qint64(LargeRowCount));
    QCOMPARE(resets.size(), resetsWhenShown);
    QCOMPARE(selection.currentIndex(), model.index(2, 3));
    QCOMPARE(selection.selectedIndexes().size(), 4);

    int next = 0;
    for (const QList<QVariant> &insertion : std::as_const(inserted)) {
        QCOMPARE(insertion.at(1).toInt(), next);
        QVERIFY(insertion.at(2).toInt() - next < WorkspaceTableModel::RowsAddedPerStep);
        next = insertion.at(2).toInt() + 1;
    }
    QCOMPARE(next, LargeRowCount);

    const QModelIndex last =
        model.index(LargeRowCount - 1, model.columnIndex(QStringLiteral("event_id")));
    last.data();
    QTRY_COMPARE(last.data().toString(), QStringLiteral("ev-%1").arg(LargeRowCount));
}

void TestTablePaging::partOfContactIdReadsContactIndex_data()
{
    QTest::addColumn<QString>("sortColumn");
    QTest::addColumn<TextCondition>("contact");
    QTest::addColumn<QString>("plan");

    QTest::newRow("part of a contact id in stored order")
        << QString() << TextCondition{QStringLiteral("t-1"), TextMatch::Contains}
        << QStringLiteral("SCAN contact_flow_events USING COVERING INDEX "
                          "contact_flow_events_contact; USE TEMP B-TREE FOR ORDER BY");
    QTest::newRow("part of a contact id by start time")
        << QStringLiteral("start_timestamp")
        << TextCondition{QStringLiteral("t-1"), TextMatch::Contains}
        << QStringLiteral("SCAN contact_flow_events USING COVERING INDEX "
                          "contact_flow_events_contact; USE TEMP B-TREE FOR ORDER BY");
    QTest::newRow("no filter by start time walks the time index")
        << QStringLiteral("start_timestamp") << TextCondition{}
        << QStringLiteral(
               "SCAN contact_flow_events USING COVERING INDEX contact_flow_events_start");
    QTest::newRow("no filter in stored order walks the table")
        << QString() << TextCondition{} << QStringLiteral("SCAN contact_flow_events");
}

void TestTablePaging::partOfContactIdReadsContactIndex()
{
    QFETCH(QString, sortColumn);
    QFETCH(TextCondition, contact);
    QFETCH(QString, plan);

    TableQuery query = makeQuery(m_path, sortColumn, Qt::DescendingOrder, QString());
    query.filter.contactId = contact;
    Workspace workspace;
    QVERIFY(workspace.open(m_path, Workspace::OpenMode::ReadOnly));
    QSqlQuery explain(workspace.database());
    QVERIFY(explain.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + query.pageRowIdSql() +
                            QStringLiteral(" LIMIT 200 OFFSET 0")));
    for (const QVariant &value : query.filter.toSql(query.table).bindValues)
        explain.addBindValue(value);
    QVERIFY2(explain.exec(), qPrintable(explain.lastError().text()));
    QStringList steps;
    while (explain.next())
        steps.append(explain.value(3).toString());
    QCOMPARE(steps.join(QStringLiteral("; ")), plan);
}

QTEST_MAIN(TestTablePaging)
#include "tst_tablepaging.moc"
