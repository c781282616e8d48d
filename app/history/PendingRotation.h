#pragma once

#include <QDateTime>
#include <QString>

// A rotation whose new token the server confirmed while its old token is not revoked yet:
// both work until the old one is revoked. Kept in the history database, so that any later
// run shows it on the old token and can finish it.
struct PendingRotation {
    QString batchId; // the rotation's rows in the history share it
    QString oldTokenId;
    QString newTokenId;
    QDateTime replacedAt; // UTC: when the server confirmed the new token
};
