#include "browserpage.h"
#include "browsertableview.h"
#include "contactpathmodel.h"
#include "contactpathpage.h"
#include "contacttimeline.h"
#include "flownames.h"
#include "importer.h"
#include "mainwindowsupport.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Flowscope;

namespace {

// Columns of the hand-made export; the importer leaves the others NULL.
const QByteArray EventsHeader =
    "\"instance_id\",\"event_id\",\"contact_id\",\"flow_resource_id\",\"module_resource_id\","
    "\"resource_type\",\"channel\",\"start_timestamp\",\"end_timestamp\","
    "\"next_flow_resource_id\",\"next_queue_resource_id\",\"next_resource_type\","
    "\"flow_outcome\",\"flow_type\",\"data_lake_last_processed_timestamp\"\n";

// Rows out of time order on purpose: the path must not depend on file order.
// An unquoted empty field is NULL, as in Athena query results.
const QByteArray EventsRows =
    // c-order: two module events with identical timestamps between two flows.
    "\"inst-1\",\"ev-3\",\"c-order\",\"flow-b\",,\"flow\",\"VOICE\",\"2026-03-02 10:00:05.000\","
    "\"2026-03-02 10:00:20.000\",,\"q-sales\",\"queue\",,\"CONTACT_FLOW\",\"2026-03-03 00:00:00\"\n"
    "\"inst-1\",\"ev-2b\",\"c-order\",\"flow-a\",\"mod-x\",\"module\",\"VOICE\","
    "\"2026-03-02 10:00:01.000\",\"2026-03-02 10:00:01.250\",,,,\"Error\",\"CONTACT_FLOW\","
    "\"2026-03-03 00:00:00\"\n"
    "\"inst-1\",\"ev-1\",\"c-order\",\"flow-a\",,\"flow\",\"VOICE\",\"2026-03-02 10:00:00.000\","
    "\"2026-03-02 10:00:05.000\",\"flow-b\",,\"flow\",\"TRANSFERRED_TO_FLOW\",\"CONTACT_FLOW\","
    "\"2026-03-03 00:00:00\"\n"
    "\"inst-1\",\"ev-2a\",\"c-order\",\"flow-a\",\"mod-x\",\"module\",\"VOICE\","
    "\"2026-03-02 10:00:01.000\",\"2026-03-02 10:00:01.250\",,,,\"Success\",\"CONTACT_FLOW\","
    "\"2026-03-03 00:00:00\"\n"
    // c-single: one event that has not ended.
    "\"inst-1\",\"ev-s\",\"c-single\",\"flow-a\",,\"flow\",\"CHAT\",\"2026-03-02 09:00:00.000\",,"
    ",,,,\"CONTACT_FLOW\",\"2026-03-03 00:00:00\"\n"
    // c-invalid: an end before the start, and a next flow that time order contradicts.
    "\"inst-1\",\"ev-i2\",\"c-invalid\",\"flow-b\",,\"flow\",\"VOICE\",\"2026-03-02 11:00:20.000\","
    "\"2026-03-02 11:00:30.000\",,,,\"Success\",\"CONTACT_FLOW\",\"2026-03-03 00:00:00\"\n"
    "\"inst-1\",\"ev-i1\",\"c-invalid\",\"flow-a\",,\"flow\",\"VOICE\",\"2026-03-02 11:00:10.000\","
    "\"2026-03-02 11:00:00.000\",\"flow-c\",,\"flow\",\"TRANSFERRED_TO_FLOW\",\"CONTACT_FLOW\","
    "\"2026-03-03 00:00:00\"\n"
    // c-twice: the same contact id in two instances.
    "\"inst-1\",\"ev-t1\",\"c-twice\",\"flow-a\",,\"flow\",\"VOICE\",\"2026-03-02 12:00:00.000\","
    "\"2026-03-02 12:00:01.000\",,,,\"Success\",\"CONTACT_FLOW\",\"2026-03-03 00:00:00\"\n"
    "\"inst-2\",\"ev-t2\",\"c-twice\",\"flow-b\",,\"flow\",\"VOICE\",\"2026-03-02 13:00:00.000\","
    "\"2026-03-02 13:00:02.000\",\"flow-c\",,\"flow\",\"TRANSFERRED_TO_FLOW\",\"CONTACT_FLOW\","
    "\"2026-03-03 00:00:00\"\n"
    "\"inst-2\",\"ev-t3\",\"c-twice\",\"flow-c\",,\"flow\",\"VOICE\",\"2026-03-02 13:00:02.000\","
    "\"2026-03-02 13:01:02.000\",,,,\"Success\",\"CONTACT_FLOW\",\"2026-03-03 00:00:00\"\n"
    // c-html: ids that look like HTML must stay text in tooltips.
    "\"inst-1\",\"ev-h\",\"c-html\",\"<b>flow</b>\",,\"flow\",\"VOICE\","
    "\"2026-03-02 14:00:00.000\",\"2026-03-02 14:00:00.000\",,,,\"Success\",\"CONTACT_FLOW\","
    "\"2026-03-03 00:00:00\"\n";

const QByteArray ExecutionsCsv =
    "\"instance_id\",\"connect_test_case_resource_arn\",\"connect_test_case_resource_name\","
    "\"connect_test_case_execution_start_timestamp\",\"connect_test_case_execution_end_timestamp\","
    "\"connect_test_case_status\",\"connect_test_case_result\",\"connect_test_case_execution_id\","
    "\"connect_test_case_associated_initial_contact_id\","
    "\"connect_test_case_associated_contact_ids\",\"data_lake_last_processed_timestamp\"\n"
    "\"inst-1\",\"arn:aws:connect:us-east-1:111122223333:instance/inst-1/test-case/tc-1\","
    "\"Billing menu\",\"2026-03-02 09:59:58.000\",\"2026-03-02 10:01:00.000\",\"Completed\","
    "\"Passed\",\"exec-1\",\"c-order\",\"[c-order]\",\"2026-03-03 00:00:00\"\n";

const QByteArray NamesCsv = "id,name\nflow-a,Main menu\n";

QString screenshotDir()
{
    const QString dir =
        QDir(QStringLiteral(FLOWSCOPE_BIN_DIR)).filePath(QStringLiteral("../screenshots"));
    QDir().mkpath(dir);
    return QDir::cleanPath(dir);
}

QStringList rowTexts(const QAbstractItemModel &model, int row)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

bool loadContact(ContactPathPage &page, const QString &text)
{
    QSignalSpy loaded(&page, &ContactPathPage::contactLoaded);
    page.search(text);
    return loaded.wait(10000);
}

} // namespace

