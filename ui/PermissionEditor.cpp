#include "PermissionEditor.h"

#include "Look.h"
#include "TokenSession.h"
#include "TokenStatus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

PermissionEditor::PermissionEditor(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("+ Add permission"), this))
    , m_note(new QLabel(this))
    , m_keptNote(new QLabel(this))
    , m_noPermissions(new QLabel(this)) {
    setObjectName(QStringLiteral("permissionEditor"));
    m_add->setObjectName(QStringLiteral("addPermissionButton"));
    m_add->setAccessibleName(tr("Add permission"));
    m_add->setAutoDefault(false);
    m_note->setObjectName(QStringLiteral("databasesNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    Look::setTone(m_note, Look::Tone::Warning);
    m_note->hide();
    m_keptNote->setObjectName(QStringLiteral("keptPermissionsNote"));
    m_keptNote->setWordWrap(true);
    m_keptNote->setTextFormat(Qt::PlainText);
    m_keptNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keptNote->hide();
    m_noPermissions->setObjectName(QStringLiteral("noPermissionsNote"));
    m_noPermissions->setWordWrap(true);
    m_noPermissions->setText(tr("This token has no permissions: it can neither read nor write "
                                "any database until permissions are added."));
    Look::setTone(m_noPermissions, Look::Tone::Warning);

    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_keptNote);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    layout->addWidget(m_noPermissions);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addBlankRow();
        m_rows.last().database->setFocus();
    });
    refreshRows();
}

void PermissionEditor::addBlankRow() {
    addRow({}, true, false);
    refreshRows();
    Q_EMIT changed();
}

void PermissionEditor::setNoPermissionsNoteShown(bool shown) {
    m_showNoPermissionsNote = shown;
    refreshRows();
}

void PermissionEditor::fillChoices(QComboBox *combo) const {
    const QString typed = combo->currentText();
    combo->blockSignals(true);
    combo->clear();
    combo->addItem(databaseDisplayName(PermissionNames::AllDatabases),
                   QString(PermissionNames::AllDatabases));
    for (const QString &name : m_databases)
        combo->addItem(name, name);
    const int index = combo->findText(typed);
    combo->setCurrentIndex(index);
    if (index < 0)
        combo->setEditText(typed);
    combo->blockSignals(false);
}

void PermissionEditor::setDatabases(const QStringList &names) {
    m_databases = names;
    m_note->hide();
    for (const Row &row : std::as_const(m_rows))
        fillChoices(row.database);
}

void PermissionEditor::loadDatabases(TokenSession *session) {
    connect(session, &TokenSession::databasesLoaded, this,
            [this](const QStringList &names, const ApiError &error) {
                if (error.isError())
                    setDatabasesUnavailable(errorText(error));
                else
                    setDatabases(names);
            });
    session->loadDatabases();
}

void PermissionEditor::setDatabasesUnavailable(const QString &reason) {
    m_note->setText(tr("The list of databases could not be loaded (%1). You can still type a "
                       "database name.")
                        .arg(reason));
    m_note->show();
}

void PermissionEditor::setPermissions(const QList<Permission> &permissions) {
    while (!m_rows.isEmpty())
        removeRow(m_rows.last().container);
    Token editable;
    m_kept.clear();
    for (const Permission &permission : permissions) {
        if (isReadOrWrite(permission))
            editable.permissions.append(permission);
        else if (!m_kept.contains(permission))
            m_kept.append(permission);
    }
    for (const QString &resource : tokenDatabases(editable)) {
        bool read = false;
        bool write = false;
        for (const Permission &permission : std::as_const(editable.permissions)) {
            if (permission.resource != resource)
                continue;
            read |= permission.action == PermissionNames::Read;
            write |= permission.action == PermissionNames::Write;
        }
        addRow(resource, read, write);
    }
    // Not understood, so not offered for editing, and sent back as they came.
    QStringList kept;
    for (const Permission &permission : std::as_const(m_kept))
        kept.append(QStringLiteral("  • %1: %2")
                        .arg(databaseDisplayName(permission.resource), permission.action));
    m_keptNote->setText(
        tr("Also on this token, kept as they are (Token Admin edits only Read and Write):\n%1")
            .arg(kept.join(QLatin1Char('\n'))));
    m_keptNote->setVisible(!m_kept.isEmpty());
    refreshRows();
}

