#pragma once

#include "SandboxDatabase.h"
#include "Token.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Deterministic, realistic data for the sandbox. Token IDs, descriptions, permissions and
// creation dates never change; expiry dates that must stay "expired" or "expiring soon"
// are placed relative to `now`. Tokens carry no accountId/clusterId: the server stamps them.
namespace SandboxData {

QString accountId();
QString clusterId();

// The cluster's databases (eight of them), the names the tokens refer to.
QList<SandboxDatabase> databases();

// About forty hand-written tokens covering every case a client must show: active, revoked,
// expired, expiring within seven days, "*", read-only, write-only, read+write, several
// databases and none at all.
QList<Token> seedTokens(const QDateTime &now = QDateTime::currentDateTimeUtc());

// `count` tokens for scale tests, the same for the same seed and `now`.
QList<Token> generateTokens(int count, quint32 seed,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace SandboxData
