// Values and column names that look like SQL, HTML, file paths or JSON
// references are data. They are stored verbatim and reach SQL only as bound
// parameters or checked identifiers. They show as plain text, and they make
// the application read or write no other file.

#include "filter.h"
#include "importer.h"
#include "reliabilitysupport.h"
#include "schema.h"
#include "tablemodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

#include <algorithm>

using namespace Flowscope;

namespace {

const QStringList HostileValues = {
    QStringLiteral("'); DROP TABLE contact_flow_events;--"),
    QStringLiteral("\" OR 1=1 --"),
    QStringLiteral("x' OR '1'='1"),
    QStringLiteral("<b>bold</b><script>alert(1)</script>"),
    QStringLiteral("<img src=\"file:///etc/passwd\">"),
    QStringLiteral("/etc/passwd"),
    QStringLiteral("file:///etc/shadow"),
    QStringLiteral("../../../../tmp/flowscope-written"),
    QStringLiteral("$(touch /tmp/flowscope-written)"),
    QStringLiteral("%s%n%x 100% _under_"),
    QStringLiteral("{\"$ref\": \"/etc/passwd\"}"),
};

QByteArray csvQuoted(const QString &value)
{
    QByteArray text = value.toUtf8();
    text.replace('"', "\"\"");
    return '"' + text + '"';
}

// One flow event per hostile value: the value is the event id's suffix, the
// contact id and the flow outcome.
QByteArray hostileCsv()
{
    QByteArray csv = Test::flowEventsCsv(0, 0);
    const QList<QByteArray> templateFields = Test::flowEventsCsv(0, 1).split('\n').at(1).split(',');
    for (int i = 0; i < HostileValues.size(); ++i) {
        QList<QByteArray> fields = templateFields;
        fields[1] = csvQuoted(QStringLiteral("event %1 ").arg(i) + HostileValues.at(i));
        fields[4] = csvQuoted(HostileValues.at(i));
        fields[16] = csvQuoted(HostileValues.at(i));
        csv += fields.join(',') + '\n';
    }
    return csv;
}

// The text a tooltip shows: Qt renders tooltip text that might be rich text as HTML.
QString shownToolTip(const QString &toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return toolTip;
    QTextDocument document;
    document.setHtml(toolTip);
    return document.toPlainText();
}

QStringList directoryListing(const QString &path)
{
    QStringList names;
    const QFileInfoList entries = QDir(path).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot
                                                               | QDir::Hidden,
                                                           QDir::Name);
    for (const QFileInfo &entry : entries)
        names.append(entry.fileName());
    return names;
}

} // namespace

class TestHostileValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void valuesStoredVerbatim();
    void jsonReferencesStayValues();
    void hostileColumnNamesStayNames();
    void filterTextIsBound_data();
    void filterTextIsBound();
    void tableModelShowsPlainText();
    void importTouchesNoOtherFile();

private:
    QTemporaryDir m_directory;
    QString m_workspace;
    QString m_input;
};

void TestHostileValues::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QFile::remove(QStringLiteral("/tmp/flowscope-written"));
    m_input = Test::writeFile(m_directory.path(), QStringLiteral("hostile.csv"), hostileCsv());
    m_workspace = m_directory.filePath(QStringLiteral("hostile.flowscope"));

    Workspace workspace;
    QVERIFY(workspace.open(m_workspace, Workspace::OpenMode::CreateIfMissing));
    const ImportResult result = importFiles(workspace, {m_input});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.total.inserted, HostileValues.size());
}

void TestHostileValues::valuesStoredVerbatim()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_workspace, Workspace::OpenMode::ReadOnly));
    QSqlQuery query(workspace.database());
    for (int i = 0; i < HostileValues.size(); ++i) {
        query.prepare(QStringLiteral("SELECT contact_id, flow_outcome FROM contact_flow_events "
                                     "WHERE event_id = ?"));
        query.addBindValue(QString(QStringLiteral("event %1 ").arg(i) + HostileValues.at(i)));
        QVERIFY(query.exec());
        QVERIFY2(query.next(), qPrintable(HostileValues.at(i)));
        QCOMPARE(query.value(0).toString(), HostileValues.at(i));
        QCOMPARE(query.value(1).toString(), HostileValues.at(i));
    }

    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM contact_flow_events")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), HostileValues.size());
}

