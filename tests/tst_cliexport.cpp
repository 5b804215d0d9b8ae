// flowscope-cli export: every view and format from the command line, the PDF
// text layer read back with pdftotext, images, filter options and refusals.

#include "browserfixture.h"
#include "exportviews.h"
#include "testsupport.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <unistd.h>

using namespace Flowscope;
using namespace Flowscope::Test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The 19 columns of the wide-table check: every flow event column but the
// last three.
const QStringList NineteenColumns = {
    QStringLiteral("instance_id"),        QStringLiteral("event_id"),
    QStringLiteral("aws_account_id"),     QStringLiteral("instance_arn"),
    QStringLiteral("contact_id"),         QStringLiteral("flow_resource_id"),
    QStringLiteral("module_resource_id"), QStringLiteral("resource_version"),
    QStringLiteral("resource_type"),      QStringLiteral("channel"),
    QStringLiteral("start_timestamp"),    QStringLiteral("end_timestamp"),
    QStringLiteral("next_flow_resource_id"), QStringLiteral("next_queue_resource_id"),
    QStringLiteral("next_resource_type"), QStringLiteral("flow_language_version"),
    QStringLiteral("flow_outcome"),       QStringLiteral("sub_type"),
    QStringLiteral("flow_type"),
};

QByteArray runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

// Text without any whitespace, so that a value wrapped over lines in a
// table cell still matches.
QString squeezed(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QString result = text;
    result.remove(whitespace);
    return result;
}

QString screenshotDirectory()
{
    const QString path = QStringLiteral(FLOWSCOPE_BIN_DIR "/../screenshots");
    QDir().mkpath(path);
    return path;
}

} // namespace

class CliExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void everyViewAsCsv_data();
    void everyViewAsCsv();
    void pdfTextLayerHoldsEveryCell();
    void imagesOfGraphicViews_data();
    void imagesOfGraphicViews();
    void imageOfTableViewIsRefused();
    void athenaSqlUsesEveryFilterOption();
    void invalidOptionsAreUsageErrors_data();
    void invalidOptionsAreUsageErrors();
    void outputOverWorkspaceIsRejected_data();
    void outputOverWorkspaceIsRejected();
    void jsonReportsRowsAndNeutralisedCells();
    void fileSizeLimitFailsExport_data();
    void fileSizeLimitFailsExport();
    void svgReplacesControlCharacters();

private:
    QTemporaryDir m_directory;
    QString m_workspace;
};

void CliExportTest::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_workspace = m_directory.filePath(QStringLiteral("fixture.flowscope"));
    QCOMPARE(createBrowserFixture(m_workspace), QString());
    QCOMPARE(insertRow(m_workspace, QStringLiteral("contact_flow_events"),
                       {
                           {QStringLiteral("instance_id"), QStringLiteral("instance-1")},
                           {QStringLiteral("event_id"), QStringLiteral("ev-07")},
                           {QStringLiteral("aws_account_id"), QStringLiteral("000000000042")},
                           {QStringLiteral("instance_arn"),
                            QStringLiteral("arn:aws:connect:eu-central-1:000000000042:instance/"
                                           "8a4ce12d-6764-48dd-9ff5-9c40b0342cee")},
                           {QStringLiteral("contact_id"), QStringLiteral("=HYPERLINK(\"x\")")},
                           {QStringLiteral("flow_resource_id"), QStringLiteral("flow-a")},
                           {QStringLiteral("start_timestamp"), FixtureBaseMs + 360000},
                           {QStringLiteral("flow_outcome"), QStringLiteral("Grüße, Ünïcode ✓")},
                       }),
             QString());
}

void CliExportTest::everyViewAsCsv_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QByteArray>("header");

    QTest::newRow("flow events") << QStringLiteral("flow-events")
                                 << QByteArray("instance_id,event_id,aws_account_id,");
    QTest::newRow("test runs") << QStringLiteral("test-runs")
                               << QByteArray("instance_id,instance_arn,aws_account_id,");
    QTest::newRow("flow metrics") << QStringLiteral("flow-metrics")
                                  << QByteArray("metric,instance_id,flow_resource_id,flow_name,");
    QTest::newRow("flow map") << QStringLiteral("flow-map")
                              << QByteArray("from_kind,from_id,from_name,to_kind,");
    QTest::newRow("variants") << QStringLiteral("variants")
                              << QByteArray("rank,steps,step_kinds,step_count,contacts,");
    QTest::newRow("test trend") << QStringLiteral("test-trend")
                                << QByteArray("bucket_start,bucket_end,executions,passed,");
    QTest::newRow("test history")
        << QStringLiteral("test-history")
        << QByteArray("connect_test_case_resource_arn,connect_test_case_resource_name,");
}

