#pragma once

#include "ApiError.h"
#include "Token.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class QLabel;
class QProgressBar;
class QPushButton;
class TokenSession;

// Confirms disabling one token or several: says which permissions will be removed, then has
// the session record and send one PATCH each. It holds its own copies of the tokens and acts
// by ID, so nothing behind it can change what it disables.
class DisableTokenDialog : public QDialog {
    Q_OBJECT

public:
    DisableTokenDialog(TokenSession *session, const QList<Token> &tokens,
                       QWidget *parent = nullptr);

    QStringList tokenIds() const;
    // The permissions the dialog says will be removed, as shown.
    QString permissionsText() const;

public Q_SLOTS:
    // Ignored while PATCHes are on their way: the dialog stays to say how they ended.
    void reject() override;

private:
    void startDisable();
    void onDisableFinished(const QString &tokenId, const ApiError &error);
    void finish();
    void updateState();
    QString nameOf(const QString &tokenId) const;

    QPointer<TokenSession> m_session;
    QList<Token> m_tokens;
    QLabel *m_permissions;
    QLabel *m_error;
    QProgressBar *m_busy;
    QPushButton *m_disableButton;
    QPushButton *m_cancel;
    QSet<QString> m_waiting;  // sent, not yet answered
    QStringList m_problems;   // one sentence per token that was not (surely) disabled
    QList<Token> m_retryable; // definitely not disabled: may be sent again
    bool m_sending = false;
};
