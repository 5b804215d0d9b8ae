#pragma once

#include "filter.h"

#include <QList>
#include <QString>
#include <QTimer>
#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace Flowscope {

class ChoiceButton;

// One control of a filter bar and the Filter field it sets.
struct FilterField
{
    enum class Kind {
        Choice,        // any number of the column's distinct values
        Text,          // a line edit; rows whose column contains the text
        TestRunOrigin, // any / created by a test run / not created by a test run
    };

    Kind kind = Kind::Choice;
    QString column;                        // Choice: the column whose distinct values fill the list
    QString anyText;                       // Choice: the first entry, which puts no constraint
    QString placeholder;                   // Text: the line edit's placeholder
    QStringList Filter::*values = nullptr; // Choice
    TextCondition Filter::*text = nullptr; // Text
};

// The filter controls of a browser page: a time range in the display time
// zone, then the page's fields. Changes are reported after a pause of
// DebounceMs, so that typing does not start a query per key.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 250;

    explicit FilterBar(const QList<FilterField> &fields, QWidget *parent = nullptr);

    Filter filter() const;
    // Shows `filter` in the controls and reports it at once.
    void setFilter(const Filter &filter);
    void clear();

    // Times in the controls keep their instant and show in the new zone.
    void setDisplayTimeZone(const QTimeZone &zone);
    // The span the time controls start from when the user turns them on.
    void setTimeSpan(qint64 firstMs, qint64 lastMs);

    // The columns whose distinct values the Choice controls need.
    QStringList choiceColumns() const;
    void setChoices(const QString &column, const QStringList &values);

    void focusTextField();

Q_SIGNALS:
    void filterChanged(const Flowscope::Filter &filter);

private:
    struct Control
    {
        FilterField field;
        ChoiceButton *choice = nullptr; // Choice
        QComboBox *combo = nullptr;     // TestRunOrigin
        QLineEdit *edit = nullptr;      // Text
    };

    QWidget *createTimeRange();
    QWidget *createControl(Control &control);
    void scheduleChange();
    void emitChange();
    std::optional<qint64> timeValue(const QCheckBox *enabled, const QDateTimeEdit *edit) const;
    void showTime(QCheckBox *enabled, QDateTimeEdit *edit, const std::optional<qint64> &ms);
    void updateTimeTooltips();

    QList<Control> m_controls;
    QCheckBox *m_fromEnabled = nullptr;
    QDateTimeEdit *m_fromEdit = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateTimeEdit *m_toEdit = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QTimeZone m_zone = QTimeZone::utc();
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
    QTimer m_debounce;
    bool m_updating = false;
    Filter m_lastReported;
};

} // namespace Flowscope
