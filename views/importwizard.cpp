#include "importwizard.h"

#include "importsession.h"
#include "importwizardpages.h"

namespace Flowscope {

ImportWizard::ImportWizard(const QString &workspacePath, const QStringList &initialPaths,
                           QWidget *parent, const QTimeZone &displayZone)
    : QWizard(parent), m_session(new ImportSession(workspacePath, this))
{
    m_session->setDisplayTimeZone(displayZone);

    setWindowTitle(tr("Import Files"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setMinimumSize(760, 560);
    resize(900, 640);

    setPage(FilesPageId, new ImportFilesPage(m_session));
    setPage(DetectionPageId, new ImportDetectionPage(m_session));
    setPage(MappingPageId, new ImportMappingPage(m_session));
    setPage(OptionsPageId, new ImportOptionsPage(m_session));
    setPage(ProgressPageId, new ImportProgressPage(m_session));
    setPage(ResultPageId, new ImportResultPage(m_session));
    setStartId(FilesPageId);

    connect(m_session->importWorker(), &ImportWorker::finished, this,
            [this](const ImportResult &result) {
                if (result.status == ImportResult::Status::Succeeded)
                    Q_EMIT importCommitted();
                if (m_closeAfterImport)
                    QWizard::reject();
            });

    m_session->setInputs(initialPaths);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::reject()
{
    if (m_session->importWorker()->isRunning()) {
        m_closeAfterImport = true;
        m_session->importWorker()->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace Flowscope
