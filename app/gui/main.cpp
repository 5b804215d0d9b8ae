#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace Flowscope;

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Flowscope"));
    QCoreApplication::setApplicationName(QStringLiteral("Flowscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWSCOPE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("flowscope"));
    installTranslations(application);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Browse and filter Amazon Connect data lake flow events and test runs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QCoreApplication::translate("main",
                                    "Open the workspace FILE; it is created when it does not "
                                    "exist."),
        QCoreApplication::translate("main", "FILE"));
    parser.addOption(workspaceOption);
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("main", "Export files or folders to import."),
        QCoreApplication::translate("main", "[FILE...]"));
    parser.process(application);

    MainWindow window;
    window.show();

    const QString workspace = parser.value(workspaceOption);
    const QStringList files = parser.positionalArguments();

    // The wizard opens once the window is on screen, so it centres on it.
    // With --workspace it waits until that workspace is open.
    const auto importFiles = [&window, files] {
        if (!files.isEmpty())
            window.startImport(files);
    };
    if (!workspace.isEmpty())
        window.openWorkspace(workspace, Workspace::OpenMode::CreateIfMissing, importFiles);
    else if (files.isEmpty())
        window.reopenLastWorkspace();
    else
        QTimer::singleShot(0, &window, importFiles);
    return QApplication::exec();
}
