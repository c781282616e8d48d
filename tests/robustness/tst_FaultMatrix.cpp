#include "../common/SecretStretches.h"
#include "ConnectionController.h"
#include "ConnectionManagerDialog.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "ManagementApi.h"
#include "SandboxServer.h"
#include "TokenJson.h"
#include "TokenSession.h"
#include "TokenTableModel.h"
#include "WindowDriver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

// SessionReread asks for one token through TokenSession::reloadToken, not the window: the
// window asks for one token only after a confirmed revoke, where a failed re-read is rightly
// not shown (the revoke stands); the row checks the sentence the session's error makes.
enum class Operation { List, SessionReread, Revoke, Create, Update, Databases };

struct OperationInfo {
    Operation operation;
    const char *name;
    QByteArray method;
    const char *path; // a regular expression on the encoded path
};

const OperationInfo Operations[] = {
    {Operation::List, "list", "GET", "/tokens$"},
    {Operation::SessionReread, "session re-read of one token", "GET", "/tokens/[^/]+$"},
    {Operation::Revoke, "revoke", "DELETE", "/tokens/[^/]+$"},
    {Operation::Create, "create", "POST", "/tokens$"},
    {Operation::Update, "update", "PATCH", "/tokens/[^/]+$"},
    {Operation::Databases, "databases", "GET", "/databases$"},
};

bool isListAnswer(Operation operation) {
    return operation == Operation::List || operation == Operation::Databases;
}

// What the sentence shown to the user must name: the HTTP status or the network failure.
const QRegularExpression SaysWhy(
    QStringLiteral("HTTP \\d{3}|did not answer in time|Network error|could not be read|refused|"
                   "redirect|larger than"));

QList<Token> byId(QList<Token> tokens) {
    std::sort(tokens.begin(), tokens.end(),
              [](const Token &a, const Token &b) { return a.id < b.id; });
    return tokens;
}

// Valid JSON of the wrong shape. `Item` variants change one field of the token (or database)
// the operation expects; `Body` variants replace the whole body.
struct Shape {
    enum Target { TokenItem, CreatedTokenItem, DatabaseItem, Body };
    const char *name;
    Target target;
    std::function<void(QJsonObject &)> change; // Item variants
    QByteArray body;                           // Body variants; "" picks by operation
};

const QList<Shape> &shapes() {
    using O = QJsonObject;
    static const QList<Shape> list{
        {"id as number", Shape::TokenItem, [](O &o) { o["id"] = 12345; }, {}},
        {"missing id", Shape::TokenItem, [](O &o) { o.remove("id"); }, {}},
        {"id null", Shape::TokenItem, [](O &o) { o["id"] = QJsonValue::Null; }, {}},
        {"empty id", Shape::TokenItem, [](O &o) { o["id"] = ""; }, {}},
        {"description null",
         Shape::TokenItem,
         [](O &o) { o["description"] = QJsonValue::Null; },
         {}},
        {"description as number", Shape::TokenItem, [](O &o) { o["description"] = 42; }, {}},
        {"permissions as object",
         Shape::TokenItem,
         [](O &o) {
             o["permissions"] = O{{"action", "read"}, {"resource", "telemetry"}};
         },
         {}},
        {"permission as string",
         Shape::TokenItem,
         [](O &o) { o["permissions"] = QJsonArray{"read"}; },
         {}},
        {"permission action as number",
         Shape::TokenItem,
         [](O &o) {
             o["permissions"] = QJsonArray{O{{"action", 1}, {"resource", "x"}}};
         },
         {}},
        {"missing permissions", Shape::TokenItem, [](O &o) { o.remove("permissions"); }, {}},
        {"createdAt as number", Shape::TokenItem, [](O &o) { o["createdAt"] = 12345; }, {}},
        {"missing createdAt", Shape::TokenItem, [](O &o) { o.remove("createdAt"); }, {}},
        {"createdAt null", Shape::TokenItem, [](O &o) { o["createdAt"] = QJsonValue::Null; }, {}},
        {"createdAt not a date", Shape::TokenItem, [](O &o) { o["createdAt"] = "yesterday"; }, {}},
        {"expiresAt not a date", Shape::TokenItem, [](O &o) { o["expiresAt"] = "soon"; }, {}},
        {"revokedAt as object", Shape::TokenItem, [](O &o) { o["revokedAt"] = O{}; }, {}},
        {"extra fields",
         Shape::TokenItem,
         [](O &o) {
             o["surprise"] = O{{"nested", QJsonArray{1, 2, 3}}};
         },
         {}},
        {"accessToken missing", Shape::CreatedTokenItem, [](O &o) { o.remove("accessToken"); }, {}},
        {"accessToken too short",
         Shape::CreatedTokenItem,
         [](O &o) { o["accessToken"] = "apiv1_short"; },
         {}},
        {"accessToken as number", Shape::CreatedTokenItem, [](O &o) { o["accessToken"] = 7; }, {}},
        {"name as number", Shape::DatabaseItem, [](O &o) { o["name"] = 7; }, {}},
        {"missing name", Shape::DatabaseItem, [](O &o) { o.remove("name"); }, {}},
        {"name null", Shape::DatabaseItem, [](O &o) { o["name"] = QJsonValue::Null; }, {}},
        {"empty name", Shape::DatabaseItem, [](O &o) { o["name"] = ""; }, {}},
        {"database extra fields", Shape::DatabaseItem, [](O &o) { o["surprise"] = true; }, {}},
        {"object instead of array", Shape::Body, {}, "object"},
        {"array instead of object", Shape::Body, {}, "array"},
        {"item as string", Shape::Body, {}, R"(["a token"])"},
        {"empty object", Shape::Body, {}, "{}"},
        {"bare null", Shape::Body, {}, "null"},
        {"bare number", Shape::Body, {}, "42"},
    };
    return list;
}

