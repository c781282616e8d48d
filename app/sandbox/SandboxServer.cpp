#include "SandboxServer.h"

#include "Rfc3339.h"
#include "SandboxData.h"
#include "SandboxHttpListener.h"
#include "SandboxRequestParser.h"
#include "SandboxStateFile.h"
#include "SandboxTokenIntrospection.h"
#include "TokenJson.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace {

const QByteArray JsonType = QByteArrayLiteral("application/json");

enum class Resource { TokenCollection, TokenItem, Databases };

struct Route {
    Resource resource;
    QString accountId; // Dedicated only
    QString clusterId; // Dedicated only
    QString tokenId;   // TokenItem only, decoded
};

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

// Matches the percent-encoded path segment by segment, so an ID holding an encoded "/"
// stays one segment (and simply names no token).
bool matchRoute(const QString &encodedPath, Product product, Route *route) {
    const QStringList segments = encodedPath.split(QLatin1Char('/'));
    // "", "api", "v0", ...
    if (segments.size() < 4 || !segments[0].isEmpty() || segments[1] != QLatin1StringView("api") ||
        segments[2] != QLatin1StringView("v0"))
        return false;
    QStringList rest = segments.mid(3);
    if (product == Product::Dedicated) {
        if (rest.size() < 5 || rest[0] != QLatin1StringView("accounts") ||
            rest[2] != QLatin1StringView("clusters"))
            return false;
        route->accountId = QUrl::fromPercentEncoding(rest[1].toUtf8());
        route->clusterId = QUrl::fromPercentEncoding(rest[3].toUtf8());
        rest = rest.mid(4);
    }
    if (rest.size() == 1 && rest[0] == QLatin1StringView("tokens")) {
        route->resource = Resource::TokenCollection;
        return true;
    }
    if (rest.size() == 2 && rest[0] == QLatin1StringView("tokens") && !rest[1].isEmpty()) {
        route->resource = Resource::TokenItem;
        route->tokenId = QUrl::fromPercentEncoding(rest[1].toUtf8());
        return true;
    }
    if (rest.size() == 1 && rest[0] == QLatin1StringView("databases")) {
        route->resource = Resource::Databases;
        return true;
    }
    return false;
}

QByteArray allowedMethods(Resource resource) {
    switch (resource) {
    case Resource::TokenCollection:
        return QByteArrayLiteral("GET, POST");
    case Resource::TokenItem:
        return QByteArrayLiteral("GET, PATCH, DELETE");
    case Resource::Databases:
        break;
    }
    return QByteArrayLiteral("GET");
}

