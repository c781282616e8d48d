#pragma once

#include "Connection.h"

#include <QList>
#include <QString>
#include <QStringList>

// Token Admin's own connections and its remembered choices, in QSettings. Never a secret:
// management tokens live in the OS keychain (CredentialStore) or in memory.
class ConnectionStore {
public:
    // The saved connections, in the order the user left them.
    static QList<Connection> loadSaved();
    static void saveSaved(const QList<Connection> &connections);

    // The production mark of influxctl profiles, kept here since their file is influxctl's.
    static QStringList productionProfiles();
    static void setProfileProduction(const QString &profileName, bool production);

    // Profiles (without mgmt_token) whose management token is kept in the keychain.
    static QStringList rememberedProfiles();
    static void setProfileRemembered(const QString &profileName, bool remembered);

    // The connection opened last, by id.
    static QString lastUsed();
    static void setLastUsed(const QString &connectionId);

    // influxctl's profiles (marked read-only, with the marks kept here) followed by the saved
    // connections.
    static QList<Connection> allConnections(const InfluxctlConfig &config);
};
