#pragma once

#include "Permission.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One change the program asked the server for, as the history records it: one row per
// request. Holds no secret: neither the management token nor a new token's accessToken.
struct HistoryEntry {
    // Stored by name (historyOperationName), so that rows stay readable as the list grows.
    enum class Operation {
        Create,
        Edit,
        Revoke,
        Disable,
        Reenable,
        RotateCreate, // a rotation's new token
        RotateRevoke, // a rotation's revoke of the old token
    };
    // Pending from the moment the row is written, before the request leaves; then what the
    // answer said. A row left pending by a run that ended reads as Unknown on the next start.
    enum class Outcome { Pending, Confirmed, Failed, Unknown };

    qint64 id = 0;         // the row's, once written
    QDateTime requestedAt; // UTC
    QString osUser;
    QString connectionName;
    QString product; // "Dedicated" or "Clustered"
    QString accountId;
    QString clusterId;
    QString host; // Clustered: the API's host
    Operation operation = Operation::Create;
    QString tokenId; // empty for a create until the server names the token
    QString description;
    std::optional<QList<Permission>> permissionsBefore; // none for a create
    std::optional<QList<Permission>> permissionsAfter;  // none for a revoke
    // Groups the rows of one bulk action or one rotation; empty for a single change.
    QString batchId;
    // A rotation's other token: the old one on its new token's row, and the reverse.
    QString relatedTokenId;

    Outcome outcome = Outcome::Pending;
    QDateTime finishedAt;
    int httpStatus = 0; // Failed (and Unknown after a gateway's 502/504)
    QString message;    // what the server (or the transport) said
};

QString historyOperationName(HistoryEntry::Operation operation);
std::optional<HistoryEntry::Operation> historyOperationFromName(const QString &name);
QString historyOutcomeName(HistoryEntry::Outcome outcome);
std::optional<HistoryEntry::Outcome> historyOutcomeFromName(const QString &name);

// Permissions as the history stores them: the API's own JSON array, compact.
QString permissionsToJson(const QList<Permission> &permissions);

// The name of the person running the program, as the operating system knows them.
QString operatingSystemUser();
