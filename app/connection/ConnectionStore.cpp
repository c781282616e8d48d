#include "ConnectionStore.h"

#include <QSettings>

namespace {
const QString SavedArray = QStringLiteral("connections/saved");
const QString ProductionProfilesKey = QStringLiteral("connections/productionProfiles");
const QString RememberedProfilesKey = QStringLiteral("connections/rememberedProfiles");
const QString LastUsedKey = QStringLiteral("connections/lastUsed");

// Adds or removes one profile name in a list of names.
void markProfile(const QString &key, const QString &profileName, bool marked) {
    QSettings settings;
    QStringList names = settings.value(key).toStringList();
    names.removeAll(profileName);
    if (marked)
        names.append(profileName);
    settings.setValue(key, names);
}
} // namespace

QList<Connection> ConnectionStore::loadSaved() {
    QSettings settings;
    QList<Connection> connections;
    const int count = settings.beginReadArray(SavedArray);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Connection connection;
        connection.id = settings.value(QStringLiteral("id")).toString();
        if (!connection.id.startsWith(QLatin1String("saved:")))
            continue;
        connection.name = settings.value(QStringLiteral("name")).toString();
        productFromKey(settings.value(QStringLiteral("product")).toString(), &connection.product);
        connection.apiUrl = QUrl(settings.value(QStringLiteral("apiUrl")).toString());
        connection.accountId = settings.value(QStringLiteral("accountId")).toString();
        connection.clusterId = settings.value(QStringLiteral("clusterId")).toString();
        connection.caFile = settings.value(QStringLiteral("caFile")).toString();
        connection.production = settings.value(QStringLiteral("production")).toBool();
        connection.rememberToken = settings.value(QStringLiteral("rememberToken")).toBool();
        connections.append(connection);
    }
    settings.endArray();
    return connections;
}

void ConnectionStore::saveSaved(const QList<Connection> &connections) {
    QSettings settings;
    settings.remove(SavedArray);
    settings.beginWriteArray(SavedArray, int(connections.size()));
    int index = 0;
    for (const Connection &connection : connections) {
        if (connection.isReadOnly())
            continue;
        settings.setArrayIndex(index++);
        settings.setValue(QStringLiteral("id"), connection.id);
        settings.setValue(QStringLiteral("name"), connection.name);
        settings.setValue(QStringLiteral("product"), productKey(connection.product));
        settings.setValue(QStringLiteral("apiUrl"), connection.apiUrl.toString());
        settings.setValue(QStringLiteral("accountId"), connection.accountId);
        settings.setValue(QStringLiteral("clusterId"), connection.clusterId);
        if (!connection.caFile.isEmpty())
            settings.setValue(QStringLiteral("caFile"), connection.caFile);
        settings.setValue(QStringLiteral("production"), connection.production);
        settings.setValue(QStringLiteral("rememberToken"), connection.rememberToken);
    }
    settings.endArray();
}

QStringList ConnectionStore::productionProfiles() {
    return QSettings().value(ProductionProfilesKey).toStringList();
}

void ConnectionStore::setProfileProduction(const QString &profileName, bool production) {
    markProfile(ProductionProfilesKey, profileName, production);
}

QStringList ConnectionStore::rememberedProfiles() {
    return QSettings().value(RememberedProfilesKey).toStringList();
}

void ConnectionStore::setProfileRemembered(const QString &profileName, bool remembered) {
    markProfile(RememberedProfilesKey, profileName, remembered);
}

QString ConnectionStore::lastUsed() {
    return QSettings().value(LastUsedKey).toString();
}

void ConnectionStore::setLastUsed(const QString &connectionId) {
    QSettings().setValue(LastUsedKey, connectionId);
}

QList<Connection> ConnectionStore::allConnections(const InfluxctlConfig &config) {
    QList<Connection> connections;
    const QStringList production = productionProfiles();
    const QStringList remembered = rememberedProfiles();
    for (const InfluxctlProfile &profile : config.profiles) {
        Connection connection = connectionFromProfile(profile);
        connection.production = production.contains(profile.name);
        // A profile's own mgmt_token is used as it is: nothing to keep.
        connection.rememberToken =
            !connection.hasProfileToken() && remembered.contains(profile.name);
        connections.append(connection);
    }
    connections.append(loadSaved());
    return connections;
}
