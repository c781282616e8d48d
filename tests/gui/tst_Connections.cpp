#include "ConnectionController.h"
#include "ConnectionCoordinator.h"
#include "ConnectionManagerDialog.h"
#include "ConnectionStore.h"
#include "ConnectionsFixture.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "RevokeTokenDialog.h"
#include "SandboxServer.h"
#include "StartRequest.h"
#include "TokenSession.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// What toml++ says of tests/connection/data/broken.toml, line 4: the reason, not only the place.
constexpr char BrokenFileReason[] = "unescaped control characters";

// Several clusters in one window: the real window, the real controller and two sandboxes
// over loopback HTTP. Wired as the program wires them.
class TestConnections : public QObject, ConnectionsFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void switchingConnectionsSwapsTheList();
    void productionShowsTheBandAndAsksForTheDescription();
    void ordinaryConnectionHasNoBandAndNoTypedConfirmation();
    void editingTheLiveConnectionShowsAtOnce();
    void insecureTlsShowsARedBand();
    void rejectedTokenAsksForANewOne();
    void everyRefusedCallAsksForAToken_data();
    void everyRefusedCallAsksForAToken();
    void refusedProfileTokenIsReplacedInMemory();
    void refusedCommandLineTokenOffersAConnection();
    void commandLineConnectionNamesItsClusterOnce();
    void overridesStayForTheRun();
    void managerListsProfilesReadOnly();
    void managerEditsSavedConnections();
    void managerReportsABrokenProfileFile();
    void brokenProfileFileIsReportedAtStart();
    void profileAskedForWithoutItsFileStartsAnyway_data();
    void profileAskedForWithoutItsFileStartsAnyway();
    void cancelOnFirstStartLeavesTheWindowNotConnected();
    void liveSandboxStaysInTheSwitcherAndTheManager();
    void screenshot();

private:
    Connection savedConnection(const QString &name, SandboxServer *sandbox, bool production);
    void openAndWait(const Connection &connection, const QString &token, SandboxServer *sandbox);
    QList<SandboxServer::ReceivedRequest> deletes(SandboxServer *sandbox) const;
    // The connection manager the program shows, once it is up.
    ConnectionManagerDialog *manager();
    // Types the token into the manager and presses Connect.
    void connectWithToken(ConnectionManagerDialog *dialog, const QString &token);
    int rowCount() const { return m_table->model()->rowCount(); }

    QTableView *m_table = nullptr;
};

void TestConnections::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("TokenAdminTests"));
    QApplication::setApplicationName(QStringLiteral("tst_connections"));
}

void TestConnections::init() {
    QSettings().clear();
    SandboxOptions second;
    second.generatedTokens = 7;
    startClusters(second);
    startProgram({.credentialService = QStringLiteral("Token Admin GUI test"),
                  .profiles = QStringLiteral(TOKENADMIN_TEST_DATA "/several.toml"),
                  .windowSize = {1360, 760}});
    m_table = m_window->findChild<QTableView *>(QStringLiteral("tokenTable"));
}

void TestConnections::cleanup() {
    stopProgram();
    stopClusters();
}

Connection TestConnections::savedConnection(const QString &name, SandboxServer *sandbox,
                                            bool production) {
    Connection connection = connectionTo(name, sandbox);
    connection.production = production;
    return connection;
}

void TestConnections::openAndWait(const Connection &connection, const QString &token,
                                  SandboxServer *sandbox) {
    QSignalSpy ready(m_controller, &ConnectionController::ready);
    m_controller->open(connection, token);
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY(m_window->session() && !m_window->session()->isRefreshing());
    QCOMPARE(m_window->session()->model()->rowCount(), sandbox->tokens().size());
}

QList<SandboxServer::ReceivedRequest> TestConnections::deletes(SandboxServer *sandbox) const {
    QList<SandboxServer::ReceivedRequest> result;
    for (const auto &request : sandbox->receivedRequests())
        if (request.method == "DELETE")
            result.append(request);
    return result;
}

ConnectionManagerDialog *TestConnections::manager() {
    ConnectionManagerDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = m_coordinator->manager()));
    }();
    return dialog;
}

void TestConnections::connectWithToken(ConnectionManagerDialog *dialog, const QString &token) {
    QVERIFY(dialog);
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("managementTokenField"));
    QVERIFY(field->isEnabled());
    field->setFocus();
    QTest::keyClicks(field, token);
    auto *connectButton = dialog->findChild<QPushButton *>(QStringLiteral("connectButton"));
    QVERIFY2(connectButton->isEnabled(),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("connectProblem"))->text()));
    QTest::mouseClick(connectButton, Qt::LeftButton);
}

