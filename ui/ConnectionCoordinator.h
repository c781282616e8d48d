#pragma once

#include "Endpoint.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

struct ApiError;
struct Connection;
struct StartRequest;
class ConnectionController;
class ConnectionManagerDialog;
class MainWindow;
class QIODevice;
class QNetworkAccessManager;
class SignInDialog;
class TokenSession;

// Keeps one connection live in the main window, as token-admin runs: opens what the command
// line asks for on start, switches, and shows the connection manager to choose, to say what is
// wrong, or to ask for a management token when none is known or the server refused one.
// What the user should know from the start also goes to `diagnostics` (stderr).
class ConnectionCoordinator : public QObject {
    Q_OBJECT

public:
    // Starts the sandbox (once) and gives its endpoint; false with the reason when it cannot.
    using SandboxStarter = std::function<bool(Endpoint *endpoint, QString *error)>;

    ConnectionCoordinator(QNetworkAccessManager *network, ConnectionController *controller,
                          MainWindow *window, QIODevice *diagnostics, QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setSandboxStarter(SandboxStarter starter) { m_startSandbox = std::move(starter); }

    // Opens what `request` asks for, else the connection manager. False when the program
    // cannot go on; the reason is on diagnostics.
    bool start(const StartRequest &request);

    // The live connection: a connection's id, "sandbox:" or the command line's.
    QString currentId() const { return m_currentId; }
    // A connection is being opened and may not have a window yet (the keychain answers later).
    bool isOpening() const { return m_opening; }
    // The connection manager while it is open, else nullptr.
    ConnectionManagerDialog *manager() const;
    // The sign-in dialog while it is open, else nullptr.
    SignInDialog *signInDialog() const;

private:
    void open(const Connection &connection, const QString &typedToken = {});
    void openEndpoint(const Endpoint &endpoint, const QString &connectionId);
    bool openSandbox(QString *error);
    // Opens the sandbox, or says in a message box why it cannot start.
    void startSandboxOrSay();
    // The one connection manager, shown (made when none is open).
    ConnectionManagerDialog *showManager();
    void onTokenRejected(const ApiError &error);
    // The sign-in dialog of a connection that signs in through its identity provider,
    // started at once; `reason` says why it is asked for.
    void showSignIn(const QString &connectionId, const QString &reason);
    // A rename or production mark of the open connection shows at once.
    void applyToLiveConnection();
    void updateSwitcher();
    // One line on diagnostics.
    void say(const QString &message);
    // A message box over the window, closed by the user.
    void warn(const QString &title, const QString &message);

    QNetworkAccessManager *m_network;
    ConnectionController *m_controller;
    MainWindow *m_window;
    QIODevice *m_diagnostics;
    SandboxStarter m_startSandbox;
    std::chrono::milliseconds m_timeout;
    QPointer<ConnectionManagerDialog> m_manager;
    QPointer<SignInDialog> m_signIn;
    QPointer<TokenSession> m_refusedSession; // the session whose token was refused last
    QString m_currentId;
    bool m_opening = false;
    bool m_sandboxStarted = false;
};
