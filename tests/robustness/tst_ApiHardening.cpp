#include "ManagementApi.h"
#include "SandboxServer.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>

#include <optional>

using namespace std::chrono_literals;

namespace {

// One call's outcome, whatever the operation.
struct Outcome {
    bool finished = false;
    ApiError error;
};

} // namespace

// The API client against a sandbox that misbehaves in ways the fault matrix cannot show by
// its outcome alone: how many requests reached the server, how long it waited, how much it read.
class TestApiHardening : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void closedBeforeAnswerIsSentOnce_data();
    void closedBeforeAnswerIsSentOnce();

private:
    Outcome call(const QByteArray &method);
    int received(const QByteArray &method) const;
    QString activeTokenId() const;

    QNetworkAccessManager *m_network = nullptr;
    SandboxServer *m_sandbox = nullptr;
    ManagementApi *m_api = nullptr;
};

void TestApiHardening::init() {
    m_network = new QNetworkAccessManager;
    m_sandbox = new SandboxServer;
    QVERIFY(m_sandbox->start());
    m_api = new ManagementApi(m_network, m_sandbox->endpoint());
    m_api->setTimeout(5s);
}

void TestApiHardening::cleanup() {
    delete m_api;
    delete m_sandbox;
    delete m_network;
}

QString TestApiHardening::activeTokenId() const {
    for (const Token &token : m_sandbox->tokens())
        if (!token.isRevoked())
            return token.id;
    return {};
}

int TestApiHardening::received(const QByteArray &method) const {
    int count = 0;
    for (const auto &request : m_sandbox->receivedRequests())
        count += request.method == method;
    return count;
}

Outcome TestApiHardening::call(const QByteArray &method) {
    Outcome outcome;
    auto finish = [&outcome](const ApiError &error) {
        outcome.finished = true;
        outcome.error = error;
    };
    const QString id = activeTokenId();
    if (method == "DELETE") {
        m_api->revokeToken(id, this, finish);
    } else if (method == "POST") {
        m_api->createToken(NewToken{QStringLiteral("sent once"), {}, {}}, this,
                           [&](const ApiResult<CreatedToken> &result) { finish(result.error); });
    } else if (method == "PATCH") {
        TokenChanges changes;
        changes.description = QStringLiteral("sent once");
        m_api->updateToken(id, changes, this,
                           [&](const ApiResult<Token> &result) { finish(result.error); });
    } else {
        m_api->getToken(id, this, [&](const ApiResult<Token> &result) { finish(result.error); });
    }
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome.finished, 30000);
    }();
    return outcome;
}

void TestApiHardening::closedBeforeAnswerIsSentOnce_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("revoke") << QByteArray("DELETE");
    QTest::newRow("create") << QByteArray("POST");
    QTest::newRow("update") << QByteArray("PATCH");
}

// The server closes a kept-alive connection without answering: the request may have been
// carried out, so it must not be sent again behind the user's back.
void TestApiHardening::closedBeforeAnswerIsSentOnce() {
    QFETCH(QByteArray, method);
    // A first request leaves a kept-alive connection for the next one to reuse.
    bool listed = false;
    m_api->listTokens(this, [&](const ApiResult<TokenList> &result) { listed = result.ok(); });
    QTRY_VERIFY(listed);

    SandboxFault fault;
    fault.kind = SandboxFault::Kind::CloseBeforeAnswer;
    fault.method = method;
    m_sandbox->addFault(fault);
    m_sandbox->clearReceivedRequests();
    const Outcome outcome = call(method);
    QVERIFY(outcome.error.isError());
    QVERIFY2(outcome.error.outcomeUnknown(), qPrintable(errorText(outcome.error)));
    QVERIFY2(errorText(outcome.error).contains(QLatin1String("not sent again")),
             qPrintable(errorText(outcome.error)));
    QCOMPARE(received(method), 1);
    // And once more on a fresh connection: still one.
    m_sandbox->clearReceivedRequests();
    const Outcome again = call(method);
    QVERIFY(again.error.outcomeUnknown());
    QCOMPARE(received(method), 1);
}

QTEST_GUILESS_MAIN(TestApiHardening)
#include "tst_ApiHardening.moc"
