#include "SandboxHttpListener.h"

#include <QHttpServerRequest>

SandboxHttpListener::SandboxHttpListener(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler)) {}

bool SandboxHttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    m_handler(request, makeResponder(request, socket), socket);
    return true;
}

void SandboxHttpListener::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    // handleRequest() takes every request; this only satisfies the interface.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
