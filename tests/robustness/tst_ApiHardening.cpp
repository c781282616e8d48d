#include "../common/SecretStretches.h"
#include "ManagementApi.h"
#include "SandboxData.h"
#include "SandboxServer.h"
#include "TokenJson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

#include <optional>

using namespace std::chrono_literals;

namespace {

// One call's outcome, whatever the operation.
struct Outcome {
    bool finished = false;
    ApiError error;
};

} // namespace

// The API client against a sandbox that misbehaves in ways the fault matrix cannot show by
// its outcome alone: how many requests reached the server, how long it waited, how much it read.
class TestApiHardening : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void closedBeforeAnswerIsSentOnce_data();
    void closedBeforeAnswerIsSentOnce();
    void bodyOverItsLimitIsRefused_data();
    void bodyOverItsLimitIsRefused();
    void bodyJustUnderItsLimitIsRead();
    void aListOf100000TokensFitsWithRoom();
    void retryDelayIsBounded_data();
    void retryDelayIsBounded();
    void retriesAreSpacedAndBounded();
    void truncatedFaultsCutTheOperationsOwnBody_data();
    void truncatedFaultsCutTheOperationsOwnBody();
    void serverTextLosesTheSecret_data();
    void serverTextLosesTheSecret();
    void serverTextLosesEveryStretchOfEverySecret();
    void echoedTokenNeverReachesAnError_data();
    void echoedTokenNeverReachesAnError();

private:
    Outcome call(const QByteArray &method);
    Outcome call(const QByteArray &method, const QString &path);
    int received(const QByteArray &method) const;
    QString activeTokenId() const;

    QNetworkAccessManager *m_network = nullptr;
    SandboxServer *m_sandbox = nullptr;
    ManagementApi *m_api = nullptr;
};

void TestApiHardening::init() {
    m_network = new QNetworkAccessManager;
    m_sandbox = new SandboxServer;
    QVERIFY(m_sandbox->start());
    m_api = new ManagementApi(m_network, m_sandbox->endpoint());
    m_api->setTimeout(5s);
}

void TestApiHardening::cleanup() {
    delete m_api;
    delete m_sandbox;
    delete m_network;
}

QString TestApiHardening::activeTokenId() const {
    for (const Token &token : m_sandbox->tokens())
        if (!token.isRevoked())
            return token.id;
    return {};
}

int TestApiHardening::received(const QByteArray &method) const {
    int count = 0;
    for (const auto &request : m_sandbox->receivedRequests())
        count += request.method == method;
    return count;
}

Outcome TestApiHardening::call(const QByteArray &method) {
    return call(method, QStringLiteral("/tokens/"));
}

// `path` tells the GETs apart: the list (/tokens), one token (/tokens/) or the databases.
Outcome TestApiHardening::call(const QByteArray &method, const QString &path) {
    Outcome outcome;
    auto finish = [&outcome](const ApiError &error) {
        outcome.finished = true;
        outcome.error = error;
    };
    const QString id = activeTokenId();
    if (method == "DELETE") {
        m_api->revokeToken(id, this, finish);
    } else if (method == "POST") {
        m_api->createToken(NewToken{QStringLiteral("sent once"), {}, {}}, this,
                           [&](const ApiResult<CreatedToken> &result) { finish(result.error); });
    } else if (method == "PATCH") {
        TokenChanges changes;
        changes.description = QStringLiteral("sent once");
        m_api->updateToken(id, changes, this,
                           [&](const ApiResult<Token> &result) { finish(result.error); });
    } else if (path == QLatin1String("/tokens")) {
        m_api->listTokens(this, [&](const ApiResult<TokenList> &result) { finish(result.error); });
    } else if (path == QLatin1String("/databases")) {
        m_api->listDatabases(this,
                             [&](const ApiResult<QStringList> &result) { finish(result.error); });
    } else {
        m_api->getToken(id, this, [&](const ApiResult<Token> &result) { finish(result.error); });
    }
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome.finished, 30000);
    }();
    return outcome;
}

void TestApiHardening::closedBeforeAnswerIsSentOnce_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("revoke") << QByteArray("DELETE");
    QTest::newRow("create") << QByteArray("POST");
    QTest::newRow("update") << QByteArray("PATCH");
}

