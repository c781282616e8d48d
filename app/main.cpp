// token-admin: the desktop program. Reads the command line, connects (or asks where to),
// and shows the token list.
#include "ConnectDialog.h"
#include "Endpoint.h"
#include "MainWindow.h"
#include "ManagementApi.h"
#include "SandboxServer.h"
#include "TokenSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

struct Options {
    bool sandbox = false;
    SandboxOptions sandboxOptions;
    Endpoint endpoint;
    bool endpointGiven = false;
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
        : QObject(table), m_table(table), m_clock(clock) {
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
                "cluster.\nThe management token is read from the INFLUX_MANAGEMENT_TOKEN "
                "environment variable, or asked for."));
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
        new FirstPaintProbe(window.findChild<QTableView *>(QStringLiteral("tokenTable")), startClock);
    SandboxServer *sandbox = nullptr;

    auto openEndpoint = [&](const Endpoint &endpoint) {
        auto *session = new TokenSession(&network, endpoint);
        session->setTimeout(options.timeout);
        window.openSession(session);
        window.show();
    };
    auto openSandbox = [&]() -> bool {
        if (!sandbox) {
            sandbox = new SandboxServer(options.sandboxOptions, &app);
            QString error;
            if (!sandbox->start(0, &error)) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Sandbox"),
                                      QApplication::translate("main", "The sandbox could not "
                                                                      "start: %1")
                                          .arg(error));
                return false;
            }
        }
        Endpoint endpoint;
        endpoint.product = sandbox->product();
        endpoint.apiUrl = sandbox->apiUrl();
        endpoint.accountId = sandbox->accountId();
        endpoint.clusterId = sandbox->clusterId();
        endpoint.managementToken = sandbox->managementToken();
        openEndpoint(endpoint);
        return true;
    };
    auto askForConnection = [&](const Endpoint &prefill) {
        auto *dialog = new ConnectDialog(window.isVisible() ? &window : nullptr);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setEndpoint(prefill);
        QObject::connect(dialog, &ConnectDialog::connectRequested, &window, openEndpoint);
        QObject::connect(dialog, &ConnectDialog::sandboxRequested, &window, openSandbox);
        QObject::connect(dialog, &QDialog::rejected, &window, [&window] {
            if (!window.isVisible())
                QApplication::quit();
        });
        dialog->open();
    };
    QObject::connect(&window, &MainWindow::connectRequested, &window, [&] {
        askForConnection(window.session() ? window.session()->endpoint() : options.endpoint);
    });

    if (options.sandbox) {
        if (!openSandbox())
            return 1;
    } else if (options.endpointGiven && !options.endpoint.managementToken.isEmpty()) {
        openEndpoint(options.endpoint);
    } else {
        askForConnection(options.endpoint);
    }
    return app.exec();
}
