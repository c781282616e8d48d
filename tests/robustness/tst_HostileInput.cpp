#include "ConnectionController.h"
#include "ConnectionManagerDialog.h"
#include "CredentialStore.h"
#include "DisplayText.h"
#include "MainWindow.h"
#include "ManagementApi.h"
#include "RevokeTokenDialog.h"
#include "SandboxServer.h"
#include "TokenSession.h"
#include "TokenTableModel.h"
#include "WindowDriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <optional>

using namespace std::chrono_literals;

namespace {

Token hostileToken(const QString &id, const QString &description) {
    Token token;
    token.id = id;
    token.description = description;
    token.permissions = {{QStringLiteral("read"), QStringLiteral("telemetry")}};
    token.createdAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    return token;
}

} // namespace

// IDs and descriptions a hostile or broken server may send, and the races a user can start:
// none may change which request is sent, break the table, or crash the program.
class TestHostileInput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void hostileIdsStayOneSegment_data();
    void hostileIdsStayOneSegment();
    void hostileIdsStayOneSegmentForGetAndPatch_data();
    void hostileIdsStayOneSegmentForGetAndPatch();
    void dotSegmentIdIsNeverSent();
    void typedIdsNeverReachThePath_data();
    void typedIdsNeverReachThePath();
    void endpointIdsStayOneSegment_data();
    void endpointIdsStayOneSegment();
    void descriptionsShowLiterally_data();
    void descriptionsShowLiterally();
    void heldEnterSendsOnce_data();
    void heldEnterSendsOnce();
    void heldEnterStopsAtTheEditReview();
    void doubleClickSendsOnce_data();
    void doubleClickSendsOnce();
    void secondClickWhileRunningSendsOnce_data();
    void secondClickWhileRunningSendsOnce();
    void closingTheDialogWhileRevoking();
    void switchingConnectionWhileRevoking();
    void closingTheWindowWhileRevoking();

private:
    void connectWindow(SandboxServer *server);
    RevokeTokenDialog *openRevokeDialog(const QString &tokenId);
    int deletes() const;
    int requests(const QByteArray &method) const;
    // The dialog for `action` (revoke, create, edit), one key or click from sending.
    QDialog *openReadyDialog(const QString &action);

    QNetworkAccessManager *m_network = nullptr;
    SandboxServer *m_sandbox = nullptr;
    QPointer<MainWindow> m_window;
};

void TestHostileInput::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("TokenAdminTests"));
    QApplication::setApplicationName(QStringLiteral("tst_hostileinput"));
}

void TestHostileInput::init() {
    QSettings().clear();
    m_network = new QNetworkAccessManager;
    m_sandbox = new SandboxServer;
    QVERIFY(m_sandbox->start());
    QList<Token> tokens = m_sandbox->tokens();
    tokens << hostileToken(QStringLiteral("a/b"), QStringLiteral("slash in the ID"))
           << hostileToken(QStringLiteral("../../accounts"), QStringLiteral("climbing ID"))
           << hostileToken(QStringLiteral("100%25"), QStringLiteral("percent ID"))
           << hostileToken(QStringLiteral("two words?x=1#y"), QStringLiteral("query ID"))
           << hostileToken(QString(5000, QLatin1Char('x')), QStringLiteral("very long ID"))
           << hostileToken(QStringLiteral(".."), QStringLiteral("dot-dot ID"));
    m_sandbox->setTokens(tokens);
    m_window = new MainWindow;
    connectWindow(m_sandbox);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_sandbox->clearReceivedRequests();
}

void TestHostileInput::cleanup() {
    delete m_window;
    delete m_sandbox;
    delete m_network;
}

void TestHostileInput::connectWindow(SandboxServer *server) {
    m_window->openSession(new TokenSession(m_network, server->endpoint()));
    QTRY_COMPARE(m_window->session()->model()->rowCount(), server->tokens().size());
}

