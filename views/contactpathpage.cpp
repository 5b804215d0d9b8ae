#include "contactpathpage.h"

#include "contacttimeline.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcContactPath, "flowscope.views.contactpath", QtWarningMsg)

namespace Flowscope {

namespace {

QStringList contactInstances(Workspace &workspace, const QString &contactId, QString *error)
{
    SqliteStatement query(workspace.handle(),
                          QStringLiteral("SELECT DISTINCT instance_id FROM contact_flow_events "
                                         "WHERE contact_id = ? ORDER BY instance_id"));
    query.bind({contactId});
    QStringList instances;
    while (query.next())
        instances.append(query.text(0));
    *error = query.error();
    return instances;
}

} // namespace

// --- ContactPathWorker ---

ContactPathWorker::ContactPathWorker(std::shared_ptr<std::atomic<quint64>> latestGeneration)
    : m_latestGeneration(std::move(latestGeneration))
{}

ContactPathWorker::~ContactPathWorker() = default;

bool ContactPathWorker::openWorkspace(const QString &path, QString *error)
{
    if (m_workspace && m_workspace->isOpen() && m_workspace->path() == path)
        return true;
    m_workspace = std::make_unique<Workspace>();
    if (m_workspace->open(path, Workspace::OpenMode::ReadOnly, error))
        return true;
    m_workspace.reset();
    return false;
}

void ContactPathWorker::load(quint64 generation, const QString &workspacePath,
                             const QString &contactId, const QString &instanceId)
{
    // A newer search makes the ones still queued pointless.
    if (generation != m_latestGeneration->load())
        return;

    ContactPathResult result;
    result.contactId = contactId;
    QString error;
    if (!openWorkspace(workspacePath, &error)) {
        result.error = tr("The workspace %1 could not be opened to read contact %2: %3")
                           .arg(workspacePath, contactId, error);
        qCWarning(lcContactPath).noquote() << result.error;
        Q_EMIT loaded(generation, result);
        return;
    }

    result.instances = contactInstances(*m_workspace, contactId, &error);
    if (!error.isEmpty()) {
        result.error = tr("Reading the instances of contact %1 failed: %2").arg(contactId, error);
        qCWarning(lcContactPath).noquote() << result.error;
        Q_EMIT loaded(generation, result);
        return;
    }

    // Without a choice, or with one the contact does not occur in, the first
    // instance in id order is shown and the others are offered.
    result.instanceId =
        result.instances.contains(instanceId) ? instanceId : result.instances.value(0);

    if (!result.instanceId.isEmpty()) {
        result.path = loadContactPath(*m_workspace, contactId, result.instanceId);
        result.error = result.path.error;
        result.names = loadFlowNames(*m_workspace);
        result.executions = queryContactExecutions(*m_workspace, contactId);
    }
    Q_EMIT loaded(generation, result);
}

// --- ContactPathPage ---

ContactPathPage::ContactPathPage(QObject *parent)
    : Page(parent), m_model(new ContactPathModel(this)),
      m_latestGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    m_widget = new QWidget;

