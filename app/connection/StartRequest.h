#pragma once

#include "Connection.h"

#include <QString>
#include <QStringList>

#include <chrono>

class QCommandLineParser;
class QProcessEnvironment;

// The id of the connection given whole on the command line (--api-url …): no saved one.
inline const QString CommandLineConnectionId = QStringLiteral("command-line:");

// What token-admin's command line and environment ask for on start, read as influxctl reads
// its own: --config, --profile (else INFLUXCTL_PROFILE), --account and --cluster replacing the
// IDs of the connection opened; or a whole connection from --api-url, with its management
// token from INFLUX_MANAGEMENT_TOKEN (never a flag: anyone can read a command line).
struct StartRequest {
    bool sandbox = false;
    int sandboxTokens = 0; // --tokens: 0 for the sample set
    bool sandboxHidesRevoked = false;
    std::chrono::milliseconds timeout{60000};
    QString language; // --lang: empty for the system's

    QString configPath;
    QString profile; // empty: none asked for

    bool commandLineConnectionGiven = false;
    Connection commandLineConnection; // id CommandLineConnectionId
    QString environmentToken;         // with --api-url only

    ConnectionOverrides overrides; // for the connection opened on start, without --api-url

    // Options given in vain, one sentence each, to say on stderr.
    QStringList ignored;
    // Why the command line cannot be used; empty when it can.
    QString problem;
};

// The options token-admin understands, with their help texts.
void addStartOptions(QCommandLineParser *parser);

// Reads a parser that has parsed the arguments (after addStartOptions).
StartRequest readStartRequest(const QCommandLineParser &parser,
                              const QProcessEnvironment &environment);
