// token-admin: the desktop program. Reads the command line, connects (or asks where to),
// and shows the token list.
#include "ConnectionController.h"
#include "ConnectionManagerDialog.h"
#include "ConnectionStore.h"
#include "CredentialStore.h"
#include "Endpoint.h"
#include "InfluxctlConfig.h"
#include "MainWindow.h"
#include "ManagementApi.h"
#include "SandboxServer.h"
#include "TokenSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

struct Options {
    bool sandbox = false;
    SandboxOptions sandboxOptions;
    Endpoint endpoint;
    bool endpointGiven = false;
    QString configPath;
    QString profile;
    std::chrono::milliseconds timeout = ManagementApi::DefaultTimeout;
};

int fail(const QString &message) {
    std::fprintf(stderr, "token-admin: %s\n", qPrintable(message));
    return 2;
}

// Returns an empty string when the command line is usable, else what is wrong with it.
QString parseOptions(const QCommandLineParser &parser, Options *options) {
    options->sandbox = parser.isSet(QStringLiteral("sandbox"));
    if (parser.isSet(QStringLiteral("tokens"))) {
        bool ok = false;
        options->sandboxOptions.generatedTokens = parser.value(QStringLiteral("tokens")).toInt(&ok);
        if (!ok || options->sandboxOptions.generatedTokens < 1)
            return QApplication::translate("main", "--tokens needs a positive whole number.");
    }
    options->sandboxOptions.hideRevoked = parser.isSet(QStringLiteral("hide-revoked"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1)
            return QApplication::translate("main", "--timeout needs a positive number of seconds.");
        options->timeout = std::chrono::seconds(seconds);
    }
    if (parser.isSet(QStringLiteral("product")) &&
        !productFromKey(parser.value(QStringLiteral("product")), &options->endpoint.product))
        return QApplication::translate("main", "--product must be dedicated or clustered.");

    options->configPath = parser.isSet(QStringLiteral("config"))
                              ? parser.value(QStringLiteral("config"))
                              : defaultInfluxctlConfigPath();
    options->profile = parser.value(QStringLiteral("profile"));
    options->endpointGiven = parser.isSet(QStringLiteral("api-url"));
    Endpoint &endpoint = options->endpoint;
    endpoint.apiUrl = QUrl(parser.value(QStringLiteral("api-url")));
    endpoint.accountId = parser.value(QStringLiteral("account"));
    endpoint.clusterId = parser.value(QStringLiteral("cluster"));
    // From the environment, never a flag: every user on the machine can read a command line.
    endpoint.managementToken = qEnvironmentVariable("INFLUX_MANAGEMENT_TOKEN");
    if (!options->endpointGiven)
        return {};
    QString reason;
    if (!isAcceptableApiUrl(endpoint.apiUrl, &reason))
        return reason;
    if (endpoint.product == Product::Dedicated &&
        (!isUuid(endpoint.accountId) || !isUuid(endpoint.clusterId)))
        return QApplication::translate(
            "main", "--account and --cluster must both be given as UUIDs for Cloud Dedicated.");
    return {};
}

