#pragma once

#include "Permission.h"

#include <QList>
#include <QString>

#include <optional>

// A validated PATCH …/tokens/{tokenId} body: only what was sent is set. Permissions, when
// sent, replace the whole set.
struct UpdateTokenRequest {
    std::optional<QString> description;
    std::optional<QList<Permission>> permissions;
};
