#pragma once

#include "SandboxFault.h"
#include "SandboxInterceptor.h"

#include <QCoreApplication>
#include <QList>

class SandboxServer;

// Makes a SandboxServer misbehave as its faults say: late, wrong, cut short, silent, hostile.
// Installed by SandboxServer::addFault; the sandbox inside token-admin never has one.
class SandboxFaultInjector final : public SandboxInterceptor {
    Q_DECLARE_TR_FUNCTIONS(SandboxFaultInjector)

public:
    explicit SandboxFaultInjector(SandboxServer *server);

    void add(const SandboxFault &fault);
    void clear();

    bool intercept(const QHttpServerRequest &request, const QByteArray &method,
                   const QString &encodedPath, QHttpServerResponder &responder,
                   QTcpSocket *socket) override;

private:
    // Answers as the fault says; false when the responder is done with, true when it must
    // be kept until the connection closes (the fault writes to the socket itself).
    bool answer(const SandboxFault &fault, const QHttpServerRequest &request,
                const QByteArray &method, const QString &encodedPath,
                QHttpServerResponder &responder, QTcpSocket *socket);
    // The body the request would be answered with, without carrying it out: what the
    // truncating faults cut.
    QByteArray wouldAnswer(const QHttpServerRequest &request, const QByteArray &method,
                           const QString &encodedPath);
    void writeHugeBody(const SandboxFault &fault, QTcpSocket *socket);

    SandboxServer *m_server;
    QList<SandboxFault> m_faults;
};