void TestConnections::switchingConnectionsSwapsTheList() {
    const Connection first = savedConnection(QStringLiteral("EU cluster"), m_first, false);
    const Connection second = savedConnection(QStringLiteral("US cluster"), m_second, false);
    m_controller->saveConnections(m_controller->connections() + QList<Connection>{first, second});

    openAndWait(second, m_second->managementToken(), m_second);
    openAndWait(first, m_first->managementToken(), m_first);
    QVERIFY(m_window->windowTitle().contains(QLatin1String("EU cluster")));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("clusterLabel"))->text(),
             QStringLiteral("EU cluster · cluster ") + m_first->clusterId().left(8));
    QCOMPARE(ConnectionStore::lastUsed(), first.id);
    const int firstRows = m_window->session()->model()->rowCount();
    QVERIFY(firstRows != m_second->tokens().size());

    // The switcher, from the keyboard: the next entry is the US cluster.
    auto *switcher = m_window->findChild<QComboBox *>(QStringLiteral("connectionSwitcher"));
    QVERIFY(switcher);
    QCOMPARE(switcher->currentText(), QStringLiteral("EU cluster"));
    QVERIFY(switcher->findText(QStringLiteral("US cluster")) >= 0);
    m_first->clearReceivedRequests();
    m_second->clearReceivedRequests();
    switcher->setFocus();
    while (switcher->currentText() != QLatin1String("US cluster")) {
        const int before = switcher->currentIndex();
        QTest::keyClick(switcher,
                        switcher->currentIndex() < switcher->findText(QStringLiteral("US cluster"))
                            ? Qt::Key_Down
                            : Qt::Key_Up);
        QVERIFY(switcher->currentIndex() != before);
    }
    QTRY_VERIFY(m_window->session() &&
                m_window->session()->endpoint().name == QLatin1String("US cluster"));
    QTRY_COMPARE(m_window->session()->model()->rowCount(), m_second->tokens().size());
    QVERIFY(m_window->windowTitle().contains(QLatin1String("US cluster")));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("clusterLabel"))->text(),
             QStringLiteral("US cluster · cluster ") + m_second->clusterId().left(8));
    QCOMPARE(ConnectionStore::lastUsed(), second.id);
    // The token known for this run was used; the other cluster heard nothing.
    QVERIFY(!m_second->receivedRequests().isEmpty());
    QCOMPARE(m_second->receivedRequests().first().authorization,
             "Bearer " + m_second->managementToken().toUtf8());
    QVERIFY(m_first->receivedRequests().isEmpty());
}

void TestConnections::productionShowsTheBandAndAsksForTheDescription() {
    const Connection production = savedConnection(QStringLiteral("Prod EU"), m_first, true);
    m_controller->saveConnections(m_controller->connections() + QList<Connection>{production});
    openAndWait(production, m_first->managementToken(), m_first);

    auto *band = m_window->findChild<QLabel *>(QStringLiteral("productionBand"));
    QVERIFY(band->isVisible());
    QCOMPARE(band->text(), QStringLiteral("PRODUCTION — Prod EU"));
    QVERIFY(band->geometry().top() < m_table->mapTo(m_window, QPoint(0, 0)).y());
    QVERIFY(m_window->windowTitle().contains(QLatin1String("production")));

    const QString id = m_table->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString();
    const Token target = *m_window->session()->model()->tokenById(id);
    QVERIFY(!target.description.isEmpty());
    m_window->selectToken(id);
    m_window->findChild<QAction *>(QStringLiteral("actionRevoke"))->trigger();
    RevokeTokenDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<RevokeTokenDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->requiresTypedConfirmation());
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    auto *risk = dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox"));
    auto *typed = dialog->findChild<QLineEdit *>(QStringLiteral("confirmDescriptionField"));
    QVERIFY(typed && typed->isVisible());

    QTest::mouseClick(risk, Qt::LeftButton);
    QVERIFY(risk->isChecked());
    QVERIFY(!revoke->isEnabled());
    QTest::keyClicks(typed, target.description.chopped(1));
    QVERIFY(!revoke->isEnabled());
    QTest::keyClicks(typed, target.description.right(1) + QLatin1Char(' '));
    QVERIFY(!revoke->isEnabled()); // exactly, not more
    QTest::keyClick(typed, Qt::Key_Backspace);
    QCOMPARE(typed->text(), target.description);
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(risk, Qt::LeftButton);
    QVERIFY(!revoke->isEnabled()); // and the box still counts
    QTest::mouseClick(risk, Qt::LeftButton);
    QVERIFY(revoke->isEnabled());
    m_first->clearReceivedRequests();
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTRY_COMPARE(deletes(m_first).size(), 1);
    QVERIFY(deletes(m_first).first().path.endsWith(QLatin1String("/tokens/") + id));
    QTRY_VERIFY(!m_window->findChild<RevokeTokenDialog *>());
    QCOMPARE(deletes(m_first).size(), 1);
}

void TestConnections::ordinaryConnectionHasNoBandAndNoTypedConfirmation() {
    const Connection plain = savedConnection(QStringLiteral("Staging"), m_first, false);
    m_controller->saveConnections(m_controller->connections() + QList<Connection>{plain});
    openAndWait(plain, m_first->managementToken(), m_first);
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("productionBand"))->isVisible());
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("insecureBand"))->isVisible());
    m_window->selectToken(
        m_table->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString());
    m_window->findChild<QAction *>(QStringLiteral("actionRevoke"))->trigger();
    RevokeTokenDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<RevokeTokenDialog *>()) && dialog->isVisible());
    QVERIFY(!dialog->requiresTypedConfirmation());
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("confirmDescriptionField")));
    dialog->reject();
}

