#pragma once

#include "flowanalytics.h"
#include "flownames.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Flowscope {

// The variants of a flow map as a sortable table: rank, path, steps,
// contacts, share and cumulative coverage. Coverage stays the one computed in
// rank order (most contacts first) whichever column the table is sorted by,
// because it only means something in that order.
class VariantsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        PathColumn,
        StepsColumn,
        ContactsColumn,
        ShareColumn,
        CoverageColumn,
    };
    static constexpr int ColumnCount = 6;

    enum Role {
        SortRole = Qt::UserRole + 1, // the value the column sorts by
        RankRole,                    // the variant's 1-based rank, whatever the sort
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Shows `variants`, which computeFlowMap returns most frequent first.
    void setVariants(const QList<Variant> &variants);
    // Names shown in place of ids in the path; ids without a name show as they are.
    void setNames(const QHash<QString, FlowName> &names);

    const Variant &variantAt(int row) const { return m_variants.at(m_order.at(row)); }
    // The path as text, such as "Main menu → Billing → queue: Sales".
    QString pathText(const QList<Activity> &steps) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant sortValue(int variant, int column) const;
    QString stepText(const Activity &step) const;

    QList<Variant> m_variants;
    QList<int> m_order; // row → index into m_variants
    QHash<QString, FlowName> m_names;
    int m_sortColumn = RankColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Flowscope
