#include "../common/LoopbackHttpServer.h"

#include "ManagementApi.h"
#include "SandboxServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <optional>

using namespace std::chrono_literals;

// The client against the sandbox over real loopback HTTP, and against canned answers for
// the failures a faithful server does not produce.
class TestManagementApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsEveryToken();
    void longListAnswersOnTheCallersThread();
    void apiGoneWhileDecodingDropsTheAnswer();
    void sendsTheSpecHeaders();
    void getsOneToken();
    void revokesWithOneDelete();
    void clusteredPaths();
    void encodesIdsAsOneSegment_data();
    void encodesIdsAsOneSegment();
    void dotSegmentsAreNeverSent_data();
    void dotSegmentsAreNeverSent();
    void unknownTokenIs404();
    void wrongManagementTokenIs401();
    void httpErrors_data();
    void httpErrors();
    void malformedSuccessBodies_data();
    void malformedSuccessBodies();
    void refusedConnection();
    void timeout();
    void callbackSkippedWhenContextDies();
    void pendingRepliesAbortedWhenClientDies();

private:
    template <typename T> static std::optional<T> wait(std::optional<T> &slot) {
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(slot.has_value(), 10000);
        }();
        return slot;
    }

    QNetworkAccessManager *m_network = nullptr;
    SandboxServer *m_sandbox = nullptr;
};

void TestManagementApi::init() {
    m_network = new QNetworkAccessManager(this);
    m_sandbox = new SandboxServer({}, this);
    QString error;
    QVERIFY2(m_sandbox->start(0, &error), qPrintable(error));
}

void TestManagementApi::cleanup() {
    delete m_sandbox;
    delete m_network;
}

void TestManagementApi::listsEveryToken() {
    ManagementApi api(m_network, m_sandbox->endpoint());
    std::optional<ApiResult<TokenList>> result;
    api.listTokens(this, [&](const ApiResult<TokenList> &r) { result = r; });
    wait(result);
    QVERIFY2(result->ok(), qPrintable(errorText(result->error)));
    QCOMPARE(result->value.tokens.size(), m_sandbox->tokens().size());
    QCOMPARE(result->value.tokens.toList(), m_sandbox->tokens());
}

void TestManagementApi::longListAnswersOnTheCallersThread() {
    // Over 1 MiB of JSON: decoded on pool threads, answered on this one.
    SandboxOptions options;
    options.generatedTokens = 20000;
    SandboxServer large(options);
    QVERIFY(large.start());
    ManagementApi api(m_network, large.endpoint());
    std::optional<ApiResult<TokenList>> result;
    QThread *answeredOn = nullptr;
    api.listTokens(this, [&](const ApiResult<TokenList> &r) {
        answeredOn = QThread::currentThread();
        result = r;
    });
    wait(result);
    QVERIFY2(result->ok(), qPrintable(errorText(result->error)));
    QCOMPARE(answeredOn, QThread::currentThread());
    QCOMPARE(result->value.tokens.toList(), large.tokens());
}

void TestManagementApi::apiGoneWhileDecodingDropsTheAnswer() {
    SandboxOptions options;
    options.generatedTokens = 50000;
    SandboxServer large(options);
    QVERIFY(large.start());
    bool answered = false;
    {
        ManagementApi api(m_network, large.endpoint());
        api.listTokens(this, [&](const ApiResult<TokenList> &) { answered = true; });
        // One event at a time, until the reply is in: its handler has just started the decode.
        // The in-process sandbox writes 50,000 tokens first: seconds under the sanitizers.
        QElapsedTimer clock;
        clock.start();
        while (api.pendingCount() > 0 && clock.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        QCOMPARE(api.pendingCount(), 0);
        QVERIFY(!answered);
    } // the API goes while its list is still decoding
    QTest::qWait(300);
    QVERIFY(!answered);
}

void TestManagementApi::sendsTheSpecHeaders() {
    ManagementApi api(m_network, m_sandbox->endpoint());
    std::optional<ApiResult<TokenList>> result;
    api.listTokens(this, [&](const ApiResult<TokenList> &r) { result = r; });
    wait(result);
    const auto requests = m_sandbox->receivedRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QByteArray("GET"));
    QCOMPARE(requests.first().path, QStringLiteral("/api/v0/accounts/%1/clusters/%2/tokens")
                                        .arg(m_sandbox->accountId(), m_sandbox->clusterId()));
    QCOMPARE(requests.first().authorization, "Bearer " + m_sandbox->managementToken().toUtf8());
    QCOMPARE(requests.first().accept, QByteArray("application/json"));
}

void TestManagementApi::getsOneToken() {
    const Token expected = m_sandbox->tokens().at(3);
    ManagementApi api(m_network, m_sandbox->endpoint());
    std::optional<ApiResult<Token>> result;
    api.getToken(expected.id, this, [&](const ApiResult<Token> &r) { result = r; });
    wait(result);
    QVERIFY2(result->ok(), qPrintable(errorText(result->error)));
    QCOMPARE(result->value, expected);
}

