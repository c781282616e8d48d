#pragma once

#include "DeviceAuthorization.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QPointer>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;

// Signing in through an identity provider, as influxctl does: shows the code to enter at the
// provider's page (large and copyable), the page's address, a button that opens it in the
// browser, and how long the code lasts. Closes itself once the sign-in succeeded; Cancel
// stops it at once. The tokens never pass through this dialog.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    // `reason` says why a sign-in is asked for (a refused or ended one), or is empty.
    SignInDialog(DeviceAuthorization *authorization, const QString &connectionName,
                 const QString &reason, QWidget *parent = nullptr);

    // Asks the provider for a new code (also Try again).
    void startSignIn();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The links of the prompt; set again when the palette changes (a link's colour is taken
    // from the palette when its text is set).
    void showLinks(const DeviceAuthorization::Prompt &prompt);
    void showPrompt(const DeviceAuthorization::Prompt &prompt);
    void showFailure(const QString &message);
    void tick();
    void copyCode();
    void openBrowser();

    QPointer<DeviceAuthorization> m_authorization;
    QString m_connectionName;
    QDeadlineTimer m_expiry;
    QTimer m_countdownTimer;

    QLabel *m_intro;
    QLabel *m_reason;
    QLineEdit *m_code;
    QPushButton *m_copy;
    QLabel *m_address;
    QLabel *m_completeLink;
    QPushButton *m_openBrowser;
    QLabel *m_countdown;
    QLabel *m_status;
    QPushButton *m_retry;
    QPushButton *m_cancel;
};
