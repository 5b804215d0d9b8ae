#include "variantsmodel.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace Flowscope {

void VariantsModel::setVariants(const QList<Variant> &variants)
{
    beginResetModel();
    m_variants = variants;
    m_order.resize(m_variants.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    endResetModel();
    sort(m_sortColumn, m_sortOrder);
}

void VariantsModel::setNames(const QHash<QString, FlowName> &names)
{
    m_names = names;
    if (!m_order.isEmpty())
        Q_EMIT dataChanged(index(0, PathColumn), index(rowCount() - 1, PathColumn));
}

QString VariantsModel::stepText(const Activity &step) const
{
    const auto named = m_names.constFind(step.id);
    const QString name = named != m_names.cend() && !named->name.isEmpty() ? named->name : step.id;
    if (step.kind == ActivityKind::Queue)
        return tr("queue: %1").arg(name);
    return name;
}

QString VariantsModel::pathText(const QList<Activity> &steps) const
{
    QStringList texts;
    texts.reserve(steps.size());
    for (const Activity &step : steps)
        texts.append(stepText(step));
    return texts.join(QStringLiteral(" → "));
}

int VariantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int VariantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariantsModel::sortValue(int variant, int column) const
{
    const Variant &entry = m_variants.at(variant);
    switch (column) {
    case RankColumn:
    case CoverageColumn:
        // Coverage grows with the rank, so both sort the same way.
        return variant;
    case PathColumn:
        return pathText(entry.steps);
    case StepsColumn:
        return qint64(entry.steps.size());
    case ContactsColumn:
    case ShareColumn:
        return entry.contacts;
    }
    return {};
}

QVariant VariantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const int variant = m_order.at(index.row());
    const Variant &entry = m_variants.at(variant);
    switch (role) {
    case SortRole:
        return sortValue(variant, index.column());
    case RankRole:
        return variant + 1;
    case Qt::TextAlignmentRole:
        if (index.column() == PathColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == PathColumn)
            return pathText(entry.steps);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    const QLocale locale;
    switch (index.column()) {
    case RankColumn:
        return variant + 1;
    case PathColumn:
        return pathText(entry.steps);
    case StepsColumn:
        return qint64(entry.steps.size());
    case ContactsColumn:
        return locale.toString(entry.contacts);
    case ShareColumn:
        return tr("%1 %").arg(locale.toString(entry.share * 100, 'f', 1));
    case CoverageColumn:
        return tr("%1 %").arg(locale.toString(entry.coverage * 100, 'f', 1));
    }
    return {};
}

QVariant VariantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case RankColumn:
        return tr("Rank");
    case PathColumn:
        return tr("Path");
    case StepsColumn:
        return tr("Steps");
    case ContactsColumn:
        return tr("Contacts");
    case ShareColumn:
        return tr("Share");
    case CoverageColumn:
        return tr("Coverage");
    }
    return {};
}

void VariantsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;

    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> previousVariants;
    for (const QModelIndex &index : before)
        previousVariants.append(m_order.at(index.row()));

    // Ties keep rank order, so a sort by contacts lists equal variants by rank.
    std::stable_sort(m_order.begin(), m_order.end(), [this, column, order](int first, int second) {
        const QVariant a = sortValue(first, column);
        const QVariant b = sortValue(second, column);
        const QPartialOrdering comparison = QVariant::compare(a, b);
        if (comparison == QPartialOrdering::Equivalent)
            return first < second;
        return order == Qt::AscendingOrder ? comparison == QPartialOrdering::Less
                                           : comparison == QPartialOrdering::Greater;
    });

    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = int(m_order.indexOf(previousVariants.at(i)));
        after.append(index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Flowscope
