#pragma once

#include "filter.h"
#include "filterbar.h"
#include "testruncontacts.h"
#include "workspace.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QVariantMap>

#include <array>
#include <atomic>
#include <functional>
#include <memory>

namespace Flowscope {

// Runs workspace queries of the test analytics pages off the GUI thread.
//
// Each job opens its own Workspace on the page's path, on a private pool of
// one thread, so jobs run one at a time in the order they started. Jobs are
// grouped in channels (such as "the grid" and "the selected execution"): a
// job makes every older job of its channel stale, a stale job that has not
// started yet is skipped, and a stale result is dropped on arrival. Results
// and failures are delivered on the thread that owns this object.
class WorkspaceJobs : public QObject
{
    Q_OBJECT

public:
    static constexpr int ChannelCount = 6;

    explicit WorkspaceJobs(QObject *parent = nullptr);
    // Waits for the running job, so that no job outlives the object it reports to.
    ~WorkspaceJobs() override;

    // An empty path cancels every channel and starts nothing until the next path.
    void setWorkspacePath(const QString &path);
    QString workspacePath() const { return m_path; }

    // Whether a job of `channel` started and its result has not arrived yet.
    bool isBusy(int channel) const;
    // Makes the jobs of `channel` stale.
    void cancel(int channel);

    // Runs `work` on a workspace opened in `mode` and calls `done` with its
    // result on this object's thread, unless a later job of `channel`
    // started meanwhile. When the workspace cannot be opened, `failed` is
    // emitted instead.
    template <typename Result>
    void start(int channel, std::function<Result(Workspace &)> work,
               std::function<void(const Result &)> done,
               Workspace::OpenMode mode = Workspace::OpenMode::ReadOnly);

Q_SIGNALS:
    void failed(int channel, const QString &message);
    void busyChanged();

private:
    quint64 nextGeneration(int channel);
    bool isCurrent(int channel, quint64 generation) const;
    void finish(int channel, quint64 generation);

    QString m_path;
    QThreadPool m_pool;
    std::array<std::atomic<quint64>, ChannelCount> m_generations{};
    std::array<bool, ChannelCount> m_busy{};
};

template <typename Result>
void WorkspaceJobs::start(int channel, std::function<Result(Workspace &)> work,
                          std::function<void(const Result &)> done, Workspace::OpenMode mode)
{
    const quint64 generation = nextGeneration(channel);
    if (m_path.isEmpty())
        return;
    m_busy.at(channel) = true;
    Q_EMIT busyChanged();

    // The pool belongs to this object and the destructor waits for it, so
    // `this` outlives every job.
    m_pool.start([this, channel, generation, mode, path = m_path, work = std::move(work),
                  done = std::move(done)] {
        if (!isCurrent(channel, generation))
            return;

        auto result = std::make_shared<Result>();
        QString error;
        {
            Workspace workspace;
            if (workspace.open(path, mode, &error))
                *result = work(workspace);
        }

        QMetaObject::invokeMethod(
            this,
            [this, channel, generation, result, error, done] {
                if (!isCurrent(channel, generation))
                    return;
                finish(channel, generation);
                if (!error.isEmpty())
                    Q_EMIT failed(channel, error);
                else
                    done(*result);
            },
            Qt::QueuedConnection);
    });
}

// Copies into `target` the time range and the test execution fields that
// `incoming` sets, keeping the others. Returns false, leaving `target`
// unchanged, when `incoming` sets none of them. Exact contact lists are
// ignored, because they come from flow map selections and from "Show on
// flow map", which would otherwise narrow the grid to the run just shown.
bool mergeTestExecutionFields(Filter *target, const Filter &incoming);

// The distinct values and the time span that fill the filter bar of a test analytics page.
struct FilterChoices
{
    QString error;
    QHash<QString, QStringList> values; // per column, NULL as a null QString
    qint64 firstStartMs = 0;
    qint64 lastStartMs = 0;
};

// Reads the distinct values of `columns` of connect_test_case_execution_results
// (at most WorkspaceTableModel::MaxDistinctValues each) and the span of
// connect_test_case_execution_start_timestamp.
FilterChoices readFilterChoices(Workspace &workspace, const QStringList &columns);

// One execution with everything the details panel shows.
struct ExecutionDetails
{
    QString error;
    bool found = false;
    QVariantMap columns;        // the stored row, by column name; NULL as a null QVariant
    QStringList failureReasons; // the text elements of connect_test_case_failure_reasons
    RunContacts contacts;
    QString initiatingFlowName; // from the workspace's flow names; null when it has none
};

ExecutionDetails readExecutionDetails(Workspace &workspace, const ExecutionKey &key);

} // namespace Flowscope