void CliExportTest::everyViewAsCsv()
{
    QFETCH(QString, view);
    QFETCH(QByteArray, header);

    const QString output = m_directory.filePath(view + QStringLiteral(".csv"));
    const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--workspace"),
                               m_workspace, QStringLiteral("--view"), view,
                               QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--output"), output});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("Exported "), run.out.constData());

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(header.size()), header);
}

void CliExportTest::pdfTextLayerHoldsEveryCell()
{
    const QString output = m_directory.filePath(QStringLiteral("flow-events.pdf"));
    const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--workspace"),
                               m_workspace, QStringLiteral("--view"), QStringLiteral("flow-events"),
                               QStringLiteral("--format"), QStringLiteral("pdf"),
                               QStringLiteral("--columns"), NineteenColumns.join(QLatin1Char(',')),
                               QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin"),
                               QStringLiteral("--output"), output});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // "row(s)" reads "rows" once the English plural forms are loaded.
    QVERIFY2(run.out.startsWith("Exported 7 row"), run.out.constData());

    // -raw keeps the content stream order, in which each cell is drawn whole.
    const QString text = QString::fromUtf8(
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), output, QStringLiteral("-")}));
    QVERIFY2(!text.isEmpty(), "pdftotext read no text");
    const QString layer = squeezed(text);

    for (const QString &column : NineteenColumns)
        QVERIFY2(layer.contains(column), qPrintable(column));

    Workspace workspace;
    QVERIFY(workspace.open(m_workspace, Workspace::OpenMode::ReadOnly));
    ExportViewOptions options;
    options.columns = NineteenColumns;
    QString error;
    std::unique_ptr<ExportTable> table = openExportTable(
        workspace, QStringLiteral("flow-events"), {}, options, &error);
    QVERIFY2(table, qPrintable(error));
    TimestampFormatter timestamps(QTimeZone("Europe/Berlin"));
    QVariantList row;
    int cells = 0;
    while (table->next(row)) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QString cell = row.at(i).isValid()
                                     ? exportCellText(row.at(i), table->columns().at(i).type,
                                                      timestamps)
                                     : QStringLiteral("NULL");
            QVERIFY2(layer.contains(squeezed(cell)), qPrintable(cell));
            ++cells;
        }
    }
    QCOMPARE(cells, 7 * 19);
    // A timestamp in the chosen zone, and the heading's time span.
    QVERIFY(layer.contains(QStringLiteral("2026-01-01T01:00:00.000+01:00")));
    QVERIFY(layer.contains(QStringLiteral("Timespan:alltimes")));
    QVERIFY(layer.contains(QStringLiteral("Page1")));

    // Page 1 as a picture, to look at.
    const QString prefix = screenshotDirectory() + QStringLiteral("/export-flow-events-pdf");
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("80"),
                                         QStringLiteral("-f"), QStringLiteral("1"),
                                         QStringLiteral("-l"), QStringLiteral("1"),
                                         QStringLiteral("-png"), QStringLiteral("-singlefile"),
                                         output, prefix});
    const QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    // Landscape A4 at 80 dots per inch.
    QCOMPARE(page.size(), QSize(936, 662));
}

void CliExportTest::imagesOfGraphicViews_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("format");

    QTest::newRow("test trend as PNG") << QStringLiteral("test-trend") << QStringLiteral("png");
    QTest::newRow("test trend as SVG") << QStringLiteral("test-trend") << QStringLiteral("svg");
    QTest::newRow("flow outcomes as PNG") << QStringLiteral("flow-metrics")
                                          << QStringLiteral("png");
    QTest::newRow("test history as SVG") << QStringLiteral("test-history")
                                         << QStringLiteral("svg");
}

