#pragma once

#include "Token.h"

#include <QDialog>

#include <chrono>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QToolButton;

// Shows a new token's secret once: masked, with reveal and copy. It cannot be closed until
// the user says the secret is stored; when it closes, the secret is gone.
class TokenSecretDialog : public QDialog {
    Q_OBJECT

public:
    TokenSecretDialog(const Token &token, const QString &accessToken, QWidget *parent = nullptr);
    ~TokenSecretDialog() override;

    // How long a copied secret stays on the clipboard (tests shorten it).
    void setClipboardClearDelay(std::chrono::milliseconds delay) { m_clearDelay = delay; }

public Q_SLOTS:
    void done(int result) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void copySecret();

    QLineEdit *m_secret;
    QToolButton *m_reveal;
    QPushButton *m_copy;
    QCheckBox *m_stored;
    QPushButton *m_close;
    std::chrono::milliseconds m_clearDelay;
};
