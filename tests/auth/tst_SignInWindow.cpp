#include "ConnectionController.h"
#include "ConnectionCoordinator.h"
#include "ConnectionManagerDialog.h"
#include "ConnectionsFixture.h"
#include "CredentialStore.h"
#include "DeviceAuthorization.h"
#include "MainWindow.h"
#include "OidcProvider.h"
#include "ProviderBrowser.h"
#include "RevokeTokenDialog.h"
#include "SandboxServer.h"
#include "SignInDialog.h"
#include "StartRequest.h"
#include "TokenSession.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The whole path as an admin of a Clustered cluster walks it: influxctl's sample config.toml
// with [profile.auth.oauth2] pointing at a real OpenID provider (npm oidc-provider), the sandbox
// as the cluster accepting only that provider's tokens (--oauth-introspect, --oauth-only), and
// the real window, connection manager and sign-in dialog wired as token-admin wires them.
class TestSignInWindow : public QObject, ConnectionsFixture {
    Q_OBJECT

public Q_SLOTS:
    // Stands in for the desktop's browser (QDesktopServices::setUrlHandler).
    void openInBrowser(const QUrl &url) { m_opened.append(url); }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void managerShowsSignInInsteadOfTheToken();
    void signInListRevokeRenewAndSignInAgain();
    void cancelInTheDialogStopsPolling();
    void staySignedInUsesTheKeychainOnly();
    void screenshots();

private:
    void makeProgram();
    // The dialog's code, entered at the page its link names, as the admin does.
    void approveInBrowser(SignInDialog *dialog);
    SignInDialog *waitForSignInDialog();
    void verifyNoFileHolds(const QString &secret);
    QString profileId() const { return influxctlConnectionId(QStringLiteral("idp-lab")); }

    QList<QUrl> m_opened;
    std::unique_ptr<OidcProvider> m_provider;
    std::unique_ptr<SandboxServer> m_sandbox;
    QTemporaryDir m_dir;
    QString m_configPath;
};

void TestSignInWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("TokenAdminTests"));
    QApplication::setApplicationName(QStringLiteral("tst_signinwindow"));
    // Access tokens last 8 s: renewed 1.6 s before they end.
    m_provider = std::make_unique<OidcProvider>(
        QStringList{QStringLiteral("--interval"), QStringLiteral("1"),
                    QStringLiteral("--access-token-ttl"), QStringLiteral("8")});
    QTRY_VERIFY_WITH_TIMEOUT(m_provider->isListening() || m_provider->hasFailed(), 30000);
    QVERIFY2(m_provider->isListening(), qPrintable(m_provider->diagnostics()));

    SandboxOptions options;
    options.product = Product::Clustered;
    options.oauthIntrospectUrl = m_provider->introspectionUrl();
    options.oauthClientId = OidcProvider::SandboxClientId;
    options.oauthClientSecret = OidcProvider::SandboxClientSecret;
    options.oauthOnly = true; // the printed management token would not do: only a sign-in
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(0, &error), qPrintable(error));

    QFile sample(QStringLiteral(TOKENADMIN_AUTH_DATA "/sample-config.toml"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QByteArray text = sample.readAll();
    text.replace("@SANDBOX_PORT@", QByteArray::number(m_sandbox->port()));
    text.replace("@PROVIDER@", m_provider->issuer().toString().toUtf8());
    m_configPath = m_dir.filePath(QStringLiteral("config.toml"));
    QFile config(m_configPath);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(text);
}

void TestSignInWindow::init() {
    QSettings().clear();
    makeProgram();
}

void TestSignInWindow::cleanup() {
    stopProgram();
}

void TestSignInWindow::makeProgram() {
    startProgram({.credentialService = QStringLiteral("Token Admin sign-in test"),
                  .profiles = m_configPath,
                  .windowSize = {1200, 700}});
}

SignInDialog *TestSignInWindow::waitForSignInDialog() {
    SignInDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_coordinator->signInDialog()) && dialog->isVisible(),
                                 30000);
    }();
    return dialog;
}