void CliExportTest::imagesOfGraphicViews()
{
    QFETCH(QString, view);
    QFETCH(QString, format);

    const QString output = m_directory.filePath(view + QLatin1Char('.') + format);
    const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--workspace"),
                               m_workspace, QStringLiteral("--view"), view,
                               QStringLiteral("--format"), format, QStringLiteral("--width"),
                               QStringLiteral("640"), QStringLiteral("--height"),
                               QStringLiteral("360"), QStringLiteral("--scale"),
                               QStringLiteral("2"), QStringLiteral("--output"), output});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    if (format == QLatin1String("png")) {
        const QImage image(output);
        QCOMPARE(image.size(), QSize(1280, 720));
        QFile::copy(output, screenshotDirectory() + QStringLiteral("/export-") + view +
                                QStringLiteral(".png"));
    } else {
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("width=\"640\""));
        QVERIFY(svg.contains("viewBox=\"0 0 640 360\""));
    }
}

void CliExportTest::imageOfTableViewIsRefused()
{
    const QString output = m_directory.filePath(QStringLiteral("refused.png"));
    const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--workspace"),
                               m_workspace, QStringLiteral("--view"), QStringLiteral("test-runs"),
                               QStringLiteral("--format"), QStringLiteral("png"),
                               QStringLiteral("--output"), output});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("The view test-runs has no chart or map to export as an image. "
                              "Export it as csv, xlsx, pdf or athena-sql"),
             run.err.constData());
    QVERIFY(!QFile::exists(output));
}

void CliExportTest::athenaSqlUsesEveryFilterOption()
{
    const QString output = m_directory.filePath(QStringLiteral("runs.sql"));
    const CliRun run = runCli(
        {QStringLiteral("export"), QStringLiteral("--workspace"), m_workspace,
         QStringLiteral("--view"), QStringLiteral("test-runs"), QStringLiteral("--format"),
         QStringLiteral("athena-sql"), QStringLiteral("--database"), QStringLiteral("lake\"x"),
         QStringLiteral("--from"), QStringLiteral("2026-11-03T09:00:00-05:00"),
         QStringLiteral("--test-status"), QStringLiteral("Completed"), QStringLiteral("--test-type"),
         QStringLiteral("FlowTest"), QStringLiteral("--execution-method"), QStringLiteral("API"),
         QStringLiteral("--test-channel"), QStringLiteral("Voice"),
         QStringLiteral("--test-channel-subtype"), QStringLiteral("NULL"),
         QStringLiteral("--initiating-flow"), QStringLiteral("flow-a"), QStringLiteral("--result"),
         QStringLiteral("Failed"), QStringLiteral("--contact"), QStringLiteral("c-"),
         QStringLiteral("--contact-match"), QStringLiteral("contains"), QStringLiteral("--output"),
         output});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sql = QString::fromUtf8(file.readAll());
    QVERIFY2(sql.contains(QStringLiteral("FROM \"lake\"\"x\".\"connect_test_case_execution_results\"")),
             qPrintable(sql));
    QVERIFY(sql.contains(QStringLiteral(
        "WHERE \"connect_test_case_execution_start_timestamp\" >= TIMESTAMP '2026-11-03 14:00:00.000'")));
    QVERIFY(sql.contains(QStringLiteral("\"connect_test_case_status\" IN ('Completed')")));
    QVERIFY(sql.contains(QStringLiteral("\"connect_test_case_type\" IN ('FlowTest')")));
    QVERIFY(sql.contains(QStringLiteral("\"connect_test_case_execution_method\" IN ('API')")));
    QVERIFY(sql.contains(QStringLiteral("\"connect_test_case_execution_channel\" IN ('Voice')")));
    QVERIFY(sql.contains(
        QStringLiteral("\"connect_test_case_execution_channel_subtype\" IS NULL")));
    QVERIFY(sql.contains(QStringLiteral("\"connect_test_case_initiating_flow_id\" IN ('flow-a')")));
    QVERIFY(sql.contains(QStringLiteral("\"connect_test_case_result\" IN ('Failed')")));
    QVERIFY(sql.contains(QStringLiteral("contact -> strpos(contact, 'c-') > 0")));
}

