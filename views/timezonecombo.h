#pragma once

#include <QComboBox>
#include <QTimeZone>

namespace Flowscope {

// An editable list of every IANA time zone the system knows, UTC first.
// Typing filters the list by any part of the id ("Berlin", "America/").
class TimeZoneCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit TimeZoneCombo(QWidget *parent = nullptr);

    QTimeZone timeZone() const;
    void setTimeZone(const QTimeZone &zone);

Q_SIGNALS:
    void timeZoneChanged(const QTimeZone &zone);

private:
    void onActivated(int index);
    void onEditingFinished();

    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace Flowscope
