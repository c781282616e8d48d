#pragma once

#include "ErrorHistory.h"

#include <QList>
#include <QString>

struct Endpoint;

// What a bug report needs to know, as plain text for the clipboard: Token Admin's and Qt's
// versions, the platform, what kind of connection is open and to which product, and the
// latest errors. Never a token, a secret, or an ID: no management token, no token ID or
// secret, no account or cluster ID, no connection name (errors may name a host). In English,
// for whoever reads the report, whatever the program's language.
struct DiagnosticReport {
    // How the open connection was made: "sandbox", "influxctl profile", "saved connection",
    // "command line".
    QString connectionKind;
    const Endpoint *endpoint = nullptr; // the open connection's, or nullptr
    QList<ErrorHistory::Entry> errors;

    QString text() const;
};

// What ConnectionCoordinator's connection ID ("sandbox:", "influxctl:NAME", "saved:UUID",
// "command-line:") says of how the connection was made; never the name or UUID.
QString connectionKindOf(const QString &connectionId);
