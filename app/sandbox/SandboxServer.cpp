#include "SandboxServer.h"

#include "SandboxData.h"
#include "SandboxHttpListener.h"
#include "SandboxJsonWriter.h"
#include "SandboxRequestParser.h"
#include "SandboxRoute.h"
#include "SandboxStateFile.h"
#include "SandboxTokenIntrospection.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    case Method::Post:
        return "POST";
    case Method::Head:
        return "HEAD";
    case Method::Options:
        return "OPTIONS";
    case Method::Patch:
        return "PATCH";
    case Method::Connect:
        return "CONNECT";
    case Method::Trace:
        return "TRACE";
    default:
        break;
    }
    return "UNKNOWN";
}

QString base64Url(const QByteArray &bytes) {
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray randomBytes(int count) {
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          count / int(sizeof(quint32)));
    return bytes;
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_managementToken(m_options.managementToken) {
    m_clock.start();
    if (m_managementToken.isEmpty())
        m_managementToken = base64Url(randomBytes(32));
    m_state.accountId = SandboxData::accountId();
    m_state.clusterId = SandboxData::clusterId();
    adoptTokens(m_options.generatedTokens > 0
                    ? SandboxData::generateTokens(m_options.generatedTokens, 1)
                    : SandboxData::seedTokens());
    if (m_options.oauthIntrospectUrl.isValid())
        m_introspection =
            new SandboxTokenIntrospection(m_options.oauthIntrospectUrl, m_options.oauthClientId,
                                          m_options.oauthClientSecret, m_options.oauthOnly, this);
}

SandboxServer::~SandboxServer() {
    stop();
}

bool SandboxServer::start(quint16 port, QString *error) {
    QString message;
    if (isListening()) {
        message = tr("the sandbox is already listening on port %1").arg(m_port);
    } else if (!m_options.dataFile.isEmpty()) {
        if (QFileInfo::exists(m_options.dataFile)) {
            SandboxState loaded;
            if (SandboxStateFile::load(m_options.dataFile, &loaded, &message)) {
                m_state.accountId = loaded.accountId;
                m_state.clusterId = loaded.clusterId;
                m_state.accessTokenSha512 = loaded.accessTokenSha512;
                adoptTokens(loaded.tokens);
            }
        } else {
            persist(&message);
        }
    }
    if (message.isEmpty()) {
        auto *listener = new SandboxHttpListener(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder,
                   QTcpSocket *socket) { handleRequest(request, std::move(responder), socket); },
            this);
        auto *tcpServer = new QTcpServer(listener);
        if (tcpServer->listen(QHostAddress::LocalHost, port)) {
            listener->bind(tcpServer);
            m_listener = listener;
            m_port = tcpServer->serverPort();
            return true;
        }
        message = tr("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcpServer->errorString());
        delete listener;
    }
    if (error)
        *error = message;
    return false;
}

void SandboxServer::stop() {
    m_pending.clear();
    delete m_listener;
    m_listener = nullptr;
    m_port = 0;
}

bool SandboxServer::isListening() const {
    return m_listener != nullptr;
}

quint16 SandboxServer::port() const {
    return m_port;
}

QUrl SandboxServer::apiUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v0").arg(m_port));
}

QString SandboxServer::accountId() const {
    return m_state.accountId;
}

QString SandboxServer::clusterId() const {
    return m_state.clusterId;
}

QString SandboxServer::managementToken() const {
    return m_managementToken;
}

Product SandboxServer::product() const {
    return m_options.product;
}

QList<Token> SandboxServer::tokens() const {
    return m_state.tokens;
}

void SandboxServer::setTokens(const QList<Token> &tokens) {
    adoptTokens(tokens);
    for (auto it = m_state.accessTokenSha512.begin(); it != m_state.accessTokenSha512.end();) {
        if (findToken(it.key()))
            ++it;
        else
            it = m_state.accessTokenSha512.erase(it);
    }
    persistOrWarn();
    Q_EMIT tokensChanged();
}

bool SandboxServer::removeToken(const QString &id) {
    const Token *token = findToken(id);
    if (!token)
        return false;
    const qsizetype position = token - m_state.tokens.constData();
    m_state.accessTokenSha512.remove(token->id);
    QList<Token> remaining = m_state.tokens;
    remaining.removeAt(position);
    adoptTokens(std::move(remaining));
    persistOrWarn();
    Q_EMIT tokensChanged();
    return true;
}

QString SandboxServer::accessTokenSha512(const QString &id) const {
    const Token *token = findToken(id);
    return token ? m_state.accessTokenSha512.value(token->id) : QString();
}

