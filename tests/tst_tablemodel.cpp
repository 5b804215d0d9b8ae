#include "browserfixture.h"
#include "schema.h"
#include "tablemodel.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Flowscope;

namespace {

// Asks for every row's cell in `column` and returns the texts once all are loaded.
QStringList columnTexts(WorkspaceTableModel &model, const QString &column)
{
    const int index = model.columnIndex(column);
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, index).data().toString());
    return texts;
}

bool waitForRows(WorkspaceTableModel &model, const QString &column)
{
    return QTest::qWaitFor([&] {
        if (model.totalRowCount() < 0)
            return false;
        const int index = model.columnIndex(column);
        for (int row = 0; row < model.rowCount(); ++row) {
            // Asking for the display text requests the row's page.
            model.index(row, index).data();
            if (!model.index(row, index).data(WorkspaceTableModel::RawValueRole).isValid())
                return false;
        }
        return true;
    });
}

QStringList loadedTexts(WorkspaceTableModel &model, const QString &column)
{
    if (!waitForRows(model, column))
        return {QStringLiteral("<rows did not load>")};
    return columnTexts(model, column);
}

QModelIndex cell(WorkspaceTableModel &model, const QString &eventId, const QString &column)
{
    const int keyColumn = model.columnIndex(QStringLiteral("event_id"));
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, keyColumn).data().toString() == eventId)
            return model.index(row, model.columnIndex(column));
    }
    return {};
}

} // namespace

class TestTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void passesModelTester();
    void showsNothingWithoutWorkspace();
    void sortsInSqlite_data();
    void sortsInSqlite();
    void filtersRows_data();
    void filtersRows();
    void latestFilterWins();
    void distinguishesNullFromEmpty();
    void formatsTimestampsInDisplayZone();
    void showsArraysReadably();
    void copiesSelectionAsTabSeparatedText();
    void readsDistinctValues();
    void countsEveryRowBeyondFirstPage();
    void keepsColumnsAddedByImports();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("browse.flowscope"));
    const QString error = Test::createBrowserFixture(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTableModel::passesModelTester()
{
    for (const TableSpec *table : dataLakeTables()) {
        WorkspaceTableModel model(*table);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspacePath(m_path);
        QTRY_VERIFY(model.totalRowCount() > 0);
        QVERIFY(waitForRows(model, table->columnNames().constFirst()));

        model.sort(5, Qt::DescendingOrder);
        QVERIFY(waitForRows(model, table->columnNames().constFirst()));
        Filter filter;
        filter.instances = {QStringLiteral("no such instance")};
        model.setFilter(filter);
        QTRY_COMPARE(model.totalRowCount(), 0);
        model.setWorkspacePath(QString());
        QCOMPARE(model.rowCount(), 0);
    }
}

void TestTableModel::showsNothingWithoutWorkspace()
{
    WorkspaceTableModel model(contactFlowEventsSpec());
    QSignalSpy loaded(&model, &WorkspaceTableModel::loadedChanged);

    model.setWorkspacePath(QString());

    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalRowCount(), 0);
    QCOMPARE(model.columnCount(), int(contactFlowEventsSpec().columns.size()));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.at(0).at(1).toLongLong(), 0);
}

void TestTableModel::sortsInSqlite_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("eventIds");

    QTest::newRow("stored order without a sort column")
        << QString() << Qt::AscendingOrder
        << QStringList{"ev-01", "ev-02", "ev-03", "ev-04", "ev-05", "ev-06"};
    QTest::newRow("start time descending")
        << QStringLiteral("start_timestamp") << Qt::DescendingOrder
        << QStringList{"ev-06", "ev-05", "ev-04", "ev-03", "ev-02", "ev-01"};
    QTest::newRow("outcome ascending puts NULL then empty first")
        << QStringLiteral("flow_outcome") << Qt::AscendingOrder
        << QStringList{"ev-02", "ev-03", "ev-04", "ev-05", "ev-01", "ev-06"};
    QTest::newRow("outcome descending breaks ties by newest stored row")
        << QStringLiteral("flow_outcome") << Qt::DescendingOrder
        << QStringList{"ev-06", "ev-01", "ev-05", "ev-04", "ev-03", "ev-02"};
    QTest::newRow("contact ids sort as text")
        << QStringLiteral("contact_id") << Qt::AscendingOrder
        << QStringList{"ev-06", "ev-05", "ev-01", "ev-02", "ev-03", "ev-04"};
}

void TestTableModel::sortsInSqlite()
{
    QFETCH(QString, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, eventIds);

    WorkspaceTableModel model(contactFlowEventsSpec());
    model.setWorkspacePath(m_path);
    model.sortByName(column, order);

    QCOMPARE(loadedTexts(model, QStringLiteral("event_id")), eventIds);
    QCOMPARE(model.sortColumn(), column);
}

