#include "timezonecombo.h"

#include <QCompleter>
#include <QLineEdit>

namespace Flowscope {

TimeZoneCombo::TimeZoneCombo(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    setToolTip(tr("The time zone every time is shown and entered in"));

    addItem(QStringLiteral("UTC"));
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids) {
        if (id != "UTC")
            addItem(QString::fromUtf8(id));
    }

    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);

    connect(this, &QComboBox::activated, this, &TimeZoneCombo::onActivated);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &TimeZoneCombo::onEditingFinished);
}

QTimeZone TimeZoneCombo::timeZone() const
{
    return m_zone;
}

void TimeZoneCombo::setTimeZone(const QTimeZone &zone)
{
    const QTimeZone valid = zone.isValid() ? zone : QTimeZone::utc();
    const QString id = QString::fromUtf8(valid.id());
    int index = findText(id);
    if (index < 0) {
        addItem(id);
        index = count() - 1;
    }
    setCurrentIndex(index);
    if (valid == m_zone)
        return;
    m_zone = valid;
    Q_EMIT timeZoneChanged(m_zone);
}

void TimeZoneCombo::onActivated(int index)
{
    setTimeZone(QTimeZone(itemText(index).toUtf8()));
}

void TimeZoneCombo::onEditingFinished()
{
    const QString text = currentText().trimmed();
    const QTimeZone typed(text.toUtf8());
    if (typed.isValid()) {
        setTimeZone(typed);
        return;
    }

    // Part of an id, such as "europe/berl", picks the zone when it matches
    // one id only; otherwise the current zone is put back.
    QString match;
    for (int i = 0; i < count(); ++i) {
        const QString id = itemText(i);
        if (id.compare(text, Qt::CaseInsensitive) == 0) {
            match = id;
            break;
        }
        if (!text.isEmpty() && id.contains(text, Qt::CaseInsensitive)) {
            if (!match.isEmpty()) {
                match.clear();
                break;
            }
            match = id;
        }
    }
    setTimeZone(match.isEmpty() ? m_zone : QTimeZone(match.toUtf8()));
}

} // namespace Flowscope
