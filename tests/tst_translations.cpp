#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<Message> readMessages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};

    QList<Message> messages;
    QString context;
    Message current;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, false};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            // "unfinished", "vanished" and "obsolete" all mean the text is not done.
            current.unfinished = xml.attributes().hasAttribute(QLatin1String("type"));
            // Numerus forms are child elements; their texts are joined.
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

} // namespace

// Checks the translation files: every German message translated, every %1
// or %n argument of the English text kept, and an English singular and
// plural for every message with a count.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsComplete();
    void germanKeepsArguments();
    void englishHasEveryPluralForm();

private:
    const QString m_path = QStringLiteral(FLOWSCOPE_SOURCE_DIR "/translations/flowscope_de.ts");
};

void TestTranslations::germanIsComplete()
{
    const QList<Message> messages = readMessages(m_path);
    QVERIFY2(messages.size() > 100, qPrintable(m_path));

    QStringList missing;
    for (const Message &message : messages) {
        if (message.unfinished || message.translation.trimmed().isEmpty())
            missing.append(message.context + QStringLiteral(": ") + message.source);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestTranslations::germanKeepsArguments()
{
    const QList<Message> messages = readMessages(m_path);

    QStringList mismatched;
    for (const Message &message : messages) {
        if (!placeholders(message.translation).contains(placeholders(message.source)) &&
            !message.source.contains(QStringLiteral("%n"))) {
            mismatched.append(message.context + QStringLiteral(": ") + message.source);
        }
    }
    QVERIFY2(mismatched.isEmpty(), qPrintable(mismatched.join(QLatin1Char('\n'))));
}

void TestTranslations::englishHasEveryPluralForm()
{
    const QString englishPath = QStringLiteral(FLOWSCOPE_SOURCE_DIR "/translations/flowscope_en.ts");
    QSet<QString> english;
    for (const Message &message : readMessages(englishPath)) {
        QVERIFY2(!message.unfinished, qPrintable(message.source));
        QVERIFY2(!message.translation.contains(QStringLiteral("(s)")), qPrintable(message.translation));
        english.insert(message.context + QLatin1Char('|') + message.source);
    }

    // German messages with a count are the ones that need English forms too.
    int plurals = 0;
    for (const Message &message : readMessages(m_path)) {
        if (!placeholders(message.source).contains(QStringLiteral("n")))
            continue;
        ++plurals;
        QVERIFY2(english.contains(message.context + QLatin1Char('|') + message.source),
                 qPrintable(QStringLiteral("no English plural forms for: ") + message.source));
    }
    QVERIFY(plurals > 20);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
