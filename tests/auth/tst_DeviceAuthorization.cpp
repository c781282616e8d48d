#include "CountingNetworkAccessManager.h"
#include "DeviceAuthorization.h"
#include "OidcProvider.h"
#include "ProviderBrowser.h"
#include "SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace std::chrono_literals;

// The device authorization grant against a real OpenID provider (npm oidc-provider): the
// program asks for a code, a person completes the provider's own pages in a "browser", and the
// program must end with the provider's tokens, or say in words why not.
class TestDeviceAuthorization : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInThroughTheProvidersPages();
    void userDenies();
    void codeExpires();
    void slowDownAddsFiveSecondsForGood();
    void wrongClientId();
    void providerUnreachable();
    void cancelWhilePollingSendsNothingMore();
    void renewsBeforeTheAccessTokenEnds();
    void revokedRefreshTokenAsksToSignInAgain();
    void resumesWithAKeptRefreshToken();
    void sandboxAcceptsTheProvidersActiveTokens();
    void sandboxExecutableTakesTheOAuthOptions();
    void plainHttpToARemoteProviderIsNeverSent();
    void redactionCoversEveryToken();

private:
    // Starts a provider with these options and waits until it listens.
    static std::unique_ptr<OidcProvider> startProvider(const QStringList &options);
    // Runs start() up to the prompt; the prompt's code is then in auth.prompt().
    static bool waitForPrompt(DeviceAuthorization &auth);
    static bool approve(const DeviceAuthorization &auth, ProviderBrowser::Choice choice,
                        QString *heading = nullptr);
};

std::unique_ptr<OidcProvider> TestDeviceAuthorization::startProvider(const QStringList &options) {
    auto provider = std::make_unique<OidcProvider>(options);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(provider->isListening() || provider->hasFailed(), 30000);
    }();
    if (!provider->isListening())
        qWarning("%s", qPrintable(provider->diagnostics()));
    return provider;
}

bool TestDeviceAuthorization::waitForPrompt(DeviceAuthorization &auth) {
    QSignalSpy prompted(&auth, &DeviceAuthorization::promptReady);
    auth.start();
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(prompted.size(), 1, 30000);
    }();
    return prompted.size() == 1;
}

bool TestDeviceAuthorization::approve(const DeviceAuthorization &auth,
                                      ProviderBrowser::Choice choice, QString *heading) {
    ProviderBrowser browser;
    browser.enterCode(auth.prompt().verificationUri, auth.prompt().userCode, choice);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(browser.isDone(), 30000);
    }();
    if (heading)
        *heading = browser.heading();
    if (!browser.problem().isEmpty())
        qWarning("browser: %s (pages %s)", qPrintable(browser.problem()),
                 qPrintable(browser.visited().join(QLatin1Char(' '))));
    return browser.isDone() && browser.problem().isEmpty();
}

void TestDeviceAuthorization::initTestCase() {
    qRegisterMetaType<DeviceAuthorization::Failure>();
    qRegisterMetaType<DeviceAuthorization::State>();
}