void TestSignInWindow::approveInBrowser(SignInDialog *dialog) {
    auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("userCodeField"));
    QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty(), 30000);
    const QString link = dialog->findChild<QLabel *>(QStringLiteral("verificationAddress"))->text();
    const QUrl page(
        QRegularExpression(QStringLiteral("href=\"([^\"]+)\"")).match(link).captured(1));
    QCOMPARE(page, m_provider->url(QStringLiteral("/device")));
    ProviderBrowser browser;
    browser.enterCode(page, code->text(), ProviderBrowser::Choice::Approve);
    QTRY_VERIFY_WITH_TIMEOUT(browser.isDone(), 30000);
    QVERIFY2(browser.problem().isEmpty(), qPrintable(browser.problem()));
    QCOMPARE(browser.heading(), QStringLiteral("Sign-in Success"));
}

void TestSignInWindow::verifyNoFileHolds(const QString &secret) {
    QVERIFY(!secret.isEmpty());
    QSettings settings;
    settings.sync();
    QStringList places{QDir::homePath(), m_dir.path()};
    int read = 0;
    for (const QString &place : places) {
        QDirIterator files(place, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.size() < 4 * 1024 * 1024 && file.open(QIODevice::ReadOnly)) {
                ++read;
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
            }
        }
    }
    QVERIFY(read > 0);
    QVERIFY(!m_diagnostics->data().contains(secret.toUtf8()));
}

void TestSignInWindow::managerShowsSignInInsteadOfTheToken() {
    StartRequest start;
    start.configPath = m_configPath;
    QVERIFY(m_coordinator->start(start));
    ConnectionManagerDialog *manager = nullptr;
    QTRY_VERIFY((manager = m_coordinator->manager()));
    manager->selectConnection(profileId());
    auto *list = manager->findChild<QListWidget *>(QStringLiteral("connectionList"));
    QVERIFY2(list->currentItem()->text().contains(QLatin1String("signs in through 127.0.0.1")),
             qPrintable(list->currentItem()->text()));
    QVERIFY(!manager->findChild<QLineEdit *>(QStringLiteral("managementTokenField"))->isVisible());
    auto *signIn = manager->findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(signIn->isVisible() && signIn->isEnabled());
    QCOMPARE(signIn->text(), QStringLiteral("&Sign in"));
    auto *stay = manager->findChild<QCheckBox *>(QStringLiteral("rememberTokenCheckBox"));
    QCOMPARE(stay->accessibleName(), QStringLiteral("Stay signed in"));
    QVERIFY(!stay->isChecked()); // off by default

    // Sign in: the manager gives way to the sign-in dialog, which asks the provider at once.
    QTest::mouseClick(signIn, Qt::LeftButton);
    SignInDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("userCodeField"))->text().isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("codeCountdown"))
                ->text()
                .contains(QLatin1String("expires in 10:00")) ||
            dialog->findChild<QLabel *>(QStringLiteral("codeCountdown"))
                ->text()
                .contains(QLatin1String("expires in 9:5")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("verificationCompleteLink"))->isVisible());

    // Open browser opens the page with the code filled in, in the desktop's browser.
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openInBrowser");
    auto unhandle = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
    m_opened.clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openBrowserButton")),
                      Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
    DeviceAuthorization *auth = m_controller->signIn(*m_controller->find(profileId()));
    QCOMPARE(m_opened.first(), auth->prompt().verificationUriComplete);
    QVERIFY(m_opened.first().toString().contains(
        dialog->findChild<QLineEdit *>(QStringLiteral("userCodeField"))->text()));
    // Copy code puts the code on the clipboard, as typed at the page.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyCodeButton")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), auth->prompt().userCode);
    dialog->reject();
}

