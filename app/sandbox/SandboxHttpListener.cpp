#include "SandboxHttpListener.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

SandboxHttpListener::SandboxHttpListener(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler)) {}

bool SandboxHttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    // An answer goes out as headers, then body: two small writes. With Nagle's algorithm the
    // second waits for the client's delayed ACK, some 40 ms on Linux loopback, on every
    // answer with a body — a wait no real server adds.
    if (socket && socket->socketOption(QAbstractSocket::LowDelayOption).toInt() == 0)
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_handler(request, makeResponder(request, socket), socket);
    return true;
}

void SandboxHttpListener::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    // handleRequest() takes every request; this only satisfies the interface.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
