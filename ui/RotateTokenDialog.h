#pragma once

#include "ApiError.h"
#include "Token.h"

#include <QDate>
#include <QDialog>
#include <QPointer>

class PermissionEditor;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class TokenSession;

// Rotate a token, in three steps, each offered only once the server confirmed the one before:
// the new token (description, the old one's permissions, the same lifetime from now), its
// secret shown once (the usual secret window), then the old token revoked now through the
// usual revoke confirmation, or later: the rotation stays pending in the history, shown on
// the old token, until it is revoked.
class RotateTokenDialog : public QDialog {
    Q_OBJECT

public:
    enum class Step { NewToken, Secret, ReplaceOld, Done };

    RotateTokenDialog(TokenSession *session, const Token &oldToken, QWidget *parent = nullptr);

    Step step() const { return m_step; }
    QString oldTokenId() const { return m_old.id; }
    // Empty until the server confirmed the new token.
    QString newTokenId() const { return m_new.id; }

    // "<old description> (rotated 2026-12-04)".
    static QString defaultDescription(const Token &oldToken, const QDate &today);
    // The old token's lifetime (expiry − creation) from `now`, to the minute; invalid (never
    // expires) when the old one never expired.
    static QDateTime defaultExpiry(const Token &oldToken, const QDateTime &now);

public Q_SLOTS:
    // Ignored while a request is on its way; on the last steps it means "Later".
    void reject() override;

private:
    QWidget *newTokenPage();
    QWidget *secretPage();
    QWidget *replacePage();
    QWidget *donePage();
    QLabel *pageHeading(QWidget *page, const QString &stepText);
    QLabel *paragraph(QWidget *page, const QString &objectName);
    void showStep(Step step);
    void updateState();
    QString problem() const;
    void createNewToken();
    void onReplacementCreated(const QString &oldTokenId, const Token &token,
                              const QString &accessToken, const ApiError &error);
    void revokeOldToken();

    QPointer<TokenSession> m_session;
    Token m_old;
    Token m_new;
    Step m_step = Step::NewToken;
    bool m_sending = false;

    QStackedWidget *m_pages;
    QLineEdit *m_description = nullptr;
    QCheckBox *m_expires = nullptr;
    QDateTimeEdit *m_expiry = nullptr;
    PermissionEditor *m_permissions = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_createdText = nullptr;
    QLabel *m_replaceText = nullptr;
    QPushButton *m_revokeOld = nullptr;
    QPushButton *m_later = nullptr;
    QLabel *m_doneText = nullptr;
};