RevokeTokenDialog *TestHostileInput::openRevokeDialog(const QString &tokenId) {
    m_window->selectToken(tokenId);
    if (m_window->selectedTokenId() != tokenId)
        return nullptr;
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    RevokeTokenDialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] { return (dialog = m_window->findChild<RevokeTokenDialog *>()); });
    if (dialog)
        dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox"))->setChecked(true);
    return dialog;
}

int TestHostileInput::deletes() const {
    return requests("DELETE");
}

int TestHostileInput::requests(const QByteArray &method) const {
    int count = 0;
    for (const auto &request : m_sandbox->receivedRequests())
        count += request.method == method;
    return count;
}

QDialog *TestHostileInput::openReadyDialog(const QString &action) {
    const QString id = m_window->session()->model()->tokenAt(0).id;
    QDialog *dialog = nullptr;
    if (action == QLatin1String("revoke"))
        dialog = openRevokeDialog(id);
    else if (action == QLatin1String("create"))
        dialog = WindowDriver::openCreate(m_window, QStringLiteral("Sent once"));
    else
        dialog = WindowDriver::openEditReview(m_window, id, QStringLiteral("Sent once"));
    // The forms load the databases first; nothing else is in flight once they have.
    (void)QTest::qWaitFor([this] { return !m_window->session()->isBusy(); });
    m_sandbox->clearReceivedRequests();
    return dialog;
}

namespace {

QByteArray methodOf(const QString &action) {
    return action == QLatin1String("revoke")   ? QByteArray("DELETE")
           : action == QLatin1String("create") ? QByteArray("POST")
                                               : QByteArray("PATCH");
}

void addActions() {
    QTest::addColumn<QString>("action");
    for (const char *action : {"revoke", "create", "edit"})
        QTest::newRow(action) << QString::fromLatin1(action);
}

} // namespace

void TestHostileInput::hostileIdsStayOneSegment_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("slash") << "a/b"
                           << "a%2Fb";
    QTest::newRow("climbing") << "../../accounts"
                              << "..%2F..%2Faccounts";
    QTest::newRow("percent") << "100%25"
                             << "100%2525";
    QTest::newRow("query and fragment") << "two words?x=1#y"
                                        << "two%20words%3Fx%3D1%23y";
    QTest::newRow("5,000 characters")
        << QString(5000, QLatin1Char('x')) << QString(5000, QLatin1Char('x'));
}

void TestHostileInput::hostileIdsStayOneSegment() {
    QFETCH(QString, id);
    QFETCH(QString, encoded);
    m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->setChecked(true);
    RevokeTokenDialog *dialog = openRevokeDialog(id);
    QVERIFY(dialog);
    QCOMPARE(dialog->tokenId(), id);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(deletes(), 1);
    const QString path = m_sandbox->receivedRequests().constLast().path;
    QCOMPARE(path, QStringLiteral("/api/v0/accounts/%1/clusters/%2/tokens/%3")
                       .arg(m_sandbox->accountId(), m_sandbox->clusterId(), encoded));
    // That one segment is no UUID: the server refuses it (400, as the spec says), the dialog
    // says so with the server's words, and nothing is revoked, there or on screen.
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("HTTP 400")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("not a UUID")), qPrintable(error->text()));
    QVERIFY(m_window->findChild<RevokeTokenDialog *>());
    for (const Token &token : m_sandbox->tokens())
        QVERIFY(
            !(token.isRevoked() && token.revokedAt > QDateTime::currentDateTimeUtc().addSecs(-60)));
    QCOMPARE(m_window->session()->model()->tokenById(id)->isRevoked(), false);
    QCOMPARE(deletes(), 1);
}

void TestHostileInput::hostileIdsStayOneSegmentForGetAndPatch_data() {
    hostileIdsStayOneSegment_data();
}

