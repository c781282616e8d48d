#include "../common/LoopbackHttpServer.h"
#include "../common/TestCertificates.h"
#include "Connection.h"
#include "ConnectionStore.h"
#include "ManagementApi.h"
#include "NetworkPool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The transport rules, proven over loopback: TLS against a certificate made at test time,
// a profile's tls.ca, tls.insecure, TLS connections kept and shared only within one trust,
// http only to loopback, and redirects that never carry the bearer token to another origin.
class TestTransport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void refusesACertificateItCannotTrust();
    void trustsTheProfileCa();
    void savedConnectionTrustsItsCaFile();
    void extraCaStaysWithItsConnection();
    void insecureIsHonouredWhenAskedFor();
    void callsWithOneTrustShareOneHandshake();
    void anotherTrustNeverSharesAConnection();
    void poolKeepsOneManagerPerTrust();
    void httpOnlyToLoopback();
    void redirectToAnotherPortIsNotFollowed();
    void redirectToAnotherHostNameIsNotFollowed();
    void sameOriginRedirectIsFollowed();

private:
    ApiResult<TokenList> list(const Endpoint &endpoint);
    Endpoint tlsEndpoint() const;
    Endpoint trustingEndpoint(const QStringList &caFiles) const;
    static LoopbackHttpServer::Response tokens(const QByteArray &) {
        return LoopbackHttpServer::response(200, "[]");
    }

    QTemporaryDir m_dir;
    QSslConfiguration m_serverTls;
    QString m_otherCaFile; // a CA that did not sign the server's certificate
    QNetworkAccessManager *m_network = nullptr;
    LoopbackHttpServer *m_tlsServer = nullptr;
};

