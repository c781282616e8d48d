#include "SandboxServer.h"

#include "Rfc3339.h"
#include "SandboxData.h"
#include "TokenJson.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

struct Response {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray allow;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

} // namespace

class tst_SandboxServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsTokensWithRevoked();
    void hideRevokedLeavesThemOut();
    void hiddenRevokedTokenIsAbsentOnEveryVerb();
    void getsOneToken();
    void unknownTokenAccountOrClusterIs404_data();
    void unknownTokenAccountOrClusterIs404();
    void encodedSlashInIdIs400();
    void pathIdsThatAreNotUuidsAre400_data();
    void pathIdsThatAreNotUuidsAre400();
    void clusteredTokenIdThatIsNotUuidIs400();
    void missingOrWrongBearerIs401_data();
    void missingOrWrongBearerIs401();
    void unknownPathIs404();
    void wrongMethodIs405();
    void revokeAnswers204AndKeepsToken();
    void revokeTwiceKeepsFirstTime();
    void createAnswersTokenWithSecret();
    void createWithExpiry();
    void createRejectsInvalidBodies_data();
    void createRejectsInvalidBodies();
    void updateReplacesFields();
    void updateRejectsInvalidBodies_data();
    void updateRejectsInvalidBodies();
    void updateOfRevokedTokenIs409();
    void bodyOver1MiBIs413();
    void listsDatabases();
    void clusteredPaths();
    void logsReceivedRequests();
    void receivedRequestLogIsBounded();
    void responseDelayIsAsynchronous();
    void clientHangingUpDuringDelayIsHarmless();
    void testHooks();
    void persistsAcrossRestarts();
    void malformedDataFileFailsStart();
    void startFailsOnBusyPort();

private:
    Response send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  std::optional<QByteArray> authorization = std::nullopt);
    Response sendTo(SandboxServer &server, const QByteArray &method, const QString &path,
                    const QByteArray &body = {},
                    std::optional<QByteArray> authorization = std::nullopt);
    QString tokensPath() const;
    static void verifyError(const Response &response, int status, const QString &needle = {});

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void tst_SandboxServer::init() {
    m_server = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_server->start(0, &error), qPrintable(error));
    QVERIFY(m_server->port() != 0);
}

void tst_SandboxServer::cleanup() {
    m_server.reset();
}

Response tst_SandboxServer::send(const QByteArray &method, const QString &path,
                                 const QByteArray &body, std::optional<QByteArray> authorization) {
    return sendTo(*m_server, method, path, body, authorization);
}

// `path` is appended to the API URL as it is: already percent-encoded.
Response tst_SandboxServer::sendTo(SandboxServer &server, const QByteArray &method,
                                   const QString &path, const QByteArray &body,
                                   std::optional<QByteArray> authorization) {
    QNetworkRequest request(QUrl(server.apiUrl().toString() + path, QUrl::StrictMode));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization",
                         authorization.value_or("Bearer " + server.managementToken().toUtf8()));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.contentType = reply->rawHeader("Content-Type");
    response.allow = reply->rawHeader("Allow");
    reply->deleteLater();
    return response;
}

QString tst_SandboxServer::tokensPath() const {
    return QStringLiteral("/accounts/%1/clusters/%2/tokens")
        .arg(m_server->accountId(), m_server->clusterId());
}

void tst_SandboxServer::verifyError(const Response &response, int status, const QString &needle) {
    QCOMPARE(response.status, status);
    QCOMPARE(response.contentType, QByteArray("application/json"));
    const QJsonObject object = response.json().object();
    QCOMPARE(object.size(), 2);
    QCOMPARE(object.value(QLatin1StringView("code")).toInt(), status);
    const QString message = object.value(QLatin1StringView("message")).toString();
    QVERIFY(!message.isEmpty());
    if (!needle.isEmpty())
        QVERIFY2(message.contains(needle), qPrintable(message));
}

void tst_SandboxServer::listsTokensWithRevoked() {
    const Response response = send("GET", tokensPath());
    QCOMPARE(response.status, 200);
    QCOMPARE(response.contentType, QByteArray("application/json"));
    QVERIFY(response.json().isArray());
    const TokenJson::ListResult list = TokenJson::decodeTokenList(response.body);
    QVERIFY(list.ok);
    QVERIFY2(list.badItems.isEmpty(), qPrintable(list.badItems.join(QLatin1Char('\n'))));
    QCOMPARE(list.tokens.size(), m_server->tokens().size());
    QVERIFY(std::any_of(list.tokens.cbegin(), list.tokens.cend(),
                        [](const Token &token) { return token.isRevoked(); }));
    for (const Token &token : list.tokens) {
        QCOMPARE(token.accountId, m_server->accountId());
        QCOMPARE(token.clusterId, m_server->clusterId());
    }
    // Microseconds, as the service writes them; never the secret or its hash.
    const QJsonObject first = response.json().array().first().toObject();
    QVERIFY(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$)"))
                .match(first.value(QLatin1StringView("createdAt")).toString())
                .hasMatch());
    QVERIFY(!response.body.contains("accessToken"));
}