void TestConnections::editingTheLiveConnectionShowsAtOnce() {
    const Connection staging = savedConnection(QStringLiteral("Staging"), m_first, false);
    m_controller->saveConnections(m_controller->connections() + QList<Connection>{staging});
    openAndWait(staging, m_first->managementToken(), m_first);
    TokenSession *session = m_window->session();
    auto *band = m_window->findChild<QLabel *>(QStringLiteral("productionBand"));
    QVERIFY(!band->isVisible());

    // File → Connect…, rename the open connection and mark it production, Save.
    m_window->findChild<QAction *>(QStringLiteral("actionConnect"))->trigger();
    ConnectionManagerDialog *dialog = manager();
    QCOMPARE(dialog->currentConnection().id, staging.id);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameField"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Prod EU"));
    auto *production = dialog->findChild<QCheckBox *>(QStringLiteral("productionCheckBox"));
    QTest::mouseClick(production, Qt::LeftButton, {}, QPoint(8, production->height() / 2));
    QVERIFY(production->isChecked());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveConnectionsButton")),
                      Qt::LeftButton);

    // The same session, shown as what it now is.
    QCOMPARE(m_window->session(), session);
    QVERIFY(band->isVisible());
    QCOMPARE(band->text(), QStringLiteral("PRODUCTION — Prod EU"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Prod EU (production) — Token Admin"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("clusterLabel"))->text(),
             QStringLiteral("PRODUCTION — Prod EU · cluster %1")
                 .arg(session->endpoint().clusterId.left(8)));
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("connectionSwitcher"))->currentText(),
             QStringLiteral("Prod EU"));
    dialog->reject();

    // Revoking there asks for the typed description.
    m_window->selectToken(
        m_table->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString());
    m_window->findChild<QAction *>(QStringLiteral("actionRevoke"))->trigger();
    RevokeTokenDialog *revoke = nullptr;
    QTRY_VERIFY((revoke = m_window->findChild<RevokeTokenDialog *>()) && revoke->isVisible());
    QVERIFY(revoke->requiresTypedConfirmation());
    revoke->reject();
    QTRY_VERIFY(!m_window->findChild<RevokeTokenDialog *>());

    // And back: the mark taken off shows at once too.
    Connection plain = *m_controller->find(staging.id);
    plain.production = false;
    QList<Connection> all = m_controller->connections();
    for (Connection &connection : all)
        if (connection.id == plain.id)
            connection = plain;
    m_controller->saveConnections(all);
    QVERIFY(!band->isVisible());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Prod EU — Token Admin"));
}

void TestConnections::insecureTlsShowsARedBand() {
    const Connection *profile =
        m_controller->find(influxctlConnectionId(QStringLiteral("self-signed")));
    QVERIFY(profile && profile->tlsInsecure);
    Endpoint endpoint;
    QString problem;
    QVERIFY(endpointFor(*profile, QStringLiteral("secret"), &endpoint, &problem));
    m_window->openSession(new TokenSession(m_network, endpoint));
    m_window->show();
    auto *band = m_window->findChild<QLabel *>(QStringLiteral("insecureBand"));
    QVERIFY(band->isVisible());
    QVERIFY(band->text().contains(QLatin1String("OFF")));
    QVERIFY(band->text().contains(QLatin1String("self-signed")));
    // It stays for as long as the connection is open: a failed refresh does not hide it.
    QTRY_VERIFY(!m_window->session()->isRefreshing());
    QVERIFY(band->isVisible());
    // Another connection: gone.
    openAndWait(savedConnection(QStringLiteral("Safe"), m_first, false), m_first->managementToken(),
                m_first);
    QVERIFY(!band->isVisible());
}

void TestConnections::rejectedTokenAsksForANewOne() {
    const Connection connection = savedConnection(QStringLiteral("EU cluster"), m_first, false);
    m_controller->saveConnections(m_controller->connections() + QList<Connection>{connection});
    ConnectionStore::setLastUsed(connection.id);
    QVERIFY(m_coordinator->start(StartRequest()));
    connectWithToken(manager(), QStringLiteral("a-token-the-server-does-not-know"));
    QTRY_VERIFY(m_window->session() && !m_window->session()->isRefreshing());
    auto *bar = m_window->findChild<MessageBar *>();
    QVERIFY2(bar->text().contains(QLatin1String("401")), qPrintable(bar->text()));
    QVERIFY(bar->text().contains(QLatin1String("EU cluster")));

    // The program asks for a new token for that connection, saying why.
    ConnectionManagerDialog *dialog = manager();
    QCOMPARE(dialog->currentConnection().id, connection.id);
    const QString reason = dialog->findChild<QLabel *>(QStringLiteral("connectProblem"))->text();
    QVERIFY2(reason.contains(QLatin1String("refused")) && reason.contains(QLatin1String("401")) &&
                 reason.contains(QLatin1String("EU cluster")),
             qPrintable(reason));
    auto *token = dialog->findChild<QLineEdit *>(QStringLiteral("managementTokenField"));
    QVERIFY(token->text().isEmpty());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
    // Cancelled, the window stays; Retry is refused again and asks again.
    dialog->reject();
    QTRY_VERIFY(!m_coordinator->manager());
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("messageBarRetry")),
                      Qt::LeftButton);
    dialog = manager();
    QCOMPARE(dialog->currentConnection().id, connection.id);
    connectWithToken(dialog, m_first->managementToken());
    QTRY_VERIFY(!m_coordinator->manager());
    QTRY_VERIFY(m_window->session()->endpoint().managementToken == m_first->managementToken() &&
                !m_window->session()->isRefreshing());
    QCOMPARE(m_window->session()->model()->rowCount(), m_first->tokens().size());
    QVERIFY(!bar->isVisible());
    // Typed for this run only: nothing went to the settings.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_first->managementToken().toUtf8()));
}

void TestConnections::everyRefusedCallAsksForAToken_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("revoke") << QByteArray("DELETE") << QStringLiteral("/tokens/");
    QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/tokens$");
    QTest::newRow("edit") << QByteArray("PATCH") << QStringLiteral("/tokens/");
    QTest::newRow("list databases") << QByteArray("GET") << QStringLiteral("/databases$");
}

