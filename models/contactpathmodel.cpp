#include "contactpathmodel.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QTextDocument>

namespace Flowscope {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Flowscope::ContactPath", text);
}

// Grey for stand-in text (NULL values, missing ends), red for invalid values
// and disagreements.
const QColor PlaceholderColor(128, 128, 128);
const QColor WarningColor(192, 40, 40);

QString stripQuotes(QString text)
{
    for (const QChar quote : {QLatin1Char('"'), QLatin1Char('\'')}) {
        if (text.size() >= 2 && text.startsWith(quote) && text.endsWith(quote))
            text = text.mid(1, text.size() - 2).trimmed();
    }
    return text;
}

QString outcomeText(const QString &outcome)
{
    if (outcome.isNull())
        return translated("no outcome");
    if (outcome.isEmpty())
        return translated("empty outcome");
    return outcome;
}

} // namespace

ContactReference parseContactReference(const QString &text)
{
    const QString value = stripQuotes(text.trimmed());

    // arn:aws:connect:us-east-1:123456789012:instance/INSTANCE/contact/CONTACT
    const QStringList segments = value.split(QLatin1Char('/'));
    if (value.startsWith(QLatin1String("arn:")) && segments.size() == 4 &&
        segments.at(0).endsWith(QLatin1String(":instance")) &&
        segments.at(2) == QLatin1String("contact")) {
        return {segments.at(3), segments.at(1)};
    }
    return {value, {}};
}

QString formatDuration(qint64 milliseconds)
{
    if (milliseconds < 1000)
        return translated("%1 ms").arg(milliseconds);

    const qint64 seconds = milliseconds / 1000;
    const QString secondsText = QString::number(double(milliseconds % 60000) / 1000.0, 'f', 3);
    if (seconds < 60)
        return translated("%1 s").arg(secondsText);
    if (seconds < 3600)
        return translated("%1 min %2 s").arg(seconds / 60).arg(secondsText);
    return translated("%1 h %2 min %3 s")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60)
        .arg(seconds % 60);
}

QString formatTimestamp(qint64 epochMs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, zone)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString plainTextToolTip(const QString &text)
{
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString resourceDisplayName(const QString &resourceId, const QHash<QString, FlowName> &names)
{
    if (resourceId.isEmpty())
        return translated("(no id)");
    const auto name = names.constFind(resourceId);
    if (name != names.cend() && !name->name.isEmpty())
        return name->name;
    return resourceId;
}

ContactPathModel::ContactPathModel(QObject *parent) : QAbstractTableModel(parent) {}

void ContactPathModel::setPath(const ContactPath &path, const QHash<QString, FlowName> &names)
{
    beginResetModel();
    m_path = path;
    m_names = names;
    endResetModel();
}

void ContactPathModel::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, StartColumn), index(rowCount() - 1, DurationColumn));
    }
}

int ContactPathModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_path.steps.size());
}

int ContactPathModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactPathModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const PathStep &step = m_path.steps.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(step, column);
    case Qt::ToolTipRole:
        return plainTextToolTip(toolTipText(step, column));
    case Qt::ForegroundRole:
        if ((column == NextColumn && step.nextDisagreesWithTimeOrder) ||
            (step.durationState == DurationState::Invalid &&
             (column == EndColumn || column == DurationColumn))) {
            return QBrush(WarningColor);
        }
        if ((column == OutcomeColumn && step.flowOutcome.isNull()) ||
            (step.durationState == DurationState::InProgress &&
             (column == EndColumn || column == DurationColumn))) {
            return QBrush(PlaceholderColor);
        }
        return {};
    case Qt::FontRole:
        if (column == OutcomeColumn && step.flowOutcome.isNull()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawValue(step, column);
    case DisagreementRole:
        return step.nextDisagreesWithTimeOrder;
    case DurationStateRole:
        return int(step.durationState);
    default:
        return {};
    }
}

QVariant ContactPathModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;

    switch (section) {
    case StepColumn:
        return tr("Flow or module");
    case KindColumn:
        return tr("Type");
    case FlowTypeColumn:
        return tr("Flow type");
    case OutcomeColumn:
        return tr("Outcome");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case DurationColumn:
        return tr("Duration");
    case NextColumn:
        return tr("Next");
    default:
        return {};
    }
}

