#pragma once

#include "filter.h"
#include "testanalyticsjobs.h"

#include <QTimeZone>
#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Flowscope {

// The details of one test execution: its fields, its failure reasons and its
// contacts (Run to contacts). Activating a contact that the workspace contains
// requests its contact path; contacts without flow events are listed as
// missing, with a hint to import the matching flow events.
class TestRunDetails : public QWidget
{
    Q_OBJECT

public:
    // The item data role of a contact row holding its contact id.
    static constexpr int ContactIdRole = Qt::UserRole + 1;
    // True on a contact row whose contact has no flow events in the workspace.
    static constexpr int MissingRole = Qt::UserRole + 2;

    explicit TestRunDetails(QWidget *parent = nullptr);

    // Shows a prompt to select a run.
    void clear();
    void showLoading(const QString &testCaseName);
    void showDetails(const QString &testCaseName, const ExecutionDetails &details);
    void setDisplayTimeZone(const QTimeZone &zone);

    // The filter that "Show on flow map" requests for the shown execution.
    Filter flowMapFilter() const;

    QListWidget *contactList() const { return m_contacts; }
    QPushButton *flowMapButton() const { return m_flowMapButton; }
    QLabel *missingHint() const { return m_missingHint; }

Q_SIGNALS:
    void contactRequested(const QString &contactId);
    void filterRequested(const Flowscope::Filter &filter);

private:
    void addField(const QString &label, const QString &value, bool isNull = false);
    void clearFields();
    void showFields();
    void fillContacts();
    void openContact(QListWidgetItem *item);
    QString timeText(const QVariant &ms) const;

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_body = nullptr;
    QFormLayout *m_fields = nullptr;
    QLabel *m_reasons = nullptr;
    QListWidget *m_contacts = nullptr;
    QLabel *m_missingHint = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_flowMapButton = nullptr;
    QString m_testCaseName;
    ExecutionDetails m_details;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace Flowscope
