#include "testrundetails.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Flowscope {

namespace {

const QString TimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

TestRunDetails::TestRunDetails(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_body = new QWidget(this);
    m_fields = new QFormLayout;
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_reasons = new QLabel(m_body);
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasons->setTextFormat(Qt::PlainText);

    m_contacts = new QListWidget(m_body);
    m_contacts->setToolTip(tr("Double-click a contact to open its contact path"));
    m_contacts->setMinimumHeight(90);
    m_missingHint = new QLabel(m_body);
    m_missingHint->setWordWrap(true);

    m_openButton = new QPushButton(tr("Open contact path"), m_body);
    m_openButton->setEnabled(false);
    m_flowMapButton = new QPushButton(tr("Show on flow map"), m_body);
    m_flowMapButton->setToolTip(
        tr("Show the initiating flow of this execution and its contacts' paths on the flow map"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_flowMapButton);
    buttons->addStretch(1);

    // Fields on the left; reasons and contacts on the right, so that the
    // panel fits below a wide grid.
    auto *linksLayout = new QVBoxLayout;
    linksLayout->addWidget(sectionLabel(tr("Failure reasons"), m_body));
    linksLayout->addWidget(m_reasons);
    linksLayout->addSpacing(6);
    linksLayout->addWidget(sectionLabel(tr("Contacts of this run"), m_body));
    linksLayout->addWidget(m_contacts, 1);
    linksLayout->addWidget(m_missingHint);
    linksLayout->addLayout(buttons);

    auto *bodyLayout = new QHBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(m_fields, 1);
    bodyLayout->addSpacing(12);
    bodyLayout->addLayout(linksLayout, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_body, 1);
    layout->addStretch(0);

    connect(m_contacts, &QListWidget::itemActivated, this, &TestRunDetails::openContact);
    connect(m_contacts, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) {
                m_openButton->setEnabled(current && !current->data(MissingRole).toBool());
            });
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { openContact(m_contacts->currentItem()); });
    connect(m_flowMapButton, &QPushButton::clicked, this,
            [this] { Q_EMIT filterRequested(flowMapFilter()); });

    clear();
}

void TestRunDetails::clear()
{
    m_details = ExecutionDetails();
    m_testCaseName.clear();
    m_title->setText(tr("No run selected"));
    m_status->setText(tr("Click a cell of the grid to see that execution, its failure reasons "
                         "and the contacts it created."));
    m_status->show();
    m_body->hide();
}

void TestRunDetails::showLoading(const QString &testCaseName)
{
    m_title->setText(testCaseName);
    m_status->setText(tr("Reading the execution…"));
    m_status->show();
}

void TestRunDetails::showDetails(const QString &testCaseName, const ExecutionDetails &details)
{
    m_testCaseName = testCaseName;
    m_details = details;
    m_title->setText(testCaseName);

    if (!details.error.isEmpty() || !details.found) {
        m_status->setText(details.error.isEmpty()
                              ? tr("This execution is no longer in the workspace. Reload the "
                                   "page to see the current runs.")
                              : details.error);
        m_status->show();
        m_body->hide();
        return;
    }

    m_status->hide();
    showFields();
    fillContacts();
    m_body->show();
}

void TestRunDetails::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (m_details.found)
        showFields();
}

Filter TestRunDetails::flowMapFilter() const
{
    Filter filter;
    const QVariant flowId =
        m_details.columns.value(QStringLiteral("connect_test_case_initiating_flow_id"));
    if (!flowId.isNull())
        filter.flows = {flowId.toString()};

    // The run's contacts, so that the flow map shows their paths through the flow.
    for (const RunContact &contact : m_details.contacts.contacts)
        filter.contacts.append(contact.contactId);
    return filter;
}

QString TestRunDetails::timeText(const QVariant &ms) const
{
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), m_zone).toString(TimeFormat);
}

void TestRunDetails::clearFields()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
}

void TestRunDetails::addField(const QString &label, const QString &value, bool isNull)
{
    auto *field = new QLabel(m_body);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    field->setTextFormat(Qt::PlainText);
    if (isNull) {
        field->setText(tr("NULL"));
        QFont italic = field->font();
        italic.setItalic(true);
        field->setFont(italic);
        field->setForegroundRole(QPalette::PlaceholderText);
    } else {
        field->setText(value);
    }
    m_fields->addRow(label, field);
}

