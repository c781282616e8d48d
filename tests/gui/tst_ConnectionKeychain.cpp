#include "ConnectionController.h"
#include "ConnectionCoordinator.h"
#include "ConnectionManagerDialog.h"
#include "ConnectionStore.h"
#include "ConnectionsFixture.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "StartRequest.h"
#include "TokenSession.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// The program's connections with the real keychain, wired as token-admin wires them. ctest
// runs this suite twice: inside dbus-run-session with gnome-keyring unlocked
// (TOKENADMIN_KEYCHAIN=present) and with no session bus at all (TOKENADMIN_KEYCHAIN=absent),
// each time with a HOME of its own.
class TestConnectionKeychain : public QObject, ConnectionsFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void refusedKeychainTokenIsReplaced();
    void profileTokenIsRememberedInKeychain();
    void tickingRememberKeepsTheKnownToken();
    void withoutKeychainTheTokenStaysInMemory();

private:
    using Result = CredentialStore::Result;
    Result wait(const std::function<void(CredentialStore::Callback)> &start);
    Connection savedConnection(const QString &name, SandboxServer *sandbox, bool remember);
    ConnectionManagerDialog *manager();
    void connectWithToken(ConnectionManagerDialog *dialog, const QString &token);
    // Fails when `secret` is in any file under HOME (the settings are there too).
    void verifyNoFileHolds(const QString &secret);

    bool m_present = false;
};

void TestConnectionKeychain::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("TokenAdminTests"));
    QApplication::setApplicationName(QStringLiteral("tst_connectionkeychain"));
    const QString mode = qEnvironmentVariable("TOKENADMIN_KEYCHAIN");
    QVERIFY2(mode == QLatin1String("present") || mode == QLatin1String("absent"),
             "set TOKENADMIN_KEYCHAIN to present or absent");
    m_present = mode == QLatin1String("present");
}

void TestConnectionKeychain::init() {
    QSettings().clear();
    startClusters();
    startProgram(
        {.credentialService =
             QStringLiteral("Token Admin keychain test %1").arg(QUuid::createUuid().toString()),
         .profiles = QDir::temp().filePath(QStringLiteral("no-such-influxctl-config.toml"))});
}

void TestConnectionKeychain::cleanup() {
    stopProgram();
    stopClusters();
}

TestConnectionKeychain::Result
TestConnectionKeychain::wait(const std::function<void(CredentialStore::Callback)> &start) {
    Result result;
    bool done = false;
    start([&](const Result &r) {
        result = r;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }();
    return result;
}

Connection TestConnectionKeychain::savedConnection(const QString &name, SandboxServer *sandbox,
                                                   bool remember) {
    Connection connection = connectionTo(name, sandbox);
    connection.rememberToken = remember;
    return connection;
}

ConnectionManagerDialog *TestConnectionKeychain::manager() {
    ConnectionManagerDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_coordinator->manager()), 20000);
    }();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        qWarning("the connection manager was not exposed");
    return dialog;
}

void TestConnectionKeychain::connectWithToken(ConnectionManagerDialog *dialog,
                                              const QString &token) {
    QVERIFY(dialog);
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("managementTokenField"));
    QVERIFY(field->isEnabled());
    QTest::keyClicks(field, token);
    auto *connectButton = dialog->findChild<QPushButton *>(QStringLiteral("connectButton"));
    QVERIFY(connectButton->isEnabled());
    QTest::mouseClick(connectButton, Qt::LeftButton);
}

