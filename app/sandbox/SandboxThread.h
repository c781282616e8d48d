#pragma once

#include "Endpoint.h"
#include "SandboxOptions.h"

#include <QObject>
#include <QThread>

class SandboxServer;

// A SandboxServer that serves from a thread of its own, so that answering 100,000 tokens
// never freezes the thread that started it (token-admin's window). It is made and starts
// listening on the caller's thread, then moves to its own; from then on only its endpoint
// is read from outside, and it is deleted on its thread when this object goes.
class SandboxThread : public QObject {
    Q_OBJECT

public:
    explicit SandboxThread(QObject *parent = nullptr);
    ~SandboxThread() override;

    // Once. False with the reason when the sandbox cannot start.
    bool start(const SandboxOptions &options, QString *error);
    bool isStarted() const { return m_server != nullptr; }
    // What a client needs to connect; valid after start().
    Endpoint endpoint() const { return m_endpoint; }

private:
    QThread m_thread;
    SandboxServer *m_server = nullptr;
    Endpoint m_endpoint;
};
