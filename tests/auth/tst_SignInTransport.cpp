#include "ConnectionController.h"
#include "CredentialStore.h"
#include "DeviceAuthorization.h"
#include "LoopbackHttpServer.h"
#include "ManagementApi.h"
#include "TestCertificates.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A device authorization response, with a device code worth hiding.
static LoopbackHttpServer::Response deviceAnswer(const QByteArray &) {
    return LoopbackHttpServer::response(
        200, "{\"device_code\":\"dc-very-secret-device-code-1234567890\",\"user_code\":"
             "\"ABCD-EFGH\",\"verification_uri\":\"https://127.0.0.1/device\",\"expires_in\":600,"
             "\"interval\":1}");
}

// The transport rules for the identity provider, as for the Management API: the profile's
// tls.ca trusted for it, no redirect followed for the device and token requests, nothing of
// the codes or tokens in the texts shown. Loopback servers whose answers the test writes.
class TestSignInTransport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tlsCaOfTheProfileIsTrustedForTheProvider();
    void signInAndApiWithOneTrustShareAConnection();
    void redirectOfADeviceRequestIsNotFollowed();
    void codesAreRedactedFromTheProvidersWords();
    void verificationUrlSpelledTheOlderWay();
    void unusableDeviceAnswersAreSaid_data();
    void unusableDeviceAnswersAreSaid();

private:
    static OAuth2Settings settingsFor(const QString &scheme, quint16 port);
    QTemporaryDir m_dir;
    QSslConfiguration m_serverTls;
};

OAuth2Settings TestSignInTransport::settingsFor(const QString &scheme, quint16 port) {
    OAuth2Settings settings;
    settings.enabled = true;
    settings.clientId = QStringLiteral("token-admin");
    settings.deviceUrl =
        QUrl(QStringLiteral("%1://127.0.0.1:%2/device/auth").arg(scheme).arg(port));
    settings.tokenUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2/token").arg(scheme).arg(port));
    return settings;
}

void TestSignInTransport::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<DeviceAuthorization::Failure>();
    QVERIFY(m_dir.isValid());
    QString error;
    m_serverTls =
        makeLoopbackCertificates(m_dir.path(), QStringLiteral("/CN=Identity Provider Test CA"),
                                 QStringLiteral("/CN=loopback identity provider"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSignInTransport::tlsCaOfTheProfileIsTrustedForTheProvider() {
    LoopbackHttpServer provider(&deviceAnswer);
    QVERIFY(provider.start(QHostAddress::LocalHost, &m_serverTls));
    QNetworkAccessManager network;

    // Without the profile's CA the certificate is not trusted, and the text says where to name it.
    DeviceAuthorization untrusted(&network, settingsFor(QStringLiteral("https"), provider.port()));
    QSignalSpy failed(&untrusted, &DeviceAuthorization::failed);
    untrusted.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.first().at(0).value<DeviceAuthorization::Failure>(),
             DeviceAuthorization::Failure::Tls);
    QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("tls.ca")),
             qPrintable(failed.first().at(1).toString()));

    // A profile with tls.ca: its sign-in trusts that CA for the provider too.
    Connection connection;
    connection.id = QStringLiteral("influxctl:lab");
    connection.name = QStringLiteral("lab");
    connection.source = Connection::Source::Influxctl;
    connection.product = Product::Clustered;
    connection.apiUrl = QUrl(QStringLiteral("https://127.0.0.1:1/api/v0"));
    connection.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    connection.oauth2 = settingsFor(QStringLiteral("https"), provider.port());
    CredentialStore credentials(QStringLiteral("Token Admin transport test"));
    ConnectionController controller(&credentials);
    controller.setNetwork(&network);
    DeviceAuthorization *trusted = controller.signIn(connection);
    QSignalSpy prompted(trusted, &DeviceAuthorization::promptReady);
    trusted->start();
    QTRY_COMPARE_WITH_TIMEOUT(prompted.size(), 1, 10000);
    QCOMPARE(trusted->prompt().userCode, QStringLiteral("ABCD-EFGH"));
    trusted->cancel();
}

// The provider and the Management API on one host (as a cluster that serves its own sign-in):
// the sign-in's connection, opened with the profile's CA, serves the API's calls with that
// same trust; a sign-in without that CA gets a connection of its own, which fails.
void TestSignInTransport::signInAndApiWithOneTrustShareAConnection() {
    LoopbackHttpServer server([](const QByteArray &head) {
        if (head.startsWith("POST /device/auth "))
            return deviceAnswer(head);
        return LoopbackHttpServer::response(200, "[]");
    });
    QVERIFY(server.start(QHostAddress::LocalHost, &m_serverTls));
    const QList<QSslCertificate> ca =
        QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(!ca.isEmpty());
    QNetworkAccessManager network;

    DeviceAuthorization auth(&network, settingsFor(QStringLiteral("https"), server.port()));
    auth.setExtraCaCertificates(ca);
    QSignalSpy prompted(&auth, &DeviceAuthorization::promptReady);
    auth.start();
    QTRY_COMPARE_WITH_TIMEOUT(prompted.size(), 1, 10000);
    auth.cancel();

    Endpoint endpoint;
    endpoint.product = Product::Clustered;
    endpoint.apiUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/api/v0").arg(server.port()));
    endpoint.managementToken = QStringLiteral("signed-in-access-token");
    endpoint.extraCaCertificates = ca;
    ManagementApi api(&network, endpoint);
    bool listed = false;
    api.listTokens(this, [&](const ApiResult<TokenList> &result) {
        QVERIFY2(result.ok(), qPrintable(errorText(result.error)));
        listed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.handshakes, 1);

    DeviceAuthorization untrusted(&network, settingsFor(QStringLiteral("https"), server.port()));
    QSignalSpy failed(&untrusted, &DeviceAuthorization::failed);
    untrusted.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.first().at(0).value<DeviceAuthorization::Failure>(),
             DeviceAuthorization::Failure::Tls);
    QCOMPARE(server.handshakes, 2);
    QCOMPARE(server.requests.size(), 2);
}