void TestTableModel::filtersRows_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QStringList>("eventIds");

    Filter quote;
    quote.contactId = {QStringLiteral("'"), TextMatch::Contains};
    QTest::newRow("contact containing a quote") << quote << QStringList{"ev-04"};

    Filter percent;
    percent.contactId = {QStringLiteral("%"), TextMatch::Contains};
    QTest::newRow("contact containing a percent sign") << percent << QStringList{"ev-05"};

    Filter underscore;
    underscore.flows = {QStringLiteral("flow_a")};
    QTest::newRow("flow with an underscore") << underscore << QStringList{"ev-06"};

    Filter nullChannel;
    nullChannel.channels = {QString()};
    QTest::newRow("NULL channel") << nullChannel << QStringList{"ev-06"};

    Filter emptyChannel;
    emptyChannel.channels = {QStringLiteral("")};
    QTest::newRow("empty channel") << emptyChannel << QStringList{"ev-05"};

    Filter nothing;
    nothing.contactId = {QStringLiteral("no such contact"), TextMatch::Exact};
    QTest::newRow("no match leaves no rows") << nothing << QStringList();
}

void TestTableModel::filtersRows()
{
    QFETCH(Filter, filter);
    QFETCH(QStringList, eventIds);

    WorkspaceTableModel model(contactFlowEventsSpec());
    model.setWorkspacePath(m_path);
    model.setFilter(filter);

    QCOMPARE(loadedTexts(model, QStringLiteral("event_id")), eventIds);
    QCOMPARE(model.totalRowCount(), qint64(eventIds.size()));
}

void TestTableModel::latestFilterWins()
{
    WorkspaceTableModel model(contactFlowEventsSpec());
    model.setWorkspacePath(m_path);
    Filter first;
    first.channels = {QStringLiteral("VOICE")};
    Filter second;
    second.channels = {QStringLiteral("CHAT")};

    model.setFilter(first);
    model.setFilter(second);

    QCOMPARE(loadedTexts(model, QStringLiteral("event_id")), QStringList{"ev-03"});
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 1);
}

void TestTableModel::distinguishesNullFromEmpty()
{
    WorkspaceTableModel model(contactFlowEventsSpec());
    model.setWorkspacePath(m_path);
    QVERIFY(waitForRows(model, QStringLiteral("event_id")));

    const QModelIndex nullOutcome =
        cell(model, QStringLiteral("ev-02"), QStringLiteral("flow_outcome"));
    const QModelIndex emptyOutcome =
        cell(model, QStringLiteral("ev-03"), QStringLiteral("flow_outcome"));

    QCOMPARE(nullOutcome.data().toString(), QStringLiteral("NULL"));
    QCOMPARE(nullOutcome.data(WorkspaceTableModel::IsNullRole).toBool(), true);
    QCOMPARE(nullOutcome.data(Qt::FontRole).value<QFont>().italic(), true);
    QVERIFY(nullOutcome.data(Qt::ForegroundRole).isValid());
    QCOMPARE(emptyOutcome.data().toString(), QString());
    QCOMPARE(emptyOutcome.data(WorkspaceTableModel::IsNullRole).toBool(), false);
    QCOMPARE(emptyOutcome.data(WorkspaceTableModel::RawValueRole).toString(), QStringLiteral(""));
    QVERIFY(!emptyOutcome.data(Qt::FontRole).isValid());
}

