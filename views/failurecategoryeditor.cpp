#include "failurecategoryeditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Flowscope {

namespace {

const QColor ErrorColour(0xB0, 0x00, 0x20);

} // namespace

FailureCategoryEditor::FailureCategoryEditor(QWidget *parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setToolTip(tr("The first category whose pattern matches a reason wins"));
    m_list->setMinimumHeight(80);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setPlaceholderText(tr("Category name"));
    m_patternEdit = new QLineEdit(this);
    m_patternEdit->setPlaceholderText(tr("Regular expression, such as (?i)time(d)? ?out"));
    m_patternEdit->setToolTip(
        tr("A Perl-compatible regular expression matched anywhere in the reason; case-sensitive "
           "unless it starts with (?i)"));

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_addButton = new QPushButton(tr("Add"), this);
    m_removeButton = new QPushButton(tr("Delete"), this);
    m_upButton = new QPushButton(tr("Move up"), this);
    m_downButton = new QPushButton(tr("Move down"), this);
    m_saveButton = new QPushButton(tr("Save categories"), this);
    m_saveButton->setToolTip(tr("Store the categories in the workspace and count again"));
    m_revertButton = new QPushButton(tr("Revert"), this);
    m_revertButton->setToolTip(tr("Discard the changes since the last save"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_nameEdit);
    form->addRow(tr("Pattern:"), m_patternEdit);

    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_addButton);
    editButtons->addWidget(m_removeButton);
    editButtons->addWidget(m_upButton);
    editButtons->addWidget(m_downButton);
    editButtons->addStretch(1);
    auto *saveButtons = new QHBoxLayout;
    saveButtons->addStretch(1);
    saveButtons->addWidget(m_revertButton);
    saveButtons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(editButtons);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(saveButtons);

    connect(m_list, &QListWidget::currentRowChanged, this,
            &FailureCategoryEditor::onCurrentRowChanged);
    connect(m_nameEdit, &QLineEdit::textEdited, this, &FailureCategoryEditor::onFieldEdited);
    connect(m_patternEdit, &QLineEdit::textEdited, this, &FailureCategoryEditor::onFieldEdited);
    connect(m_addButton, &QPushButton::clicked, this, &FailureCategoryEditor::addCategory);
    connect(m_removeButton, &QPushButton::clicked, this, &FailureCategoryEditor::removeCategory);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveCategory(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveCategory(1); });
    connect(m_revertButton, &QPushButton::clicked, this,
            [this] { setCategories(m_saved); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (!validationError().isEmpty())
            return;
        m_saving = true;
        m_saveError.clear();
        updateState();
        Q_EMIT saveRequested(m_categories);
    });

    refreshList(-1);
}

void FailureCategoryEditor::setCategories(const QList<FailureCategory> &categories)
{
    m_saved = categories;
    m_categories = categories;
    m_saveError.clear();
    refreshList(categories.isEmpty() ? -1 : 0);
}

void FailureCategoryEditor::setSaved(const QList<FailureCategory> &categories)
{
    m_saving = false;
    m_saved = categories;
    m_saveError.clear();
    updateState();
}

void FailureCategoryEditor::setSaveError(const QString &message)
{
    m_saving = false;
    m_saveError = message;
    updateState();
}

void FailureCategoryEditor::setEditable(bool editable)
{
    m_editable = editable;
    updateState();
}

QString FailureCategoryEditor::validationError() const
{
    // The selected category's problem comes first, because that is what the user is typing.
    const int current = m_list->currentRow();
    if (current >= 0 && current < m_categories.size()) {
        const QString problem = validateFailureCategory(m_categories.at(current));
        if (!problem.isEmpty())
            return problem;
    }
    for (const FailureCategory &category : m_categories) {
        const QString problem = validateFailureCategory(category);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

void FailureCategoryEditor::addCategory()
{
    m_categories.append({tr("Category %1").arg(m_categories.size() + 1), QString()});
    refreshList(int(m_categories.size()) - 1);
    m_patternEdit->setFocus(Qt::OtherFocusReason);
}

void FailureCategoryEditor::removeCategory()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_categories.size())
        return;
    m_categories.removeAt(row);
    refreshList(std::min(row, int(m_categories.size()) - 1));
}

void FailureCategoryEditor::moveCategory(int offset)
{
    const int row = m_list->currentRow();
    const int target = row + offset;
    if (row < 0 || target < 0 || target >= m_categories.size())
        return;
    m_categories.move(row, target);
    refreshList(target);
}

void FailureCategoryEditor::onCurrentRowChanged(int row)
{
    if (m_updating)
        return;
    m_updating = true;
    const bool valid = row >= 0 && row < m_categories.size();
    m_nameEdit->setText(valid ? m_categories.at(row).name : QString());
    m_patternEdit->setText(valid ? m_categories.at(row).pattern : QString());
    m_updating = false;
    updateState();
}

void FailureCategoryEditor::onFieldEdited()
{
    const int row = m_list->currentRow();
    if (m_updating || row < 0 || row >= m_categories.size())
        return;
    m_categories[row] = {m_nameEdit->text(), m_patternEdit->text()};
    m_list->item(row)->setText(itemText(m_categories.at(row)));
    m_saveError.clear();
    updateState();
}

void FailureCategoryEditor::refreshList(int currentRow)
{
    m_updating = true;
    m_list->clear();
    for (const FailureCategory &category : std::as_const(m_categories))
        m_list->addItem(itemText(category));
    m_list->setCurrentRow(currentRow);
    m_updating = false;
    onCurrentRowChanged(currentRow);
}

QString FailureCategoryEditor::itemText(const FailureCategory &category) const
{
    return tr("%1 — %2").arg(category.name, category.pattern);
}

void FailureCategoryEditor::updateState()
{
    const int row = m_list->currentRow();
    const bool selected = row >= 0 && row < m_categories.size();
    const QString problem = validationError();

    m_list->setEnabled(m_editable);
    m_addButton->setEnabled(m_editable);
    m_nameEdit->setEnabled(m_editable && selected);
    m_patternEdit->setEnabled(m_editable && selected);
    m_removeButton->setEnabled(m_editable && selected);
    m_upButton->setEnabled(m_editable && selected && row > 0);
    m_downButton->setEnabled(m_editable && selected && row < m_categories.size() - 1);
    m_saveButton->setEnabled(m_editable && !m_saving && isModified() && problem.isEmpty());
    m_revertButton->setEnabled(m_editable && !m_saving && isModified());

    // Each row shows whether its own pattern is valid.
    for (int i = 0; i < m_list->count() && i < m_categories.size(); ++i) {
        const bool invalid = !validateFailureCategory(m_categories.at(i)).isEmpty();
        m_list->item(i)->setForeground(invalid ? QBrush(ErrorColour) : QBrush());
    }

    QPalette palette = m_message->palette();
    if (!problem.isEmpty() || !m_saveError.isEmpty()) {
        palette.setColor(QPalette::WindowText, ErrorColour);
        m_message->setText(problem.isEmpty() ? m_saveError : problem);
    } else {
        palette.setColor(QPalette::WindowText,
                         QWidget::palette().color(QPalette::PlaceholderText));
        if (m_saving)
            m_message->setText(tr("Saving…"));
        else if (isModified())
            m_message->setText(tr("Unsaved changes. Save to count the reasons again."));
        else
            m_message->setText(tr("The first matching category wins; reasons that match none "
                                  "are uncategorised."));
    }
    m_message->setPalette(palette);
}

} // namespace Flowscope