void TestRunDetails::showFields()
{
    clearFields();
    const QVariantMap &row = m_details.columns;
    auto addColumn = [&](const QString &label, const char *column) {
        const QVariant value = row.value(QLatin1String(column));
        addField(label, value.toString(), value.isNull());
    };

    addColumn(tr("Execution id"), "connect_test_case_execution_id");
    const QVariant start = row.value(QStringLiteral("connect_test_case_execution_start_timestamp"));
    const QVariant end = row.value(QStringLiteral("connect_test_case_execution_end_timestamp"));
    const QString zone = QString::fromUtf8(m_zone.id());
    addField(tr("Start (%1)").arg(zone), timeText(start), start.isNull());
    addField(tr("End (%1)").arg(zone), timeText(end), end.isNull());
    if (!start.isNull() && !end.isNull()) {
        const double seconds = double(end.toLongLong() - start.toLongLong()) / 1000.0;
        addField(tr("Duration"), tr("%1 s").arg(QString::number(seconds, 'f', 1)));
    }

    const QVariant result = row.value(QStringLiteral("connect_test_case_result"));
    addField(tr("Result"), result.isNull() ? tr("no result") : result.toString());
    addColumn(tr("Status"), "connect_test_case_status");
    addColumn(tr("Type"), "connect_test_case_type");
    addColumn(tr("Execution method"), "connect_test_case_execution_method");
    addColumn(tr("Channel"), "connect_test_case_execution_channel");
    addColumn(tr("Channel subtype"), "connect_test_case_execution_channel_subtype");

    const QVariant flowId = row.value(QStringLiteral("connect_test_case_initiating_flow_id"));
    if (!flowId.isNull() && !m_details.initiatingFlowName.isEmpty())
        addField(tr("Initiating flow"),
                 tr("%1 (%2)").arg(m_details.initiatingFlowName, flowId.toString()));
    else
        addField(tr("Initiating flow"), flowId.toString(), flowId.isNull());
    addColumn(tr("Instance"), "instance_id");
    addColumn(tr("Test case ARN"), "connect_test_case_resource_arn");

    const QVariant reasons = row.value(QStringLiteral("connect_test_case_failure_reasons"));
    if (reasons.isNull())
        m_reasons->setText(tr("None recorded (NULL)"));
    else if (m_details.failureReasons.isEmpty())
        m_reasons->setText(tr("None"));
    else
        m_reasons->setText(QStringLiteral("• ") +
                           m_details.failureReasons.join(QStringLiteral("\n• ")));
}

void TestRunDetails::fillContacts()
{
    m_contacts->clear();
    const RunContacts &contacts = m_details.contacts;
    for (const RunContact &contact : contacts.contacts) {
        const QString role = contact.initial ? tr("initial contact") : tr("associated contact");
        QString text;
        if (contact.isMissing())
            text = tr("%1 — %2, missing from this workspace").arg(contact.contactId, role);
        else
            text = tr("%1 — %2, flow events: %L3")
                       .arg(contact.contactId, role)
                       .arg(contact.flowEvents);

        auto *item = new QListWidgetItem(text, m_contacts);
        item->setData(ContactIdRole, contact.contactId);
        item->setData(MissingRole, contact.isMissing());
        if (contact.isMissing()) {
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
            item->setForeground(m_contacts->palette().color(QPalette::PlaceholderText));
            item->setToolTip(tr("The workspace holds no flow events of contact %1.")
                                 .arg(contact.contactId));
        } else {
            item->setToolTip(tr("Double-click to open the contact path of %1")
                                 .arg(contact.contactId));
        }
    }
    if (contacts.contacts.isEmpty())
        new QListWidgetItem(tr("This execution lists no contacts."), m_contacts);

    const qsizetype missing = contacts.missingCount();
    if (missing > 0) {
        const QVariant start =
            m_details.columns.value(QStringLiteral("connect_test_case_execution_start_timestamp"));
        const QString day =
            QDateTime::fromMSecsSinceEpoch(start.toLongLong(), m_zone).date().toString(Qt::ISODate);
        m_missingHint->setText(
            tr("Contacts missing from this workspace: %L1. Import the contact_flow_events "
               "export that covers %2 (File > Import Files) to see their paths.")
                .arg(missing)
                .arg(day));
        m_missingHint->show();
    } else {
        m_missingHint->hide();
    }
    m_openButton->setEnabled(false);
}

void TestRunDetails::openContact(QListWidgetItem *item)
{
    if (!item || item->data(MissingRole).toBool())
        return;
    const QString contactId = item->data(ContactIdRole).toString();
    if (!contactId.isEmpty())
        Q_EMIT contactRequested(contactId);
}

} // namespace Flowscope