void TestConnections::everyRefusedCallAsksForAToken() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const Connection connection = savedConnection(QStringLiteral("EU cluster"), m_first, false);
    m_controller->saveConnections(m_controller->connections() + QList<Connection>{connection});
    Q_EMIT m_window->switchRequested(connection.id);
    connectWithToken(manager(), m_first->managementToken());
    QTRY_VERIFY(m_window->session() && !m_window->session()->isRefreshing() &&
                m_window->session()->model()->rowCount() > 0);
    QTRY_VERIFY(!m_coordinator->manager());

    // The token is revoked server-side between two calls: the next one is answered 401.
    SandboxFault refused;
    refused.kind = SandboxFault::Kind::Status;
    refused.status = 401;
    refused.method = method;
    refused.path = QRegularExpression(path);
    m_first->addFault(refused);
    TokenSession *session = m_window->session();
    const QString id = m_table->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString();
    QSignalSpy unauthorized(session, &TokenSession::unauthorized);
    if (method == "DELETE") {
        session->revoke(id);
    } else if (method == "POST") {
        session->create({QStringLiteral("New"), {}, {}});
    } else if (method == "PATCH") {
        TokenChanges changes;
        changes.description = QStringLiteral("Renamed");
        session->update(id, changes);
    } else {
        session->loadDatabases();
    }
    QTRY_COMPARE(unauthorized.size(), 1);
    ConnectionManagerDialog *dialog = manager();
    QCOMPARE(dialog->currentConnection().id, connection.id);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("connectProblem"))
                ->text()
                .contains(QLatin1String("401")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
    QCOMPARE(m_controller->tokenSource(connection), ConnectionController::TokenSource::Refused);
}

void TestConnections::refusedProfileTokenIsReplacedInMemory() {
    SandboxOptions options;
    options.product = Product::Clustered;
    SandboxServer clustered(options);
    QString error;
    QVERIFY2(clustered.start(0, &error), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.toml"));
    const QByteArray toml = QStringLiteral("[[profile]]\nname = \"lab\"\nproduct = \"clustered\"\n"
                                           "host = \"127.0.0.1\"\nport = \"%1\"\n"
                                           "mgmt_token = \"dead-profile-token\"\n"
                                           "  [profile.tls]\n  disable = true\n")
                                .arg(clustered.apiUrl().port())
                                .toUtf8();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(toml);
    }
    m_controller->load(path);
    StartRequest request;
    request.profile = QStringLiteral("lab");
    QVERIFY(m_coordinator->start(request));
    QTRY_VERIFY(m_window->session() && !m_window->session()->isRefreshing());
    QCOMPARE(clustered.receivedRequests().first().authorization, "Bearer dead-profile-token");

    ConnectionManagerDialog *dialog = manager();
    QCOMPARE(dialog->currentConnection().id, influxctlConnectionId(QStringLiteral("lab")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("connectProblem"))
                ->text()
                .contains(QLatin1String("mgmt_token")));
    // A replacement can be typed; it is not offered to the keychain.
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("rememberTokenCheckBox"))->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
    connectWithToken(dialog, clustered.managementToken());
    QTRY_VERIFY(m_window->session()->endpoint().managementToken == clustered.managementToken() &&
                !m_window->session()->isRefreshing());
    QCOMPARE(m_window->session()->model()->rowCount(), clustered.tokens().size());

    // Away and back: the typed token again, not the profile's dead one.
    const Connection other = savedConnection(QStringLiteral("EU cluster"), m_first, false);
    m_controller->saveConnections(m_controller->connections() + QList<Connection>{other});
    m_controller->open(other, m_first->managementToken());
    QTRY_VERIFY(m_window->session()->endpoint().name == other.name);
    clustered.clearReceivedRequests();
    Q_EMIT m_window->switchRequested(influxctlConnectionId(QStringLiteral("lab")));
    QTRY_VERIFY(m_window->session()->endpoint().name == QLatin1String("lab") &&
                !m_window->session()->isRefreshing());
    QCOMPARE(clustered.receivedRequests().first().authorization,
             "Bearer " + clustered.managementToken().toUtf8());
    QVERIFY(!m_coordinator->manager());

    // Kept in memory only: influxctl's file is as it was, the settings never saw it.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), toml);
    QSettings settings;
    settings.sync();
    QFile settingsFile(settings.fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains(clustered.managementToken().toUtf8()));
}

void TestConnections::refusedCommandLineTokenOffersAConnection() {
    StartRequest request;
    request.commandLineConnectionGiven = true;
    request.commandLineConnection.id = CommandLineConnectionId;
    request.commandLineConnection.name = QStringLiteral("From the command line");
    request.commandLineConnection.apiUrl = m_first->apiUrl();
    request.commandLineConnection.accountId = m_first->accountId();
    request.commandLineConnection.clusterId = m_first->clusterId();
    request.environmentToken = QStringLiteral("expired-environment-token");
    request.ignored = {
        QStringLiteral("--profile: ignored, --api-url gives the connection to open.")};
    QVERIFY(m_coordinator->start(request));
    QCOMPARE(m_diagnostics->data(),
             "token-admin: --profile: ignored, --api-url gives the connection to open.\n");
    QTRY_VERIFY(m_window->session() && !m_window->session()->isRefreshing());
    QCOMPARE(m_coordinator->currentId(), CommandLineConnectionId);

    // The manager offers a connection to the same cluster and asks for its token.
    ConnectionManagerDialog *dialog = manager();
    const Connection offered = dialog->currentConnection();
    QVERIFY(!offered.isReadOnly());
    QCOMPARE(offered.apiUrl, m_first->apiUrl());
    QCOMPARE(offered.accountId, m_first->accountId());
    QCOMPARE(offered.clusterId, m_first->clusterId());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("connectProblem"))
                ->text()
                .contains(QLatin1String("401")));
    connectWithToken(dialog, m_first->managementToken());
    QTRY_VERIFY(m_window->session()->endpoint().managementToken == m_first->managementToken() &&
                !m_window->session()->isRefreshing());
    QCOMPARE(m_window->session()->model()->rowCount(), m_first->tokens().size());
    QCOMPARE(m_coordinator->currentId(), offered.id);
    QVERIFY(m_controller->find(offered.id));
}