void TestConnectionKeychain::verifyNoFileHolds(const QString &secret) {
    QSettings settings;
    settings.sync();
    QVERIFY(settings.fileName().startsWith(QDir::homePath()));
    QFile settingsFile(settings.fileName());
    QVERIFY2(settingsFile.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    QVERIFY(!settingsFile.readAll().contains(secret.toUtf8()));
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int read = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.size() < 1024 * 1024 && file.open(QIODevice::ReadOnly)) {
            ++read;
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
    QVERIFY(read > 0); // the settings file at least
}

void TestConnectionKeychain::refusedKeychainTokenIsReplaced() {
    if (!m_present)
        QSKIP("runs with a keychain");
    const Connection eu = savedConnection(QStringLiteral("EU cluster"), m_first, true);
    m_controller->saveConnections({eu});
    ConnectionStore::setLastUsed(eu.id);
    const QString stale = QStringLiteral("revoked-%1").arg(QUuid::createUuid().toString());
    QVERIFY(wait([&](auto done) { m_credentials->write(eu.id, stale, this, done); }).ok());

    // The keychain's token is sent, refused, and not read and sent again.
    QVERIFY(m_coordinator->start(StartRequest()));
    ConnectionManagerDialog *dialog = manager();
    QCOMPARE(dialog->currentConnection().id, eu.id);
    QCOMPARE(m_first->receivedRequests().size(), 1);
    QCOMPARE(m_first->receivedRequests().first().authorization, "Bearer " + stale.toUtf8());
    const QString reason = dialog->findChild<QLabel *>(QStringLiteral("connectProblem"))->text();
    QVERIFY2(reason.contains(QLatin1String("401")) && reason.contains(QLatin1String("keychain")),
             qPrintable(reason));
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("rememberTokenCheckBox"))->isChecked());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
    // Switching to it again asks too, without sending anything.
    dialog->reject();
    Q_EMIT m_window->switchRequested(eu.id);
    dialog = manager();
    QCOMPARE(m_first->receivedRequests().size(), 1);

    // The typed token opens it and takes the keychain entry's place.
    connectWithToken(dialog, m_first->managementToken());
    QTRY_VERIFY(m_window->session() &&
                m_window->session()->endpoint().managementToken == m_first->managementToken() &&
                !m_window->session()->isRefreshing());
    QCOMPARE(m_window->session()->model()->rowCount(), m_first->tokens().size());
    QTRY_COMPARE(wait([&](auto done) { m_credentials->read(eu.id, this, done); }).token,
                 m_first->managementToken());
    m_controller->saveConnections({}); // the entry leaves the keychain with the connection
    QTRY_COMPARE(wait([&](auto done) { m_credentials->read(eu.id, this, done); }).status,
                 Result::Status::NotFound);
}

void TestConnectionKeychain::profileTokenIsRememberedInKeychain() {
    if (!m_present)
        QSKIP("runs with a keychain");
    SandboxOptions options;
    options.product = Product::Clustered;
    SandboxServer clustered(options);
    QString error;
    QVERIFY2(clustered.start(0, &error), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.toml"));
    const QByteArray toml =
        QStringLiteral("[[profile]]\nname = \"default\"\nproduct = \"clustered\"\n"
                       "host = \"127.0.0.1\"\nport = \"%1\"\n"
                       "  [profile.tls]\n  disable = true\n")
            .arg(clustered.apiUrl().port())
            .toUtf8();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(toml);
    }
    m_controller->load(path);
    QVERIFY(m_coordinator->start(StartRequest()));

    // The default profile has no mgmt_token: asked for, and kept in the keychain when ticked.
    ConnectionManagerDialog *dialog = manager();
    const QString id = influxctlConnectionId(QStringLiteral("default"));
    QCOMPARE(dialog->currentConnection().id, id);
    auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberTokenCheckBox"));
    QVERIFY(remember->isEnabled());
    QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(8, remember->height() / 2));
    connectWithToken(dialog, clustered.managementToken());
    QTRY_VERIFY(m_window->session() && !m_window->session()->isRefreshing());
    QCOMPARE(m_window->session()->model()->rowCount(), clustered.tokens().size());
    QTRY_COMPARE(wait([&](auto done) { m_credentials->read(id, this, done); }).token,
                 clustered.managementToken());
    QCOMPARE(ConnectionStore::rememberedProfiles(), QStringList{QStringLiteral("default")});

    // The next run reads it from the keychain and asks nothing.
    ConnectionController nextRun(m_credentials);
    nextRun.load(path);
    QVERIFY(nextRun.find(id)->rememberToken);
    QSignalSpy ready(&nextRun, &ConnectionController::ready);
    QSignalSpy needed(&nextRun, &ConnectionController::tokenNeeded);
    nextRun.open(*nextRun.find(id));
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1, 20000);
    QCOMPARE(ready.first().first().value<Endpoint>().managementToken, clustered.managementToken());
    QCOMPARE(needed.size(), 0);

    // influxctl's file is as it was; unticking takes the entry out of the keychain.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), toml);
    Connection unticked = *m_controller->find(id);
    unticked.rememberToken = false;
    m_controller->saveConnections({unticked});
    QVERIFY(ConnectionStore::rememberedProfiles().isEmpty());
    QTRY_COMPARE(wait([&](auto done) { m_credentials->read(id, this, done); }).status,
                 Result::Status::NotFound);
}