void tst_SandboxServer::hideRevokedLeavesThemOut() {
    m_server->setHideRevoked(true);
    const TokenJson::ListResult list = TokenJson::decodeTokenList(send("GET", tokensPath()).body);
    QVERIFY(list.ok);
    QVERIFY(!list.tokens.isEmpty());
    QVERIFY(std::none_of(list.tokens.cbegin(), list.tokens.cend(),
                         [](const Token &token) { return token.isRevoked(); }));
    qsizetype revoked = 0;
    QString revokedId;
    for (const Token &token : m_server->tokens()) {
        if (token.isRevoked()) {
            ++revoked;
            revokedId = token.id;
        }
    }
    QCOMPARE(list.tokens.size() + revoked, m_server->tokens().size());
    verifyError(send("GET", tokensPath() + QLatin1Char('/') + revokedId), 404);
}

void tst_SandboxServer::hiddenRevokedTokenIsAbsentOnEveryVerb() {
    m_server->setHideRevoked(true);
    const Token active = m_server->tokens().first();
    QVERIFY(!active.isRevoked());
    const QString path = tokensPath() + QLatin1Char('/') + active.id;
    QCOMPARE(send("DELETE", path).status, 204);
    const Token revoked = m_server->tokens().first();
    QVERIFY(revoked.isRevoked());
    // Gone from the API's view: read, change and revoke all find no such token.
    verifyError(send("GET", path), 404, active.id);
    verifyError(send("PATCH", path, R"({"description":"x"})"), 404, active.id);
    verifyError(send("DELETE", path), 404, active.id);
    QCOMPARE(m_server->tokens().first(), revoked); // and nothing changed
    // Shown again, it is there, revoked: a change is a conflict, a second revoke harmless.
    m_server->setHideRevoked(false);
    QCOMPARE(send("GET", path).status, 200);
    verifyError(send("PATCH", path, R"({"description":"x"})"), 409);
    QCOMPARE(send("DELETE", path).status, 204);
}

void tst_SandboxServer::getsOneToken() {
    const Token expected = m_server->tokens().at(3);
    const Response response = send("GET", tokensPath() + QLatin1Char('/') + expected.id);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.contentType, QByteArray("application/json"));
    Token token;
    QString error;
    QVERIFY2(TokenJson::decodeTokenBody(response.body, &token, &error), qPrintable(error));
    QCOMPARE(token, expected);
}

void tst_SandboxServer::unknownTokenAccountOrClusterIs404_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("needle");
    const QString account = SandboxData::accountId();
    const QString cluster = SandboxData::clusterId();
    const QString token = SandboxData::seedTokens().first().id;
    const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000000");
    QTest::newRow("token")
        << QStringLiteral("/accounts/%1/clusters/%2/tokens/%3").arg(account, cluster, unknown)
        << QStringLiteral("token");
    QTest::newRow("account")
        << QStringLiteral("/accounts/%1/clusters/%2/tokens/%3").arg(unknown, cluster, token)
        << QStringLiteral("account");
    QTest::newRow("cluster")
        << QStringLiteral("/accounts/%1/clusters/%2/tokens").arg(account, unknown)
        << QStringLiteral("cluster");
    QTest::newRow("databases of unknown cluster")
        << QStringLiteral("/accounts/%1/clusters/%2/databases").arg(account, unknown)
        << QStringLiteral("cluster");
}

void tst_SandboxServer::unknownTokenAccountOrClusterIs404() {
    QFETCH(QString, path);
    QFETCH(QString, needle);
    verifyError(send("GET", path), 404, needle);
    if (path.contains(QLatin1StringView("/tokens/")))
        verifyError(send("DELETE", path), 404, needle);
    else if (path.endsWith(QLatin1StringView("/tokens")))
        verifyError(send("POST", path, R"({"description":"x"})"), 404, needle);
}

// The ID stays one segment ("…%2Fx"), which is no UUID: the spec's 400, and nothing revoked.
void tst_SandboxServer::encodedSlashInIdIs400() {
    const QString id = m_server->tokens().first().id;
    const Response response = send("DELETE", tokensPath() + QLatin1Char('/') + id + "%2Fx");
    verifyError(response, 400, QStringLiteral("tokenId"));
    QVERIFY(m_server->receivedRequests().last().path.endsWith(id + QStringLiteral("%2Fx")));
    QVERIFY(!m_server->tokens().first().isRevoked());
}