void TestSignInTransport::redirectOfADeviceRequestIsNotFollowed() {
    LoopbackHttpServer elsewhere(&deviceAnswer);
    QVERIFY(elsewhere.start());
    const QByteArray location =
        "http://127.0.0.1:" + QByteArray::number(elsewhere.port()) + "/device/auth";
    LoopbackHttpServer provider([location](const QByteArray &) {
        return LoopbackHttpServer::response(307, {}, {{"Location", location}});
    });
    QVERIFY(provider.start());
    QNetworkAccessManager network;
    DeviceAuthorization auth(&network, settingsFor(QStringLiteral("http"), provider.port()));
    QSignalSpy failed(&auth, &DeviceAuthorization::failed);
    auth.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.first().at(0).value<DeviceAuthorization::Failure>(),
             DeviceAuthorization::Failure::BadResponse);
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("redirect")));
    QCOMPARE(provider.requests.size(), 1);
    QCOMPARE(elsewhere.requests.size(), 0); // the form never went on
}

void TestSignInTransport::codesAreRedactedFromTheProvidersWords() {
    // The provider echoes the device code in its error: the text shown must not carry it.
    LoopbackHttpServer provider([](const QByteArray &head) {
        if (head.startsWith("POST /device/auth"))
            return deviceAnswer(head);
        return LoopbackHttpServer::response(
            400, "{\"error\":\"invalid_request\",\"error_description\":\"device_code "
                 "dc-very-secret-device-code-1234567890 is malformed\"}");
    });
    QVERIFY(provider.start());
    QNetworkAccessManager network;
    DeviceAuthorization auth(&network, settingsFor(QStringLiteral("http"), provider.port()));
    QSignalSpy failed(&auth, &DeviceAuthorization::failed);
    auth.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("invalid_request")) &&
                 message.contains(QLatin1String("[redacted]")) &&
                 !message.contains(QLatin1String("dc-very-secret")),
             qPrintable(message));
}

void TestSignInTransport::verificationUrlSpelledTheOlderWay() {
    LoopbackHttpServer provider([](const QByteArray &) {
        return LoopbackHttpServer::response(
            200, "{\"device_code\":\"d\",\"user_code\":\"WXYZ-1234\",\"verification_url\":"
                 "\"https://www.google.com/device\",\"expires_in\":1800,\"interval\":5}");
    });
    QVERIFY(provider.start());
    QNetworkAccessManager network;
    DeviceAuthorization auth(&network, settingsFor(QStringLiteral("http"), provider.port()));
    QSignalSpy prompted(&auth, &DeviceAuthorization::promptReady);
    auth.start();
    QTRY_COMPARE_WITH_TIMEOUT(prompted.size(), 1, 10000);
    QCOMPARE(auth.prompt().verificationUri, QUrl(QStringLiteral("https://www.google.com/device")));
    QVERIFY(auth.prompt().verificationUriComplete.isEmpty());
    QCOMPARE(auth.interval(), std::chrono::seconds(5));
    auth.cancel();
}

void TestSignInTransport::unusableDeviceAnswersAreSaid_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("<html>sign in</html>");
    QTest::newRow("no device_code")
        << QByteArray("{\"user_code\":\"A\",\"verification_uri\":\"https://i.example/d\","
                      "\"expires_in\":600}");
    QTest::newRow("no expires_in")
        << QByteArray("{\"device_code\":\"d\",\"user_code\":\"A\",\"verification_uri\":"
                      "\"https://i.example/d\"}");
    QTest::newRow("a page that is not a web page")
        << QByteArray("{\"device_code\":\"d\",\"user_code\":\"A\",\"verification_uri\":"
                      "\"file:///etc/passwd\",\"expires_in\":600}");
}

void TestSignInTransport::unusableDeviceAnswersAreSaid() {
    QFETCH(QByteArray, body);
    LoopbackHttpServer provider(
        [body](const QByteArray &) { return LoopbackHttpServer::response(200, body); });
    QVERIFY(provider.start());
    QNetworkAccessManager network;
    DeviceAuthorization auth(&network, settingsFor(QStringLiteral("http"), provider.port()));
    QSignalSpy failed(&auth, &DeviceAuthorization::failed);
    QSignalSpy prompted(&auth, &DeviceAuthorization::promptReady);
    auth.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.first().at(0).value<DeviceAuthorization::Failure>(),
             DeviceAuthorization::Failure::BadResponse);
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("device_code")));
    QVERIFY(prompted.isEmpty());
}

QTEST_GUILESS_MAIN(TestSignInTransport)
#include "tst_SignInTransport.moc"
