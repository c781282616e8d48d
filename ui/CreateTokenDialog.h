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
// chosen date, in a named time zone), permission rows.
// "Create Token" stays disabled until the form is valid, and the field at fault says why.
class CreateTokenDialog : public QDialog {
    Q_OBJECT

public:
    explicit CreateTokenDialog(TokenSession *session, QWidget *parent = nullptr);

    // The request the form describes.
    NewToken request() const;
    // Empty when the form can be sent; else what is wrong, in words.
    QString problem() const;

public Q_SLOTS:
    // Cancel, Escape and the window's close button: ignored while the POST is on its way.
    // The main window shows the new secret from the session, whatever becomes of the dialog.
    void reject() override;

private:
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
    QLabel *m_error;
    QProgressBar *m_busy;
    QPushButton *m_create;
    QPushButton *m_cancel;
    bool m_sending = false;
    bool m_descriptionTouched = false;
};
