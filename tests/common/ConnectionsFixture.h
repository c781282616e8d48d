#pragma once

// Two sandboxes as two clusters, a credential store, the connection controller and a window,
// wired by a ConnectionCoordinator as token-admin wires them: the set-up of the suites that
// drive connecting and switching. A suite derives from it after QObject, so that its tests keep
// speaking of m_first, m_controller, m_window; it calls setUpFixture() in init() and
// tearDownFixture() in cleanup().

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
#include <QSettings>
#include <QSize>
#include <QTest>

class ConnectionsFixture {
public:
    struct Options {
        // The second cluster's tokens; the first has the sandbox's own.
        SandboxOptions second = {};
        // The keychain entries' service name.
        QString credentialService = {};
        // The influxctl profile file the controller reads.
        QString profiles = {};
        // The window's own size when not valid; set before the coordinator takes the window.
        QSize windowSize = {};
    };

protected:
    void setUpFixture(const Options &options) {
        QSettings().clear();
        m_network = new QNetworkAccessManager;
        m_first = new SandboxServer;
        m_second = new SandboxServer(options.second);
        QString error;
        QVERIFY2(m_first->start(0, &error), qPrintable(error));
        QVERIFY2(m_second->start(0, &error), qPrintable(error));
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

    void tearDownFixture() {
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
        delete m_first;
        m_first = nullptr;
        delete m_second;
        m_second = nullptr;
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
