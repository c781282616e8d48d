#include "MainWindow.h"
#include "SandboxServer.h"
#include "TokenSession.h"
#include "TokenTableModel.h"
#include "WindowDriver.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace std::chrono_literals;

namespace {

QList<Token> byId(QList<Token> tokens) {
    std::sort(tokens.begin(), tokens.end(),
              [](const Token &a, const Token &b) { return a.id < b.id; });
    return tokens;
}

} // namespace

// A revoke, create or edit whose answer never came, or came from a gateway that lost it
// (502, 504): the server may have carried it out. The dialog says exactly that, the list is
// read again, and then shows what the server really holds, whichever way it went.
class TestUnknownOutcome : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saysSoAndRereads_data();
    void saysSoAndRereads();

private:
    QNetworkAccessManager *m_network = nullptr;
    SandboxServer *m_sandbox = nullptr;
    MainWindow *m_window = nullptr;
};

void TestUnknownOutcome::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("TokenAdminTests"));
    QApplication::setApplicationName(QStringLiteral("tst_unknownoutcome"));
}

void TestUnknownOutcome::init() {
    QSettings().clear();
    m_network = new QNetworkAccessManager;
    m_sandbox = new SandboxServer;
    QVERIFY(m_sandbox->start());
    auto *session = new TokenSession(m_network, m_sandbox->endpoint());
    session->setTimeout(1000ms);
    m_window = new MainWindow;
    m_window->openSession(session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_COMPARE(session->model()->rowCount(), m_sandbox->tokens().size());
}

void TestUnknownOutcome::cleanup() {
    delete m_window;
    delete m_sandbox;
    delete m_network;
}

void TestUnknownOutcome::saysSoAndRereads_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    using Kind = SandboxFault::Kind;
    struct Change {
        const char *name;
        QByteArray method;
        const char *says;
    };
    const Change changes[] = {
        {"revoke", "DELETE", "may or may not have happened"},
        {"create", "POST", "may or may not have been created"},
        {"edit", "PATCH", "may or may not have been saved"},
    };
    struct Fault {
        const char *name;
        Kind kind;
        int status;
    };
    const Fault faults[] = {
        {"carried out, answered after the timeout", Kind::Delay, 0},
        {"no answer", Kind::NoAnswer, 0},
        {"closed before answering", Kind::CloseBeforeAnswer, 0},
        {"closed mid-body", Kind::CloseMidBody, 0},
        {"502", Kind::Status, 502},
        {"502 HTML page", Kind::HtmlPage, 502},
        {"504", Kind::Status, 504},
    };
    for (const Change &change : changes)
        for (const Fault &fault : faults)
            QTest::addRow("%s: %s", change.name, fault.name)
                << change.method << int(fault.kind) << fault.status << QString(change.says);
}

void TestUnknownOutcome::saysSoAndRereads() {
    QFETCH(QByteArray, method);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, says);
    TokenSession *session = m_window->session();
    Token target;
    for (const Token &token : m_sandbox->tokens())
        if (!token.isRevoked() && !token.expires())
            target = token;
    QVERIFY(!target.id.isEmpty());

    QDialog *dialog = nullptr;
    if (method == "DELETE")
        dialog = WindowDriver::openRevoke(m_window, target.id);
    else if (method == "POST")
        dialog = WindowDriver::openCreate(m_window, QStringLiteral("Maybe created"));
    else
        dialog = WindowDriver::openEditReview(m_window, target.id, QStringLiteral("Maybe saved"));
    QVERIFY(dialog);
    QTRY_VERIFY(!session->isBusy()); // the create and edit forms load the databases first

    SandboxFault fault;
    fault.kind = SandboxFault::Kind(kind);
    fault.method = method;
    fault.status = status;
    fault.delay = 1500ms; // carried out at once, answered past the client's 1 s timeout
    m_sandbox->addFault(fault);
    m_sandbox->clearReceivedRequests();
    QTest::mouseClick(WindowDriver::sendButton(dialog), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!WindowDriver::shownError(dialog).isEmpty(), 10000);
    const QString shown = WindowDriver::shownError(dialog);
    QVERIFY2(shown.contains(says), qPrintable(shown));
    QVERIFY2(QRegularExpression(QStringLiteral("HTTP 50[24]|did not answer in time|Network error|"
                                               "could not be read"))
                 .match(shown)
                 .hasMatch(),
             qPrintable(shown));

    // Sent once, then the list read again; and the list now holds what the server holds.
    QTRY_VERIFY(!session->isBusy());
    const QList<SandboxServer::ReceivedRequest> requests = m_sandbox->receivedRequests();
    int changes = 0;
    int rereadsAfter = 0;
    for (const auto &request : requests) {
        changes += request.method == method;
        rereadsAfter += changes > 0 && request.method == "GET" &&
                        request.path.endsWith(QLatin1String("/tokens"));
    }
    QCOMPARE(changes, 1);
    QCOMPARE(rereadsAfter, 1);
    QCOMPARE(byId(session->model()->tokens()), byId(m_sandbox->tokens()));
    if (fault.kind == SandboxFault::Kind::Delay) {
        // It did happen, and the list says so.
        const std::optional<Token> now = session->model()->tokenById(target.id);
        if (method == "DELETE")
            QVERIFY(now->isRevoked());
        else if (method == "PATCH")
            QCOMPARE(now->description, QStringLiteral("Maybe saved"));
        else
            QCOMPARE(session->model()->rowCount(), m_sandbox->tokens().size());
    }
}

QTEST_MAIN(TestUnknownOutcome)
#include "tst_UnknownOutcome.moc"
