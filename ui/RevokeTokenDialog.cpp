#include "RevokeTokenDialog.h"
#include "ui_RevokeTokenDialog.h"

#include "Look.h"
#include "Rfc3339.h"
#include "TokenSession.h"
#include "TokenStatus.h"
#include "TokenTableModel.h"

#include <QIcon>
#include <QLabel>
#include <QLineEdit>

RevokeTokenDialog::RevokeTokenDialog(TokenSession *session, const Token &token, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RevokeTokenDialog>())
    , m_session(session)
    , m_token(token) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("revokeDialog"));
    setAccessibleName(tr("Revoke Database Token"));

    Look::makeHeading(m_ui->headingLabel, 1.5);
    Look::setIconPixmap(m_ui->warningIcon, QStringLiteral(":/icons/warning.svg"), 22,
                        Look::Tone::Error);
    Look::setTone(m_ui->warningLabel, Look::Tone::Error, true);
    Look::makeError(m_ui->errorLabel);
    // Read-only fields look read-only, as in the portal.
    Look::makeReadOnly(m_ui->descriptionField);
    Look::makeReadOnly(m_ui->expiryField);

    m_ui->descriptionField->setText(m_token.description);
    m_ui->descriptionField->setCursorPosition(0);
    m_ui->expiryField->setText(m_token.expires()
                                   ? TokenTableModel::displayDateTime(m_token.expiresAt)
                                   : tr("Does not expire"));
    m_ui->idValue->setText(m_token.id);
    QStringList permissions;
    for (const QString &resource : tokenDatabases(m_token))
        permissions.append(QStringLiteral("%1: %2").arg(databaseDisplayName(resource),
                                                        actionsOn(m_token, resource)));
    m_ui->permissionsValue->setText(permissions.isEmpty() ? tr("No permissions")
                                                          : permissions.join(QLatin1Char('\n')));
    m_ui->createdValue->setText(QStringLiteral("%1  (%2)")
                                    .arg(TokenTableModel::displayDateTime(m_token.createdAt),
                                         formatRfc3339(m_token.createdAt)));

    // The details are reached by Tab once shown, so the ID can be read and selected from the
    // keyboard. Each value is read as itself; its caption is its buddy and its description.
    for (QLabel *value : {m_ui->idValue, m_ui->permissionsValue, m_ui->createdValue})
        value->setFocusPolicy(Qt::StrongFocus);
    m_ui->idValue->setAccessibleDescription(m_ui->idLabel->text());
    m_ui->permissionsValue->setAccessibleDescription(m_ui->permissionsLabel->text());
    m_ui->createdValue->setAccessibleDescription(m_ui->createdLabel->text());
    // The dialog says which token it revokes as it opens: descriptions need not be unique.
    setAccessibleDescription(
        m_token.description.isEmpty()
            ? tr("Revokes the token with ID %1.").arg(m_token.id)
            : tr("Revokes the token “%1”, ID %2.").arg(m_token.description, m_token.id));

    m_ui->detailsBox->hide();
    m_ui->errorLabel->hide();
    connect(m_ui->detailsToggle, &QToolButton::toggled, this, [this](bool expanded) {
        m_ui->detailsBox->setVisible(expanded);
        m_ui->detailsToggle->setArrowType(expanded ? Qt::UpArrow : Qt::DownArrow);
        adjustSize();
    });
    connect(m_ui->riskCheckBox, &QCheckBox::toggled, this, &RevokeTokenDialog::updateState);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &RevokeTokenDialog::startRevoke);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    if (m_session)
        connect(m_session, &TokenSession::revokeFinished, this,
                &RevokeTokenDialog::onRevokeFinished);

    if (m_session && m_session->endpoint().production) {
        // A production cluster asks for more than a tick: the token's description, typed.
        auto *prompt = new QLabel(this);
        prompt->setObjectName(QStringLiteral("confirmPrompt"));
        prompt->setTextFormat(Qt::PlainText);
        prompt->setWordWrap(true);
        // One whole sentence per case: the word for "ID" or "description" changes the rest.
        prompt->setText((m_token.description.isEmpty()
                             ? tr("%1 is a production connection. To confirm, type the token's "
                                  "ID: %2")
                             : tr("%1 is a production connection. To confirm, type the token's "
                                  "description: %2"))
                            .arg(m_session->endpoint().displayName(), confirmationText()));
        m_confirmField = new QLineEdit(this);
        m_confirmField->setObjectName(QStringLiteral("confirmDescriptionField"));
        m_confirmField->setAccessibleName(tr("Type the token's description to confirm"));
        prompt->setBuddy(m_confirmField);
        const int at = m_ui->mainLayout->indexOf(m_ui->riskCheckBox) + 1;
        m_ui->mainLayout->insertWidget(at, prompt);
        m_ui->mainLayout->insertWidget(at + 1, m_confirmField);
        connect(m_confirmField, &QLineEdit::textChanged, this, &RevokeTokenDialog::updateState);
        setTabOrder(m_ui->riskCheckBox, m_confirmField);
        setTabOrder(m_confirmField, m_ui->cancelButton);
    }

    Look::setIcon(m_ui->revokeButton, QStringLiteral(":/icons/revoke.svg"));
    m_ui->riskCheckBox->setFocus();
    updateState();
}