void TestManagementApi::revokesWithOneDelete() {
    Token target;
    for (const Token &token : m_sandbox->tokens()) {
        if (!token.isRevoked()) {
            target = token;
            break;
        }
    }
    QVERIFY(!target.id.isEmpty());
    ManagementApi api(m_network, m_sandbox->endpoint());
    std::optional<ApiError> result;
    api.revokeToken(target.id, this, [&](const ApiError &e) { result = e; });
    wait(result);
    QVERIFY2(!result->isError(), qPrintable(errorText(*result)));

    const auto requests = m_sandbox->receivedRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QByteArray("DELETE"));
    QVERIFY(requests.first().path.endsWith(QLatin1String("/tokens/") + target.id));
    bool revoked = false;
    for (const Token &token : m_sandbox->tokens())
        revoked |= token.id == target.id && token.isRevoked();
    QVERIFY(revoked);
}

void TestManagementApi::clusteredPaths() {
    SandboxOptions options;
    options.product = Product::Clustered;
    SandboxServer clustered(options);
    QVERIFY(clustered.start());
    const Endpoint endpoint = clustered.endpoint();
    QCOMPARE(endpoint.product, Product::Clustered);
    ManagementApi api(m_network, endpoint);
    std::optional<ApiResult<TokenList>> result;
    api.listTokens(this, [&](const ApiResult<TokenList> &r) { result = r; });
    wait(result);
    QVERIFY2(result->ok(), qPrintable(errorText(result->error)));
    QVERIFY(!result->value.tokens.isEmpty());
    QCOMPARE(clustered.receivedRequests().first().path, QStringLiteral("/api/v0/tokens"));
}

void TestManagementApi::encodesIdsAsOneSegment_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("slash") << "../../other"
                           << "..%2F..%2Fother";
    QTest::newRow("percent") << "a%2Fb"
                             << "a%252Fb";
    QTest::newRow("query") << "x?y=1#z"
                           << "x%3Fy%3D1%23z";
    QTest::newRow("space") << "two words"
                           << "two%20words";
    QTest::newRow("dots inside") << "a..b"
                                 << "a..b";
    QTest::newRow("long") << QString(5000, QLatin1Char('a')) << QString(5000, QLatin1Char('a'));
}

void TestManagementApi::encodesIdsAsOneSegment() {
    QFETCH(QString, id);
    QFETCH(QString, encoded);
    ManagementApi api(m_network, m_sandbox->endpoint());
    std::optional<ApiError> result;
    api.revokeToken(id, this, [&](const ApiError &e) { result = e; });
    wait(result);
    // One segment, which is no UUID: the server's 400, with its reason.
    QVERIFY2(result->isHttp(400), qPrintable(errorText(*result)));
    QVERIFY2(result->serverMessage.contains(QLatin1String("tokenId")),
             qPrintable(result->serverMessage));
    const auto requests = m_sandbox->receivedRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().path,
             QStringLiteral("/api/v0/accounts/%1/clusters/%2/tokens/%3")
                 .arg(m_sandbox->accountId(), m_sandbox->clusterId(), encoded));
}

void TestManagementApi::dotSegmentsAreNeverSent_data() {
    QTest::addColumn<QString>("id");
    QTest::newRow("dot") << ".";
    QTest::newRow("dot dot") << "..";
    QTest::newRow("empty") << "";
}

// "%2E%2E" would be decoded and the DELETE would climb to the cluster: never send it.
void TestManagementApi::dotSegmentsAreNeverSent() {
    QFETCH(QString, id);
    ManagementApi api(m_network, m_sandbox->endpoint());
    std::optional<ApiError> revoke;
    api.revokeToken(id, this, [&](const ApiError &e) { revoke = e; });
    QVERIFY(!revoke.has_value()); // reported later, never inside the call
    std::optional<ApiResult<Token>> get;
    api.getToken(id, this, [&](const ApiResult<Token> &r) { get = r; });
    wait(revoke);
    wait(get);
    QCOMPARE(revoke->kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(get->error.kind, ApiError::Kind::InvalidRequest);
    QVERIFY(errorText(*revoke).contains(QLatin1String("did not send")));
    QVERIFY(m_sandbox->receivedRequests().isEmpty());
}

void TestManagementApi::unknownTokenIs404() {
    ManagementApi api(m_network, m_sandbox->endpoint());
    std::optional<ApiResult<Token>> result;
    api.getToken(QStringLiteral("00000000-0000-4000-8000-000000000000"), this,
                 [&](const ApiResult<Token> &r) { result = r; });
    wait(result);
    QVERIFY(result->error.isHttp(404));
    QVERIFY(!result->error.serverMessage.isEmpty());
    QVERIFY2(errorText(result->error).contains(QLatin1String("HTTP 404")),
             qPrintable(errorText(result->error)));
}

void TestManagementApi::wrongManagementTokenIs401() {
    Endpoint endpoint = m_sandbox->endpoint();
    endpoint.managementToken = QStringLiteral("not-the-token");
    ManagementApi api(m_network, endpoint);
    std::optional<ApiResult<TokenList>> result;
    api.listTokens(this, [&](const ApiResult<TokenList> &r) { result = r; });
    wait(result);
    QVERIFY(result->error.isHttp(401));
    const QString text = errorText(result->error);
    QVERIFY2(text.contains(QLatin1String("401")) &&
                 text.contains(QLatin1String("management token")),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("not-the-token")), qPrintable(text));
}

