#include "SecretClipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>

namespace {

QByteArray hashOf(const QString &text) {
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

// Only one secret is on the clipboard at a time: a new copy replaces the watcher.
QPointer<QObject> current;

} // namespace

QMimeData *SecretClipboard::concealedMimeData(const QString &secret) {
    auto *data = new QMimeData;
    data->setText(secret);
    // Every platform's hints go on every platform: a format a clipboard does not know is
    // carried along unread, and one copy of the code is tested everywhere.
    // Linux and BSD: KDE's Klipper, CopyQ and other clipboard managers skip entries with it.
    data->setData(KdePasswordManagerHint, QByteArrayLiteral("secret"));
    // macOS: the nspasteboard.org convention (org.nspasteboard.ConcealedType), under the MIME
    // name password managers and clipboard managers built on Qt use for it; the value is the
    // text, as that convention has it.
    data->setData(MacConcealedType, secret.toUtf8());
    // Windows: Qt puts a format named like this on the clipboard under NAME, with these bytes.
    // Clipboard monitors skip the first; the others keep the text out of the clipboard history
    // (Win+V) and off the cloud clipboard, and must be a DWORD 0.
    const QByteArray dwordZero(4, '\0');
    const QByteArray dwordOne("\x01\x00\x00\x00", 4);
    data->setData(windowsFormat(WindowsExcludeFromMonitors), dwordOne);
    data->setData(windowsFormat(WindowsCanIncludeInHistory), dwordZero);
    data->setData(windowsFormat(WindowsCanUploadToCloud), dwordZero);
    return data;
}

QString SecretClipboard::windowsFormat(QLatin1StringView name) {
    return QStringLiteral("application/x-qt-windows-mime;value=\"%1\"").arg(name);
}

void SecretClipboard::copy(const QString &secret, std::chrono::milliseconds clearAfter) {
    delete current;
    current = new SecretClipboard(secret, clearAfter);
}

SecretClipboard::SecretClipboard(const QString &secret, std::chrono::milliseconds clearAfter)
    : QObject(QCoreApplication::instance())
    , m_hash(hashOf(secret)) {
    QGuiApplication::clipboard()->setMimeData(concealedMimeData(secret));

    m_timer.setSingleShot(true);
    m_timer.setInterval(clearAfter);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        clearIfStillThere();
        deleteLater();
    });
    m_timer.start();
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
            &SecretClipboard::clearIfStillThere);
}

void SecretClipboard::clearIfStillThere() {
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (hashOf(clipboard->text()) == m_hash)
        clipboard->clear();
}