void TestConnections::commandLineConnectionNamesItsClusterOnce() {
    // As token-admin --api-url … --account … --cluster … with INFLUX_MANAGEMENT_TOKEN set.
    QCommandLineParser parser;
    addStartOptions(&parser);
    QVERIFY(
        parser.parse({QStringLiteral("token-admin"), QStringLiteral("--api-url"),
                      m_first->apiUrl().toString(), QStringLiteral("--account"),
                      m_first->accountId(), QStringLiteral("--cluster"), m_first->clusterId()}));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("INFLUX_MANAGEMENT_TOKEN"), m_first->managementToken());
    const StartRequest request = readStartRequest(parser, environment);
    QVERIFY2(request.problem.isEmpty(), qPrintable(request.problem));
    QVERIFY(m_coordinator->start(request));
    QTRY_VERIFY(m_window->session() && !m_window->session()->isRefreshing());
    const QString place = QStringLiteral("127.0.0.1:%1 · cluster %2")
                              .arg(m_first->apiUrl().port())
                              .arg(m_first->clusterId().left(8));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("clusterLabel"))->text(), place);
    QCOMPARE(m_window->windowTitle(), place + QStringLiteral(" — Token Admin"));
}

void TestConnections::overridesStayForTheRun() {
    // The saved connection names another cluster; --account and --cluster name the sandbox's.
    Connection eu = savedConnection(QStringLiteral("EU cluster"), m_first, false);
    eu.accountId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    eu.clusterId = QStringLiteral("66666666-7777-4888-8999-aaaaaaaaaaaa");
    const Connection us = savedConnection(QStringLiteral("US cluster"), m_second, false);
    m_controller->saveConnections(m_controller->connections() + QList<Connection>{eu, us});
    ConnectionStore::setLastUsed(eu.id);
    StartRequest request;
    request.overrides = {m_first->accountId(), m_first->clusterId()};
    QVERIFY(m_coordinator->start(request));

    connectWithToken(manager(), m_first->managementToken());
    QTRY_VERIFY(m_window->session() && !m_window->session()->isRefreshing());
    QCOMPARE(m_window->session()->model()->rowCount(), m_first->tokens().size());
    QCOMPARE(m_window->session()->endpoint().clusterId, m_first->clusterId());
    // Overrides are for this run: the saved connection keeps its own IDs.
    QCOMPARE(m_controller->find(eu.id)->clusterId, eu.clusterId);

    // Away and back through the switcher: still the overriding IDs.
    Q_EMIT m_window->switchRequested(us.id);
    connectWithToken(manager(), m_second->managementToken());
    QTRY_VERIFY(m_window->session()->endpoint().name == us.name &&
                !m_window->session()->isRefreshing());
    QCOMPARE(m_window->session()->model()->rowCount(), m_second->tokens().size());
    m_first->clearReceivedRequests();
    Q_EMIT m_window->switchRequested(eu.id);
    QTRY_VERIFY(m_window->session()->endpoint().name == eu.name &&
                !m_window->session()->isRefreshing());
    QCOMPARE(m_window->session()->endpoint().clusterId, m_first->clusterId());
    QCOMPARE(m_window->session()->model()->rowCount(), m_first->tokens().size());
    QVERIFY(m_first->receivedRequests().first().path.contains(m_first->clusterId()));

    // Refused: the manager, asking for a token, says which IDs are used; the new token opens
    // the same overridden cluster.
    SandboxFault refused;
    refused.kind = SandboxFault::Kind::Status;
    refused.status = 401;
    refused.count = 1;
    m_first->addFault(refused);
    m_window->session()->refresh();
    ConnectionManagerDialog *dialog = manager();
    QCOMPARE(dialog->currentConnection().id, eu.id);
    const QString source = dialog->findChild<QLabel *>(QStringLiteral("sourceLabel"))->text();
    QVERIFY2(source.contains(m_first->clusterId()) && source.contains(QLatin1String("--cluster")),
             qPrintable(source));
    connectWithToken(dialog, m_first->managementToken());
    QTRY_VERIFY(!m_coordinator->manager() && !m_window->session()->isRefreshing() &&
                m_window->session()->model()->rowCount() == m_first->tokens().size());
    QCOMPARE(m_window->session()->endpoint().clusterId, m_first->clusterId());
}

