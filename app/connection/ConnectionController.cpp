#include "ConnectionController.h"

#include "ConnectionStore.h"

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
            ConnectionStore::setProfileProduction(connection.name, connection.production);
            continue;
        }
        saved.append(connection);
    }
    // Entries of connections removed or no longer remembered leave the keychain.
    for (const Connection &before : std::as_const(m_connections)) {
        if (before.isReadOnly() || !before.rememberToken)
            continue;
        auto still = std::find_if(saved.cbegin(), saved.cend(), [&](const Connection &after) {
            return after.id == before.id && after.rememberToken;
        });
        if (still == saved.cend())
            m_credentials->remove(before.id, this, [](const CredentialStore::Result &) {});
    }
    for (const Connection &before : std::as_const(m_connections))
        if (!before.isReadOnly() &&
            std::none_of(saved.cbegin(), saved.cend(),
                         [&](const Connection &after) { return after.id == before.id; }))
            m_memoryTokens.remove(before.id);
    ConnectionStore::saveSaved(saved);
    m_connections = ConnectionStore::allConnections(m_config);
    Q_EMIT connectionsChanged();
}

bool ConnectionController::hasTokenInMemory(const QString &connectionId) const {
    const Connection *connection = find(connectionId);
    return (connection && connection->hasProfileToken()) || m_memoryTokens.contains(connectionId);
}

void ConnectionController::forgetToken(const QString &connectionId) {
    m_memoryTokens.remove(connectionId);
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
    if (!typedToken.isEmpty()) {
        // A profile's own mgmt_token is never copied; a typed one is the user's to keep.
        if (connection.rememberToken) {
            const QString id = connection.id;
            m_credentials->write(id, typedToken, this, [this](const CredentialStore::Result &r) {
                if (!r.ok())
                    Q_EMIT notice(tr("The management token was not saved in the keychain. %1")
                                      .arg(CredentialStore::describe(r)));
            });
        }
        m_memoryTokens.insert(connection.id, typedToken);
        finishOpen(connection, typedToken);
        return;
    }
    if (connection.hasProfileToken()) {
        finishOpen(connection, connection.profileToken);
        return;
    }
    if (const auto known = m_memoryTokens.constFind(connection.id);
        known != m_memoryTokens.cend()) {
        finishOpen(connection, *known);
        return;
    }
    if (!connection.rememberToken) {
        Q_EMIT tokenNeeded(connection.id, tr("Enter the management token for %1. It is kept in "
                                             "memory until Token Admin quits.")
                                              .arg(connection.name));
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
