#pragma once

#include "contactpathmodel.h"
#include "page.h"
#include "testruncontacts.h"

#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QTableView;

namespace Flowscope {

class ContactTimeline;

// The data the path page reads for one contact.
struct ContactPathResult
{
    QString contactId;
    QString instanceId;    // the instance shown; empty when the contact has no events
    QStringList instances; // every instance the contact id occurs in
    ContactPath path;
    QHash<QString, FlowName> names;
    ContactExecutions executions;
    QString error; // what failed; empty on success
};

// Reads a contact's path on its own thread with its own workspace connection.
class ContactPathWorker : public QObject
{
    Q_OBJECT

public:
    explicit ContactPathWorker(std::shared_ptr<std::atomic<quint64>> latestGeneration);
    ~ContactPathWorker() override;

    // Reads the contact's events in `instanceId`, or in its first instance
    // when empty, and emits loaded() unless a newer request came meanwhile.
    void load(quint64 generation, const QString &workspacePath, const QString &contactId,
              const QString &instanceId);

Q_SIGNALS:
    void loaded(quint64 generation, const Flowscope::ContactPathResult &result);

private:
    bool openWorkspace(const QString &path, QString *error);

    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    std::unique_ptr<class Workspace> m_workspace;
};

// The path of one contact: a search box, a timeline and the step list, and
// the test executions that created the contact. "Open contact" anywhere in
// the application lands here.
class ContactPathPage : public Page
{
    Q_OBJECT

public:
    explicit ContactPathPage(QObject *parent = nullptr);
    ~ContactPathPage() override;

    QString id() const override { return QStringLiteral("contact-path"); }
    QString title() const override { return tr("Contact path"); }
    QWidget *widget() const override;

    void setWorkspacePath(const QString &path) override;
    void setDisplayTimeZone(const QTimeZone &zone) override;
    void reload() override;
    QString statusText() const override;
    void copySelection() override;
    void focusFilter() override;

    // Searches for the contact and returns true.
    bool showContact(const QString &contactId) override;

    QStringList exportViews() const override;
    Filter exportFilter() const override;
    QList<const Renderable *> exportGraphics() const override;

    // Loads a contact by what the user typed or pasted (see parseContactReference).
    void search(const QString &text);
    // Shows the same contact id in another instance.
    void chooseInstance(const QString &instanceId);

    ContactPathModel *model() const { return m_model; }
    ContactTimeline *timeline() const { return m_timeline; }
    QTableView *stepView() const { return m_stepView; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QComboBox *instanceCombo() const { return m_instanceCombo; }
    QListWidget *executionList() const { return m_executionList; }
    // The message above the timeline: what was found, or why nothing was.
    QString message() const;
    bool isLoading() const { return m_loading; }
    const ContactPathResult &result() const { return m_result; }

Q_SIGNALS:
    // A load finished and the page shows its result.
    void contactLoaded();

private:
    void startLoad(const QString &contactId, const QString &instanceId);
    void onLoaded(quint64 generation, const ContactPathResult &result);
    void showResult();
    void showExecutions();
    void setMessage(const QString &text, bool warning);

    ContactPathModel *m_model = nullptr;
    QPointer<QWidget> m_widget;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_instanceCombo = nullptr;
    QLabel *m_instanceLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    ContactTimeline *m_timeline = nullptr;
    QTableView *m_stepView = nullptr;
    QListWidget *m_executionList = nullptr;
    QSplitter *m_splitter = nullptr;

    QString m_workspacePath;
    QTimeZone m_zone = QTimeZone::utc();
    ContactPathResult m_result;
    QString m_requestedContactId;
    QString m_requestedInstanceId;
    bool m_loading = false;

    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    QThread m_thread;
    ContactPathWorker *m_worker = nullptr;
};

} // namespace Flowscope
