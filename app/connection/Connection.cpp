#include "Connection.h"

#include <QCoreApplication>
#include <QFile>
#include <QUuid>

namespace {

bool fail(QString *problem, const QString &why) {
    if (problem)
        *problem = why;
    return false;
}

QByteArray readSmallFile(const QString &path, QString *problem) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return {};
    }
    return file.read(1024 * 1024);
}

} // namespace

QString newSavedConnectionId() {
    return QStringLiteral("saved:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString influxctlConnectionId(const QString &profileName) {
    return QStringLiteral("influxctl:") + profileName;
}

Connection withOverrides(Connection connection, const ConnectionOverrides &overrides) {
    if (connection.product != Product::Dedicated)
        return connection;
    if (!overrides.accountId.isEmpty())
        connection.accountId = overrides.accountId;
    if (!overrides.clusterId.isEmpty())
        connection.clusterId = overrides.clusterId;
    return connection;
}

Connection connectionFromEndpoint(const Endpoint &endpoint) {
    Connection connection;
    connection.id = newSavedConnectionId();
    connection.name = endpoint.displayName();
    connection.product = endpoint.product;
    connection.apiUrl = endpoint.apiUrl;
    connection.accountId = endpoint.accountId;
    connection.clusterId = endpoint.clusterId;
    connection.production = endpoint.production;
    return connection;
}

bool validateConnection(const Connection &connection, QString *problem) {
    if (!connection.problem.isEmpty())
        return fail(problem, connection.problem);
    if (connection.name.trimmed().isEmpty())
        return fail(problem,
                    QCoreApplication::translate("Connection", "Give the connection a name."));
    if (!isAcceptableApiUrl(connection.apiUrl, problem))
        return false;
    if (connection.product == Product::Dedicated) {
        if (!isUuid(connection.accountId))
            return fail(problem,
                        QCoreApplication::translate(
                            "Connection",
                            "The account ID must be a UUID (8-4-4-4-12 hexadecimal digits)."));
        if (!isUuid(connection.clusterId))
            return fail(problem,
                        QCoreApplication::translate(
                            "Connection",
                            "The cluster ID must be a UUID (8-4-4-4-12 hexadecimal digits)."));
    }
    return true;
}

Connection connectionFromProfile(const InfluxctlProfile &profile) {
    Connection connection;
    connection.id = influxctlConnectionId(profile.name);
    connection.name = profile.name;
    connection.source = Connection::Source::Influxctl;
    connection.profileToken = profile.managementToken;
    connection.caFile = profile.tls.ca;
    connection.clientCertFile = profile.tls.cert;
    connection.clientKeyFile = profile.tls.key;
    connection.tlsInsecure = profile.tls.insecure;
    connection.oauth2 = profile.oauth2;

    if (!productFromKey(profile.product, &connection.product)) {
        connection.problem =
            profile.product.isEmpty()
                ? QCoreApplication::translate(
                      "Connection", "The profile has no product; influxctl needs \"dedicated\" or "
                                    "\"clustered\".")
                : QCoreApplication::translate(
                      "Connection",
                      "The profile's product \"%1\" is neither \"dedicated\" nor \"clustered\".")
                      .arg(profile.product);
        return connection;
    }
    if (connection.product == Product::Dedicated) {
        // The profile's host is the data host; management always goes to the console.
        connection.apiUrl = QUrl(DefaultDedicatedApiUrl);
        connection.accountId = profile.accountId;
        connection.clusterId = profile.clusterId;
    } else {
        const QString host = profile.host.trimmed();
        if (host.isEmpty()) {
            connection.problem =
                QCoreApplication::translate("Connection", "A Clustered profile needs a host.");
            return connection;
        }
        if (host.contains(QLatin1String("://")) || host.contains(QLatin1Char('/'))) {
            connection.problem =
                QCoreApplication::translate(
                    "Connection",
                    "The profile's host \"%1\" must be a host name only, without a scheme or "
                    "path.")
                    .arg(host);
            return connection;
        }
        QUrl url;
        url.setScheme(profile.tls.disable ? QStringLiteral("http") : QStringLiteral("https"));
        url.setHost(host);
        if (!profile.port.isEmpty()) {
            bool ok = false;
            const int port = profile.port.toInt(&ok);
            if (!ok || port < 1 || port > 65535) {
                connection.problem =
                    QCoreApplication::translate("Connection",
                                                "The profile's port \"%1\" is not a port number.")
                        .arg(profile.port);
                return connection;
            }
            url.setPort(port);
        }
        url.setPath(QStringLiteral("/api/v0"));
        connection.apiUrl = url;
    }
    QString problem;
    if (!isAcceptableApiUrl(connection.apiUrl, &problem)) {
        connection.problem =
            profile.tls.disable
                ? QCoreApplication::translate("Connection", "tls.disable is set, but %1")
                      .arg(problem)
                : problem;
        return connection;
    }
    if (!validateConnection(connection, &problem))
        connection.problem = problem;
    else if (connection.usesSignIn() && !validateOAuth2Settings(connection.oauth2, &problem))
        connection.problem = problem;
    return connection;
}

bool endpointFor(const Connection &connection, const QString &managementToken, Endpoint *endpoint,
                 QString *problem) {
    if (!validateConnection(connection, problem))
        return false;
    if (managementToken.isEmpty())
        return fail(problem,
                    QCoreApplication::translate("Connection", "Enter a management token."));
    Endpoint result;
    result.product = connection.product;
    result.apiUrl = connection.apiUrl;
    if (connection.product == Product::Dedicated) {
        result.accountId = connection.accountId;
        result.clusterId = connection.clusterId;
    }
    result.managementToken = managementToken;
    result.name = connection.name;
    result.production = connection.production;
    result.tlsInsecure = connection.tlsInsecure;

    QString why;
    if (!connection.caFile.isEmpty()) {
        const QByteArray pem = readSmallFile(connection.caFile, &why);
        result.extraCaCertificates = QSslCertificate::fromData(pem, QSsl::Pem);
        if (result.extraCaCertificates.isEmpty())
            result.extraCaCertificates = QSslCertificate::fromData(pem, QSsl::Der);
        if (result.extraCaCertificates.isEmpty())
            return fail(
                problem,
                (connection.isReadOnly()
                     ? QCoreApplication::translate(
                           "Connection", "The certificate authority file %1 (tls.ca) could not be "
                                         "read: %2")
                     : QCoreApplication::translate(
                           "Connection", "The certificate authority file %1 could not be read: %2"))
                    .arg(connection.caFile,
                         why.isEmpty()
                             ? QCoreApplication::translate("Connection", "no certificate in it")
                             : why));
    }
    if (!connection.clientCertFile.isEmpty() || !connection.clientKeyFile.isEmpty()) {
        if (connection.clientCertFile.isEmpty() || connection.clientKeyFile.isEmpty())
            return fail(problem,
                        QCoreApplication::translate(
                            "Connection", "A client certificate needs both tls.cert and tls.key."));
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromData(readSmallFile(connection.clientCertFile, &why), QSsl::Pem);
        if (certificates.isEmpty())
            return fail(problem, QCoreApplication::translate(
                                     "Connection",
                                     "The client certificate %1 (tls.cert) could not be read: %2")
                                     .arg(connection.clientCertFile,
                                          why.isEmpty() ? QCoreApplication::translate(
                                                              "Connection", "no certificate in it")
                                                        : why));
        const QByteArray keyPem = readSmallFile(connection.clientKeyFile, &why);
        for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            result.clientKey = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
            if (!result.clientKey.isNull())
                break;
        }
        if (result.clientKey.isNull())
            return fail(problem,
                        QCoreApplication::translate(
                            "Connection", "The client key %1 (tls.key) could not be read: %2")
                            .arg(connection.clientKeyFile,
                                 why.isEmpty() ? QCoreApplication::translate(
                                                     "Connection", "not an unencrypted PEM key")
                                               : why));
        result.clientCertificate = certificates.first();
    }
    *endpoint = result;
    return true;
}