void TestConnections::managerListsProfilesReadOnly() {
    ConnectionManagerDialog dialog(m_controller);
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("connectionList"));
    QCOMPARE(list->count(), 5);
    QVERIFY(list->item(0)->text().contains(QLatin1String("influxctl profile")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("profileFileLabel"))
                ->text()
                .contains(QLatin1String("several.toml")));
    dialog.selectConnection(influxctlConnectionId(QStringLiteral("default")));
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("nameField"))->isEnabled());
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("apiUrlField"))->isEnabled());
    QVERIFY(
        !dialog.findChild<QPushButton *>(QStringLiteral("removeConnectionButton"))->isEnabled());
    // Its mgmt_token is used as it is: not shown, not editable, connect is possible.
    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("managementTokenField"));
    QVERIFY(!token->isEnabled());
    QVERIFY(token->text().isEmpty());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
    // The production mark is Token Admin's own, so it can be set.
    auto *production = dialog.findChild<QCheckBox *>(QStringLiteral("productionCheckBox"));
    QVERIFY(production->isEnabled());
    // Its mgmt_token is used as it is: nothing for the keychain.
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberTokenCheckBox"));
    QVERIFY(!remember->isEnabled());

    // A profile without mgmt_token (the usual Dedicated one) may keep its token in the
    // keychain; the choice is Token Admin's, kept in its settings by profile name.
    dialog.selectConnection(influxctlConnectionId(QStringLiteral("onprem")));
    QVERIFY(remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(8, remember->height() / 2));
    QVERIFY(remember->isChecked());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveConnectionsButton")),
                      Qt::LeftButton);
    QCOMPARE(ConnectionStore::rememberedProfiles(), QStringList{QStringLiteral("onprem")});
    QVERIFY(m_controller->find(influxctlConnectionId(QStringLiteral("onprem")))->rememberToken);
    QCOMPARE(m_controller->tokenSource(
                 *m_controller->find(influxctlConnectionId(QStringLiteral("onprem")))),
             ConnectionController::TokenSource::Keychain);
    QVERIFY(remember->isChecked());

    // A profile that cannot be used says why and cannot be connected.
    dialog.selectConnection(influxctlConnectionId(QStringLiteral("remote-plain")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("connectProblem"))
                ->text()
                .contains(QLatin1String("tls.disable")));

    // Duplicate makes an editable copy without the profile's secret.
    dialog.selectConnection(influxctlConnectionId(QStringLiteral("default")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("duplicateConnectionButton")),
                      Qt::LeftButton);
    QCOMPARE(list->count(), 6);
    const Connection copy = dialog.currentConnection();
    QVERIFY(!copy.isReadOnly());
    QVERIFY(copy.profileToken.isEmpty());
    QCOMPARE(copy.clusterId, m_controller->connections().first().clusterId);
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("managementTokenField"))->isEnabled());

    // A copy of a profile with tls.ca trusts the same certificate authority, and can change it.
    auto *caFile = dialog.findChild<QLineEdit *>(QStringLiteral("caFileField"));
    dialog.selectConnection(influxctlConnectionId(QStringLiteral("onprem")));
    QCOMPARE(caFile->text(), QStringLiteral("/etc/ssl/private-ca.pem"));
    QVERIFY(!caFile->isEnabled());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("duplicateConnectionButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.currentConnection().caFile, QStringLiteral("/etc/ssl/private-ca.pem"));
    QCOMPARE(caFile->text(), QStringLiteral("/etc/ssl/private-ca.pem"));
    QVERIFY(caFile->isEnabled());
    QVERIFY(!dialog.currentConnection().tlsInsecure);
}

void TestConnections::managerEditsSavedConnections() {
    ConnectionManagerDialog dialog(m_controller);
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("connectionList"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("newConnectionButton")),
                      Qt::LeftButton);
    QCOMPARE(list->count(), 6);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameField"));
    auto *apiUrl = dialog.findChild<QLineEdit *>(QStringLiteral("apiUrlField"));
    auto *product = dialog.findChild<QComboBox *>(QStringLiteral("productCombo"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Lab"));
    product->setFocus();
    QTest::keyClick(product, Qt::Key_Down); // Clustered
    apiUrl->selectAll();
    QTest::keyClicks(apiUrl, QStringLiteral("http://influx.lab.example/api/v0"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("connectProblem"));
    QVERIFY2(problem->text().contains(QLatin1String("unencrypted")), qPrintable(problem->text()));
    apiUrl->selectAll();
    QTest::keyClicks(apiUrl, m_first->apiUrl().toString());
    // Its own certificate authority, as a profile's tls.ca.
    auto *caFile = dialog.findChild<QLineEdit *>(QStringLiteral("caFileField"));
    QVERIFY(caFile->isEnabled());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("browseCaFileButton"))->isEnabled());
    QTest::keyClicks(caFile, QStringLiteral("/srv/pki/lab-ca.pem"));
    QTest::mouseClick(dialog.findChild<QCheckBox *>(QStringLiteral("productionCheckBox")),
                      Qt::LeftButton);
    QVERIFY(list->currentItem()->text().contains(QLatin1String("PRODUCTION")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveConnectionsButton")),
                      Qt::LeftButton);

    const QList<Connection> saved = ConnectionStore::loadSaved();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().name, QStringLiteral("Lab"));
    QCOMPARE(saved.first().product, Product::Clustered);
    QCOMPARE(saved.first().apiUrl, m_first->apiUrl());
    QCOMPARE(saved.first().caFile, QStringLiteral("/srv/pki/lab-ca.pem"));
    QVERIFY(saved.first().production);

    dialog.selectConnection(saved.first().id);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeConnectionButton")),
                      Qt::LeftButton);
    QCOMPARE(list->count(), 5);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveConnectionsButton")),
                      Qt::LeftButton);
    QVERIFY(ConnectionStore::loadSaved().isEmpty());
}