class TestContactPathView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void parsesPastedReference_data();
    void parsesPastedReference();
    void formatsDuration_data();
    void formatsDuration();
    void modelShowsSteps_data();
    void modelShowsSteps();
    void modelMarksStates();
    void modelPassesTester();
    void modelFollowsTimeZone();
    void tooltipsStayPlainText();
    void pageSearchesContact();
    void pageReportsUnknownContact();
    void pageChoosesInstance();
    void pageListsTestExecutions();
    void pageExportsContactFilter();
    void timelineRendersSameDrawing();
    void openContactLandsOnPathPage();
    void writesScreenshots();

private:
    ContactPath loadPath(const QString &contactId, const QString &instanceId = {});

    QTemporaryDir m_dir;
    QString m_path;
    QString m_samplePath;
};

void TestContactPathView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FlowscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_contactpathview"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());

    const QString events =
        Test::writeFile(m_dir.path(), QStringLiteral("events.csv"), EventsHeader + EventsRows);
    const QString executions =
        Test::writeFile(m_dir.path(), QStringLiteral("executions.csv"), ExecutionsCsv);
    const QString names = Test::writeFile(m_dir.path(), QStringLiteral("names.csv"), NamesCsv);

    m_path = m_dir.filePath(QStringLiteral("paths.flowscope"));
    Workspace workspace;
    QVERIFY(workspace.open(m_path, Workspace::OpenMode::CreateIfMissing));
    const ImportResult result = importFiles(workspace, {events, executions});
    QVERIFY2(result.status == ImportResult::Status::Succeeded, qPrintable(result.error));
    QCOMPARE(result.total.inserted, 12);
    const FlowNameImportResult named = importFlowNames(workspace, {names});
    QVERIFY2(named.ok, qPrintable(named.error));

    m_samplePath = m_dir.filePath(QStringLiteral("sample.flowscope"));
    Workspace sample;
    QVERIFY(sample.open(m_samplePath, Workspace::OpenMode::CreateIfMissing));
    const QString sampleDir = QStringLiteral(FLOWSCOPE_SOURCE_DIR "/resources/sample");
    const ImportResult sampleResult = importFiles(
        sample, {sampleDir + QStringLiteral("/contact_flow_events.csv"),
                 sampleDir + QStringLiteral("/connect_test_case_execution_results.csv")});
    QVERIFY2(sampleResult.status == ImportResult::Status::Succeeded,
             qPrintable(sampleResult.error));
}