void TestHostileValues::jsonReferencesStayValues()
{
    // "$ref" as a value is text; as a key it is not a column name, so it is
    // ignored with a warning. Neither is resolved as a JSON reference.
    const QByteArray line("{\"instance_id\":\"i1\",\"event_id\":\"json-ref\","
                          "\"start_timestamp\":\"2026-11-03 14:05:09.123\","
                          "\"data_lake_last_processed_timestamp\":\"2026-11-03 15:00:00.000\","
                          "\"contact_id\":\"/etc/passwd\","
                          "\"flow_outcome\":\"{\\\"$ref\\\":\\\"/etc/passwd\\\"}\","
                          "\"$ref\":\"file:///etc/passwd\"}\n");
    const QString input = Test::writeFile(m_directory.path(), QStringLiteral("ref.jsonl"), line);
    const QString path = m_directory.filePath(QStringLiteral("json.flowscope"));

    Workspace workspace;
    QVERIFY(workspace.open(path, Workspace::OpenMode::CreateIfMissing));
    ImportOptions options;
    options.table = QStringLiteral("contact_flow_events");
    const ImportResult result = importFiles(workspace, {input}, options);
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QVERIFY(!workspace.storedColumns(QStringLiteral("contact_flow_events"))
                 .contains(QStringLiteral("$ref")));
    const auto namesReference = [](const ImportWarning &warning) {
        return warning.kind == ImportWarningKind::UnknownColumn
               && warning.message.contains(QLatin1String("$ref"));
    };
    QVERIFY(std::any_of(result.warnings.cbegin(), result.warnings.cend(), namesReference));

    QSqlQuery query(workspace.database());
    QVERIFY(query.exec(QStringLiteral("SELECT contact_id, flow_outcome "
                                      "FROM contact_flow_events WHERE event_id = 'json-ref'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("/etc/passwd"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("{\"$ref\":\"/etc/passwd\"}"));
}

void TestHostileValues::hostileColumnNamesStayNames()
{
    // A header name that would close the identifier and start a statement if
    // it were pasted into SQL is ignored with a warning. A name that is a
    // plain identifier becomes a new column, as later data lake versions add.
    const QString hostileName = QStringLiteral("x\" TEXT); DROP TABLE import_log; --");
    const QString addedName = QStringLiteral("added_column_2027");
    QList<QByteArray> lines = Test::flowEventsCsv(0, 2).split('\n');
    lines[0] += ',' + csvQuoted(hostileName) + ',' + csvQuoted(addedName);
    lines[1] += ",\"hostile 1\",\"added 1\"";
    lines[2] += ",\"hostile 2\",\"added 2\"";
    const QString input =
        Test::writeFile(m_directory.path(), QStringLiteral("columns.csv"), lines.join('\n'));
    const QString path = m_directory.filePath(QStringLiteral("columns.flowscope"));

    Workspace workspace;
    QVERIFY(workspace.open(path, Workspace::OpenMode::CreateIfMissing));
    const ImportResult result = importFiles(workspace, {input});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.total.inserted, 2);
    const QStringList stored = workspace.storedColumns(QStringLiteral("contact_flow_events"));
    QVERIFY(!stored.contains(hostileName));
    QVERIFY(stored.contains(addedName));
    const auto namesHostileColumn = [&](const ImportWarning &warning) {
        return warning.kind == ImportWarningKind::UnknownColumn
               && warning.message.contains(hostileName);
    };
    QVERIFY(std::any_of(result.warnings.cbegin(), result.warnings.cend(), namesHostileColumn));

    QSqlQuery query(workspace.database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM import_log")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("SELECT %1 FROM contact_flow_events ORDER BY event_id")
                           .arg(addedName)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("added 1"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("added 2"));
}

void TestHostileValues::filterTextIsBound_data()
{
    QTest::addColumn<QString>("contactText");
    QTest::addColumn<int>("expectedRows");

    // Each hostile value is the contact id of exactly one row.
    QTest::newRow("quote that closes a string literal")
        << QStringLiteral("x' OR '1'='1") << 1;
    QTest::newRow("statement after a quote") << QStringLiteral("'); DROP TABLE contact_flow_events;--")
                                             << 1;
    QTest::newRow("LIKE wildcard percent matches itself") << QStringLiteral("100%") << 1;
    QTest::newRow("LIKE wildcard underscore matches itself") << QStringLiteral("_under_") << 1;
    QTest::newRow("text in no contact id") << QStringLiteral("' OR ''='") << 0;
}

void TestHostileValues::filterTextIsBound()
{
    QFETCH(QString, contactText);
    QFETCH(int, expectedRows);

    Filter filter;
    filter.contactId = {contactText, TextMatch::Contains};
    filter.outcomes = {contactText};
    const SqlCondition condition = filter.toSql(QStringLiteral("contact_flow_events"));
    QVERIFY(!condition.whereSql.contains(contactText));
    QVERIFY(condition.bindValues.contains(QVariant(contactText)));

    // The outcome list matches exact values only, so the contact condition
    // alone decides which rows match.
    filter.outcomes = {};
    const SqlCondition contactOnly = filter.toSql(QStringLiteral("contact_flow_events"));
    Workspace workspace;
    QVERIFY(workspace.open(m_workspace, Workspace::OpenMode::ReadOnly));
    QSqlQuery query(workspace.database());
    QVERIFY(query.prepare(QStringLiteral("SELECT COUNT(*) FROM contact_flow_events WHERE ")
                          + contactOnly.whereSql));
    for (const QVariant &value : contactOnly.bindValues)
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), expectedRows);
}

