#pragma once

// The real window against the sandbox on loopback, set up as the GUI suites need it: the
// sandbox, one QNetworkAccessManager, a temporary folder for a change history on a real SQLite
// file, and a MainWindow on a TokenSession. A suite derives from it after QObject, so that its
// tests keep speaking of m_window, m_sandbox, m_history; it calls setUpApplication() in
// initTestCase(), setUpFixture() in init() and tearDownFixture() in cleanup().

#include "ChangeHistory.h"
#include "Endpoint.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "Token.h"
#include "TokenSession.h"
#include "TokenTableModel.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSize>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <optional>

class WindowFixture {
public:
    struct WindowOptions {
        // The sandbox's own endpoint when not given.
        std::optional<Endpoint> endpoint = std::nullopt;
        // The session's own default when not given.
        std::optional<std::chrono::milliseconds> timeout = std::nullopt;
        // No history when null, as a window that was never given one.
        ChangeHistory *history = nullptr;
        // The window's own size when not valid.
        QSize size = {};
    };

protected:
    // Settings and files in the test locations, under the suite's own name.
    static void setUpApplication(const QString &suiteName) {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("TokenAdminTests"));
        QApplication::setApplicationName(suiteName);
    }

    // Cleared settings, a temporary folder, a history not yet opened, and the sandbox started.
    void setUpFixture() {
        QSettings().clear();
        m_dir = new QTemporaryDir;
        m_history = new ChangeHistory;
        m_network = new QNetworkAccessManager;
        m_sandbox = new SandboxServer;
        QString error;
        QVERIFY2(m_sandbox->start(0, &error), qPrintable(error));
    }

    void tearDownFixture() {
        stopWindow();
        delete m_sandbox;
        m_sandbox = nullptr;
        delete m_network;
        m_network = nullptr;
        delete m_history;
        m_history = nullptr;
        delete m_dir;
        m_dir = nullptr;
    }

    QString historyPath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }

    void openHistory() {
        QVERIFY2(m_history->open(historyPath()), qPrintable(m_history->problem()));
    }

    // The program ends and runs again: window, session and history go; a new history opens
    // the same file.
    void restartHistory() {
        stopWindow();
        delete m_history;
        m_history = new ChangeHistory;
        openHistory();
    }

    // A window on a new session, shown; the list may still be loading.
    void openMainWindow(const WindowOptions &options) {
        createMainWindow(options);
        showMainWindow();
    }

    // A window on a new session, not yet shown: what must come before the first show comes
    // next, then showMainWindow().
    void createMainWindow(const WindowOptions &options) {
        auto *session =
            new TokenSession(m_network, options.endpoint.value_or(m_sandbox->endpoint()));
        if (options.timeout)
            session->setTimeout(*options.timeout);
        m_window = new MainWindow;
        if (options.history)
            m_window->setHistory(options.history);
        m_window->openSession(session);
        if (options.size.isValid())
            m_window->resize(options.size);
    }

    void showMainWindow() {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    // Every token of the sandbox is in the session's list.
    void waitForAllTokens() {
        QTRY_COMPARE(m_window->session()->model()->rowCount(), m_sandbox->tokens().size());
    }

    // The list loaded and nothing more on its way.
    void waitForAllTokensAndIdle() {
        waitForAllTokens();
        QTRY_VERIFY(!m_window->session()->isBusy());
    }

    // The list shows a row (of the tokens it shows: active ones unless asked otherwise).
    void waitForRows() {
        QTableView *table = tokenTable();
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() > 0);
    }

    void stopWindow() {
        delete m_window;
        m_window = nullptr;
    }

    QTableView *tokenTable() const {
        return m_window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    }

    // The window's dialog of that type, once it is shown (or as it is when the wait ends).
    template <typename Dialog> Dialog *waitForDialog() const {
        Dialog *dialog = nullptr;
        (void)QTest::qWaitFor([&] {
            dialog = m_window->findChild<Dialog *>();
            return dialog && dialog->isVisible();
        });
        return dialog;
    }

    // What the sandbox received with that method, in order.
    QList<SandboxServer::ReceivedRequest> received(const QByteArray &method) const {
        QList<SandboxServer::ReceivedRequest> found;
        for (const SandboxServer::ReceivedRequest &request : m_sandbox->receivedRequests())
            if (request.method == method)
                found.append(request);
        return found;
    }

    // The token on the list's first row.
    Token firstActiveToken() const {
        const QString id =
            tokenTable()->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString();
        return *m_window->session()->model()->tokenById(id);
    }

    // One request to the sandbox and its answer: whatever was sent before it has arrived.
    void roundTrip() {
        QSignalSpy refreshed(m_window->session(), &TokenSession::refreshed);
        m_window->session()->refresh();
        QTRY_COMPARE(refreshed.size(), 1);
        QTRY_VERIFY(!m_window->session()->isBusy());
    }

    // The token as the server has it now, whatever the window shows.
    std::optional<Token> serverToken(const QString &id) const {
        for (const Token &token : m_sandbox->tokens())
            if (token.id == id)
                return token;
        return std::nullopt;
    }

    QTemporaryDir *m_dir = nullptr;
    ChangeHistory *m_history = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    SandboxServer *m_sandbox = nullptr;
    MainWindow *m_window = nullptr;
};
