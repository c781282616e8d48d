#pragma once

// Token Admin as token-admin wires it (a credential store, the connection controller and a
// window, joined by a ConnectionCoordinator), and two sandboxes as two clusters: the set-up of
// the suites that drive connecting, switching and signing in. A suite derives from it after
// QObject, so that its tests keep speaking of m_first, m_controller, m_window; it starts and
// stops the program (again, for a second run) and the clusters in init() and cleanup().

#include "Connection.h"
#include "ConnectionController.h"
#include "ConnectionCoordinator.h"
#include "ConnectionStore.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "SandboxOptions.h"
#include "SandboxServer.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QSize>
#include <QTest>

class ConnectionsFixture {
public:
    struct ProgramOptions {
        // The keychain entries' service name.
        QString credentialService = {};
        // The influxctl profile file the controller reads.
        QString profiles = {};
        // The window's own size when not valid; set before the coordinator takes the window.
        QSize windowSize = {};
    };

protected:
    // m_first with the sandbox's own tokens, m_second with `second`'s.
    void startClusters(const SandboxOptions &second = {}) {
        m_first = new SandboxServer;
        m_second = new SandboxServer(second);
        QString error;
        QVERIFY2(m_first->start(0, &error), qPrintable(error));
        QVERIFY2(m_second->start(0, &error), qPrintable(error));
    }

    void stopClusters() {
        delete m_first;
        m_first = nullptr;
        delete m_second;
        m_second = nullptr;
    }

    void startProgram(const ProgramOptions &options) {
        m_network = new QNetworkAccessManager;
        m_credentials = new CredentialStore(options.credentialService);
        m_controller = new ConnectionController(m_credentials);
        m_controller->load(options.profiles);
        m_window = new MainWindow;
        if (options.windowSize.isValid())
            m_window->resize(options.windowSize);
        m_diagnostics = new QBuffer;
        m_diagnostics->open(QIODevice::ReadWrite);
        m_coordinator = new ConnectionCoordinator(m_network, m_controller, m_window, m_diagnostics);
    }

    void stopProgram() {
        delete m_coordinator;
        m_coordinator = nullptr;
        delete m_diagnostics;
        m_diagnostics = nullptr;
        delete m_window;
        m_window = nullptr;
        delete m_controller;
        m_controller = nullptr;
        delete m_credentials;
        m_credentials = nullptr;
        delete m_network;
        m_network = nullptr;
    }

    // A saved connection to `sandbox`'s cluster, under a new ID.
    static Connection connectionTo(const QString &name, const SandboxServer *sandbox) {
        Connection connection;
        connection.id = newSavedConnectionId();
        connection.name = name;
        connection.apiUrl = sandbox->apiUrl();
        connection.accountId = sandbox->accountId();
        connection.clusterId = sandbox->clusterId();
        return connection;
    }

    QNetworkAccessManager *m_network = nullptr;
    SandboxServer *m_first = nullptr;
    SandboxServer *m_second = nullptr;
    CredentialStore *m_credentials = nullptr;
    ConnectionController *m_controller = nullptr;
    MainWindow *m_window = nullptr;
    QBuffer *m_diagnostics = nullptr;
    ConnectionCoordinator *m_coordinator = nullptr;
};