bool shapeApplies(const Shape &shape, Operation operation) {
    switch (shape.target) {
    case Shape::TokenItem:
        return operation != Operation::Databases;
    case Shape::CreatedTokenItem:
        return operation == Operation::Create;
    case Shape::DatabaseItem:
        return operation == Operation::Databases;
    case Shape::Body:
        if (shape.body == "object")
            return isListAnswer(operation);
        if (shape.body == "array")
            return !isListAnswer(operation);
        return true;
    }
    return false;
}

// Everything written to stderr (Qt's messages, and anything printed straight to fd 2) goes to
// a file while the suite runs, for the leak test to read; it is replayed at the end.
class StderrCapture {
public:
    bool start() {
        if (!m_file.open())
            return false;
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        return m_saved >= 0 && ::dup2(m_file.handle(), STDERR_FILENO) >= 0;
    }
    QByteArray text() {
        std::fflush(stderr);
        QFile reader(m_file.fileName());
        return reader.open(QIODevice::ReadOnly) ? reader.readAll() : QByteArray();
    }
    void stop() {
        if (m_saved < 0)
            return;
        const QByteArray captured = text();
        ::dup2(m_saved, STDERR_FILENO);
        ::close(m_saved);
        m_saved = -1;
        std::fwrite(captured.constData(), 1, size_t(captured.size()), stderr);
    }

private:
    QTemporaryFile m_file;
    int m_saved = -1;
};

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    capturedLog.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

// Every client operation against every fault a server can show, driven through the window as
// a user drives it (all but the session re-read of one token, see Operation): each cell must end in
// a clear error in words on screen (or, where the answer is valid after all, in success), with no
// crash, a window that kept responding, the busy state over, and the list true to the server. Then
// the management token is looked for everywhere a user or a log could see it.
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
        QString shown;           // what the window says about it, in words
        qint64 longestGapMs = 0; // the longest the window's event loop went without running
    };
    Outcome run(Operation operation, const Token &target, const SandboxFault &fault);
    QByteArray wrongShape(Operation operation, const QString &variant, const Token &target) const;
    Token activeToken() const;
    // Everything the widgets show now: texts, titles, tool tips, accessible names, cells.
    void collectShownTexts();
    void exerciseOtherErrorPaths();

    StderrCapture m_stderr;
    QTemporaryDir m_dir;
    QNetworkAccessManager *m_network = nullptr;
    SandboxServer *m_sandbox = nullptr;
    MainWindow *m_window = nullptr;
    TokenSession *m_session = nullptr;
    int m_cells = 0;
    int m_passed = 0;
    qint64 m_longestGapMs = 0;
    QSet<QString> m_shownTexts; // every text any widget showed during the run
};