QString ContactPathModel::displayText(const PathStep &step, int column) const
{
    switch (column) {
    case StepColumn:
        return resourceDisplayName(step.activity.id, m_names);
    case KindColumn:
        return step.activity.kind == ActivityKind::Module ? tr("Module") : tr("Flow");
    case FlowTypeColumn:
        return step.flowType;
    case OutcomeColumn:
        return outcomeText(step.flowOutcome);
    case StartColumn:
        return formatTimestamp(step.startMs, m_zone);
    case EndColumn:
        return step.endMs ? formatTimestamp(*step.endMs, m_zone) : tr("in progress");
    case DurationColumn:
        switch (step.durationState) {
        case DurationState::Complete:
            return formatDuration(*step.durationMs);
        case DurationState::InProgress:
            return tr("in progress");
        case DurationState::Invalid:
            return tr("invalid: ends before it starts");
        }
        return {};
    case NextColumn:
        return nextText(step);
    default:
        return {};
    }
}

QString ContactPathModel::nextText(const PathStep &step) const
{
    QString text;
    if (step.nextResourceType == QLatin1String("queue") && !step.nextQueueResourceId.isNull()) {
        text = tr("Queue %1").arg(resourceDisplayName(step.nextQueueResourceId, m_names));
    } else if (step.nextResourceType == QLatin1String("flow") &&
               !step.nextFlowResourceId.isNull()) {
        text = tr("Flow %1").arg(resourceDisplayName(step.nextFlowResourceId, m_names));
    } else if (!step.nextResourceType.isNull()) {
        text = step.nextResourceType;
    }
    if (!step.nextDisagreesWithTimeOrder)
        return text;

    if (step.followingFlowResourceId.isNull())
        return tr("%1 ⚠ but no flow follows in time").arg(text);
    return tr("%1 ⚠ but %2 follows in time")
        .arg(text, resourceDisplayName(step.followingFlowResourceId, m_names));
}

QVariant ContactPathModel::rawValue(const PathStep &step, int column) const
{
    switch (column) {
    case StepColumn:
        return step.activity.id;
    case KindColumn:
        return activityKindName(step.activity.kind);
    case FlowTypeColumn:
        return step.flowType;
    case OutcomeColumn:
        return step.flowOutcome.isNull() ? QVariant() : QVariant(step.flowOutcome);
    case StartColumn:
        return step.startMs;
    case EndColumn:
        return step.endMs ? QVariant(*step.endMs) : QVariant();
    case DurationColumn:
        return step.durationMs ? QVariant(*step.durationMs) : QVariant();
    case NextColumn:
        if (step.nextResourceType == QLatin1String("queue"))
            return step.nextQueueResourceId.isNull() ? QVariant() : step.nextQueueResourceId;
        return step.nextFlowResourceId.isNull() ? QVariant() : step.nextFlowResourceId;
    default:
        return {};
    }
}

QString ContactPathModel::toolTipText(const PathStep &step, int column) const
{
    if (column == NextColumn && step.nextDisagreesWithTimeOrder) {
        const QString following =
            step.followingFlowResourceId.isNull()
                ? tr("no flow step follows it")
                : tr("the next flow in time is %1").arg(step.followingFlowResourceId);
        return tr("next_flow_resource_id is %1, but %2.").arg(step.nextFlowResourceId, following);
    }
    if (column == DurationColumn && step.durationState == DurationState::Invalid) {
        return tr("end_timestamp %1 is before start_timestamp %2, so the step has no duration.")
            .arg(formatTimestamp(*step.endMs, m_zone), formatTimestamp(step.startMs, m_zone));
    }
    if (column == EndColumn && step.durationState == DurationState::InProgress)
        return tr("end_timestamp is NULL: the step had not ended when the data was exported.");
    return stepDescription(step);
}

QString ContactPathModel::stepDescription(const PathStep &step) const
{
    QStringList lines;
    lines.append(tr("Flow: %1").arg(step.flowResourceId));
    if (step.activity.kind == ActivityKind::Module)
        lines.append(tr("Module: %1").arg(step.moduleResourceId));
    lines.append(tr("Event: %1").arg(step.eventId));
    lines.append(tr("Instance: %1").arg(step.instanceId));
    lines.append(tr("Start: %1").arg(formatTimestamp(step.startMs, m_zone)));
    lines.append(tr("End: %1").arg(displayText(step, EndColumn)));
    lines.append(tr("Duration: %1").arg(displayText(step, DurationColumn)));
    lines.append(tr("Outcome: %1").arg(outcomeText(step.flowOutcome)));
    const QString next = nextText(step);
    if (!next.isEmpty())
        lines.append(tr("Next: %1").arg(next));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Flowscope
