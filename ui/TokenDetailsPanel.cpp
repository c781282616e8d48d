#include "TokenDetailsPanel.h"

#include "DisplayText.h"
#include "Look.h"
#include "Rfc3339.h"
#include "TokenStatus.h"
#include "TokenTableModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString dateTimeText(const QDateTime &dateTime, const QString &none) {
    if (!dateTime.isValid())
        return none;
    return QStringLiteral("%1  (%2)")
        .arg(TokenTableModel::displayDateTime(dateTime), formatRfc3339(dateTime));
}

} // namespace

TokenDetailsPanel::TokenDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(tr("Select a token to see its details."), this))
    , m_fields(new QWidget(this))
    , m_permissions(new QTableWidget(0, 4, this)) {
    setObjectName(QStringLiteral("detailsPanel"));
    setAccessibleName(tr("Token details"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto *title = new QLabel(tr("Token details"), m_fields);
    Look::makeHeading(title, 1.15);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_status = addField(form, tr("Status"), QStringLiteral("detailsStatus"));
    m_description = addField(form, tr("Description"), QStringLiteral("detailsDescription"));

    m_id = new QLabel(m_fields);
    m_id->setObjectName(QStringLiteral("detailsId"));
    m_id->setTextFormat(Qt::PlainText);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_id->setWordWrap(true);
    m_copyId = new QToolButton(m_fields);
    m_copyId->setObjectName(QStringLiteral("detailsCopyId"));
    Look::setIcon(m_copyId, QStringLiteral(":/icons/copy.svg"));
    m_copyId->setToolTip(tr("Copy token ID"));
    m_copyId->setAccessibleName(tr("Copy token ID"));
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copyId, 0, Qt::AlignTop);
    auto *idLabel = new QLabel(tr("Token ID"), m_fields);
    idLabel->setBuddy(m_id);
    // Read as the ID itself (a value never carries its caption as its name).
    m_id->setAccessibleDescription(tr("Token ID"));
    // Focus given to the panel lands on the ID (the panel itself draws no focus), and Tab
    // reaches it from the table.
    m_id->setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_id);
    form->addRow(idLabel, idRow);

    m_created = addField(form, tr("Created"), QStringLiteral("detailsCreated"));
    m_expires = addField(form, tr("Expires"), QStringLiteral("detailsExpires"));
    m_revoked = addField(form, tr("Revoked"), QStringLiteral("detailsRevoked"));

    m_permissions->setObjectName(QStringLiteral("detailsPermissions"));
    m_permissions->setAccessibleName(tr("Permissions"));
    // "Other" appears only for a token whose server sent actions beyond read and write.
    m_permissions->setHorizontalHeaderLabels(
        {tr("Database"), tr("Read"), tr("Write"), tr("Other")});
    m_permissions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_permissions->columnCount(); ++column)
        m_permissions->horizontalHeader()->setSectionResizeMode(column,
                                                                QHeaderView::ResizeToContents);
    m_permissions->verticalHeader()->hide();
    m_permissions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_permissions->setSelectionMode(QAbstractItemView::NoSelection);
    m_permissions->setFocusPolicy(Qt::TabFocus);
    m_permissions->setTabKeyNavigation(false); // Tab moves on; arrows move within

    auto *fieldsLayout = new QVBoxLayout(m_fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(title);
    fieldsLayout->addLayout(form);
    // A rotation left at "Later": the old token still works until it is revoked.
    m_rotation = new QLabel(m_fields);
    m_rotation->setObjectName(QStringLiteral("detailsPendingRotation"));
    m_rotation->setTextFormat(Qt::PlainText);
    m_rotation->setWordWrap(true);
    Look::setTone(m_rotation, Look::Tone::Warning, true);
    m_finishRotation = new QPushButton(tr("Revoke the old token…"), m_fields);
    m_finishRotation->setObjectName(QStringLiteral("detailsFinishRotation"));
    m_finishRotation->setAccessibleName(tr("Revoke the old token to finish the rotation"));
    Look::setIcon(m_finishRotation, QStringLiteral(":/icons/revoke.svg"));
    fieldsLayout->addWidget(m_rotation);
    fieldsLayout->addWidget(m_finishRotation, 0, Qt::AlignLeft);
    m_rotation->hide();
    m_finishRotation->hide();
    connect(m_finishRotation, &QPushButton::clicked, this,
            [this] { Q_EMIT finishRotationRequested(m_tokenId); });
    auto *permissionsLabel = new QLabel(tr("Permissions"), m_fields);
    permissionsLabel->setBuddy(m_permissions);
    fieldsLayout->addWidget(permissionsLabel);
    fieldsLayout->addWidget(m_permissions, 1);
    connect(m_permissions, &QTableWidget::cellClicked, this,
            [this](int row, int column) { openDatabase(row, column); });
    connect(m_permissions, &QTableWidget::cellActivated, this,
            [this](int row, int column) { openDatabase(row, column); });

    // The risk flags, spelled out: what makes this token worth a second look.
    m_flags = new QLabel(m_fields);
    m_flags->setObjectName(QStringLiteral("detailsFlags"));
    m_flags->setTextFormat(Qt::PlainText);
    m_flags->setWordWrap(true);
    m_flags->setAccessibleDescription(tr("Flags"));
    fieldsLayout->addWidget(m_flags);

    // What is seen: the ID, its copy button, then the permissions.
    setTabOrder(m_id, m_copyId);
    setTabOrder(m_copyId, m_finishRotation);
    setTabOrder(m_finishRotation, m_permissions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_fields);

    connect(m_copyId, &QToolButton::clicked, this, [this] { Q_EMIT copyIdRequested(m_tokenId); });
    showToken(nullptr, TokenStatus::Active, {});
}