void SandboxServer::setHideRevoked(bool hide) {
    m_options.hideRevoked = hide;
}

void SandboxServer::setResponseDelay(std::chrono::milliseconds delay) {
    m_options.responseDelay = delay;
}

QList<SandboxServer::ReceivedRequest> SandboxServer::receivedRequests() const {
    return m_received;
}

void SandboxServer::clearReceivedRequests() {
    m_received.clear();
}

QByteArray SandboxServer::connectionLine() const {
    // A JSON string literal, quotes included, escaped as JSON requires.
    auto jsonString = [](const QString &text) {
        QByteArray literal;
        SandboxJsonWriter::appendString(&literal, text);
        return literal;
    };
    const std::pair<QLatin1StringView, QString> fields[] = {
        {QLatin1StringView("url"), apiUrl().toString()},
        {QLatin1StringView("accountId"), accountId()},
        {QLatin1StringView("clusterId"), clusterId()},
        {QLatin1StringView("managementToken"), managementToken()},
    };
    QByteArrayList parts;
    for (const auto &[key, value] : fields)
        parts.append(jsonString(key) + ": " + jsonString(value));
    return '{' + parts.join(", ") + '}';
}

void SandboxServer::handleRequest(const QHttpServerRequest &request,
                                  QHttpServerResponder &&responder, QTcpSocket *socket) {
    const QByteArray method = methodName(request.method());
    const QString encodedPath = request.url().path(QUrl::FullyEncoded);
    m_received.append({method, encodedPath, request.body().left(MaxBodySize),
                       request.value("Authorization"), request.value("Accept"),
                       request.value("Content-Type"), m_clock.elapsed()});
    if (m_received.size() > MaxReceivedRequests)
        m_received.removeFirst();
    Q_EMIT requestReceived(method, encodedPath);

    if (m_interceptor && m_interceptor->intercept(request, method, encodedPath, responder, socket))
        return;
    // Faults first, as a gateway in front of the cluster would answer them.
    if (waitForIntrospection(request, responder, socket, method, encodedPath))
        return;

    const SandboxReply reply = dispatch(request, method, encodedPath);
    if (m_options.responseDelay <= std::chrono::milliseconds::zero()) {
        reply.send(responder);
        return;
    }
    delayedSend(std::move(responder), socket, reply, m_options.responseDelay);
}

void SandboxServer::delayedSend(QHttpServerResponder &&responder, QTcpSocket *socket,
                                const SandboxReply &reply, std::chrono::milliseconds delay) {
    // Keep the responder until the delay is over; the client may hang up meanwhile.
    const quint64 id = m_nextPendingId++;
    m_pending.emplace(id, PendingReply{std::move(responder), socket, reply});
    QTimer::singleShot(delay, this, [this, id] {
        auto node = m_pending.extract(id);
        if (!node.empty() && node.mapped().socket && node.mapped().socket->isOpen())
            node.mapped().reply.send(node.mapped().responder);
    });
}

void SandboxServer::keepUntilClosed(QHttpServerResponder &&responder, QTcpSocket *socket) {
    // Raw answers write to the socket themselves; the responder must outlive them.
    const quint64 id = m_nextPendingId++;
    m_pending.emplace(id, PendingReply{std::move(responder), socket, {}});
    if (socket)
        connect(socket, &QTcpSocket::disconnected, this, [this, id] { m_pending.erase(id); });
}

bool SandboxServer::waitForIntrospection(const QHttpServerRequest &request,
                                         QHttpServerResponder &responder, QTcpSocket *socket,
                                         const QByteArray &method, const QString &encodedPath) {
    const QByteArray authorization = request.value("Authorization");
    if (!m_introspection ||
        !m_introspection->mustAsk(authorization,
                                  authorization == "Bearer " + m_managementToken.toUtf8()))
        return false;
    // The request cannot be kept past this handler: what dispatch() needs of it is.
    const quint64 id = m_nextPendingId++;
    m_pending.emplace(id, PendingReply{std::move(responder), socket, {}});
    m_introspection->ask(
        authorization, this, [this, id, body = request.body(), authorization, method, encodedPath] {
            auto node = m_pending.extract(id);
            if (!node.empty() && node.mapped().socket && node.mapped().socket->isOpen())
                dispatch(body, authorization, method, encodedPath).send(node.mapped().responder);
        });
    return true;
}

SandboxReply SandboxServer::dispatch(const QHttpServerRequest &request, const QByteArray &method,
                                     const QString &encodedPath) {
    return dispatch(request.body(), request.value("Authorization"), method, encodedPath);
}

