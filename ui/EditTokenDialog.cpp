#include "EditTokenDialog.h"

#include "DisplayText.h"
#include "Look.h"
#include "PermissionEditor.h"
#include "TokenSession.h"
#include "TokenStatus.h"
#include "TokenTableModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QString listed(const QList<Permission> &permissions) {
    QStringList lines;
    for (const Permission &permission : permissions)
        lines.append(QStringLiteral("  • %1: %2")
                         .arg(databaseDisplayName(permission.resource), permission.action));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

EditTokenDialog::EditTokenDialog(TokenSession *session, const Token &token, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_token(token)
    , m_pages(new QStackedWidget(this))
    , m_description(new QLineEdit(this))
    , m_descriptionProblem(new QLabel(this))
    , m_permissions(new PermissionEditor(this))
    , m_summary(new QLabel(this))
    , m_serverChanged(new QLabel(this))
    , m_error(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_reviewButton(new QPushButton(tr("Save Changes…"), this))
    , m_backButton(new QPushButton(tr("Back"), this))
    , m_saveButton(new QPushButton(tr("Save Changes"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("editTokenDialog"));
    setWindowTitle(tr("Edit Database Token"));
    setMinimumWidth(600);

    auto *heading = new QLabel(tr("Edit Database Token"), this);
    Look::makeHeading(heading);

    // Page 1: the form.
    auto *formPage = new QWidget(m_pages);
    m_description->setObjectName(QStringLiteral("descriptionField"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setText(token.description);
    m_descriptionProblem->setObjectName(QStringLiteral("descriptionProblem"));
    m_descriptionProblem->setText(tr("A description is required."));
    Look::makeError(m_descriptionProblem);
    m_descriptionProblem->hide();
    auto *expiry = new QLineEdit(formPage);
    expiry->setObjectName(QStringLiteral("expiryField"));
    expiry->setAccessibleName(tr("Expiration date (cannot be changed)"));
    Look::makeReadOnly(expiry);
    expiry->setText(token.expires() ? TokenTableModel::displayDateTime(token.expiresAt)
                                    : tr("Does not expire"));
    expiry->setToolTip(tr("The Management API cannot change a token's expiry."));
    auto *idLabel = new QLabel(token.id, formPage);
    idLabel->setTextFormat(Qt::PlainText);
    idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Token ID"), idLabel);
    auto *descriptionColumn = new QVBoxLayout;
    descriptionColumn->addWidget(m_description);
    descriptionColumn->addWidget(m_descriptionProblem);
    auto *descriptionLabel = new QLabel(tr("&Description*"), formPage);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, descriptionColumn);
    form->addRow(tr("Expiration"), expiry);
    auto *permissionsTitle =
        new QLabel(tr("Permissions (saving replaces the whole set)"), formPage);
    QFont bold = permissionsTitle->font();
    bold.setBold(true);
    permissionsTitle->setFont(bold);
    // Created after the rows' editor, it would come after the buttons for Tab.
    setTabOrder(m_description, expiry);
    m_permissions->setPermissions(token.permissions);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addWidget(permissionsTitle);
    formLayout->addWidget(m_permissions);
    formLayout->addStretch(1);

    // Page 2: what will change.
    auto *reviewPage = new QWidget(m_pages);
    auto *reviewTitle = new QLabel(tr("Review the changes"), reviewPage);
    reviewTitle->setFont(bold);
    m_summary->setObjectName(QStringLiteral("changeSummary"));
    // Read as what it says; "Changes to save" is what it is.
    m_summary->setAccessibleDescription(tr("Changes to save"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *reviewLayout = new QVBoxLayout(reviewPage);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    reviewLayout->addWidget(reviewTitle);
    reviewLayout->addWidget(m_summary);
    reviewLayout->addStretch(1);

    m_pages->addWidget(formPage);
    m_pages->addWidget(reviewPage);

    m_serverChanged->setObjectName(QStringLiteral("serverChangedNote"));
    m_serverChanged->setTextFormat(Qt::PlainText);
    m_serverChanged->setWordWrap(true);
    Look::setTone(m_serverChanged, Look::Tone::Warning, true);
    m_serverChanged->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverChanged->hide();
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    Look::makeError(m_error);
    m_error->hide();
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumSize(120, 14);
    m_busy->setTextVisible(false);
    m_busy->hide();

    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAutoDefault(false);
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    m_reviewButton->setAccessibleName(tr("Save Changes"));
    m_reviewButton->setDefault(true);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setAutoDefault(false);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Confirm and save changes"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busy);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_reviewButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->addWidget(heading);
    // Above the form and the review: read before what it changes.
    layout->addWidget(m_serverChanged);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_description, &QLineEdit::textChanged, this, &EditTokenDialog::updateState);
    connect(m_permissions, &PermissionEditor::changed, this, &EditTokenDialog::updateState);
    connect(m_reviewButton, &QPushButton::clicked, this, &EditTokenDialog::review);
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        updateState();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &EditTokenDialog::save);
    // The review's widgets all exist now; whichever has the focus, a held Enter stops there.
    for (QWidget *child : reviewPage->findChildren<QWidget *>())
        child->installEventFilter(this);
    for (QPushButton *button : {m_cancel, m_backButton, m_saveButton})
        button->installEventFilter(this);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    if (m_session) {
        connect(m_session, &TokenSession::updateFinished, this, &EditTokenDialog::onUpdateFinished);
        m_permissions->loadDatabases(m_session);
    }
    m_description->setFocus();
    updateState();
}

TokenChanges EditTokenDialog::changes() const {
    return changesBetween(m_token, m_description->text(), m_permissions->permissions());
}

QString EditTokenDialog::summary() const {
    const TokenChanges pending = changes();
    QString text = describe(m_token, pending);
    if (pending.permissions && pending.permissions->isEmpty())
        text += QStringLiteral("\n\n") +
                tr("The token will have no permissions left: it will not be able to read or "
                   "write anything.");
    return text;
}

QString EditTokenDialog::describe(const Token &before, const TokenChanges &changes) const {
    QStringList parts;
    if (changes.description)
        parts.append(tr("Description: “%1” → “%2”")
                         .arg(DisplayText::isolated(before.description, 500),
                              DisplayText::isolated(*changes.description, 500)));
    if (changes.permissions) {
        const QList<Permission> added = permissionsAdded(before.permissions, *changes.permissions);
        const QList<Permission> removed =
            permissionsAdded(*changes.permissions, before.permissions);
        if (!added.isEmpty())
            parts.append(tr("Permissions added:\n%1").arg(listed(added)));
        if (!removed.isEmpty())
            parts.append(tr("Permissions removed:\n%1").arg(listed(removed)));
    }
    return parts.join(QStringLiteral("\n\n"));
}

void EditTokenDialog::updateState() {
    const bool reviewing = m_pages->currentIndex() == 1;
    // Required when it is being changed: a token that has none can still change permissions.
    const TokenChanges pending = changes();
    const bool descriptionMissing = pending.description && pending.description->isEmpty();
    m_descriptionProblem->setVisible(descriptionMissing);
    QString problem;
    const bool valid = !descriptionMissing && m_permissions->validate(&problem);
    const bool changed = !pending.isEmpty();
    const bool editable = m_session && !m_token.isRevoked() && !m_tokenGone;
    const bool idle = !m_sending && !m_reading;
    m_reviewButton->setVisible(!reviewing);
    m_reviewButton->setEnabled(editable && valid && changed && idle);
    m_reviewButton->setToolTip(!changed ? tr("Nothing has changed yet.") : problem);
    m_backButton->setVisible(reviewing);
    m_backButton->setEnabled(idle);
    m_saveButton->setVisible(reviewing);
    m_saveButton->setEnabled(editable && valid && changed && idle);
    m_saveButton->setDefault(reviewing);
    m_busy->setVisible(!idle);
    // A GET changes nothing: Cancel stays, and its answer then goes nowhere.
    m_cancel->setEnabled(!m_sending);
}

void EditTokenDialog::reject() {
    if (m_sending)
        return;
    // A read on its way ends here: its answer must not start a PATCH behind a closed dialog.
    m_reading = false;
    QDialog::reject();
}

bool EditTokenDialog::isHeldEnterOnReview(const QEvent *event) const {
    if (event->type() != QEvent::KeyPress || m_pages->currentIndex() != 1)
        return false;
    const auto *key = static_cast<const QKeyEvent *>(event);
    return key->isAutoRepeat() && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter);
}

bool EditTokenDialog::eventFilter(QObject *watched, QEvent *event) {
    if (isHeldEnterOnReview(event))
        return true;
    return QDialog::eventFilter(watched, event);
}

void EditTokenDialog::keyPressEvent(QKeyEvent *event) {
    if (isHeldEnterOnReview(event)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void EditTokenDialog::review() {
    if (!m_reviewButton->isEnabled())
        return;
    readServerCopy(Reading::ForReview);
}

void EditTokenDialog::save() {
    if (m_sending || m_reading || !m_saveButton->isEnabled() || !m_session)
        return;
    readServerCopy(Reading::BeforeSaving);
}

// The review compares with the token as the server has it, never with the list's copy, and
// the PATCH goes only if the server still has the version reviewed: another admin's change
// made meanwhile would otherwise be overwritten unannounced.
void EditTokenDialog::readServerCopy(Reading reading) {
    if (!m_session)
        return;
    m_reading = true;
    m_error->hide();
    updateState();
    m_session->readToken(m_token.id, this, [this, reading](const ApiResult<Token> &result) {
        onServerCopy(reading, result);
    });
}

void EditTokenDialog::onServerCopy(Reading reading, const ApiResult<Token> &result) {
    if (!m_reading)
        return;
    m_reading = false;
    if (!result.ok()) {
        QString text;
        if (result.error.isHttp(404)) {
            m_tokenGone = true;
            m_serverChanged->hide(); // of a version that is gone too
            text = tr("This token no longer exists on the server: it was removed (or revoked, "
                      "on a server that hides revoked tokens) after this dialog opened. Nothing "
                      "was changed.");
        } else if (reading == Reading::ForReview) {
            text = tr("The token could not be read from the server, so the changes cannot be "
                      "compared with its current version. Nothing was changed. %1")
                       .arg(errorText(result.error));
        } else {
            text = tr("The token could not be read again before saving, so nothing was saved. "
                      "%1")
                       .arg(errorText(result.error));
        }
        updateState();
        Look::showProblem(m_error, text);
        // On the button that tries again, or on Cancel when there is nothing left to do.
        QPushButton *next = m_pages->currentIndex() == 1 ? m_saveButton : m_reviewButton;
        (next->isEnabled() ? next : m_cancel)->setFocus(Qt::OtherFocusReason);
        return;
    }
    const Token &server = result.value;
    const bool unchanged = server.description == m_token.description &&
                           samePermissions(server.permissions, m_token.permissions) &&
                           server.isRevoked() == m_token.isRevoked();
    if (!unchanged) {
        rebaseOn(server, reading);
        return;
    }
    if (reading == Reading::ForReview) {
        showReview();
        return;
    }
    m_sending = true;
    updateState();
    m_session->update(m_token.id, changes());
}

void EditTokenDialog::rebaseOn(const Token &current, Reading reading) {
    // Compared as they are, outer spaces included: whatever differs is said.
    TokenChanges there;
    if (current.description != m_token.description)
        there.description = current.description;
    if (!samePermissions(current.permissions, m_token.permissions))
        there.permissions = current.permissions;
    const QString changedThere = describe(m_token, there);
    const bool descriptionEdited =
        changesBetween(m_token, m_description->text(), m_token.permissions).description.has_value();
    const QList<Permission> permissions =
        rebasePermissions(m_token.permissions, m_permissions->permissions(), current.permissions);
    m_token = current;
    if (!descriptionEdited)
        m_description->setText(m_token.description);
    m_permissions->setPermissions(permissions);
    if (m_token.isRevoked()) {
        m_pages->setCurrentIndex(0);
        updateState();
        Look::showProblem(m_error, tr("This token was revoked after this dialog opened: it can no "
                                      "longer be edited. Nothing was changed."));
        m_cancel->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_serverChanged->setText(
        reading == Reading::ForReview
            ? tr("This token was changed on the server after this dialog opened:\n%1\n\nYour "
                 "changes have been applied to its current version: check them before saving.")
                  .arg(changedThere)
            : tr("This token was changed on the server after you reviewed it, so nothing was "
                 "saved:\n%1\n\nYour changes have been applied to its current version: check "
                 "them again before saving.")
                  .arg(changedThere));
    m_serverChanged->show();
    QString problem;
    if (changes().isEmpty() || !m_permissions->validate(&problem)) {
        // Nothing (valid) left to review: back to the form, which shows the new version.
        m_pages->setCurrentIndex(0);
        updateState();
        Look::announce(m_serverChanged);
        m_description->setFocus(Qt::OtherFocusReason);
        return;
    }
    showReview();
    Look::announce(m_serverChanged);
}

void EditTokenDialog::showReview() {
    m_summary->setText(summary());
    m_pages->setCurrentIndex(1);
    updateState();
    m_saveButton->setFocus();
}

void EditTokenDialog::onUpdateFinished(const QString &tokenId, const ApiError &error) {
    if (tokenId != m_token.id || !m_sending)
        return;
    m_sending = false;
    if (!error.isError()) {
        accept(); // the main window reports it in its status bar
        return;
    }
    QString text;
    if (error.isHttp(400))
        text = tr("The server refused the changes as invalid. Check the description and the "
                  "database names, then try again.");
    else if (error.isHttp(404))
        text = tr("This token no longer exists on the server, so nothing was changed.");
    else if (error.isHttp(409))
        text = tr("The server reports a conflict: the token may have been revoked or changed "
                  "meanwhile. Refresh the list to see its current state.");
    else if (error.outcomeUnknown())
        text = tr("The server did not confirm, so the changes may or may not have been saved. "
                  "The list is being refreshed.");
    else
        text = tr("The changes were not saved.");
    // Back to the form, with everything the user typed.
    m_pages->setCurrentIndex(0);
    updateState();
    Look::showProblem(m_error, text + QLatin1Char(' ') + errorText(error));
    m_description->setFocus(Qt::OtherFocusReason);
}