void TestTransport::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_transport"));
    QVERIFY(m_dir.isValid());
    QString error;
    m_serverTls = makeLoopbackCertificates(
        m_dir.path(), QStringLiteral("/CN=Token Admin Test CA/O=Token Admin Tests"),
        QStringLiteral("/CN=loopback test server/O=Token Admin Tests"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!m_serverTls.localCertificate().isNull());
    QVERIFY(!m_serverTls.privateKey().isNull());
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("other")));
    makeLoopbackCertificates(m_dir.filePath(QStringLiteral("other")),
                             QStringLiteral("/CN=Another Test CA/O=Token Admin Tests"),
                             QStringLiteral("/CN=another server/O=Token Admin Tests"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_otherCaFile = m_dir.filePath(QStringLiteral("other/ca.pem"));
}

void TestTransport::init() {
    m_network = new QNetworkAccessManager;
    m_tlsServer = new LoopbackHttpServer(&TestTransport::tokens);
    QVERIFY(m_tlsServer->start(QHostAddress::LocalHost, &m_serverTls));
}

void TestTransport::cleanup() {
    delete m_tlsServer;
    delete m_network;
}

ApiResult<TokenList> TestTransport::list(const Endpoint &endpoint) {
    ManagementApi api(m_network, endpoint);
    api.setTimeout(std::chrono::seconds(20));
    ApiResult<TokenList> result;
    bool done = false;
    api.listTokens(this, [&](const ApiResult<TokenList> &r) {
        result = r;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 25000);
    }();
    return result;
}

Endpoint TestTransport::tlsEndpoint() const {
    Endpoint endpoint;
    endpoint.product = Product::Clustered;
    endpoint.apiUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/api/v0").arg(m_tlsServer->port()));
    endpoint.managementToken = QStringLiteral("loopback-secret");
    return endpoint;
}

Endpoint TestTransport::trustingEndpoint(const QStringList &caFiles) const {
    Endpoint endpoint = tlsEndpoint();
    for (const QString &file : caFiles)
        endpoint.extraCaCertificates += QSslCertificate::fromPath(file);
    return endpoint;
}

void TestTransport::refusesACertificateItCannotTrust() {
    const ApiResult<TokenList> result = list(tlsEndpoint());
    QCOMPARE(result.error.kind, ApiError::Kind::Tls);
    const QString text = errorText(result.error);
    QVERIFY2(text.contains(QLatin1String("loopback test server")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Token Admin Test CA")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("issuer")), qPrintable(text));
    qInfo("%s", qPrintable(text));
    // The request itself never went out.
    QVERIFY(m_tlsServer->requests.isEmpty());
}

void TestTransport::trustsTheProfileCa() {
    Connection connection;
    connection.name = QStringLiteral("onprem");
    connection.source = Connection::Source::Influxctl;
    connection.product = Product::Clustered;
    connection.apiUrl = tlsEndpoint().apiUrl;
    connection.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    Endpoint endpoint;
    QString problem;
    QVERIFY2(endpointFor(connection, QStringLiteral("loopback-secret"), &endpoint, &problem),
             qPrintable(problem));
    QCOMPARE(endpoint.extraCaCertificates.size(), 1);
    const ApiResult<TokenList> result = list(endpoint);
    QVERIFY2(result.ok(), qPrintable(errorText(result.error)));
    QCOMPARE(m_tlsServer->requests.size(), 1);
    QCOMPARE(LoopbackHttpServer::header(m_tlsServer->requests.first(), "Authorization"),
             QByteArray("Bearer loopback-secret"));
}

void TestTransport::savedConnectionTrustsItsCaFile() {
    // A connection of Token Admin's own, through its settings and back.
    QSettings().clear();
    Connection connection;
    connection.id = newSavedConnectionId();
    connection.name = QStringLiteral("Lab over TLS");
    connection.product = Product::Clustered;
    connection.apiUrl = tlsEndpoint().apiUrl;
    connection.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    ConnectionStore::saveSaved({connection});
    const QList<Connection> loaded = ConnectionStore::loadSaved();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().caFile, connection.caFile);

    Endpoint endpoint;
    QString problem;
    QVERIFY2(endpointFor(loaded.first(), QStringLiteral("loopback-secret"), &endpoint, &problem),
             qPrintable(problem));
    const ApiResult<TokenList> result = list(endpoint);
    QVERIFY2(result.ok(), qPrintable(errorText(result.error)));
    QCOMPARE(m_tlsServer->requests.size(), 1);
    QSettings().clear();
}

void TestTransport::extraCaStaysWithItsConnection() {
    Endpoint trusted = tlsEndpoint();
    trusted.extraCaCertificates =
        QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(list(trusted).ok());
    // Same network manager, another connection without that CA: still refused.
    ApiResult<TokenList> result = list(tlsEndpoint());
    QCOMPARE(result.error.kind, ApiError::Kind::Tls);
    QCOMPARE(m_tlsServer->requests.size(), 1);

    // Nor does an unchecked connection (tls.insecure) serve a checked one.
    Endpoint insecure = tlsEndpoint();
    insecure.tlsInsecure = true;
    QVERIFY(list(insecure).ok());
    result = list(tlsEndpoint());
    QCOMPARE(result.error.kind, ApiError::Kind::Tls);
    QCOMPARE(m_tlsServer->requests.size(), 2);
}

void TestTransport::insecureIsHonouredWhenAskedFor() {
    Endpoint endpoint = tlsEndpoint();
    endpoint.tlsInsecure = true;
    const ApiResult<TokenList> result = list(endpoint);
    QVERIFY2(result.ok(), qPrintable(errorText(result.error)));
    QCOMPARE(m_tlsServer->requests.size(), 1);
}

void TestTransport::callsWithOneTrustShareOneHandshake() {
    // Each call through a client of its own, as the sessions of two windows on one cluster.
    const Endpoint trusted = trustingEndpoint({m_dir.filePath(QStringLiteral("ca.pem"))});
    for (int call = 0; call < 4; ++call) {
        const ApiResult<TokenList> result = list(trusted);
        QVERIFY2(result.ok(), qPrintable(errorText(result.error)));
    }
    QCOMPARE(m_tlsServer->requests.size(), 4);
    qInfo("4 calls with one trust: %d TLS handshake(s)", m_tlsServer->handshakes);
    QCOMPARE(m_tlsServer->handshakes, 1);
}

void TestTransport::anotherTrustNeverSharesAConnection() {
    const QString serversCa = m_dir.filePath(QStringLiteral("ca.pem"));
    const Endpoint trusted = trustingEndpoint({serversCa});
    QVERIFY(list(trusted).ok());
    QCOMPARE(m_tlsServer->handshakes, 1);

    // Another CA, to the same server while the first connection is still open: a handshake of
    // its own, which fails, and nothing sent.
    ApiResult<TokenList> result = list(trustingEndpoint({m_otherCaFile}));
    QCOMPARE(result.error.kind, ApiError::Kind::Tls);
    QCOMPARE(m_tlsServer->handshakes, 2);
    QCOMPARE(m_tlsServer->requests.size(), 1);

    // The system's trust alone: the same.
    result = list(tlsEndpoint());
    QCOMPARE(result.error.kind, ApiError::Kind::Tls);
    QCOMPARE(m_tlsServer->handshakes, 3);
    QCOMPARE(m_tlsServer->requests.size(), 1);

    // Both CAs is another trust too: its own connection, checked and accepted.
    QVERIFY(list(trustingEndpoint({m_otherCaFile, serversCa})).ok());
    QCOMPARE(m_tlsServer->handshakes, 4);
    // Unchecked (tls.insecure): its own as well.
    Endpoint insecure = tlsEndpoint();
    insecure.tlsInsecure = true;
    QVERIFY(list(insecure).ok());
    QCOMPARE(m_tlsServer->handshakes, 5);

    // The first trust still has its connection.
    QVERIFY(list(trusted).ok());
    QCOMPARE(m_tlsServer->handshakes, 5);
    QCOMPARE(m_tlsServer->requests.size(), 4);
}

void TestTransport::poolKeepsOneManagerPerTrust() {
    NetworkPool *pool = NetworkPool::of(m_network);
    QCOMPARE(NetworkPool::of(m_network), pool);
    const QList<QSslCertificate> serversCa =
        QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("ca.pem")));
    const QList<QSslCertificate> otherCa = QSslCertificate::fromPath(m_otherCaFile);
    QVERIFY(!serversCa.isEmpty() && !otherCa.isEmpty());

    const auto trusting = [](const QList<QSslCertificate> &authorities) {
        TlsTrust trust;
        trust.extraCaCertificates = authorities;
        return trust;
    };

    // Equal trust, whatever the order of the CAs or where they were read from: one manager.
    QCOMPARE(pool->manager(trusting(serversCa + otherCa)),
             pool->manager(trusting(otherCa + serversCa)));
    QNetworkAccessManager *base = pool->manager(trusting(serversCa));
    QCOMPARE(
        pool->manager(TlsTrust::of(trustingEndpoint({m_dir.filePath(QStringLiteral("ca.pem"))}))),
        base);
    // Any difference: another.
    QVERIFY(pool->manager(trusting(otherCa)) != base);
    QVERIFY(pool->manager(TlsTrust()) != base);
    TlsTrust insecure = trusting(serversCa);
    insecure.insecure = true;
    QVERIFY(pool->manager(insecure) != base);
    TlsTrust withClientCertificate = trusting(serversCa);
    withClientCertificate.clientCertificate = m_serverTls.localCertificate();
    withClientCertificate.clientKey = m_serverTls.privateKey();
    QVERIFY(pool->manager(withClientCertificate) != base);
    QCOMPARE(pool->managerCount(), 6);
    // None of them is the root, which serves plain http.
    QVERIFY(!pool->findChildren<QNetworkAccessManager *>().contains(m_network));
}

