#pragma once

#include "Product.h"

#include <QByteArray>
#include <QString>

// Where a request goes: the resource its percent-encoded path names, with the IDs in it.
struct SandboxRoute {
    enum class Resource { TokenCollection, TokenItem, Databases };

    Resource resource = Resource::TokenCollection;
    QString accountId; // Dedicated only, decoded
    QString clusterId; // Dedicated only, decoded
    QString tokenId;   // TokenItem only, decoded

    // Matches the path segment by segment, so an ID holding an encoded "/" stays one segment.
    // False for a path the API does not have.
    static bool match(const QString &encodedPath, Product product, SandboxRoute *route);

    // The Allow header of a 405 here.
    QByteArray allowedMethods() const;
    bool allows(const QByteArray &method) const;
    // The first path ID that is not a UUID (the spec's UuidV4): false, with its parameter's
    // name and its value; true when every ID is one.
    bool idsAreUuids(Product product, QString *name, QString *value) const;

    // 8-4-4-4-12 hexadecimal digits, either case: the spec's `format: uuid`.
    static bool isUuid(const QString &text);
};
