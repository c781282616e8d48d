#pragma once

#include <QByteArray>
#include <QString>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

// Sees every request before SandboxServer carries it out, and may answer it instead. Fault
// injection is one; behind this interface, a program that never injects faults (token-admin)
// does not link that code.
class SandboxInterceptor {
public:
    virtual ~SandboxInterceptor() = default;
    // True when it took the request: answered it, or keeps `responder` (moved away) to
    // answer later. False: the request is carried out as usual and `responder` is untouched.
    virtual bool intercept(const QHttpServerRequest &request, const QByteArray &method,
                           const QString &encodedPath, QHttpServerResponder &responder,
                           QTcpSocket *socket) = 0;
};
