#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>

#include <functional>

class QHttpServerRequest;
class QTcpSocket;

// The HTTP transport of SandboxServer: hands every complete request, with a responder that
// may be kept to answer later, to one handler. Routing, status codes and bodies (even for
// unknown paths) stay entirely with the handler.
class SandboxHttpListener : public QAbstractHttpServer {
    Q_OBJECT

public:
    using Handler = std::function<void(const QHttpServerRequest &request,
                                       QHttpServerResponder &&responder, QTcpSocket *socket)>;

    explicit SandboxHttpListener(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
