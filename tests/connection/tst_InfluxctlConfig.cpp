#include "Connection.h"
#include "ConnectionStore.h"
#include "InfluxctlConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// influxctl's config.toml as admins write it: the reference's own samples, several profiles,
// keys Token Admin does not know, broken and missing files. Read with toml++, never written.
class TestInfluxctlConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dedicatedDocsExample();
    void clusteredDocsExample();
    void severalProfiles();
    void clusteredWithAndWithoutTls();
    void unknownKeysAreReadPast();
    void brokenFileSaysWhereAndWhy();
    void nonAsciiIsReadInStringsAndRefusedOutside_data();
    void nonAsciiIsReadInStringsAndRefusedOutside();
    void missingFileIsNoError();
    void wrongTypesAndDuplicatesAreWarnings();
    void profileMustBeAnArrayOfTables();
    void chooseProfileAsInfluxctlDoes();
    void defaultPathFollowsXdgConfigHome();
    void windowsPathWithAndWithoutAppData();
    void caFileForTheEndpoint();
    void savedConnectionsRoundTripWithoutSecrets();
    void readingNeverWritesTheFile();
    void oauth2TableOfTheClusteredSample();
    void oauth2BadValuesAreSaid();
    void oauth2MissingOrInsecureUrlsMakeAProblem_data();
    void oauth2MissingOrInsecureUrlsMakeAProblem();
    void clusterLabelNamesTheCluster_data();
    void clusterLabelNamesTheCluster();

private:
    static QString data(const QString &name) {
        return QStringLiteral(TOKENADMIN_TEST_DATA "/") + name;
    }
};

void TestInfluxctlConfig::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_influxctlconfig"));
}

void TestInfluxctlConfig::dedicatedDocsExample() {
    const InfluxctlConfig config =
        readInfluxctlConfig(data(QStringLiteral("dedicated-docs-example.toml")));
    QVERIFY2(config.ok(), qPrintable(config.errorText()));
    QVERIFY(config.exists);
    QVERIFY(config.warnings.isEmpty());
    QCOMPARE(config.profiles.size(), 1);
    const InfluxctlProfile *profile = config.defaultProfile();
    QVERIFY(profile);
    QCOMPARE(profile->product, QStringLiteral("dedicated"));
    QCOMPARE(profile->host, QStringLiteral("cluster-id.a.influxdb.io"));
    QCOMPARE(profile->line, 4);

    const Connection connection = connectionFromProfile(*profile);
    QVERIFY2(connection.problem.isEmpty(), qPrintable(connection.problem));
    QVERIFY(connection.isReadOnly());
    QCOMPARE(connection.id, QStringLiteral("influxctl:default"));
    // The data host is not the management host: Dedicated management goes to the console.
    QCOMPARE(connection.apiUrl, QUrl(QStringLiteral("https://console.influxdata.com/api/v0")));
    QCOMPARE(connection.accountId, QStringLiteral("0b1e7c2a-3f4d-4e5f-8a9b-0c1d2e3f4a5b"));
    QCOMPARE(connection.clusterId, QStringLiteral("9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f"));
    QVERIFY(!connection.hasProfileToken());
    QVERIFY(!connection.tlsInsecure);
}

void TestInfluxctlConfig::clusteredDocsExample() {
    const InfluxctlConfig config =
        readInfluxctlConfig(data(QStringLiteral("clustered-docs-example.toml")));
    QVERIFY2(config.ok(), qPrintable(config.errorText()));
    QCOMPARE(config.profiles.size(), 1);
    QVERIFY(!config.defaultProfile());
    const Connection connection = connectionFromProfile(config.profiles.first());
    QVERIFY2(connection.problem.isEmpty(), qPrintable(connection.problem));
    QCOMPARE(connection.product, Product::Clustered);
    QCOMPARE(connection.name, QStringLiteral("staging"));
    QCOMPARE(connection.apiUrl, QUrl(QStringLiteral("https://cluster-host.com:8443/api/v0")));
    QVERIFY(connection.accountId.isEmpty());
}

