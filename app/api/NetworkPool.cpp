#include "NetworkPool.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

NetworkPool::NetworkPool(QNetworkAccessManager *root)
    : QObject(root)
    , m_root(root) {
    setObjectName(QStringLiteral("networkPool"));
}

NetworkPool *NetworkPool::of(QNetworkAccessManager *root) {
    if (auto *pool = root->findChild<NetworkPool *>(QStringLiteral("networkPool"),
                                                    Qt::FindDirectChildrenOnly))
        return pool;
    return new NetworkPool(root);
}

QNetworkAccessManager *NetworkPool::manager(const TlsTrust &trust) {
    const QByteArray key = trust.fingerprint();
    QNetworkAccessManager *&manager = m_managers[key];
    if (!manager) {
        manager = new QNetworkAccessManager(this);
        // Through the same proxy as everything else the program sends.
        manager->setProxy(m_root->proxy());
    }
    return manager;
}
