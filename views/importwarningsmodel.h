#pragma once

#include "importwarning.h"

#include <QAbstractTableModel>
#include <QByteArray>

namespace Flowscope {

// Import warnings as a table of file, line, column, reason and value. One
// model lists either the rejected rows and files or the other warnings.
class ImportWarningsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Selection {
        Rejections, // rows and files that were not imported
        Notices,    // everything else: values changed, columns added, files skipped
    };
    enum Column { FileColumn, LineColumn, ColumnColumn, ReasonColumn, ValueColumn, ColumnCount };

    explicit ImportWarningsModel(Selection selection, QObject *parent = nullptr);

    // Keeps the warnings that belong to this model's selection.
    void setWarnings(const QList<ImportWarning> &warnings);
    const QList<ImportWarning> &warnings() const { return m_warnings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Selection m_selection;
    QList<ImportWarning> m_warnings;
};

bool isRejection(const ImportWarning &warning);

// Writes warnings as RFC 4180 CSV (CRLF line ends, fields quoted where they
// hold a comma, quote or line break) with the header file,line,column,reason,value.
// A line of 0 (a whole-file problem) is written as an empty field.
QByteArray importWarningsCsv(const QList<ImportWarning> &warnings);

} // namespace Flowscope