// The server closes a kept-alive connection without answering: the request may have been
// carried out, so it must not be sent again behind the user's back.
void TestApiHardening::closedBeforeAnswerIsSentOnce() {
    QFETCH(QByteArray, method);
    // A first request leaves a kept-alive connection for the next one to reuse.
    bool listed = false;
    m_api->listTokens(this, [&](const ApiResult<TokenList> &result) { listed = result.ok(); });
    QTRY_VERIFY(listed);

    SandboxFault fault;
    fault.kind = SandboxFault::Kind::CloseBeforeAnswer;
    fault.method = method;
    m_sandbox->addFault(fault);
    m_sandbox->clearReceivedRequests();
    const Outcome outcome = call(method);
    QVERIFY(outcome.error.isError());
    QVERIFY2(outcome.error.outcomeUnknown(), qPrintable(errorText(outcome.error)));
    QVERIFY2(errorText(outcome.error).contains(QLatin1String("not sent again")),
             qPrintable(errorText(outcome.error)));
    QCOMPARE(received(method), 1);
    // And once more on a fresh connection: still one.
    m_sandbox->clearReceivedRequests();
    const Outcome again = call(method);
    QVERIFY(again.error.outcomeUnknown());
    QCOMPARE(received(method), 1);
}

void TestApiHardening::bodyOverItsLimitIsRefused_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<bool>("streamed");
    QTest::addColumn<bool>("validJson");
    QTest::addColumn<qint64>("bytes");
    struct Operation {
        const char *name;
        QByteArray method;
        const char *path;
        qint64 limit;
    };
    const Operation operations[] = {
        {"list", "GET", "/tokens", ManagementApi::MaxListBodyBytes},
        {"get", "GET", "/tokens/", ManagementApi::MaxBodyBytes},
        {"revoke", "DELETE", "/tokens/", ManagementApi::MaxBodyBytes},
        {"create", "POST", "/tokens", ManagementApi::MaxBodyBytes},
        {"update", "PATCH", "/tokens/", ManagementApi::MaxBodyBytes},
        {"databases", "GET", "/databases", ManagementApi::MaxBodyBytes},
    };
    const qint64 fourGiB = 4LL * 1024 * 1024 * 1024;
    for (const Operation &op : operations) {
        // Declared: refused from the Content-Length, before a byte of a 4 GiB body is read.
        QTest::addRow("%s: 4 GiB declared", op.name)
            << op.method << op.path << op.limit << false << false << fourGiB;
        // Not declared: refused as soon as the bytes read pass the limit (a client that read
        // on would still be reading 4 GiB when the test gives up).
        QTest::addRow("%s: valid JSON streamed past the limit", op.name)
            << op.method << op.path << op.limit << true << true
            << (op.limit == ManagementApi::MaxBodyBytes ? fourGiB : op.limit + 1024 * 1024);
    }
}

// One token, an error body or the database list are small; only the token list is long. A
// body past its limit is never read to its end (nor decoded on the window's thread).
void TestApiHardening::bodyOverItsLimitIsRefused() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(qint64, limit);
    QFETCH(bool, streamed);
    QFETCH(bool, validJson);
    QFETCH(qint64, bytes);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::HugeBody;
    fault.method = method;
    fault.path = QRegularExpression(QRegularExpression::escape(path) +
                                    (path.endsWith(QLatin1Char('/')) ? "[^/]+$" : "$"));
    fault.hugeBodyBytes = bytes;
    fault.streamed = streamed;
    if (validJson) {
        const QJsonObject token = TokenJson::encodeToken(m_sandbox->tokens().constFirst());
        fault.body =
            path == QLatin1String("/tokens")
                ? (method == "GET" ? QJsonDocument(QJsonArray{token}).toJson()
                                   : QJsonDocument(token).toJson())
                : (path == QLatin1String("/databases") ? QByteArray(R"([{"name": "telemetry"}])")
                                                       : QJsonDocument(token).toJson());
        fault.body = QJsonDocument::fromJson(fault.body).toJson(QJsonDocument::Compact);
    }
    m_sandbox->addFault(fault);
    QElapsedTimer clock;
    clock.start();
    const Outcome outcome = call(method, path);
    const QString text = errorText(outcome.error);
    QVERIFY2(text.contains(QStringLiteral("larger than %1 MiB").arg(limit / (1024 * 1024))),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("HTTP 200")), qPrintable(text));
    qInfo("refused after %lld ms", clock.elapsed());
}

