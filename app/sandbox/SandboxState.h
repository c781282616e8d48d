#pragma once

#include "Token.h"

#include <QHash>
#include <QList>
#include <QString>

// Everything the sandbox keeps between requests (and in its data file).
struct SandboxState {
    QString accountId;
    QString clusterId;
    QList<Token> tokens;
    // Token ID -> SHA-512 (hex) of its access token. Like the real service, the secret
    // itself is never kept.
    QHash<QString, QString> accessTokenSha512;
};
