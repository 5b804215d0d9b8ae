#include "filterbar.h"

#include "choicebutton.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Flowscope {

namespace {

const QString TimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

// Choice buttons keep room for this many characters; long ARNs show in the popup.
constexpr int ChoiceMinimumCharacters = 14;
constexpr int TextFieldMinimumWidth = 180;
constexpr int TextFieldMaximumWidth = 340;

// The edit shows wall-clock time of the display zone in a UTC QDateTime,
// because QDateTimeEdit in Qt 6.4 cannot show an arbitrary zone.
QDateTime wallTime(qint64 ms, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

qint64 instant(const QDateTime &wall, const QTimeZone &zone)
{
    return QDateTime(wall.date(), wall.time(), zone).toMSecsSinceEpoch();
}

QDateTimeEdit *createTimeEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(TimeFormat);
    edit->setCalendarPopup(true);
    edit->setEnabled(false);
    // Room for the whole time beside the calendar button in every style.
    edit->setMinimumWidth(edit->sizeHint().width() + edit->fontMetrics().averageCharWidth() * 2);
    return edit;
}

} // namespace

FilterBar::FilterBar(const QList<FilterField> &fields, QWidget *parent) : QWidget(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FilterBar::emitChange);

    for (const FilterField &field : fields)
        m_controls.append(Control{field});

    auto *firstRow = new QHBoxLayout;
    auto *secondRow = new QHBoxLayout;
    firstRow->addWidget(createTimeRange());
    for (Control &control : m_controls) {
        QWidget *widget = createControl(control);
        if (control.field.kind == FilterField::Kind::Choice)
            secondRow->addWidget(widget, 1);
        else
            firstRow->addWidget(widget);
    }
    firstRow->addStretch(1);

    auto *clearButton = new QPushButton(tr("Clear filter"), this);
    clearButton->setToolTip(tr("Show every row again"));
    connect(clearButton, &QPushButton::clicked, this, &FilterBar::clear);
    firstRow->addWidget(clearButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addLayout(firstRow);
    if (secondRow->count() > 0)
        layout->addLayout(secondRow);
    else
        delete secondRow;
}

QWidget *FilterBar::createTimeRange()
{
    auto *range = new QWidget(this);
    auto *layout = new QHBoxLayout(range);
    layout->setContentsMargins(0, 0, 0, 0);

    m_fromEnabled = new QCheckBox(tr("From"), range);
    m_fromEdit = createTimeEdit(range);
    m_toEnabled = new QCheckBox(tr("to"), range);
    m_toEdit = createTimeEdit(range);
    m_zoneLabel = new QLabel(range);
    m_zoneLabel->setForegroundRole(QPalette::PlaceholderText);
    m_fromEnabled->setToolTip(tr("Show rows that start at or after this time"));
    m_toEnabled->setToolTip(tr("Show rows that start before this time"));

    for (auto [enabled, edit] : {std::pair{m_fromEnabled, m_fromEdit}, {m_toEnabled, m_toEdit}}) {
        connect(enabled, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(enabled, &QCheckBox::toggled, this, &FilterBar::scheduleChange);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &FilterBar::scheduleChange);
        layout->addWidget(enabled);
        layout->addWidget(edit);
    }
    layout->addWidget(m_zoneLabel);
    setTimeSpan(0, 0);
    updateTimeTooltips();
    return range;
}

QWidget *FilterBar::createControl(Control &control)
{
    switch (control.field.kind) {
    case FilterField::Kind::Choice: {
        control.choice = new ChoiceButton(control.field.anyText, this);
        control.choice->setMinimumWidth(control.choice->fontMetrics().averageCharWidth() *
                                        ChoiceMinimumCharacters);
        connect(control.choice, &ChoiceButton::selectionChanged, this, &FilterBar::scheduleChange);
        return control.choice;
    }
    case FilterField::Kind::Text: {
        control.edit = new QLineEdit(this);
        control.edit->setPlaceholderText(control.field.placeholder);
        control.edit->setClearButtonEnabled(true);
        control.edit->setMinimumWidth(TextFieldMinimumWidth);
        control.edit->setMaximumWidth(TextFieldMaximumWidth);
        control.edit->setToolTip(
            tr("Rows whose %1 contains this text, exactly as typed").arg(control.field.column));
        connect(control.edit, &QLineEdit::textChanged, this, &FilterBar::scheduleChange);
        return control.edit;
    }
    case FilterField::Kind::TestRunOrigin: {
        control.combo = new QComboBox(this);
        control.combo->addItem(tr("All contacts"), int(TestRunOrigin::Any));
        control.combo->addItem(tr("Created by a test run"), int(TestRunOrigin::CreatedByTestRun));
        control.combo->addItem(tr("Not created by a test run"),
                               int(TestRunOrigin::NotCreatedByTestRun));
        control.combo->setToolTip(
            tr("Whether a contact is linked to a test case execution in this workspace"));
        connect(control.combo, &QComboBox::currentIndexChanged, this, &FilterBar::scheduleChange);
        return control.combo;
    }
    }
    return nullptr;
}

