#pragma once

#include "ApiError.h"
#include "ManagementApi.h"
#include "Token.h"
#include "TokenRequests.h"

#include <QDialog>
#include <QPointer>

class PermissionEditor;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class TokenSession;

// Changes a token's description and permissions. Because the API replaces the whole
// permission set, "Save Changes" first shows what will change, then sends only that.
// The review compares with the server's copy, read (GET) as it opens, and the token is read
// again before the PATCH: if another admin changed it since the review, nothing is sent and
// the review is shown again over the new version, with what changed there.
class EditTokenDialog : public QDialog {
    Q_OBJECT

public:
    EditTokenDialog(TokenSession *session, const Token &token, QWidget *parent = nullptr);

    QString tokenId() const { return m_token.id; }
    // What Save would send, from the form as it stands.
    TokenChanges changes() const;
    // The review text: description before and after, permissions added and removed.
    QString summary() const;

public Q_SLOTS:
    // Cancel, Escape and the window's close button: ignored while the PATCH is on its way,
    // so the dialog is there to say how it ended.
    void reject() override;

protected:
    // A held Enter opens the review and stops there: what it shows is confirmed only by a
    // key pressed (or a click) while it is on screen.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Why the token is read from the server: to show the review, or to check before saving.
    enum class Reading { ForReview, BeforeSaving };

    bool isHeldEnterOnReview(const QEvent *event) const;
    void updateState();
    void review();
    void save();
    void readServerCopy(Reading reading);
    void onServerCopy(Reading reading, const ApiResult<Token> &result);
    // Applies the user's edit to `current`; says what another admin changed there.
    void rebaseOn(const Token &current, Reading reading);
    void showReview();
    QString describe(const Token &before, const TokenChanges &changes) const;
    void onUpdateFinished(const QString &tokenId, const ApiError &error);

    QPointer<TokenSession> m_session;
    Token m_token;
    QStackedWidget *m_pages;
    QLineEdit *m_description;
    QLabel *m_descriptionProblem;
    PermissionEditor *m_permissions;
    QLabel *m_summary;
    QLabel *m_serverChanged;
    QLabel *m_error;
    QProgressBar *m_busy;
    QPushButton *m_reviewButton;
    QPushButton *m_backButton;
    QPushButton *m_saveButton;
    QPushButton *m_cancel;
    bool m_sending = false;
    bool m_reading = false; // a GET of the token is on its way
    bool m_tokenGone = false;
};