void TestFaultMatrix::initTestCase() {
    QVERIFY(m_stderr.start());
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
    m_stderr.stop();
    // On stdout, which ctest keeps, and in a file ./test.sh prints after the run.
    const QByteArray figure =
        QStringLiteral("fault matrix: %1 cells run, %2 passed; the window's event loop never "
                       "stood still longer than %3 ms")
            .arg(m_cells)
            .arg(m_passed)
            .arg(m_longestGapMs)
            .toUtf8();
    std::printf("%s\n", figure.constData());
    if (const QString dir = qEnvironmentVariable("TOKENADMIN_FIGURES_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QFile file(QDir(dir).filePath(QStringLiteral("fault-matrix.txt")));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(figure + '\n');
    }
    delete m_window;
    delete m_sandbox;
    delete m_network;
}

Token TestFaultMatrix::activeToken() const {
    Token target;
    for (const Token &token : m_sandbox->tokens())
        if (!token.isRevoked() && !token.expires())
            target = token;
    return target;
}

QByteArray TestFaultMatrix::wrongShape(Operation operation, const QString &variant,
                                       const Token &target) const {
    QJsonObject token = TokenJson::encodeToken(target);
    if (operation == Operation::Create)
        token.insert(QStringLiteral("accessToken"), QStringLiteral("apiv1_") + QString(80, 'A'));
    QJsonObject database{{"accountId", m_sandbox->accountId()},
                         {"clusterId", m_sandbox->clusterId()},
                         {"name", "telemetry"},
                         {"maxTables", 500},
                         {"maxColumnsPerTable", 200},
                         {"retentionPeriod", 0}};
    QJsonObject &item = operation == Operation::Databases ? database : token;
    const Shape *shape = nullptr;
    for (const Shape &candidate : shapes())
        if (variant == QLatin1String(candidate.name))
            shape = &candidate;
    if (shape && shape->change)
        shape->change(item);
    if (shape && shape->target == Shape::Body) {
        if (shape->body == "object")
            return QJsonDocument(item).toJson(QJsonDocument::Compact);
        if (shape->body == "array")
            return QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact);
        return shape->body;
    }
    if (!isListAnswer(operation))
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
        {Kind::Status, 400, true, "", "400"},
        {Kind::Status, 401, true, "", "401"},
        {Kind::Status, 403, true, "", "403"},
        {Kind::Status, 404, true, "", "404"},
        {Kind::Status, 409, true, "", "409"},
        {Kind::Status, 502, true, "", "502"},
        {Kind::Status, 504, true, "", "504"},
        {Kind::Status, 504, false, "", "504 without body"},
        {Kind::TruncatedBody, 200, true, "", "truncated body"},
        {Kind::NotJson, 200, true, "", "not JSON"},
        {Kind::HtmlPage, 502, true, "", "HTML error page"},
        {Kind::HugeBody, 200, true, "", "200 MB body"},
        {Kind::HugeBody, 200, true, "over the limit, declared", "body over the limit, declared"},
        {Kind::HugeBody, 200, true, "over the limit, valid JSON",
         "valid JSON over the limit, streamed"},
        {Kind::CloseMidBody, 200, true, "", "connection closed mid-body"},
        {Kind::CloseBeforeAnswer, 0, true, "", "connection closed before any answer"},
        {Kind::NoAnswer, 0, true, "", "no answer"},
        {Kind::RedirectAway, 302, true, "", "redirect to another origin"},
        {Kind::RetryAfter, 429, true, "", "429 Retry-After"},
        {Kind::RetryAfter, 503, true, "", "503 Retry-After"},
        {Kind::EchoAuthorization, 400, true, "", "400 repeating the token"},
        {Kind::EchoAuthorization, 401, true, "", "401 repeating the token"},
        {Kind::EchoAuthorization, 302, true, "", "redirect carrying the token"},
        {Kind::EchoAuthorization, 200, true, "quoting the token", "200 quoting the token"},
    };
    for (const OperationInfo &op : Operations) {
        for (const Fault &fault : faults)
            QTest::addRow("%s: %s", op.name, fault.name)
                << int(op.operation) << int(fault.kind) << fault.status << fault.withErrorBody
                << QString::fromLatin1(fault.variant) << false;
        for (const Shape &shape : shapes()) {
            if (!shapeApplies(shape, op.operation))
                continue;
            const QString variant = QString::fromLatin1(shape.name);
            const bool extra = variant.endsWith(QLatin1String("extra fields"));
            // A create "succeeding" with a made-up token would add a row the fault invented.
            if (extra && op.operation == Operation::Create)
                continue;
            // Extra fields are allowed; a revoke still wants its 204.
            const bool succeeds = extra && op.operation != Operation::Revoke;
            QTest::addRow("%s: %s", op.name, shape.name)
                << int(op.operation) << int(Kind::WrongShape) << 200 << true << variant << succeeds;
        }
    }
}