Filter FilterBar::filter() const
{
    Filter filter;
    filter.fromMs = timeValue(m_fromEnabled, m_fromEdit);
    filter.toMs = timeValue(m_toEnabled, m_toEdit);

    for (const Control &control : m_controls) {
        switch (control.field.kind) {
        case FilterField::Kind::Choice:
            filter.*(control.field.values) = control.choice->selected();
            break;
        case FilterField::Kind::Text:
            filter.*(control.field.text) = {control.edit->text(), TextMatch::Contains};
            break;
        case FilterField::Kind::TestRunOrigin:
            filter.createdByTestRun = TestRunOrigin(control.combo->currentData().toInt());
            break;
        }
    }
    return filter;
}

void FilterBar::setFilter(const Filter &filter)
{
    m_updating = true;
    showTime(m_fromEnabled, m_fromEdit, filter.fromMs);
    showTime(m_toEnabled, m_toEdit, filter.toMs);

    for (const Control &control : m_controls) {
        switch (control.field.kind) {
        case FilterField::Kind::Choice:
            control.choice->setSelected(filter.*(control.field.values));
            break;
        case FilterField::Kind::Text:
            control.edit->setText((filter.*(control.field.text)).text);
            break;
        case FilterField::Kind::TestRunOrigin:
            control.combo->setCurrentIndex(control.combo->findData(int(filter.createdByTestRun)));
            break;
        }
    }
    m_updating = false;

    m_debounce.stop();
    emitChange();
}

void FilterBar::clear()
{
    setFilter(Filter());
}

void FilterBar::setDisplayTimeZone(const QTimeZone &zone)
{
    const std::optional<qint64> from = timeValue(m_fromEnabled, m_fromEdit);
    const std::optional<qint64> to = timeValue(m_toEnabled, m_toEdit);
    const qint64 fromShown = instant(m_fromEdit->dateTime(), m_zone);
    const qint64 toShown = instant(m_toEdit->dateTime(), m_zone);

    m_zone = zone;
    m_updating = true;
    m_fromEdit->setDateTime(wallTime(from.value_or(fromShown), m_zone));
    m_toEdit->setDateTime(wallTime(to.value_or(toShown), m_zone));
    m_updating = false;
    updateTimeTooltips();
}

void FilterBar::setTimeSpan(qint64 firstMs, qint64 lastMs)
{
    m_firstMs = firstMs;
    m_lastMs = lastMs;
    if (m_fromEnabled->isChecked() || m_toEnabled->isChecked())
        return;

    // Whole days of the display zone around the data, so that the window
    // contains every row; today when there is no data to start from.
    m_updating = true;
    const bool noData = firstMs == 0 && lastMs == 0;
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    const QDate firstDay = noData ? today : QDateTime::fromMSecsSinceEpoch(firstMs, m_zone).date();
    const QDate lastDay = noData ? today : QDateTime::fromMSecsSinceEpoch(lastMs, m_zone).date();
    m_fromEdit->setDateTime(QDateTime(firstDay, QTime(0, 0), Qt::UTC));
    m_toEdit->setDateTime(QDateTime(lastDay.addDays(1), QTime(0, 0), Qt::UTC));
    m_updating = false;
}

QStringList FilterBar::choiceColumns() const
{
    QStringList columns;
    for (const Control &control : m_controls) {
        if (control.field.kind == FilterField::Kind::Choice)
            columns.append(control.field.column);
    }
    return columns;
}

void FilterBar::setChoices(const QString &column, const QStringList &values)
{
    for (const Control &control : std::as_const(m_controls)) {
        if (control.field.kind != FilterField::Kind::Choice || control.field.column != column)
            continue;

        control.choice->setChoices(values);
    }
}

void FilterBar::focusTextField()
{
    for (const Control &control : std::as_const(m_controls)) {
        if (control.edit) {
            control.edit->setFocus(Qt::ShortcutFocusReason);
            control.edit->selectAll();
            return;
        }
    }
}

void FilterBar::scheduleChange()
{
    if (!m_updating)
        m_debounce.start();
}

void FilterBar::emitChange()
{
    const Filter current = filter();
    if (current == m_lastReported)
        return;
    m_lastReported = current;
    Q_EMIT filterChanged(current);
}

std::optional<qint64> FilterBar::timeValue(const QCheckBox *enabled,
                                           const QDateTimeEdit *edit) const
{
    if (!enabled->isChecked())
        return std::nullopt;
    return instant(edit->dateTime(), m_zone);
}

void FilterBar::showTime(QCheckBox *enabled, QDateTimeEdit *edit, const std::optional<qint64> &ms)
{
    enabled->setChecked(ms.has_value());
    if (ms)
        edit->setDateTime(wallTime(*ms, m_zone));
}

void FilterBar::updateTimeTooltips()
{
    const QString zoneName = QString::fromUtf8(m_zone.id());
    m_zoneLabel->setText(zoneName);
    m_fromEdit->setToolTip(tr("Start of the window, in %1, included").arg(zoneName));
    m_toEdit->setToolTip(tr("End of the window, in %1, not included").arg(zoneName));
}

} // namespace Flowscope
