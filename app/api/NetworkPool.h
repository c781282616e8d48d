#pragma once

#include "TlsTrust.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

class QNetworkAccessManager;

// The network managers of one program: one per TLS trust, so that a kept-alive connection
// (and HTTP/2 where the server offers it) serves every call with that trust and never a call
// with another. A Qt network manager lends an open connection to any request for the same
// host and port, whatever that request's TLS settings; a manager per trust is what keeps a
// connection checked against one CA from serving a connection that trusts another.
//
// The pool hangs on the program's root manager, the one handed to ManagementApi and
// DeviceAuthorization: plain http (loopback only) goes through the root itself, https through
// the pool. The pool and its managers go when the root goes.
class NetworkPool : public QObject {
    Q_OBJECT

public:
    // The pool of `root`, made on first use.
    static NetworkPool *of(QNetworkAccessManager *root);

    // The manager for https requests with this trust: the same one for every equal trust.
    QNetworkAccessManager *manager(const TlsTrust &trust);
    int managerCount() const { return int(m_managers.size()); }

private:
    explicit NetworkPool(QNetworkAccessManager *root);

    QNetworkAccessManager *m_root;
    QHash<QByteArray, QNetworkAccessManager *> m_managers; // by TlsTrust::fingerprint()
};
