#include "SandboxFaultInjector.h"

#include "SandboxJsonWriter.h"
#include "SandboxReply.h"
#include "SandboxRequestParser.h"
#include "SandboxRoute.h"
#include "SandboxServer.h"

#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUuid>

#include <memory>

namespace {

const QByteArray JsonType = QByteArrayLiteral("application/json");

// A secret shaped like the service's: base64url of 512 random bits.
QString randomSecret() {
    QByteArray bytes(64, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

SandboxFaultInjector::SandboxFaultInjector(SandboxServer *server)
    : m_server(server) {}

void SandboxFaultInjector::add(const SandboxFault &fault) {
    m_faults.append(fault);
}

void SandboxFaultInjector::clear() {
    m_faults.clear();
}

bool SandboxFaultInjector::intercept(const QHttpServerRequest &request, const QByteArray &method,
                                     const QString &encodedPath, QHttpServerResponder &responder,
                                     QTcpSocket *socket) {
    for (SandboxFault &fault : m_faults) {
        if (!fault.matches(method, encodedPath))
            continue;
        if (fault.count > 0)
            --fault.count;
        if (fault.kind == SandboxFault::Kind::Delay) {
            m_server->delayedSend(std::move(responder), socket,
                                  m_server->dispatch(request, method, encodedPath), fault.delay);
            return true;
        }
        if (answer(fault, request, method, encodedPath, responder, socket))
            m_server->keepUntilClosed(std::move(responder), socket);
        return true;
    }
    return false;
}

bool SandboxFaultInjector::answer(const SandboxFault &fault, const QHttpServerRequest &request,
                                  const QByteArray &method, const QString &encodedPath,
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
            SandboxReply::error(fault.status, tr("injected fault: HTTP %1").arg(fault.status))
                .send(responder);
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
            const QByteArray body = SandboxReply::error(fault.status, tr("slow down")).body;
            responder.writeHeader("Content-Length", QByteArray::number(body.size()));
            responder.writeBody(body);
        }
        return false;
    case Kind::WrongShape:
        SandboxReply{fault.status, fault.body, {}}.send(responder);
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
        const QByteArray whole =
            fault.body.isEmpty() ? wouldAnswer(request, method, encodedPath) : fault.body;
        const QByteArray half = whole.left(whole.size() / 2);
        socket->write(rawHead(200, JsonType, half.size()) + half);
        return true;
    }
    case Kind::CloseMidBody: {
        const QByteArray whole =
            fault.body.isEmpty() ? wouldAnswer(request, method, encodedPath) : fault.body;
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
            body = SandboxReply::error(fault.status, message).body;
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

QByteArray SandboxFaultInjector::wouldAnswer(const QHttpServerRequest &request,
                                             const QByteArray &method, const QString &encodedPath) {
    if (method == "GET") // reading changes nothing
        return m_server->dispatch(request, method, encodedPath).body;
    SandboxRoute route;
    if (!SandboxRoute::match(encodedPath, m_server->m_options.product, &route))
        return SandboxReply::error(404, tr("not found: no such path")).body;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Token token;
    if (route.resource == SandboxRoute::Resource::TokenItem) {
        const Token *found = m_server->findToken(route.tokenId);
        if (!found)
            return SandboxReply::error(404, tr("not found: no token %1").arg(route.tokenId)).body;
        token = *found;
        UpdateTokenRequest changes;
        QString ignored;
        if (method == "PATCH" &&
            SandboxRequestParser::parseUpdate(request.body(), &changes, &ignored)) {
            token.description = changes.description.value_or(token.description);
            token.permissions = changes.permissions.value_or(token.permissions);
        }
        return SandboxJsonWriter::token(token);
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
    m_server->stamp(&token);
    return SandboxJsonWriter::token(token, QStringLiteral("apiv1_") + randomSecret());
}

void SandboxFaultInjector::writeHugeBody(const SandboxFault &fault, QTcpSocket *socket) {
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
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, writeMore);
    writeMore();
}

// SandboxServer's fault hooks live here, not in SandboxServer.cpp: a program that never calls
// them (token-admin) links none of the fault injection.
void SandboxServer::addFault(const SandboxFault &fault) {
    if (!m_interceptor)
        m_interceptor = std::make_unique<SandboxFaultInjector>(this);
    static_cast<SandboxFaultInjector *>(m_interceptor.get())->add(fault);
}

void SandboxServer::clearFaults() {
    if (m_interceptor)
        static_cast<SandboxFaultInjector *>(m_interceptor.get())->clear();
}