void TestHostileInput::hostileIdsStayOneSegmentForGetAndPatch() {
    QFETCH(QString, id);
    QFETCH(QString, encoded);
    const QString path = QStringLiteral("/api/v0/accounts/%1/clusters/%2/tokens/%3")
                             .arg(m_sandbox->accountId(), m_sandbox->clusterId(), encoded);
    TokenSession *session = m_window->session();

    // GET one: one segment, refused as no UUID (400); the row stays as it was.
    const Token before = *session->model()->tokenById(id);
    QSignalSpy reloaded(session, &TokenSession::tokenReloaded);
    session->reloadToken(id);
    QTRY_COMPARE(reloaded.size(), 1);
    const ApiError error = reloaded.first().at(1).value<ApiError>();
    QVERIFY2(error.isHttp(400), qPrintable(errorText(error)));
    QCOMPARE(m_sandbox->receivedRequests().constLast().method, QByteArray("GET"));
    QCOMPARE(m_sandbox->receivedRequests().constLast().path, path);
    QCOMPARE(*session->model()->tokenById(id), before);

    // The edit dialog's review reads the token first: one segment, refused (400); the dialog
    // says so, stays open, and sends no PATCH.
    m_sandbox->clearReceivedRequests();
    EditTokenDialog *dialog = WindowDriver::openEditReview(m_window, id, QStringLiteral("Renamed"));
    QVERIFY(dialog);
    auto *shown = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(shown);
    QTRY_VERIFY(shown->isVisible());
    QVERIFY2(shown->text().contains(QLatin1String("HTTP 400")), qPrintable(shown->text()));
    QVERIFY2(shown->text().contains(QLatin1String("not a UUID")), qPrintable(shown->text()));
    QVERIFY(m_window->findChild<EditTokenDialog *>());
    QTRY_VERIFY(!session->isBusy());
    QCOMPARE(requests("PATCH"), 0);
    bool readThere = false;
    for (const auto &request : m_sandbox->receivedRequests())
        readThere |= request.method == "GET" && request.path == path;
    QVERIFY(readThere);
    WindowDriver::closeDialogs(m_window);

    // PATCH, through the session the dialog sends with: sent once, as one segment; refused
    // (400), and no token changes, on the server or on screen.
    m_sandbox->clearReceivedRequests();
    QSignalSpy updated(session, &TokenSession::updateFinished);
    TokenChanges rename;
    rename.description = QStringLiteral("Renamed");
    session->update(id, rename);
    QTRY_COMPARE(updated.size(), 1);
    QCOMPARE(requests("PATCH"), 1);
    QCOMPARE(m_sandbox->receivedRequests().constLast().path, path);
    const ApiError refused = updated.first().at(1).value<ApiError>();
    QVERIFY2(refused.isHttp(400), qPrintable(errorText(refused)));
    QVERIFY2(errorText(refused).contains(QLatin1String("not a UUID")),
             qPrintable(errorText(refused)));
    for (const Token &token : m_sandbox->tokens())
        QVERIFY(token.description != QLatin1String("Renamed"));
    QCOMPARE(session->model()->tokenById(id)->description, before.description);
    QCOMPARE(requests("PATCH"), 1);
}

void TestHostileInput::typedIdsNeverReachThePath_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    for (const char *field : {"accountField", "clusterField"}) {
        for (const char *typed : {"../../tokens", "..", "a/b", "x?y#z", "%2e%2e"})
            QTest::addRow("%s: %s", field, typed) << QString::fromLatin1(field) << typed;
    }
}