void TestConnectionKeychain::tickingRememberKeepsTheKnownToken() {
    const Connection eu = savedConnection(QStringLiteral("EU cluster"), m_first, false);
    m_controller->saveConnections({eu});
    Q_EMIT m_window->switchRequested(eu.id);
    connectWithToken(manager(), m_first->managementToken());
    QTRY_VERIFY(m_window->session() && !m_window->session()->isRefreshing());
    QTRY_VERIFY(!m_coordinator->manager());

    // Later, Remember is ticked and saved: the token known this run goes to the keychain.
    m_window->findChild<QAction *>(QStringLiteral("actionConnect"))->trigger();
    ConnectionManagerDialog *dialog = manager();
    QCOMPARE(dialog->currentConnection().id, eu.id);
    auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberTokenCheckBox"));
    QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(8, remember->height() / 2));
    QVERIFY(remember->isChecked());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveConnectionsButton")),
                      Qt::LeftButton);
    if (m_present) {
        QTRY_COMPARE(wait([&](auto done) { m_credentials->read(eu.id, this, done); }).token,
                     m_first->managementToken());
        return;
    }
    // Without a keychain the user is told, and nothing is written anywhere.
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = m_window->findChild<QMessageBox *>(QStringLiteral("warningBox"))), 20000);
    QVERIFY2(box->text().contains(QLatin1String("No keychain is available")),
             qPrintable(box->text()));
    verifyNoFileHolds(m_first->managementToken());
}

void TestConnectionKeychain::withoutKeychainTheTokenStaysInMemory() {
    if (m_present)
        QSKIP("runs without a keychain");
    const Connection eu = savedConnection(QStringLiteral("EU cluster"), m_first, false);
    const Connection us = savedConnection(QStringLiteral("US cluster"), m_second, false);
    m_controller->saveConnections({eu, us});
    ConnectionStore::setLastUsed(eu.id);
    QVERIFY(m_coordinator->start(StartRequest()));

    ConnectionManagerDialog *dialog = manager();
    QCOMPARE(dialog->currentConnection().id, eu.id);
    auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberTokenCheckBox"));
    QVERIFY(remember->isEnabled());
    QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(8, remember->height() / 2));
    QVERIFY(remember->isChecked());
    connectWithToken(dialog, m_first->managementToken());

    // The user is told, and goes on with the token in memory.
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) ||
            (box = m_window->findChild<QMessageBox *>(QStringLiteral("warningBox"))),
        20000);
    QVERIFY2(box->text().contains(QLatin1String("not saved in the keychain")) &&
                 box->text().contains(QLatin1String("No keychain is available")) &&
                 box->text().contains(QLatin1String("kept in memory until Token Admin quits")),
             qPrintable(box->text()));
    qInfo("Without a keychain the user reads: %s", qPrintable(box->text()));
    QTRY_VERIFY(m_window->session() && !m_window->session()->isRefreshing());
    QCOMPARE(m_window->session()->model()->rowCount(), m_first->tokens().size());
    box->accept();

    // Away and back: known for this run, nothing asked.
    Q_EMIT m_window->switchRequested(us.id);
    connectWithToken(manager(), m_second->managementToken());
    QTRY_VERIFY(m_window->session()->endpoint().name == us.name);
    Q_EMIT m_window->switchRequested(eu.id);
    QTRY_VERIFY(m_window->session()->endpoint().name == eu.name &&
                !m_window->session()->isRefreshing());
    QCOMPARE(m_window->session()->model()->rowCount(), m_first->tokens().size());
    QVERIFY(!m_coordinator->manager());

    // No plaintext anywhere: not in the settings, not in any file under HOME.
    verifyNoFileHolds(m_first->managementToken());
    verifyNoFileHolds(m_second->managementToken());
}

QTEST_MAIN(TestConnectionKeychain)
#include "tst_ConnectionKeychain.moc"