void TestTransport::httpOnlyToLoopback() {
    Endpoint endpoint;
    endpoint.product = Product::Clustered;
    endpoint.managementToken = QStringLiteral("secret");
    for (const char *url : {"http://192.0.2.10/api/v0", "http://influx.example.com/api/v0",
                            "http://127.0.0.1.example.com/api/v0", "ftp://127.0.0.1/api/v0"}) {
        endpoint.apiUrl = QUrl(QString::fromLatin1(url));
        QString reason;
        QVERIFY2(!isAcceptableApiUrl(endpoint.apiUrl, &reason), url);
        QVERIFY(!reason.isEmpty());
        // Even an Endpoint built by hand does not get past the client.
        const ApiResult<TokenList> result = list(endpoint);
        QCOMPARE(result.error.kind, ApiError::Kind::InvalidRequest);
        QVERIFY2(errorText(result.error).contains(QLatin1String("https")),
                 qPrintable(errorText(result.error)));
    }
    for (const char *url : {"http://127.0.0.1:1/api/v0", "http://[::1]:1/api/v0",
                            "http://localhost:1/api/v0", "https://influx.example.com/api/v0"})
        QVERIFY2(isAcceptableApiUrl(QUrl(QString::fromLatin1(url)), nullptr), url);
}

void TestTransport::redirectToAnotherPortIsNotFollowed() {
    LoopbackHttpServer other(&TestTransport::tokens);
    QVERIFY(other.start());
    const QByteArray location =
        "http://127.0.0.1:" + QByteArray::number(other.port()) + "/api/v0/tokens";
    LoopbackHttpServer first([location](const QByteArray &) {
        return LoopbackHttpServer::response(307, {}, {{"Location", location}});
    });
    QVERIFY(first.start());
    Endpoint endpoint;
    endpoint.product = Product::Clustered;
    endpoint.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v0").arg(first.port()));
    endpoint.managementToken = QStringLiteral("never-leaves");

    const ApiResult<TokenList> result = list(endpoint);
    QVERIFY(result.error.isHttp(307));
    QVERIFY2(errorText(result.error).contains(QLatin1String("not followed")),
             qPrintable(errorText(result.error)));
    QCOMPARE(first.requests.size(), 1);
    QVERIFY(other.requests.isEmpty());
}

