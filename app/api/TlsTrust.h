#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

struct Endpoint;

// What one connection's TLS trusts and presents: certificate authorities trusted besides the
// system's (influxctl's tls.ca), a client certificate and key (tls.cert, tls.key), and
// tls.insecure. Requests with equal trust may share a TLS connection; any difference keeps
// them apart (NetworkPool).
struct TlsTrust {
    QList<QSslCertificate> extraCaCertificates;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    bool insecure = false;

    static TlsTrust of(const Endpoint &endpoint);

    // The system's trust plus this one's CAs and client certificate.
    QSslConfiguration sslConfiguration() const;
    // Equal for equal trust whatever the order of the CAs, different otherwise. Made of
    // digests: no key material is kept in it.
    QByteArray fingerprint() const;
};
