#include "ReenableTokenDialog.h"

#include "DisplayText.h"
#include "Look.h"
#include "TokenRequests.h"
#include "TokenSession.h"
#include "TokenStatus.h"
#include "TokenTableModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// "  • telemetry: read, write", one line per database.
QString permissionLines(const QList<Permission> &permissions) {
    Token token;
    token.permissions = permissions;
    QStringList lines;
    for (const QString &resource : tokenDatabases(token))
        lines.append(QStringLiteral("  • %1: %2")
                         .arg(databaseDisplayName(resource), actionsOn(token, resource)));
    return lines.join(QLatin1Char('\n'));
}

QLabel *plainLabel(QWidget *parent, const QString &objectName) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

ReenableTokenDialog::ReenableTokenDialog(TokenSession *session, const Token &token,
                                         const QList<Permission> &saved, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_token(token)
    , m_saved(saved)
    , m_restore(saved)
    , m_state(plainLabel(this, QStringLiteral("serverStateLabel")))
    , m_permissions(plainLabel(this, QStringLiteral("permissionsValue")))
    , m_serverChanged(plainLabel(this, QStringLiteral("serverChangedNote")))
    , m_error(Look::problemLabel(this, QStringLiteral("errorLabel")))
    , m_busy(new QProgressBar(this))
    , m_reenableButton(new QPushButton(tr("Re-enable Token"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("reenableDialog"));
    const QString title = tr("Re-enable Database Token");
    setWindowTitle(title);
    setAccessibleName(title);
    setMinimumWidth(480);

    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    Look::makeHeading(heading);
    auto *intro = plainLabel(this, QStringLiteral("introLabel"));
    intro->setText(tr("Re-enabling “%1” gives it back the permissions it had when it was "
                      "disabled.")
                       .arg(DisplayText::isolated(
                           m_token.description.isEmpty() ? m_token.id : m_token.description)));
    setAccessibleDescription(intro->text());

    auto *caption = new QLabel(tr("Permissions it will have:"), this);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    m_permissions->setText(permissionLines(m_restore));
    m_permissions->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_permissions->setFocusPolicy(Qt::StrongFocus);
    m_permissions->setAccessibleDescription(caption->text());
    caption->setBuddy(m_permissions);
    Look::setTone(m_serverChanged, Look::Tone::Warning, true);
    m_serverChanged->hide();

    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumSize(120, 14);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Working"));
    m_reenableButton->setObjectName(QStringLiteral("reenableButton"));
    m_reenableButton->setAccessibleName(m_reenableButton->text());
    m_reenableButton->setAutoDefault(false);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busy);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_reenableButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_state);
    layout->addSpacing(6);
    layout->addWidget(caption);
    layout->addWidget(m_permissions);
    layout->addWidget(m_serverChanged);
    layout->addStretch(1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_reenableButton, &QPushButton::clicked, this, &ReenableTokenDialog::startReenable);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    if (m_session) {
        connect(m_session, &TokenSession::tokenReloaded, this,
                &ReenableTokenDialog::onTokenReloaded);
        connect(m_session, &TokenSession::reenableFinished, this,
                &ReenableTokenDialog::onReenableFinished);
    }
    m_cancel->setFocus();
    readServerCopy();
}

void ReenableTokenDialog::readServerCopy() {
    m_state->setText(tr("Reading the token from the server…"));
    m_reading = m_session != nullptr;
    updateState();
    if (m_session)
        m_session->reloadToken(m_token.id);
}

void ReenableTokenDialog::updateState() {
    m_reenableButton->setEnabled(m_session && m_read && m_canSend && !m_sending);
    m_cancel->setEnabled(!m_sending);
    m_busy->setVisible(m_reading || m_sending);
}

void ReenableTokenDialog::reject() {
    if (m_sending)
        return;
    QDialog::reject();
}

void ReenableTokenDialog::showError(const QString &text) {
    Look::showProblem(m_error, text);
    adjustSize();
}

void ReenableTokenDialog::onTokenReloaded(const QString &tokenId, const ApiError &error) {
    if (tokenId != m_token.id || !m_reading)
        return;
    m_reading = false;
    const std::optional<Token> current =
        error.isError() || !m_session ? std::nullopt : m_session->model()->tokenById(tokenId);
    if (!current) {
        m_state->setText(tr("The token could not be read from the server."));
        showError(error.isHttp(404)
                      ? tr("This token no longer exists on the server: there is nothing to "
                           "re-enable.")
                      : tr("What re-enabling would change cannot be shown without the server's "
                           "copy of the token. %1")
                            .arg(errorText(error)));
        updateState();
        return;
    }
    m_read = true;
    m_token = *current;
    m_state->setText(tr("Compared with the token as the server has it now."));
    if (m_token.isRevoked()) {
        m_canSend = false;
        showError(tr("This token has been revoked: it cannot be re-enabled."));
        updateState();
        return;
    }
    // Whatever someone gave it since it was disabled stays; the saved permissions are added.
    m_restore = rebasePermissions({}, m_saved, m_token.permissions);
    m_permissions->setText(permissionLines(m_restore));
    m_canSend = !samePermissions(m_restore, m_token.permissions);
    if (!m_token.permissions.isEmpty()) {
        m_serverChanged->setText(
            m_canSend ? tr("This token was changed on the server after it was disabled: it now "
                           "has these permissions, which are kept:\n%1")
                            .arg(permissionLines(m_token.permissions))
                      : tr("This token was changed on the server after it was disabled: it "
                           "already has every permission it had, so there is nothing to "
                           "restore."));
        m_serverChanged->setAccessibleName(m_serverChanged->text());
        m_serverChanged->show();
        Look::announce(m_serverChanged);
    }
    updateState();
    adjustSize();
}

void ReenableTokenDialog::startReenable() {
    if (m_sending || !m_reenableButton->isEnabled() || !m_session)
        return;
    m_sending = true;
    m_error->hide();
    updateState();
    m_session->reenable(m_token.id, m_restore);
}

void ReenableTokenDialog::onReenableFinished(const QString &tokenId, const ApiError &error) {
    if (tokenId != m_token.id || !m_sending)
        return;
    m_sending = false;
    if (!error.isError()) {
        accept(); // the main window says it in its status bar
        return;
    }
    if (error.isHttp(404)) {
        m_canSend = false;
        showError(tr("This token no longer exists on the server (HTTP 404), so nothing was "
                     "re-enabled. The list is being refreshed."));
    } else if (error.outcomeUnknown()) {
        m_canSend = false; // the list is read again: open the dialog anew to see the result
        showError(tr("The server did not confirm that the token was re-enabled, so it may or "
                     "may not have been. The list is being refreshed to show its real "
                     "permissions. %1")
                      .arg(errorText(error)));
    } else {
        showError(tr("The token was not re-enabled. %1").arg(errorText(error)));
    }
    updateState();
    m_cancel->setFocus(Qt::OtherFocusReason);
}