SandboxReply SandboxServer::dispatch(const QByteArray &body, const QByteArray &authorization,
                                     const QByteArray &method, const QString &encodedPath) {
    // A transport limit, as a gateway would enforce it: before routing and auth.
    if (body.size() > MaxBodySize)
        return SandboxReply::error(
            413, tr("payload too large: the body exceeds %1 bytes").arg(MaxBodySize));

    SandboxRoute route;
    if (!SandboxRoute::match(encodedPath, m_options.product, &route))
        return SandboxReply::error(404, tr("not found: no such path"));

    if (const std::optional<SandboxReply> refusal = refuseUnauthorized(authorization))
        return *refusal;
    return carryOut(route, method, body);
}

// The one place where a request's credentials are checked. Every path the API has passes
// here before anything else is looked at, so an unauthorized client learns nothing more.
std::optional<SandboxReply>
SandboxServer::refuseUnauthorized(const QByteArray &authorization) const {
    const QByteArray expected = m_managementToken.toUtf8();
    bool authorized = authorization.size() == expected.size() + 7 &&
                      authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0 &&
                      authorization.mid(7) == expected;
    // --oauth-introspect: the identity provider's active tokens too (or only those).
    if (m_introspection)
        authorized = m_introspection->accepts(authorization, authorized);
    if (!authorized)
        return SandboxReply::error(401, tr("unauthorized"));
    return std::nullopt;
}

SandboxReply SandboxServer::carryOut(const SandboxRoute &route, const QByteArray &method,
                                     const QByteArray &body) {
    if (!route.allows(method)) {
        SandboxReply reply = SandboxReply::error(
            405,
            tr("method not allowed: %1 is not supported here").arg(QString::fromLatin1(method)));
        reply.allow = route.allowedMethods();
        return reply;
    }
    // The spec declares every path ID a UuidV4 and lists 400 for every operation.
    QString parameter;
    QString value;
    if (!route.idsAreUuids(m_options.product, &parameter, &value))
        return SandboxReply::error(
            400, tr("bad request: %1 in the path is not a UUID: %2").arg(parameter, value));
    if (m_options.product == Product::Dedicated) {
        if (route.accountId.compare(m_state.accountId, Qt::CaseInsensitive) != 0)
            return SandboxReply::error(404, tr("not found: no account %1").arg(route.accountId));
        if (route.clusterId.compare(m_state.clusterId, Qt::CaseInsensitive) != 0)
            return SandboxReply::error(404, tr("not found: no cluster %1").arg(route.clusterId));
    }

    switch (route.resource) {
    case SandboxRoute::Resource::TokenCollection:
        return method == "GET" ? listTokens() : createToken(body);
    case SandboxRoute::Resource::TokenItem:
        if (method == "GET")
            return getToken(route.tokenId);
        if (method == "PATCH")
            return updateToken(route.tokenId, body);
        return revokeToken(route.tokenId);
    case SandboxRoute::Resource::Databases:
        break;
    }
    return listDatabases();
}

SandboxReply SandboxServer::listTokens() const {
    return {200, SandboxJsonWriter::tokenList(m_state.tokens, m_options.hideRevoked), {}};
}

SandboxReply SandboxServer::getToken(const QString &id) const {
    const Token *token = findVisibleToken(id);
    if (!token)
        return SandboxReply::error(404, tr("not found: no token %1").arg(id));
    return {200, SandboxJsonWriter::token(*token), {}};
}

SandboxReply SandboxServer::createToken(const QByteArray &body) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CreateTokenRequest request;
    QString message;
    if (!SandboxRequestParser::parseCreate(body, now, &request, &message))
        return SandboxReply::error(400, message);

    Token token;
    token.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    token.description = request.description;
    token.permissions = request.permissions;
    token.createdAt = now;
    token.expiresAt = request.expiresAt;
    stamp(&token);
    // "apiv1_" + a base64url-encoded 512-bit random string; only its SHA-512 is kept.
    const QString accessToken = QStringLiteral("apiv1_") + base64Url(randomBytes(64));
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(accessToken.toLatin1(), QCryptographicHash::Sha512).toHex());

    m_state.tokens.append(token);
    m_index.insert(token.id.toLower(), m_state.tokens.size() - 1);
    m_state.accessTokenSha512.insert(token.id, hash);
    if (!persist(&message)) {
        m_state.tokens.removeLast();
        m_index.remove(token.id.toLower());
        m_state.accessTokenSha512.remove(token.id);
        return SandboxReply::error(500, tr("internal server error: %1").arg(message));
    }
    Q_EMIT tokensChanged();

    return {200, SandboxJsonWriter::token(token, accessToken), {}};
}

