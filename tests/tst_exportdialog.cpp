// File > Export's dialog: the controls follow the view and format, and an
// export runs on a worker thread and writes the chosen columns.

#include "browserfixture.h"
#include "exportdialog.h"
#include "renderable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowscope;
using namespace Flowscope::Test;

namespace {

// A chart stand-in: a 300 × 150 frame with a label.
class FrameGraphic final : public Renderable
{
public:
    QString renderTitle() const override { return QStringLiteral("Frame"); }
    QSizeF naturalSize() const override { return {300, 150}; }
    void render(QPainter *painter, const QRectF &target) const override
    {
        painter->fillRect(target, Qt::blue);
    }
};

} // namespace

class ExportDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void controlsFollowTheFormat();
    void exportWritesCheckedColumns();
    void imageFormatsNeedAGraphic();
    void snapshotDrawsOnTheWorker();

private:
    QTemporaryDir m_directory;
    QString m_workspace;
};

void ExportDialogTest::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_workspace = m_directory.filePath(QStringLiteral("fixture.flowscope"));
    QCOMPARE(createBrowserFixture(m_workspace), QString());
}

void ExportDialogTest::controlsFollowTheFormat()
{
    Filter filter;
    filter.channels = {QStringLiteral("VOICE")};
    ExportDialog dialog(m_workspace, {QStringLiteral("flow-events")}, filter, QTimeZone::utc(),
                        {});
    dialog.resize(560, 640);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(dialog.formatCombo()->currentData().toString(), QStringLiteral("csv"));
    QVERIFY(dialog.formulaNote()->isVisible());
    QVERIFY(dialog.byteOrderMarkBox()->isVisible());
    QCOMPARE(dialog.columnList()->count(), 22);
    QCOMPARE(dialog.fileEdit()->text(), m_directory.filePath(QStringLiteral("flow-events.csv")));

    const QString screenshots = QStringLiteral(FLOWSCOPE_BIN_DIR "/../screenshots");
    QDir().mkpath(screenshots);
    QVERIFY(dialog.grab().save(screenshots + QStringLiteral("/export-dialog-csv.png")));

    dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(QStringLiteral("xlsx")));
    QVERIFY(!dialog.formulaNote()->isVisible());
    QVERIFY(!dialog.byteOrderMarkBox()->isVisible());
    QCOMPARE(dialog.fileEdit()->text(), m_directory.filePath(QStringLiteral("flow-events.xlsx")));
    QCOMPARE(dialog.request().format, ExportFormat::Xlsx);
    QCOMPARE(dialog.request().filter, filter);
}

void ExportDialogTest::exportWritesCheckedColumns()
{
    ExportDialog dialog(m_workspace, {QStringLiteral("flow-events")}, {}, QTimeZone::utc(), {});
    for (int i = 0; i < dialog.columnList()->count(); ++i) {
        QListWidgetItem *item = dialog.columnList()->item(i);
        const bool keep = item->text() == QLatin1String("event_id") ||
                          item->text() == QLatin1String("flow_outcome");
        item->setCheckState(keep ? Qt::Checked : Qt::Unchecked);
    }
    const QString output = m_directory.filePath(QStringLiteral("dialog.csv"));
    dialog.fileEdit()->setText(output);
    QCOMPARE(dialog.request().viewOptions.columns,
             QStringList({QStringLiteral("event_id"), QStringLiteral("flow_outcome")}));

    QSignalSpy finished(&dialog, &ExportDialog::finished);
    dialog.startExport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const auto result = finished.at(0).at(0).value<ExportResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows, qint64(6));

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("event_id,flow_outcome\r\nev-01,Success\r\nev-02,\r\n"
                                        "ev-03,\"\"\r\nev-04,Error\r\nev-05,Error\r\n"
                                        "ev-06,Success\r\n"));
}

void ExportDialogTest::imageFormatsNeedAGraphic()
{
    ExportDialog dialog(m_workspace, {QStringLiteral("test-runs")}, {}, QTimeZone::utc(), {});
    auto *model = qobject_cast<QStandardItemModel *>(dialog.formatCombo()->model());
    QVERIFY(model);
    const int png = dialog.formatCombo()->findData(QStringLiteral("png"));
    const int pdf = dialog.formatCombo()->findData(QStringLiteral("pdf"));
    QVERIFY(!model->item(png)->isEnabled());
    QVERIFY(model->item(pdf)->isEnabled());
}

void ExportDialogTest::snapshotDrawsOnTheWorker()
{
    ExportGraphics graphics;
    {
        const FrameGraphic frame;
        graphics[QStringLiteral("test-trend")].append(snapshotRenderable(frame));
    }
    ExportDialog dialog(m_workspace, {QStringLiteral("test-trend")}, {}, QTimeZone::utc(),
                        graphics);
    dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(QStringLiteral("png")));
    const QString output = m_directory.filePath(QStringLiteral("frame.png"));
    dialog.fileEdit()->setText(output);

    QSignalSpy finished(&dialog, &ExportDialog::finished);
    dialog.startExport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(finished.at(0).at(0).value<ExportResult>().ok());

    // The snapshot outlived its source and still draws the whole frame.
    const QImage image(output);
    QCOMPARE(image.size(), QSize(300, 150));
    QCOMPARE(image.pixelColor(150, 75), QColor(Qt::blue));
    QCOMPARE(image.pixelColor(299, 149), QColor(Qt::blue));
}

QTEST_MAIN(ExportDialogTest)
#include "tst_exportdialog.moc"
