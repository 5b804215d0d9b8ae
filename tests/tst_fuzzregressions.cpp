// Replays saved inputs through the fuzz targets in an ordinary build: the
// seed corpora in tests/fuzz/corpus and every input that once stopped a fuzz
// run, in tests/data/fuzz-regressions/<target>/. A target that finds its
// contract broken aborts, which fails this test at the data row named after
// the input.

#include "fuzzsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace Flowscope;

namespace {

using FuzzTarget = int (*)(const uint8_t *, size_t);

const QList<QPair<QString, FuzzTarget>> &targets()
{
    static const QList<QPair<QString, FuzzTarget>> list = {
        {QStringLiteral("fuzz_csvreader"), &Fuzz::fuzzCsvReader},
        {QStringLiteral("fuzz_jsonreader"), &Fuzz::fuzzJsonReader},
        {QStringLiteral("fuzz_textfilereader"), &Fuzz::fuzzTextFileReader},
        {QStringLiteral("fuzz_timestamp"), &Fuzz::fuzzTimestamp},
        {QStringLiteral("fuzz_array"), &Fuzz::fuzzArray},
        {QStringLiteral("fuzz_gzip"), &Fuzz::fuzzGzip},
    };
    return list;
}

// Adds one data row per file in `directory`/<target>.
int addRows(const QString &directory, const QString &label)
{
    int rows = 0;
    for (int i = 0; i < targets().size(); ++i) {
        const QString target = targets().at(i).first;
        const QDir inputs(QDir(directory).filePath(target));
        const QStringList names = inputs.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QTest::addRow("%s %s/%s", qPrintable(label), qPrintable(target), qPrintable(name))
                << i << inputs.filePath(name);
            ++rows;
        }
    }
    return rows;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<int>("targetIndex");
    QTest::addColumn<QString>("path");

    const int regressions = addRows(Test::dataPath(QStringLiteral("fuzz-regressions")),
                                    QStringLiteral("regression"));
    const int seeds = addRows(QStringLiteral(FLOWSCOPE_SOURCE_DIR "/tests/fuzz/corpus"),
                              QStringLiteral("seed"));
    QVERIFY(regressions > 0);
    QVERIFY(seeds > 0);
}

void TestFuzzRegressions::replay()
{
    QFETCH(int, targetIndex);
    QFETCH(QString, path);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const FuzzTarget target = targets().at(targetIndex).second;
    QCOMPARE(target(reinterpret_cast<const uint8_t *>(bytes.constData()),
                    static_cast<size_t>(bytes.size())),
             0);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