void TestSignInWindow::signInListRevokeRenewAndSignInAgain() {
    // token-admin --profile idp-lab
    StartRequest start;
    start.configPath = m_configPath;
    start.profile = QStringLiteral("idp-lab");
    QVERIFY(m_coordinator->start(start));
    SignInDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    QVERIFY(!m_window->isVisible());
    approveInBrowser(dialog);

    // Signed in: the dialog closes, the window lists the cluster's tokens with the provider's
    // access token (the sandbox refuses anything else).
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isVisible() && m_window->session(), 30000);
    QVERIFY(!m_coordinator->signInDialog());
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 30000);
    const Connection connection = *m_controller->find(profileId());
    DeviceAuthorization *auth = m_controller->signIn(connection);
    const QString firstAccess = auth->accessToken();
    const QString firstRefresh = auth->refreshToken();
    QVERIFY(!firstAccess.isEmpty() && !firstRefresh.isEmpty());
    QCOMPARE(m_sandbox->receivedRequests().last().authorization, "Bearer " + firstAccess.toUtf8());

    // Revoke one token, through the dialog, as the admin does.
    const QString id = table->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString();
    m_window->selectToken(id);
    m_sandbox->clearReceivedRequests();
    m_window->findChild<QAction *>(QStringLiteral("actionRevoke"))->trigger();
    RevokeTokenDialog *revoke = nullptr;
    QTRY_VERIFY((revoke = m_window->findChild<RevokeTokenDialog *>()) && revoke->isVisible());
    auto *risk = revoke->findChild<QCheckBox *>(QStringLiteral("riskCheckBox"));
    QTest::mouseClick(risk, Qt::LeftButton, {}, QPoint(8, risk->height() / 2));
    QTest::mouseClick(revoke->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    auto deletes = [this] {
        int count = 0;
        for (const auto &request : m_sandbox->receivedRequests())
            count += request.method == "DELETE" ? 1 : 0;
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(deletes(), 1, 30000);
    QTRY_VERIFY(m_sandbox->tokens().size() > 0);
    bool revoked = false;
    for (const Token &token : m_sandbox->tokens())
        revoked = revoked || (token.id == id && token.isRevoked());
    QVERIFY(revoked);

    // Renewal: before the 8 s are over a new access token comes, and the window uses it.
    QTRY_VERIFY_WITH_TIMEOUT(auth->accessToken() != firstAccess && !auth->accessToken().isEmpty(),
                             30000);
    const QString renewed = auth->accessToken();
    m_sandbox->clearReceivedRequests();
    m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_sandbox->receivedRequests().isEmpty() && m_sandbox->unansweredCount() == 0, 30000);
    QCOMPARE(m_sandbox->receivedRequests().last().authorization, "Bearer " + renewed.toUtf8());
    QVERIFY(!m_coordinator->signInDialog());

    // The cluster refuses the next call (401): the program asks to sign in again, on the same
    // path as a refused management token, and a new sign-in opens the connection again.
    SandboxFault refused;
    refused.kind = SandboxFault::Kind::Status;
    refused.method = "GET";
    refused.path = QRegularExpression(QStringLiteral("/tokens$")); // the list itself
    refused.status = 401;
    refused.count = 1;
    m_sandbox->addFault(refused);
    m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    SignInDialog *refusedDialog = waitForSignInDialog();
    QVERIFY(refusedDialog);
    const QString refusal =
        refusedDialog->findChild<QLabel *>(QStringLiteral("signInReason"))->text();
    QVERIFY2(refusal.contains(QLatin1String("HTTP 401")), qPrintable(refusal));
    QVERIFY(auth->accessToken().isEmpty()); // that sign-in is over
    approveInBrowser(refusedDialog);
    QTRY_VERIFY_WITH_TIMEOUT(!m_coordinator->signInDialog() && !auth->accessToken().isEmpty(),
                             30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && table->model()->rowCount() > 0, 30000);
    m_sandbox->clearFaults();

    // The provider's administrator ends the session: the refresh token and its access tokens
    // die, and the program asks to sign in again (the next renewal or call is refused).
    const QStringList seen{firstAccess, firstRefresh, renewed, auth->accessToken(),
                           auth->refreshToken()};
    QNetworkAccessManager admin;
    QNetworkReply *reply =
        admin.post(QNetworkRequest(m_provider->url(QStringLiteral("/test/revoke-refresh-tokens"))),
                   QByteArray());
    QTRY_VERIFY(reply->isFinished());
    reply->deleteLater();
    m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    SignInDialog *again = waitForSignInDialog();
    QVERIFY(again);
    const QString reason = again->findChild<QLabel *>(QStringLiteral("signInReason"))->text();
    QVERIFY2(reason.contains(QLatin1String("Sign in again")) ||
                 reason.contains(QLatin1String("sign in again")),
             qPrintable(reason));
    again->reject();

    // No token of the sign-in in any file under HOME, the settings, or the diagnostics.
    for (const QString &secret : seen)
        verifyNoFileHolds(secret);
}