void TestInfluxctlConfig::severalProfiles() {
    const InfluxctlConfig config = readInfluxctlConfig(data(QStringLiteral("several.toml")));
    QVERIFY2(config.ok(), qPrintable(config.errorText()));
    QVERIFY2(config.warnings.isEmpty(), qPrintable(config.warnings.join(QLatin1Char('\n'))));
    QStringList names;
    for (const InfluxctlProfile &profile : config.profiles)
        names.append(profile.name);
    QCOMPARE(names, (QStringList{QStringLiteral("default"), QStringLiteral("onprem"),
                                 QStringLiteral("lab-plain"), QStringLiteral("remote-plain"),
                                 QStringLiteral("self-signed")}));
    const InfluxctlProfile *dedicated = config.defaultProfile();
    QVERIFY(dedicated);
    QCOMPARE(dedicated->managementToken, QStringLiteral("dedicated-mgmt-token"));
    const Connection connection = connectionFromProfile(*dedicated);
    QCOMPARE(connection.profileToken, QStringLiteral("dedicated-mgmt-token"));
    Endpoint endpoint;
    QString problem;
    QVERIFY2(endpointFor(connection, connection.profileToken, &endpoint, &problem),
             qPrintable(problem));
    QCOMPARE(endpoint.name, QStringLiteral("default"));
    QCOMPARE(endpoint.tokensUrl().toString(),
             QStringLiteral("https://console.influxdata.com/api/v0/accounts/"
                            "0b1e7c2a-3f4d-4e5f-8a9b-0c1d2e3f4a5b/clusters/"
                            "9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f/tokens"));

    QSettings().clear();
    ConnectionStore::setProfileProduction(QStringLiteral("onprem"), true);
    const QList<Connection> all = ConnectionStore::allConnections(config);
    QCOMPARE(all.size(), 5);
    for (const Connection &each : all) {
        QVERIFY(each.isReadOnly());
        QCOMPARE(each.production, each.name == QLatin1String("onprem"));
    }
}

void TestInfluxctlConfig::clusteredWithAndWithoutTls() {
    const InfluxctlConfig config = readInfluxctlConfig(data(QStringLiteral("several.toml")));
    const Connection onprem = connectionFromProfile(*config.profile(QStringLiteral("onprem")));
    QVERIFY2(onprem.problem.isEmpty(), qPrintable(onprem.problem));
    QCOMPARE(onprem.apiUrl.scheme(), QStringLiteral("https"));
    QCOMPARE(onprem.apiUrl.host(), QStringLiteral("influx.internal.example"));
    QCOMPARE(onprem.apiUrl.path(), QStringLiteral("/api/v0"));
    QCOMPARE(onprem.caFile, QStringLiteral("/etc/ssl/private-ca.pem"));

    // tls.disable: http, which is fine for this computer only.
    const Connection lab = connectionFromProfile(*config.profile(QStringLiteral("lab-plain")));
    QVERIFY2(lab.problem.isEmpty(), qPrintable(lab.problem));
    QCOMPARE(lab.apiUrl, QUrl(QStringLiteral("http://127.0.0.1:8086/api/v0")));

    const Connection remote =
        connectionFromProfile(*config.profile(QStringLiteral("remote-plain")));
    QVERIFY(!remote.problem.isEmpty());
    QVERIFY2(remote.problem.contains(QLatin1String("tls.disable")), qPrintable(remote.problem));
    QVERIFY2(remote.problem.contains(QLatin1String("unencrypted")), qPrintable(remote.problem));
    QString problem;
    QVERIFY(!validateConnection(remote, &problem));
    Endpoint endpoint;
    QVERIFY(!endpointFor(remote, QStringLiteral("secret"), &endpoint, &problem));
    QVERIFY(endpoint.apiUrl.isEmpty());

    const Connection insecure =
        connectionFromProfile(*config.profile(QStringLiteral("self-signed")));
    QVERIFY2(insecure.problem.isEmpty(), qPrintable(insecure.problem));
    QVERIFY(insecure.tlsInsecure);
    QCOMPARE(insecure.apiUrl, QUrl(QStringLiteral("https://test.example:9443/api/v0")));
    QVERIFY(endpointFor(insecure, QStringLiteral("secret"), &endpoint, &problem));
    QVERIFY(endpoint.tlsInsecure);
}

