#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>

// One (action, resource) pair of a database token, as the Management API sends it:
// read and write on one database are two entries.
struct Permission {
    QString action;   // "read" or "write" in practice; the spec has no enum
    QString resource; // a database name, or "*" for all databases

    friend bool operator==(const Permission &, const Permission &) = default;
};

Q_DECLARE_TYPEINFO(Permission, Q_RELOCATABLE_TYPE);

inline size_t qHash(const Permission &permission, size_t seed = 0) noexcept {
    return qHashMulti(seed, permission.action, permission.resource);
}

namespace PermissionNames {
inline constexpr QLatin1StringView Read{"read"};
inline constexpr QLatin1StringView Write{"write"};
inline constexpr QLatin1StringView AllDatabases{"*"};
} // namespace PermissionNames

// Read and write are the actions the docs know and the dialogs edit; any other the server
// sends is kept as it is.
inline bool isReadOrWrite(const Permission &permission) {
    return permission.action == PermissionNames::Read ||
           permission.action == PermissionNames::Write;
}
