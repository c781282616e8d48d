#include "StartRequest.h"

#include "InfluxctlConfig.h"
#include "ManagementApi.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>

namespace {

// "--a", "--a and --b", "--a, --b and --c": the options of `names` that were given.
QString givenOptions(const QCommandLineParser &parser, const QStringList &names) {
    QStringList given;
    for (const QString &name : names)
        if (parser.isSet(name))
            given.append(QStringLiteral("--") + name);
    if (given.size() < 2)
        return given.value(0);
    const QString last = given.takeLast();
    return QCoreApplication::translate("StartRequest", "%1 and %2")
        .arg(given.join(QStringLiteral(", ")), last);
}

} // namespace

void addStartOptions(QCommandLineParser *parser) {
    parser->addOptions({
        {QStringLiteral("sandbox"),
         QCoreApplication::translate(
             "StartRequest", "Start a local sandbox server with sample tokens and connect to it.")},
        {QStringLiteral("tokens"),
         QCoreApplication::translate(
             "StartRequest", "With --sandbox: generate <count> tokens instead of the sample set."),
         QStringLiteral("count")},
        {QStringLiteral("hide-revoked"),
         QCoreApplication::translate(
             "StartRequest", "With --sandbox: the server leaves revoked tokens out of its list.")},
        {QStringLiteral("api-url"),
         QCoreApplication::translate("StartRequest", "Management API URL, e.g. %1.")
             .arg(DefaultDedicatedApiUrl),
         QStringLiteral("url")},
        {QStringLiteral("account"),
         QCoreApplication::translate("StartRequest",
                                     "Account ID (Dedicated); replaces the profile's account_id."),
         QStringLiteral("id")},
        {QStringLiteral("cluster"),
         QCoreApplication::translate("StartRequest",
                                     "Cluster ID (Dedicated); replaces the profile's cluster_id."),
         QStringLiteral("id")},
        {QStringLiteral("product"),
         QCoreApplication::translate("StartRequest",
                                     "With --api-url: dedicated (default) or clustered."),
         QStringLiteral("product")},
        {QStringLiteral("config"),
         QCoreApplication::translate("StartRequest",
                                     "influxctl's config.toml to read profiles from (default %1).")
             .arg(defaultInfluxctlConfigPath()),
         QStringLiteral("file")},
        {QStringLiteral("profile"),
         QCoreApplication::translate(
             "StartRequest",
             "Open this influxctl profile (else $INFLUXCTL_PROFILE; without either: the last "
             "connection used, else the profile named default)."),
         QStringLiteral("name")},
        {QStringLiteral("timeout"),
         QCoreApplication::translate("StartRequest",
                                     "Seconds without data before a request fails (default 60)."),
         QStringLiteral("seconds")},
        {QStringLiteral("lang"),
         QCoreApplication::translate(
             "StartRequest", "The language of the program: %1 (default: the system's language).")
             .arg(translationLanguages().join(QStringLiteral(", "))),
         QStringLiteral("language")},
    });
}