void tst_SandboxServer::pathIdsThatAreNotUuidsAre400_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("parameter");
    const QString account = SandboxData::accountId();
    const QString cluster = SandboxData::clusterId();
    const QString token = SandboxData::seedTokens().first().id;
    // The spec's paths, each path ID in turn replaced by something that is not a UUID.
    const QStringList notUuids{
        QStringLiteral("not-a-uuid"),
        QStringLiteral("a%2Fb"),
        QStringLiteral("..%2F..%2Faccounts"),
        QStringLiteral("%7B") + token + QStringLiteral("%7D"),
        token.left(35),
        token.left(35) + QLatin1Char('g'),
        token + QLatin1Char('0'),
        QString(token).replace(QLatin1Char('-'), QLatin1Char('_')),
    };
    struct Operation {
        const char *method;
        const char *path; // %1 account, %2 cluster, %3 token
    };
    const Operation operations[] = {
        {"GET", "/accounts/%1/clusters/%2/tokens"},
        {"POST", "/accounts/%1/clusters/%2/tokens"},
        {"GET", "/accounts/%1/clusters/%2/tokens/%3"},
        {"PATCH", "/accounts/%1/clusters/%2/tokens/%3"},
        {"DELETE", "/accounts/%1/clusters/%2/tokens/%3"},
        {"GET", "/accounts/%1/clusters/%2/databases"},
    };
    for (const Operation &operation : operations) {
        const QString path = QString::fromLatin1(operation.path);
        for (const QString &bad : notUuids) {
            QTest::addRow("%s %s, accountId %s", operation.method, operation.path, qPrintable(bad))
                << QByteArray(operation.method) << path.arg(bad, cluster, token)
                << QStringLiteral("accountId");
            QTest::addRow("%s %s, clusterId %s", operation.method, operation.path, qPrintable(bad))
                << QByteArray(operation.method) << path.arg(account, bad, token)
                << QStringLiteral("clusterId");
            if (path.contains(QLatin1String("%3")))
                QTest::addRow("%s %s, tokenId %s", operation.method, operation.path,
                              qPrintable(bad))
                    << QByteArray(operation.method) << path.arg(account, cluster, bad)
                    << QStringLiteral("tokenId");
        }
    }
}

// The spec declares accountId, clusterId and tokenId UuidV4 and lists 400 for every operation:
// anything else in their place is a bad request, with the spec's error body, and changes
// nothing.
void tst_SandboxServer::pathIdsThatAreNotUuidsAre400() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, parameter);
    const QList<Token> before = m_server->tokens();
    const QByteArray body =
        method == "POST" || method == "PATCH" ? QByteArray(R"({"description":"x"})") : QByteArray();
    verifyError(send(method, path, body), 400, parameter);
    QCOMPARE(m_server->tokens(), before);
    // Credentials are looked at first: without them, 401 still.
    verifyError(send(method, path, body, QByteArray()), 401);
}

void tst_SandboxServer::clusteredTokenIdThatIsNotUuidIs400() {
    SandboxOptions options;
    options.product = Product::Clustered;
    SandboxServer server(options);
    QVERIFY(server.start());
    const Token token = server.tokens().first();
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("PATCH"), QByteArray("DELETE")})
        verifyError(sendTo(server, method, QStringLiteral("/tokens/not-a-uuid"),
                           method == "PATCH" ? QByteArray(R"({"description":"x"})") : QByteArray()),
                    400, QStringLiteral("tokenId"));
    QCOMPARE(server.tokens().first(), token);
    // A real ID with its letters in upper case is still a UUID, and still names the token.
    QCOMPARE(sendTo(server, "GET", QStringLiteral("/tokens/") + token.id.toUpper()).status, 200);
}

void tst_SandboxServer::missingOrWrongBearerIs401_data() {
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("missing") << QByteArray() << QByteArray("GET");
    QTest::newRow("wrong token") << QByteArray("Bearer nope") << QByteArray("GET");
    QTest::newRow("no scheme") << QByteArray("TOKEN") << QByteArray("DELETE");
    QTest::newRow("basic") << QByteArray("Basic dXNlcjpwYXNz") << QByteArray("POST");
    QTest::newRow("wrong method, no token") << QByteArray() << QByteArray("PUT");
}

void tst_SandboxServer::missingOrWrongBearerIs401() {
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, method);
    const Token token = m_server->tokens().first();
    const QString path =
        method == "POST" ? tokensPath() : tokensPath() + QLatin1Char('/') + token.id;
    verifyError(send(method, path, {}, authorization), 401);
    // Nothing happened, even for an unknown account.
    QCOMPARE(m_server->tokens().first(), token);
    verifyError(send("GET", QStringLiteral("/accounts/x/clusters/y/tokens"), {}, authorization),
                401);
}

