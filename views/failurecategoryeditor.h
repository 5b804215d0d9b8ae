#pragma once

#include "failurereasons.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Flowscope {

// Edits the failure reason categories: add, rename, change the pattern,
// delete and reorder, with every pattern validated as it is typed. The
// first category whose pattern matches a reason wins, so the order matters.
// Edits stay local until Save, which requests them to be stored; the page
// reports back with setSaved() or setSaveError().
class FailureCategoryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FailureCategoryEditor(QWidget *parent = nullptr);

    // Shows the stored categories and discards local edits.
    void setCategories(const QList<FailureCategory> &categories);
    // The categories as edited, in order.
    QList<FailureCategory> categories() const { return m_categories; }
    bool isModified() const { return m_categories != m_saved; }

    // Reports the outcome of a save that saveRequested started.
    void setSaved(const QList<FailureCategory> &categories);
    void setSaveError(const QString &message);
    // Disables editing while no workspace is open.
    void setEditable(bool editable);

    // The first problem of the edited categories, empty when all are valid.
    QString validationError() const;

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_nameEdit; }
    QLineEdit *patternEdit() const { return m_patternEdit; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QPushButton *upButton() const { return m_upButton; }
    QPushButton *downButton() const { return m_downButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *revertButton() const { return m_revertButton; }

Q_SIGNALS:
    void saveRequested(const QList<Flowscope::FailureCategory> &categories);

private:
    void addCategory();
    void removeCategory();
    void moveCategory(int offset);
    void onCurrentRowChanged(int row);
    void onFieldEdited();
    void refreshList(int currentRow);
    void updateState();
    QString itemText(const FailureCategory &category) const;

    QListWidget *m_list = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_patternEdit = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QList<FailureCategory> m_categories;
    QList<FailureCategory> m_saved;
    QString m_saveError;
    bool m_editable = true;
    bool m_saving = false;
    bool m_updating = false;
};

} // namespace Flowscope