void TestConnections::managerReportsABrokenProfileFile() {
    m_controller->load(QStringLiteral(TOKENADMIN_TEST_DATA "/broken.toml"));
    ConnectionManagerDialog dialog(m_controller);
    dialog.show();
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("profileFileLabel"))->text();
    QVERIFY2(text.contains(QLatin1String("broken.toml:4:")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String(BrokenFileReason)), qPrintable(text));
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("connectionList"))->count(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("sandboxButton"))->isEnabled());
}

void TestConnections::brokenProfileFileIsReportedAtStart() {
    const QString path = QStringLiteral(TOKENADMIN_TEST_DATA "/broken.toml");
    m_controller->load(path);
    const Connection eu = savedConnection(QStringLiteral("EU cluster"), m_first, false);
    m_controller->saveConnections({eu});
    ConnectionStore::setLastUsed(eu.id);
    QVERIFY(m_coordinator->start(StartRequest()));
    // On stderr at once: where and why.
    const QString said = QString::fromUtf8(m_diagnostics->data());
    QVERIFY2(said.contains(QStringLiteral("token-admin: influxctl's profiles could not be read: ") +
                           path + QStringLiteral(":4:")),
             qPrintable(said));
    QVERIFY2(said.contains(QLatin1String(BrokenFileReason)), qPrintable(said));

    // The last connection opens, and the window says it too, above the list.
    connectWithToken(manager(), m_first->managementToken());
    QTRY_VERIFY(m_window->session() && !m_window->session()->isRefreshing());
    QCOMPARE(m_window->session()->model()->rowCount(), m_first->tokens().size());
    auto *bar = m_window->findChild<MessageBar *>(QStringLiteral("profileFileBar"));
    QVERIFY(bar);
    QVERIFY2(bar->text().contains(path + QStringLiteral(":4:")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QLatin1String(BrokenFileReason)), qPrintable(bar->text()));
    QVERIFY(!bar->findChild<QPushButton *>(QStringLiteral("messageBarRetry"))->isVisible());
    // A refresh does not hide it; Dismiss does.
    m_window->session()->refresh();
    QTRY_VERIFY(!m_window->session()->isRefreshing());
    QVERIFY(bar->isVisible());
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("messageBarDismiss")),
                      Qt::LeftButton);
    QVERIFY(!bar->isVisible());
}

void TestConnections::profileAskedForWithoutItsFileStartsAnyway_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("said");
    QTest::newRow("broken") << QStringLiteral(TOKENADMIN_TEST_DATA "/broken.toml")
                            << QStringList{QStringLiteral("broken.toml:4:"),
                                           QLatin1String(BrokenFileReason)};
    QTest::newRow("missing") << QDir::temp().filePath(QStringLiteral("no-such-dir/config.toml"))
                             << QStringList{QStringLiteral("no-such-dir/config.toml"),
                                            QStringLiteral("does not exist")};
}

void TestConnections::profileAskedForWithoutItsFileStartsAnyway() {
    QFETCH(QString, path);
    QFETCH(QStringList, said);
    m_controller->load(path);
    StartRequest request;
    request.profile = QStringLiteral("default");
    QVERIFY(m_coordinator->start(request));
    ConnectionManagerDialog *dialog = manager();
    const QString problem = dialog->findChild<QLabel *>(QStringLiteral("connectProblem"))->text();
    const QString stderrText = QString::fromUtf8(m_diagnostics->data());
    for (const QString &part : said) {
        QVERIFY2(problem.contains(part), qPrintable(problem));
        QVERIFY2(stderrText.contains(part), qPrintable(stderrText));
    }
    QVERIFY(problem.contains(QLatin1String("\"default\"")));
    // The rest still works: the sandbox is one click away.
    auto *sandbox = dialog->findChild<QPushButton *>(QStringLiteral("sandboxButton"));
    QVERIFY(sandbox->isEnabled());
}