void tst_SandboxServer::unknownPathIs404() {
    for (const QString &path :
         {QStringLiteral("/tokens"), QStringLiteral("/accounts"),
          tokensPath() + QStringLiteral("/"), tokensPath() + QStringLiteral("/a/b"),
          QStringLiteral("/v0") + tokensPath(), QStringLiteral("/../v1/health")})
        verifyError(send("GET", path), 404, QStringLiteral("not found"));
}

void tst_SandboxServer::wrongMethodIs405() {
    Response response = send("PUT", tokensPath());
    verifyError(response, 405);
    QCOMPARE(response.allow, QByteArray("GET, POST"));
    response = send("POST", tokensPath() + QLatin1Char('/') + m_server->tokens().first().id,
                    "{\"description\":\"x\"}");
    verifyError(response, 405);
    QCOMPARE(response.allow, QByteArray("GET, PATCH, DELETE"));
    response = send("DELETE", QStringLiteral("/accounts/%1/clusters/%2/databases")
                                  .arg(m_server->accountId(), m_server->clusterId()));
    verifyError(response, 405);
    QCOMPARE(response.allow, QByteArray("GET"));
}

void tst_SandboxServer::revokeAnswers204AndKeepsToken() {
    QSignalSpy changed(m_server.get(), &SandboxServer::tokensChanged);
    const Token before = m_server->tokens().first();
    QVERIFY(!before.isRevoked());
    const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const Response response = send("DELETE", tokensPath() + QLatin1Char('/') + before.id);
    QCOMPARE(response.status, 204);
    QVERIFY(response.body.isEmpty());
    QCOMPARE(changed.size(), 1);

    const Token after = m_server->tokens().first();
    QVERIFY(after.isRevoked());
    QVERIFY(after.revokedAt >= start && after.revokedAt <= QDateTime::currentDateTimeUtc());
    const TokenJson::ListResult list = TokenJson::decodeTokenList(send("GET", tokensPath()).body);
    QCOMPARE(list.tokens.size(), m_server->tokens().size());
    QCOMPARE(list.tokens.first().id, before.id);
    QVERIFY(list.tokens.first().isRevoked());
}

void tst_SandboxServer::revokeTwiceKeepsFirstTime() {
    const QString path = tokensPath() + QLatin1Char('/') + m_server->tokens().first().id;
    QCOMPARE(send("DELETE", path).status, 204);
    const QDateTime revokedAt = m_server->tokens().first().revokedAt;
    QSignalSpy changed(m_server.get(), &SandboxServer::tokensChanged);
    const Response again = send("DELETE", path);
    QCOMPARE(again.status, 204);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(m_server->tokens().first().revokedAt, revokedAt);
    QCOMPARE(changed.size(), 0);
}

void tst_SandboxServer::createAnswersTokenWithSecret() {
    QSignalSpy changed(m_server.get(), &SandboxServer::tokensChanged);
    const qsizetype count = m_server->tokens().size();
    const QByteArray body = R"json({"description":"Grafana (new)","permissions":[
        {"action":"read","resource":"telemetry"},{"action":"write","resource":"*"}],
        "expirationType":"noExpiration","somethingNew":true})json";
    const Response response = send("POST", tokensPath(), body);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.contentType, QByteArray("application/json"));
    const QJsonObject object = response.json().object();
    const QString accessToken = object.value(QLatin1StringView("accessToken")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^apiv1_[A-Za-z0-9_-]{86,}$"))
                 .match(accessToken)
                 .hasMatch(),
             qPrintable(accessToken));

    Token created;
    QString error;
    QVERIFY2(TokenJson::decodeToken(object, &created, &error), qPrintable(error));
    QVERIFY(!QUuid::fromString(created.id).isNull());
    QCOMPARE(QUuid::fromString(created.id).version(), QUuid::Random);
    QCOMPARE(created.description, QStringLiteral("Grafana (new)"));
    QCOMPARE(created.permissions.size(), 2);
    QCOMPARE(created.permissions.at(1), (Permission{QStringLiteral("write"), QStringLiteral("*")}));
    QVERIFY(!created.expires());
    QVERIFY(!created.isRevoked());
    QCOMPARE(created.accountId, m_server->accountId());

    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_server->tokens().size(), count + 1);
    QCOMPARE(m_server->tokens().last(), created);
    // Only the hash is kept, and GET never shows the secret again.
    QCOMPARE(
        m_server->accessTokenSha512(created.id),
        QString::fromLatin1(
            QCryptographicHash::hash(accessToken.toLatin1(), QCryptographicHash::Sha512).toHex()));
    const Response get = send("GET", tokensPath() + QLatin1Char('/') + created.id);
    QCOMPARE(get.status, 200);
    QVERIFY(!get.body.contains("accessToken"));
    QVERIFY(!get.body.contains(accessToken.toLatin1()));
}