void TestInfluxctlConfig::unknownKeysAreReadPast() {
    const InfluxctlConfig config = readInfluxctlConfig(data(QStringLiteral("unknown-keys.toml")));
    QVERIFY2(config.ok(), qPrintable(config.errorText()));
    QVERIFY(config.warnings.isEmpty());
    QCOMPARE(config.profiles.size(), 1);
    const Connection connection = connectionFromProfile(config.profiles.first());
    QVERIFY2(connection.problem.isEmpty(), qPrintable(connection.problem));
    QCOMPARE(connection.apiUrl, QUrl(QStringLiteral("https://cluster-host.com/api/v0")));
    // The database token is for query and write: it is not a management token.
    QVERIFY(!connection.hasProfileToken());
}

void TestInfluxctlConfig::brokenFileSaysWhereAndWhy() {
    const QString path = data(QStringLiteral("broken.toml"));
    const InfluxctlConfig config = readInfluxctlConfig(path);
    QVERIFY(config.exists);
    QVERIFY(!config.ok());
    QVERIFY(config.profiles.isEmpty());
    QCOMPARE(config.errorLine, 4);
    QVERIFY(config.errorColumn > 0);
    const QString text = config.errorText();
    QVERIFY2(text.startsWith(path + QStringLiteral(":4:")), qPrintable(text));
    QVERIFY2(text.size() > path.size() + 10, qPrintable(text));
    QString problem;
    QVERIFY(!chooseProfile(config, QStringLiteral("default"), &problem));
    QVERIFY2(problem.contains(QLatin1String(":4:")), qPrintable(problem));
}

void TestInfluxctlConfig::nonAsciiIsReadInStringsAndRefusedOutside_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line"); // 0: reads fine
    QTest::addColumn<int>("column");
    const QByteArray profile = "[[profile]]\nname = \"Prodüktion ñ ギ\"\n";
    QTest::newRow("in strings and comments")
        << QByteArray(
               "# Ünïcode comment ギ\n" + profile +
               "host = 'ホスト.example'\nmgmt_token = \"\"\"é\\\"\"\"\"\"\nport = '''\n§'''  # ü\n")
        << 0 << 0;
    QTest::newRow("continued line starting in ASCII")
        << QByteArray(profile + "host = \"\"\"\\\n   x§\"\"\"\n") << 0 << 0;
    // Characters toml++ 3.3 mishandles there: Latin-1, Cyrillic, and bytes that start a file.
    QTest::newRow("bare key") << QByteArray(profile + "nämé = 1\n") << 3 << 2;
    QTest::newRow("after a value") << QByteArray(profile + "host = 'h' Ж\n") << 3 << 12;
    QTest::newRow("document start") << QByteArray("\xcc\xaa") << 1 << 1;
    // Places where toml++ 3.3 may test it too, refused although TOML could allow them.
    QTest::newRow("quoted key") << QByteArray(profile + "\"nämé\" = 1\n") << 3 << 3;
    QTest::newRow("string in an array") << QByteArray(profile + "host = [\"ü\"]\n") << 3 << 10;
    QTest::newRow("escaped in a multi-line value")
        << QByteArray(profile + "host = \"\"\"a\\ü\"\"\"\n") << 3 << 13;
    QTest::newRow("after line-ending backslash")
        << QByteArray(profile + "host = \"\"\"\\\n  \n  §x\"\"\"\n") << 5 << 3;
}

void TestInfluxctlConfig::nonAsciiIsReadInStringsAndRefusedOutside() {
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const InfluxctlConfig config = parseInfluxctlConfig(text, QStringLiteral("/x/config.toml"));
    if (line == 0) {
        QVERIFY2(config.ok(), qPrintable(config.errorText()));
        QCOMPARE(config.profiles.size(), 1);
        QCOMPARE(config.profiles.first().name, QStringLiteral("Prodüktion ñ ギ"));
        return;
    }
    QVERIFY(!config.ok());
    QVERIFY(config.profiles.isEmpty());
    QCOMPARE(config.errorLine, line);
    QCOMPARE(config.errorColumn, column);
    QVERIFY2(config.errorText().startsWith(
                 QStringLiteral("/x/config.toml:%1:%2: ").arg(line).arg(column)),
             qPrintable(config.errorText()));
}

