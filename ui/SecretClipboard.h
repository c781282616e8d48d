#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QObject>
#include <QTimer>

#include <chrono>

// Puts a secret on the clipboard marked as concealed (the hint clipboard managers honour
// to keep it out of their history), and clears it after a delay, or when the program quits,
// if the clipboard still holds it. Only a hash of the secret is kept to recognise it.
class QMimeData;

class SecretClipboard : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::seconds DefaultClearDelay{30};

    static void copy(const QString &secret,
                     std::chrono::milliseconds clearAfter = DefaultClearDelay);

    // The hints that mark clipboard data as concealed, the way each platform's clipboard
    // managers understand: KDE (and other Linux managers), macOS, and Windows (these three
    // are clipboard format names, put in Qt's MIME form by windowsFormat()).
    static constexpr QLatin1StringView KdePasswordManagerHint{"x-kde-passwordManagerHint"};
    static constexpr QLatin1StringView MacConcealedType{
        "application/x-nspasteboard-concealed-type"};
    static constexpr QLatin1StringView WindowsExcludeFromMonitors{
        "ExcludeClipboardContentFromMonitorProcessing"};
    static constexpr QLatin1StringView WindowsCanIncludeInHistory{"CanIncludeInClipboardHistory"};
    static constexpr QLatin1StringView WindowsCanUploadToCloud{"CanUploadToCloudClipboard"};
    // The MIME type under which Qt on Windows reads and writes the clipboard format `name`.
    static QString windowsFormat(QLatin1StringView name);

    // The secret as text, with every platform's concealment hints. The caller owns it.
    static QMimeData *concealedMimeData(const QString &secret);

private:
    SecretClipboard(const QString &secret, std::chrono::milliseconds clearAfter);
    void clearIfStillThere();

    QByteArray m_hash;
    QTimer m_timer;
};
