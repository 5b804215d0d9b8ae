#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

struct sqlite3;

namespace Flowscope {

// One open workspace file: a SQLite database holding the data lake tables,
// the test execution to contact links and the import log.
//
// Threading: a Workspace and its connection belong to the thread that opened
// it. Workers open their own Workspace on the same path; each gets a
// connection with a unique name.
class Workspace
{
public:
    enum class OpenMode {
        CreateIfMissing, // create a new workspace when the path does not exist
        ExistingOnly,    // fail when the path does not exist
        ReadOnly,        // open an existing workspace without writing to it
    };

    // The schema version this build writes, stored in PRAGMA user_version.
    // Version 2 added the flow_names table, version 3 the channel index.
    static constexpr int CurrentSchemaVersion = 3;
    // The oldest version a read-only open accepts without an upgrade. Version
    // 3 only added an index, so every query works on version 2, only slower.
    static constexpr int OldestReadOnlySchemaVersion = 2;
    // How long a statement waits for a lock held by another connection.
    static constexpr int DefaultBusyTimeoutMs = 5000;
    // The SQLite application_id that marks a file as a Flowscope workspace ("FLSC").
    static constexpr int ApplicationId = 0x464C5343;

    Workspace();
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Opens or creates the workspace at `path`, migrating an older schema.
    // On failure returns false, sets `error` to a message that names the path,
    // the cause and what to do, and leaves the file unchanged.
    bool open(const QString &path, OpenMode mode, QString *error = nullptr);
    void close();

    bool isOpen() const;
    bool isReadOnly() const;
    QString path() const;
    QSqlDatabase database() const;
    // The raw connection for bulk statements; valid while the workspace is open.
    sqlite3 *handle() const;

    // Upgrading a large workspace builds indexes over every row, which takes
    // seconds. open() calls `observer` with the stored version once it has the
    // write lock for an upgrade. An upgrade, or its wait for that lock, stops
    // and rolls back soon after another thread sets `*flag`. Both are
    // optional and apply to later calls of open().
    void setUpgradeObserver(std::function<void(int fromVersion)> observer);
    void setCancelFlag(const std::atomic<bool> *flag);

    // Sets how long statements wait for another connection's lock.
    void setBusyTimeout(int milliseconds);

    // Columns of a table as stored: the documented ones plus any that imports
    // added for newer data lake versions.
    QStringList storedColumns(const QString &table) const;

private:
    enum class CreateResult { Created, AlreadyExists, Failed };
    CreateResult createSchema(QString *error);
    bool migrate(int fromVersion, QString *error);
    bool checkIsWorkspace(QString *error);
    static int checkUpgradeCancelled(void *flag);
    static int waitForLockUnlessCancelled(void *flag, int attempt);

    std::function<void(int fromVersion)> m_upgradeObserver;
    const std::atomic<bool> *m_cancelFlag = nullptr;
    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
};

} // namespace Flowscope