void TestInfluxctlConfig::missingFileIsNoError() {
    QTemporaryDir dir;
    const InfluxctlConfig config = readInfluxctlConfig(dir.filePath(QStringLiteral("nope.toml")));
    QVERIFY(!config.exists);
    QVERIFY(config.ok());
    QVERIFY(config.profiles.isEmpty());
    QVERIFY(!config.defaultProfile());
    QString problem;
    QVERIFY(!chooseProfile(config, {}, &problem));
    QVERIFY(problem.isEmpty());
    QVERIFY(!chooseProfile(config, QStringLiteral("prod"), &problem));
    QVERIFY2(problem.contains(QLatin1String("does not exist")), qPrintable(problem));

    const InfluxctlConfig folder = readInfluxctlConfig(dir.path());
    QVERIFY(!folder.ok());
}

void TestInfluxctlConfig::wrongTypesAndDuplicatesAreWarnings() {
    const InfluxctlConfig config = parseInfluxctlConfig(R"(
[[profile]]
name = "default"
product = 3
host = "h.example"
  [profile.tls]
  insecure = "yes"

[[profile]]
name = "default"
product = "clustered"
host = "other.example"

[[profile]]
product = "clustered"
)",
                                                        QStringLiteral("/x/config.toml"));
    QVERIFY2(config.ok(), qPrintable(config.errorText()));
    QCOMPARE(config.profiles.size(), 1);
    QCOMPARE(config.warnings.size(), 4);
    QVERIFY(config.warnings.at(0).contains(QLatin1String("product")));
    QVERIFY(config.warnings.at(0).contains(QLatin1String("line 4")));
    QVERIFY(config.warnings.at(1).contains(QLatin1String("insecure")));
    QVERIFY(config.warnings.at(2).contains(QLatin1String("second profile")));
    QVERIFY(config.warnings.at(3).contains(QLatin1String("without a name")));
    // The first "default" wins, and its product is missing: said, not guessed.
    const Connection connection = connectionFromProfile(*config.defaultProfile());
    QCOMPARE(connection.problem.isEmpty(), false);
    QVERIFY(!connection.tlsInsecure);
}

void TestInfluxctlConfig::profileMustBeAnArrayOfTables() {
    const InfluxctlConfig config =
        parseInfluxctlConfig("# comment\nprofile = \"default\"\n", QStringLiteral("/x/c.toml"));
    QVERIFY(!config.ok());
    QCOMPARE(config.errorLine, 2);
    QVERIFY(config.errorText().contains(QLatin1String("[[profile]]")));
}

void TestInfluxctlConfig::chooseProfileAsInfluxctlDoes() {
    const InfluxctlConfig config = readInfluxctlConfig(data(QStringLiteral("several.toml")));
    QString problem;
    const InfluxctlProfile *chosen = chooseProfile(config, {}, &problem);
    QVERIFY(chosen);
    QCOMPARE(chosen->name, QStringLiteral("default"));
    chosen = chooseProfile(config, QStringLiteral("onprem"), &problem);
    QVERIFY(chosen);
    QCOMPARE(chosen->name, QStringLiteral("onprem"));
    QVERIFY(!chooseProfile(config, QStringLiteral("nope"), &problem));
    QVERIFY2(problem.contains(QLatin1String("nope")) &&
                 problem.contains(QLatin1String("several.toml")),
             qPrintable(problem));
}

void TestInfluxctlConfig::defaultPathFollowsXdgConfigHome() {
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", "/tmp/xdg-somewhere");
    QCOMPARE(defaultInfluxctlConfigPath(),
             QStringLiteral("/tmp/xdg-somewhere/influxctl/config.toml"));
    qunsetenv("XDG_CONFIG_HOME");
    QCOMPARE(defaultInfluxctlConfigPath(),
             QDir::homePath() + QStringLiteral("/.config/influxctl/config.toml"));
    if (!saved.isNull())
        qputenv("XDG_CONFIG_HOME", saved);
}

void TestInfluxctlConfig::windowsPathWithAndWithoutAppData() {
    QCOMPARE(windowsInfluxctlConfigPath(QStringLiteral("C:\\Users\\ann\\AppData\\Roaming"),
                                        QStringLiteral("C:/Users/ann")),
             QStringLiteral("C:/Users/ann/AppData/Roaming/influxctl/config.toml"));
    // Unset or empty: not the drive's root, the usual place under the home folder.
    for (const QString &empty : {QString(), QStringLiteral(""), QStringLiteral("  ")})
        QCOMPARE(windowsInfluxctlConfigPath(empty, QStringLiteral("C:/Users/ann")),
                 QStringLiteral("C:/Users/ann/AppData/Roaming/influxctl/config.toml"));
}

