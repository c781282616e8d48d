#include "ConnectionController.h"

#include "ConnectionStore.h"
#include "DeviceAuthorization.h"

#include <QSslCertificate>

#include <algorithm>

ConnectionController::ConnectionController(CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials) {}

void ConnectionController::load(const QString &influxctlConfigPath) {
    m_config = readInfluxctlConfig(influxctlConfigPath);
    m_connections = ConnectionStore::allConnections(m_config);
    Q_EMIT connectionsChanged();
}

const Connection *ConnectionController::find(const QString &id) const {
    for (const Connection &connection : m_connections)
        if (connection.id == id)
            return &connection;
    return nullptr;
}

void ConnectionController::saveConnections(const QList<Connection> &connections) {
    QList<Connection> saved;
    for (const Connection &connection : connections) {
        if (connection.isReadOnly()) {
            // influxctl's file is never written: the marks of its profiles are kept here.
            ConnectionStore::setProfileProduction(connection.name, connection.production);
            ConnectionStore::setProfileRemembered(
                connection.name, connection.rememberToken && !connection.hasProfileToken());
            continue;
        }
        saved.append(connection);
    }
    auto findIn = [](const QList<Connection> &list, const QString &id) -> const Connection * {
        auto found = std::find_if(list.cbegin(), list.cend(), [&](const Connection &connection) {
            return connection.id == id;
        });
        return found == list.cend() ? nullptr : &*found;
    };
    // Entries of connections removed or no longer remembered leave the keychain; profiles
    // left out of `connections` stay as they are.
    for (const Connection &before : std::as_const(m_connections)) {
        const Connection *after = findIn(connections, before.id);
        if (!after && before.isReadOnly())
            continue;
        if (before.rememberToken && !(after && after->rememberToken))
            m_credentials->remove(before.id, this, [](const CredentialStore::Result &) {});
        if (!after)
            m_memoryTokens.remove(before.id);
    }
    // Ticked now for a token already known this run: it goes to the keychain at once.
    for (const Connection &after : connections) {
        const Connection *before = findIn(m_connections, after.id);
        if (after.usesSignIn()) {
            const DeviceAuthorization *auth = m_signIns.value(after.id);
            if (after.rememberToken && !(before && before->rememberToken) && auth &&
                !auth->refreshToken().isEmpty())
                keepInKeychain(after.id, auth->refreshToken());
            continue;
        }
        const auto known = m_memoryTokens.constFind(after.id);
        if (after.rememberToken && !after.hasProfileToken() && !(before && before->rememberToken) &&
            known != m_memoryTokens.cend())
            keepInKeychain(after.id, *known);
    }
    ConnectionStore::saveSaved(saved);
    m_connections = ConnectionStore::allConnections(m_config);
    Q_EMIT connectionsChanged();
}

ConnectionController::TokenSource
ConnectionController::tokenSource(const Connection &connection) const {
    if (connection.usesSignIn()) {
        if (isSignedIn(connection.id))
            return TokenSource::Memory;
        return connection.rememberToken && !m_refused.contains(connection.id)
                   ? TokenSource::Keychain
                   : TokenSource::SignIn;
    }
    // A token typed after a refusal comes before the profile's own, which the server refused.
    if (m_memoryTokens.contains(connection.id))
        return TokenSource::Memory;
    if (m_refused.contains(connection.id))
        return TokenSource::Refused;
    if (connection.hasProfileToken())
        return TokenSource::Profile;
    return connection.rememberToken ? TokenSource::Keychain : TokenSource::None;
}

bool ConnectionController::canOpenWithoutTyping(const Connection &connection) const {
    const TokenSource source = tokenSource(connection);
    return source != TokenSource::Refused && source != TokenSource::None &&
           source != TokenSource::SignIn;
}

void ConnectionController::tokenRefused(const QString &connectionId, const QString &serverMessage) {
    m_memoryTokens.remove(connectionId);
    m_refused.insert(connectionId, serverMessage);
    // The cluster refused what the provider gave: that sign-in is over.
    if (DeviceAuthorization *auth = m_signIns.value(connectionId))
        auth->signOut();
}

