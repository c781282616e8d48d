#include "SandboxThread.h"

#include "SandboxServer.h"

SandboxThread::SandboxThread(QObject *parent)
    : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxThread::~SandboxThread() {
    if (!m_server)
        return;
    // Deleted on its own thread, once its event loop has stopped.
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.quit();
    m_thread.wait();
}

bool SandboxThread::start(const SandboxOptions &options, QString *error) {
    if (m_server) {
        *error = tr("the sandbox is already running");
        return false;
    }
    auto *server = new SandboxServer(options);
    if (!server->start(0, error)) {
        delete server;
        return false;
    }
    m_endpoint = server->endpoint();
    // Its listening socket, and every socket it accepts from now on, belong to that thread.
    server->moveToThread(&m_thread);
    m_server = server;
    m_thread.start();
    return true;
}
