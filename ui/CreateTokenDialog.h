#pragma once

#include "ApiError.h"
#include "Token.h"
#include "TokenRequests.h"

#include <QDialog>
#include <QPointer>

class PermissionEditor;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class TokenSession;

// The portal's "Create Database Token": description, optional expiry (30, 90, 365 days or a
// chosen date, in a named time zone), permission rows, starting with one to fill in.
// "Create Token" stays disabled until the form is valid, and the field at fault says why.
// A token without permissions can do nothing: it is created only once the user ticked that
// they want one, and the button then says so.
class CreateTokenDialog : public QDialog {
    Q_OBJECT

public:
    explicit CreateTokenDialog(TokenSession *session, QWidget *parent = nullptr);

    // The request the form describes.
    NewToken request() const;
    // Empty when the form can be sent; else what is wrong, in words.
    QString problem() const;

protected:
    // Enter while Create Token is disabled says what is missing, at the field at fault.
    void keyPressEvent(QKeyEvent *event) override;

public Q_SLOTS:
    // Cancel, Escape and the window's close button: ignored while the POST is on its way.
    // The main window shows the new secret from the session, whatever becomes of the dialog.
    void reject() override;

private:
    static QString noPermissionsProblem();
    void updateState();
    void submit();
    void onCreateFinished(const ApiError &error);

    QPointer<TokenSession> m_session;
    QLineEdit *m_description;
    QLabel *m_descriptionProblem;
    QCheckBox *m_expires;
    QDateTimeEdit *m_expiry;
    // 30, 90 or 365 days from now, or the date chosen in m_expiry.
    QComboBox *m_expiryPreset;
    // The time zone the expiry is read in, named: "Europe/Berlin, UTC+01:00".
    QLabel *m_timeZone;
    bool m_settingPreset = false;
    QLabel *m_expiryProblem;
    PermissionEditor *m_permissions;
    // Shown while the form holds no permission: ticked, a token without any is created.
    QCheckBox *m_noPermissions;
    QLabel *m_permissionsProblem;
    QLabel *m_error;
    QProgressBar *m_busy;
    QPushButton *m_create;
    QPushButton *m_cancel;
    bool m_sending = false;
    bool m_descriptionTouched = false;
};
