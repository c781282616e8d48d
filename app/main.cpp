// token-admin: the desktop program. Reads the command line, connects (or asks where to),
// and shows the token list.
#include "ChangeHistory.h"
#include "ConnectionController.h"
#include "ConnectionCoordinator.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "SandboxThread.h"
#include "StartRequest.h"
#include "Translations.h"

#include <QApplication>
#include <QByteArrayView>
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

void describeProgram(QCommandLineParser *parser) {
    QCoreApplication::setOrganizationName(QStringLiteral("TokenAdmin"));
    QCoreApplication::setApplicationName(QStringLiteral("token-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENADMIN_VERSION));
    parser->setApplicationDescription(QCoreApplication::translate(
        "main", "Manage the database tokens of an InfluxDB 3 Cloud Dedicated or Clustered "
                "cluster.\nWith --api-url, the management token is read from the "
                "INFLUX_MANAGEMENT_TOKEN environment variable, or asked for."));
    parser->addHelpOption();
    parser->addVersionOption();
    addStartOptions(parser);
}

// Follows the system's language, or --lang; before the parser that prints --help is made, as
// its texts are translated when they are added. A bad --lang is reported by that parser.
void useLanguage(const QStringList &arguments) {
    QCommandLineParser parser;
    describeProgram(&parser);
    parser.parse(arguments);
    const QLocale asked = localeForLanguage(parser.value(QStringLiteral("lang")));
    if (asked.language() == QLocale::C) {
        installTranslations(QLocale::system());
        return;
    }
    // Dates and numbers follow the language asked for, too.
    QLocale::setDefault(asked);
    installTranslations(asked);
}

// --help and --version are answered without a display: QApplication would first look for
// one (and abort without it), so they are read before it is made.
bool asksForHelpOrVersion(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == "-h" || argument == "-?" || argument == "--help" ||
            argument == "--help-all" || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

// Prints the help or the version (or what is wrong with the command line) and exits.
int answerHelpOrVersion(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    useLanguage(app.arguments());
    QCommandLineParser parser;
    describeProgram(&parser);
    parser.process(app);
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    if (asksForHelpOrVersion(argc, argv))
        return answerHelpOrVersion(argc, argv);
    QElapsedTimer startClock;
    startClock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Token Admin"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/token-admin.svg")));
    useLanguage(app.arguments());

    QCommandLineParser parser;
    describeProgram(&parser);
    parser.process(app);

    QFile diagnostics;
    diagnostics.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    const StartRequest request = readStartRequest(parser, QProcessEnvironment::systemEnvironment());
    if (!request.problem.isEmpty()) {
        diagnostics.write(QStringLiteral("token-admin: %1\n").arg(request.problem).toUtf8());
        return 2;
    }

    // The program's one root manager: https goes through the manager NetworkPool keeps beside
    // it for each TLS trust, so connections are kept alive and never lent across trusts.
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
    // On a thread of its own: writing a large list must not freeze the window.
    SandboxThread sandbox;
    coordinator.setSandboxStarter([&](Endpoint *endpoint, QString *error) {
        if (!sandbox.isStarted()) {
            SandboxOptions options;
            options.generatedTokens = request.sandboxTokens;
            options.hideRevoked = request.sandboxHidesRevoked;
            if (!sandbox.start(options, error))
                return false;
        }
        *endpoint = sandbox.endpoint();
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