void tst_SandboxServer::createWithExpiry() {
    const QDateTime expiresAt = QDateTime::currentDateTimeUtc().addDays(7);
    const QByteArray body =
        QJsonDocument(QJsonObject{
                          {QStringLiteral("description"), QStringLiteral("w")},
                          {QStringLiteral("expirationType"), QStringLiteral("datetime")},
                          {QStringLiteral("expiresAt"), formatRfc3339(expiresAt)},
                      })
            .toJson();
    const Response response = send("POST", tokensPath(), body);
    QCOMPARE(response.status, 200);
    Token created;
    QString error;
    QVERIFY2(TokenJson::decodeToken(response.json().object(), &created, &error), qPrintable(error));
    QCOMPARE(created.expiresAt, expiresAt);
    QVERIFY(created.permissions.isEmpty());
}

void tst_SandboxServer::createRejectsInvalidBodies_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("not JSON") << QByteArray("{description") << "body";
    QTest::newRow("empty") << QByteArray() << "body";
    QTest::newRow("array") << QByteArray("[]") << "body";
    QTest::newRow("no description") << QByteArray("{}") << "description";
    QTest::newRow("numeric description") << QByteArray(R"({"description":5})") << "description";
    QTest::newRow("permissions object")
        << QByteArray(R"({"description":"x","permissions":{}})") << "permissions";
    QTest::newRow("permission not object")
        << QByteArray(R"({"description":"x","permissions":["read"]})") << "permissions[0]";
    QTest::newRow("unknown action")
        << QByteArray(
               R"({"description":"x","permissions":[{"action":"read","resource":"a"},{"action":"admin","resource":"a"}]})")
        << "permissions[1].action";
    QTest::newRow("missing resource")
        << QByteArray(R"({"description":"x","permissions":[{"action":"read"}]})")
        << "permissions[0].resource";
    QTest::newRow("empty resource")
        << QByteArray(R"({"description":"x","permissions":[{"action":"read","resource":""}]})")
        << "permissions[0].resource";
    QTest::newRow("resource too long")
        << (R"({"description":"x","permissions":[{"action":"read","resource":")" +
            QByteArray(65, 'd') + R"("}]})")
        << "permissions[0].resource";
    QTest::newRow("expiresAt not RFC 3339")
        << QByteArray(R"({"description":"x","expiresAt":"2030-01-01"})") << "expiresAt";
    QTest::newRow("expiresAt number")
        << QByteArray(R"({"description":"x","expiresAt":1893456000})") << "expiresAt";
    QTest::newRow("expiresAt in the past")
        << QByteArray(R"({"description":"x","expiresAt":"2001-01-01T00:00:00Z"})") << "expiresAt";
    QTest::newRow("datetime without expiresAt")
        << QByteArray(R"({"description":"x","expirationType":"datetime"})") << "expiresAt";
    QTest::newRow("noExpiration with expiresAt")
        << QByteArray(
               R"({"description":"x","expirationType":"noExpiration","expiresAt":"2100-01-01T00:00:00Z"})")
        << "expiresAt";
    QTest::newRow("unknown expirationType")
        << QByteArray(R"({"description":"x","expirationType":"never"})") << "expirationType";
}

void tst_SandboxServer::createRejectsInvalidBodies() {
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const qsizetype count = m_server->tokens().size();
    const Response response = send("POST", tokensPath(), body);
    verifyError(response, 400);
    const QString message = response.json().object().value(QLatin1StringView("message")).toString();
    QVERIFY2(message.startsWith(field + QLatin1Char(':')), qPrintable(message));
    QCOMPARE(m_server->tokens().size(), count);
}

void tst_SandboxServer::updateReplacesFields() {
    const Token before = m_server->tokens().at(1);
    QVERIFY(!before.isRevoked());
    QVERIFY(before.permissions.size() > 1);
    const QString path = tokensPath() + QLatin1Char('/') + before.id;

    Response response = send("PATCH", path, R"({"description":"Renamed"})");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.contentType, QByteArray("application/json"));
    Token updated;
    QString error;
    QVERIFY2(TokenJson::decodeTokenBody(response.body, &updated, &error), qPrintable(error));
    QCOMPARE(updated.description, QStringLiteral("Renamed"));
    QCOMPARE(updated.permissions, before.permissions);
    QCOMPARE(updated.createdAt, before.createdAt);

    // Permissions replace the whole set; [] removes them all.
    response = send("PATCH", path, R"({"permissions":[{"action":"write","resource":"billing"}]})");
    QCOMPARE(response.status, 200);
    QVERIFY(TokenJson::decodeTokenBody(response.body, &updated, &error));
    QCOMPARE(updated.permissions,
             QList<Permission>{(Permission{QStringLiteral("write"), QStringLiteral("billing")})});
    QCOMPARE(updated.description, QStringLiteral("Renamed"));
    response = send("PATCH", path, R"({"permissions":[]})");
    QCOMPARE(response.status, 200);
    QVERIFY(TokenJson::decodeTokenBody(response.body, &updated, &error));
    QVERIFY(updated.permissions.isEmpty());
    QCOMPARE(m_server->tokens().at(1), updated);
}