void TestConnections::cancelOnFirstStartLeavesTheWindowNotConnected() {
    // No influxctl profile, no connection of our own, nothing asked for: the manager opens.
    m_controller->load(QDir::temp().filePath(QStringLiteral("no-such-dir/config.toml")));
    m_coordinator->setSandboxStarter([this](Endpoint *endpoint, QString *) {
        *endpoint = m_first->endpoint();
        return true;
    });
    QVERIFY(m_coordinator->start(StartRequest()));
    ConnectionManagerDialog *dialog = manager();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_coordinator->manager());
    // The window stays, saying why the list is empty and what to do.
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_window->session());
    QVERIFY(m_table->findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
    QCOMPARE(m_table->findChild<QLabel *>(QStringLiteral("emptyStateText"))->text(),
             QStringLiteral("Not connected"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Token Admin"));

    // Connect… opens the manager again; Try the sandbox opens the sandbox.
    QTest::mouseClick(m_table->findChild<QPushButton *>(QStringLiteral("emptyStatePrimary")),
                      Qt::LeftButton);
    manager()->reject();
    QTRY_VERIFY(!m_coordinator->manager());
    QTest::mouseClick(m_table->findChild<QPushButton *>(QStringLiteral("emptyStateSecondary")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_window->session() && !m_window->session()->isRefreshing());
    QCOMPARE(m_window->session()->model()->rowCount(), m_first->tokens().size());
    QVERIFY(!m_table->findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Sandbox — Token Admin"));
    auto *band = m_window->findChild<QLabel *>(QStringLiteral("sandboxBand"));
    QVERIFY(band->isVisible());
    QVERIFY(band->text().contains(QLatin1String("nothing here touches a real cluster")));
}

void TestConnections::liveSandboxStaysInTheSwitcherAndTheManager() {
    const Connection lab = savedConnection(QStringLiteral("Lab"), m_second, false);
    m_controller->saveConnections(m_controller->connections() + QList<Connection>{lab});
    m_coordinator->setSandboxStarter([this](Endpoint *endpoint, QString *) {
        *endpoint = m_first->endpoint();
        return true;
    });
    StartRequest request;
    request.sandbox = true;
    QVERIFY(m_coordinator->start(request));
    QTRY_VERIFY(m_window->session() && !m_window->session()->isRefreshing());
    auto *switcher = m_window->findChild<QComboBox *>(QStringLiteral("connectionSwitcher"));
    QCOMPARE(switcher->currentText(), QStringLiteral("Sandbox"));

    // Away to the lab: the sandbox is still one choice away.
    openAndWait(lab, m_second->managementToken(), m_second);
    QCOMPARE(switcher->currentText(), QStringLiteral("Lab"));
    const int sandboxItem = switcher->findText(QStringLiteral("Sandbox"));
    QVERIFY(sandboxItem >= 0);
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("sandboxBand"))->isVisible());

    // The manager lists it too, and Connect goes back to it.
    Q_EMIT m_window->connectRequested();
    ConnectionManagerDialog *dialog = manager();
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("connectionList"));
    QListWidgetItem *item = nullptr;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text().startsWith(QLatin1String("Sandbox")))
            item = list->item(row);
    QVERIFY(item);
    list->setCurrentItem(item);
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("sourceLabel"))
                 ->text()
                 .contains(QLatin1String("sample data on this computer")),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("sourceLabel"))->text()));
    auto *connectButton = dialog->findChild<QPushButton *>(QStringLiteral("connectButton"));
    QVERIFY(connectButton->isEnabled());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_VERIFY(m_window->session() && m_window->session()->endpoint().sandbox);
    QTRY_VERIFY(!m_window->session()->isRefreshing());
    QCOMPARE(m_window->session()->model()->rowCount(), m_first->tokens().size());
    QCOMPARE(switcher->currentText(), QStringLiteral("Sandbox"));
    QVERIFY(switcher->findText(QStringLiteral("Lab")) >= 0);

    // And from the switcher, away and back.
    switcher->setCurrentIndex(switcher->findText(QStringLiteral("Lab")));
    Q_EMIT switcher->activated(switcher->currentIndex());
    QTRY_VERIFY(m_window->session() && !m_window->session()->endpoint().sandbox);
    QTRY_VERIFY(!m_window->session()->isRefreshing());
    switcher->setCurrentIndex(switcher->findText(QStringLiteral("Sandbox")));
    Q_EMIT switcher->activated(switcher->currentIndex());
    QTRY_VERIFY(m_window->session() && m_window->session()->endpoint().sandbox);
}

void TestConnections::screenshot() {
    const QString dir = qEnvironmentVariable("TOKENADMIN_SCREENSHOT_DIR", QDir::tempPath());
    // influxctl's file where a user has it, in a home folder of the test's own, so the
    // picture shows ~/.config/influxctl/config.toml and nobody's real path.
    QTemporaryDir home;
    const QByteArray realHome = qgetenv("HOME");
    qputenv("HOME", home.path().toUtf8());
    const auto restoreHome = qScopeGuard([&] { qputenv("HOME", realHome); });
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".config/influxctl")));
    const QString config = home.filePath(QStringLiteral(".config/influxctl/config.toml"));
    QVERIFY(QFile::copy(QStringLiteral(TOKENADMIN_TEST_DATA "/several.toml"), config));
    m_controller->load(config);

    // onprem is production and keeps its token in the keychain, so it can connect as shown.
    QList<Connection> connections = m_controller->connections();
    for (Connection &connection : connections) {
        connection.production = connection.name == QLatin1String("onprem");
        connection.rememberToken = connection.name == QLatin1String("onprem");
    }
    Connection lab = savedConnection(QStringLiteral("Lab (saved)"), m_first, false);
    lab.rememberToken = true;
    m_controller->saveConnections(connections + QList<Connection>{lab});
    QVERIFY(ConnectionStore::productionProfiles().contains(QStringLiteral("onprem")));
    ConnectionManagerDialog dialog(m_controller);
    dialog.resize(900, 540);
    dialog.selectConnection(influxctlConnectionId(QStringLiteral("onprem")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString fileLabel =
        dialog.findChild<QLabel *>(QStringLiteral("profileFileLabel"))->text();
    QVERIFY2(fileLabel.contains(QLatin1String(" ~/.config/influxctl/config.toml,")),
             qPrintable(fileLabel));
    QVERIFY(!fileLabel.contains(home.path()));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("connectProblem"))->text().isEmpty());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
    // The list lays its items out later: grab once the selected one is in view.
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("connectionList"));
    QTRY_VERIFY(list->currentItem() &&
                list->viewport()->rect().contains(list->visualItemRect(list->currentItem())));
    const QPixmap pixmap = dialog.grab();
    QVERIFY(!pixmap.isNull());
    QVERIFY(pixmap.save(dir + QStringLiteral("/connection-manager.png")));

    const Connection production = savedConnection(QStringLiteral("Prod EU"), m_first, true);
    m_controller->saveConnections(m_controller->connections() + QList<Connection>{production});
    openAndWait(production, m_first->managementToken(), m_first);
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("productionBand"))->isVisible());
    // Likewise the table: grab once its first row has its place.
    QTRY_VERIFY(
        m_table->viewport()->rect().contains(m_table->visualRect(m_table->model()->index(0, 1))));
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/production-connection.png")));
}

QTEST_MAIN(TestConnections)
#include "tst_Connections.moc"
