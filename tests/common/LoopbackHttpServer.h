#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QList>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>

#include <functional>
#include <utility>

// A loopback HTTP server, plain or TLS, whose answers a test writes: what a faithful server
// (SandboxServer) never sends — a redirect elsewhere, an HTML error page, malformed JSON, a
// body of the wrong shape. QHttpServer reads the requests; real sockets, real handshakes, the
// client's whole stack runs.
class LoopbackHttpServer : public QAbstractHttpServer {
public:
    struct Response {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json"; // none when empty
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    // Gets the request's head ("GET /path?query HTTP/1.1\r\nName: value\r\n…"); returns the
    // answer.
    using Handler = std::function<Response(const QByteArray &head)>;

    // Without a handler, every request gets the response set with setResponse().
    explicit LoopbackHttpServer(Handler handler = {}, QObject *parent = nullptr)
        : QAbstractHttpServer(parent)
        , m_handler(std::move(handler)) {}

    // With a configuration, the server speaks TLS.
    bool start(const QHostAddress &address = QHostAddress::LocalHost,
               const QSslConfiguration *tls = nullptr) {
        QTcpServer *server = nullptr;
        if (tls) {
            auto *sslServer = new QSslServer(this);
            sslServer->setSslConfiguration(*tls);
            sslServer->setHandshakeTimeout(5000);
            connect(sslServer, &QSslServer::errorOccurred, this,
                    [this](QSslSocket *, QAbstractSocket::SocketError) { ++handshakeFailures; });
            connect(sslServer, &QSslServer::startedEncryptionHandshake, this,
                    [this](QSslSocket *) { ++handshakes; });
            server = sslServer;
        } else {
            server = new QTcpServer(this);
        }
        if (!server->listen(address, 0)) {
            delete server;
            return false;
        }
        bind(server);
        m_port = server->serverPort();
        return true;
    }

    quint16 port() const { return m_port; }

    void setResponse(int status, const QByteArray &body,
                     const QByteArray &contentType = "application/json") {
        m_response = {status, body, contentType, {}};
    }

    static Response response(int status, const QByteArray &body,
                             QList<std::pair<QByteArray, QByteArray>> headers = {}) {
        return {status, body, "application/json", std::move(headers)};
    }

    // The value of one header in a request head, or a null array.
    static QByteArray header(const QByteArray &head, const QByteArray &name) {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

    QList<QByteArray> requests; // the head of each request received
    int handshakes = 0;         // TLS handshakes begun: one per connection the client opened
    int handshakeFailures = 0;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override {
        const QByteArray head = headOf(request);
        requests.append(head);
        const Response answer = m_handler ? m_handler(head) : m_response;
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
        if (!answer.contentType.isEmpty())
            responder.writeHeader("Content-Type", answer.contentType);
        for (const auto &[name, value] : answer.headers)
            responder.writeHeader(name, value);
        responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
        responder.writeBody(answer.body);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    static QByteArray headOf(const QHttpServerRequest &request) {
        using Method = QHttpServerRequest::Method;
        const std::pair<Method, const char *> names[] = {
            {Method::Get, "GET"},        {Method::Post, "POST"},   {Method::Put, "PUT"},
            {Method::Delete, "DELETE"},  {Method::Patch, "PATCH"}, {Method::Head, "HEAD"},
            {Method::Options, "OPTIONS"}};
        QByteArray head = "UNKNOWN";
        for (const auto &[method, name] : names)
            if (request.method() == method)
                head = name;
        head += ' ' + request.url().path(QUrl::FullyEncoded).toUtf8();
        if (request.url().hasQuery())
            head += '?' + request.url().query(QUrl::FullyEncoded).toUtf8();
        head += " HTTP/1.1\r\n";
        for (const auto &[name, value] : request.headers())
            head += name + ": " + value + "\r\n";
        return head;
    }

    Handler m_handler;
    Response m_response;
    quint16 m_port = 0;
};