DeviceAuthorization *ConnectionController::signIn(const Connection &connection) {
    if (DeviceAuthorization *known = m_signIns.value(connection.id))
        return known;
    const QString id = connection.id;
    auto *auth = new DeviceAuthorization(m_network, connection.oauth2, this);
    // influxctl's tls.ca is trusted for the identity provider too.
    if (!connection.caFile.isEmpty())
        auth->setExtraCaCertificates(QSslCertificate::fromPath(connection.caFile));
    m_signIns.insert(id, auth);
    connect(auth, &DeviceAuthorization::stateChanged, this,
            [this, id](DeviceAuthorization::State state) {
                if (state != DeviceAuthorization::State::SignedIn &&
                    state != DeviceAuthorization::State::Renewing)
                    m_opened.remove(id);
            });
    connect(auth, &DeviceAuthorization::signedIn, this, [this, id, auth] {
        m_refused.remove(id);
        if (m_opened.value(id)) {
            Q_EMIT accessTokenRenewed(id, auth->accessToken());
            return;
        }
        const Connection *current = find(id);
        if (!current)
            return;
        m_opened.insert(id, true);
        finishOpen(withOverrides(*current, m_overrides.value(id)), auth->accessToken());
    });
    connect(auth, &DeviceAuthorization::refreshTokenChanged, this,
            [this, id](const QString &refreshToken) {
                const Connection *current = find(id);
                if (!current || !current->rememberToken)
                    return;
                if (refreshToken.isEmpty())
                    m_credentials->remove(id, this, [](const CredentialStore::Result &) {});
                else
                    keepInKeychain(id, refreshToken);
            });
    connect(auth, &DeviceAuthorization::signInNeeded, this,
            [this, id](const QString &reason) { Q_EMIT signInNeeded(id, reason); });
    return auth;
}

bool ConnectionController::isSignedIn(const QString &connectionId) const {
    const DeviceAuthorization *auth = m_signIns.value(connectionId);
    return auth && !auth->accessToken().isEmpty();
}

void ConnectionController::signOut(const QString &connectionId) {
    if (DeviceAuthorization *auth = m_signIns.value(connectionId))
        auth->signOut();
    const Connection *connection = find(connectionId);
    if (connection && connection->rememberToken)
        m_credentials->remove(connectionId, this, [](const CredentialStore::Result &) {});
}

QString ConnectionController::refusedReason(const Connection &connection) const {
    QString reason;
    if (connection.hasProfileToken())
        reason = tr("The server refused the management token for %1 (HTTP 401), the mgmt_token "
                    "of its influxctl profile. Enter a new one: it is used instead for as long "
                    "as Token Admin runs, kept in memory only; the profile is not changed.")
                     .arg(connection.name);
    else if (connection.rememberToken)
        reason = tr("The server refused the management token for %1 (HTTP 401): it is wrong, "
                    "expired or revoked. Enter a new one: it replaces the one in the keychain.")
                     .arg(connection.name);
    else
        reason = tr("The server refused the management token for %1 (HTTP 401): it is wrong, "
                    "expired or revoked. Enter a new one.")
                     .arg(connection.name);
    if (const QString said = m_refused.value(connection.id); !said.isEmpty())
        reason += QLatin1Char(' ') + tr("The server said: %1").arg(said);
    return reason;
}

void ConnectionController::setOverrides(const QString &connectionId,
                                        const ConnectionOverrides &overrides) {
    if (overrides.isEmpty())
        m_overrides.remove(connectionId);
    else
        m_overrides.insert(connectionId, overrides);
}

ConnectionOverrides ConnectionController::overrides(const QString &connectionId) const {
    return m_overrides.value(connectionId);
}

