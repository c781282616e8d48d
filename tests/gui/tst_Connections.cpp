#include "ConnectionController.h"
#include "ConnectionManagerDialog.h"
#include "ConnectionStore.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "RevokeTokenDialog.h"
#include "SandboxServer.h"
#include "TokenSession.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

// Several clusters in one window: the real window, the real controller and two sandboxes
// over loopback HTTP. Wired as the program wires them.
class TestConnections : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void switchingConnectionsSwapsTheList();
    void productionShowsTheBandAndAsksForTheDescription();
    void ordinaryConnectionHasNoBandAndNoTypedConfirmation();
    void insecureTlsShowsARedBand();
    void rejectedTokenAsksForANewOne();
    void managerListsProfilesReadOnly();
    void managerEditsSavedConnections();
    void managerReportsABrokenProfileFile();
    void screenshot();

private:
    Connection savedConnection(const QString &name, SandboxServer *sandbox, bool production);
    void openAndWait(const Connection &connection, const QString &token, SandboxServer *sandbox);
    QList<SandboxServer::ReceivedRequest> deletes(SandboxServer *sandbox) const;
    int rowCount() const { return m_table->model()->rowCount(); }

    QNetworkAccessManager *m_network = nullptr;
    SandboxServer *m_first = nullptr;
    SandboxServer *m_second = nullptr;
    CredentialStore *m_credentials = nullptr;
    ConnectionController *m_controller = nullptr;
    MainWindow *m_window = nullptr;
    QTableView *m_table = nullptr;
    QString m_currentId;
};

void TestConnections::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("TokenAdminTests"));
    QApplication::setApplicationName(QStringLiteral("tst_connections"));
}

void TestConnections::init() {
    QSettings().clear();
    m_network = new QNetworkAccessManager;
    m_first = new SandboxServer;
    SandboxOptions options;
    options.generatedTokens = 7;
    m_second = new SandboxServer(options);
    QString error;
    QVERIFY2(m_first->start(0, &error), qPrintable(error));
    QVERIFY2(m_second->start(0, &error), qPrintable(error));
    m_credentials = new CredentialStore(QStringLiteral("Token Admin GUI test"));
    m_controller = new ConnectionController(m_credentials);
    m_controller->load(QStringLiteral(TOKENADMIN_TEST_DATA "/several.toml"));
    m_window = new MainWindow;
    m_window->resize(1360, 760);
    m_table = m_window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    // As token-admin wires them.
    connect(m_controller, &ConnectionController::ready, m_window,
            [this](const Endpoint &endpoint, const QString &id) {
                m_currentId = id;
                m_window->openSession(new TokenSession(m_network, endpoint));
                QList<QPair<QString, QString>> choices;
                for (const Connection &connection : m_controller->connections())
                    if (connection.problem.isEmpty())
                        choices.append({connection.id, connection.name});
                m_window->setConnectionChoices(choices, id);
                m_window->show();
            });
    connect(m_window, &MainWindow::switchRequested, m_controller, [this](const QString &id) {
        if (const Connection *connection = m_controller->find(id))
            m_controller->open(*connection);
    });
}

void TestConnections::cleanup() {
    delete m_window;
    delete m_controller;
    delete m_credentials;
    delete m_first;
    delete m_second;
    delete m_network;
}

Connection TestConnections::savedConnection(const QString &name, SandboxServer *sandbox,
                                            bool production) {
    Connection connection;
    connection.id = newSavedConnectionId();
    connection.name = name;
    connection.apiUrl = sandbox->apiUrl();
    connection.accountId = sandbox->accountId();
    connection.clusterId = sandbox->clusterId();
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
    QSignalSpy rejected(m_window, &MainWindow::tokenRejected);
    QSignalSpy ready(m_controller, &ConnectionController::ready);
    m_controller->open(connection, QStringLiteral("a-token-the-server-does-not-know"));
    QTRY_COMPARE(ready.size(), 1);
    QTRY_COMPARE(rejected.size(), 1);
    QVERIFY(rejected.first().first().value<ApiError>().isHttp(401));
    auto *bar = m_window->findChild<MessageBar *>();
    QVERIFY2(bar->text().contains(QLatin1String("401")), qPrintable(bar->text()));
    QVERIFY(bar->text().contains(QLatin1String("EU cluster")));

    // The program forgets the refused token and asks for a new one for that connection.
    m_controller->forgetToken(connection.id);
    QVERIFY(!m_controller->hasTokenInMemory(connection.id));
    QSignalSpy needed(m_controller, &ConnectionController::tokenNeeded);
    m_controller->open(connection);
    QTRY_COMPARE(needed.size(), 1);
    QCOMPARE(needed.first().first().toString(), connection.id);

    ConnectionManagerDialog dialog(m_controller, m_window);
    dialog.askForToken(connection.id, QStringLiteral("The server refused the token."));
    dialog.show();
    QCOMPARE(dialog.currentConnection().id, connection.id);
    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("managementTokenField"));
    auto *connectButton = dialog.findChild<QPushButton *>(QStringLiteral("connectButton"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("connectProblem"))->text(),
             QStringLiteral("The server refused the token."));
    QVERIFY(!connectButton->isEnabled());
    QTest::keyClicks(token, m_first->managementToken());
    QVERIFY(connectButton->isEnabled());
    connect(&dialog, &ConnectionManagerDialog::connectRequested, m_controller,
            [this](const Connection &chosen, const QString &typed) {
                m_controller->open(chosen, typed);
            });
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_COMPARE(ready.size(), 2);
    QTRY_COMPARE(m_window->session()->model()->rowCount(), m_first->tokens().size());
    // Typed for this run only: nothing went to the settings.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_first->managementToken().toUtf8()));
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
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("connectionList"))->count(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("sandboxButton"))->isEnabled());
}

void TestConnections::screenshot() {
    const QString dir = qEnvironmentVariable("TOKENADMIN_SCREENSHOT_DIR", QDir::tempPath());
    QList<Connection> connections = m_controller->connections();
    for (Connection &connection : connections)
        connection.production = connection.name == QLatin1String("onprem");
    Connection lab = savedConnection(QStringLiteral("Lab (saved)"), m_first, false);
    lab.rememberToken = true;
    m_controller->saveConnections(connections + QList<Connection>{lab});
    QVERIFY(ConnectionStore::productionProfiles().contains(QStringLiteral("onprem")));
    ConnectionManagerDialog dialog(m_controller);
    dialog.resize(900, 520);
    dialog.selectConnection(influxctlConnectionId(QStringLiteral("onprem")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the final layout
    const QPixmap pixmap = dialog.grab();
    QVERIFY(!pixmap.isNull());
    QVERIFY(pixmap.save(dir + QStringLiteral("/connection-manager.png")));

    const Connection production = savedConnection(QStringLiteral("Prod EU"), m_first, true);
    m_controller->saveConnections(m_controller->connections() + QList<Connection>{production});
    openAndWait(production, m_first->managementToken(), m_first);
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("productionBand"))->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the final layout
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/production-connection.png")));
}

QTEST_MAIN(TestConnections)
#include "tst_Connections.moc"
