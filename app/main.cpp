// token-admin: the desktop program. Reads the command line, connects (or asks where to),
// and shows the token list.
#include "ChangeHistory.h"
#include "ConnectionController.h"
#include "ConnectionCoordinator.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "StartRequest.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

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
    addStartOptions(&parser);
    parser.process(app);

    QFile diagnostics;
    diagnostics.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    const StartRequest request = readStartRequest(parser, QProcessEnvironment::systemEnvironment());
    if (!request.problem.isEmpty()) {
        diagnostics.write(QStringLiteral("token-admin: %1\n").arg(request.problem).toUtf8());
        return 2;
    }

    QNetworkAccessManager network;
    MainWindow window;
    // Every change is recorded here before it is sent; the window says so if it cannot be.
    ChangeHistory history;
    history.open(ChangeHistory::defaultPath());
    window.setHistory(&history);
    if (qEnvironmentVariableIsSet("TOKENADMIN_EXIT_AFTER_FIRST_PAINT"))
        new FirstPaintProbe(window.findChild<QTableView *>(QStringLiteral("tokenTable")),
                            startClock);
    CredentialStore credentials;
    ConnectionController controller(&credentials);
    controller.load(request.configPath);
    ConnectionCoordinator coordinator(&network, &controller, &window, &diagnostics);
    coordinator.setTimeout(request.timeout);
    SandboxServer *sandbox = nullptr;
    coordinator.setSandboxStarter([&](Endpoint *endpoint, QString *error) {
        if (!sandbox) {
            SandboxOptions options;
            options.generatedTokens = request.sandboxTokens;
            options.hideRevoked = request.sandboxHidesRevoked;
            auto *started = new SandboxServer(options, &app);
            if (!started->start(0, error)) {
                delete started;
                return false;
            }
            sandbox = started;
        }
        *endpoint = sandbox->endpoint();
        return true;
    });
    // Opening may wait for the keychain with no window shown: quit only when nothing is.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&app, &QGuiApplication::lastWindowClosed, &app, [&] {
        if (!coordinator.isOpening() && !window.isVisible())
            QApplication::quit();
    });
    if (!coordinator.start(request))
        return 1;
    return app.exec();
}