void tst_SandboxServer::updateRejectsInvalidBodies_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty object") << QByteArray("{}") << "body";
    QTest::newRow("only unknown properties")
        << QByteArray(R"({"expiresAt":"2100-01-01T00:00:00Z"})") << "body";
    QTest::newRow("not JSON") << QByteArray("nope") << "body";
    QTest::newRow("null description") << QByteArray(R"({"description":null})") << "description";
    QTest::newRow("bad permission")
        << QByteArray(R"({"permissions":[{"action":"READ","resource":"x"}]})")
        << "permissions[0].action";
}

void tst_SandboxServer::updateRejectsInvalidBodies() {
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const Token before = m_server->tokens().at(1);
    const Response response = send("PATCH", tokensPath() + QLatin1Char('/') + before.id, body);
    verifyError(response, 400);
    const QString message = response.json().object().value(QLatin1StringView("message")).toString();
    QVERIFY2(message.startsWith(field + QLatin1Char(':')), qPrintable(message));
    QCOMPARE(m_server->tokens().at(1), before);
}

void tst_SandboxServer::updateOfRevokedTokenIs409() {
    const QString id = m_server->tokens().first().id;
    QCOMPARE(send("DELETE", tokensPath() + QLatin1Char('/') + id).status, 204);
    const Token revoked = m_server->tokens().first();
    verifyError(send("PATCH", tokensPath() + QLatin1Char('/') + id, R"({"description":"x"})"), 409,
                QStringLiteral("revoked"));
    QCOMPARE(m_server->tokens().first(), revoked);
}

void tst_SandboxServer::bodyOver1MiBIs413() {
    const qsizetype count = m_server->tokens().size();
    const QByteArray body =
        R"({"description":")" + QByteArray(SandboxServer::MaxBodySize, 'x') + R"("})";
    verifyError(send("POST", tokensPath(), body), 413);
    QCOMPARE(m_server->tokens().size(), count);
    // Exactly at the limit is accepted.
    const QByteArray fits =
        R"({"description":")" + QByteArray(SandboxServer::MaxBodySize - 18, 'x') + R"("})";
    QCOMPARE(fits.size(), SandboxServer::MaxBodySize);
    QCOMPARE(send("POST", tokensPath(), fits).status, 200);
}

void tst_SandboxServer::listsDatabases() {
    const Response response = send("GET", QStringLiteral("/accounts/%1/clusters/%2/databases")
                                              .arg(m_server->accountId(), m_server->clusterId()));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.contentType, QByteArray("application/json"));
    const QJsonArray array = response.json().array();
    QCOMPARE(array.size(), SandboxData::databases().size());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        QCOMPARE(object.value(QLatin1StringView("accountId")).toString(), m_server->accountId());
        QCOMPARE(object.value(QLatin1StringView("clusterId")).toString(), m_server->clusterId());
        QVERIFY(!object.value(QLatin1StringView("name")).toString().isEmpty());
        QVERIFY(object.value(QLatin1StringView("maxTables")).toInt() >= 1);
        QVERIFY(object.value(QLatin1StringView("maxColumnsPerTable")).toInt() >= 1);
        QVERIFY(object.value(QLatin1StringView("retentionPeriod")).isDouble());
    }
    QCOMPARE(array.first().toObject().value(QLatin1StringView("name")).toString(),
             QStringLiteral("telemetry"));
}

