#pragma once

#include "importpreview.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace Flowscope {

// The preview rows of one file as a table with one row per record. The
// workspace columns that the file fills come first in file order, then the
// ones it lacks. NULL shows as a grey italic "NULL", distinct from an empty
// string, and timestamps show in the display time zone. Rows the import would reject are
// tinted and give the reason in their tool tip.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        // The cell as previewImportFile() returned it (a null QVariant for NULL).
        ValueRole = Qt::UserRole,
        // True for the rows the import would reject.
        RejectedRole,
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ImportPreview &preview);
    void setTimeZone(const QTimeZone &zone);
    // How the preview and the mapping page show a timestamp.
    static QString formatTime(qint64 epochMs, const QTimeZone &zone);
    const ImportPreview &preview() const { return m_preview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const QVariant &value, int previewColumn, bool rejected) const;
    bool isTimestampColumn(int previewColumn) const;

    ImportPreview m_preview;
    QTimeZone m_zone = QTimeZone::utc();
    QList<int> m_columnOrder;    // model column -> index in m_preview.columns
    QList<int> m_problemColumns; // per row: the preview column that caused the rejection, or -1
};

} // namespace Flowscope
