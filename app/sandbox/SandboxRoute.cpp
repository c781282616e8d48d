#include "SandboxRoute.h"

#include <QStringList>
#include <QUrl>

#include <utility>

bool SandboxRoute::match(const QString &encodedPath, Product product, SandboxRoute *route) {
    const QStringList segments = encodedPath.split(QLatin1Char('/'));
    // "", "api", "v0", ...
    if (segments.size() < 4 || !segments[0].isEmpty() || segments[1] != QLatin1StringView("api") ||
        segments[2] != QLatin1StringView("v0"))
        return false;
    QStringList rest = segments.mid(3);
    if (product == Product::Dedicated) {
        if (rest.size() < 5 || rest[0] != QLatin1StringView("accounts") ||
            rest[2] != QLatin1StringView("clusters"))
            return false;
        route->accountId = QUrl::fromPercentEncoding(rest[1].toUtf8());
        route->clusterId = QUrl::fromPercentEncoding(rest[3].toUtf8());
        rest = rest.mid(4);
    }
    if (rest.size() == 1 && rest[0] == QLatin1StringView("tokens")) {
        route->resource = Resource::TokenCollection;
        return true;
    }
    if (rest.size() == 2 && rest[0] == QLatin1StringView("tokens") && !rest[1].isEmpty()) {
        route->resource = Resource::TokenItem;
        route->tokenId = QUrl::fromPercentEncoding(rest[1].toUtf8());
        return true;
    }
    if (rest.size() == 1 && rest[0] == QLatin1StringView("databases")) {
        route->resource = Resource::Databases;
        return true;
    }
    return false;
}

QByteArray SandboxRoute::allowedMethods() const {
    switch (resource) {
    case Resource::TokenCollection:
        return QByteArrayLiteral("GET, POST");
    case Resource::TokenItem:
        return QByteArrayLiteral("GET, PATCH, DELETE");
    case Resource::Databases:
        break;
    }
    return QByteArrayLiteral("GET");
}

bool SandboxRoute::allows(const QByteArray &method) const {
    const QList<QByteArray> allowed = allowedMethods().split(',');
    for (const QByteArray &name : allowed) {
        if (name.trimmed() == method)
            return true;
    }
    return false;
}

bool SandboxRoute::idsAreUuids(Product product, QString *name, QString *value) const {
    const std::pair<QString, QString> ids[] = {
        {QStringLiteral("accountId"), product == Product::Dedicated ? accountId : QString()},
        {QStringLiteral("clusterId"), product == Product::Dedicated ? clusterId : QString()},
        {QStringLiteral("tokenId"), resource == Resource::TokenItem ? tokenId : QString()},
    };
    for (const auto &[parameter, id] : ids) {
        const bool inPath = parameter == QLatin1StringView("tokenId")
                                ? resource == Resource::TokenItem
                                : product == Product::Dedicated;
        if (inPath && !isUuid(id)) {
            *name = parameter;
            *value = id;
            return false;
        }
    }
    return true;
}

bool SandboxRoute::isUuid(const QString &text) {
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') ||
                     (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}