void CliExportTest::invalidOptionsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("an unknown view") << QStringList{QStringLiteral("--view"), QStringLiteral("charts"),
                                                    QStringLiteral("--format"), QStringLiteral("csv")}
                                     << QByteArray("Unknown --view 'charts': use one of flow-events,");
    QTest::newRow("an unknown format")
        << QStringList{QStringLiteral("--view"), QStringLiteral("flow-events"),
                       QStringLiteral("--format"), QStringLiteral("docx")}
        << QByteArray("Unknown --format 'docx': use one of csv, xlsx, pdf, png, svg, athena-sql.");
    QTest::newRow("a missing format") << QStringList{QStringLiteral("--view"), QStringLiteral("flow-events")}
                                      << QByteArray("Missing --format: use one of csv,");
    QTest::newRow("an invalid test run origin")
        << QStringList{QStringLiteral("--view"), QStringLiteral("flow-events"),
                       QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--created-by-test-run"), QStringLiteral("maybe")}
        << QByteArray("Invalid --created-by-test-run value 'maybe': use any, only or exclude.");
    QTest::newRow("an invalid contact match")
        << QStringList{QStringLiteral("--view"), QStringLiteral("flow-events"),
                       QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--contact-match"), QStringLiteral("regex")}
        << QByteArray("Invalid --contact-match value 'regex': use exact or contains.");
    QTest::newRow("a width without a height")
        << QStringList{QStringLiteral("--view"), QStringLiteral("test-trend"),
                       QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--width"),
                       QStringLiteral("100")}
        << QByteArray("Give --width and --height together");
    QTest::newRow("an unknown column")
        << QStringList{QStringLiteral("--view"), QStringLiteral("flow-events"),
                       QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--columns"), QStringLiteral("nope,contact_id")}
        << QByteArray("The column 'nope' does not exist in contact_flow_events. The columns "
                      "are: ");
    QTest::newRow("two views into one csv")
        << QStringList{QStringLiteral("--view"), QStringLiteral("flow-events"),
                       QStringLiteral("--view"), QStringLiteral("test-runs"),
                       QStringLiteral("--format"), QStringLiteral("csv")}
        << QByteArray("The csv format holds one view, but 2 were given (flow-events, test-runs).");
    QTest::newRow("two views into one svg")
        << QStringList{QStringLiteral("--view"), QStringLiteral("test-trend"),
                       QStringLiteral("--view"), QStringLiteral("flow-map"),
                       QStringLiteral("--format"), QStringLiteral("svg")}
        << QByteArray("The svg format holds one view, but 2 were given");
}

void CliExportTest::invalidOptionsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);

    const QString output = m_directory.filePath(QStringLiteral("never-written"));
    const CliRun run = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--workspace"),
                                          m_workspace, QStringLiteral("--output"), output} +
                              arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(!QFile::exists(output));
}

void CliExportTest::outputOverWorkspaceIsRejected_data()
{
    QTest::addColumn<QString>("link");
    QTest::newRow("the workspace path itself") << QString();
    QTest::newRow("a symbolic link to the workspace") << QStringLiteral("symbolic");
    QTest::newRow("a hard link to the workspace") << QStringLiteral("hard");
}

// The finished export is renamed over its output path, which must never be
// the workspace the rows come from.
void CliExportTest::outputOverWorkspaceIsRejected()
{
    QFETCH(QString, link);

    const QString workspace = m_directory.filePath(QStringLiteral("kept.flowscope"));
    QFile::remove(workspace);
    QVERIFY(QFile::copy(m_workspace, workspace));
    const QByteArray before = fileBytes(workspace);
    QString output = workspace;
    if (!link.isEmpty()) {
        output = m_directory.filePath(QStringLiteral("link-to-workspace"));
        QFile::remove(output);
        const QByteArray from = QFile::encodeName(workspace);
        const QByteArray to = QFile::encodeName(output);
        QCOMPARE(link == QLatin1String("hard") ? ::link(from.constData(), to.constData())
                                               : ::symlink(from.constData(), to.constData()),
                 0);
    }

    const CliRun run =
        runCli({QStringLiteral("export"), QStringLiteral("--workspace"), workspace,
                QStringLiteral("--view"), QStringLiteral("flow-events"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--output"), output});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("is the workspace"), run.err.constData());
    QCOMPARE(fileBytes(workspace), before);
}

void CliExportTest::jsonReportsRowsAndNeutralisedCells()
{
    const QString output = m_directory.filePath(QStringLiteral("guarded.csv"));
    const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--workspace"),
                               m_workspace, QStringLiteral("--view"), QStringLiteral("flow-events"),
                               QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--created-by-test-run"), QStringLiteral("exclude"),
                               QStringLiteral("--json"), QStringLiteral("--output"), output});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const QJsonObject json = parseJson(run.out);
    // Three events belong to c-1 and c-2, which test executions created; four do not.
    QCOMPARE(json.value(QStringLiteral("rows")).toInteger(), 4);
    QCOMPARE(json.value(QStringLiteral("neutralised_cells")).toInteger(), 1);
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(",\"'=HYPERLINK(\"\"x\"\")\","));
}