ContactPath TestContactPathView::loadPath(const QString &contactId, const QString &instanceId)
{
    Workspace workspace;
    if (!workspace.open(m_path, Workspace::OpenMode::ReadOnly))
        return {};
    return loadContactPath(workspace, contactId, instanceId);
}

void TestContactPathView::parsesPastedReference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("contactId");
    QTest::addColumn<QString>("instanceId");

    QTest::newRow("bare id is kept") << "c-order"
                                     << "c-order"
                                     << "";
    QTest::newRow("white space around a paste is dropped") << "  c-order\n"
                                                           << "c-order"
                                                           << "";
    QTest::newRow("quotes of a copied CSV cell are dropped") << "\"c-order\""
                                                             << "c-order"
                                                             << "";
    QTest::newRow("contact ARN names the instance")
        << "arn:aws:connect:us-east-1:111122223333:instance/inst-2/contact/c-twice"
        << "c-twice"
        << "inst-2";
    QTest::newRow("other ARN stays as typed")
        << "arn:aws:connect:us-east-1:111122223333:instance/inst-2"
        << "arn:aws:connect:us-east-1:111122223333:instance/inst-2"
        << "";
}

void TestContactPathView::parsesPastedReference()
{
    QFETCH(QString, text);
    QFETCH(QString, contactId);
    QFETCH(QString, instanceId);

    const ContactReference reference = parseContactReference(text);

    QCOMPARE(reference.contactId, contactId);
    QCOMPARE(reference.instanceId, instanceId);
}

void TestContactPathView::formatsDuration_data()
{
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << "0 ms";
    QTest::newRow("under a second") << qint64(250) << "250 ms";
    QTest::newRow("seconds keep milliseconds") << qint64(15000) << "15.000 s";
    QTest::newRow("minutes") << qint64(125500) << "2 min 5.500 s";
    QTest::newRow("hours") << qint64(3725000) << "1 h 2 min 5 s";
}

void TestContactPathView::formatsDuration()
{
    QFETCH(qint64, milliseconds);
    QFETCH(QString, text);

    QCOMPARE(formatDuration(milliseconds), text);
}

void TestContactPathView::modelShowsSteps_data()
{
    QTest::addColumn<QString>("contactId");
    QTest::addColumn<QList<QStringList>>("rows");

    QTest::newRow("out-of-order file rows and identical timestamps sort by event id")
        << "c-order"
        << QList<QStringList>{
               {"Main menu", "Flow", "CONTACT_FLOW", "TRANSFERRED_TO_FLOW",
                "2026-03-02 10:00:00.000", "2026-03-02 10:00:05.000", "5.000 s", "Flow flow-b"},
               {"mod-x", "Module", "CONTACT_FLOW", "Success", "2026-03-02 10:00:01.000",
                "2026-03-02 10:00:01.250", "250 ms", ""},
               {"mod-x", "Module", "CONTACT_FLOW", "Error", "2026-03-02 10:00:01.000",
                "2026-03-02 10:00:01.250", "250 ms", ""},
               {"flow-b", "Flow", "CONTACT_FLOW", "no outcome", "2026-03-02 10:00:05.000",
                "2026-03-02 10:00:20.000", "15.000 s", "Queue q-sales"}};
    QTest::newRow("single event without an end is in progress")
        << "c-single"
        << QList<QStringList>{{"Main menu", "Flow", "CONTACT_FLOW", "no outcome",
                               "2026-03-02 09:00:00.000", "in progress", "in progress", ""}};
    QTest::newRow("end before start is invalid and the next flow disagrees")
        << "c-invalid"
        << QList<QStringList>{
               {"Main menu", "Flow", "CONTACT_FLOW", "TRANSFERRED_TO_FLOW",
                "2026-03-02 11:00:10.000", "2026-03-02 11:00:00.000",
                "invalid: ends before it starts", "Flow flow-c ⚠ but flow-b follows in time"},
               {"flow-b", "Flow", "CONTACT_FLOW", "Success", "2026-03-02 11:00:20.000",
                "2026-03-02 11:00:30.000", "10.000 s", ""}};
}

