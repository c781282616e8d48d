#pragma once

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>

// A test certificate authority and a loopback server certificate it signed (127.0.0.1 and
// localhost), made with openssl in `dir`: ca.pem for a client to trust, and the server's
// TLS configuration. Empty `error` on success.
inline QSslConfiguration makeLoopbackCertificates(const QString &dir, const QString &caSubject,
                                                  const QString &serverSubject, QString *error) {
    auto openssl = [&](const QStringList &arguments) {
        if (!error->isEmpty())
            return;
        QProcess process;
        process.setWorkingDirectory(dir);
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(30000))
            *error = QStringLiteral("openssl did not finish");
        else if (process.exitCode() != 0)
            *error = QString::fromLocal8Bit(process.readAllStandardError());
    };
    error->clear();
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                         QStringLiteral("-nodes")};
    openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
            QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                        QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-subj"), caSubject, QStringLiteral("-addext"),
                        QStringLiteral("basicConstraints=critical,CA:TRUE"),
                        QStringLiteral("-addext"),
                        QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    openssl(QStringList{QStringLiteral("req")} + ec +
            QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                        QStringLiteral("-out"), QStringLiteral("server.csr"),
                        QStringLiteral("-subj"), serverSubject});
    QFile extensions(dir + QStringLiteral("/server.ext"));
    if (!extensions.open(QIODevice::WriteOnly)) {
        *error = extensions.errorString();
        return {};
    }
    extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                     "extendedKeyUsage=serverAuth\n");
    extensions.close();
    openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")});
    if (!error->isEmpty())
        return {};
    QFile certificate(dir + QStringLiteral("/server.pem"));
    QFile key(dir + QStringLiteral("/server.key"));
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("openssl wrote no server certificate or key");
        return {};
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
    tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}
