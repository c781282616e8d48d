#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

// Puts a secret on the clipboard marked as concealed (the hint clipboard managers honour
// to keep it out of their history), and clears it after a delay, or when the program quits,
// if the clipboard still holds it. Only a hash of the secret is kept to recognise it.
class SecretClipboard : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::seconds DefaultClearDelay{30};

    static void copy(const QString &secret,
                     std::chrono::milliseconds clearAfter = DefaultClearDelay);

private:
    SecretClipboard(const QString &secret, std::chrono::milliseconds clearAfter);
    void clearIfStillThere();

    QByteArray m_hash;
    QTimer m_timer;
};
