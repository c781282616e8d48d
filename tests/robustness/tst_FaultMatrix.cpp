#include "MainWindow.h"
#include "SandboxServer.h"
#include "TokenJson.h"
#include "TokenSession.h"
#include "TokenTableModel.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace std::chrono_literals;

namespace {

enum class Operation { List, Get, Revoke, Create, Update, Databases };

struct OperationInfo {
    Operation operation;
    const char *name;
    QByteArray method;
    const char *path; // a regular expression on the encoded path
};

const OperationInfo Operations[] = {
    {Operation::List, "list", "GET", "/tokens$"},
    {Operation::Get, "get", "GET", "/tokens/[^/]+$"},
    {Operation::Revoke, "revoke", "DELETE", "/tokens/[^/]+$"},
    {Operation::Create, "create", "POST", "/tokens$"},
    {Operation::Update, "update", "PATCH", "/tokens/[^/]+$"},
    {Operation::Databases, "databases", "GET", "/databases$"},
};

// What the sentence shown to the user must name: the HTTP status or the network failure.
const QRegularExpression SaysWhy(QStringLiteral(
    "HTTP \\d{3}|did not answer in time|Network error|could not be read|refused|redirect"));

QList<Token> byId(QList<Token> tokens) {
    std::sort(tokens.begin(), tokens.end(),
              [](const Token &a, const Token &b) { return a.id < b.id; });
    return tokens;
}

} // namespace

// Every client operation against every fault a server can show: each cell must end in a
// clear error in words (or, where the answer is valid after all, in success), with no crash,
// a window that still responds, the busy state over, and the list true to the server.
class TestFaultMatrix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void matrix_data();
    void matrix();
    void readsAreRetriedOnBusyServers();
    void changesAreNeverRetried_data();
    void changesAreNeverRetried();
    void noSecretLeaked();

private:
    struct Outcome {
        bool finished = false;
        ApiError error;
    };
    Outcome run(Operation operation, const Token &target);
    QByteArray wrongShape(Operation operation, const QString &variant, const Token &target) const;

    QNetworkAccessManager *m_network = nullptr;
    SandboxServer *m_sandbox = nullptr;
    MainWindow *m_window = nullptr;
    TokenSession *m_session = nullptr;
    int m_cells = 0;
    int m_passed = 0;
    QStringList m_shownTexts; // every error text the cells produced
};