void TestInfluxctlConfig::caFileForTheEndpoint() {
    Connection connection;
    connection.name = QStringLiteral("onprem");
    connection.source = Connection::Source::Influxctl;
    connection.product = Product::Clustered;
    connection.apiUrl = QUrl(QStringLiteral("https://influx.internal.example/api/v0"));
    connection.caFile = QStringLiteral("/nonexistent/ca.pem");
    Endpoint endpoint;
    QString problem;
    QVERIFY(!endpointFor(connection, QStringLiteral("secret"), &endpoint, &problem));
    QVERIFY2(problem.contains(QLatin1String("/nonexistent/ca.pem")) &&
                 problem.contains(QLatin1String("tls.ca")),
             qPrintable(problem));

    QTemporaryDir dir;
    QFile notPem(dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("not a certificate\n");
    notPem.close();
    connection.caFile = notPem.fileName();
    QVERIFY(!endpointFor(connection, QStringLiteral("secret"), &endpoint, &problem));
    QVERIFY2(problem.contains(QLatin1String("no certificate")), qPrintable(problem));

    connection.caFile.clear();
    QVERIFY(!endpointFor(connection, QString(), &endpoint, &problem));
    QVERIFY(endpointFor(connection, QStringLiteral("secret"), &endpoint, &problem));
    QVERIFY(endpoint.extraCaCertificates.isEmpty());
}

void TestInfluxctlConfig::savedConnectionsRoundTripWithoutSecrets() {
    QSettings().clear();
    Connection first;
    first.id = newSavedConnectionId();
    first.name = QStringLiteral("Production EU");
    first.apiUrl = QUrl(DefaultDedicatedApiUrl);
    first.accountId = QStringLiteral("0b1e7c2a-3f4d-4e5f-8a9b-0c1d2e3f4a5b");
    first.clusterId = QStringLiteral("9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f");
    first.production = true;
    first.rememberToken = true;
    Connection second;
    second.id = newSavedConnectionId();
    second.name = QStringLiteral("Lab");
    second.product = Product::Clustered;
    second.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:8086/api/v0"));
    Connection profile = first;
    profile.id = influxctlConnectionId(QStringLiteral("default"));
    profile.source = Connection::Source::Influxctl;
    profile.profileToken = QStringLiteral("profile-secret-token");
    ConnectionStore::saveSaved({first, profile, second});
    ConnectionStore::setLastUsed(second.id);

    const QList<Connection> loaded = ConnectionStore::loadSaved();
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(0).id, first.id);
    QCOMPARE(loaded.at(0).name, first.name);
    QCOMPARE(loaded.at(0).apiUrl, first.apiUrl);
    QCOMPARE(loaded.at(0).clusterId, first.clusterId);
    QVERIFY(loaded.at(0).production);
    QVERIFY(loaded.at(0).rememberToken);
    QCOMPARE(loaded.at(1).product, Product::Clustered);
    QVERIFY(!loaded.at(1).production);
    QCOMPARE(ConnectionStore::lastUsed(), second.id);

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("profile-secret-token"));
}