void TestContactPathView::modelShowsSteps()
{
    QFETCH(QString, contactId);
    QFETCH(QList<QStringList>, rows);
    Workspace workspace;
    QVERIFY(workspace.open(m_path, Workspace::OpenMode::ReadOnly));
    ContactPathModel model;

    model.setPath(loadContactPath(workspace, contactId), loadFlowNames(workspace));

    QCOMPARE(model.rowCount(), rows.size());
    for (int row = 0; row < rows.size(); ++row)
        QCOMPARE(rowTexts(model, row), rows.at(row));
}

void TestContactPathView::modelMarksStates()
{
    ContactPathModel model;
    model.setPath(loadPath(QStringLiteral("c-invalid")));

    const QModelIndex invalidDuration = model.index(0, ContactPathModel::DurationColumn);
    QCOMPARE(invalidDuration.data(ContactPathModel::DurationStateRole).toInt(),
             int(DurationState::Invalid));
    QVERIFY(!invalidDuration.data(ContactPathModel::RawValueRole).isValid());
    QCOMPARE(model.index(0, ContactPathModel::NextColumn)
                 .data(ContactPathModel::DisagreementRole)
                 .toBool(),
             true);
    QCOMPARE(model.index(1, ContactPathModel::NextColumn)
                 .data(ContactPathModel::DisagreementRole)
                 .toBool(),
             false);
    QCOMPARE(model.index(1, ContactPathModel::DurationColumn)
                 .data(ContactPathModel::RawValueRole)
                 .toLongLong(),
             10000);
    QCOMPARE(model.index(0, ContactPathModel::NextColumn).data(Qt::ToolTipRole).toString(),
             plainTextToolTip(QStringLiteral(
                 "next_flow_resource_id is flow-c, but the next flow in time is flow-b.")));

    model.setPath(loadPath(QStringLiteral("c-single")));
    const QModelIndex openEnd = model.index(0, ContactPathModel::EndColumn);
    QCOMPARE(openEnd.data(ContactPathModel::DurationStateRole).toInt(),
             int(DurationState::InProgress));
    QVERIFY(!openEnd.data(ContactPathModel::RawValueRole).isValid());
}