// For the start-up benchmark only: with TOKENADMIN_EXIT_AFTER_FIRST_PAINT set, prints the
// milliseconds from main() to the first paint of a populated token table, then quits.
class FirstPaintProbe : public QObject {
public:
    FirstPaintProbe(QTableView *table, const QElapsedTimer &clock)
        : QObject(table)
        , m_table(table)
        , m_clock(clock) {
        table->viewport()->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() == QEvent::Paint && !m_done && m_table->model()->rowCount() > 0) {
            m_done = true; // runs once this paint has finished
            QTimer::singleShot(0, this, [this] {
                std::printf("first-paint-ms=%lld\n", m_clock.elapsed());
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return false;
    }

private:
    QTableView *m_table;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[]) {
    QElapsedTimer startClock;
    startClock.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TokenAdmin"));
    QApplication::setApplicationName(QStringLiteral("token-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Token Admin"));
    QApplication::setApplicationVersion(QStringLiteral(TOKENADMIN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/token-admin.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Manage the database tokens of an InfluxDB 3 Cloud Dedicated or Clustered "
                "cluster.\nWith --api-url, the management token is read from the "
                "INFLUX_MANAGEMENT_TOKEN environment variable, or asked for."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("sandbox"),
         QApplication::translate("main", "Start a local sandbox server with sample tokens and "
                                         "connect to it.")},
        {QStringLiteral("tokens"),
         QApplication::translate("main", "With --sandbox: generate <count> tokens instead of "
                                         "the sample set."),
         QStringLiteral("count")},
        {QStringLiteral("hide-revoked"),
         QApplication::translate("main", "With --sandbox: the server leaves revoked tokens out "
                                         "of its list.")},
        {QStringLiteral("api-url"),
         QApplication::translate("main", "Management API URL, e.g. %1.")
             .arg(DefaultDedicatedApiUrl),
         QStringLiteral("url")},
        {QStringLiteral("account"), QApplication::translate("main", "Account ID (Dedicated)."),
         QStringLiteral("id")},
        {QStringLiteral("cluster"), QApplication::translate("main", "Cluster ID (Dedicated)."),
         QStringLiteral("id")},
        {QStringLiteral("product"),
         QApplication::translate("main", "dedicated (default) or clustered."),
         QStringLiteral("product")},
        {QStringLiteral("config"),
         QApplication::translate("main", "influxctl's config.toml to read profiles from "
                                         "(default %1).")
             .arg(defaultInfluxctlConfigPath()),
         QStringLiteral("file")},
        {QStringLiteral("profile"),
         QApplication::translate("main", "Open this influxctl profile (without it: the last "
                                         "connection used, else the profile named default)."),
         QStringLiteral("name")},
        {QStringLiteral("timeout"),
         QApplication::translate("main", "Seconds without data before a request fails "
                                         "(default 60)."),
         QStringLiteral("seconds")},
    });
    parser.process(app);

    Options options;
    if (const QString problem = parseOptions(parser, &options); !problem.isEmpty())
        return fail(problem);

    QNetworkAccessManager network;
    MainWindow window;
    if (qEnvironmentVariableIsSet("TOKENADMIN_EXIT_AFTER_FIRST_PAINT"))
        new FirstPaintProbe(window.findChild<QTableView *>(QStringLiteral("tokenTable")),
                            startClock);
    SandboxServer *sandbox = nullptr;
    CredentialStore credentials;
    ConnectionController controller(&credentials);
    controller.load(options.configPath);
    // Opening may wait for the keychain with no window shown: quit only when nothing is.
    QApplication::setQuitOnLastWindowClosed(false);
    bool opening = false;
    QObject::connect(&app, &QGuiApplication::lastWindowClosed, &app, [&] {
        if (!opening && !window.isVisible())
            QApplication::quit();
    });
    QString currentId; // the live connection: a connection's id, or "sandbox:" / "command-line:"

    QString profileProblem;
    const InfluxctlProfile *startProfile =
        chooseProfile(controller.influxctlConfig(), options.profile, &profileProblem);
    if (!options.sandbox && !options.endpointGiven && !profileProblem.isEmpty())
        return fail(profileProblem);

    auto updateSwitcher = [&] {
        QList<QPair<QString, QString>> choices;
        for (const Connection &connection : controller.connections())
            if (connection.problem.isEmpty())
                choices.append({connection.id, connection.name});
        window.setConnectionChoices(choices, currentId);
    };
    auto openEndpoint = [&](const Endpoint &endpoint, const QString &connectionId) {
        auto *session = new TokenSession(&network, endpoint);
        session->setTimeout(options.timeout);
        currentId = connectionId;
        window.openSession(session);
        updateSwitcher();
        window.show();
    };
    // False with the reason when the sandbox cannot start.
    auto openSandbox = [&](QString *error) -> bool {
        if (!sandbox) {
            auto server = std::make_unique<SandboxServer>(options.sandboxOptions, &app);
            if (!server->start(0, error))
                return false;
            sandbox = server.release();
        }
        Endpoint endpoint = sandbox->endpoint();
        endpoint.name = QApplication::translate("main", "Sandbox");
        openEndpoint(endpoint, QStringLiteral("sandbox:"));
        return true;
    };
    // kind: how the dialog opens — to choose, to ask for a token, or to say what is wrong.
    enum class Ask { Choose, Token, Problem };
    auto openManager = [&](const QString &connectionId, const QString &reason, Ask kind,
                           const Connection *prefill = nullptr) {
        auto *dialog =
            new ConnectionManagerDialog(&controller, window.isVisible() ? &window : nullptr);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (prefill)
            dialog->addConnection(*prefill);
        else if (kind == Ask::Token)
            dialog->askForToken(connectionId, reason);
        else
            dialog->selectConnection(connectionId);
        if (kind == Ask::Problem)
            dialog->showProblem(reason);
        QObject::connect(dialog, &ConnectionManagerDialog::connectRequested, &window,
                         [&](const Connection &connection, const QString &token) {
                             opening = true;
                             controller.open(connection, token);
                         });
        QObject::connect(dialog, &ConnectionManagerDialog::sandboxRequested, &window, [&] {
            QString error;
            if (openSandbox(&error))
                return;
            // Nothing waits on the box. With no window behind it, closing it is closing the
            // last window: the program quits (see lastWindowClosed above).
            auto *box = new QMessageBox(
                QMessageBox::Critical, QApplication::translate("main", "Sandbox"),
                QApplication::translate("main", "The sandbox could not start: %1").arg(error),
                QMessageBox::Ok, window.isVisible() ? &window : nullptr);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
        QObject::connect(dialog, &QDialog::finished, &window, updateSwitcher);
        dialog->open();
    };

    QObject::connect(&controller, &ConnectionController::ready, &window,
                     [&](const Endpoint &endpoint, const QString &id) {
                         openEndpoint(endpoint, id);
                         opening = false;
                     });
    QObject::connect(&controller, &ConnectionController::tokenNeeded, &window,
                     [&](const QString &id, const QString &reason) {
                         openManager(id, reason, Ask::Token);
                         opening = false;
                     });
    QObject::connect(&controller, &ConnectionController::failed, &window,
                     [&](const QString &id, const QString &problem) {
                         openManager(id, problem, Ask::Problem);
                         opening = false;
                     });
    QObject::connect(
        &controller, &ConnectionController::notice, &window, [&](const QString &message) {
            auto *box =
                new QMessageBox(QMessageBox::Warning, QApplication::translate("main", "Keychain"),
                                message, QMessageBox::Ok, window.isVisible() ? &window : nullptr);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    QObject::connect(&window, &MainWindow::connectRequested, &window,
                     [&] { openManager(currentId, {}, Ask::Choose); });
    QObject::connect(&window, &MainWindow::switchRequested, &window, [&](const QString &id) {
        if (const Connection *connection = controller.find(id))
            controller.open(*connection);
    });
    QObject::connect(&window, &MainWindow::tokenRejected, &window, [&](const ApiError &error) {
        const QString name =
            window.session() ? window.session()->endpoint().displayName() : QString();
        QString reason = QApplication::translate(
                             "main", "The server refused the management token for %1 "
                                     "(HTTP 401): it is wrong, expired or revoked. Enter a new "
                                     "one.")
                             .arg(name);
        if (!error.serverMessage.isEmpty())
            reason += QStringLiteral(" (%1)").arg(error.serverMessage);
        controller.forgetToken(currentId);
        openManager(currentId, reason, controller.find(currentId) ? Ask::Token : Ask::Problem);
    });

    if (options.sandbox) {
        // No window is open yet: the reason goes to stderr.
        if (QString error; !openSandbox(&error)) {
            std::fprintf(stderr, "token-admin: the sandbox could not start: %s\n",
                         qUtf8Printable(error));
            return 1;
        }
    } else if (options.endpointGiven) {
        if (!options.endpoint.managementToken.isEmpty()) {
            openEndpoint(options.endpoint, QStringLiteral("command-line:"));
        } else {
            Connection prefill;
            prefill.product = options.endpoint.product;
            prefill.apiUrl = options.endpoint.apiUrl;
            prefill.accountId = options.endpoint.accountId;
            prefill.clusterId = options.endpoint.clusterId;
            openManager({}, {}, Ask::Choose, &prefill);
        }
    } else {
        const Connection *start = nullptr;
        if (!options.profile.isEmpty() && startProfile)
            start = controller.find(influxctlConnectionId(startProfile->name));
        if (!start)
            start = controller.find(ConnectionStore::lastUsed());
        if (!start && startProfile)
            start = controller.find(influxctlConnectionId(startProfile->name));
        if (start) {
            // influxctl's --account and --cluster override the profile's IDs.
            Connection chosen = *start;
            if (!options.endpoint.accountId.isEmpty())
                chosen.accountId = options.endpoint.accountId;
            if (!options.endpoint.clusterId.isEmpty())
                chosen.clusterId = options.endpoint.clusterId;
            controller.open(chosen);
        } else {
            openManager({}, {}, Ask::Choose);
        }
    }
    return app.exec();
}