// Account and cluster IDs are the IDs a user types into a path (the connection manager, or
// --account and --cluster): anything but a UUID is refused before a request is made.
void TestHostileInput::typedIdsNeverReachThePath() {
    QFETCH(QString, field);
    QFETCH(QString, typed);
    CredentialStore credentials(QStringLiteral("Token Admin hostile input test"));
    ConnectionController controller(&credentials);
    controller.load(QStringLiteral("/nonexistent/influxctl.toml"));
    QSignalSpy ready(&controller, &ConnectionController::ready);
    ConnectionManagerDialog dialog(&controller, m_window);
    connect(&dialog, &ConnectionManagerDialog::connectRequested, &controller,
            [&controller](const Connection &connection, const QString &token) {
                controller.open(connection, token);
            });
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("newConnectionButton")),
                      Qt::LeftButton);
    auto type = [&dialog](const QString &name, const QString &text) {
        auto *edit = dialog.findChild<QLineEdit *>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->selectAll();
        QTest::keyClicks(edit, text);
    };
    type(QStringLiteral("nameField"), QStringLiteral("Typed"));
    type(QStringLiteral("apiUrlField"), m_sandbox->apiUrl().toString());
    type(QStringLiteral("accountField"), m_sandbox->accountId());
    type(QStringLiteral("clusterField"), m_sandbox->clusterId());
    type(QStringLiteral("managementTokenField"), m_sandbox->managementToken());
    auto *connectButton = dialog.findChild<QPushButton *>(QStringLiteral("connectButton"));
    QVERIFY(connectButton->isEnabled()); // the form is good until the hostile ID goes in
    type(field, typed);
    QVERIFY(!connectButton->isEnabled());
    const QString problem = dialog.findChild<QLabel *>(QStringLiteral("connectProblem"))->text();
    QVERIFY2(problem.contains(QLatin1String("UUID")), qPrintable(problem));
    QTest::keyClick(connectButton, Qt::Key_Space);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(ready.size(), 0);
    QCOMPARE(m_sandbox->receivedRequests().size(), 0);
}

void TestHostileInput::endpointIdsStayOneSegment_data() {
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("encodedAccount");
    QTest::newRow("slash") << "a/b"
                           << "a%2Fb";
    QTest::newRow("climbing") << "../../x"
                              << "..%2F..%2Fx";
    QTest::newRow("query") << "x?y#z"
                           << "x%3Fy%23z";
    QTest::newRow("dot-dot") << ".." << QString();
    QTest::newRow("dot") << "." << QString();
    QTest::newRow("empty") << "" << QString();
}

// The API client's own gate, below every form: an account ID in an Endpoint, however it got
// there, stays one segment, and one that cannot ("." and "..") is never sent.
void TestHostileInput::endpointIdsStayOneSegment() {
    QFETCH(QString, accountId);
    QFETCH(QString, encodedAccount);
    Endpoint endpoint = m_sandbox->endpoint();
    endpoint.accountId = accountId;
    ManagementApi api(m_network, endpoint);
    std::optional<ApiResult<TokenList>> result;
    api.listTokens(this, [&](const ApiResult<TokenList> &answer) { result = answer; });
    QTRY_VERIFY(result);
    if (encodedAccount.isEmpty()) {
        QCOMPARE(result->error.kind, ApiError::Kind::InvalidRequest);
        QVERIFY2(errorText(result->error).contains(QLatin1String("did not send")),
                 qPrintable(errorText(result->error)));
        QCOMPARE(m_sandbox->receivedRequests().size(), 0);
        return;
    }
    // One segment, which is no UUID: 400, and nothing else was asked.
    QVERIFY2(result->error.isHttp(400), qPrintable(errorText(result->error)));
    QCOMPARE(m_sandbox->receivedRequests().size(), 1);
    QCOMPARE(m_sandbox->receivedRequests().first().path,
             QStringLiteral("/api/v0/accounts/%1/clusters/%2/tokens")
                 .arg(encodedAccount, m_sandbox->clusterId()));
}

void TestHostileInput::dotSegmentIdIsNeverSent() {
    m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->setChecked(true);
    RevokeTokenDialog *dialog = openRevokeDialog(QStringLiteral(".."));
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("did not send")), qPrintable(error->text()));
    QCOMPARE(deletes(), 0);
}

void TestHostileInput::descriptionsShowLiterally_data() {
    QTest::addColumn<QString>("description");
    QTest::newRow("HTML") << "<b>x</b><img src=x onerror=alert(1)>";
    QTest::newRow("right-to-left override") << QString::fromUtf8("invoice\u202Etxt.exe");
    QTest::newRow("control characters")
        << QString::fromUtf8("bell\a back\b esc\x1b[31m nul") + QChar(0) + "end";
    QTest::newRow("emoji") << QString::fromUtf8("🔑 telemetry 👩‍💻");
    QTest::newRow("10,000 characters") << QString(10000, QLatin1Char('w'));
}

