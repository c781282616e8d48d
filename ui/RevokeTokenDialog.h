#pragma once

#include "ApiError.h"
#include "Token.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class RevokeTokenDialog;
}
class QLineEdit;
class TokenSession;

// The portal's revoke confirmation. It holds its own copy of the token and revokes it by
// ID, so a refresh, sort or filter behind it can never change what it revokes.
class RevokeTokenDialog : public QDialog {
    Q_OBJECT

public:
    RevokeTokenDialog(TokenSession *session, const Token &token, QWidget *parent = nullptr);
    ~RevokeTokenDialog() override;

    QString tokenId() const { return m_token.id; }
    // On a production connection the user types the token's description (its ID when it
    // has none) before Revoke Token is enabled.
    bool requiresTypedConfirmation() const { return m_confirmField != nullptr; }
    QString confirmationText() const;

public Q_SLOTS:
    // Cancel, Escape and the window's close button: ignored while the DELETE is on its way,
    // so the dialog that sent it is there to say how it ended.
    void reject() override;

private:
    void startRevoke();
    void onRevokeFinished(const QString &tokenId, const ApiError &error);
    void updateState();
    void showError(const QString &text);

    std::unique_ptr<Ui::RevokeTokenDialog> m_ui;
    QPointer<TokenSession> m_session;
    Token m_token;
    QLineEdit *m_confirmField = nullptr;
    bool m_sending = false;
    bool m_tokenGone = false;
};
