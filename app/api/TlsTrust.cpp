#include "TlsTrust.h"

#include "Endpoint.h"

#include <QCryptographicHash>

#include <algorithm>

TlsTrust TlsTrust::of(const Endpoint &endpoint) {
    return {endpoint.extraCaCertificates, endpoint.clientCertificate, endpoint.clientKey,
            endpoint.tlsInsecure};
}

QSslConfiguration TlsTrust::sslConfiguration() const {
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!extraCaCertificates.isEmpty())
        configuration.addCaCertificates(extraCaCertificates);
    if (!clientCertificate.isNull()) {
        configuration.setLocalCertificate(clientCertificate);
        configuration.setPrivateKey(clientKey);
    }
    // influxctl's tls.insecure: honoured because the admin asked for it in their profile; the
    // window shows it in red for as long as this connection is open.
    if (insecure)
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

QByteArray TlsTrust::fingerprint() const {
    QList<QByteArray> authorities;
    for (const QSslCertificate &certificate : extraCaCertificates)
        authorities.append(certificate.digest(QCryptographicHash::Sha256));
    std::sort(authorities.begin(), authorities.end());
    authorities.erase(std::unique(authorities.begin(), authorities.end()), authorities.end());

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(insecure ? "insecure\n" : "verified\n");
    for (const QByteArray &authority : std::as_const(authorities)) {
        hash.addData("ca ");
        hash.addData(authority);
    }
    if (!clientCertificate.isNull()) {
        hash.addData("certificate ");
        hash.addData(clientCertificate.digest(QCryptographicHash::Sha256));
        hash.addData("key ");
        hash.addData(QCryptographicHash::hash(clientKey.toPem(), QCryptographicHash::Sha256));
    }
    return hash.result();
}