void TestDeviceAuthorization::signInThroughTheProvidersPages() {
    const auto provider = startProvider({QStringLiteral("--interval"), QStringLiteral("1")});
    QVERIFY(provider->isListening());
    CountingNetworkAccessManager network;
    DeviceAuthorization auth(&network, provider->settings());
    QSignalSpy signedIn(&auth, &DeviceAuthorization::signedIn);
    QSignalSpy failed(&auth, &DeviceAuthorization::failed);
    QVERIFY(waitForPrompt(auth));

    // The device request: the public client's id, the scopes joined by spaces, each parameter.
    const QUrlQuery device(QString::fromUtf8(network.sent().first().body));
    QCOMPARE(network.sent().first().url, provider->deviceUrl());
    QCOMPARE(device.queryItemValue(QStringLiteral("client_id")), OidcProvider::PublicClientId);
    QCOMPARE(device.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("openid offline_access"));
    QCOMPARE(device.queryItemValue(QStringLiteral("audience")),
             QStringLiteral("token-admin-tests"));

    const DeviceAuthorization::Prompt prompt = auth.prompt();
    QVERIFY(!prompt.userCode.isEmpty());
    QCOMPARE(prompt.verificationUri, provider->url(QStringLiteral("/device")));
    QVERIFY(prompt.verificationUriComplete.toString().contains(prompt.userCode));
    QCOMPARE(prompt.expiresIn, 600s);
    QCOMPARE(auth.interval(), 1s); // the provider's (the script adds it; oidc-provider sends none)
    QCOMPARE(auth.state(), DeviceAuthorization::State::WaitingForUser);
    // Polled while the person is still on the pages.
    QTRY_VERIFY_WITH_TIMEOUT(provider->count(QStringLiteral("POST /token")) >= 1, 20000);

    QString heading;
    QVERIFY(approve(auth, ProviderBrowser::Choice::Approve, &heading));
    QCOMPARE(heading, QStringLiteral("Sign-in Success"));
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
    QVERIFY(failed.isEmpty());
    QCOMPARE(auth.state(), DeviceAuthorization::State::SignedIn);
    QVERIFY(!auth.accessToken().isEmpty());
    QVERIFY(!auth.refreshToken().isEmpty()); // offline_access was asked for
    QVERIFY(auth.accessTokenRemaining() > 3000s);

    // Every poll was a device-code grant for this client; none followed the one that won.
    const int sent = network.count();
    for (const auto &request : network.sent().mid(1)) {
        const QUrlQuery form(QString::fromUtf8(request.body));
        QCOMPARE(request.url, provider->tokenUrl());
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded),
                 QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), OidcProvider::PublicClientId);
    }
    // The access token is the provider's own: its introspection says it is active.
    QNetworkRequest introspect(provider->introspectionUrl());
    introspect.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    introspect.setRawHeader("Authorization",
                            "Basic " + (OidcProvider::SandboxClientId + QLatin1Char(':') +
                                        OidcProvider::SandboxClientSecret)
                                           .toUtf8()
                                           .toBase64());
    QNetworkAccessManager other;
    QNetworkReply *reply =
        other.post(introspect, "token=" + QUrl::toPercentEncoding(auth.accessToken()));
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->readAll().contains("\"active\":true"), "the provider does not know the token");
    reply->deleteLater();
    QCOMPARE(network.count(), sent);
}

void TestDeviceAuthorization::userDenies() {
    const auto provider = startProvider({QStringLiteral("--interval"), QStringLiteral("1")});
    QVERIFY(provider->isListening());
    QNetworkAccessManager network;
    DeviceAuthorization auth(&network, provider->settings());
    QSignalSpy failed(&auth, &DeviceAuthorization::failed);
    QVERIFY(waitForPrompt(auth));
    QString heading;
    QVERIFY(approve(auth, ProviderBrowser::Choice::Deny, &heading));
    QCOMPARE(heading, QStringLiteral("The Sign-in request was interrupted"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QCOMPARE(failed.first().at(0).value<DeviceAuthorization::Failure>(),
             DeviceAuthorization::Failure::AccessDenied);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("declined")), qPrintable(message));
    QCOMPARE(auth.state(), DeviceAuthorization::State::Failed);
    QVERIFY(auth.accessToken().isEmpty());
}

void TestDeviceAuthorization::codeExpires() {
    const auto provider = startProvider({QStringLiteral("--interval"), QStringLiteral("1"),
                                         QStringLiteral("--device-code-ttl"), QStringLiteral("2")});
    QVERIFY(provider->isListening());
    CountingNetworkAccessManager network;
    DeviceAuthorization auth(&network, provider->settings());
    QSignalSpy failed(&auth, &DeviceAuthorization::failed);
    QVERIFY(waitForPrompt(auth));
    QCOMPARE(auth.prompt().expiresIn, 2s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QCOMPARE(failed.first().at(0).value<DeviceAuthorization::Failure>(),
             DeviceAuthorization::Failure::ExpiredToken);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(auth.prompt().userCode) && message.contains(QLatin1String("expired")),
             qPrintable(message));
    // The code is dead: approving it now gives nothing, and nothing polls any more.
    const int sent = network.count();
    QString heading;
    approve(auth, ProviderBrowser::Choice::Approve, &heading);
    QVERIFY(heading != QLatin1String("Sign-in Success"));
    QCOMPARE(network.count(), sent);
}