SandboxReply SandboxServer::updateToken(const QString &id, const QByteArray &body) {
    Token *token = findVisibleToken(id);
    if (!token)
        return SandboxReply::error(404, tr("not found: no token %1").arg(id));
    UpdateTokenRequest request;
    QString message;
    if (!SandboxRequestParser::parseUpdate(body, &request, &message))
        return SandboxReply::error(400, message);
    if (token->isRevoked())
        return SandboxReply::error(
            409, tr("conflict: token %1 is revoked and cannot be changed").arg(id));

    const Token before = *token;
    if (request.description)
        token->description = *request.description;
    if (request.permissions)
        token->permissions = *request.permissions;
    if (!persist(&message)) {
        *token = before;
        return SandboxReply::error(500, tr("internal server error: %1").arg(message));
    }
    Q_EMIT tokensChanged();
    return {200, SandboxJsonWriter::token(*token), {}};
}

SandboxReply SandboxServer::revokeToken(const QString &id) {
    Token *token = findVisibleToken(id);
    if (!token)
        return SandboxReply::error(404, tr("not found: no token %1").arg(id));
    // Revoking twice is not an error (the spec does not say; an idempotent DELETE is the
    // common answer), and the first revocation time is kept.
    if (token->isRevoked())
        return {204, {}, {}};

    token->revokedAt = QDateTime::currentDateTimeUtc();
    QString message;
    if (!persist(&message)) {
        token->revokedAt = {};
        return SandboxReply::error(500, tr("internal server error: %1").arg(message));
    }
    Q_EMIT tokensChanged();
    return {204, {}, {}};
}

SandboxReply SandboxServer::listDatabases() const {
    QJsonArray array;
    for (const SandboxDatabase &database : SandboxData::databases()) {
        QJsonObject object;
        if (m_options.product == Product::Dedicated) {
            object.insert(QStringLiteral("accountId"), m_state.accountId);
            object.insert(QStringLiteral("clusterId"), m_state.clusterId);
        }
        object.insert(QStringLiteral("name"), database.name);
        object.insert(QStringLiteral("maxTables"), database.maxTables);
        object.insert(QStringLiteral("maxColumnsPerTable"), database.maxColumnsPerTable);
        object.insert(QStringLiteral("retentionPeriod"), database.retentionPeriod);
        array.append(object);
    }
    return {200, QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
}

Token *SandboxServer::findToken(const QString &id) {
    const auto it = m_index.constFind(id.toLower());
    return it == m_index.cend() ? nullptr : &m_state.tokens[*it];
}

const Token *SandboxServer::findToken(const QString &id) const {
    const auto it = m_index.constFind(id.toLower());
    return it == m_index.cend() ? nullptr : &m_state.tokens.at(*it);
}

// With hide-revoked, a revoked token is absent on every verb: GET, PATCH and DELETE all
// answer 404, the one status the spec offers each of them for a token that is not there.
Token *SandboxServer::findVisibleToken(const QString &id) {
    Token *token = findToken(id);
    return token && m_options.hideRevoked && token->isRevoked() ? nullptr : token;
}

const Token *SandboxServer::findVisibleToken(const QString &id) const {
    const Token *token = findToken(id);
    return token && m_options.hideRevoked && token->isRevoked() ? nullptr : token;
}

void SandboxServer::adoptTokens(QList<Token> tokens) {
    m_index.clear();
    m_index.reserve(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        stamp(&tokens[i]);
        m_index.insert(tokens[i].id.toLower(), i);
    }
    m_state.tokens = std::move(tokens);
}

// Dedicated tokens name their account and cluster; Clustered tokens carry neither.
void SandboxServer::stamp(Token *token) const {
    const bool dedicated = m_options.product == Product::Dedicated;
    token->accountId = dedicated ? m_state.accountId : QString();
    token->clusterId = dedicated ? m_state.clusterId : QString();
}

bool SandboxServer::persist(QString *error) {
    return m_options.dataFile.isEmpty() ||
           SandboxStateFile::save(m_options.dataFile, m_state, error);
}

void SandboxServer::persistOrWarn() {
    QString message;
    if (!persist(&message))
        qWarning("sandbox: %s", qUtf8Printable(message));
}

Endpoint SandboxServer::endpoint() const {
    Endpoint endpoint;
    endpoint.product = product();
    endpoint.apiUrl = apiUrl();
    if (endpoint.product == Product::Dedicated) {
        endpoint.accountId = accountId();
        endpoint.clusterId = clusterId();
    }
    endpoint.managementToken = managementToken();
    return endpoint;
}
