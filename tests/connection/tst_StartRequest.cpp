#include "StartRequest.h"

#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTest>

// token-admin's command line and environment, read as the program reads them.
class TestStartRequest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void profileFromFlagElseEnvironment();
    void overridesAreCheckedAsIds();
    void apiUrlBuildsAConnection();
    void apiUrlIsCheckedAsAnyConnection();
    void ignoredOptionsAreNamed_data();
    void ignoredOptionsAreNamed();
    void languageIsOneOfTheTranslations();

private:
    static StartRequest read(const QStringList &arguments,
                             const QProcessEnvironment &environment = {});
};

StartRequest TestStartRequest::read(const QStringList &arguments,
                                    const QProcessEnvironment &environment) {
    QCommandLineParser parser;
    addStartOptions(&parser);
    [&] {
        QVERIFY2(parser.parse(QStringList{QStringLiteral("token-admin")} + arguments),
                 qPrintable(parser.errorText()));
    }();
    return readStartRequest(parser, environment);
}

void TestStartRequest::profileFromFlagElseEnvironment() {
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("INFLUXCTL_PROFILE"), QStringLiteral("staging"));
    QCOMPARE(read({}, environment).profile, QStringLiteral("staging"));
    QCOMPARE(read({QStringLiteral("--profile"), QStringLiteral("prod")}, environment).profile,
             QStringLiteral("prod"));
    QVERIFY(read({}).profile.isEmpty());
    const StartRequest request = read({QStringLiteral("--config"), QStringLiteral("/x/c.toml")});
    QCOMPARE(request.configPath, QStringLiteral("/x/c.toml"));
    QVERIFY(request.problem.isEmpty());
    QVERIFY(request.ignored.isEmpty());
}

void TestStartRequest::overridesAreCheckedAsIds() {
    const QString account = QStringLiteral("0b1e7c2a-3f4d-4e5f-8a9b-0c1d2e3f4a5b");
    StartRequest request = read({QStringLiteral("--account"), account});
    QVERIFY(request.problem.isEmpty());
    QCOMPARE(request.overrides.accountId, account);
    QVERIFY(request.overrides.clusterId.isEmpty());
    QVERIFY(!request.commandLineConnectionGiven);

    request = read({QStringLiteral("--cluster"), QStringLiteral("not-a-uuid")});
    QVERIFY2(request.problem.contains(QLatin1String("--cluster")), qPrintable(request.problem));
    QVERIFY(request.problem.contains(QLatin1String("UUID")));
}