void TestHostileInput::descriptionsShowLiterally() {
    QFETCH(QString, description);
    const QString id = QStringLiteral("0badc0de-0000-4000-8000-000000000001");
    QList<Token> tokens = m_sandbox->tokens();
    tokens.append(hostileToken(id, description));
    m_sandbox->setTokens(tokens);
    m_window->session()->refresh();
    QTRY_VERIFY(m_window->session()->model()->tokenById(id));
    m_window->selectToken(id);

    const TokenTableModel *model = m_window->session()->model();
    const QModelIndex cell = model->index(model->rowOf(id), TokenTableModel::DescriptionColumn);
    QCOMPARE(cell.data().toString(), DisplayText::singleLine(description));
    QVERIFY(!cell.data().toString().contains(QChar(0x1b)));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(description.left(20).toHtmlEscaped()));
    auto *details = m_window->findChild<QLabel *>(QStringLiteral("detailsDescription"));
    QCOMPARE(details->textFormat(), Qt::PlainText);
    QCOMPARE(details->text(), DisplayText::singleLine(description, 2000));

    RevokeTokenDialog *dialog = openRevokeDialog(id);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"))->text(),
             description);
    // Painting all of it must work.
    QVERIFY(!m_window->grab().isNull());
    QVERIFY(!dialog->grab().isNull());
    dialog->reject();
}

void TestHostileInput::heldEnterSendsOnce_data() {
    addActions();
}

void TestHostileInput::heldEnterSendsOnce() {
    QFETCH(QString, action);
    QDialog *dialog = openReadyDialog(action);
    QVERIFY(dialog);
    m_sandbox->setResponseDelay(300ms);
    QPointer<QDialog> guard(dialog);
    QVERIFY(dialog->focusWidget());
    for (int i = 0; i < 20 && guard; ++i) { // a held key repeats
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QString(), i > 0);
        QApplication::sendEvent(guard->focusWidget() ? guard->focusWidget() : guard.data(), &press);
    }
    QTRY_COMPARE(requests(methodOf(action)), 1);
    QTRY_VERIFY(!m_window->session()->isBusy());
    QCOMPARE(requests(methodOf(action)), 1);
    WindowDriver::closeDialogs(m_window);
}

void TestHostileInput::heldEnterStopsAtTheEditReview() {
    // Enter held down on the edit form opens the review; the changes it shows are confirmed
    // only by a key pressed while they are on screen, never by the same held key.
    const QString id = m_window->session()->model()->tokenAt(0).id;
    m_window->selectToken(id);
    WindowDriver::trigger(m_window, "actionEditToken");
    auto *dialog = WindowDriver::waitFor<EditTokenDialog>(m_window);
    QVERIFY(dialog);
    QTRY_VERIFY(!m_window->session()->isBusy()); // the database list has come
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("Held Enter"));
    m_sandbox->clearReceivedRequests();
    auto holdEnter = [dialog] {
        for (int i = 0; i < 20; ++i) { // a held key repeats
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QString(), i > 0);
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : dialog;
            QApplication::sendEvent(target, &press);
        }
    };
    holdEnter();
    // The review opens once the token has been read from the server; the key still held
    // then goes on repeating.
    QTRY_VERIFY(dialog->findChild<QWidget *>(QStringLiteral("changeSummary"))->isVisible());
    for (int i = 0; i < 20; ++i) {
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QString(), true);
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : dialog;
        QApplication::sendEvent(target, &repeat);
    }
    QVERIFY(!m_window->session()->isUpdating(id)); // a PATCH would be on its way by now
    QCOMPARE(requests("PATCH"), 0);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog,
                    Qt::Key_Return);
    QTRY_COMPARE(requests("PATCH"), 1);
    QTRY_VERIFY(!m_window->session()->isBusy());
    QCOMPARE(requests("PATCH"), 1);
    WindowDriver::closeDialogs(m_window);
}

