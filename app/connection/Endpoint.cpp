#include "Endpoint.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

QUrl withPathSegment(const QUrl &base, const QString &segment) {
    // QUrl decodes "%2E" back to ".", so "." and ".." cannot be made safe here: callers
    // refuse them first (see isSafePathSegment).
    const QByteArray encoded = QUrl::toPercentEncoding(segment);
    QString path = base.path(QUrl::FullyEncoded);
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    path += QString::fromLatin1(encoded);
    QUrl url = base;
    url.setPath(path, QUrl::StrictMode);
    return url;
}

QUrl Endpoint::tokensUrl() const {
    if (product == Product::Clustered)
        return withPathSegment(apiUrl, QStringLiteral("tokens"));
    QUrl url = withPathSegment(apiUrl, QStringLiteral("accounts"));
    url = withPathSegment(url, accountId);
    url = withPathSegment(url, QStringLiteral("clusters"));
    url = withPathSegment(url, clusterId);
    return withPathSegment(url, QStringLiteral("tokens"));
}

QUrl Endpoint::tokenUrl(const QString &tokenId) const {
    return withPathSegment(tokensUrl(), tokenId);
}

QUrl Endpoint::databasesUrl() const {
    if (product == Product::Clustered)
        return withPathSegment(apiUrl, QStringLiteral("databases"));
    QUrl url = withPathSegment(apiUrl, QStringLiteral("accounts"));
    url = withPathSegment(url, accountId);
    url = withPathSegment(url, QStringLiteral("clusters"));
    url = withPathSegment(url, clusterId);
    return withPathSegment(url, QStringLiteral("databases"));
}

namespace {

QString hostAndPort(const QUrl &url) {
    QString host = url.host();
    if (url.port() > 0)
        host += QLatin1Char(':') + QString::number(url.port());
    return host;
}

} // namespace

QString Endpoint::displayName() const {
    if (!name.isEmpty())
        return name;
    return clusterLabel();
}

QString Endpoint::clusterLabel() const {
    auto join = [](const QString &a, const QString &b) {
        return QCoreApplication::translate("Endpoint", "%1 · %2").arg(a, b);
    };
    const QString host = hostAndPort(apiUrl);
    // Dedicated clusters share one host: the cluster ID tells them apart.
    const QString place =
        product == Product::Clustered // the host is the cluster
            ? host
            : join(host,
                   QCoreApplication::translate("Endpoint", "cluster %1").arg(clusterId.left(8)));
    // A connection named after its place (one given on the command line) is not named twice.
    if (name.isEmpty() || name == place)
        return place;
    return product == Product::Clustered
               ? join(name, host)
               : join(name,
                      QCoreApplication::translate("Endpoint", "cluster %1").arg(clusterId.left(8)));
}

bool isAcceptableApiUrl(const QUrl &url, QString *reason) {
    auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(QCoreApplication::translate("Endpoint", "The API URL is not a valid URL."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme != QLatin1String("http"))
        return fail(
            QCoreApplication::translate("Endpoint", "The API URL must start with https://."));
    const QHostAddress address(url.host());
    const bool loopback =
        url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        (!address.isNull() && address.isLoopback());
    if (!loopback)
        return fail(QCoreApplication::translate(
            "Endpoint", "Plain http:// is only allowed for this computer (127.0.0.1, ::1 or "
                        "localhost): the management token would cross the network unencrypted. "
                        "Use https://."));
    return true;
}

bool isSafePathSegment(const QString &segment) {
    return !segment.isEmpty() && segment != QLatin1String(".") && segment != QLatin1String("..");
}

bool isUuid(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}