void TestStartRequest::apiUrlBuildsAConnection() {
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("INFLUX_MANAGEMENT_TOKEN"), QStringLiteral("secret"));
    const QString account = QStringLiteral("0b1e7c2a-3f4d-4e5f-8a9b-0c1d2e3f4a5b");
    const QString cluster = QStringLiteral("9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f");
    StartRequest request =
        read({QStringLiteral("--api-url"), DefaultDedicatedApiUrl, QStringLiteral("--account"),
              account, QStringLiteral("--cluster"), cluster},
             environment);
    QVERIFY2(request.problem.isEmpty(), qPrintable(request.problem));
    QVERIFY(request.commandLineConnectionGiven);
    const Connection &connection = request.commandLineConnection;
    QCOMPARE(connection.id, CommandLineConnectionId);
    QCOMPARE(connection.product, Product::Dedicated);
    QCOMPARE(connection.apiUrl, QUrl(DefaultDedicatedApiUrl));
    QCOMPARE(connection.accountId, account);
    QCOMPARE(connection.clusterId, cluster);
    QCOMPARE(connection.name, QStringLiteral("console.influxdata.com · cluster 9f8e7d6c"));
    QCOMPARE(request.environmentToken, QStringLiteral("secret"));
    QVERIFY(request.overrides.isEmpty()); // the IDs are the connection's own

    request = read({QStringLiteral("--product"), QStringLiteral("clustered"),
                    QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:8086/api/v0")});
    QVERIFY2(request.problem.isEmpty(), qPrintable(request.problem));
    QCOMPARE(request.commandLineConnection.product, Product::Clustered);
    QCOMPARE(request.commandLineConnection.name, QStringLiteral("127.0.0.1:8086"));
    QVERIFY(request.environmentToken.isEmpty());
}

void TestStartRequest::apiUrlIsCheckedAsAnyConnection() {
    StartRequest request =
        read({QStringLiteral("--product"), QStringLiteral("clustered"), QStringLiteral("--api-url"),
              QStringLiteral("http://influx.example/api/v0")});
    QVERIFY2(request.problem.contains(QLatin1String("http://")), qPrintable(request.problem));
    request =
        read({QStringLiteral("--api-url"), DefaultDedicatedApiUrl, QStringLiteral("--account"),
              QStringLiteral("0b1e7c2a-3f4d-4e5f-8a9b-0c1d2e3f4a5b")});
    QVERIFY2(request.problem.contains(QLatin1String("--cluster")), qPrintable(request.problem));
    request = read({QStringLiteral("--product"), QStringLiteral("serverless")});
    QVERIFY(request.problem.contains(QLatin1String("--product")));
}

void TestStartRequest::ignoredOptionsAreNamed_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("said");
    const QString url = QStringLiteral("https://cluster.example/api/v0");
    QTest::newRow("--profile with --api-url")
        << QStringList{QStringLiteral("--product"), QStringLiteral("clustered"),
                       QStringLiteral("--api-url"), url,
                       QStringLiteral("--profile"), QStringLiteral("prod")}
        << QStringLiteral("--profile: ignored, --api-url gives the connection to open.");
    QTest::newRow("IDs for Clustered")
        << QStringList{QStringLiteral("--product"),
                       QStringLiteral("clustered"),
                       QStringLiteral("--api-url"),
                       url,
                       QStringLiteral("--cluster"),
                       QStringLiteral("9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f")}
        << QStringLiteral("--cluster: ignored, a Clustered connection has no account or cluster "
                          "ID.");
    QTest::newRow("sandbox")
        << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--api-url"), url,
                       QStringLiteral("--profile"), QStringLiteral("prod")}
        << QStringLiteral("--api-url and --profile: ignored, --sandbox opens the sandbox.");
    QTest::newRow("sandbox options alone")
        << QStringList{QStringLiteral("--tokens"), QStringLiteral("5"),
                       QStringLiteral("--hide-revoked")}
        << QStringLiteral("--tokens and --hide-revoked: ignored without --sandbox.");
    QTest::newRow("product without a URL")
        << QStringList{QStringLiteral("--product"), QStringLiteral("clustered")}
        << QStringLiteral("--product: ignored without --api-url; a profile or saved connection "
                          "says which product it is.");
}

void TestStartRequest::ignoredOptionsAreNamed() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, said);
    const StartRequest request = read(arguments);
    QVERIFY2(request.problem.isEmpty(), qPrintable(request.problem));
    QCOMPARE(request.ignored, QStringList{said});
}

void TestStartRequest::languageIsOneOfTheTranslations() {
    QVERIFY(read({}).language.isEmpty());
    for (const QString &language :
         {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr")}) {
        const StartRequest request = read({QStringLiteral("--lang"), language});
        QVERIFY2(request.problem.isEmpty(), qPrintable(request.problem));
        QCOMPARE(request.language, language);
        QCOMPARE(localeForLanguage(language).name().left(2), language);
    }
    const StartRequest request = read({QStringLiteral("--lang"), QStringLiteral("klingon")});
    QCOMPARE(request.problem, QStringLiteral("--lang must be one of de, en, fr, not \"klingon\"."));
    QCOMPARE(localeForLanguage(QStringLiteral("klingon")), QLocale::c());
}

QTEST_GUILESS_MAIN(TestStartRequest)
#include "tst_StartRequest.moc"