void tst_SandboxServer::clusteredPaths() {
    SandboxOptions options;
    options.product = Product::Clustered;
    options.managementToken = QStringLiteral("clustered-secret");
    SandboxServer server(options);
    QVERIFY(server.start());
    QCOMPARE(server.product(), Product::Clustered);
    QCOMPARE(server.managementToken(), QStringLiteral("clustered-secret"));

    Response response = sendTo(server, "GET", QStringLiteral("/tokens"));
    QCOMPARE(response.status, 200);
    const QJsonArray array = response.json().array();
    QCOMPARE(array.size(), server.tokens().size());
    for (const QJsonValue &value : array) {
        QVERIFY(!value.toObject().contains(QLatin1StringView("accountId")));
        QVERIFY(!value.toObject().contains(QLatin1StringView("clusterId")));
    }
    const QString id = server.tokens().first().id;
    QCOMPARE(sendTo(server, "GET", QStringLiteral("/tokens/") + id).status, 200);
    QCOMPARE(
        sendTo(server, "PATCH", QStringLiteral("/tokens/") + id, R"({"description":"c"})").status,
        200);
    response = sendTo(server, "DELETE", QStringLiteral("/tokens/") + id);
    QCOMPARE(response.status, 204);
    QVERIFY(response.body.isEmpty());
    QVERIFY(server.tokens().first().isRevoked());
    response = sendTo(server, "POST", QStringLiteral("/tokens"), R"({"description":"new"})");
    QCOMPARE(response.status, 200);
    QVERIFY(!response.json().object().contains(QLatin1StringView("accountId")));

    response = sendTo(server, "GET", QStringLiteral("/databases"));
    QCOMPARE(response.status, 200);
    const QJsonObject database = response.json().array().first().toObject();
    QVERIFY(!database.contains(QLatin1StringView("accountId")));
    QVERIFY(database.contains(QLatin1StringView("name")));

    // The Dedicated paths do not exist on Clustered, and a wrong token is still 401.
    verifyError(sendTo(server, "GET", tokensPath()), 404);
    verifyError(sendTo(server, "GET", QStringLiteral("/tokens"), {}, QByteArray("Bearer x")), 401);
}

void tst_SandboxServer::logsReceivedRequests() {
    QSignalSpy received(m_server.get(), &SandboxServer::requestReceived);
    m_server->clearReceivedRequests();
    const QString id = m_server->tokens().first().id;
    send("GET", tokensPath());
    send("DELETE", tokensPath() + QLatin1Char('/') + id);
    send("PATCH", tokensPath() + QLatin1Char('/') + id, R"({"description":"x"})");

    const QList<SandboxServer::ReceivedRequest> requests = m_server->receivedRequests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(received.size(), 3);
    QCOMPARE(received.at(1).at(0).toByteArray(), QByteArray("DELETE"));
    QCOMPARE(received.at(1).at(1).toString(),
             tokensPath().prepend(QStringLiteral("/api/v0")) + QLatin1Char('/') + id);
    QCOMPARE(requests.at(0).method, QByteArray("GET"));
    QCOMPARE(requests.at(1).method, QByteArray("DELETE"));
    QCOMPARE(requests.at(1).path, QStringLiteral("/api/v0") + tokensPath() + QLatin1Char('/') + id);
    QCOMPARE(requests.at(1).authorization, "Bearer " + m_server->managementToken().toUtf8());
    QCOMPARE(requests.at(1).accept, QByteArray("application/json"));
    QVERIFY(requests.at(1).body.isEmpty());
    QCOMPARE(requests.at(2).method, QByteArray("PATCH"));
    QCOMPARE(requests.at(2).body, QByteArray(R"({"description":"x"})"));
    QCOMPARE(requests.at(2).contentType, QByteArray("application/json"));

    m_server->clearReceivedRequests();
    QVERIFY(m_server->receivedRequests().isEmpty());
}

// A sandbox serving a long session (or a load test) keeps only the latest requests.
void tst_SandboxServer::receivedRequestLogIsBounded() {
    m_server->clearReceivedRequests();
    send("GET", QStringLiteral("/first"));
    for (qsizetype i = 0; i < SandboxServer::MaxReceivedRequests; ++i)
        send("GET", tokensPath());
    send("GET", QStringLiteral("/last"));

    const QList<SandboxServer::ReceivedRequest> requests = m_server->receivedRequests();
    QCOMPARE(requests.size(), SandboxServer::MaxReceivedRequests);
    QCOMPARE(requests.first().path, QStringLiteral("/api/v0") + tokensPath());
    QCOMPARE(requests.last().path, QStringLiteral("/api/v0/last"));
}

void tst_SandboxServer::responseDelayIsAsynchronous() {
    m_server->setResponseDelay(300ms);
    QNetworkRequest request(QUrl(m_server->apiUrl().toString() + tokensPath()));
    request.setRawHeader("Authorization", "Bearer " + m_server->managementToken().toUtf8());
    QSignalSpy received(m_server.get(), &SandboxServer::requestReceived);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.get(request);
    // The server took the request and keeps serving its event loop while the answer waits.
    QVERIFY(received.wait(5000));
    QVERIFY(!reply->isFinished());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QVERIFY(timer.elapsed() >= 300);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete reply;

    m_server->setResponseDelay(0ms);
    QCOMPARE(send("GET", tokensPath()).status, 200);
}

