// Opens a large workspace and times what a user does first: open it, read its
// summary, show the flow events table, filter it and sort it. Prints one
// Markdown table row per step and the process's peak resident memory.
// Usage: bench_scale WORKSPACE

#include "filter.h"
#include "schema.h"
#include "summary.h"
#include "tablemodel.h"
#include "workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <functional>

using namespace Flowscope;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 peakResidentMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

void printStep(const QString &step, qint64 milliseconds, const QString &result)
{
    out() << "| " << step << " | " << QString::number(milliseconds / 1000.0, 'f', 2) << " | "
          << result << " | " << peakResidentMb() << " |\n";
    out().flush();
}

// Runs the event loop until `done` is true or `timeoutMs` passes; returns the elapsed time.
qint64 waitFor(const std::function<bool()> &done, qint64 timeoutMs = 600000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return timer.elapsed();
}

// Times the first page and the row count of the model after `change`.
void timeModel(WorkspaceTableModel &model, const QString &step, const std::function<void()> &change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    model.index(0, 0).data(); // requests the first page, as a view does when it paints
    waitFor([&] { return model.loadedRowCount() > 0 || model.totalRowCount() == 0; });
    const qint64 firstPageMs = timer.elapsed();
    waitFor([&] { return model.totalRowCount() >= 0; });
    printStep(step + QStringLiteral(": first page"), firstPageMs,
              QStringLiteral("%1 rows loaded").arg(model.loadedRowCount()));
    printStep(step + QStringLiteral(": row count"), timer.elapsed(),
              QStringLiteral("%1 rows").arg(model.totalRowCount()));
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication application(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "Usage: bench_scale WORKSPACE\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);

    out() << "| step | seconds | result | peak memory so far (MB) |\n|---|---|---|---|\n";

    QElapsedTimer timer;
    timer.start();
    Workspace workspace;
    QString error;
    if (!workspace.open(path, Workspace::OpenMode::ReadOnly, &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    printStep(QStringLiteral("open the workspace"), timer.elapsed(), QStringLiteral("ok"));

    timer.restart();
    const WorkspaceSummary summary = summarizeWorkspace(workspace);
    if (!summary.ok()) {
        QTextStream(stderr) << summary.error << '\n';
        return 1;
    }
    printStep(QStringLiteral("summary"), timer.elapsed(),
              QStringLiteral("%1 flow events, %2 contacts")
                  .arg(summary.contactFlowEvents.rows)
                  .arg(summary.distinctContacts));

    WorkspaceTableModel model(contactFlowEventsSpec());
    timeModel(model, QStringLiteral("flow events table"), [&] { model.setWorkspacePath(path); });

    // One day of chat contacts: a time range and a value list, the common case.
    Filter filter;
    const qint64 firstMs = summary.contactFlowEvents.firstTimestampMs.value_or(0);
    filter.fromMs = firstMs;
    filter.toMs = firstMs + 24LL * 3600 * 1000;
    filter.channels = {QStringLiteral("CHAT")};
    timeModel(model, QStringLiteral("filter: one day of CHAT"), [&] { model.setFilter(filter); });

    Filter contact;
    contact.contactId = {QStringLiteral("0000"), TextMatch::Contains};
    timeModel(model, QStringLiteral("filter: contact id contains text"),
              [&] { model.setFilter(contact); });

    timeModel(model, QStringLiteral("sort by start_timestamp, newest first"), [&] {
        model.setFilter({});
        model.sortByName(QStringLiteral("start_timestamp"), Qt::DescendingOrder);
    });

    // NOTE: the flow map has no model in this build yet; when it has, its
    // aggregation belongs here as the next step.
    out() << "\nPeak resident memory: " << peakResidentMb() << " MB\n";
    return 0;
}
