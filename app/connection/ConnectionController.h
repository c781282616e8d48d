#pragma once

#include "Connection.h"
#include "CredentialStore.h"
#include "InfluxctlConfig.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class DeviceAuthorization;
class QNetworkAccessManager;

// The list of connections (influxctl's profiles and Token Admin's own) and how one is
// opened: which management token it uses, from where, and where a new one is kept. No
// widgets: the dialogs ask, this decides, and `ready` hands over an Endpoint to open.
class ConnectionController : public QObject {
    Q_OBJECT

public:
    explicit ConnectionController(CredentialStore *credentials, QObject *parent = nullptr);

    // Reads influxctl's file (again) and the saved connections.
    void load(const QString &influxctlConfigPath);
    const InfluxctlConfig &influxctlConfig() const { return m_config; }
    const QList<Connection> &connections() const { return m_connections; }
    const Connection *find(const QString &id) const;

    // Where sign-ins through an identity provider talk to it (the program's one manager).
    void setNetwork(QNetworkAccessManager *network) { m_network = network; }

    // Replaces the saved connections (influxctl's are left as they are) and the marks of
    // profiles. A connection no longer remembered loses its keychain entry; one remembered
    // now whose token is known this run has it written there.
    void saveConnections(const QList<Connection> &connections);

    // influxctl's --account/--cluster for this connection: applied each time it opens, for as
    // long as Token Admin runs.
    void setOverrides(const QString &connectionId, const ConnectionOverrides &overrides);
    ConnectionOverrides overrides(const QString &connectionId) const;

    // Where the token to open a connection comes from when none is typed.
    enum class TokenSource {
        Memory,   // known for this run: typed, or read from the keychain
        Profile,  // the influxctl profile's mgmt_token
        Keychain, // to be read from the keychain
        Refused,  // the server refused the last one: a new one must be typed
        None,     // to be typed
        SignIn,   // [profile.auth.oauth2], not signed in: sign in through the provider
    };
    TokenSource tokenSource(const Connection &connection) const;
    bool canOpenWithoutTyping(const Connection &connection) const;

    // Opens a connection (with its overrides): with `typedToken` when given (kept in memory
    // for this run, and in the keychain when the connection says so; never for a profile with
    // its own mgmt_token), else as tokenSource() says. Ends in ready(), tokenNeeded() or
    // failed().
    void open(const Connection &connection, const QString &typedToken = {});

    // The server refused the connection's token (HTTP 401, with its message): it is forgotten,
    // and opening asks for a new one instead of sending the profile's or the keychain's again.
    void tokenRefused(const QString &connectionId, const QString &serverMessage = {});

    // The sign-in of a connection that signs in through its identity provider (made on first
    // use, kept for the run). Start it, show its prompt; once it signs in, the connection
    // opens (ready()). Its renewals reach the open connection through accessTokenRenewed().
    DeviceAuthorization *signIn(const Connection &connection);
    bool isSignedIn(const QString &connectionId) const;
    // Forgets the sign-in: its tokens, and the refresh token in the keychain.
    void signOut(const QString &connectionId);

Q_SIGNALS:
    void connectionsChanged();
    void ready(const Endpoint &endpoint, const QString &connectionId);
    // No token is known: ask for one, saying why.
    void tokenNeeded(const QString &connectionId, const QString &reason);
    // The connection cannot be opened as it is.
    void failed(const QString &connectionId, const QString &problem);
    // Something the user should know that does not stop the connection (keychain trouble).
    void notice(const QString &message);
    // The connection signs in through its identity provider and is not signed in (any more):
    // show its sign-in, saying why (empty for a first sign-in).
    void signInNeeded(const QString &connectionId, const QString &reason);
    // A signed-in connection's access token was renewed.
    void accessTokenRenewed(const QString &connectionId, const QString &accessToken);

private:
    QString refusedReason(const Connection &connection) const;
    // Writes the entry (over any before it); says so when the keychain cannot keep it.
    void keepInKeychain(const QString &connectionId, const QString &token);
    void finishOpen(const Connection &connection, const QString &token);
    // A connection that signs in through its identity provider: signed in, resumed from the
    // keychain, or signInNeeded().
    void openSignedIn(const Connection &connection);

    CredentialStore *m_credentials;
    InfluxctlConfig m_config;
    QList<Connection> m_connections;
    QHash<QString, QString> m_memoryTokens; // this run only
    QHash<QString, ConnectionOverrides> m_overrides;
    QHash<QString, QString> m_refused; // connection id -> what the server said
    QNetworkAccessManager *m_network = nullptr;
    QHash<QString, QPointer<DeviceAuthorization>> m_signIns; // connection id -> its sign-in
    QHash<QString, bool> m_opened; // a sign-in's connection has opened with its current token
};