void TokenDetailsPanel::focusId() {
    if (m_tokenId.isEmpty())
        return;
    m_id->setFocus(Qt::OtherFocusReason);
    m_id->setSelection(0, int(m_id->text().size()));
}

QLabel *TokenDetailsPanel::addField(QFormLayout *form, const QString &label,
                                    const QString &objectName) {
    auto *value = new QLabel(m_fields);
    value->setObjectName(objectName);
    // Read as the value itself; the caption is its buddy and its description.
    value->setAccessibleDescription(label);
    // Server text is shown literally: a description of "<b>x</b>" must not turn bold.
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *name = new QLabel(label, m_fields);
    name->setBuddy(value);
    form->addRow(name, value);
    return value;
}

void TokenDetailsPanel::openDatabase(int row, int column) {
    const QTableWidgetItem *item = m_permissions->item(row, 0);
    if (column != 0 || !item)
        return;
    const QString resource = item->data(Qt::UserRole).toString();
    if (resource != PermissionNames::AllDatabases)
        Q_EMIT databaseChosen(resource);
}

void TokenDetailsPanel::showPendingRotation(const QString &text) {
    m_rotation->setText(text);
    m_rotation->setAccessibleName(text);
    m_rotation->setVisible(!text.isEmpty() && !m_tokenId.isEmpty());
    m_finishRotation->setVisible(m_rotation->isVisible());
}

void TokenDetailsPanel::setFlagsNote(const QString &note) {
    m_flagsNote = note;
}

void TokenDetailsPanel::showToken(const Token *token, TokenStatus status, TokenFlags flags) {
    m_placeholder->setVisible(!token);
    m_fields->setVisible(token);
    m_tokenId = token ? token->id : QString();
    if (!token)
        return;

    m_status->setText(tokenStatusText(status));
    // Each flag as the sentence that says why it matters.
    QStringList sentences;
    if (status == TokenStatus::Disabled)
        sentences.append(tr("It was disabled: it has no permissions now, and Re-enable gives "
                            "back the ones it had."));
    for (TokenFlag flag : AllTokenFlags) {
        if (flags.testFlag(flag))
            sentences.append(tokenFlagSentence(flag));
    }
    if (!m_flagsNote.isEmpty())
        sentences.append(m_flagsNote);
    m_flags->setText(sentences.join(QLatin1Char('\n')));
    m_flags->setAccessibleName(m_flags->text());
    m_flags->setVisible(!sentences.isEmpty());
    m_description->setText(DisplayText::singleLine(token->description, 2000));
    m_id->setText(token->id);
    m_created->setText(dateTimeText(token->createdAt, tr("Unknown")));
    m_expires->setText(dateTimeText(token->expiresAt, tr("Does not expire")));
    m_revoked->setText(dateTimeText(token->revokedAt, tr("Not revoked")));

    const QStringList databases = tokenDatabases(*token);
    m_permissions->setRowCount(int(databases.size()));
    bool anyOther = false;
    for (int row = 0; row < databases.size(); ++row) {
        const QString &resource = databases.at(row);
        bool read = false;
        bool write = false;
        QStringList other;
        for (const Permission &permission : token->permissions) {
            if (permission.resource != resource)
                continue;
            read |= permission.action == PermissionNames::Read;
            write |= permission.action == PermissionNames::Write;
            if (!isReadOrWrite(permission) && !other.contains(permission.action))
                other.append(permission.action);
        }
        anyOther = anyOther || !other.isEmpty();
        // A database is a link to the tokens that can reach it ("*" reaches them all).
        auto *database = new QTableWidgetItem(databaseDisplayName(resource));
        database->setData(Qt::UserRole, resource);
        if (resource != PermissionNames::AllDatabases) {
            QFont link = m_permissions->font();
            link.setUnderline(true);
            // Underlined in the text's own colour: a link colour of a theme may not read on
            // its base (the contrast test measures it), and the text's always does.
            database->setFont(link);
            database->setToolTip(
                tr("Show the tokens that can reach %1").arg(DisplayText::isolated(resource)));
        }
        m_permissions->setItem(row, 0, database);
        m_permissions->setItem(row, 1, new QTableWidgetItem(read ? tr("Yes") : tr("No")));
        m_permissions->setItem(row, 2, new QTableWidgetItem(write ? tr("Yes") : tr("No")));
        m_permissions->setItem(
            row, 3,
            new QTableWidgetItem(DisplayText::singleLine(other.join(QLatin1String(", ")), 200)));
    }
    m_permissions->setColumnHidden(3, !anyOther);
}
