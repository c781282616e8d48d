// token-admin-sandbox: a local Management API to point Token Admin (or curl) at.
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: wake the event loop, which then quits.
void onTerminationSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

void quitOnTerminationSignals(QCoreApplication *app) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [app] { app->quit(); });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

int fail(const QString &message) {
    std::fprintf(stderr, "token-admin-sandbox: %s\n", qUtf8Printable(message));
    return 1;
}

bool readCount(const QCommandLineParser &parser, const QString &option, int minimum, int maximum,
               int *value) {
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *value = parser.value(option).toInt(&ok);
    return ok && *value >= minimum && *value <= maximum;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("token-admin-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENADMIN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local InfluxDB 3 Management API for database tokens, on 127.0.0.1.\n"
        "Prints one JSON line with url, accountId, clusterId and managementToken, then serves "
        "until it is stopped.\nThe management token is $INFLUX_MANAGEMENT_TOKEN if set, else "
        "a random one."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString portOption = QStringLiteral("port");
    const QString dataOption = QStringLiteral("data");
    const QString tokensOption = QStringLiteral("tokens");
    const QString clusteredOption = QStringLiteral("clustered");
    const QString hideRevokedOption = QStringLiteral("hide-revoked");
    const QString delayOption = QStringLiteral("delay-ms");
    const QString faultsOption = QStringLiteral("faults");
    const QString introspectOption = QStringLiteral("oauth-introspect");
    const QString clientIdOption = QStringLiteral("oauth-client-id");
    const QString oauthOnlyOption = QStringLiteral("oauth-only");
    parser.addOptions({
        {introspectOption,
         QStringLiteral("Also accept Bearer tokens that the OAuth 2.0 token introspection "
                        "endpoint at URL (RFC 7662) says are active, as a cluster accepts its "
                        "identity provider's sign-ins. The sandbox authenticates there with "
                        "--oauth-client-id and the secret in $SANDBOX_OAUTH_CLIENT_SECRET."),
         QStringLiteral("URL")},
        {clientIdOption, QStringLiteral("The sandbox's client ID at the introspection endpoint."),
         QStringLiteral("ID")},
        {oauthOnlyOption, QStringLiteral("With --oauth-introspect: refuse the management token; "
                                         "only the identity provider's tokens are accepted.")},
        {portOption, QStringLiteral("Port to listen on (default: a free one)."),
         QStringLiteral("N")},
        {dataOption, QStringLiteral("Keep the state in FILE (JSON), written after every change."),
         QStringLiteral("FILE")},
        {tokensOption, QStringLiteral("Start with N generated tokens instead of the seed."),
         QStringLiteral("N")},
        {clusteredOption, QStringLiteral("Serve the Clustered paths (/api/v0/tokens).")},
        {hideRevokedOption, QStringLiteral("Treat revoked tokens as gone: left out of the list, "
                                           "404 on GET, PATCH and DELETE.")},
        {delayOption, QStringLiteral("Delay every answer by N milliseconds."), QStringLiteral("N")},
        {faultsOption,
         QStringLiteral("Misbehave as the fault plan in FILE says, for testing clients: "
                        "{\"faults\": [{\"kind\": \"status\", \"method\": \"DELETE\", "
                        "\"path\": \"/tokens/\", \"count\": 1, \"status\": 503}]}. Kinds: delay, "
                        "status, truncated-body, not-json, wrong-shape, html-page, huge-body, "
                        "close-mid-body, no-answer, close-before-answer, redirect-away, "
                        "retry-after, echo-authorization."),
         QStringLiteral("FILE")},
    });
    parser.process(app);

    SandboxOptions options;
    int port = 0;
    int delay = 0;
    if (!readCount(parser, portOption, 0, 65535, &port))
        return fail(QStringLiteral("--port: expected a number from 0 to 65535"));
    if (!readCount(parser, tokensOption, 0, 10'000'000, &options.generatedTokens))
        return fail(QStringLiteral("--tokens: expected a number from 0 to 10000000"));
    if (!readCount(parser, delayOption, 0, 600'000, &delay))
        return fail(QStringLiteral("--delay-ms: expected a number from 0 to 600000"));
    options.responseDelay = std::chrono::milliseconds(delay);
    options.product = parser.isSet(clusteredOption) ? Product::Clustered : Product::Dedicated;
    options.hideRevoked = parser.isSet(hideRevokedOption);
    options.dataFile = parser.value(dataOption);
    options.managementToken = qEnvironmentVariable("INFLUX_MANAGEMENT_TOKEN");
    if (parser.isSet(introspectOption)) {
        options.oauthIntrospectUrl = QUrl(parser.value(introspectOption), QUrl::StrictMode);
        if (!options.oauthIntrospectUrl.isValid() || options.oauthIntrospectUrl.host().isEmpty())
            return fail(QStringLiteral("--oauth-introspect: expected a full URL"));
        options.oauthClientId = parser.value(clientIdOption);
        // A secret never goes on a command line, where anyone can read it.
        options.oauthClientSecret = qEnvironmentVariable("SANDBOX_OAUTH_CLIENT_SECRET");
        options.oauthOnly = parser.isSet(oauthOnlyOption);
    } else if (parser.isSet(oauthOnlyOption) || parser.isSet(clientIdOption)) {
        return fail(QStringLiteral("--oauth-only and --oauth-client-id need --oauth-introspect"));
    }

    QList<SandboxFault> faults;
    if (parser.isSet(faultsOption)) {
        QFile file(parser.value(faultsOption));
        QString faultError;
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                QStringLiteral("--faults: %1: %2").arg(file.fileName(), file.errorString()));
        if (!SandboxFault::listFromJson(file.readAll(), &faults, &faultError))
            return fail(QStringLiteral("--faults: %1: %2").arg(file.fileName(), faultError));
        // Said out loud, so a plan that does less than meant is seen at once.
        std::fprintf(stderr, "token-admin-sandbox: %d fault(s) from %s\n", int(faults.size()),
                     qUtf8Printable(file.fileName()));
    }

    SandboxServer server(options);
    for (const SandboxFault &fault : std::as_const(faults))
        server.addFault(fault);
    QString error;
    if (!server.start(quint16(port), &error))
        return fail(error);

    std::fprintf(stdout, "%s\n", server.connectionLine().constData());
    std::fflush(stdout);

    quitOnTerminationSignals(&app);
    return app.exec();
}
