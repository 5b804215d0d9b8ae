#include "importpreviewmodel.h"

#include "valueparser.h"

#include <QDateTime>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace Flowscope {

namespace {

// Light enough to keep black text readable in light and dark palettes.
const QColor RejectedRowColor(255, 226, 222);
const QColor ProblemCellColor(190, 30, 30);

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(const ImportPreview &preview)
{
    beginResetModel();
    m_preview = preview;

    // Columns the file fills come first, so that the values the user
    // recognises are in sight; the NULL-only ones follow.
    m_columnOrder.clear();
    const bool fileOrder = m_preview.isRejected(); // the rows hold file columns already
    for (const ColumnMappingEntry &entry : std::as_const(m_preview.mapping)) {
        if (fileOrder)
            break;
        const int column = int(m_preview.columns.indexOf(entry.workspaceColumn));
        if (!entry.workspaceColumn.isEmpty() && column >= 0 && !m_columnOrder.contains(column))
            m_columnOrder.append(column);
    }
    for (int column = 0; column < m_preview.columns.size(); ++column) {
        if (!m_columnOrder.contains(column))
            m_columnOrder.append(column);
    }

    m_problemColumns.clear();
    for (const PreviewRow &row : std::as_const(m_preview.rows)) {
        int column = -1;
        if (row.rejection && !row.rejection->columnName.isEmpty()) {
            QString target = row.rejection->columnName;
            for (const ColumnMappingEntry &entry : std::as_const(m_preview.mapping)) {
                if (entry.fileColumn == row.rejection->columnName)
                    target = entry.workspaceColumn;
            }
            column = int(m_preview.columns.indexOf(target));
        }
        m_problemColumns.append(column);
    }
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columnOrder.size());
}

bool ImportPreviewModel::isTimestampColumn(int previewColumn) const
{
    // A rejected file's rows hold file columns, which are never converted.
    if (!m_preview.table || m_preview.isRejected())
        return false;
    const ColumnSpec *spec = m_preview.table->column(m_preview.columns.at(previewColumn));
    return spec && spec->type == ColumnType::Timestamp;
}

void ImportPreviewModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::DisplayRole});
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QString ImportPreviewModel::formatTime(qint64 epochMs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, zone)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QVariant ImportPreviewModel::displayValue(const QVariant &value, int previewColumn,
                                          bool rejected) const
{
    if (!value.isValid())
        return tr("NULL");
    if (!rejected && isTimestampColumn(previewColumn) && value.typeId() == QMetaType::LongLong) {
        // Without the zone, because the header's tool tip names it.
        return formatTime(value.toLongLong(), m_zone);
    }
    return value.toString();
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const PreviewRow &row = m_preview.rows.at(index.row());
    const int previewColumn = m_columnOrder.at(index.column());
    const QVariant value = row.values.value(previewColumn);
    const bool rejected = row.rejection.has_value();

    switch (role) {
    case Qt::DisplayRole:
        return displayValue(value, previewColumn, rejected);
    case Qt::ToolTipRole:
        if (rejected)
            return row.rejection->message;
        if (!value.isValid())
            return tr("NULL: no value");
        if (value.typeId() == QMetaType::QString && value.toString().isEmpty())
            return tr("An empty string");
        return {};
    case Qt::FontRole:
        if (!value.isValid()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (rejected && m_problemColumns.at(index.row()) == previewColumn)
            return QBrush(ProblemCellColor);
        if (!value.isValid())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::BackgroundRole:
        if (rejected)
            return QBrush(RejectedRowColor);
        return {};
    case ValueRole:
        return value;
    case RejectedRole:
        return rejected;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_preview.rows.size())
            return {};
        const PreviewRow &row = m_preview.rows.at(section);
        if (role == Qt::DisplayRole)
            return QString::number(row.line);
        if (role == Qt::ToolTipRole)
            return row.rejection ? tr("Line %1 would be rejected: %2")
                                       .arg(row.line)
                                       .arg(row.rejection->message)
                                 : tr("Line %1 of the file").arg(row.line);
        return {};
    }

    if (section < 0 || section >= m_columnOrder.size())
        return {};
    const int previewColumn = m_columnOrder.at(section);
    if (role == Qt::DisplayRole)
        return m_preview.columns.at(previewColumn);
    if (role == Qt::ToolTipRole && isTimestampColumn(previewColumn))
        return tr("%1: a timestamp, shown in %2")
            .arg(m_preview.columns.at(previewColumn), QString::fromUtf8(m_zone.id()));
    return {};
}

} // namespace Flowscope
