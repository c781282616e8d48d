#include "DiagnosticReport.h"

#include "Endpoint.h"
#include "TokenAdminVersion.h"

#include <QGuiApplication>
#include <QHostAddress>
#include <QLocale>
#include <QSslSocket>
#include <QSysInfo>

namespace {

QString kindName(ApiError::Kind kind) {
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("none");
    case ApiError::Kind::ConnectionRefused:
        return QStringLiteral("connection refused");
    case ApiError::Kind::HostNotFound:
        return QStringLiteral("host not found");
    case ApiError::Kind::Tls:
        return QStringLiteral("TLS");
    case ApiError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ApiError::Kind::Network:
        return QStringLiteral("network");
    case ApiError::Kind::Http:
        return QStringLiteral("HTTP");
    case ApiError::Kind::BadResponse:
        return QStringLiteral("bad response");
    case ApiError::Kind::InvalidRequest:
        return QStringLiteral("invalid request");
    }
    return QStringLiteral("unknown");
}

QString yesNo(bool value) {
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

QString connectionKindOf(const QString &connectionId) {
    if (connectionId.startsWith(QLatin1String("sandbox:")))
        return QStringLiteral("sandbox");
    if (connectionId.startsWith(QLatin1String("influxctl:")))
        return QStringLiteral("influxctl profile");
    if (connectionId.startsWith(QLatin1String("saved:")))
        return QStringLiteral("saved connection");
    if (connectionId.startsWith(QLatin1String("command-line:")))
        return QStringLiteral("command line");
    return connectionId.isEmpty() ? QStringLiteral("none") : QStringLiteral("other");
}

QString DiagnosticReport::text() const {
    QStringList lines;
    lines << QStringLiteral("Token Admin %1").arg(QLatin1String(TokenAdminVersion));
    lines << QStringLiteral("Qt %1 (built with %2)")
                 .arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR));
    lines << QStringLiteral("Platform: %1; kernel %2 %3; %4; Qt platform plugin %5")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                      QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture(),
                      QGuiApplication::platformName());
    lines << QStringLiteral("TLS library: %1").arg(QSslSocket::sslLibraryVersionString());
    lines << QStringLiteral("Locale: %1").arg(QLocale().name());

    if (endpoint) {
        const QString host = endpoint->apiUrl.host();
        const bool loopback = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
        lines << QStringLiteral("Connection: %1; %2; %3 to a %4 host")
                     .arg(connectionKind,
                          endpoint->product == Product::Clustered
                              ? QStringLiteral("InfluxDB 3 Clustered")
                              : QStringLiteral("InfluxDB 3 Cloud Dedicated"),
                          endpoint->apiUrl.scheme(),
                          loopback ? QStringLiteral("loopback") : QStringLiteral("remote"));
        lines << QStringLiteral("  production: %1; certificate checks off (tls.insecure): %2; "
                                "extra certificate authorities: %3; client certificate: %4")
                     .arg(yesNo(endpoint->production), yesNo(endpoint->tlsInsecure),
                          QString::number(endpoint->extraCaCertificates.size()),
                          yesNo(!endpoint->clientCertificate.isNull()));
    } else {
        lines << QStringLiteral("Connection: none open");
    }

    if (errors.isEmpty()) {
        lines << QStringLiteral("Recent errors: none");
    } else {
        lines << QStringLiteral("Recent errors (oldest first):");
        for (const ErrorHistory::Entry &error : errors) {
            QString line =
                QStringLiteral("  %1 %2: %3")
                    .arg(error.at.toString(Qt::ISODate), error.call, kindName(error.kind));
            if (error.httpStatus != 0)
                line += QStringLiteral(" %1").arg(error.httpStatus);
            if (!error.serverMessage.isEmpty())
                line += QStringLiteral("; server: %1").arg(error.serverMessage);
            if (!error.detail.isEmpty())
                line += QStringLiteral("; detail: %1").arg(error.detail);
            lines << line;
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