void TestHostileInput::doubleClickSendsOnce_data() {
    addActions();
}

void TestHostileInput::doubleClickSendsOnce() {
    QFETCH(QString, action);
    QDialog *dialog = openReadyDialog(action);
    QVERIFY(dialog);
    m_sandbox->setResponseDelay(300ms);
    // A real double click: a press and release, then a second press (a double-click event)
    // and release.
    QTest::mouseClick(WindowDriver::sendButton(dialog), Qt::LeftButton);
    QTest::mouseDClick(WindowDriver::sendButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(requests(methodOf(action)), 1);
    QTRY_VERIFY(!m_window->session()->isBusy());
    QCOMPARE(requests(methodOf(action)), 1);
    WindowDriver::closeDialogs(m_window);
}

void TestHostileInput::secondClickWhileRunningSendsOnce_data() {
    addActions();
}

void TestHostileInput::secondClickWhileRunningSendsOnce() {
    QFETCH(QString, action);
    QDialog *dialog = openReadyDialog(action);
    QVERIFY(dialog);
    m_sandbox->setResponseDelay(500ms);
    QPushButton *send = WindowDriver::sendButton(dialog);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(requests(methodOf(action)), 1); // it reached the server, the answer is due
    QVERIFY(m_window->session()->isBusy());
    // Clicked again, and the button made to fire as if it were still enabled.
    QTest::mouseClick(send, Qt::LeftButton);
    Q_EMIT send->clicked();
    QTRY_VERIFY(!m_window->session()->isBusy());
    QCOMPARE(requests(methodOf(action)), 1);
    WindowDriver::closeDialogs(m_window);
}

void TestHostileInput::closingTheDialogWhileRevoking() {
    m_sandbox->setResponseDelay(300ms);
    const QString id = m_window->session()->model()->tokenAt(0).id;
    RevokeTokenDialog *dialog = openRevokeDialog(id);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(deletes(), 1);
    dialog->reject(); // the user closes it; the answer still comes
    QTRY_VERIFY(!m_window->session()->isBusy());
    // The server confirmed, so the list says so; nothing was sent twice.
    QVERIFY(m_window->session()->model()->tokenById(id)->isRevoked());
    QCOMPARE(deletes(), 1);
}

void TestHostileInput::switchingConnectionWhileRevoking() {
    m_sandbox->setResponseDelay(500ms);
    const QString id = m_window->session()->model()->tokenAt(0).id;
    RevokeTokenDialog *dialog = openRevokeDialog(id);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(deletes(), 1);

    SandboxServer other;
    QVERIFY(other.start());
    connectWindow(&other); // the old session and its pending call go away
    // Past the old answer's time: nothing may call into the dead.
    QTRY_COMPARE(m_sandbox->unansweredCount(), 0);
    QCoreApplication::processEvents();
    // Both sandboxes share their seed: a late answer leaking into the new list would show
    // the same ID revoked here, where the server never revoked it.
    QVERIFY(other.receivedRequests().size() >= 1);
    for (const auto &request : other.receivedRequests())
        QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(m_window->session()->model()->tokens(), other.tokens());
    QVERIFY(m_window->session()->model()->tokenById(id));
    QVERIFY(!m_window->session()->model()->tokenById(id)->isRevoked());
    delete dialog;
}

void TestHostileInput::closingTheWindowWhileRevoking() {
    m_sandbox->setResponseDelay(300ms);
    const QString id = m_window->session()->model()->tokenAt(0).id;
    RevokeTokenDialog *dialog = openRevokeDialog(id);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(deletes(), 1);
    delete m_window; // quitting with a request in flight
    QVERIFY(m_window.isNull());
    // Past the answer's time: nothing may call into the window that is gone.
    QTRY_COMPARE(m_sandbox->unansweredCount(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(deletes(), 1);
}

QTEST_MAIN(TestHostileInput)
#include "tst_HostileInput.moc"