void TestHostileValues::tableModelShowsPlainText()
{
    WorkspaceTableModel model(contactFlowEventsSpec());
    model.setWorkspacePath(m_workspace);
    QTRY_COMPARE(model.totalRowCount(), HostileValues.size());
    const int contactColumn = model.columnIndex(QStringLiteral("contact_id"));
    QVERIFY(contactColumn >= 0);
    QTRY_VERIFY(model.loadedRowCount() == HostileValues.size());

    QStringList shownTexts;
    QStringList shownTips;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, contactColumn);
        shownTexts.append(index.data(Qt::DisplayRole).toString());
        shownTips.append(shownToolTip(index.data(Qt::ToolTipRole).toString()));
    }
    shownTexts.sort();
    shownTips.sort();
    QStringList expected = HostileValues;
    expected.sort();

    // Item views paint Qt::DisplayRole as plain text; tooltips are rendered
    // as HTML when they look like it, so they must come escaped.
    QCOMPARE(shownTexts, expected);
    QCOMPARE(shownTips, expected);
}

void TestHostileValues::importTouchesNoOtherFile()
{
    const QString directory = m_directory.filePath(QStringLiteral("isolated"));
    QVERIFY(QDir().mkpath(directory));
    const QString input = Test::writeFile(directory, QStringLiteral("hostile.csv"), hostileCsv());
    const QString path = QDir(directory).filePath(QStringLiteral("isolated.flowscope"));

    {
        Workspace workspace;
        QVERIFY(workspace.open(path, Workspace::OpenMode::CreateIfMissing));
        const ImportResult result = importFiles(workspace, {input});
        QCOMPARE(result.status, ImportResult::Status::Succeeded);
    }

    QCOMPARE(directoryListing(directory),
             QStringList({QStringLiteral("hostile.csv"), QStringLiteral("isolated.flowscope")}));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/flowscope-written")));
}

QTEST_MAIN(TestHostileValues)
#include "tst_hostilevalues.moc"