bool isAllowed(Resource resource, const QByteArray &method) {
    const QList<QByteArray> allowed = allowedMethods(resource).split(',');
    for (const QByteArray &name : allowed) {
        if (name.trimmed() == method)
            return true;
    }
    return false;
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

// The service writes microseconds (the portal shows them) while QDateTime keeps
// milliseconds; the three extra digits come from the token ID, so they are stable.
QString formatMicros(const QDateTime &dateTime, const QString &id) {
    const int extra = int(id.left(3).toUInt(nullptr, 16) % 1000);
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("%1Z").arg(extra, 3, 10, QLatin1Char('0'));
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

QString SandboxServer::dataFile() const {
    return m_options.dataFile;
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

bool SandboxServer::hideRevoked() const {
    return m_options.hideRevoked;
}

void SandboxServer::setHideRevoked(bool hide) {
    m_options.hideRevoked = hide;
}

std::chrono::milliseconds SandboxServer::responseDelay() const {
    return m_options.responseDelay;
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
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2); // ["…"] -> "…"
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

    for (SandboxFault &fault : m_faults) {
        if (!fault.matches(method, encodedPath))
            continue;
        if (fault.count > 0)
            --fault.count;
        if (fault.kind == SandboxFault::Kind::Delay) {
            delayedSend(std::move(responder), socket, dispatch(request, method, encodedPath),
                        fault.delay);
            return;
        }
        if (answerWithFault(fault, request, responder, socket))
            keepUntilClosed(std::move(responder), socket);
        return;
    }

    // Faults first, as a gateway in front of the cluster would answer them.
    if (waitForIntrospection(request, responder, socket, method, encodedPath))
        return;
    const Reply reply = dispatch(request, method, encodedPath);
    if (m_options.responseDelay <= std::chrono::milliseconds::zero()) {
        send(responder, reply);
        return;
    }
    delayedSend(std::move(responder), socket, reply, m_options.responseDelay);
}

void SandboxServer::delayedSend(QHttpServerResponder &&responder, QTcpSocket *socket,
                                const Reply &reply, std::chrono::milliseconds delay) {
    // Keep the responder until the delay is over; the client may hang up meanwhile.
    const quint64 id = m_nextPendingId++;
    m_pending.emplace(id, PendingReply{std::move(responder), socket, reply});
    QTimer::singleShot(delay, this, [this, id] {
        auto node = m_pending.extract(id);
        if (!node.empty() && node.mapped().socket && node.mapped().socket->isOpen())
            send(node.mapped().responder, node.mapped().reply);
    });
}

void SandboxServer::keepUntilClosed(QHttpServerResponder &&responder, QTcpSocket *socket) {
    // Raw answers write to the socket themselves; the responder must outlive them.
    const quint64 id = m_nextPendingId++;
    m_pending.emplace(id, PendingReply{std::move(responder), socket, {}});
    if (socket)
        connect(socket, &QTcpSocket::disconnected, this, [this, id] { m_pending.erase(id); });
}

void SandboxServer::addFault(const SandboxFault &fault) {
    m_faults.append(fault);
}

void SandboxServer::clearFaults() {
    m_faults.clear();
}

bool SandboxServer::answerWithFault(const SandboxFault &fault, const QHttpServerRequest &request,
                                    QHttpServerResponder &responder, QTcpSocket *socket) {
    using Kind = SandboxFault::Kind;
    auto rawHead = [](int status, const QByteArray &type, qint64 length) {
        return "HTTP/1.1 " + QByteArray::number(status) + " Fault\r\nContent-Type: " + type +
               "\r\nContent-Length: " + QByteArray::number(length) + "\r\n\r\n";
    };
    switch (fault.kind) {
    case Kind::Delay:
        break;
    case Kind::Status:
        if (fault.withErrorBody) {
            send(responder, error(fault.status, tr("injected fault: HTTP %1").arg(fault.status)));
        } else {
            responder.writeStatusLine(QHttpServerResponder::StatusCode(fault.status));
            responder.writeHeader("Content-Length", "0");
            responder.writeBody(QByteArray());
        }
        return false;
    case Kind::RetryAfter:
        responder.writeStatusLine(QHttpServerResponder::StatusCode(fault.status));
        responder.writeHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
        responder.writeHeader("Content-Type", JsonType);
        {
            const QByteArray body = error(fault.status, tr("slow down")).body;
            responder.writeHeader("Content-Length", QByteArray::number(body.size()));
            responder.writeBody(body);
        }
        return false;
    case Kind::WrongShape:
        send(responder, Reply{fault.status, fault.body, {}});
        return false;
    case Kind::NotJson:
        responder.write(QByteArray("Everything is fine.\n"), "text/plain",
                        QHttpServerResponder::StatusCode::Ok);
        return false;
    case Kind::HtmlPage:
        responder.write(QByteArray("<!DOCTYPE html><html><head><title>502 Bad Gateway</title>"
                                   "</head><body><h1>Bad Gateway</h1><p>upstream unavailable"
                                   "</p></body></html>"),
                        "text/html", QHttpServerResponder::StatusCode::BadGateway);
        return false;
    case Kind::RedirectAway: {
        QUrl target = request.url();
        target.setHost(target.host() == QLatin1String("localhost") ? QStringLiteral("127.0.0.1")
                                                                   : QStringLiteral("localhost"));
        responder.writeStatusLine(QHttpServerResponder::StatusCode::Found);
        responder.writeHeader("Location", target.toEncoded());
        responder.writeHeader("Content-Length", "0");
        responder.writeBody(QByteArray());
        return false;
    }
    case Kind::TruncatedBody: {
        const QByteArray whole = fault.body.isEmpty() ? wouldAnswer(request) : fault.body;
        const QByteArray half = whole.left(whole.size() / 2);
        socket->write(rawHead(200, JsonType, half.size()) + half);
        return true;
    }
    case Kind::CloseMidBody: {
        const QByteArray whole = fault.body.isEmpty() ? wouldAnswer(request) : fault.body;
        socket->write(rawHead(200, JsonType, whole.size()) + whole.left(whole.size() / 2));
        socket->disconnectFromHost();
        return true;
    }
    case Kind::NoAnswer:
        return true;
    case Kind::CloseBeforeAnswer:
        // Later, so the responder is kept (and then dropped) with the socket's disconnect.
        QMetaObject::invokeMethod(
            socket, [socket] { socket->disconnectFromHost(); }, Qt::QueuedConnection);
        return true;
    case Kind::HugeBody:
        writeHugeBody(fault, socket);
        return true;
    case Kind::EchoAuthorization: {
        const QByteArray authorization = request.value("Authorization");
        const QByteArray token = authorization.mid(authorization.indexOf(' ') + 1);
        QByteArray body = fault.body;
        if (body.isEmpty()) {
            // Once plainly, once where a 300-character quote would cut it.
            const QString message =
                QStringLiteral("rejected: you sent Authorization: %1;%2 token %3 is refused")
                    .arg(QString::fromUtf8(authorization), QString(260, QLatin1Char(' ')),
                         QString::fromUtf8(token));
            body = error(fault.status, message).body;
        }
        body.replace("$AUTHORIZATION", authorization).replace("$TOKEN", token);
        QByteArray head = "HTTP/1.1 " + QByteArray::number(fault.status) + ' ' + authorization +
                          "\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n";
        if (fault.status >= 300 && fault.status < 400) {
            QUrl target = request.url();
            target.setHost(QStringLiteral("localhost"));
            target.setPath(QStringLiteral("/echo/") + QString::fromUtf8(token));
            target.setQuery(QStringLiteral("authorization=") +
                            QString::fromUtf8(QUrl::toPercentEncoding(authorization)));
            head += "Location: " + target.toEncoded() + "\r\n";
        }
        socket->write(head + "\r\n" + body);
        return true;
    }
    }
    return false;
}

QByteArray SandboxServer::wouldAnswer(const QHttpServerRequest &request) {
    const QByteArray method = methodName(request.method());
    const QString encodedPath = request.url().path(QUrl::FullyEncoded);
    if (method == "GET") // reading changes nothing
        return dispatch(request, method, encodedPath).body;
    Route route;
    if (!matchRoute(encodedPath, m_options.product, &route))
        return error(404, tr("not found: no such path")).body;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Token token;
    if (route.resource == Resource::TokenItem) {
        const Token *found = findToken(route.tokenId);
        if (!found)
            return error(404, tr("not found: no token %1").arg(route.tokenId)).body;
        token = *found;
        UpdateTokenRequest changes;
        QString ignored;
        if (method == "PATCH" &&
            SandboxRequestParser::parseUpdate(request.body(), &changes, &ignored)) {
            token.description = changes.description.value_or(token.description);
            token.permissions = changes.permissions.value_or(token.permissions);
        }
        return QJsonDocument(apiToken(token)).toJson(QJsonDocument::Compact);
    }
    // POST: the token it would create, with a secret.
    CreateTokenRequest created;
    QString ignored;
    SandboxRequestParser::parseCreate(request.body(), now, &created, &ignored);
    token.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    token.description = created.description;
    token.permissions = created.permissions;
    token.expiresAt = created.expiresAt;
    token.createdAt = now;
    stamp(&token);
    QJsonObject object = apiToken(token);
    object.insert(QStringLiteral("accessToken"),
                  QStringLiteral("apiv1_") + base64Url(randomBytes(64)));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void SandboxServer::writeHugeBody(const SandboxFault &fault, QTcpSocket *socket) {
    // prefix + unit × n + suffix. Without a body, n × "x": not JSON. With one, that JSON grown
    // to the size asked for: an array repeats its items, an object gains a long "padding".
    QByteArray prefix;
    QByteArray unit(1, 'x');
    QByteArray suffix;
    const QByteArray &body = fault.body;
    if (body.size() > 2 && body.startsWith('[') && body.endsWith(']')) {
        const QByteArray items = body.mid(1, body.size() - 2);
        prefix = "[";
        unit = items + ',';
        suffix = items + ']';
    } else if (body.size() >= 2 && body.startsWith('{') && body.endsWith('}')) {
        prefix = "{\"padding\":\"";
        suffix = body == "{}" ? QByteArray("\"}") : "\"," + body.mid(1);
    }
    const qint64 units = qMax<qint64>(
        1, (fault.hugeBodyBytes - prefix.size() - suffix.size() + unit.size() - 1) / unit.size());
    const qint64 length = prefix.size() + units * unit.size() + suffix.size();

    QByteArray head = "HTTP/1.1 200 Fault\r\nContent-Type: " + JsonType + "\r\n";
    head += fault.streamed ? QByteArray("Connection: close\r\n")
                           : "Content-Length: " + QByteArray::number(length) + "\r\n";
    socket->write(head + "\r\n" + prefix);
    // Written a megabyte at a time as the client reads, so neither side holds it twice.
    const QByteArray chunk = unit.repeated(qMax<qsizetype>(1, 1024 * 1024 / unit.size()));
    const qint64 unitsPerChunk = chunk.size() / unit.size();
    auto remaining = std::make_shared<qint64>(units);
    auto writeMore = [socket, remaining, chunk, unit, unitsPerChunk, suffix,
                      streamed = fault.streamed] {
        while (*remaining > 0 && socket->bytesToWrite() < 4 * chunk.size()) {
            const qint64 count = qMin(*remaining, unitsPerChunk);
            socket->write(chunk.constData(), count * unit.size());
            *remaining -= count;
            if (*remaining == 0) {
                socket->write(suffix);
                if (streamed)
                    socket->disconnectFromHost();
            }
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, writeMore);
    writeMore();
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
                send(node.mapped().responder, dispatch(body, authorization, method, encodedPath));
        });
    return true;
}

SandboxServer::Reply SandboxServer::dispatch(const QHttpServerRequest &request,
                                             const QByteArray &method, const QString &encodedPath) {
    return dispatch(request.body(), request.value("Authorization"), method, encodedPath);
}

SandboxServer::Reply SandboxServer::dispatch(const QByteArray &body,
                                             const QByteArray &authorization,
                                             const QByteArray &method, const QString &encodedPath) {
    // A transport limit, as a gateway would enforce it: before routing and auth.
    if (body.size() > MaxBodySize)
        return error(413, tr("payload too large: the body exceeds %1 bytes").arg(MaxBodySize));

    Route route;
    if (!matchRoute(encodedPath, m_options.product, &route))
        return error(404, tr("not found: no such path"));

    const QByteArray expected = m_managementToken.toUtf8();
    bool authorized = authorization.size() == expected.size() + 7 &&
                      authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0 &&
                      authorization.mid(7) == expected;
    if (m_introspection)
        authorized = m_introspection->accepts(authorization, authorized);
    if (!authorized)
        return error(401, tr("unauthorized"));

    if (!isAllowed(route.resource, method)) {
        Reply reply = error(
            405,
            tr("method not allowed: %1 is not supported here").arg(QString::fromLatin1(method)));
        reply.allow = allowedMethods(route.resource);
        return reply;
    }
    if (m_options.product == Product::Dedicated) {
        if (route.accountId.compare(m_state.accountId, Qt::CaseInsensitive) != 0)
            return error(404, tr("not found: no account %1").arg(route.accountId));
        if (route.clusterId.compare(m_state.clusterId, Qt::CaseInsensitive) != 0)
            return error(404, tr("not found: no cluster %1").arg(route.clusterId));
    }

    switch (route.resource) {
    case Resource::TokenCollection:
        return method == "GET" ? listTokens() : createToken(body);
    case Resource::TokenItem:
        if (method == "GET")
            return getToken(route.tokenId);
        if (method == "PATCH")
            return updateToken(route.tokenId, body);
        return revokeToken(route.tokenId);
    case Resource::Databases:
        break;
    }
    return listDatabases();
}

SandboxServer::Reply SandboxServer::listTokens() const {
    QJsonArray array;
    for (const Token &token : m_state.tokens) {
        if (!(m_options.hideRevoked && token.isRevoked()))
            array.append(apiToken(token));
    }
    return {200, QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
}

SandboxServer::Reply SandboxServer::getToken(const QString &id) const {
    const Token *token = findVisibleToken(id);
    if (!token)
        return error(404, tr("not found: no token %1").arg(id));
    return {200, QJsonDocument(apiToken(*token)).toJson(QJsonDocument::Compact), {}};
}

SandboxServer::Reply SandboxServer::createToken(const QByteArray &body) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CreateTokenRequest request;
    QString message;
    if (!SandboxRequestParser::parseCreate(body, now, &request, &message))
        return error(400, message);

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
        return error(500, tr("internal server error: %1").arg(message));
    }
    Q_EMIT tokensChanged();

    QJsonObject object = apiToken(token);
    object.insert(QStringLiteral("accessToken"), accessToken);
    return {200, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

SandboxServer::Reply SandboxServer::updateToken(const QString &id, const QByteArray &body) {
    Token *token = findVisibleToken(id);
    if (!token)
        return error(404, tr("not found: no token %1").arg(id));
    UpdateTokenRequest request;
    QString message;
    if (!SandboxRequestParser::parseUpdate(body, &request, &message))
        return error(400, message);
    if (token->isRevoked())
        return error(409, tr("conflict: token %1 is revoked and cannot be changed").arg(id));

    const Token before = *token;
    if (request.description)
        token->description = *request.description;
    if (request.permissions)
        token->permissions = *request.permissions;
    if (!persist(&message)) {
        *token = before;
        return error(500, tr("internal server error: %1").arg(message));
    }
    Q_EMIT tokensChanged();
    return {200, QJsonDocument(apiToken(*token)).toJson(QJsonDocument::Compact), {}};
}

SandboxServer::Reply SandboxServer::revokeToken(const QString &id) {
    Token *token = findVisibleToken(id);
    if (!token)
        return error(404, tr("not found: no token %1").arg(id));
    // Revoking twice is not an error (the spec does not say; an idempotent DELETE is the
    // common answer), and the first revocation time is kept.
    if (token->isRevoked())
        return {204, {}, {}};

    token->revokedAt = QDateTime::currentDateTimeUtc();
    QString message;
    if (!persist(&message)) {
        token->revokedAt = {};
        return error(500, tr("internal server error: %1").arg(message));
    }
    Q_EMIT tokensChanged();
    return {204, {}, {}};
}

SandboxServer::Reply SandboxServer::listDatabases() const {
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

SandboxServer::Reply SandboxServer::error(int status, const QString &message) {
    const QJsonObject object{{QStringLiteral("code"), status},
                             {QStringLiteral("message"), message}};
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

void SandboxServer::send(QHttpServerResponder &responder, const Reply &reply) {
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (reply.status == 204) {
        // No Content: no body and no Content-Length, as RFC 9110 asks.
        responder.writeBody(QByteArray());
        return;
    }
    responder.writeHeader("Content-Type", JsonType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    if (reply.status == 401)
        responder.writeHeader("WWW-Authenticate", "Bearer");
    if (!reply.allow.isEmpty())
        responder.writeHeader("Allow", reply.allow);
    responder.writeBody(reply.body);
}

QJsonObject SandboxServer::apiToken(const Token &token) const {
    QJsonObject object = TokenJson::encodeToken(token);
    object.insert(QStringLiteral("createdAt"), formatMicros(token.createdAt, token.id));
    if (token.isRevoked())
        object.insert(QStringLiteral("revokedAt"), formatMicros(token.revokedAt, token.id));
    return object;
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
