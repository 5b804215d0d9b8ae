#pragma once

#include <QStringList>
#include <QTimeZone>
#include <QWizard>

namespace Flowscope {

class ImportSession;

// Imports files into a workspace in six steps: files, detection with a live
// preview, column mapping, options, progress, result. Everything that reads
// files or writes the workspace runs off the GUI thread.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        FilesPageId,
        DetectionPageId,
        MappingPageId,
        OptionsPageId,
        ProgressPageId,
        ResultPageId
    };

    // `initialPaths` are files or folders from a drop or the command line.
    // They fill the first page, where the wizard starts so the user can add more.
    // Previews show times in `displayZone`, as the main window does.
    ImportWizard(const QString &workspacePath, const QStringList &initialPaths,
                 QWidget *parent = nullptr, const QTimeZone &displayZone = QTimeZone::utc());
    ~ImportWizard() override;

    ImportSession *session() const { return m_session; }

    // Closing while an import runs cancels it first and closes once it rolled back.
    void reject() override;

Q_SIGNALS:
    // Emitted after an import committed, so views can reload.
    void importCommitted();

private:
    ImportSession *m_session = nullptr;
    bool m_closeAfterImport = false;
};

} // namespace Flowscope
