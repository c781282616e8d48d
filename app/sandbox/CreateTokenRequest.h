#pragma once

#include "Permission.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A validated POST …/tokens body.
struct CreateTokenRequest {
    QString description;
    QList<Permission> permissions;
    QDateTime expiresAt; // invalid: never expires
};