StartRequest readStartRequest(const QCommandLineParser &parser,
                              const QProcessEnvironment &environment) {
    StartRequest request;
    request.sandbox = parser.isSet(QStringLiteral("sandbox"));
    request.timeout = ManagementApi::DefaultTimeout;
    if (parser.isSet(QStringLiteral("tokens"))) {
        bool ok = false;
        request.sandboxTokens = parser.value(QStringLiteral("tokens")).toInt(&ok);
        if (!ok || request.sandboxTokens < 1) {
            request.problem = QCoreApplication::translate(
                "StartRequest", "--tokens needs a positive whole number.");
            return request;
        }
    }
    if (parser.isSet(QStringLiteral("lang"))) {
        request.language = parser.value(QStringLiteral("lang"));
        if (!translationLanguages().contains(request.language)) {
            request.problem =
                QCoreApplication::translate("StartRequest", "--lang must be one of %1, not \"%2\".")
                    .arg(translationLanguages().join(QStringLiteral(", ")), request.language);
            return request;
        }
    }
    request.sandboxHidesRevoked = parser.isSet(QStringLiteral("hide-revoked"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1) {
            request.problem = QCoreApplication::translate(
                "StartRequest", "--timeout needs a positive number of seconds.");
            return request;
        }
        request.timeout = std::chrono::seconds(seconds);
    }
    Product product = Product::Dedicated;
    if (parser.isSet(QStringLiteral("product")) &&
        !productFromKey(parser.value(QStringLiteral("product")), &product)) {
        request.problem = QCoreApplication::translate("StartRequest",
                                                      "--product must be dedicated or clustered.");
        return request;
    }
    request.configPath = parser.isSet(QStringLiteral("config"))
                             ? parser.value(QStringLiteral("config"))
                             : defaultInfluxctlConfigPath();
    request.profile = parser.isSet(QStringLiteral("profile"))
                          ? parser.value(QStringLiteral("profile"))
                          : environment.value(QStringLiteral("INFLUXCTL_PROFILE"));

    if (!request.sandbox &&
        (parser.isSet(QStringLiteral("tokens")) || parser.isSet(QStringLiteral("hide-revoked"))))
        request.ignored.append(
            QCoreApplication::translate("StartRequest", "%1: ignored without --sandbox.")
                .arg(givenOptions(parser,
                                  {QStringLiteral("tokens"), QStringLiteral("hide-revoked")})));
    if (request.sandbox) {
        const QString unused =
            givenOptions(parser, {QStringLiteral("api-url"), QStringLiteral("product"),
                                  QStringLiteral("account"), QStringLiteral("cluster"),
                                  QStringLiteral("profile")});
        if (!unused.isEmpty())
            request.ignored.append(QCoreApplication::translate(
                                       "StartRequest", "%1: ignored, --sandbox opens the sandbox.")
                                       .arg(unused));
        return request;
    }

    const QString account = parser.value(QStringLiteral("account"));
    const QString cluster = parser.value(QStringLiteral("cluster"));
    request.commandLineConnectionGiven = parser.isSet(QStringLiteral("api-url"));
    if (!request.commandLineConnectionGiven) {
        if (parser.isSet(QStringLiteral("product")))
            request.ignored.append(QCoreApplication::translate(
                "StartRequest", "--product: ignored without --api-url; a profile or saved "
                                "connection says which product it is."));
        // The same checks as for any connection's IDs, made now so the flag can be named.
        if (!account.isEmpty() && !isUuid(account))
            request.problem = QCoreApplication::translate(
                "StartRequest", "--account must be a UUID (8-4-4-4-12 hexadecimal digits).");
        else if (!cluster.isEmpty() && !isUuid(cluster))
            request.problem = QCoreApplication::translate(
                "StartRequest", "--cluster must be a UUID (8-4-4-4-12 hexadecimal digits).");
        request.overrides = {account, cluster};
        return request;
    }

    if (parser.isSet(QStringLiteral("profile")))
        request.ignored.append(QCoreApplication::translate(
            "StartRequest", "--profile: ignored, --api-url gives the connection to open."));
    Connection &connection = request.commandLineConnection;
    connection.id = CommandLineConnectionId;
    connection.product = product;
    connection.apiUrl = QUrl(parser.value(QStringLiteral("api-url")));
    if (product == Product::Dedicated) {
        connection.accountId = account;
        connection.clusterId = cluster;
    } else if (!account.isEmpty() || !cluster.isEmpty()) {
        request.ignored.append(
            QCoreApplication::translate(
                "StartRequest", "%1: ignored, a Clustered connection has no account or cluster ID.")
                .arg(givenOptions(parser, {QStringLiteral("account"), QStringLiteral("cluster")})));
    }
    Endpoint named;
    named.product = connection.product;
    named.apiUrl = connection.apiUrl;
    named.clusterId = connection.clusterId;
    connection.name = named.displayName();
    // From the environment, never a flag.
    request.environmentToken = environment.value(QStringLiteral("INFLUX_MANAGEMENT_TOKEN"));
    // The checks every connection passes; past the URL, only the IDs can fail them.
    QString problem;
    if (!isAcceptableApiUrl(connection.apiUrl, &problem))
        request.problem = problem;
    else if (!validateConnection(connection, &problem))
        request.problem = QCoreApplication::translate(
            "StartRequest",
            "--account and --cluster must both be given as UUIDs for Cloud Dedicated.");
    return request;
}