void TestDeviceAuthorization::slowDownAddsFiveSecondsForGood() {
    const auto provider = startProvider({QStringLiteral("--interval"), QStringLiteral("1"),
                                         QStringLiteral("--slow-down"), QStringLiteral("1")});
    QVERIFY(provider->isListening());
    QNetworkAccessManager network;
    DeviceAuthorization auth(&network, provider->settings());
    QSignalSpy signedIn(&auth, &DeviceAuthorization::signedIn);
    QVERIFY(waitForPrompt(auth));
    QCOMPARE(auth.interval(), 1s);
    QTRY_COMPARE_WITH_TIMEOUT(auth.interval(), 6s, 20000);
    QVERIFY(approve(auth, ProviderBrowser::Choice::Approve));
    // Only one slow_down was answered, and the 6 s stay: the next poll wins.
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 30000);
    QCOMPARE(auth.interval(), 6s);
    QCOMPARE(provider->count(QStringLiteral("POST /token")), 2);
}

void TestDeviceAuthorization::wrongClientId() {
    const auto provider = startProvider({});
    QVERIFY(provider->isListening());
    QNetworkAccessManager network;
    DeviceAuthorization auth(&network, provider->settings(QStringLiteral("no-such-client")));
    QSignalSpy failed(&auth, &DeviceAuthorization::failed);
    QSignalSpy prompted(&auth, &DeviceAuthorization::promptReady);
    auth.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QCOMPARE(failed.first().at(0).value<DeviceAuthorization::Failure>(),
             DeviceAuthorization::Failure::InvalidClient);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("\"no-such-client\"")) &&
                 message.contains(QLatin1String("client_id")),
             qPrintable(message));
    QVERIFY(prompted.isEmpty());
}

void TestDeviceAuthorization::providerUnreachable() {
    QTcpServer closed; // a port nobody listens on any more
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    OAuth2Settings settings;
    settings.enabled = true;
    settings.clientId = OidcProvider::PublicClientId;
    settings.deviceUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/device/auth").arg(port));
    settings.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(port));
    QNetworkAccessManager network;
    DeviceAuthorization auth(&network, settings);
    QSignalSpy failed(&auth, &DeviceAuthorization::failed);
    auth.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QCOMPARE(failed.first().at(0).value<DeviceAuthorization::Failure>(),
             DeviceAuthorization::Failure::Unreachable);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("could not be reached")) &&
                 message.contains(QLatin1String("127.0.0.1")),
             qPrintable(message));
}

void TestDeviceAuthorization::cancelWhilePollingSendsNothingMore() {
    const auto provider = startProvider({QStringLiteral("--interval"), QStringLiteral("1")});
    QVERIFY(provider->isListening());
    CountingNetworkAccessManager network;
    DeviceAuthorization auth(&network, provider->settings());
    QSignalSpy failed(&auth, &DeviceAuthorization::failed);
    QVERIFY(waitForPrompt(auth));
    QTRY_VERIFY_WITH_TIMEOUT(network.count() >= 2, 20000); // polling
    auth.cancel();
    QCOMPARE(auth.state(), DeviceAuthorization::State::Idle);
    const int sent = network.count();

    // Time passes with the event loop running: another sign-in polls three times meanwhile.
    CountingNetworkAccessManager otherNetwork;
    DeviceAuthorization other(&otherNetwork, provider->settings());
    QVERIFY(waitForPrompt(other));
    QTRY_VERIFY_WITH_TIMEOUT(otherNetwork.count() >= 4, 30000);
    QCOMPARE(network.count(), sent);
    QVERIFY(failed.isEmpty());
    // And the person approving the cancelled code afterwards gives this program nothing.
    QVERIFY(auth.accessToken().isEmpty());
}

