#include "choicebutton.h"
#include "filterbar.h"

#include <QDateTimeEdit>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QtTest>

using namespace Flowscope;

namespace {

QList<FilterField> outcomeAndContactFields()
{
    FilterField outcome;
    outcome.kind = FilterField::Kind::Choice;
    outcome.column = QStringLiteral("flow_outcome");
    outcome.anyText = QStringLiteral("Any outcome");
    outcome.values = &Filter::outcomes;

    FilterField contact;
    contact.kind = FilterField::Kind::Text;
    contact.column = QStringLiteral("contact_id");
    contact.placeholder = QStringLiteral("Contact id contains…");
    contact.text = &Filter::contactId;
    return {contact, outcome};
}

// Checks the list entry showing `text`, as a click on its check box would.
void check(ChoiceButton *button, const QString &text, Qt::CheckState state = Qt::Checked)
{
    auto *list = button->menu()->findChild<QListWidget *>();
    QVERIFY(list);
    const QList<QListWidgetItem *> items = list->findItems(text, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    items.constFirst()->setCheckState(state);
}

} // namespace

class TestFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choiceSelectsSeveralValues();
    void choiceKeepsNullApartFromEmpty();
    void choiceKeepsSelectionWhenValuesReload();
    void setFilterShowsValuesNotYetListed();
    void namesTheSelectionOnTheButton();
    void emptyWorkspaceStartsTimesToday();
};

void TestFilterBar::choiceSelectsSeveralValues()
{
    FilterBar bar(outcomeAndContactFields());
    bar.setChoices(QStringLiteral("flow_outcome"),
                   {QStringLiteral("Error"), QStringLiteral("Success"), QStringLiteral("Timeout")});
    auto *button = bar.findChild<ChoiceButton *>();
    QVERIFY(button);
    QSignalSpy changes(&bar, &FilterBar::filterChanged);

    check(button, QStringLiteral("Timeout"));
    check(button, QStringLiteral("Error"));

    QVERIFY(changes.wait(FilterBar::DebounceMs * 4));
    QCOMPARE(changes.size(), 1);
    const Filter reported = changes.constFirst().constFirst().value<Filter>();
    QCOMPARE(reported.outcomes, (QStringList{QStringLiteral("Error"), QStringLiteral("Timeout")}));
    QCOMPARE(bar.filter().outcomes, reported.outcomes);
}

void TestFilterBar::choiceKeepsNullApartFromEmpty()
{
    FilterBar bar(outcomeAndContactFields());
    bar.setChoices(QStringLiteral("flow_outcome"),
                   {QString(), QLatin1String(""), QStringLiteral("Error")});
    auto *button = bar.findChild<ChoiceButton *>();

    check(button, QStringLiteral("NULL (no value)"));
    QCOMPARE(bar.filter().outcomes.size(), 1);
    QVERIFY(bar.filter().outcomes.constFirst().isNull());

    check(button, QStringLiteral("NULL (no value)"), Qt::Unchecked);
    check(button, QStringLiteral("(empty)"));
    QCOMPARE(bar.filter().outcomes.size(), 1);
    QVERIFY(!bar.filter().outcomes.constFirst().isNull());
    QVERIFY(bar.filter().outcomes.constFirst().isEmpty());
}

void TestFilterBar::choiceKeepsSelectionWhenValuesReload()
{
    FilterBar bar(outcomeAndContactFields());
    bar.setChoices(QStringLiteral("flow_outcome"),
                   {QStringLiteral("Error"), QStringLiteral("Success")});
    check(bar.findChild<ChoiceButton *>(), QStringLiteral("Success"));

    bar.setChoices(QStringLiteral("flow_outcome"),
                   {QStringLiteral("Abandoned"), QStringLiteral("Success")});

    QCOMPARE(bar.filter().outcomes, QStringList{QStringLiteral("Success")});
    QCOMPARE(bar.findChild<ChoiceButton *>()->choices(),
             (QStringList{QStringLiteral("Abandoned"), QStringLiteral("Success")}));
}

void TestFilterBar::setFilterShowsValuesNotYetListed()
{
    FilterBar bar(outcomeAndContactFields());
    Filter filter;
    filter.outcomes = {QStringLiteral("Error"), QString()};
    filter.contactId = {QStringLiteral("c-1"), TextMatch::Contains};

    bar.setFilter(filter);

    QCOMPARE(bar.filter(), filter);
    QCOMPARE(bar.findChild<ChoiceButton *>()->choices().size(), 2);
}

void TestFilterBar::namesTheSelectionOnTheButton()
{
    FilterBar bar(outcomeAndContactFields());
    bar.setChoices(QStringLiteral("flow_outcome"),
                   {QStringLiteral("Error"), QStringLiteral("Success"), QStringLiteral("Timeout")});
    auto *button = bar.findChild<ChoiceButton *>();
    QCOMPARE(button->text(), QStringLiteral("Any outcome"));

    check(button, QStringLiteral("Success"));
    QCOMPARE(button->text(), QStringLiteral("Success"));

    check(button, QStringLiteral("Timeout"));
    check(button, QStringLiteral("Error"));
    QCOMPARE(button->text(), QStringLiteral("Error (+2 more)"));
    QCOMPARE(button->toolTip(), QStringLiteral("Error\nSuccess\nTimeout"));
}

void TestFilterBar::emptyWorkspaceStartsTimesToday()
{
    FilterBar bar(outcomeAndContactFields());
    bar.setTimeSpan(0, 0);

    const QList<QDateTimeEdit *> edits = bar.findChildren<QDateTimeEdit *>();
    QCOMPARE(edits.size(), 2);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QCOMPARE(edits.at(0)->date(), today);
    QCOMPARE(edits.at(1)->date(), today.addDays(1));
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