RevokeTokenDialog::~RevokeTokenDialog() = default;

QString RevokeTokenDialog::confirmationText() const {
    return m_token.description.isEmpty() ? m_token.id : m_token.description;
}

void RevokeTokenDialog::updateState() {
    const bool canSend = m_session && !m_tokenGone && !m_sending && !m_token.isRevoked();
    const bool typed = !m_confirmField || m_confirmField->text() == confirmationText();
    m_ui->revokeButton->setEnabled(canSend && m_ui->riskCheckBox->isChecked() && typed);
    m_ui->riskCheckBox->setEnabled(!m_sending && !m_tokenGone);
    m_ui->cancelButton->setEnabled(!m_sending);
    if (m_confirmField)
        m_confirmField->setEnabled(!m_sending && !m_tokenGone);
    m_ui->busyIndicator->setVisible(m_sending);
    m_ui->busyLabel->setVisible(m_sending);
}

void RevokeTokenDialog::reject() {
    if (m_sending)
        return;
    QDialog::reject();
}

void RevokeTokenDialog::showError(const QString &text) {
    Look::showProblem(m_ui->errorLabel, text);
    adjustSize();
}

void RevokeTokenDialog::startRevoke() {
    if (m_sending || !m_ui->revokeButton->isEnabled() || !m_session)
        return;
    m_sending = true;
    m_ui->errorLabel->hide();
    updateState();
    m_session->revoke(m_token.id);
}

void RevokeTokenDialog::onRevokeFinished(const QString &tokenId, const ApiError &error) {
    if (tokenId != m_token.id || !m_sending)
        return;
    m_sending = false;
    if (!error.isError()) {
        accept(); // the main window reports it in its status bar
        return;
    }
    if (error.isHttp(404)) {
        m_tokenGone = true;
        showError(tr("This token no longer exists on the server (HTTP 404), so nothing was "
                     "revoked. The list is being refreshed."));
    } else if (error.outcomeUnknown()) {
        // The request may have reached the server: say so, and re-read the list for the truth.
        showError(tr("The server did not confirm the revocation, so it may or may not have "
                     "happened. The list is being refreshed to show the token's real status. %1")
                      .arg(errorText(error)));
    } else {
        showError(tr("The token was not revoked. %1").arg(errorText(error)));
    }
    updateState();
    // Cancel: whatever happened, Enter must not send a second DELETE unasked.
    m_ui->cancelButton->setFocus(Qt::OtherFocusReason);
}
