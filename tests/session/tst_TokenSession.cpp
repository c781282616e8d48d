// The session keeps its model true to the server when answers arrive out of order: a list
// the server made before a confirmed change never puts a row back as it was.
#include "SandboxServer.h"
#include "TokenSession.h"
#include "TokenTableModel.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class TestTokenSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void staleListDoesNotUndoARevoke();
    void staleListDoesNotUndoAnEditOrACreate();
    void refreshAskedForWhileOneRunsIsNotLost();
    void readTokenHandsOverTheServersCopy();

private:
    // The next token list the server makes is held back this long before it is sent.
    void delayNextList(std::chrono::milliseconds delay);
    int listRequests() const;
    Token activeToken() const;

    QNetworkAccessManager *m_network = nullptr;
    SandboxServer *m_sandbox = nullptr;
    TokenSession *m_session = nullptr;
};

void TestTokenSession::init() {
    m_network = new QNetworkAccessManager;
    m_sandbox = new SandboxServer;
    QVERIFY(m_sandbox->start());
    m_session = new TokenSession(m_network, m_sandbox->endpoint());
    QSignalSpy refreshed(m_session, &TokenSession::refreshed);
    m_session->refresh();
    QTRY_COMPARE(refreshed.size(), 1);
    m_sandbox->clearReceivedRequests();
}

void TestTokenSession::cleanup() {
    delete m_session;
    delete m_sandbox;
    delete m_network;
}

void TestTokenSession::delayNextList(std::chrono::milliseconds delay) {
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Delay; // made on arrival, sent late
    fault.method = "GET";
    fault.path = QRegularExpression(QStringLiteral("/tokens$"));
    fault.count = 1;
    fault.delay = delay;
    m_sandbox->addFault(fault);
}

int TestTokenSession::listRequests() const {
    int count = 0;
    for (const auto &request : m_sandbox->receivedRequests())
        count += request.method == "GET" && request.path.endsWith(QLatin1String("/tokens"));
    return count;
}

Token TestTokenSession::activeToken() const {
    for (const Token &token : m_session->model()->tokens())
        if (!token.isRevoked() && !token.expires())
            return token;
    return {};
}

void TestTokenSession::staleListDoesNotUndoARevoke() {
    const Token target = activeToken();
    QVERIFY(!target.id.isEmpty());
    // Every time the model changes, the revoked row must stay revoked.
    bool revokeConfirmed = false;
    bool wentBack = false;
    auto check = [&] {
        const std::optional<Token> token = m_session->model()->tokenById(target.id);
        if (revokeConfirmed && token && !token->isRevoked())
            wentBack = true;
    };
    connect(m_session->model(), &QAbstractItemModel::modelReset, this, check);
    connect(m_session->model(), &QAbstractItemModel::dataChanged, this, check);

    delayNextList(600ms);
    m_session->refresh(); // the server makes this list now, before the revoke
    QTRY_COMPARE(listRequests(), 1);
    QSignalSpy revoked(m_session, &TokenSession::revokeFinished);
    m_session->revoke(target.id);
    QTRY_COMPARE(revoked.size(), 1);
    QVERIFY(!revoked.first().at(1).value<ApiError>().isError());
    revokeConfirmed = true;
    QVERIFY(m_session->model()->tokenById(target.id)->isRevoked());

    QSignalSpy refreshed(m_session, &TokenSession::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 5000);
    QTRY_VERIFY(!m_session->isBusy());
    QVERIFY(!wentBack);
    QVERIFY(m_session->model()->tokenById(target.id)->isRevoked());
    QCOMPARE(listRequests(), 2); // the stale list was asked for again
}

void TestTokenSession::staleListDoesNotUndoAnEditOrACreate() {
    const Token target = activeToken();
    delayNextList(600ms);
    m_session->refresh();
    QTRY_COMPARE(listRequests(), 1);

    QSignalSpy updated(m_session, &TokenSession::updateFinished);
    TokenChanges changes;
    changes.description = QStringLiteral("Renamed while a list was on its way");
    m_session->update(target.id, changes);
    QSignalSpy created(m_session, &TokenSession::createFinished);
    m_session->create(NewToken{QStringLiteral("Created while a list was on its way"), {}, {}});
    QTRY_COMPARE(updated.size(), 1);
    QTRY_COMPARE(created.size(), 1);
    const QString createdId = created.first().at(0).value<Token>().id;
    QVERIFY(m_session->model()->tokenById(createdId));

    QSignalSpy refreshed(m_session, &TokenSession::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 5000);
    QTRY_VERIFY(!m_session->isBusy());
    QCOMPARE(m_session->model()->tokenById(target.id)->description, *changes.description);
    QVERIFY(m_session->model()->tokenById(createdId));
}

void TestTokenSession::refreshAskedForWhileOneRunsIsNotLost() {
    const Token target = activeToken();
    delayNextList(400ms);
    m_session->refresh();
    QTRY_COMPARE(listRequests(), 1);
    // The server changes after it made the first list; the window asks again meanwhile
    // (as after a change whose outcome is unknown), three times.
    QList<Token> tokens = m_sandbox->tokens();
    for (Token &token : tokens)
        if (token.id == target.id)
            token.description = QStringLiteral("Changed on the server");
    m_sandbox->setTokens(tokens);
    m_session->refresh();
    m_session->refresh();
    m_session->refresh();
    QVERIFY(m_session->isRefreshing());

    QSignalSpy refreshed(m_session, &TokenSession::refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, 5000);
    QTRY_VERIFY(!m_session->isBusy());
    QCOMPARE(m_session->model()->tokenById(target.id)->description,
             QStringLiteral("Changed on the server"));
    QCOMPARE(listRequests(), 2); // the three calls made one more list, not three
    QVERIFY(!m_session->isRefreshing());
}

void TestTokenSession::readTokenHandsOverTheServersCopy() {
    const Token target = activeToken();
    QList<Token> tokens = m_sandbox->tokens();
    for (Token &token : tokens)
        if (token.id == target.id)
            token.description = QStringLiteral("Changed on the server");
    m_sandbox->setTokens(tokens);

    // The server's copy goes to the caller, and the list shows it too.
    QObject context;
    QList<ApiResult<Token>> answers;
    auto collect = [&answers](const ApiResult<Token> &result) {
        answers.append(result);
    };
    m_session->readToken(target.id, &context, collect);
    QTRY_COMPARE(answers.size(), 1);
    QVERIFY(answers.first().ok());
    QCOMPARE(answers.first().value.description, QStringLiteral("Changed on the server"));
    QCOMPARE(m_session->model()->tokenById(target.id)->description,
             QStringLiteral("Changed on the server"));

    // Gone: the 404 goes to the caller, and the list is read again to learn the truth.
    QVERIFY(m_sandbox->removeToken(target.id));
    m_sandbox->clearReceivedRequests();
    m_session->readToken(target.id, &context, collect);
    QTRY_COMPARE(answers.size(), 2);
    QVERIFY(answers.last().error.isHttp(404));
    QTRY_VERIFY(!m_session->isBusy());
    QCOMPARE(listRequests(), 1);
    QVERIFY(!m_session->model()->tokenById(target.id));

    // A caller gone before the answer hears nothing.
    auto *shortLived = new QObject;
    m_session->readToken(activeToken().id, shortLived, collect);
    delete shortLived;
    QTRY_VERIFY(!m_session->isBusy());
    QCOMPARE(answers.size(), 2);
}

QTEST_GUILESS_MAIN(TestTokenSession)
#include "tst_TokenSession.moc"
