#pragma once

#include "ApiError.h"
#include "Token.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class TokenSession;

// Gives a disabled token back the permissions the history saved. It reads the token from
// the server first and shows what it will send against that copy: a permission someone
// gave it meanwhile is kept, and said.
class ReenableTokenDialog : public QDialog {
    Q_OBJECT

public:
    ReenableTokenDialog(TokenSession *session, const Token &token, const QList<Permission> &saved,
                        QWidget *parent = nullptr);

    QString tokenId() const { return m_token.id; }
    // What Re-enable would send: the saved permissions added to the server's copy.
    QList<Permission> permissionsToSend() const { return m_restore; }
    // Whether the server's copy was read and the review stands on it.
    bool hasServerCopy() const { return m_read; }

public Q_SLOTS:
    void reject() override;

private:
    void readServerCopy();
    void onTokenReloaded(const QString &tokenId, const ApiError &error);
    void startReenable();
    void onReenableFinished(const QString &tokenId, const ApiError &error);
    void updateState();
    void showError(const QString &text);

    QPointer<TokenSession> m_session;
    Token m_token;
    QList<Permission> m_saved;
    QList<Permission> m_restore;
    QLabel *m_state;
    QLabel *m_permissions;
    QLabel *m_serverChanged;
    QLabel *m_error;
    QProgressBar *m_busy;
    QPushButton *m_reenableButton;
    QPushButton *m_cancel;
    bool m_reading = false;
    bool m_read = false;
    bool m_sending = false;
    bool m_canSend = false;
};
