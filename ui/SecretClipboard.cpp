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

void SecretClipboard::copy(const QString &secret, std::chrono::milliseconds clearAfter) {
    delete current;
    current = new SecretClipboard(secret, clearAfter);
}

SecretClipboard::SecretClipboard(const QString &secret, std::chrono::milliseconds clearAfter)
    : QObject(QCoreApplication::instance())
    , m_hash(hashOf(secret)) {
    auto *data = new QMimeData;
    data->setText(secret);
    // KDE's Klipper and other clipboard managers skip entries carrying this hint.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data);

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
