#pragma once

#include <QStringList>
#include <QToolButton>

class QListWidget;
class QLineEdit;
class QMenu;

namespace Flowscope {

// A filter control that selects any number of a column's distinct values.
// The button names the selection. Its popup lists the values with check
// boxes and a search field, because a flow column can contain hundreds of
// values. As in Filter, a null QString is SQL NULL and an empty one is ''.
class ChoiceButton : public QToolButton
{
    Q_OBJECT

public:
    ChoiceButton(const QString &anyText, QWidget *parent = nullptr);

    // Replaces the listed values, keeping the selected ones.
    void setChoices(const QStringList &values);
    QStringList choices() const;

    // The selected values in list order; empty means "any value".
    QStringList selected() const;
    // Selects exactly `values`; a value the list does not contain yet is added.
    void setSelected(const QStringList &values);

Q_SIGNALS:
    // The user checked or cleared a value.
    void selectionChanged();

private:
    void addChoice(const QString &value, bool checked);
    void applySearch(const QString &text);
    void updateText();

    QString m_anyText;
    QMenu *m_menu = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    bool m_updating = false;
};

} // namespace Flowscope