namespace {
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    capturedLog.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

void TestFaultMatrix::initTestCase() {
    previousHandler = qInstallMessageHandler(captureMessages);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("TokenAdminTests"));
    QApplication::setApplicationName(QStringLiteral("tst_faultmatrix"));
    QSettings().clear();
    m_network = new QNetworkAccessManager;
    m_sandbox = new SandboxServer;
    QVERIFY(m_sandbox->start());
    m_session = new TokenSession(m_network, m_sandbox->endpoint());
    m_session->setTimeout(1000ms);
    m_window = new MainWindow;
    m_window->openSession(m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY(m_session->model()->rowCount() > 0);
}

void TestFaultMatrix::cleanupTestCase() {
    qInstallMessageHandler(previousHandler);
    qInfo("Fault matrix: %d cells run, %d passed", m_cells, m_passed);
    delete m_window;
    delete m_sandbox;
    delete m_network;
}

QByteArray TestFaultMatrix::wrongShape(Operation operation, const QString &variant,
                                       const Token &target) const {
    QJsonObject token = TokenJson::encodeToken(target);
    if (operation == Operation::Create)
        token.insert(QStringLiteral("accessToken"),
                     QString(80, QLatin1Char('A')).prepend("apiv1_"));
    QJsonObject database{{"accountId", m_sandbox->accountId()},
                         {"clusterId", m_sandbox->clusterId()},
                         {"name", "telemetry"},
                         {"maxTables", 500},
                         {"maxColumnsPerTable", 200},
                         {"retentionPeriod", 0}};
    QJsonObject &item = operation == Operation::Databases ? database : token;
    const QString field =
        operation == Operation::Databases ? QStringLiteral("name") : QStringLiteral("createdAt");
    if (variant == QLatin1String("wrong types"))
        item.insert(field, 12345);
    else if (variant == QLatin1String("missing fields"))
        item.remove(field);
    else if (variant == QLatin1String("nulls"))
        item.insert(field, QJsonValue::Null);
    else if (variant == QLatin1String("extra fields"))
        item.insert(QStringLiteral("surprise"), QJsonObject{{"nested", QJsonArray{1, 2, 3}}});

    const bool listAnswer = operation == Operation::List || operation == Operation::Databases;
    if (variant == QLatin1String("object instead of array"))
        return QJsonDocument(item).toJson(QJsonDocument::Compact);
    if (variant == QLatin1String("array instead of object"))
        return QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact);
    if (!listAnswer)
        return QJsonDocument(item).toJson(QJsonDocument::Compact);
    QJsonArray array;
    if (operation == Operation::List) {
        for (const Token &other : m_sandbox->tokens())
            array.append(other.id == target.id ? item : TokenJson::encodeToken(other));
    } else {
        array.append(item);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

void TestFaultMatrix::matrix_data() {
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("withErrorBody");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<bool>("succeeds");

    using Kind = SandboxFault::Kind;
    struct Fault {
        Kind kind;
        int status;
        bool withErrorBody;
        const char *variant;
        const char *name;
    };
    const Fault faults[] = {
        {Kind::Delay, 0, true, "", "answer after the timeout"},
        {Kind::Status, 500, true, "", "500 with error body"},
        {Kind::Status, 500, false, "", "500 without body"},
        {Kind::Status, 404, true, "", "404"},
        {Kind::Status, 401, true, "", "401"},
        {Kind::TruncatedBody, 200, true, "", "truncated body"},
        {Kind::NotJson, 200, true, "", "not JSON"},
        {Kind::WrongShape, 200, true, "wrong types", "wrong types"},
        {Kind::WrongShape, 200, true, "missing fields", "missing fields"},
        {Kind::WrongShape, 200, true, "nulls", "nulls"},
        {Kind::WrongShape, 200, true, "extra fields", "extra fields"},
        {Kind::WrongShape, 200, true, "object instead of array", "object instead of array"},
        {Kind::WrongShape, 200, true, "array instead of object", "array instead of object"},
        {Kind::HtmlPage, 502, true, "", "HTML error page"},
        {Kind::HugeBody, 200, true, "", "200 MB body"},
        {Kind::CloseMidBody, 200, true, "", "connection closed mid-body"},
        {Kind::NoAnswer, 0, true, "", "no answer"},
        {Kind::RedirectAway, 302, true, "", "redirect to another origin"},
        {Kind::RetryAfter, 429, true, "", "429 Retry-After"},
        {Kind::RetryAfter, 503, true, "", "503 Retry-After"},
    };
    for (const OperationInfo &op : Operations) {
        const bool listAnswer =
            op.operation == Operation::List || op.operation == Operation::Databases;
        for (const Fault &fault : faults) {
            const QString variant = QString::fromLatin1(fault.variant);
            // Shapes that only make sense for one kind of answer.
            if ((variant == QLatin1String("object instead of array") && !listAnswer) ||
                (variant == QLatin1String("array instead of object") && listAnswer))
                continue;
            // A create "succeeding" with a made-up token would add a row the fault invented.
            if (variant == QLatin1String("extra fields") && op.operation == Operation::Create)
                continue;
            const bool succeeds =
                variant == QLatin1String("extra fields") && op.operation != Operation::Revoke;
            QTest::addRow("%s: %s", op.name, fault.name)
                << int(op.operation) << int(fault.kind) << fault.status << fault.withErrorBody
                << variant << succeeds;
        }
    }
}

TestFaultMatrix::Outcome TestFaultMatrix::run(Operation operation, const Token &target) {
    Outcome outcome;
    auto finish = [&outcome](const ApiError &error) {
        outcome.finished = true;
        outcome.error = error;
    };
    QList<QMetaObject::Connection> connections;
    switch (operation) {
    case Operation::List:
        connections << connect(m_session, &TokenSession::refreshed, this, [&] { finish({}); })
                    << connect(m_session, &TokenSession::refreshFailed, this, finish);
        m_session->refresh();
        break;
    case Operation::Get:
        connections << connect(m_session, &TokenSession::tokenReloaded, this,
                               [&](const QString &, const ApiError &e) { finish(e); });
        m_session->reloadToken(target.id);
        break;
    case Operation::Revoke:
        connections << connect(m_session, &TokenSession::revokeFinished, this,
                               [&](const QString &, const ApiError &e) { finish(e); });
        m_session->revoke(target.id);
        break;
    case Operation::Create:
        connections << connect(
            m_session, &TokenSession::createFinished, this,
            [&](const Token &, const QString &, const ApiError &e) { finish(e); });
        m_session->create(NewToken{QStringLiteral("From the fault matrix"), {}, {}});
        break;
    case Operation::Update: {
        TokenChanges changes;
        changes.description = target.description + QStringLiteral(" (edited)");
        connections << connect(m_session, &TokenSession::updateFinished, this,
                               [&](const QString &, const ApiError &e) { finish(e); });
        m_session->update(target.id, changes);
        break;
    }
    case Operation::Databases:
        connections << connect(m_session, &TokenSession::databasesLoaded, this,
                               [&](const QStringList &, const ApiError &e) { finish(e); });
        m_session->loadDatabases();
        break;
    }
    (void)QTest::qWaitFor([&] { return outcome.finished; }, 60000); // checked by the caller
    for (const QMetaObject::Connection &connection : connections)
        disconnect(connection);
    return outcome;
}

void TestFaultMatrix::matrix() {
    QFETCH(int, operation);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(bool, withErrorBody);
    QFETCH(QString, variant);
    QFETCH(bool, succeeds);
    ++m_cells;
    const Operation op = Operation(operation);
    const OperationInfo &info = Operations[operation];

    // The target: an active token, the same one the server has.
    Token target;
    for (const Token &token : m_sandbox->tokens())
        if (!token.isRevoked() && !token.expires())
            target = token;
    QVERIFY(!target.id.isEmpty());
    const QList<Token> serverBefore = byId(m_sandbox->tokens());
    QCOMPARE(byId(m_session->model()->tokens()), serverBefore);

    SandboxFault fault;
    fault.kind = SandboxFault::Kind(kind);
    fault.method = info.method;
    fault.path = QRegularExpression(QString::fromLatin1(info.path));
    fault.status = status;
    fault.withErrorBody = withErrorBody;
    fault.delay = 2000ms; // past the client's 1 s timeout
    if (fault.kind == SandboxFault::Kind::WrongShape)
        fault.body = wrongShape(op, variant, target);
    m_sandbox->clearFaults();
    m_sandbox->addFault(fault);
    m_sandbox->clearReceivedRequests();

    const Outcome outcome = run(op, target);
    QVERIFY2(outcome.finished, "the operation never reported back");
    m_sandbox->clearFaults();
    // Busy ends, including any re-read the session started to learn the truth.
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 30000);
    QVERIFY(!m_window->findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible());

    if (succeeds) {
        QVERIFY2(!outcome.error.isError(), qPrintable(errorText(outcome.error)));
    } else {
        QVERIFY(outcome.error.isError());
        const QString text = errorText(outcome.error);
        m_shownTexts.append(text);
        QVERIFY2(SaysWhy.match(text).hasMatch(), qPrintable(text));
        QVERIFY2(text.size() < 1000, qPrintable(text.left(200)));
    }

    // The window still responds.
    bool responded = false;
    QTimer::singleShot(0, m_window, [&] { responded = true; });
    QTRY_VERIFY_WITH_TIMEOUT(responded, 2000);
    QVERIFY(m_window->isVisible());

    // Nothing on screen claims what the server did not do. Only a late answer (Delay) may
    // have changed the server; then the list shows that, and nothing else.
    if (fault.kind != SandboxFault::Kind::Delay)
        QCOMPARE(byId(m_sandbox->tokens()), serverBefore);
    QCOMPARE(byId(m_session->model()->tokens()), byId(m_sandbox->tokens()));
    // Put the server back as it was for the next cell.
    m_sandbox->setTokens(serverBefore);
    m_session->refresh();
    QTRY_VERIFY(!m_session->isBusy());
    ++m_passed;
}

void TestFaultMatrix::readsAreRetriedOnBusyServers() {
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::RetryAfter;
    fault.method = "GET";
    fault.path = QRegularExpression(QStringLiteral("/tokens$"));
    fault.status = 429;
    fault.retryAfterSeconds = 1;
    fault.count = 2;
    m_sandbox->clearFaults();
    m_sandbox->addFault(fault);
    m_sandbox->clearReceivedRequests();
    QSignalSpy refreshed(m_session, &TokenSession::refreshed);
    m_session->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
    QCOMPARE(m_sandbox->receivedRequests().size(), 3); // two 429s, then the answer
    m_sandbox->clearFaults();
}

void TestFaultMatrix::changesAreNeverRetried_data() {
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("status");
    for (int status : {429, 503})
        for (Operation op : {Operation::Revoke, Operation::Create, Operation::Update})
            QTest::addRow("%s %d", Operations[int(op)].name, status) << int(op) << status;
}

void TestFaultMatrix::changesAreNeverRetried() {
    QFETCH(int, operation);
    QFETCH(int, status);
    Token target;
    for (const Token &token : m_sandbox->tokens())
        if (!token.isRevoked() && !token.expires())
            target = token;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::RetryAfter;
    fault.method = Operations[operation].method;
    fault.status = status;
    m_sandbox->clearFaults();
    m_sandbox->addFault(fault);
    m_sandbox->clearReceivedRequests();
    const Outcome outcome = run(Operation(operation), target);
    QVERIFY(outcome.error.isHttp(status));
    QTRY_VERIFY(!m_session->isBusy());
    int sent = 0;
    for (const auto &request : m_sandbox->receivedRequests())
        sent += request.method == Operations[operation].method;
    QCOMPARE(sent, 1);
    m_sandbox->clearFaults();
}

// Run last: every error path above has run by now.
void TestFaultMatrix::noSecretLeaked() {
    const QString secret = m_sandbox->managementToken();
    QVERIFY(secret.size() > 16);
    for (const QString &line : std::as_const(capturedLog))
        QVERIFY2(!line.contains(secret), "the management token reached the log");
    for (const QString &text : std::as_const(m_shownTexts))
        QVERIFY2(!text.contains(secret), "the management token reached an error message");
    QVERIFY(!m_window->windowTitle().contains(secret));
    m_window->close(); // writes the window's settings
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY2(!file.readAll().contains(secret.toUtf8()),
                 "the management token reached settings");
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(secret));
    QVERIFY(m_shownTexts.size() > 50);
}

QTEST_MAIN(TestFaultMatrix)
#include "tst_FaultMatrix.moc"
