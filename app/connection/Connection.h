#pragma once

#include "Endpoint.h"
#include "InfluxctlConfig.h"
#include "OAuth2Settings.h"
#include "Product.h"

#include <QList>
#include <QString>
#include <QUrl>

// One cluster the user can connect to: one of influxctl's profiles (read-only here) or one
// of Token Admin's own. Holds no secret except an influxctl profile's own mgmt_token, which
// stays in memory.
struct Connection {
    enum class Source { Saved, Influxctl };

    QString id; // stable: "saved:<uuid>" or "influxctl:<profile name>"
    QString name;
    Source source = Source::Saved;
    Product product = Product::Dedicated;
    QUrl apiUrl;
    QString accountId; // Dedicated only
    QString clusterId; // Dedicated only
    bool production = false;
    bool rememberToken = false; // the management token is kept in the OS keychain

    // A certificate authority trusted for this connection besides the system's: a profile's
    // tls.ca, or chosen for a connection of Token Admin's own.
    QString caFile;

    // From an influxctl profile only.
    QString profileToken; // mgmt_token, used as it is and never copied elsewhere
    QString clientCertFile;
    QString clientKeyFile;
    bool tlsInsecure = false;
    // [profile.auth.oauth2]: the admin signs in through this identity provider instead of
    // typing a management token.
    OAuth2Settings oauth2;
    // Why this connection cannot be opened (e.g. http to a remote host); empty when usable.
    QString problem;

    bool isReadOnly() const { return source == Source::Influxctl; }
    bool hasProfileToken() const { return !profileToken.isEmpty(); }
    // Signs in through the identity provider: the profile has [profile.auth.oauth2] and no
    // mgmt_token of its own (which, as for influxctl, comes first).
    bool usesSignIn() const { return oauth2.enabled && !hasProfileToken(); }
};

// influxctl's --account and --cluster: they replace the IDs of the connection opened on start,
// for as long as Token Admin runs.
struct ConnectionOverrides {
    QString accountId;
    QString clusterId;

    bool isEmpty() const { return accountId.isEmpty() && clusterId.isEmpty(); }
};

QString newSavedConnectionId();
QString influxctlConnectionId(const QString &profileName);

// The API URL, IDs and name make sense: https (or http to loopback), UUIDs for Dedicated.
bool validateConnection(const Connection &connection, QString *problem);

// The connection with the overrides' IDs in place of its own; a Clustered one has none to
// replace.
Connection withOverrides(Connection connection, const ConnectionOverrides &overrides);

// A new connection of Token Admin's own to where `endpoint` leads, without its token.
Connection connectionFromEndpoint(const Endpoint &endpoint);

// What a profile means for the Management API: Dedicated goes to console.influxdata.com
// with the profile's IDs; Clustered to https://HOST[:PORT]/api/v0 (http with tls.disable,
// for loopback hosts only). A profile that cannot be used carries the reason in `problem`.
Connection connectionFromProfile(const InfluxctlProfile &profile);

// The Endpoint to open with this management token. Reads the profile's CA, certificate and
// key files; on failure returns false and says why.
bool endpointFor(const Connection &connection, const QString &managementToken, Endpoint *endpoint,
                 QString *problem);