void CliExportTest::fileSizeLimitFailsExport_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("format");

    QTest::newRow("xlsx workbook") << QStringLiteral("flow-events") << QStringLiteral("xlsx");
    QTest::newRow("svg picture") << QStringLiteral("flow-map") << QStringLiteral("svg");
    QTest::newRow("csv table") << QStringLiteral("flow-events") << QStringLiteral("csv");
}

void CliExportTest::fileSizeLimitFailsExport()
{
    QFETCH(QString, view);
    QFETCH(QString, format);

    // 3,000 generated events export to 170 kB (svg) and more. A file size
    // limit of 100 kB makes every write past it fail, as a full disk would,
    // while the workspace's own files stay below it.
    QTemporaryDir directory;
    const QString csv = directory.filePath(QStringLiteral("events.csv"));
    const QString workspace = directory.filePath(QStringLiteral("limited.flowscope"));
    QProcess generate;
    generate.start(binPath(QStringLiteral("flowscope-generate")),
                   {QStringLiteral("--table"), QStringLiteral("contact_flow_events"),
                    QStringLiteral("--rows"), QStringLiteral("3000"), QStringLiteral("--output"),
                    csv});
    QVERIFY(generate.waitForFinished(60000));
    QCOMPARE(generate.exitCode(), 0);
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--workspace"), workspace, csv})
                 .exitCode,
             0);

    const QString output = writeFile(directory.path(), QStringLiteral("limited.") + format,
                                     "previous contents");
    QProcess process;
    process.setProgram(QStringLiteral("/bin/sh"));
    process.setArguments({QStringLiteral("-c"),
                          QStringLiteral("trap '' XFSZ; ulimit -f 100; exec \"$0\" \"$@\""),
                          binPath(QStringLiteral("flowscope-cli")), QStringLiteral("export"),
                          QStringLiteral("--workspace"), workspace, QStringLiteral("--view"),
                          view, QStringLiteral("--format"), format, QStringLiteral("--output"),
                          output});
    process.start();
    QVERIFY(process.waitForFinished(60000));

    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 1, err.constData());
    QVERIFY2(err.contains("failed"), err.constData());
    QFile previous(output);
    QVERIFY(previous.open(QIODevice::ReadOnly));
    QCOMPARE(previous.readAll(), QByteArray("previous contents"));
}

void CliExportTest::svgReplacesControlCharacters()
{
    QTemporaryDir directory;
    const QString workspace = directory.filePath(QStringLiteral("control.flowscope"));
    QCOMPARE(createBrowserFixture(workspace), QString());
    QCOMPARE(insertRow(workspace, QStringLiteral("contact_flow_events"),
                       {
                           {QStringLiteral("instance_id"), QStringLiteral("instance-1")},
                           {QStringLiteral("event_id"), QStringLiteral("ev-ctl")},
                           {QStringLiteral("contact_id"), QStringLiteral("c-ctl")},
                           {QStringLiteral("flow_resource_id"),
                            QStringLiteral("ctl\x01\x07\x1b[31m\x7f")},
                           {QStringLiteral("start_timestamp"), FixtureBaseMs + 420000},
                       }),
             QString());

    const QString output = directory.filePath(QStringLiteral("map.svg"));
    const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--workspace"), workspace,
                               QStringLiteral("--view"), QStringLiteral("flow-map"),
                               QStringLiteral("--format"), QStringLiteral("svg"),
                               QStringLiteral("--output"), output});
    QCOMPARE(run.exitCode, 0);

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("</svg>"));
    QVERIFY(!svg.contains('\x01'));
    QVERIFY(!svg.contains('\x1b'));
    QVERIFY(!svg.contains('\x7f'));
    QXmlStreamReader reader(svg);
    while (!reader.atEnd())
        reader.readNext();
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
}

QTEST_GUILESS_MAIN(CliExportTest)
#include "tst_cliexport.moc"