void TestTableModel::formatsTimestampsInDisplayZone()
{
    WorkspaceTableModel model(contactFlowEventsSpec());
    model.setWorkspacePath(m_path);
    QVERIFY(waitForRows(model, QStringLiteral("event_id")));
    const QModelIndex start =
        cell(model, QStringLiteral("ev-02"), QStringLiteral("start_timestamp"));
    QCOMPARE(start.data().toString(), QStringLiteral("2026-01-01 00:01:00.000"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDisplayTimeZone(QTimeZone(QByteArrayLiteral("America/Los_Angeles")));

    QCOMPARE(changed.size(), 1);
    QCOMPARE(start.data().toString(), QStringLiteral("2025-12-31 16:01:00.000"));
    QCOMPARE(start.data(WorkspaceTableModel::RawValueRole).toLongLong(),
             Test::FixtureBaseMs + 60'000);
}

void TestTableModel::showsArraysReadably()
{
    WorkspaceTableModel model(testCaseExecutionResultsSpec());
    model.setWorkspacePath(m_path);
    QVERIFY(waitForRows(model, QStringLiteral("connect_test_case_execution_id")));
    const int reasons = model.columnIndex(QStringLiteral("connect_test_case_failure_reasons"));

    QCOMPARE(model.index(0, reasons).data().toString(), QString());
    QCOMPARE(model.index(0, reasons).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Empty list"));
    QCOMPARE(model.index(1, reasons).data().toString(),
             QStringLiteral("Prompt mismatch, Timeout, no input"));
    QCOMPARE(model.index(1, reasons).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Prompt mismatch\nTimeout, no input"));
    QCOMPARE(model.index(2, reasons).data().toString(), QStringLiteral("NULL"));
}

void TestTableModel::copiesSelectionAsTabSeparatedText()
{
    WorkspaceTableModel model(contactFlowEventsSpec());
    model.setWorkspacePath(m_path);
    QVERIFY(waitForRows(model, QStringLiteral("event_id")));
    const int eventId = model.columnIndex(QStringLiteral("event_id"));
    const int outcome = model.columnIndex(QStringLiteral("flow_outcome"));

    const QModelIndexList selection = {model.index(2, outcome), model.index(1, eventId),
                                       model.index(1, outcome), model.index(2, eventId)};

    QCOMPARE(model.tabSeparatedText(selection), QStringLiteral("ev-02\t\nev-03\t"));
    const QModelIndexList scattered = {model.index(0, outcome), model.index(3, eventId)};
    QCOMPARE(model.tabSeparatedText(scattered), QStringLiteral("\tSuccess\nev-04\t"));
}

void TestTableModel::readsDistinctValues()
{
    WorkspaceTableModel model(contactFlowEventsSpec());
    model.setWorkspacePath(m_path);
    QSignalSpy ready(&model, &WorkspaceTableModel::distinctValuesReady);

    model.requestDistinctValues(QStringLiteral("channel"));

    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.at(0).at(0).toString(), QStringLiteral("channel"));
    const QStringList values = ready.at(0).at(1).toStringList();
    QCOMPARE(values, (QStringList{QString(), QStringLiteral(""), QStringLiteral("CHAT"),
                                  QStringLiteral("TASK"), QStringLiteral("VOICE")}));
    QVERIFY(values.at(0).isNull());
    QVERIFY(!values.at(1).isNull());
}

void TestTableModel::countsEveryRowBeyondFirstPage()
{
    const QString path = m_dir.filePath(QStringLiteral("bulk.flowscope"));
    const int rows = WorkspaceTableModel::PageSize * 3 + 17;
    const QString error = Test::insertBulkFlowEvents(path, rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    WorkspaceTableModel model(contactFlowEventsSpec());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &WorkspaceTableModel::loadedChanged);
    model.setWorkspacePath(path);

    QTRY_COMPARE(model.rowCount(), rows);
    QCOMPARE(model.totalRowCount(), qint64(rows));
    QCOMPARE(loaded.constLast().at(1).toLongLong(), qint64(rows));
    QVERIFY(model.loadedRowCount() <= WorkspaceTableModel::PageSize);

    const QModelIndex last = model.index(rows - 1, model.columnIndex(QStringLiteral("event_id")));
    QVERIFY(!last.data(WorkspaceTableModel::RawValueRole).isValid());
    QTRY_COMPARE(last.data().toString(),
                 QStringLiteral("ev-bulk-%1").arg(rows - 1, 6, 10, QLatin1Char('0')));
    QCOMPARE(model.loadedRowCount(), qint64(WorkspaceTableModel::PageSize + 17));

    // Copying a selection of every row copies the loaded rows only.
    const int eventId = model.columnIndex(QStringLiteral("event_id"));
    const QItemSelection everyRow(model.index(0, eventId), model.index(rows - 1, eventId));
    const QStringList copied = model.tabSeparatedText(everyRow).split(QLatin1Char('\n'));
    QCOMPARE(copied.size(), WorkspaceTableModel::PageSize + 17);
    QCOMPARE(copied.constFirst(), QStringLiteral("ev-bulk-000000"));
    QCOMPARE(copied.constLast(),
             QStringLiteral("ev-bulk-%1").arg(rows - 1, 6, 10, QLatin1Char('0')));

    model.sortByName(QStringLiteral("start_timestamp"), Qt::DescendingOrder);
    QTRY_COMPARE(model.index(0, model.columnIndex(QStringLiteral("event_id"))).data().toString(),
                 QStringLiteral("ev-bulk-%1").arg(rows - 1, 6, 10, QLatin1Char('0')));
}

void TestTableModel::keepsColumnsAddedByImports()
{
    const QString path = m_dir.filePath(QStringLiteral("extra.flowscope"));
    QVERIFY(Test::createBrowserFixture(path).isEmpty());
    QVERIFY(Test::insertRow(path, QStringLiteral("contact_flow_events"),
                            {{QStringLiteral("instance_id"), QStringLiteral("i")},
                             {QStringLiteral("event_id"), QStringLiteral("ev-x")}})
                .isEmpty());
    {
        Workspace workspace;
        QVERIFY(workspace.open(path, Workspace::OpenMode::ExistingOnly));
        QSqlQuery query(workspace.database());
        QVERIFY(query.exec(
            QStringLiteral("ALTER TABLE contact_flow_events ADD COLUMN future_column TEXT")));
    }

    WorkspaceTableModel model(contactFlowEventsSpec());
    model.setWorkspacePath(path);

    QCOMPARE(model.columnCount(), int(contactFlowEventsSpec().columns.size()) + 1);
    QCOMPARE(model.columnName(model.columnCount() - 1), QStringLiteral("future_column"));
    QCOMPARE(loadedTexts(model, QStringLiteral("future_column")).size(), 7);
}

QTEST_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