void TestTransport::redirectToAnotherHostNameIsNotFollowed() {
    // 127.0.0.1 and localhost are the same machine but different origins.
    QByteArray location;
    LoopbackHttpServer server([&location](const QByteArray &head) {
        if (head.startsWith("GET /api/v0/tokens "))
            return LoopbackHttpServer::response(302, {}, {{"Location", location}});
        return LoopbackHttpServer::response(200, "[]");
    });
    QVERIFY(server.start());
    location = "http://localhost:" + QByteArray::number(server.port()) + "/api/v0/elsewhere/tokens";
    Endpoint endpoint;
    endpoint.product = Product::Clustered;
    endpoint.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v0").arg(server.port()));
    endpoint.managementToken = QStringLiteral("never-leaves");
    const ApiResult<TokenList> result = list(endpoint);
    QVERIFY(result.error.isHttp(302));
    QCOMPARE(server.requests.size(), 1);
}

void TestTransport::sameOriginRedirectIsFollowed() {
    LoopbackHttpServer server([](const QByteArray &head) {
        if (head.startsWith("GET /api/v0/tokens "))
            return LoopbackHttpServer::response(307, {}, {{"Location", "/api/v0/moved/tokens"}});
        return LoopbackHttpServer::response(200, "[]");
    });
    QVERIFY(server.start());
    Endpoint endpoint;
    endpoint.product = Product::Clustered;
    endpoint.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v0").arg(server.port()));
    endpoint.managementToken = QStringLiteral("same-origin");
    const ApiResult<TokenList> result = list(endpoint);
    QVERIFY2(result.ok(), qPrintable(errorText(result.error)));
    QCOMPARE(server.requests.size(), 2);
    QVERIFY(server.requests.at(1).startsWith("GET /api/v0/moved/tokens "));
    for (const QByteArray &head : server.requests)
        QCOMPARE(LoopbackHttpServer::header(head, "Authorization"),
                 QByteArray("Bearer same-origin"));
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_Transport.moc"
