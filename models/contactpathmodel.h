#pragma once

#include "flowanalytics.h"
#include "flownames.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace Flowscope {

// A contact id as the user typed or pasted it, and the instance it names.
struct ContactReference
{
    QString contactId;
    QString instanceId; // empty unless the text was a contact ARN
};

// Reads a contact reference from pasted text: a bare id, the id in quotes
// (as an Athena CSV cell is copied), or a contact ARN
// (arn:aws:connect:REGION:ACCOUNT:instance/INSTANCE/contact/CONTACT), which
// also names the instance. Surrounding white space is ignored.
ContactReference parseContactReference(const QString &text);

// Formats a duration in milliseconds for people: "850 ms", "12.345 s",
// "2 min 5.000 s", "1 h 2 min 5 s".
QString formatDuration(qint64 milliseconds);

// Formats a time in milliseconds since the Unix epoch in `zone`, to the millisecond.
QString formatTimestamp(qint64 epochMs, const QTimeZone &zone);

// Escapes untrusted text for a tooltip, which Qt would otherwise render as
// rich text when it looks like HTML.
QString plainTextToolTip(const QString &text);

// The name of a flow or module for display: the imported name when there is
// one, the id otherwise, and "(no id)" for a NULL or empty id.
QString resourceDisplayName(const QString &resourceId, const QHash<QString, FlowName> &names);

// The steps of one contact's path as a table, one row per flow event, in
// path order (start, end, event id).
class ContactPathModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StepColumn,     // flow or module name; the full id in the tooltip
        KindColumn,     // "Flow" or "Module"
        FlowTypeColumn, // flow_type
        OutcomeColumn,  // flow_outcome; NULL shows as "no outcome"
        StartColumn,
        EndColumn,      // "in progress" when NULL
        DurationColumn, // "in progress" or "invalid" when there is none
        NextColumn,     // the next flow or queue, and whether time order agrees
        ColumnCount
    };

    enum Role {
        // The value behind a cell: ids, qint64 milliseconds, or an invalid
        // QVariant for NULL and for durations that do not exist.
        RawValueRole = Qt::UserRole + 1,
        // True on every cell of a step whose next_* column disagrees with time order.
        DisagreementRole,
        // The step's DurationState as an int.
        DurationStateRole,
    };

    explicit ContactPathModel(QObject *parent = nullptr);

    void setPath(const ContactPath &path, const QHash<QString, FlowName> &names = {});
    const ContactPath &path() const { return m_path; }
    const QHash<QString, FlowName> &names() const { return m_names; }
    void setDisplayTimeZone(const QTimeZone &zone);
    QTimeZone displayTimeZone() const { return m_zone; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The text the Next column shows for a step, including the disagreement mark.
    QString nextText(const PathStep &step) const;
    // The tooltip of a step: its ids, times, duration and successor, one per line.
    QString stepDescription(const PathStep &step) const;

private:
    QString displayText(const PathStep &step, int column) const;
    QVariant rawValue(const PathStep &step, int column) const;
    QString toolTipText(const PathStep &step, int column) const;

    ContactPath m_path;
    QHash<QString, FlowName> m_names;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace Flowscope
