#include "ConnectionCoordinator.h"

#include "ConnectionController.h"
#include "ConnectionManagerDialog.h"
#include "ConnectionStore.h"
#include "DeviceAuthorization.h"
#include "MainWindow.h"
#include "ManagementApi.h"
#include "SignInDialog.h"
#include "StartRequest.h"
#include "TokenSession.h"

#include <QIODevice>
#include <QMessageBox>

namespace {
const QString SandboxId = QStringLiteral("sandbox:");
}

ConnectionCoordinator::ConnectionCoordinator(QNetworkAccessManager *network,
                                             ConnectionController *controller, MainWindow *window,
                                             QIODevice *diagnostics, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_controller(controller)
    , m_window(window)
    , m_diagnostics(diagnostics)
    , m_timeout(ManagementApi::DefaultTimeout) {
    controller->setNetwork(network);
    connect(controller, &ConnectionController::signInNeeded, this,
            [this](const QString &id, const QString &reason) {
                showSignIn(id, reason);
                m_opening = false;
            });
    // The identity provider renewed the sign-in of the open connection: its calls carry the
    // new access token from now on.
    connect(controller, &ConnectionController::accessTokenRenewed, this,
            [this](const QString &id, const QString &accessToken) {
                if (id == m_currentId && m_window->session())
                    m_window->session()->setManagementToken(accessToken);
            });
    connect(controller, &ConnectionController::ready, this,
            [this](const Endpoint &endpoint, const QString &id) {
                openEndpoint(endpoint, id);
                m_opening = false;
            });
    connect(controller, &ConnectionController::tokenNeeded, this,
            [this](const QString &id, const QString &reason) {
                showManager()->askForToken(id, reason);
                m_opening = false;
            });
    connect(controller, &ConnectionController::failed, this,
            [this](const QString &id, const QString &problem) {
                ConnectionManagerDialog *manager = showManager();
                manager->selectConnection(id);
                manager->showProblem(problem);
                m_opening = false;
            });
    connect(controller, &ConnectionController::connectionsChanged, this,
            &ConnectionCoordinator::applyToLiveConnection);
    connect(controller, &ConnectionController::notice, this,
            [this](const QString &message) { warn(tr("Keychain"), message); });
    connect(window, &MainWindow::connectRequested, this,
            [this] { showManager()->selectConnection(m_currentId); });
    connect(window, &MainWindow::switchRequested, this, [this](const QString &id) {
        if (id == SandboxId)
            startSandboxOrSay();
        else if (const Connection *connection = m_controller->find(id))
            open(*connection);
    });
    connect(window, &MainWindow::sandboxRequested, this, &ConnectionCoordinator::startSandboxOrSay);
    connect(window, &MainWindow::tokenRejected, this, &ConnectionCoordinator::onTokenRejected);
}

bool ConnectionCoordinator::start(const StartRequest &request) {
    for (const QString &note : request.ignored)
        say(note);
    // A broken file would otherwise be seen only by opening the manager.
    const InfluxctlConfig &config = m_controller->influxctlConfig();
    if (!config.ok()) {
        const QString text =
            tr("influxctl's profiles could not be read: %1").arg(config.errorText());
        say(text);
        m_window->showProfileFileProblem(text);
    }
    if (request.sandbox) {
        QString error;
        if (openSandbox(&error))
            return true;
        say(tr("The sandbox could not start: %1").arg(error));
        return false;
    }
    if (request.commandLineConnectionGiven) {
        if (!request.environmentToken.isEmpty())
            open(request.commandLineConnection, request.environmentToken);
        else
            showManager()->addConnection(request.commandLineConnection);
        return true;
    }

    QString problem;
    const InfluxctlProfile *profile = chooseProfile(config, request.profile, &problem);
    if (!problem.isEmpty()) {
        // The profile asked for is not there (or its file is broken, said above): the
        // manager says so, and the rest still works.
        if (config.ok())
            say(problem);
        showManager()->showProblem(problem);
        return true;
    }
    const Connection *chosen = nullptr;
    if (!request.profile.isEmpty() && profile)
        chosen = m_controller->find(influxctlConnectionId(profile->name));
    if (!chosen)
        chosen = m_controller->find(ConnectionStore::lastUsed());
    if (!chosen && profile)
        chosen = m_controller->find(influxctlConnectionId(profile->name));

    const ConnectionOverrides &overrides = request.overrides;
    const QString flags = overrides.accountId.isEmpty()   ? QStringLiteral("--cluster")
                          : overrides.clusterId.isEmpty() ? QStringLiteral("--account")
                                                          : tr("--account and --cluster");
    if (!chosen) {
        if (!overrides.isEmpty())
            say(tr("%1: ignored, no connection opens on start.").arg(flags));
        showManager();
        return true;
    }
    if (!overrides.isEmpty()) {
        if (chosen->product == Product::Clustered)
            say(tr("%1: ignored, %2 is a Clustered connection, without account or cluster ID.")
                    .arg(flags, chosen->name));
        else
            m_controller->setOverrides(chosen->id, overrides);
    }
    open(*chosen);
    return true;
}

void ConnectionCoordinator::open(const Connection &connection, const QString &typedToken) {
    m_opening = true;
    m_controller->open(connection, typedToken);
}

void ConnectionCoordinator::openEndpoint(const Endpoint &endpoint, const QString &connectionId) {
    auto *session = new TokenSession(m_network, endpoint);
    session->setTimeout(m_timeout);
    m_currentId = connectionId;
    m_window->openSession(session);
    updateSwitcher();
    m_window->show();
}

bool ConnectionCoordinator::openSandbox(QString *error) {
    Endpoint endpoint;
    if (!m_startSandbox || !m_startSandbox(&endpoint, error))
        return false;
    endpoint.name = tr("Sandbox");
    endpoint.sandbox = true;
    m_sandboxStarted = true;
    openEndpoint(endpoint, SandboxId);
    return true;
}

void ConnectionCoordinator::startSandboxOrSay() {
    QString error;
    if (!openSandbox(&error))
        warn(tr("Sandbox"), tr("The sandbox could not start: %1").arg(error));
}

ConnectionManagerDialog *ConnectionCoordinator::manager() const {
    return m_manager && m_manager->isVisible() ? m_manager.data() : nullptr;
}

ConnectionManagerDialog *ConnectionCoordinator::showManager() {
    if (m_manager && m_manager->isVisible()) {
        m_manager->raise();
        m_manager->activateWindow();
        return m_manager;
    }
    // The window stays behind the manager, so that closing the manager without connecting
    // leaves it open on "Not connected" rather than quitting.
    m_window->show();
    auto *dialog = new ConnectionManagerDialog(m_controller, m_window);
    if (m_sandboxStarted)
        dialog->showLiveSandbox(tr("Sandbox"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_manager = dialog;
    connect(
        dialog, &ConnectionManagerDialog::connectRequested, this,
        [this](const Connection &connection, const QString &token) { open(connection, token); });
    connect(dialog, &ConnectionManagerDialog::sandboxRequested, this,
            &ConnectionCoordinator::startSandboxOrSay);
    connect(dialog, &QDialog::finished, this, [this] {
        // Closed without a new token: the next refusal (Retry) asks again.
        m_refusedSession = nullptr;
        updateSwitcher();
    });
    dialog->open();
    return dialog;
}

SignInDialog *ConnectionCoordinator::signInDialog() const {
    return m_signIn && m_signIn->isVisible() ? m_signIn.data() : nullptr;
}

void ConnectionCoordinator::showSignIn(const QString &connectionId, const QString &reason) {
    const Connection *connection = m_controller->find(connectionId);
    if (!connection)
        return;
    if (m_signIn)
        m_signIn->close();
    auto *dialog = new SignInDialog(m_controller->signIn(*connection), connection->name, reason,
                                    m_window->isVisible() ? m_window : nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn = dialog;
    connect(dialog, &QDialog::rejected, this, [this, connectionId] {
        // Nothing else to show: the manager offers the other connections.
        if (!m_window->session())
            showManager()->selectConnection(connectionId);
    });
    dialog->open();
    dialog->startSignIn();
}

void ConnectionCoordinator::onTokenRejected(const ApiError &error) {
    // Several calls may be refused at once: ask once per session.
    TokenSession *session = m_window->session();
    if (!session || session == m_refusedSession)
        return;
    m_refusedSession = session;
    if (const Connection *connection = m_controller->find(m_currentId)) {
        // Opening again asks for a new token, saying why: the refused one is not sent again.
        m_controller->tokenRefused(m_currentId, error.serverMessage);
        open(*connection);
        return;
    }
    // The command line's connection (or the sandbox's) is no saved one: offer one to the same
    // place, saved once a new token opens it.
    const Endpoint &endpoint = session->endpoint();
    QString reason = tr("The server refused the management token for %1 (HTTP 401): it is "
                        "wrong, expired or revoked. Enter a new one to connect again.")
                         .arg(endpoint.displayName());
    if (!error.serverMessage.isEmpty())
        reason += QLatin1Char(' ') + tr("The server said: %1").arg(error.serverMessage);
    showManager()->addConnection(connectionFromEndpoint(endpoint), reason);
}

void ConnectionCoordinator::applyToLiveConnection() {
    const Connection *connection = m_controller->find(m_currentId);
    if (connection && m_window->session()) {
        const Endpoint &live = m_window->session()->endpoint();
        if (live.name != connection->name || live.production != connection->production)
            m_window->setConnectionLabel(connection->name, connection->production);
    }
    updateSwitcher();
}

void ConnectionCoordinator::updateSwitcher() {
    QList<QPair<QString, QString>> choices;
    for (const Connection &connection : m_controller->connections())
        if (connection.problem.isEmpty())
            choices.append({connection.id, connection.name});
    // Once started, the sandbox runs until Token Admin quits: it stays one click away.
    if (m_sandboxStarted)
        choices.append({SandboxId, tr("Sandbox")});
    m_window->setConnectionChoices(choices, m_currentId);
}

void ConnectionCoordinator::say(const QString &message) {
    if (m_diagnostics)
        m_diagnostics->write(QStringLiteral("token-admin: %1\n").arg(message).toUtf8());
}

void ConnectionCoordinator::warn(const QString &title, const QString &message) {
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok,
                                m_window->isVisible() ? m_window : nullptr);
    box->setObjectName(QStringLiteral("warningBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