void PermissionEditor::addRow(const QString &resource, bool read, bool write) {
    Row row;
    row.container = new QWidget(this);
    row.database = new QComboBox(row.container);
    row.database->setEditable(true);
    row.database->setInsertPolicy(QComboBox::NoInsert);
    row.database->setObjectName(QStringLiteral("permissionDatabase"));
    row.database->lineEdit()->setPlaceholderText(tr("Choose a database"));
    row.database->lineEdit()->setMaxLength(MaxDatabaseNameLength + 1);
    row.database->setMinimumWidth(220);
    fillChoices(row.database);
    const int index = row.database->findData(resource);
    row.database->setCurrentIndex(index);
    if (index < 0)
        row.database->setEditText(resource);

    row.read = new QCheckBox(tr("Read"), row.container);
    row.read->setObjectName(QStringLiteral("permissionRead"));
    row.read->setChecked(read);
    row.write = new QCheckBox(tr("Write"), row.container);
    row.write->setObjectName(QStringLiteral("permissionWrite"));
    row.write->setChecked(write);
    row.remove = new QToolButton(row.container);
    row.remove->setObjectName(QStringLiteral("removePermissionButton"));
    Look::setIcon(row.remove, QStringLiteral(":/icons/revoke.svg"));
    row.remove->setToolTip(tr("Remove this permission"));
    row.problem = new QLabel(row.container);
    row.problem->setObjectName(QStringLiteral("permissionProblem"));
    row.problem->setTextFormat(Qt::PlainText);
    Look::makeError(row.problem);
    row.problem->hide();

    auto *line = new QHBoxLayout;
    line->addWidget(row.database, 1);
    line->addWidget(row.read);
    line->addWidget(row.write);
    line->addWidget(row.remove);
    auto *rowLayout = new QVBoxLayout(row.container);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(2);
    rowLayout->addLayout(line);
    rowLayout->addWidget(row.problem);
    m_rowsLayout->addWidget(row.container);
    placeInTabOrder(row);
    m_rows.append(row);

    auto onChange = [this] {
        refreshRows();
        Q_EMIT changed();
    };
    connect(row.database, &QComboBox::currentTextChanged, this, onChange);
    connect(row.read, &QCheckBox::toggled, this, onChange);
    connect(row.write, &QCheckBox::toggled, this, onChange);
    QWidget *container = row.container;
    connect(row.remove, &QToolButton::clicked, this, [this, container] {
        removeRow(container);
        refreshRows();
        Q_EMIT changed();
    });
}

void PermissionEditor::placeInTabOrder(const Row &row) {
    // A new widget joins the end of its window's focus chain, after the dialog's buttons.
    // Insert the row after the last widget Tab reaches before "+ Add permission".
    QWidget *before = m_add->previousInFocusChain();
    while (before != m_add && !(before->focusPolicy() & Qt::TabFocus))
        before = before->previousInFocusChain();
    if (before == m_add)
        return;
    QWidget *previous = before;
    for (QWidget *widget :
         {static_cast<QWidget *>(row.database), static_cast<QWidget *>(row.read),
          static_cast<QWidget *>(row.write), static_cast<QWidget *>(row.remove)}) {
        setTabOrder(previous, widget);
        previous = widget;
    }
}

void PermissionEditor::removeRow(QWidget *container) {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).container == container) {
            m_rows.removeAt(i);
            break;
        }
    }
    container->hide();
    container->deleteLater();
}

QString PermissionEditor::resourceOf(const Row &row) const {
    const QString text = row.database->currentText().trimmed();
    const int index = row.database->findText(text);
    return index >= 0 ? row.database->itemData(index).toString() : text;
}

QString PermissionEditor::rowProblem(int index) const {
    const Row &row = m_rows.at(index);
    const QString resource = resourceOf(row);
    if (resource.isEmpty())
        return {}; // not a permission (yet): not sent
    if (resource.size() > MaxDatabaseNameLength)
        return tr("A database name has at most %1 characters.").arg(MaxDatabaseNameLength);
    if (!row.read->isChecked() && !row.write->isChecked())
        return tr("Choose Read, Write or both.");
    for (int other = 0; other < index; ++other)
        if (resourceOf(m_rows.at(other)) == resource)
            return tr("%1 already has a row above: combine them.")
                .arg(databaseDisplayName(resource));
    return {};
}

void PermissionEditor::refreshRows() {
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QString problem = rowProblem(i);
        row.problem->setText(problem);
        row.problem->setVisible(!problem.isEmpty());
        // Numbered by place, so that after a removal a screen reader hears 1, 2, 3 again.
        const int number = i + 1;
        row.database->setAccessibleName(tr("Database of permission %1").arg(number));
        // The editable box's text field is a control of its own for a screen reader.
        row.database->lineEdit()->setAccessibleName(row.database->accessibleName());
        row.read->setAccessibleName(tr("Read permission %1").arg(number));
        row.write->setAccessibleName(tr("Write permission %1").arg(number));
        row.remove->setAccessibleName(tr("Remove permission %1").arg(number));
    }
    m_noPermissions->setVisible(m_showNoPermissionsNote && isEmpty());
}

bool PermissionEditor::focusFirstRow() {
    if (m_rows.isEmpty())
        return false;
    m_rows.first().database->setFocus(Qt::OtherFocusReason);
    return true;
}

bool PermissionEditor::validate(QString *problem) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString rowText = rowProblem(i);
        if (!rowText.isEmpty()) {
            if (problem)
                *problem = tr("Permission %1: %2").arg(i + 1).arg(rowText);
            return false;
        }
    }
    return true;
}

QList<Permission> PermissionEditor::permissions() const {
    QList<Permission> result;
    for (const Row &row : m_rows) {
        const QString resource = resourceOf(row);
        if (resource.isEmpty())
            continue;
        if (row.read->isChecked())
            result.append({QString(PermissionNames::Read), resource});
        if (row.write->isChecked())
            result.append({QString(PermissionNames::Write), resource});
    }
    return result + m_kept;
}