void TestSignInWindow::cancelInTheDialogStopsPolling() {
    StartRequest start;
    start.configPath = m_configPath;
    start.profile = QStringLiteral("idp-lab");
    QVERIFY(m_coordinator->start(start));
    SignInDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("userCodeField"))->text().isEmpty());
    DeviceAuthorization *auth = m_controller->signIn(*m_controller->find(profileId()));
    QCOMPARE(auth->state(), DeviceAuthorization::State::WaitingForUser);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelSignInButton")),
                      Qt::LeftButton);
    QCOMPARE(auth->state(), DeviceAuthorization::State::Idle);
    QTRY_VERIFY(!m_coordinator->signInDialog());
    // Nothing else is open: the connection manager offers the connections again.
    QTRY_VERIFY(m_coordinator->manager());
}

void TestSignInWindow::staySignedInUsesTheKeychainOnly() {
    if (qEnvironmentVariable("TOKENADMIN_KEYCHAIN") != QLatin1String("present"))
        QSKIP("needs the keychain run (dbus-run-session with gnome-keyring), as ctest runs it");
    // Stay signed in, ticked in the manager and saved (a mark, never the token).
    StartRequest start;
    start.configPath = m_configPath;
    QVERIFY(m_coordinator->start(start));
    ConnectionManagerDialog *manager = nullptr;
    QTRY_VERIFY((manager = m_coordinator->manager()));
    manager->selectConnection(profileId());
    auto *stay = manager->findChild<QCheckBox *>(QStringLiteral("rememberTokenCheckBox"));
    QTest::mouseClick(stay, Qt::LeftButton, {}, QPoint(8, stay->height() / 2));
    QVERIFY(stay->isChecked());
    QTest::mouseClick(manager->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    SignInDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    approveInBrowser(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isVisible() && m_window->session(), 30000);
    const QString refresh = m_controller->signIn(*m_controller->find(profileId()))->refreshToken();

    // The keychain holds the refresh token once written.
    CredentialStore::Result kept;
    bool read = false;
    auto readBack = [&] {
        read = false;
        m_credentials->read(profileId(), this, [&](const CredentialStore::Result &result) {
            kept = result;
            read = true;
        });
    };
    readBack();
    QTRY_VERIFY_WITH_TIMEOUT(read && kept.ok(), 10000);
    QVERIFY(!kept.token.isEmpty());

    // The next start: no dialog, no browser; the kept refresh token signs in.
    stopProgram();
    makeProgram();
    start.profile = QStringLiteral("idp-lab");
    QVERIFY(m_coordinator->start(start));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isVisible() && m_window->session(), 30000);
    QVERIFY(!m_coordinator->signInDialog());
    verifyNoFileHolds(refresh);
    verifyNoFileHolds(kept.token);

    // Sign out forgets it, the keychain entry too.
    m_window->findChild<QAction *>(QStringLiteral("actionConnect"))->trigger();
    QTRY_VERIFY((manager = m_coordinator->manager()));
    manager->selectConnection(profileId());
    QTest::mouseClick(manager->findChild<QPushButton *>(QStringLiteral("signOutButton")),
                      Qt::LeftButton);
    QVERIFY(!m_controller->isSignedIn(profileId()));
    readBack();
    auto gone = [&] {
        if (!read)
            return false;
        if (kept.status == CredentialStore::Result::Status::NotFound)
            return true;
        readBack(); // the removal may still be on its way: ask again
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(gone(), 10000);
}

void TestSignInWindow::screenshots() {
    StartRequest start;
    start.configPath = m_configPath;
    start.profile = QStringLiteral("idp-lab");
    QVERIFY(m_coordinator->start(start));
    SignInDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("userCodeField"))->text().isEmpty());
    const QString folder = qEnvironmentVariable("TOKENADMIN_SCREENSHOTS");
    if (!folder.isEmpty()) {
        dialog->grab().save(folder + QStringLiteral("/sign-in-dialog.png"));
        // The same in a dark palette: nothing of it may keep a light colour of its own.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        dialog->setPalette(dark);
        dialog->resize(dialog->minimumWidth(), dialog->height()); // at its narrowest, too
        QCoreApplication::processEvents();
        dialog->grab().save(folder + QStringLiteral("/sign-in-dialog-dark.png"));
        dialog->reject();
        ConnectionManagerDialog *manager = nullptr;
        QTRY_VERIFY((manager = m_coordinator->manager()));
        manager->selectConnection(profileId());
        manager->grab().save(folder + QStringLiteral("/sign-in-manager.png"));
    }
}

QTEST_MAIN(TestSignInWindow)
#include "tst_SignInWindow.moc"
