#pragma once

#include "ApiError.h"
#include "Token.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class TokenSession;

// Confirms disabling one token or several: reads each from the server, says which permissions
// will be removed, then has the session record and send one PATCH each. It holds its own copies of
// the tokens and acts by ID, so nothing behind it can change what it disables.
class DisableTokenDialog : public QDialog {
    Q_OBJECT

public:
    DisableTokenDialog(TokenSession *session, const QList<Token> &tokens,
                       QWidget *parent = nullptr);

    QStringList tokenIds() const;
    // Whether the server's copies were read (or failed to be): Disable is offered from then.
    bool hasServerCopies() const { return m_reading.isEmpty(); }
    // The permissions the dialog says will be removed, as shown.
    QString permissionsText() const;

public Q_SLOTS:
    // Ignored while PATCHes are on their way: the dialog stays to say how they ended.
    void reject() override;

private:
    void readServerCopies();
    void onTokenReloaded(const QString &tokenId, const ApiError &error);
    void showPermissions();
    // The list as tall as its lines, up to a limit; longer, it scrolls.
    void fitPermissionsHeight();
    void startDisable();
    void onDisableFinished(const QString &tokenId, const ApiError &error);
    void finish();
    void updateState();
    QString nameOf(const QString &tokenId) const;

    QPointer<TokenSession> m_session;
    QList<Token> m_tokens;
    QLabel *m_intro;
    QLabel *m_caption = nullptr;
    QLabel *m_permissions;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_state; // reading the server's copies, and what they changed
    QLabel *m_error;
    QProgressBar *m_busy;
    QPushButton *m_disableButton;
    QPushButton *m_cancel;
    QSet<QString> m_reading;  // asked for the server's copy, not yet answered
    QStringList m_notes;      // tokens left out after reading the server's copy
    QSet<QString> m_waiting;  // sent, not yet answered
    QStringList m_problems;   // one sentence per token that was not (surely) disabled
    QList<Token> m_retryable; // definitely not disabled: may be sent again
    bool m_sending = false;
};
