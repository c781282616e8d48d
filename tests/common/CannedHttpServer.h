#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

// A loopback HTTP server that answers every request with one canned response, for the
// failures a faithful server never produces: a 500 with an HTML page, malformed JSON, a
// body of the wrong shape. Real sockets, real HTTP: the client's whole stack runs.
class CannedHttpServer : public QTcpServer {
public:
    explicit CannedHttpServer(QObject *parent = nullptr)
        : QTcpServer(parent) {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool start() { return listen(QHostAddress::LocalHost, 0); }

    // The whole response: status code, content type (none when empty) and body.
    void setResponse(int status, const QByteArray &body,
                     const QByteArray &contentType = "application/json") {
        m_status = status;
        m_body = body;
        m_contentType = contentType;
    }

    QList<QByteArray> requests; // the head of each request received

private:
    void serve(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        requests.append(buffer.left(headEnd));
        buffer.clear();
        QByteArray response = "HTTP/1.1 " + QByteArray::number(m_status) + " Canned\r\n";
        if (!m_contentType.isEmpty())
            response += "Content-Type: " + m_contentType + "\r\n";
        response += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
        response += "Connection: close\r\n\r\n" + m_body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    int m_status = 200;
    QByteArray m_body;
    QByteArray m_contentType;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
