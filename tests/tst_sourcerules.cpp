#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

// Checks the connection rules that Qt 6.4's compiler flags cannot enforce:
// QT_NO_CONTEXTLESS_CONNECT only takes effect from Qt 6.7.
class SourceRulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionsFollowTheRules_data();
    void connectionsFollowTheRules();
};

void SourceRulesTest::connectionsFollowTheRules_data()
{
    QTest::addColumn<QString>("path");

    const QDir root(QStringLiteral(FLOWSCOPE_SOURCE_DIR));
    for (const QString &folder : {QStringLiteral("app"), QStringLiteral("models"), QStringLiteral("views")}) {
        QDirIterator files(root.filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QTest::newRow(qPrintable(root.relativeFilePath(path))) << path;
        }
    }
}

void SourceRulesTest::connectionsFollowTheRules()
{
    QFETCH(QString, path);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Calls span lines, so the whitespace is collapsed first.
    const QString source = QString::fromUtf8(file.readAll()).simplified();

    QVERIFY2(!source.contains(QStringLiteral("SIGNAL(")), "string-based SIGNAL() connection");
    QVERIFY2(!source.contains(QStringLiteral("SLOT(")), "string-based SLOT() connection");
    QVERIFY2(!source.contains(QStringLiteral("QSignalMapper")), "QSignalMapper instead of a lambda");

    // connect(sender, &Class::signal, [..]) has no context object, so the
    // lambda outlives whatever it captures.
    static const QRegularExpression contextless(
        QStringLiteral(R"(\bconnect\(\s*[^,;()]+(?:\([^()]*\))?\s*,\s*&[\w:]+\s*,\s*\[)"));
    const QRegularExpressionMatch match = contextless.match(source);
    QVERIFY2(!match.hasMatch(), qPrintable(QStringLiteral("lambda connected without a context object: ")
                                           + match.captured(0)));
}

QTEST_GUILESS_MAIN(SourceRulesTest)
#include "tst_sourcerules.moc"