void TestContactPathView::modelPassesTester()
{
    ContactPathModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setPath(loadPath(QStringLiteral("c-order")));
    model.setDisplayTimeZone(QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    model.setPath({});
    model.setPath(loadPath(QStringLiteral("c-invalid")));

    QCOMPARE(model.rowCount(), 2);
}

void TestContactPathView::modelFollowsTimeZone()
{
    ContactPathModel model;
    model.setPath(loadPath(QStringLiteral("c-single")));

    model.setDisplayTimeZone(QTimeZone(QByteArrayLiteral("Asia/Tokyo")));

    QCOMPARE(model.index(0, ContactPathModel::StartColumn).data().toString(),
             QStringLiteral("2026-03-02 18:00:00.000"));
}

void TestContactPathView::tooltipsStayPlainText()
{
    ContactPathModel model;
    model.setPath(loadPath(QStringLiteral("c-html")));
    ContactTimeline timeline;
    timeline.setModel(&model);

    const QString cellTip =
        model.index(0, ContactPathModel::StepColumn).data(Qt::ToolTipRole).toString();
    const QString timelineTip = timeline.stepToolTip(0);

    QCOMPARE(model.index(0, ContactPathModel::StepColumn).data().toString(),
             QStringLiteral("<b>flow</b>"));
    QVERIFY2(cellTip.contains(QStringLiteral("Flow: &lt;b&gt;flow&lt;/b&gt;")),
             qPrintable(cellTip));
    QVERIFY2(!cellTip.contains(QStringLiteral("<b>")), qPrintable(cellTip));
    QCOMPARE(timelineTip, QStringLiteral("Flow: <b>flow</b>\nEvent: ev-h\nInstance: inst-1\n"
                                         "Start: 2026-03-02 14:00:00.000\n"
                                         "End: 2026-03-02 14:00:00.000\nDuration: 0 ms\n"
                                         "Outcome: Success"));
}

void TestContactPathView::pageSearchesContact()
{
    ContactPathPage page;
    page.setWorkspacePath(m_path);

    QVERIFY(loadContact(page, QStringLiteral("  \"c-order\"  ")));

    QCOMPARE(page.searchEdit()->text(), QStringLiteral("c-order"));
    QCOMPARE(page.model()->rowCount(), 4);
    QCOMPARE(rowTexts(*page.model(), 3).constFirst(), QStringLiteral("flow-b"));
    QCOMPARE(page.message(), QStringLiteral("Contact c-order: 4 flow event(s)"));
    QCOMPARE(page.statusText(), QStringLiteral("Contact c-order: 4 flow event(s)"));
    QVERIFY(!page.instanceCombo()->isVisibleTo(page.widget()));
    QCOMPARE(page.timeline()->axisStartMs(),
             QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(page.timeline()->axisEndMs(),
             QDateTime(QDate(2026, 3, 2), QTime(10, 0, 20), QTimeZone::utc()).toMSecsSinceEpoch());
}

void TestContactPathView::pageReportsUnknownContact()
{
    ContactPathPage page;
    page.setWorkspacePath(m_path);

    QVERIFY(loadContact(page, QStringLiteral("c-missing")));

    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.message(),
             QStringLiteral("No flow events of contact c-missing are in this workspace. Check the "
                            "id and the instance it belongs to, or import the "
                            "contact_flow_events export that holds its flow events."));
    QCOMPARE(page.exportViews(), QStringList());
    QCOMPARE(page.executionList()->count(), 0);
}

void TestContactPathView::pageChoosesInstance()
{
    ContactPathPage page;
    page.setWorkspacePath(m_path);

    QVERIFY(loadContact(page, QStringLiteral("c-twice")));
    QCOMPARE(page.result().instances,
             (QStringList{QStringLiteral("inst-1"), QStringLiteral("inst-2")}));
    QCOMPARE(page.result().instanceId, QStringLiteral("inst-1"));
    QVERIFY(page.instanceCombo()->isVisibleTo(page.widget()));
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.message(),
             QStringLiteral("Contact c-twice: 1 flow event(s)  ·  The id occurs in 2 instance(s); "
                            "choose one beside the search box."));

    QSignalSpy loaded(&page, &ContactPathPage::contactLoaded);
    page.chooseInstance(QStringLiteral("inst-2"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page.result().instanceId, QStringLiteral("inst-2"));
    QCOMPARE(page.instanceCombo()->currentText(), QStringLiteral("inst-2"));
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(rowTexts(*page.model(), 0).constFirst(), QStringLiteral("flow-b"));
    QCOMPARE(rowTexts(*page.model(), 1).constFirst(), QStringLiteral("flow-c"));

    // A contact ARN picks its instance directly.
    QVERIFY(loadContact(
        page,
        QStringLiteral("arn:aws:connect:us-east-1:111122223333:instance/inst-2/contact/c-twice")));
    QCOMPARE(page.result().instanceId, QStringLiteral("inst-2"));
    QCOMPARE(page.searchEdit()->text(), QStringLiteral("c-twice"));
}

void TestContactPathView::pageListsTestExecutions()
{
    ContactPathPage page;
    page.setWorkspacePath(m_path);

    QVERIFY(loadContact(page, QStringLiteral("c-order")));
    QCOMPARE(page.executionList()->count(), 1);
    QCOMPARE(page.executionList()->item(0)->text(),
             QStringLiteral("2026-03-02 09:59:58.000 · Billing menu · Passed · execution exec-1 · "
                            "initial contact"));

    QVERIFY(loadContact(page, QStringLiteral("c-single")));
    QCOMPARE(page.executionList()->count(), 1);
    QCOMPARE(page.executionList()->item(0)->text(),
             QStringLiteral("None: no test execution in this workspace lists this contact."));
}

void TestContactPathView::pageExportsContactFilter()
{
    ContactPathPage page;
    page.setWorkspacePath(m_path);
    QVERIFY(loadContact(page, QStringLiteral("c-order")));

    const Filter filter = page.exportFilter();

    QCOMPARE(page.exportViews(), QStringList{QStringLiteral("flow-events")});
    QCOMPARE(filter.contactId.text, QStringLiteral("c-order"));
    QCOMPARE(filter.contactId.match, TextMatch::Exact);
    QCOMPARE(filter.instances, QStringList{QStringLiteral("inst-1")});
    QCOMPARE(page.exportGraphics().size(), 1);
    QCOMPARE(page.exportGraphics().constFirst(), static_cast<const Renderable *>(page.timeline()));
}

void TestContactPathView::timelineRendersSameDrawing()
{
    ContactPathModel model;
    model.setPath(loadPath(QStringLiteral("c-order")));
    ContactTimeline timeline;
    timeline.setModel(&model);
    const QSizeF natural = timeline.naturalSize();
    QCOMPARE(natural, QSizeF(ContactTimeline::NaturalWidth, ContactTimeline::AxisHeight +
                                                                4 * ContactTimeline::RowHeight +
                                                                ContactTimeline::LegendHeight + 8));

    // The widget at its natural size and an export to an image of that size
    // are drawn by the same code, so their pixels are equal.
    timeline.resize(natural.toSize());
    const QImage onScreen = timeline.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QImage exported(natural.toSize(), QImage::Format_RGB32);
    exported.fill(Qt::black);
    {
        QPainter painter(&exported);
        timeline.render(&painter, QRectF(QPointF(0, 0), natural));
    }
    QCOMPARE(exported, onScreen);

    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&svg);
    generator.setSize(natural.toSize());
    {
        QPainter painter(&generator);
        timeline.render(&painter, QRectF(QPointF(0, 0), natural));
    }
    QVERIFY(svg.data().contains("mod-x"));
    QVERIFY(svg.data().contains("q-sales"));
}

