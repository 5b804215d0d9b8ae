#include "choicebutton.h"

#include <QFont>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace Flowscope {

namespace {

enum ChoiceRole {
    ChoiceValueRole = Qt::UserRole,
    ChoiceIsNullRole,
};

// The button shows this many characters of a selected value before eliding.
constexpr int ButtonTextLength = 22;
constexpr int PopupWidth = 320;
constexpr int PopupListHeight = 260;

QString itemValue(const QListWidgetItem *item)
{
    if (item->data(ChoiceIsNullRole).toBool())
        return QString();
    const QString value = item->data(ChoiceValueRole).toString();
    return value.isNull() ? QLatin1String("") : value;
}

bool sameValue(const QString &first, const QString &second)
{
    return first.isNull() == second.isNull() && first == second;
}

} // namespace

ChoiceButton::ChoiceButton(const QString &anyText, QWidget *parent)
    : QToolButton(parent), m_anyText(anyText)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_menu = new QMenu(this);
    auto *panel = new QWidget(m_menu);
    m_search = new QLineEdit(panel);
    m_search->setPlaceholderText(tr("Search values…"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(panel);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumSize(PopupWidth, PopupListHeight);
    auto *clearButton = new QPushButton(tr("Any value"), panel);
    clearButton->setToolTip(tr("Clear the selection so that every value is shown"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(clearButton);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    auto *action = new QWidgetAction(m_menu);
    action->setDefaultWidget(panel);
    m_menu->addAction(action);
    setMenu(m_menu);

    connect(m_menu, &QMenu::aboutToShow, m_search, [this] {
        m_search->clear();
        m_search->setFocus(Qt::PopupFocusReason);
    });
    connect(m_search, &QLineEdit::textChanged, this, &ChoiceButton::applySearch);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        updateText();
        Q_EMIT selectionChanged();
    });
    connect(clearButton, &QPushButton::clicked, this, [this] {
        const bool hadSelection = !selected().isEmpty();
        setSelected({});
        m_menu->close();
        if (hadSelection)
            Q_EMIT selectionChanged();
    });
    updateText();
}

void ChoiceButton::setChoices(const QStringList &values)
{
    const QStringList kept = selected();
    m_updating = true;
    m_list->clear();
    for (const QString &value : values)
        addChoice(value, false);
    m_updating = false;
    setSelected(kept);
}

QStringList ChoiceButton::choices() const
{
    QStringList values;
    for (int row = 0; row < m_list->count(); ++row)
        values.append(itemValue(m_list->item(row)));
    return values;
}

QStringList ChoiceButton::selected() const
{
    QStringList values;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            values.append(itemValue(item));
    }
    return values;
}

void ChoiceButton::setSelected(const QStringList &values)
{
    m_updating = true;
    QList<bool> found(values.size(), false);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString value = itemValue(item);
        bool checked = false;
        for (qsizetype index = 0; index < values.size(); ++index) {
            if (sameValue(values.at(index), value)) {
                checked = true;
                found[index] = true;
            }
        }
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }

    // A filter can name a value before the workspace's values are read.
    for (qsizetype index = 0; index < values.size(); ++index) {
        if (!found.at(index))
            addChoice(values.at(index), true);
    }
    m_updating = false;
    updateText();
}

void ChoiceButton::addChoice(const QString &value, bool checked)
{
    auto *item = new QListWidgetItem;
    if (value.isNull()) {
        item->setText(tr("NULL (no value)"));
        item->setData(ChoiceIsNullRole, true);
        QFont italic = font();
        italic.setItalic(true);
        item->setFont(italic);
    } else {
        item->setText(value.isEmpty() ? tr("(empty)") : value);
        item->setData(ChoiceValueRole, value);
        item->setToolTip(value);
    }
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    m_list->addItem(item);
}

void ChoiceButton::applySearch(const QString &text)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void ChoiceButton::updateText()
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            names.append(item->text());
    }

    if (names.isEmpty()) {
        setText(m_anyText);
        setToolTip(m_anyText);
        return;
    }
    const QString first = fontMetrics().elidedText(
        names.constFirst(), Qt::ElideMiddle, fontMetrics().averageCharWidth() * ButtonTextLength);
    if (names.size() == 1)
        setText(first);
    else
        setText(tr("%1 (+%n more)", "", int(names.size() - 1)).arg(first));
    setToolTip(names.join(QLatin1Char('\n')));
}

} // namespace Flowscope