void TestDeviceAuthorization::renewsBeforeTheAccessTokenEnds() {
    const auto provider =
        startProvider({QStringLiteral("--interval"), QStringLiteral("1"),
                       QStringLiteral("--access-token-ttl"), QStringLiteral("5")});
    QVERIFY(provider->isListening());
    CountingNetworkAccessManager network;
    DeviceAuthorization auth(&network, provider->settings());
    QSignalSpy signedIn(&auth, &DeviceAuthorization::signedIn);
    QSignalSpy refreshChanged(&auth, &DeviceAuthorization::refreshTokenChanged);
    QVERIFY(waitForPrompt(auth));
    QVERIFY(approve(auth, ProviderBrowser::Choice::Approve));
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
    const QString firstAccess = auth.accessToken();
    const QString firstRefresh = auth.refreshToken();
    QVERIFY(auth.accessTokenRemaining() <= 5s);

    // Renewed a fifth of its life before it ends (4 s in), with the refresh token.
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 2, 20000);
    QVERIFY(!auth.accessToken().isEmpty());
    QVERIFY(auth.accessToken() != firstAccess);
    const QUrlQuery renewal(QString::fromUtf8(network.sent().last().body));
    QCOMPARE(renewal.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
    QCOMPARE(renewal.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded),
             firstRefresh);
    // The provider rotates a public client's refresh token: the new one is kept and said.
    QVERIFY(auth.refreshToken() != firstRefresh);
    QCOMPARE(refreshChanged.last().at(0).toString(), auth.refreshToken());
    QCOMPARE(auth.state(), DeviceAuthorization::State::SignedIn);
}

void TestDeviceAuthorization::revokedRefreshTokenAsksToSignInAgain() {
    const auto provider =
        startProvider({QStringLiteral("--interval"), QStringLiteral("1"),
                       QStringLiteral("--access-token-ttl"), QStringLiteral("5")});
    QVERIFY(provider->isListening());
    QNetworkAccessManager network;
    DeviceAuthorization auth(&network, provider->settings());
    QSignalSpy signedIn(&auth, &DeviceAuthorization::signedIn);
    QSignalSpy needed(&auth, &DeviceAuthorization::signInNeeded);
    QSignalSpy refreshChanged(&auth, &DeviceAuthorization::refreshTokenChanged);
    QVERIFY(waitForPrompt(auth));
    QVERIFY(approve(auth, ProviderBrowser::Choice::Approve));
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
    const QString access = auth.accessToken();
    const QString refresh = auth.refreshToken();

    // The provider's administrator ends the session.
    QNetworkAccessManager admin;
    QNetworkReply *reply =
        admin.post(QNetworkRequest(provider->url(QStringLiteral("/test/revoke-refresh-tokens"))),
                   QByteArray());
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->readAll(), QByteArray("{\"ended\":1}"));
    reply->deleteLater();

    QTRY_COMPARE_WITH_TIMEOUT(needed.size(), 1, 20000);
    const QString reason = needed.first().at(0).toString();
    QVERIFY2(reason.contains(QLatin1String("Sign in again")) &&
                 reason.contains(QLatin1String("invalid_grant")),
             qPrintable(reason));
    QVERIFY(!reason.contains(access) && !reason.contains(refresh));
    QCOMPARE(auth.state(), DeviceAuthorization::State::Failed);
    QVERIFY(auth.accessToken().isEmpty());
    QVERIFY(auth.refreshToken().isEmpty());
    QCOMPARE(refreshChanged.last().at(0).toString(), QString()); // a kept copy must go too
    QCOMPARE(signedIn.size(), 1);
}