void ConnectionController::open(const Connection &chosen, const QString &typedToken) {
    const Connection connection = withOverrides(chosen, m_overrides.value(chosen.id));
    QString problem;
    if (!validateConnection(connection, &problem)) {
        Q_EMIT failed(connection.id, problem);
        return;
    }
    if (connection.usesSignIn()) {
        openSignedIn(connection);
        return;
    }
    if (!typedToken.isEmpty()) {
        // A profile's own mgmt_token is never copied, nor a token typed in its place; any
        // other typed token is the user's to keep, over the entry the keychain had.
        if (connection.rememberToken && !connection.hasProfileToken())
            keepInKeychain(connection.id, typedToken);

        m_refused.remove(connection.id);
        m_memoryTokens.insert(connection.id, typedToken);
        finishOpen(connection, typedToken);
        return;
    }
    switch (tokenSource(connection)) {
    case TokenSource::Memory:
        finishOpen(connection, m_memoryTokens.value(connection.id));
        return;
    case TokenSource::Profile:
        finishOpen(connection, connection.profileToken);
        return;
    case TokenSource::Refused:
        Q_EMIT tokenNeeded(connection.id, refusedReason(connection));
        return;
    case TokenSource::None:
        Q_EMIT tokenNeeded(connection.id, tr("Enter the management token for %1. It is kept in "
                                             "memory until Token Admin quits.")
                                              .arg(connection.name));
        return;
    case TokenSource::Keychain:
        break;
    case TokenSource::SignIn: // handled above
        return;
    }
    m_credentials->read(
        connection.id, this, [this, connection](const CredentialStore::Result &result) {
            if (result.ok() && !result.token.isEmpty()) {
                m_memoryTokens.insert(connection.id, result.token);
                finishOpen(connection, result.token);
                return;
            }
            Q_EMIT tokenNeeded(connection.id,
                               result.status == CredentialStore::Result::Status::NotFound
                                   ? tr("The keychain holds no management token for %1: enter "
                                        "it.")
                                         .arg(connection.name)
                                   : CredentialStore::describe(result));
        });
}

void ConnectionController::openSignedIn(const Connection &connection) {
    DeviceAuthorization *auth = signIn(connection);
    const QString provider = connection.oauth2.providerHost();
    if (m_refused.contains(connection.id)) {
        QString reason =
            tr("The server refused the sign-in for %1 (HTTP 401). Sign in again through %2.")
                .arg(connection.name, provider);
        if (const QString said = m_refused.value(connection.id); !said.isEmpty())
            reason += QLatin1Char(' ') + tr("The server said: %1").arg(said);
        Q_EMIT signInNeeded(connection.id, reason);
        return;
    }
    if (!auth->accessToken().isEmpty()) {
        m_opened.insert(connection.id, true);
        finishOpen(connection, auth->accessToken());
        return;
    }
    // A first sign-in needs no reason: the dialog says what to do.
    if (!connection.rememberToken) {
        Q_EMIT signInNeeded(connection.id, {});
        return;
    }
    // Stay signed in: the refresh token kept in the keychain brings a new access token.
    m_credentials->read(
        connection.id, this, [this, id = connection.id](const CredentialStore::Result &result) {
            DeviceAuthorization *auth = m_signIns.value(id);
            if (!auth)
                return;
            if (result.ok() && !result.token.isEmpty())
                auth->resume(result.token);
            else
                Q_EMIT signInNeeded(id, result.status == CredentialStore::Result::Status::NotFound
                                            ? QString()
                                            : CredentialStore::describe(result));
        });
}

void ConnectionController::keepInKeychain(const QString &connectionId, const QString &token) {
    const Connection *connection = find(connectionId);
    const bool signIn = connection && connection->usesSignIn();
    m_credentials->write(
        connectionId, token, this, [this, signIn](const CredentialStore::Result &r) {
            if (r.ok())
                return;
            Q_EMIT notice(signIn
                              ? tr("The sign-in was not kept in the keychain: the next start asks "
                                   "to sign in again. %1")
                                    .arg(CredentialStore::describe(r))
                              : tr("The management token was not saved in the keychain. %1")
                                    .arg(CredentialStore::describe(r)));
        });
}

void ConnectionController::finishOpen(const Connection &connection, const QString &token) {
    Endpoint endpoint;
    QString problem;
    if (!endpointFor(connection, token, &endpoint, &problem)) {
        Q_EMIT failed(connection.id, problem);
        return;
    }
    if (find(connection.id)) // the command line's connection is for this run only
        ConnectionStore::setLastUsed(connection.id);
    Q_EMIT ready(endpoint, connection.id);
}