void TestInfluxctlConfig::readingNeverWritesTheFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.toml"));
    QVERIFY(QFile::copy(data(QStringLiteral("several.toml")), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const InfluxctlConfig config = readInfluxctlConfig(path);
    QSettings().clear();
    ConnectionStore::setProfileProduction(QStringLiteral("default"), true);
    QCOMPARE(ConnectionStore::allConnections(config).first().production, true);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestInfluxctlConfig::oauth2TableOfTheClusteredSample() {
    const InfluxctlConfig config =
        readInfluxctlConfig(data(QStringLiteral("clustered-docs-example.toml")));
    QVERIFY2(config.warnings.isEmpty(), qPrintable(config.warnings.join(QLatin1Char('\n'))));
    const OAuth2Settings &oauth2 = config.profiles.first().oauth2;
    QVERIFY(oauth2.enabled);
    QCOMPARE(oauth2.clientId, QStringLiteral("token-admin-test-client"));
    QCOMPARE(oauth2.scopes, QStringList{QString()});
    QCOMPARE(oauth2.scope(), QString()); // the sample's [""] asks for no scope
    QCOMPARE(oauth2.parameters.size(), 1);
    QCOMPARE(oauth2.parameters.first().first, QStringLiteral("audience"));
    QCOMPARE(oauth2.parameters.first().second, QString());
    QCOMPARE(oauth2.tokenUrl, QUrl(QStringLiteral("https://idp.example.com/oauth2/v2/token")));
    QCOMPARE(oauth2.deviceUrl,
             QUrl(QStringLiteral("https://idp.example.com/oauth2/v2/auth/device")));
    QCOMPARE(oauth2.providerHost(), QStringLiteral("idp.example.com"));

    const Connection connection = connectionFromProfile(config.profiles.first());
    QVERIFY2(connection.problem.isEmpty(), qPrintable(connection.problem));
    QVERIFY(connection.usesSignIn());

    // Without the table nothing changes: a management token is typed as before.
    const InfluxctlConfig dedicated =
        readInfluxctlConfig(data(QStringLiteral("dedicated-docs-example.toml")));
    QVERIFY(!dedicated.profiles.first().oauth2.enabled);
    QVERIFY(!connectionFromProfile(dedicated.profiles.first()).usesSignIn());
}

void TestInfluxctlConfig::oauth2BadValuesAreSaid() {
    const InfluxctlConfig config = parseInfluxctlConfig(R"(
[[profile]]
name = "lab"
product = "clustered"
host = "cluster.example"
  [profile.auth.oauth2]
  client_id = "admin-ui"
  scopes = "openid"
  parameters = { audience = "https://cluster.example", max_age = 5 }
  token_url = "https://idp.example/token"
  device_url = "not a url at all"

[[profile]]
name = "lab2"
product = "clustered"
host = "cluster.example"
  [profile.auth.oauth2]
  client_id = "admin-ui"
  scopes = ["openid", 7, "offline_access"]
  parameters = "audience"
  token_url = "https://idp.example/token"
  device_url = "https://idp.example/device"
)",
                                                        QStringLiteral("/x/config.toml"));
    QVERIFY2(config.ok(), qPrintable(config.errorText()));
    QCOMPARE(config.profiles.size(), 2);
    const QString warnings = config.warnings.join(QLatin1Char('\n'));
    QCOMPARE(config.warnings.size(), 5);
    QVERIFY2(config.warnings.at(0).contains(QLatin1String("line 11: device_url")),
             qPrintable(warnings));
    QVERIFY2(config.warnings.at(0).contains(QLatin1String("not a full URL")), qPrintable(warnings));
    QVERIFY2(config.warnings.at(1).contains(QLatin1String("line 8: scopes")), qPrintable(warnings));
    QVERIFY2(config.warnings.at(2).contains(QLatin1String("line 9: max_age")),
             qPrintable(warnings));
    QVERIFY2(config.warnings.at(3).contains(QLatin1String("scopes")), qPrintable(warnings));
    QVERIFY2(config.warnings.at(4).contains(QLatin1String("parameters")), qPrintable(warnings));

    const InfluxctlProfile &first = config.profiles.at(0);
    QCOMPARE(first.oauth2.parameters.size(), 1); // audience kept, max_age said and left out
    const Connection broken = connectionFromProfile(first);
    QVERIFY(broken.problem.contains(QLatin1String("device_url")));

    const InfluxctlProfile &second = config.profiles.at(1);
    QCOMPARE(second.oauth2.scope(), QStringLiteral("openid offline_access"));
    QVERIFY(second.oauth2.parameters.isEmpty());
    QVERIFY2(connectionFromProfile(second).problem.isEmpty(),
             qPrintable(connectionFromProfile(second).problem));
}

void TestInfluxctlConfig::oauth2MissingOrInsecureUrlsMakeAProblem_data() {
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<QString>("problem"); // empty: usable

    const QByteArray good = "token_url = \"https://idp.example/t\"\n"
                            "device_url = \"https://idp.example/d\"\n";
    QTest::newRow("complete") << "client_id = \"c\"\n" + good << QString();
    QTest::newRow("no client_id") << good << QStringLiteral("client_id");
    QTest::newRow("no device_url")
        << QByteArray("client_id = \"c\"\ntoken_url = \"https://idp.example/t\"\n")
        << QStringLiteral("device_url");
    QTest::newRow("no token_url")
        << QByteArray("client_id = \"c\"\ndevice_url = \"https://idp.example/d\"\n")
        << QStringLiteral("token_url");
    QTest::newRow("http to a remote provider")
        << QByteArray("client_id = \"c\"\ntoken_url = \"http://idp.example/t\"\n"
                      "device_url = \"https://idp.example/d\"\n")
        << QStringLiteral("https://");
    QTest::newRow("http to loopback")
        << QByteArray("client_id = \"c\"\ntoken_url = \"http://127.0.0.1:9/t\"\n"
                      "device_url = \"http://localhost:9/d\"\n")
        << QString();
}

void TestInfluxctlConfig::oauth2MissingOrInsecureUrlsMakeAProblem() {
    QFETCH(QByteArray, table);
    QFETCH(QString, problem);
    const InfluxctlConfig config =
        parseInfluxctlConfig("[[profile]]\nname = \"p\"\nproduct = \"clustered\"\n"
                             "host = \"cluster.example\"\n[profile.auth.oauth2]\n" +
                                 table,
                             QStringLiteral("/x/config.toml"));
    QCOMPARE(config.profiles.size(), 1);
    const Connection connection = connectionFromProfile(config.profiles.first());
    if (problem.isEmpty())
        QVERIFY2(connection.problem.isEmpty(), qPrintable(connection.problem));
    else
        QVERIFY2(connection.problem.contains(problem), qPrintable(connection.problem));
}

void TestInfluxctlConfig::clusterLabelNamesTheCluster_data() {
    QTest::addColumn<int>("product");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("apiUrl");
    QTest::addColumn<QString>("label");
    const int dedicated = int(Product::Dedicated);
    const int clustered = int(Product::Clustered);
    QTest::newRow("dedicated, named") << dedicated << "EU"
                                      << "https://console.influxdata.com/api/v0"
                                      << "EU · cluster a7e2d4c1";
    QTest::newRow("dedicated, unnamed") << dedicated << ""
                                        << "https://console.influxdata.com/api/v0"
                                        << "console.influxdata.com · cluster a7e2d4c1";
    QTest::newRow("dedicated, port") << dedicated << ""
                                     << "http://127.0.0.1:8086/api/v0"
                                     << "127.0.0.1:8086 · cluster a7e2d4c1";
    // A command-line connection is named after its place: the cluster is said once.
    QTest::newRow("dedicated, named after its place")
        << dedicated << "127.0.0.1:8086 · cluster a7e2d4c1"
        << "http://127.0.0.1:8086/api/v0"
        << "127.0.0.1:8086 · cluster a7e2d4c1";
    QTest::newRow("clustered, named after its host") << clustered << "cluster.example.com:8443"
                                                     << "https://cluster.example.com:8443/api/v0"
                                                     << "cluster.example.com:8443";
    QTest::newRow("clustered, named") << clustered << "Lab"
                                      << "https://cluster.example.com/api/v0"
                                      << "Lab · cluster.example.com";
    QTest::newRow("clustered, unnamed") << clustered << ""
                                        << "https://cluster.example.com:8443/api/v0"
                                        << "cluster.example.com:8443";
}

void TestInfluxctlConfig::clusterLabelNamesTheCluster() {
    QFETCH(int, product);
    QFETCH(QString, name);
    QFETCH(QString, apiUrl);
    QFETCH(QString, label);
    Endpoint endpoint;
    endpoint.product = Product(product);
    endpoint.name = name;
    endpoint.apiUrl = QUrl(apiUrl);
    endpoint.clusterId = QStringLiteral("a7e2d4c1-39f8-4b56-8e0d-6c1f92b47a35");
    QCOMPARE(endpoint.clusterLabel(), label);
    QCOMPARE(endpoint.displayName(), name.isEmpty() ? label : name);
}

QTEST_GUILESS_MAIN(TestInfluxctlConfig)
#include "tst_InfluxctlConfig.moc"
