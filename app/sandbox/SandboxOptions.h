#pragma once

#include "Product.h"

#include <QString>
#include <QUrl>

#include <chrono>

// How a SandboxServer behaves; the command line of token-admin-sandbox maps onto it.
struct SandboxOptions {
    Product product = Product::Dedicated;
    bool hideRevoked = false; // GET list (and GET one) leave revoked tokens out
    int generatedTokens = 0;  // 0: the hand-written seed; N: N generated tokens
    QString dataFile;         // empty: state in memory only; else a JSON state file
    QString managementToken;  // empty: a random one
    std::chrono::milliseconds responseDelay{0};
    // --oauth-introspect: Bearer tokens an identity provider's introspection endpoint calls
    // active are accepted too (the management token as well, unless oauthOnly).
    QUrl oauthIntrospectUrl;
    QString oauthClientId;
    QString oauthClientSecret;
    bool oauthOnly = false;
};
