#include "importwarningsmodel.h"

#include <QFileInfo>

namespace Flowscope {

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    const bool needsQuotes =
        field.contains(',') || field.contains('"') || field.contains('\r') || field.contains('\n');
    if (!needsQuotes)
        return field;
    field.replace("\"", "\"\"");
    return '"' + field + '"';
}

QString columnText(const ImportWarning &warning)
{
    if (!warning.columnName.isEmpty())
        return warning.columnName;
    return warning.column > 0 ? QString::number(warning.column) : QString();
}

} // namespace

bool isRejection(const ImportWarning &warning)
{
    return warning.severity == ImportWarningSeverity::RowRejected ||
           warning.severity == ImportWarningSeverity::FileRejected;
}

ImportWarningsModel::ImportWarningsModel(Selection selection, QObject *parent)
    : QAbstractTableModel(parent), m_selection(selection)
{}

void ImportWarningsModel::setWarnings(const QList<ImportWarning> &warnings)
{
    beginResetModel();
    m_warnings.clear();
    const bool wantRejections = m_selection == Selection::Rejections;
    for (const ImportWarning &warning : warnings) {
        if (isRejection(warning) == wantRejections)
            m_warnings.append(warning);
    }
    endResetModel();
}

int ImportWarningsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_warnings.size());
}

int ImportWarningsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportWarningsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const ImportWarning &warning = m_warnings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return QFileInfo(warning.file).fileName();
        case LineColumn:
            return warning.line > 0 ? QVariant(warning.line) : QVariant(QString());
        case ColumnColumn:
            return columnText(warning);
        case ReasonColumn:
            return warning.message;
        case ValueColumn:
            return warning.value;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return warning.file;
        if (index.column() == ReasonColumn || index.column() == ValueColumn)
            return index.data(Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ImportWarningsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

QByteArray importWarningsCsv(const QList<ImportWarning> &warnings)
{
    QByteArray csv = "file,line,column,reason,value\r\n";
    for (const ImportWarning &warning : warnings) {
        const QStringList fields = {
            warning.file,        warning.line > 0 ? QString::number(warning.line) : QString(),
            columnText(warning), warning.message,
            warning.value,
        };
        QByteArrayList encoded;
        for (const QString &field : fields)
            encoded.append(csvField(field));
        csv += encoded.join(',') + "\r\n";
    }
    return csv;
}

} // namespace Flowscope
