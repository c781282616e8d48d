#include "SandboxReply.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>

SandboxReply SandboxReply::error(int status, const QString &message) {
    const QJsonObject object{{QStringLiteral("code"), status},
                             {QStringLiteral("message"), message}};
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

void SandboxReply::send(QHttpServerResponder &responder) const {
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    if (status == 204) {
        // No Content: no body and no Content-Length, as RFC 9110 asks.
        responder.writeBody(QByteArray());
        return;
    }
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    if (status == 401)
        responder.writeHeader("WWW-Authenticate", "Bearer");
    if (!allow.isEmpty())
        responder.writeHeader("Allow", allow);
    responder.writeBody(body);
}