void TestApiHardening::bodyJustUnderItsLimitIsRead() {
    // A token padded to just under a mebibyte is still one token.
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::HugeBody;
    fault.method = "GET";
    fault.path = QRegularExpression(QStringLiteral("/tokens/[^/]+$"));
    fault.hugeBodyBytes = ManagementApi::MaxBodyBytes - 1024;
    fault.streamed = true;
    const Token token = m_sandbox->tokens().constFirst();
    fault.body = QJsonDocument(TokenJson::encodeToken(token)).toJson(QJsonDocument::Compact);
    m_sandbox->addFault(fault);
    std::optional<ApiResult<Token>> result;
    m_api->getToken(token.id, this, [&](const ApiResult<Token> &answer) { result = answer; });
    QTRY_VERIFY(result);
    QVERIFY2(result->ok(), qPrintable(errorText(result->error)));
    QCOMPARE(result->value.id, token.id);
}

void TestApiHardening::aListOf100000TokensFitsWithRoom() {
    // A fat list: every token with a long description and ten permissions. A list's JSON grows
    // linearly with its items, so a thousand of them, times a hundred, is the 100,000's size.
    QList<Token> tokens = SandboxData::generateTokens(1'000, 7);
    for (Token &token : tokens) {
        token.description = QString(200, QLatin1Char('d'));
        token.permissions.clear();
        for (int i = 0; i < 10; ++i)
            token.permissions.append(
                {QStringLiteral("write"), QStringLiteral("database_%1").arg(i)});
        token.accountId = SandboxData::accountId();
        token.clusterId = SandboxData::clusterId();
    }
    const qint64 size = TokenJson::encodeTokenList(tokens).size() * 100;
    qInfo("100,000 fat tokens: %lld MiB of JSON; the list's limit is %lld MiB", size >> 20,
          ManagementApi::MaxListBodyBytes >> 20);
    QVERIFY(size * 2 < ManagementApi::MaxListBodyBytes);

    // And 100,000 of the sandbox's own go through the client whole. The sandbox writes them on
    // this same thread, seconds under the sanitizers: the client waits for it.
    m_sandbox->setTokens(SandboxData::generateTokens(100'000, 8));
    m_api->setTimeout(60s);
    std::optional<ApiResult<TokenList>> result;
    m_api->listTokens(this, [&](const ApiResult<TokenList> &answer) { result = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(result, 60000);
    QVERIFY2(result->ok(), qPrintable(errorText(result->error)));
    QCOMPARE(result->value.tokens.size(), 100'000);
}

void TestApiHardening::retryDelayIsBounded_data() {
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("an hour asked, ten seconds at most") << QByteArray("3600") << 1 << 10'000LL;
    QTest::newRow("a day asked") << QByteArray(" 86400 ") << 2 << 10'000LL;
    QTest::newRow("two seconds asked") << QByteArray("2") << 1 << 2'000LL;
    QTest::newRow("now") << QByteArray("0") << 1 << 0LL;
    QTest::newRow("none: one second") << QByteArray() << 1 << 1'000LL;
    QTest::newRow("none, second retry: two") << QByteArray() << 2 << 2'000LL;
    QTest::newRow("negative") << QByteArray("-5") << 1 << 1'000LL;
    QTest::newRow("an HTTP date") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << 1 << 1'000LL;
    QTest::newRow("more than an int") << QByteArray("99999999999999") << 2 << 2'000LL;
}

void TestApiHardening::retryDelayIsBounded() {
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, attempt);
    QFETCH(qint64, expectedMs);
    QCOMPARE(ManagementApi::retryDelay(retryAfter, attempt).count(), expectedMs);
}

// A busy server asking for an hour: the list still comes, after waits that are bounded (here
// by a lower cap, so the test is quick) and that really are waits.
void TestApiHardening::retriesAreSpacedAndBounded() {
    const auto cap = 400ms;
    m_api->setMaxRetryDelay(cap);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::RetryAfter;
    fault.method = "GET";
    fault.path = QRegularExpression(QStringLiteral("/tokens$"));
    fault.status = 429;
    fault.retryAfterSeconds = 3600;
    fault.count = ManagementApi::MaxAttempts - 1;
    m_sandbox->addFault(fault);
    QElapsedTimer clock;
    clock.start();
    std::optional<ApiResult<TokenList>> result;
    m_api->listTokens(this, [&](const ApiResult<TokenList> &answer) { result = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(result, 10000);
    QVERIFY2(result->ok(), qPrintable(errorText(result->error)));
    QVERIFY(clock.elapsed() < 5000);
    const QList<SandboxServer::ReceivedRequest> requests = m_sandbox->receivedRequests();
    QCOMPARE(requests.size(), ManagementApi::MaxAttempts);
    for (qsizetype i = 1; i < requests.size(); ++i) {
        const qint64 gap = requests.at(i).receivedAtMs - requests.at(i - 1).receivedAtMs;
        QVERIFY2(gap >= cap.count() - 20 && gap < 3000, qPrintable(QString::number(gap)));
    }
}

void TestApiHardening::truncatedFaultsCutTheOperationsOwnBody_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<char>("opens");
    const struct {
        const char *name;
        QByteArray method;
        const char *path;
        char opens;
    } operations[] = {
        {"list", "GET", "/tokens", '['},       {"get", "GET", "/tokens/", '{'},
        {"revoke", "DELETE", "/tokens/", '{'}, {"create", "POST", "/tokens", '{'},
        {"update", "PATCH", "/tokens/", '{'},  {"databases", "GET", "/databases", '['},
    };
    for (const auto &op : operations) {
        QTest::addRow("%s: truncated", op.name)
            << int(SandboxFault::Kind::TruncatedBody) << op.method << QString(op.path) << op.opens;
        QTest::addRow("%s: closed mid-body", op.name)
            << int(SandboxFault::Kind::CloseMidBody) << op.method << QString(op.path) << op.opens;
    }
}

// A cut answer is half of the answer that operation really gets (one token for get, create
// and update, not the whole list), and the request is not carried out.
void TestApiHardening::truncatedFaultsCutTheOperationsOwnBody() {
    QFETCH(int, kind);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(char, opens);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind(kind);
    fault.method = method;
    m_sandbox->addFault(fault);
    const QList<Token> before = m_sandbox->tokens();
    QString url = m_sandbox->endpoint().tokensUrl().toString();
    if (path == QLatin1String("/databases"))
        url = m_sandbox->endpoint().databasesUrl().toString();
    else if (path.endsWith(QLatin1Char('/')))
        url += QLatin1Char('/') + activeTokenId();
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("Authorization", "Bearer " + m_sandbox->managementToken().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = method == "POST"    ? QByteArray(R"({"description": "cut"})")
                            : method == "PATCH" ? QByteArray(R"({"description": "cut"})")
                                                : QByteArray();
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QByteArray received;
    connect(reply, &QIODevice::readyRead, this, [&] { received += reply->readAll(); });
    QTRY_VERIFY(reply->isFinished());
    received += reply->readAll();
    reply->deleteLater();
    QVERIFY(!received.isEmpty());
    QCOMPARE(received.front(), opens);
    QVERIFY(QJsonDocument::fromJson(received).isNull()); // cut, so not JSON
    if (method == "GET" && path == QLatin1String("/tokens/"))
        QVERIFY(received.size() < 2000); // one token's half, not the list's
    QCOMPARE(m_sandbox->tokens(), before);
}

void TestApiHardening::serverTextLosesTheSecret_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");
    const QString secret = QStringLiteral("s3cr3t-management-token-0123456789abcdef");
    QTest::newRow("as it is") << "you sent " + secret << 300 << "you sent [redacted]";
    QTest::newRow("twice") << secret + secret << 300 << "[redacted][redacted]";
    QTest::newRow("bearer") << "Authorization: Bearer " + secret << 300
                            << "Authorization: Bearer [redacted]";
    QTest::newRow("another bearer")
        << "bearer abc.def-ghi, then" << 300 << "Bearer [redacted], then";
    QTest::newRow("split by a zero-width space")
        << "x " + secret.left(10) + QChar(0x200B) + secret.mid(10) << 300 << "x [redacted]";
    QTest::newRow("split by a newline: the part too short to tell stays")
        << secret.left(10) + "\n" + secret.mid(10) << 300 << secret.left(10) + " [redacted]";
    QTest::newRow("cut short by someone else") << "createdAt: \"" + secret.left(20) + "\" is not"
                                               << 300 << "createdAt: \"[redacted]\" is not";
    QTest::newRow("where the excerpt ends")
        << QString(290, QLatin1Char('x')) + " " + secret << 300
        << sanitizedExcerpt(QString(290, QLatin1Char('x')) + " [redacted]", 300);
    QTest::newRow("twelve from the middle")
        << "id \"" + secret.mid(13, 12) + "\" unknown" << 300 << "id \"[redacted]\" unknown";
    QTest::newRow("the end, cut at the start")
        << "…" + secret.right(20) + " was refused" << 300 << "…[redacted] was refused";
    QTest::newRow("eleven characters are not yet the secret")
        << "x" + secret.mid(20, 11) + "y" << 300 << "x" + secret.mid(20, 11) + "y";
}

void TestApiHardening::serverTextLosesTheSecret() {
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    QCOMPARE(quotedFromServer(text, QStringLiteral("s3cr3t-management-token-0123456789abcdef"),
                              maxLength),
             expected);
}

// Every 12-character stretch of the management token and of a second secret (a sign-in's
// token), anywhere in a text, is gone from what is shown, even where the excerpt is cut.
void TestApiHardening::serverTextLosesEveryStretchOfEverySecret() {
    const QStringList secrets{QStringLiteral("s3cr3t-management-token-0123456789abcdef"),
                              QStringLiteral("oauth.access-TOKEN_zyxwvutsrqponm-42")};
    const QStringList stretches = SecretStretches::of(secrets);
    for (const QString &stretch : stretches) {
        for (qsizetype cut : {qsizetype(300), qsizetype(30)}) {
            const QString text =
                QStringLiteral("the server said: ") + stretch + QStringLiteral(" (x)");
            const QString shown = quotedFromServer(text, secrets, cut);
            QVERIFY2(SecretStretches::foundIn(shown, stretches).isEmpty(), qPrintable(shown));
            QVERIFY2(shown.startsWith(QLatin1String("the server said: [redacted]")),
                     qPrintable(shown));
        }
    }
    // The secrets side by side, and one inside other text with no space around it.
    const QString both = quotedFromServer(secrets.at(1) + secrets.at(0).mid(5), secrets);
    QVERIFY2(SecretStretches::foundIn(both, stretches).isEmpty(), qPrintable(both));
    QCOMPARE(quotedFromServer(
                 QStringLiteral("abc") + secrets.at(1).mid(3, 14) + QStringLiteral("xyz"), secrets),
             QStringLiteral("abc[redacted]xyz"));
    // Text that shares less than 12 characters with a secret is left alone.
    const QString near = secrets.at(0).left(11) + QLatin1Char('!') + secrets.at(0).mid(12, 11);
    QCOMPARE(quotedFromServer(near, secrets), near);
}

void TestApiHardening::echoedTokenNeverReachesAnError_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    const QByteArray token = R"({"id": "$TOKEN", "description": "$AUTHORIZATION",)"
                             R"( "permissions": [], "createdAt": "$TOKEN"})";
    const struct {
        const char *name;
        QByteArray method;
        const char *path;
        QByteArray successBody;
    } operations[] = {
        {"list", "GET", "/tokens", '[' + token + ']'},
        {"get", "GET", "/tokens/", token},
        {"revoke", "DELETE", "/tokens/", token},
        {"create", "POST", "/tokens", token},
        {"update", "PATCH", "/tokens/", token},
        {"databases", "GET", "/databases", R"({"name": "$TOKEN"})"},
    };
    for (const auto &op : operations) {
        for (int status : {400, 401, 403, 404, 500, 502, 503})
            QTest::addRow("%s: %d", op.name, status)
                << op.method << QString(op.path) << status << QByteArray();
        QTest::addRow("%s: redirect", op.name)
            << op.method << QString(op.path) << 302 << QByteArray();
        QTest::addRow("%s: 200 quoting it", op.name)
            << op.method << QString(op.path) << 200 << op.successBody;
    }
}

// However the server repeats the Authorization header (message, reason phrase, redirect
// target, a field value a decode error quotes), the error the caller gets holds no part of it.
void TestApiHardening::echoedTokenNeverReachesAnError() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::EchoAuthorization;
    fault.method = method;
    fault.path = QRegularExpression(QRegularExpression::escape(path) +
                                    (path.endsWith(QLatin1Char('/')) ? "[^/]+$" : "$"));
    fault.status = status;
    fault.body = body;
    m_sandbox->addFault(fault);
    const Outcome outcome = call(method, path);
    QVERIFY(outcome.error.isError());
    const QString secret = m_sandbox->managementToken();
    const QStringList stretches = SecretStretches::of({secret});
    for (const QString &text :
         {errorText(outcome.error), outcome.error.serverMessage, outcome.error.detail}) {
        QVERIFY2(SecretStretches::foundIn(text, stretches).isEmpty(), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Bearer ") + secret.left(4)), qPrintable(text));
    }
    if (status == 302) // the target it quotes is the server's, not the request's own URL
        QVERIFY2(errorText(outcome.error).contains(QLatin1String("//localhost:")),
                 qPrintable(errorText(outcome.error)));
    // Not silenced either: the status is still named.
    QVERIFY2(errorText(outcome.error).contains(QString::number(status)),
             qPrintable(errorText(outcome.error)));
}

QTEST_GUILESS_MAIN(TestApiHardening)
#include "tst_ApiHardening.moc"
