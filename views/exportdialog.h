#pragma once

#include "exportrunner.h"
#include "reportexport.h"

#include <QDialog>
#include <QPointer>
#include <QTimeZone>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QThread;

namespace Flowscope {
class TimeZoneCombo;
}

namespace Flowscope {

// File > Export: exports one of the current page's views under the page's
// filter. The user picks the view, the format, the columns of a table, the
// file, a byte order mark for CSV and the time zone of timestamps. The
// export runs on a worker thread with its own workspace connection, behind
// a progress dialog whose Cancel stops it and leaves no file behind.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `graphics` contains snapshots (snapshotRenderable) of the page's charts
    // and maps, by view, so that the worker can draw them.
    ExportDialog(const QString &workspacePath, const QStringList &views, const Filter &filter,
                 const QTimeZone &zone, const ExportGraphics &graphics,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The export the controls describe now.
    ExportRequest request() const;

    // The controls, for tests.
    QComboBox *viewCombo() const { return m_viewCombo; }
    QComboBox *formatCombo() const { return m_formatCombo; }
    QListWidget *columnList() const { return m_columnList; }
    QLineEdit *fileEdit() const { return m_fileEdit; }
    QCheckBox *byteOrderMarkBox() const { return m_bomBox; }
    QLabel *formulaNote() const { return m_formulaNote; }

public Q_SLOTS:
    // Starts the export on a worker thread; finished() reports the result.
    void startExport();
    void accept() override;

Q_SIGNALS:
    void finished(const Flowscope::ExportResult &result);

private:
    void updateControls();
    void chooseFile();
    void showResult(const ExportResult &result);
    ExportFormat currentFormat() const;

    QString m_workspacePath;
    Filter m_filter;
    ExportGraphics m_graphics;
    QComboBox *m_viewCombo = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QListWidget *m_columnList = nullptr;
    QLabel *m_columnLabel = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QCheckBox *m_bomBox = nullptr;
    TimeZoneCombo *m_zoneCombo = nullptr;
    QLineEdit *m_databaseEdit = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_formulaNote = nullptr;
    QLabel *m_filterLabel = nullptr;
    QPointer<QProgressDialog> m_progress;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace Flowscope

Q_DECLARE_METATYPE(Flowscope::ExportResult)