void TestDeviceAuthorization::resumesWithAKeptRefreshToken() {
    const auto provider = startProvider({QStringLiteral("--interval"), QStringLiteral("1")});
    QVERIFY(provider->isListening());
    QNetworkAccessManager network;
    QString kept;
    {
        DeviceAuthorization first(&network, provider->settings());
        QSignalSpy signedIn(&first, &DeviceAuthorization::signedIn);
        QVERIFY(waitForPrompt(first));
        QVERIFY(approve(first, ProviderBrowser::Choice::Approve));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
        kept = first.refreshToken();
    }
    // The next run: no browser, no code; the kept refresh token brings a new access token.
    DeviceAuthorization next(&network, provider->settings());
    QSignalSpy signedIn(&next, &DeviceAuthorization::signedIn);
    QSignalSpy prompted(&next, &DeviceAuthorization::promptReady);
    next.resume(kept);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
    QVERIFY(!next.accessToken().isEmpty());
    QVERIFY(prompted.isEmpty());

    // A refresh token the provider no longer knows asks for a sign-in, in words.
    DeviceAuthorization stale(&network, provider->settings());
    QSignalSpy needed(&stale, &DeviceAuthorization::signInNeeded);
    stale.resume(kept); // rotated away by the resume above
    QTRY_COMPARE_WITH_TIMEOUT(needed.size(), 1, 20000);
    QVERIFY(!needed.first().at(0).toString().contains(kept));
}

// What the sandbox answers a token list asked for with this Bearer token: the HTTP status.
static int listStatusAt(const QUrl &tokensUrl, const QString &bearer) {
    QNetworkAccessManager network;
    QNetworkRequest request(tokensUrl);
    request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    QNetworkReply *reply = network.get(request);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
    }();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

static int listStatus(const SandboxServer &sandbox, const QString &bearer) {
    return listStatusAt(sandbox.endpoint().tokensUrl(), bearer);
}

void TestDeviceAuthorization::sandboxAcceptsTheProvidersActiveTokens() {
    const auto provider = startProvider({QStringLiteral("--interval"), QStringLiteral("1")});
    QVERIFY(provider->isListening());
    QNetworkAccessManager network;
    DeviceAuthorization auth(&network, provider->settings());
    QSignalSpy signedIn(&auth, &DeviceAuthorization::signedIn);
    QVERIFY(waitForPrompt(auth));
    QVERIFY(approve(auth, ProviderBrowser::Choice::Approve));
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);

    SandboxOptions options;
    options.product = Product::Clustered;
    options.oauthIntrospectUrl = provider->introspectionUrl();
    options.oauthClientId = OidcProvider::SandboxClientId;
    options.oauthClientSecret = OidcProvider::SandboxClientSecret;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.start());
    QCOMPARE(listStatus(sandbox, auth.accessToken()), 200);
    QCOMPARE(listStatus(sandbox, QStringLiteral("not-a-token-the-provider-gave")), 401);
    QCOMPARE(listStatus(sandbox, sandbox.managementToken()), 200); // still works
    QCOMPARE(provider->count(QStringLiteral("POST /token/introspection")), 2);

    options.oauthOnly = true;
    SandboxServer strict(options);
    QVERIFY(strict.start());
    QCOMPARE(listStatus(strict, strict.managementToken()), 401);
    QCOMPARE(listStatus(strict, auth.accessToken()), 200);

    // Once the provider ends the session, its access token is refused within seconds.
    QNetworkAccessManager admin;
    QNetworkReply *reply =
        admin.post(QNetworkRequest(provider->url(QStringLiteral("/test/revoke-refresh-tokens"))),
                   QByteArray());
    QTRY_VERIFY(reply->isFinished());
    reply->deleteLater();
    QTRY_COMPARE_WITH_TIMEOUT(listStatus(strict, auth.accessToken()), 401, 30000);
}

