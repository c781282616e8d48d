#pragma once

#include <QByteArray>
#include <QString>

class QHttpServerResponder;

// One answer of the sandbox: a status, a JSON body and the headers that go with it.
struct SandboxReply {
    int status = 200;
    QByteArray body;  // JSON; empty for 204
    QByteArray allow; // the Allow header of a 405

    // The spec's error body: {"code":status,"message":message}.
    static SandboxReply error(int status, const QString &message);
    // Content-Type and Content-Length with the body; none of them for 204; WWW-Authenticate
    // with a 401, Allow with a 405.
    void send(QHttpServerResponder &responder) const;
};