void tst_SandboxServer::clientHangingUpDuringDelayIsHarmless() {
    m_server->setResponseDelay(100ms);
    QNetworkRequest request(QUrl(m_server->apiUrl().toString() + tokensPath()));
    request.setRawHeader("Authorization", "Bearer " + m_server->managementToken().toUtf8());
    QSignalSpy received(m_server.get(), &SandboxServer::requestReceived);
    QNetworkReply *reply = m_network.get(request);
    QVERIFY(received.wait(5000));
    reply->abort();
    delete reply;
    // A later request is answered after the dropped one's timer has fired.
    QCOMPARE(send("GET", tokensPath()).status, 200);
    m_server->stop();
    QVERIFY(!m_server->isListening());
}

void tst_SandboxServer::testHooks() {
    QSignalSpy changed(m_server.get(), &SandboxServer::tokensChanged);
    const QString id = m_server->tokens().at(2).id;
    QVERIFY(m_server->removeToken(id));
    QVERIFY(!m_server->removeToken(id));
    QCOMPARE(changed.size(), 1);
    verifyError(send("GET", tokensPath() + QLatin1Char('/') + id), 404);
    verifyError(send("DELETE", tokensPath() + QLatin1Char('/') + id), 404);

    QList<Token> tokens = SandboxData::generateTokens(3, 9);
    m_server->setTokens(tokens);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_server->tokens().size(), 3);
    QCOMPARE(m_server->tokens().at(0).accountId, m_server->accountId());
    const TokenJson::ListResult list = TokenJson::decodeTokenList(send("GET", tokensPath()).body);
    QCOMPARE(list.tokens.size(), 3);
    QCOMPARE(list.tokens.at(2).id, tokens.at(2).id);

    const QJsonObject info = QJsonDocument::fromJson(m_server->connectionLine()).object();
    QCOMPARE(info.value(QLatin1StringView("url")).toString(), m_server->apiUrl().toString());
    QCOMPARE(info.value(QLatin1StringView("accountId")).toString(), m_server->accountId());
    QCOMPARE(info.value(QLatin1StringView("clusterId")).toString(), m_server->clusterId());
    QCOMPARE(info.value(QLatin1StringView("managementToken")).toString(),
             m_server->managementToken());
    QCOMPARE(m_server->apiUrl().host(), QStringLiteral("127.0.0.1"));
}

void tst_SandboxServer::persistsAcrossRestarts() {
    QVERIFY(m_dir.isValid());
    const QString file = m_dir.filePath(QStringLiteral("state.json"));
    SandboxOptions options;
    options.dataFile = file;
    auto first = std::make_unique<SandboxServer>(options);
    QVERIFY(first->start());
    QVERIFY(QFile::exists(file)); // the seed is written at once

    const QString id = first->tokens().first().id;
    QCOMPARE(sendTo(*first, "DELETE", tokensPath() + QLatin1Char('/') + id).status, 204);
    const Response created = sendTo(*first, "POST", tokensPath(), R"({"description":"kept"})");
    QCOMPARE(created.status, 200);
    const QString accessToken =
        created.json().object().value(QLatin1StringView("accessToken")).toString();
    const QList<Token> before = first->tokens();
    first.reset();

    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray contents = saved.readAll();
    QVERIFY(!contents.contains(accessToken.toLatin1()));
    QVERIFY(contents.contains("accessTokenSha512"));

    SandboxServer second(options);
    QVERIFY(second.start());
    QCOMPARE(second.tokens(), before);
    QVERIFY(second.tokens().first().isRevoked());
    QVERIFY(!second.accessTokenSha512(before.last().id).isEmpty());
    const Response get = sendTo(second, "GET", tokensPath() + QLatin1Char('/') + id);
    Token token;
    QString error;
    QVERIFY(TokenJson::decodeTokenBody(get.body, &token, &error));
    QCOMPARE(token.revokedAt, before.first().revokedAt);
}

void tst_SandboxServer::malformedDataFileFailsStart() {
    QVERIFY(m_dir.isValid());
    const QByteArray broken = R"({"accountId": "a", "clusterId": "c", "tokens": [ {"id": )";
    const QByteArray badToken = R"({"accountId":"a","clusterId":"c","tokens":[{"id":"x"}]})";
    for (const QByteArray &contents : {broken, badToken}) {
        const QString file = m_dir.filePath(QStringLiteral("broken.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(contents);
        out.close();

        SandboxOptions options;
        options.dataFile = file;
        SandboxServer server(options);
        QString error;
        QVERIFY(!server.start(0, &error));
        QVERIFY2(error.contains(file), qPrintable(error));
        QVERIFY(!server.isListening());
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), contents);
    }
}

void tst_SandboxServer::startFailsOnBusyPort() {
    SandboxServer other;
    QString error;
    QVERIFY(!other.start(m_server->port(), &error));
    QVERIFY2(error.contains(QString::number(m_server->port())), qPrintable(error));
    QVERIFY(!m_server->start(0, &error)); // already listening
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_SandboxServer.moc"