TestFaultMatrix::Outcome TestFaultMatrix::run(Operation operation, const Token &target,
                                              const SandboxFault &fault) {
    Outcome outcome;
    auto finish = [&outcome](const ApiError &error) {
        outcome.finished = true;
        outcome.error = error;
    };
    QList<QMetaObject::Connection> connections;
    QPointer<QDialog> dialog;
    // The forms are opened (and their database lists loaded) before the fault goes in.
    if (operation == Operation::Revoke)
        dialog = WindowDriver::openRevoke(m_window, target.id);
    else if (operation == Operation::Create)
        dialog = WindowDriver::openCreate(m_window, QStringLiteral("From the fault matrix"));
    else if (operation == Operation::Update)
        dialog = WindowDriver::openEditReview(m_window, target.id,
                                              target.description + QStringLiteral(" (edited)"));
    if (operation == Operation::Revoke || operation == Operation::Create ||
        operation == Operation::Update) {
        if (!dialog)
            return outcome;
        (void)QTest::qWaitFor([this] { return !m_session->isBusy(); });
    }
    m_sandbox->clearFaults();
    m_sandbox->addFault(fault);
    m_sandbox->clearReceivedRequests();

    // The window's event loop must keep turning, whatever the server does.
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(20);
    connect(&ticker, &QTimer::timeout, this,
            [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
    ticker.start();

    switch (operation) {
    case Operation::List:
        connections << connect(m_session, &TokenSession::refreshed, this, [&] { finish({}); })
                    << connect(m_session, &TokenSession::refreshFailed, this, finish);
        WindowDriver::trigger(m_window, "actionRefresh");
        break;
    case Operation::SessionReread:
        connections << connect(m_session, &TokenSession::tokenReloaded, this,
                               [&](const QString &, const ApiError &e) { finish(e); });
        m_session->reloadToken(target.id);
        break;
    case Operation::Revoke:
        connections << connect(m_session, &TokenSession::revokeFinished, this,
                               [&](const QString &, const ApiError &e) { finish(e); });
        QTest::mouseClick(WindowDriver::sendButton(dialog), Qt::LeftButton);
        break;
    case Operation::Create:
        connections << connect(
            m_session, &TokenSession::createFinished, this,
            [&](const Token &, const QString &, const ApiError &e) { finish(e); });
        QTest::mouseClick(WindowDriver::sendButton(dialog), Qt::LeftButton);
        break;
    case Operation::Update:
        connections << connect(m_session, &TokenSession::updateFinished, this,
                               [&](const QString &, const ApiError &e) { finish(e); });
        QTest::mouseClick(WindowDriver::sendButton(dialog), Qt::LeftButton);
        break;
    case Operation::Databases:
        // The new-token form loads the databases as it opens.
        connections << connect(m_session, &TokenSession::databasesLoaded, this,
                               [&](const QStringList &, const ApiError &e) { finish(e); });
        WindowDriver::trigger(m_window, "actionNewToken");
        dialog = WindowDriver::waitFor<CreateTokenDialog>(m_window);
        break;
    }
    (void)QTest::qWaitFor([&] { return outcome.finished; }, 60000); // checked by the caller
    for (const QMetaObject::Connection &connection : connections)
        disconnect(connection);
    m_sandbox->clearFaults();
    // Busy ends, including any re-read the session started to learn the truth.
    (void)QTest::qWaitFor([this] { return !m_session->isBusy(); }, 30000);
    ticker.stop();
    outcome.longestGapMs = qMax(longestGap, sinceTick.elapsed());

    switch (operation) {
    case Operation::List:
        outcome.shown = WindowDriver::messageBarText(m_window);
        break;
    case Operation::SessionReread:
        // Not a window path (see Operation): the sentence is what the error makes of it.
        outcome.shown = outcome.error.isError() ? errorText(outcome.error) : QString();
        break;
    case Operation::Revoke:
    case Operation::Create:
    case Operation::Update:
        outcome.shown = WindowDriver::shownError(dialog);
        break;
    case Operation::Databases:
        if (dialog) {
            auto *note = dialog->findChild<QLabel *>(QStringLiteral("databasesNote"));
            outcome.shown = note && note->isVisible() ? note->text() : QString();
        }
        break;
    }
    collectShownTexts();
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
    const Token target = activeToken();
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
    const qint64 limit =
        op == Operation::List ? ManagementApi::MaxListBodyBytes : ManagementApi::MaxBodyBytes;
    if (variant.startsWith(QLatin1String("over the limit"))) {
        fault.hugeBodyBytes = limit + 1024 * 1024;
        if (variant.endsWith(QLatin1String("valid JSON"))) {
            fault.streamed = true; // its size is learnt only by reading it
            fault.body = wrongShape(op, {}, target);
        }
    }
    if (variant == QLatin1String("quoting the token")) {
        // A field a decode error quotes holds the token.
        QJsonObject token = TokenJson::encodeToken(target);
        token.insert(QStringLiteral("createdAt"), QStringLiteral("$TOKEN"));
        fault.body = op == Operation::Databases ? QByteArray(R"({"message": "$AUTHORIZATION"})")
                     : op == Operation::List
                         ? QJsonDocument(QJsonArray{token}).toJson(QJsonDocument::Compact)
                         : QJsonDocument(token).toJson(QJsonDocument::Compact);
    }

    const Outcome outcome = run(op, target, fault);
    QVERIFY2(outcome.finished, "the operation never reported back");
    QVERIFY(!m_session->isBusy());
    QVERIFY(!m_window->findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible());
    // The window kept responding all along, even while a huge body arrived or nothing did.
    m_longestGapMs = qMax(m_longestGapMs, outcome.longestGapMs);
    QVERIFY2(outcome.longestGapMs < 500,
             qPrintable(
                 QStringLiteral("the event loop stood still for %1 ms").arg(outcome.longestGapMs)));

    if (succeeds) {
        QVERIFY2(!outcome.error.isError(), qPrintable(errorText(outcome.error)));
        QVERIFY2(outcome.shown.isEmpty(), qPrintable(outcome.shown));
    } else {
        QVERIFY(outcome.error.isError());
        QVERIFY2(SaysWhy.match(errorText(outcome.error)).hasMatch(),
                 qPrintable(errorText(outcome.error)));
        // The window says it, in words that name the status or the failure, and briefly.
        QVERIFY2(SaysWhy.match(outcome.shown).hasMatch(), qPrintable(outcome.shown));
        QVERIFY2(outcome.shown.size() < 1200, qPrintable(outcome.shown.left(200)));
        if (fault.kind == SandboxFault::Kind::HugeBody && fault.hugeBodyBytes > limit)
            QVERIFY2(outcome.shown.contains(
                         QStringLiteral("larger than %1 MiB").arg(limit / (1024 * 1024))),
                     qPrintable(outcome.shown));
    }
    // A dialog's busy state is over too.
    for (QDialog *dialog : m_window->findChildren<QDialog *>()) {
        if (auto *busy = dialog->findChild<QProgressBar *>(QStringLiteral("busyIndicator")))
            QVERIFY(!dialog->isVisible() || !busy->isVisible());
    }
    WindowDriver::closeDialogs(m_window);

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
    int lists = 0; // the cluster's databases are read after the list: not counted here
    for (const SandboxServer::ReceivedRequest &request : m_sandbox->receivedRequests())
        lists += request.path.endsWith(QLatin1String("/tokens"));
    QCOMPARE(lists, 3); // two 429s, then the answer
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
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::RetryAfter;
    fault.method = Operations[operation].method;
    fault.status = status;
    const Outcome outcome = run(Operation(operation), activeToken(), fault);
    QVERIFY(outcome.error.isHttp(status));
    QVERIFY2(outcome.shown.contains(QString::number(status)), qPrintable(outcome.shown));
    int sent = 0;
    for (const auto &request : m_sandbox->receivedRequests())
        sent += request.method == Operations[operation].method;
    QCOMPARE(sent, 1);
    WindowDriver::closeDialogs(m_window);
}

void TestFaultMatrix::collectShownTexts() {
    auto add = [this](const QString &text) {
        if (!text.isEmpty())
            m_shownTexts.insert(text);
    };
    for (QWidget *widget : QApplication::allWidgets()) {
        add(widget->windowTitle());
        add(widget->toolTip());
        add(widget->statusTip());
        add(widget->whatsThis());
        add(widget->accessibleName());
        add(widget->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        // A password field holds what the user typed, shown as dots.
        if (auto *edit = qobject_cast<QLineEdit *>(widget);
            edit && edit->echoMode() == QLineEdit::Normal)
            add(edit->text() + QLatin1Char(' ') + edit->placeholderText());
        if (auto *edit = qobject_cast<QTextEdit *>(widget))
            add(edit->toPlainText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
            add(edit->toPlainText());
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        if (auto *bar = qobject_cast<QStatusBar *>(widget))
            add(bar->currentMessage());
        for (QAction *action : widget->actions())
            add(action->text() + QLatin1Char(' ') + action->toolTip());
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < qMin(model->rowCount(), 200); ++row)
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    add(index.data().toString());
                    add(index.data(Qt::ToolTipRole).toString());
                }
        }
    }
}

// The error paths the matrix does not reach: a TLS server whose certificate carries the
// token, a refused connection, and the connection manager's own (a broken influxctl file
// holding the token, a refused token, a connection that cannot be opened).
void TestFaultMatrix::exerciseOtherErrorPaths() {
    const QString secret = m_sandbox->managementToken();
    QVERIFY(m_dir.isValid());

    // TLS: a self-signed certificate named after the token.
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                   QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"),
                   QStringLiteral("/CN=%1/O=Bearer %1").arg(secret.left(40))});
    QVERIFY(openssl.waitForFinished(30000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    QFile certificate(m_dir.filePath(QStringLiteral("cert.pem")));
    QFile key(m_dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
    tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey));
    QSslServer tlsServer;
    tlsServer.setSslConfiguration(tls);
    QVERIFY(tlsServer.listen(QHostAddress::LocalHost, 0));
    auto openAndFail = [this](const Endpoint &endpoint, const char *expected) {
        auto *session = new TokenSession(m_network, endpoint);
        session->setTimeout(5000ms);
        QSignalSpy failed(session, &TokenSession::refreshFailed);
        m_window->openSession(session);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        const QString shown = WindowDriver::messageBarText(m_window);
        QVERIFY2(shown.contains(QLatin1String(expected)), qPrintable(shown));
        collectShownTexts();
    };
    Endpoint endpoint = m_sandbox->endpoint();
    endpoint.apiUrl =
        QUrl(QStringLiteral("https://127.0.0.1:%1/api/v0").arg(tlsServer.serverPort()));
    openAndFail(endpoint, "secure connection");

    // Refused: nobody listens there any more.
    const quint16 closedPort = tlsServer.serverPort();
    tlsServer.close();
    endpoint.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v0").arg(closedPort));
    openAndFail(endpoint, "refused");

    // The connection manager: a broken influxctl file that holds the token.
    QFile config(m_dir.filePath(QStringLiteral("config.toml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile.default]\nmgmt_token = \"" + secret.toUtf8() + "\"\naccount_id = \"" +
                 secret.toUtf8() + " broken\n");
    config.close();
    CredentialStore credentials(QStringLiteral("Token Admin fault matrix"));
    ConnectionController controller(&credentials);
    controller.load(config.fileName());
    auto *manager = new ConnectionManagerDialog(&controller, m_window);
    manager->setAttribute(Qt::WA_DeleteOnClose);
    manager->show();
    collectShownTexts();

    // A saved connection whose token the server refuses, saying it back; and one that cannot
    // be opened at all. Wired as token-admin wires them.
    connect(&controller, &ConnectionController::ready, m_window,
            [this](const Endpoint &ready, const QString &) {
                m_window->openSession(new TokenSession(m_network, ready));
            });
    connect(&controller, &ConnectionController::failed, manager,
            &ConnectionManagerDialog::showProblem);
    connect(&controller, &ConnectionController::tokenNeeded, manager,
            &ConnectionManagerDialog::askForToken);
    connect(m_window, &MainWindow::tokenRejected, manager, [manager](const ApiError &error) {
        manager->askForToken({}, QStringLiteral("The server refused the management token (%1)")
                                     .arg(error.serverMessage));
    });
    Connection refused;
    refused.id = newSavedConnectionId();
    refused.name = QStringLiteral("Refuses the token");
    refused.apiUrl = m_sandbox->apiUrl();
    refused.accountId = m_sandbox->accountId();
    refused.clusterId = m_sandbox->clusterId();
    Connection unusable = refused;
    unusable.id = newSavedConnectionId();
    unusable.name = QStringLiteral("Plain http elsewhere");
    unusable.apiUrl = QUrl(QStringLiteral("http://tokens.example.com/api/v0"));
    controller.saveConnections({refused, unusable});
    SandboxFault echo;
    echo.kind = SandboxFault::Kind::EchoAuthorization;
    echo.status = 401;
    m_sandbox->addFault(echo);
    QSignalSpy rejected(m_window, &MainWindow::tokenRejected);
    controller.open(refused, secret);
    QTRY_COMPARE(rejected.size(), 1);
    collectShownTexts();
    QSignalSpy failed(&controller, &ConnectionController::failed);
    controller.open(unusable, secret);
    QTRY_COMPARE(failed.size(), 1);
    collectShownTexts();
    m_sandbox->clearFaults();
    manager->close();
}

// Run last: every error path has run by now.
void TestFaultMatrix::noSecretLeaked() {
    const QString secret = m_sandbox->managementToken();
    QVERIFY(secret.size() > 16);
    exerciseOtherErrorPaths();
    // No part of it, either: not one of its 12-character stretches, wherever it was cut.
    const QStringList stretches = SecretStretches::of({secret});
    QVERIFY(m_shownTexts.size() > 100);
    for (const QString &text : std::as_const(m_shownTexts))
        QVERIFY2(SecretStretches::foundIn(text, stretches).isEmpty(),
                 qPrintable("on screen: " + text.left(300)));
    for (const QString &line : std::as_const(capturedLog))
        QVERIFY2(SecretStretches::foundIn(line, stretches).isEmpty(),
                 qPrintable("in the log: " + line.left(300)));
    const QByteArray stderrText = m_stderr.text();
    QVERIFY2(SecretStretches::foundIn(stderrText, stretches).isEmpty(),
             "the management token reached stderr");

    m_window->close(); // writes the window's settings
    QSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys())
        QVERIFY2(SecretStretches::foundIn(settings.value(key).toString(), stretches).isEmpty(),
                 qPrintable(key));
    // Every file the program may have written: settings, data, cache.
    QStringList files{settings.fileName()};
    for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                          QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation}) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(SecretStretches::foundIn(file.readAll(), stretches).isEmpty(),
                     qPrintable(path));
    }
}

QTEST_MAIN(TestFaultMatrix)
#include "tst_FaultMatrix.moc"