void TestManagementApi::httpErrors_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("mustSay");
    QTest::newRow("500 with JSON")
        << 500 << QByteArray(R"({"code":500,"message":"database is on fire"})")
        << QByteArray("application/json") << "database is on fire";
    QTest::newRow("500 without body") << 500 << QByteArray() << QByteArray() << "HTTP 500";
    QTest::newRow("502 HTML page")
        << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
        << QByteArray("text/html") << "HTTP 502";
    QTest::newRow("403") << 403 << QByteArray(R"({"code":403,"message":"forbidden"})")
                         << QByteArray("application/json") << "permission";
    QTest::newRow("message with control characters")
        << 400 << QByteArray("{\"code\":400,\"message\":\"bad\\u0000\\u001b[31m input\"}")
        << QByteArray("application/json") << "bad[31m input";
}

void TestManagementApi::httpErrors() {
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, mustSay);
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse(status, body, contentType);
    Endpoint endpoint = m_sandbox->endpoint();
    endpoint.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v0").arg(server.port()));
    ManagementApi api(m_network, endpoint);
    std::optional<ApiResult<TokenList>> result;
    api.listTokens(this, [&](const ApiResult<TokenList> &r) { result = r; });
    wait(result);
    QCOMPARE(result->error.kind, ApiError::Kind::Http);
    QCOMPARE(result->error.httpStatus, status);
    const QString text = errorText(result->error);
    QVERIFY2(text.contains(mustSay), qPrintable(text));
    QVERIFY2(text.contains(QString::number(status)), qPrintable(text));
}

void TestManagementApi::malformedSuccessBodies_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("<html>hello</html>");
    QTest::newRow("truncated") << QByteArray(R"([{"id":"a","description":"x","perm)");
    QTest::newRow("object, not array") << QByteArray(R"({"tokens":[]})");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one unreadable item among good ones") << QByteArray(
        R"([{"id":"a","description":"d","permissions":[],"createdAt":"2023-12-21T17:32:28Z"},)"
        R"({"id":"b","description":"d","permissions":[],"createdAt":"yesterday"}])");
}

void TestManagementApi::malformedSuccessBodies() {
    QFETCH(QByteArray, body);
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse(200, body);
    Endpoint endpoint = m_sandbox->endpoint();
    endpoint.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v0").arg(server.port()));
    ManagementApi api(m_network, endpoint);
    std::optional<ApiResult<TokenList>> result;
    api.listTokens(this, [&](const ApiResult<TokenList> &r) { result = r; });
    wait(result);
    QCOMPARE(result->error.kind, ApiError::Kind::BadResponse);
    QCOMPARE(result->error.httpStatus, 200);
    QVERIFY(result->value.tokens.isEmpty());
    QVERIFY(errorText(result->error).contains(QLatin1String("could not be read")));
}

void TestManagementApi::refusedConnection() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    Endpoint endpoint = m_sandbox->endpoint();
    endpoint.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v0").arg(closedPort));
    ManagementApi api(m_network, endpoint);
    std::optional<ApiResult<TokenList>> result;
    api.listTokens(this, [&](const ApiResult<TokenList> &r) { result = r; });
    wait(result);
    QCOMPARE(result->error.kind, ApiError::Kind::ConnectionRefused);
    QVERIFY(errorText(result->error).contains(QLatin1String("refused")));
}

void TestManagementApi::timeout() {
    m_sandbox->setResponseDelay(5s);
    ManagementApi api(m_network, m_sandbox->endpoint());
    api.setTimeout(300ms);
    std::optional<ApiResult<TokenList>> result;
    api.listTokens(this, [&](const ApiResult<TokenList> &r) { result = r; });
    wait(result);
    QCOMPARE(result->error.kind, ApiError::Kind::Timeout);
    QVERIFY(errorText(result->error).contains(QLatin1String("did not answer in time")));
}

void TestManagementApi::callbackSkippedWhenContextDies() {
    m_sandbox->setResponseDelay(200ms);
    ManagementApi api(m_network, m_sandbox->endpoint());
    auto *context = new QObject;
    bool called = false;
    api.listTokens(context, [&](const ApiResult<TokenList> &) { called = true; });
    delete context;
    QTRY_COMPARE_WITH_TIMEOUT(api.pendingCount(), 0, 5000);
    QVERIFY(!called);
}

void TestManagementApi::pendingRepliesAbortedWhenClientDies() {
    m_sandbox->setResponseDelay(300ms);
    bool called = false;
    {
        ManagementApi api(m_network, m_sandbox->endpoint());
        api.listTokens(this, [&](const ApiResult<TokenList> &) { called = true; });
        QCOMPARE(api.pendingCount(), 1);
    }
    // Give any late reply a chance to arrive: nothing must call back into the dead client.
    QTest::qWait(600);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestManagementApi)
#include "tst_ManagementApi.moc"