void TestDeviceAuthorization::sandboxExecutableTakesTheOAuthOptions() {
    // --oauth-only or --oauth-client-id without --oauth-introspect is a mistake, said so.
    QProcess wrong;
    wrong.start(QStringLiteral(SANDBOX_EXECUTABLE), {QStringLiteral("--oauth-only")});
    QTRY_COMPARE_WITH_TIMEOUT(wrong.state(), QProcess::NotRunning, 30000);
    QCOMPARE(wrong.exitCode(), 1);
    QVERIFY(wrong.readAllStandardError().contains("--oauth-introspect"));

    const auto provider = startProvider({QStringLiteral("--interval"), QStringLiteral("1")});
    QVERIFY(provider->isListening());
    QNetworkAccessManager network;
    DeviceAuthorization auth(&network, provider->settings());
    QSignalSpy signedIn(&auth, &DeviceAuthorization::signedIn);
    QVERIFY(waitForPrompt(auth));
    QVERIFY(approve(auth, ProviderBrowser::Choice::Approve));
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);

    // The client secret comes from the environment, never the command line.
    QProcess sandbox;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SANDBOX_OAUTH_CLIENT_SECRET"),
                       OidcProvider::SandboxClientSecret);
    sandbox.setProcessEnvironment(environment);
    sandbox.start(QStringLiteral(SANDBOX_EXECUTABLE),
                  {QStringLiteral("--clustered"), QStringLiteral("--oauth-introspect"),
                   provider->introspectionUrl().toString(), QStringLiteral("--oauth-client-id"),
                   OidcProvider::SandboxClientId, QStringLiteral("--oauth-only")});
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine() || sandbox.state() == QProcess::NotRunning,
                             15000);
    const QJsonObject info = QJsonDocument::fromJson(sandbox.readLine()).object();
    QUrl tokens(info.value(QLatin1String("url")).toString());
    tokens.setPath(tokens.path() + QStringLiteral("/tokens"));
    QCOMPARE(listStatusAt(tokens, auth.accessToken()), 200);
    QCOMPARE(listStatusAt(tokens, info.value(QLatin1String("managementToken")).toString()), 401);
    sandbox.kill();
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.state(), QProcess::NotRunning, 20000);
}

void TestDeviceAuthorization::plainHttpToARemoteProviderIsNeverSent() {
    OAuth2Settings settings;
    settings.enabled = true;
    settings.clientId = QStringLiteral("c");
    settings.deviceUrl = QUrl(QStringLiteral("http://idp.example/device"));
    settings.tokenUrl = QUrl(QStringLiteral("http://idp.example/token"));
    CountingNetworkAccessManager network;
    DeviceAuthorization auth(&network, settings);
    QSignalSpy failed(&auth, &DeviceAuthorization::failed);
    auth.start();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<DeviceAuthorization::Failure>(),
             DeviceAuthorization::Failure::NotAllowed);
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("https://")));
    QCOMPARE(network.count(), 0);
}

void TestDeviceAuthorization::redactionCoversEveryToken() {
    const auto provider = startProvider({QStringLiteral("--interval"), QStringLiteral("1")});
    QVERIFY(provider->isListening());
    QNetworkAccessManager network;
    DeviceAuthorization auth(&network, provider->settings());
    QSignalSpy signedIn(&auth, &DeviceAuthorization::signedIn);
    QVERIFY(waitForPrompt(auth));
    QVERIFY(approve(auth, ProviderBrowser::Choice::Approve));
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
    const QString text =
        QStringLiteral("access %1, refresh %2, cut %3")
            .arg(auth.accessToken(), auth.refreshToken(), auth.refreshToken().left(20));
    const QString clean = auth.redacted(text);
    QVERIFY2(!clean.contains(auth.accessToken()) && !clean.contains(auth.refreshToken()) &&
                 !clean.contains(auth.refreshToken().left(16)),
             qPrintable(clean));
    QCOMPARE(clean.count(QLatin1String("[redacted]")), 3);
}

QTEST_GUILESS_MAIN(TestDeviceAuthorization)
#include "tst_DeviceAuthorization.moc"
