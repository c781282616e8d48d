#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>

// A loopback HTTP server, plain or TLS (QSslServer), whose answers a test writes: a
// redirect with its Location, a list of tokens. Real sockets, real handshakes.
class LoopbackHttpServer : public QObject {
public:
    // Gets the request's head; returns the whole HTTP response.
    using Responder = std::function<QByteArray(const QByteArray &head)>;

    explicit LoopbackHttpServer(Responder responder, QObject *parent = nullptr)
        : QObject(parent)
        , m_responder(std::move(responder)) {}

    // With a configuration, the server speaks TLS.
    bool start(const QHostAddress &address = QHostAddress::LocalHost,
               const QSslConfiguration *tls = nullptr) {
        if (tls) {
            auto *server = new QSslServer(this);
            server->setSslConfiguration(*tls);
            server->setHandshakeTimeout(5000);
            connect(server, &QSslServer::errorOccurred, this,
                    [this](QSslSocket *, QAbstractSocket::SocketError) { ++handshakeFailures; });
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                if (socket->bytesAvailable() > 0)
                    serve(socket);
            }
        });
        return m_server->listen(address, 0);
    }

    quint16 port() const { return m_server->serverPort(); }

    QList<QByteArray> requests; // the head of each request received
    int handshakeFailures = 0;

    static QByteArray response(int status, const QByteArray &body,
                               const QByteArray &extraHeaders = {}) {
        QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + " Test\r\n";
        text += "Content-Type: application/json\r\n" + extraHeaders;
        text += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        text += "Connection: close\r\n\r\n" + body;
        return text;
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

private:
    void serve(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = buffer.left(headEnd);
        m_buffers.remove(socket);
        requests.append(head);
        socket->write(m_responder(head));
        socket->disconnectFromHost();
    }

    Responder m_responder;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