void TestContactPathView::openContactLandsOnPathPage()
{
    MainWindow window;
    QVERIFY(Test::openWorkspace(window, m_path));
    BrowserPage *events = nullptr;
    ContactPathPage *pathPage = nullptr;
    for (Page *page : window.pages()) {
        if (page->id() == QStringLiteral("flow-events"))
            events = qobject_cast<BrowserPage *>(page);
        if (page->id() == QStringLiteral("contact-path"))
            pathPage = qobject_cast<ContactPathPage *>(page);
    }
    QVERIFY(events);
    QVERIFY(pathPage);
    window.setCurrentPage(QStringLiteral("flow-events"));
    WorkspaceTableModel *model = events->model();
    QTRY_VERIFY(model->rowCount() > 0);

    // Rows arrive by page on a worker: reading a cell asks for its page, so
    // the search repeats until the page holding the contact has loaded.
    const int contactColumn = model->columnIndex(QStringLiteral("contact_id"));
    const auto findContactRow = [model, contactColumn] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, contactColumn).data().toString() == QStringLiteral("c-invalid"))
                return row;
        }
        return -1;
    };
    QTRY_VERIFY(findContactRow() >= 0);
    const int row = findContactRow();

    // Double-clicking a contact_id cell is "Open contact".
    Q_EMIT events->tableView()->doubleClicked(model->index(row, contactColumn));

    QCOMPARE(window.currentPage(), pathPage);
    QTRY_COMPARE(pathPage->result().contactId, QStringLiteral("c-invalid"));
    QTRY_COMPARE(pathPage->model()->rowCount(), 2);
}

void TestContactPathView::writesScreenshots()
{
    // The sample contact with the most flow events among those a test execution
    // created shows a realistic path and its execution.
    QString contactId;
    {
        Workspace sample;
        QVERIFY(sample.open(m_samplePath, Workspace::OpenMode::ReadOnly));
        QSqlQuery query(sample.database());
        QVERIFY(query.exec(
            QStringLiteral("SELECT contact_id FROM contact_flow_events WHERE contact_id IN "
                           "(SELECT contact_id FROM test_execution_contacts) GROUP BY contact_id "
                           "ORDER BY COUNT(*) DESC, contact_id LIMIT 1")));
        QVERIFY(query.next());
        contactId = query.value(0).toString();
    }

    ContactPathPage page;
    QWidget *widget = page.widget();
    widget->resize(1280, 800);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    page.setWorkspacePath(m_samplePath);

    QSignalSpy loaded(&page, &ContactPathPage::contactLoaded);
    QVERIFY(page.showContact(contactId));
    QVERIFY(loaded.wait(10000));
    QVERIFY(page.model()->rowCount() > 0);
    page.stepView()->selectRow(2);
    QTest::qWait(200);
    QVERIFY(widget->grab().save(screenshotDir() + QStringLiteral("/contact-path.png")));

    QImage exported(page.timeline()->naturalSize().toSize(), QImage::Format_RGB32);
    {
        QPainter painter(&exported);
        page.timeline()->render(&painter, QRectF(QPointF(0, 0), exported.size()));
    }
    QVERIFY(exported.save(screenshotDir() + QStringLiteral("/contact-path-timeline.png")));

    QVERIFY(loadContact(page, QStringLiteral("no-such-contact")));
    QTest::qWait(100);
    QVERIFY(widget->grab().save(screenshotDir() + QStringLiteral("/contact-path-not-found.png")));
}

QTEST_MAIN(TestContactPathView)
#include "tst_contactpathview.moc"