    m_searchEdit = new QLineEdit(m_widget);
    m_searchEdit->setPlaceholderText(tr("Contact id or contact ARN"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setToolTip(tr("Type or paste a contact id and press Enter"));
    auto *searchButton = new QPushButton(tr("Show path"), m_widget);
    m_instanceLabel = new QLabel(tr("Instance:"), m_widget);
    m_instanceCombo = new QComboBox(m_widget);
    m_instanceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_instanceCombo->setToolTip(tr("This contact id occurs in more than one instance"));
    m_instanceLabel->setBuddy(m_instanceCombo);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(new QLabel(tr("Contact:"), m_widget));
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(searchButton);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_instanceLabel);
    searchRow->addWidget(m_instanceCombo);

    m_messageLabel = new QLabel(m_widget);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_timeline = new ContactTimeline;
    m_timeline->setModel(m_model);
    auto *timelineArea = new QScrollArea(m_widget);
    timelineArea->setWidget(m_timeline);
    timelineArea->setWidgetResizable(true);
    timelineArea->setFrameShape(QFrame::NoFrame);

    m_stepView = new QTableView(m_widget);
    m_stepView->setModel(m_model);
    m_stepView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stepView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_stepView->setAlternatingRowColors(true);
    m_stepView->setWordWrap(false);
    m_stepView->verticalHeader()->setDefaultSectionSize(m_stepView->fontMetrics().height() + 8);
    m_stepView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_stepView->horizontalHeader()->setStretchLastSection(true);

    auto *executionTitle = new QLabel(tr("Created by test executions"), m_widget);
    QFont bold = executionTitle->font();
    bold.setBold(true);
    executionTitle->setFont(bold);
    m_executionList = new QListWidget(m_widget);
    m_executionList->setMaximumHeight(m_executionList->fontMetrics().height() * 3 + 12);
    auto *executionPane = new QWidget(m_widget);
    auto *executionLayout = new QVBoxLayout(executionPane);
    executionLayout->setContentsMargins(0, 0, 0, 0);
    executionLayout->addWidget(executionTitle);
    executionLayout->addWidget(m_executionList);

    m_splitter = new QSplitter(Qt::Vertical, m_widget);
    auto *splitter = m_splitter;
    splitter->addWidget(timelineArea);
    splitter->addWidget(m_stepView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(m_widget);
    layout->addLayout(searchRow);
    layout->addWidget(m_messageLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(executionPane);

    m_worker = new ContactPathWorker(m_latestGeneration);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ContactPathWorker::loaded, this, &ContactPathPage::onLoaded);
    m_thread.setObjectName(QStringLiteral("contact-path"));
    m_thread.start();

    connect(m_searchEdit, &QLineEdit::returnPressed, this,
            [this] { search(m_searchEdit->text()); });
    connect(searchButton, &QPushButton::clicked, this, [this] { search(m_searchEdit->text()); });
    connect(m_instanceCombo, &QComboBox::activated, this,
            [this](int index) { chooseInstance(m_instanceCombo->itemText(index)); });
    connect(m_timeline, &ContactTimeline::stepClicked, m_stepView, &QTableView::selectRow);
    connect(m_stepView->selectionModel(), &QItemSelectionModel::currentRowChanged, m_timeline,
            [this](const QModelIndex &current) { m_timeline->setCurrentStep(current.row()); });

    showResult();
}

ContactPathPage::~ContactPathPage()
{
    m_latestGeneration->store(m_generation + 1);
    m_thread.quit();
    m_thread.wait();

    // The widget belongs to the main window once shown; otherwise it is ours.
    if (m_widget && !m_widget->parent())
        delete m_widget;
}

QWidget *ContactPathPage::widget() const
{
    return m_widget;
}

void ContactPathPage::setWorkspacePath(const QString &path)
{
    m_workspacePath = path;
    m_result = {};
    m_requestedContactId.clear();
    m_requestedInstanceId.clear();
    ++m_generation;
    m_latestGeneration->store(m_generation);
    m_loading = false;
    m_searchEdit->clear();
    showResult();
}

void ContactPathPage::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_model->setDisplayTimeZone(zone);
    m_timeline->update();
}

void ContactPathPage::reload()
{
    if (!m_requestedContactId.isEmpty())
        startLoad(m_requestedContactId, m_requestedInstanceId);
}

QString ContactPathPage::statusText() const
{
    if (m_workspacePath.isEmpty() || m_result.path.steps.isEmpty())
        return {};
    return tr("Contact %1: %n flow event(s)", nullptr, int(m_result.path.steps.size()))
        .arg(m_result.contactId);
}

void ContactPathPage::copySelection()
{
    const QModelIndexList rows = m_stepView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;

    QStringList lines;
    QStringList header;
    for (int column = 0; column < m_model->columnCount(); ++column)
        header.append(m_model->headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(QLatin1Char('\t')));
    QList<int> rowNumbers;
    for (const QModelIndex &row : rows)
        rowNumbers.append(row.row());
    std::sort(rowNumbers.begin(), rowNumbers.end());
    for (const int row : std::as_const(rowNumbers)) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells.append(m_model->index(row, column).data().toString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void ContactPathPage::focusFilter()
{
    m_searchEdit->setFocus();
    m_searchEdit->selectAll();
}

bool ContactPathPage::showContact(const QString &contactId)
{
    m_searchEdit->setText(contactId);
    search(contactId);
    return true;
}

void ContactPathPage::search(const QString &text)
{
    const ContactReference reference = parseContactReference(text);
    if (reference.contactId != m_searchEdit->text())
        m_searchEdit->setText(reference.contactId);
    if (reference.contactId.isEmpty()) {
        setMessage(tr("Type or paste a contact id to see its path."), false);
        return;
    }
    startLoad(reference.contactId, reference.instanceId);
}

void ContactPathPage::chooseInstance(const QString &instanceId)
{
    if (m_result.contactId.isEmpty() || instanceId == m_result.instanceId)
        return;
    startLoad(m_result.contactId, instanceId);
}

void ContactPathPage::startLoad(const QString &contactId, const QString &instanceId)
{
    m_requestedContactId = contactId;
    m_requestedInstanceId = instanceId;
    if (m_workspacePath.isEmpty()) {
        setMessage(tr("Open a workspace to see the path of contact %1.").arg(contactId), true);
        return;
    }

    ++m_generation;
    m_latestGeneration->store(m_generation);
    m_loading = true;
    setMessage(tr("Reading the flow events of contact %1…").arg(contactId), false);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation = m_generation, path = m_workspacePath, contactId,
                   instanceId] { worker->load(generation, path, contactId, instanceId); });
}

void ContactPathPage::onLoaded(quint64 generation, const ContactPathResult &result)
{
    if (generation != m_generation)
        return;

    m_loading = false;
    m_result = result;
    if (!result.error.isEmpty())
        Q_EMIT failed(result.error);
    showResult();
    Q_EMIT statusChanged();
    Q_EMIT contactLoaded();
}

void ContactPathPage::showResult()
{
    m_model->setPath(m_result.path, m_result.names);
    m_stepView->resizeColumnsToContents();

    // The timeline gets the height of all its rows while that leaves the
    // step list at least a third of the space.
    const int available = m_splitter->height();
    const int timelineHeight = std::min(m_timeline->sizeHint().height() + 4, available * 2 / 3);
    m_splitter->setSizes({timelineHeight, available - timelineHeight});

    m_instanceCombo->clear();
    m_instanceCombo->addItems(m_result.instances);
    m_instanceCombo->setCurrentText(m_result.instanceId);
    const bool severalInstances = m_result.instances.size() > 1;
    m_instanceCombo->setVisible(severalInstances);
    m_instanceLabel->setVisible(severalInstances);
    showExecutions();

    if (m_workspacePath.isEmpty()) {
        setMessage(tr("Open a workspace, then type or paste a contact id, or choose "
                      "\"Open contact\" on any row that names a contact."),
                   false);
    } else if (m_result.contactId.isEmpty()) {
        setMessage(tr("Type or paste a contact id, or choose \"Open contact\" on any row that "
                      "names a contact."),
                   false);
    } else if (!m_result.error.isEmpty()) {
        setMessage(m_result.error, true);
    } else if (m_result.instances.isEmpty()) {
        setMessage(tr("No flow events of contact %1 are in this workspace. Check the id and the "
                      "instance it belongs to, or import the contact_flow_events export that "
                      "holds its flow events.")
                       .arg(m_result.contactId),
                   true);
    } else if (m_result.instanceId != m_requestedInstanceId && !m_requestedInstanceId.isEmpty()) {
        setMessage(tr("Contact %1 has no flow events in instance %2; showing instance %3.")
                       .arg(m_result.contactId, m_requestedInstanceId, m_result.instanceId),
                   true);
    } else {
        QString text = tr("Contact %1: %n flow event(s)", nullptr, int(m_result.path.steps.size()))
                           .arg(m_result.contactId);
        if (severalInstances) {
            text += QStringLiteral("  ·  ") +
                    tr("The id occurs in %n instance(s); choose one beside the search box.",
                       nullptr, int(m_result.instances.size()));
        }
        setMessage(text, false);
    }
}

void ContactPathPage::showExecutions()
{
    m_executionList->clear();
    if (m_result.contactId.isEmpty() || m_result.instances.isEmpty())
        return;
    if (!m_result.executions.ok()) {
        m_executionList->addItem(m_result.executions.error);
        return;
    }
    if (m_result.executions.executions.isEmpty()) {
        m_executionList->addItem(tr("None: no test execution in this workspace lists this "
                                    "contact."));
        return;
    }

    for (const ContactExecution &execution : m_result.executions.executions) {
        const QString result = execution.result.isNull() ? tr("no result") : execution.result;
        const QString role = execution.initial ? tr("initial contact") : tr("associated contact");
        auto *item = new QListWidgetItem(tr("%1 · %2 · %3 · execution %4 · %5")
                                             .arg(formatTimestamp(execution.key.startMs, m_zone),
                                                  execution.testCaseName, result,
                                                  execution.key.executionId, role));
        item->setToolTip(plainTextToolTip(execution.key.testCaseArn));
        m_executionList->addItem(item);
    }
}

void ContactPathPage::setMessage(const QString &text, bool warning)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(warning ? QStringLiteral("color: #b02828;") : QString());
}

QString ContactPathPage::message() const
{
    return m_messageLabel->text();
}

QStringList ContactPathPage::exportViews() const
{
    if (m_result.path.steps.isEmpty())
        return {};
    return {QStringLiteral("flow-events")};
}

Filter ContactPathPage::exportFilter() const
{
    Filter filter;
    if (m_result.contactId.isEmpty())
        return filter;
    filter.contactId = {m_result.contactId, TextMatch::Exact};
    if (!m_result.instanceId.isEmpty())
        filter.instances = {m_result.instanceId};
    return filter;
}

QList<const Renderable *> ContactPathPage::exportGraphics() const
{
    if (m_result.path.steps.isEmpty())
        return {};
    return {m_timeline};
}

} // namespace Flowscope
