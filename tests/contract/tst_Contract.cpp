// The contract test: InfluxData's own Management API spec, enforced by Prism's validation
// proxy (--errors), sits between the real client and the sandbox. A request the spec does
// not allow, or an answer it does not describe, comes back from Prism as 422 or 500 with a
// "validation" list, and fails the test with Prism's words.

#include "Endpoint.h"
#include "ManagementApi.h"
#include "RecordingNetworkAccessManager.h"
#include "SandboxFault.h"
#include "SandboxServer.h"
#include "TokenJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace std::chrono_literals;

namespace {

constexpr int PrismStartTimeoutMs = 120'000; // node's first start on a cold disk is slow
constexpr int CallTimeoutMs = 30'000;

// The copies in spec/, or those in $TOKENADMIN_CONTRACT_SPEC_DIR (same layout) to try a
// newer spec from docs-v2 before replacing ours.
QString specPath(Product product) {
    QString directory = qEnvironmentVariable("TOKENADMIN_CONTRACT_SPEC_DIR");
    if (directory.isEmpty())
        directory = QStringLiteral(TOKENADMIN_SPEC_DIR);
    return QStringLiteral("%1/%2/openapi.yml")
        .arg(directory, product == Product::Clustered ? QStringLiteral("clustered")
                                                      : QStringLiteral("cloud-dedicated"));
}

// A port that was free a moment ago. Prism binds it itself, so a small race remains.
quint16 freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestContract : public QObject {
    Q_OBJECT

public:
    explicit TestContract(Product product)
        : m_product(product) {}
    ~TestContract() override { stopPrism(); }

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void listTokens();
    void getToken();
    void revokeToken();
    void getRevokedToken();
    void getUnknownToken();
    void sandboxReceivedExactlyTheseRequests();
    void prismLoggedNoViolation();
    void proxyRejectsWhatTheSpecForbids();
    void proxyRejectsAnAnswerTheSpecForbids_data();
    void proxyRejectsAnAnswerTheSpecForbids();
    void listDatabases();
    void createToken();
    void updateToken();

private:
    bool prismAcceptsConnections();
    void stopPrism();
    QString prismLog();
    // What Prism logged since the last call, without its list of the spec's routes.
    QString newPrismLog();
    // Empty when the last exchange went through Prism cleanly with `status`; else what
    // went wrong, with Prism's answer and its log.
    QString lastExchangeProblem(int status);
    QString tokenPath(const QString &id = {}) const;

    Product m_product;
    SandboxServer *m_sandbox = nullptr;
    std::unique_ptr<QProcess> m_prism;
    QByteArray m_prismOutput;
    qsizetype m_prismOutputShown = 0;
    quint16 m_prismPort = 0;
    QTcpSocket *m_probe = nullptr;
    RecordingNetworkAccessManager *m_network = nullptr;
    ManagementApi *m_api = nullptr;
    QString m_tokenId;
    Token m_listed;
    QString m_unknownId;
    QString m_createdId;
};

void TestContract::initTestCase() {
    qInfo("Product: %s", qPrintable(productKey(m_product)));
    const QString prism = QStringLiteral(TOKENADMIN_PRISM);
    QVERIFY2(QFileInfo(prism).isExecutable(),
             qPrintable(QStringLiteral("Prism is not installed at %1. ctest installs it "
                                       "(test contract_install_prism); by hand: npm ci in %2")
                            .arg(prism, QDir::cleanPath(QFileInfo(prism).absolutePath() +
                                                        QStringLiteral("/../..")))));
    const QString spec = specPath(m_product);
    QVERIFY2(QFileInfo::exists(spec), qPrintable(spec));

    SandboxOptions options;
    options.product = m_product;
    m_sandbox = new SandboxServer(options, this);
    QString error;
    QVERIFY2(m_sandbox->start(0, &error), qPrintable(error));

    m_prismPort = freePort();
    QVERIFY(m_prismPort != 0);
    m_prism = std::make_unique<QProcess>();
    m_prism->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FORCE_COLOR"), QStringLiteral("0"));
    environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    m_prism->setProcessEnvironment(environment);
    connect(m_prism.get(), &QProcess::readyRead, this,
            [this] { m_prismOutput += m_prism->readAll(); });
    // The spec's server is …/api/v0; Prism matches paths without that prefix, so the
    // prefix goes on the upstream URL and the client talks to Prism's root.
    m_prism->start(prism, {QStringLiteral("proxy"), spec, m_sandbox->apiUrl().toString(),
                           QStringLiteral("--errors"), QStringLiteral("--host"),
                           QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                           QString::number(m_prismPort)});
    QVERIFY2(m_prism->waitForStarted(10'000),
             qPrintable(QStringLiteral("Prism did not start: ") + m_prism->errorString()));

    m_probe = new QTcpSocket(this);
    QTRY_VERIFY2_WITH_TIMEOUT(prismAcceptsConnections() || m_prism->state() == QProcess::NotRunning,
                              qPrintable(QStringLiteral("Prism did not listen on port %1:\n%2")
                                             .arg(m_prismPort)
                                             .arg(prismLog())),
                              PrismStartTimeoutMs);
    QVERIFY2(
        m_prism->state() == QProcess::Running,
        qPrintable(
            QStringLiteral("Prism exited (%1):\n%2").arg(m_prism->exitCode()).arg(prismLog())));
    m_probe->abort();

    Endpoint endpoint;
    endpoint.product = m_product;
    endpoint.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_prismPort));
    endpoint.accountId = m_sandbox->accountId();
    endpoint.clusterId = m_sandbox->clusterId();
    endpoint.managementToken = m_sandbox->managementToken();
    m_network = new RecordingNetworkAccessManager(this);
    m_api = new ManagementApi(m_network, endpoint, this);
    m_api->setTimeout(std::chrono::milliseconds(CallTimeoutMs));
    m_sandbox->clearReceivedRequests();
}

void TestContract::cleanup() {
    if (!QTest::currentTestFailed())
        return;
    const QString log = newPrismLog().trimmed();
    if (!log.isEmpty())
        qWarning("Prism's log since the last one shown:\n%s", qPrintable(log));
}

void TestContract::cleanupTestCase() {
    stopPrism();
}

void TestContract::listTokens() {
    std::optional<ApiResult<TokenList>> result;
    QObject context; // destroyed before `result`: a late answer is dropped, not written
    m_api->listTokens(&context, [&](const ApiResult<TokenList> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), CallTimeoutMs + 5'000);

    const QString problem = lastExchangeProblem(200);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(result->ok(), qPrintable(errorText(result->error)));
    QVERIFY(!result->value.tokens.isEmpty());
    QCOMPARE(result->value.tokens.size(), m_sandbox->tokens().size());

    for (const Token &token : std::as_const(result->value.tokens)) {
        if (!token.isRevoked()) {
            m_listed = token;
            m_tokenId = token.id;
            break;
        }
    }
    QVERIFY2(!m_tokenId.isEmpty(), "the sandbox's seed has no active token to revoke");
}

void TestContract::getToken() {
    QVERIFY2(!m_tokenId.isEmpty(), "listTokens() found no token to work on");
    std::optional<ApiResult<Token>> result;
    QObject context;
    m_api->getToken(m_tokenId, &context, [&](const ApiResult<Token> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), CallTimeoutMs + 5'000);

    const QString problem = lastExchangeProblem(200);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(result->ok(), qPrintable(errorText(result->error)));
    QCOMPARE(result->value, m_listed);
}

void TestContract::revokeToken() {
    QVERIFY2(!m_tokenId.isEmpty(), "listTokens() found no token to work on");
    std::optional<ApiError> result;
    QObject context;
    m_api->revokeToken(m_tokenId, &context, [&](const ApiError &error) { result = error; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), CallTimeoutMs + 5'000);

    const QString problem = lastExchangeProblem(204);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(!result->isError(), qPrintable(errorText(*result)));
    QVERIFY(m_network->exchanges().constLast().body.isEmpty());
}

void TestContract::getRevokedToken() {
    QVERIFY2(!m_tokenId.isEmpty(), "listTokens() found no token to work on");
    std::optional<ApiResult<Token>> result;
    QObject context;
    m_api->getToken(m_tokenId, &context, [&](const ApiResult<Token> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), CallTimeoutMs + 5'000);

    const QString problem = lastExchangeProblem(200);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(result->ok(), qPrintable(errorText(result->error)));
    QCOMPARE(result->value.id, m_tokenId);
    QVERIFY(result->value.isRevoked());
    QCOMPARE(result->value.description, m_listed.description);
    QCOMPARE(result->value.permissions, m_listed.permissions);
}

void TestContract::getUnknownToken() {
    // The spec allows only UUIDs in the path, so the unknown ID is a well-formed one: the
    // 404 must come from the sandbox and pass Prism as a spec-valid Error.
    m_unknownId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<ApiResult<Token>> result;
    QObject context;
    m_api->getToken(m_unknownId, &context, [&](const ApiResult<Token> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), CallTimeoutMs + 5'000);

    const QString problem = lastExchangeProblem(404);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(result->error.isHttp(404), qPrintable(errorText(result->error)));
    QVERIFY2(!result->error.serverMessage.isEmpty(), "the 404 carries no Error.message");
}

void TestContract::sandboxReceivedExactlyTheseRequests() {
    QVERIFY2(!m_tokenId.isEmpty(), "listTokens() found no token to work on");
    QVERIFY(!m_unknownId.isEmpty());
    const QList<QPair<QByteArray, QString>> expected = {
        {"GET", tokenPath()},
        {"GET", tokenPath(m_tokenId)},
        {"DELETE", tokenPath(m_tokenId)},
        {"GET", tokenPath(m_tokenId)},
        {"GET", tokenPath(m_unknownId)},
    };
    QList<QPair<QByteArray, QString>> received;
    const QList<SandboxServer::ReceivedRequest> requests = m_sandbox->receivedRequests();
    for (const SandboxServer::ReceivedRequest &request : requests) {
        received.append({request.method, request.path});
        QCOMPARE(request.authorization, "Bearer " + m_sandbox->managementToken().toUtf8());
        QCOMPARE(request.accept, QByteArray("application/json"));
        QVERIFY2(request.body.isEmpty(), request.body.constData());
    }
    QCOMPARE(received, expected);
}

void TestContract::prismLoggedNoViolation() {
    // Prism also logs violations it does not turn into errors (warnings).
    const QString log = prismLog();
    QVERIFY2(!log.contains(QLatin1String("Violation"), Qt::CaseInsensitive), qPrintable(log));
}

void TestContract::proxyRejectsWhatTheSpecForbids() {
    // Proves the proxy really validates: the spec's tokenId is a UUID, so Prism must stop
    // this request itself, with a validation list, and the sandbox must never see it.
    const qsizetype receivedBefore = m_sandbox->receivedRequests().size();
    std::optional<ApiResult<Token>> result;
    QObject context;
    m_api->getToken(QStringLiteral("not-a-uuid"), &context,
                    [&](const ApiResult<Token> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), CallTimeoutMs + 5'000);

    const RecordingNetworkAccessManager::Exchange last = m_network->exchanges().constLast();
    const QString validation = RecordingNetworkAccessManager::validationProblem(last);
    QVERIFY2(last.status == 422 && validation.contains(QLatin1String("uuid")),
             qPrintable(RecordingNetworkAccessManager::describe(last)));
    QVERIFY2(result->error.isHttp(422), qPrintable(errorText(result->error)));
    QCOMPARE(m_sandbox->receivedRequests().size(), receivedBefore);
}

void TestContract::proxyRejectsAnAnswerTheSpecForbids_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("id as a number") << QStringLiteral("id") << QJsonValue(12345);
    QTest::newRow("createdAt not a date") << QStringLiteral("createdAt") << QJsonValue("yesterday");
    QTest::newRow("permissions as an object")
        << QStringLiteral("permissions") << QJsonValue(QJsonObject{{"action", "read"}});
}

// Proves Prism checks answers too, not only requests: the sandbox, told to answer with a
// token of the wrong shape, sends it; Prism must catch it with a validation list that names
// the field, and the client must see an error, not the token.
void TestContract::proxyRejectsAnAnswerTheSpecForbids() {
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QVERIFY2(!m_listed.id.isEmpty(), "listTokens() found no token to work on");
    QJsonObject token = TokenJson::encodeToken(m_listed);
    token.insert(field, value);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::WrongShape;
    fault.method = "GET";
    fault.path = QRegularExpression(QStringLiteral("/tokens/[^/]+$"));
    fault.status = 200;
    fault.body = QJsonDocument(token).toJson(QJsonDocument::Compact);
    m_sandbox->addFault(fault);
    const qsizetype receivedBefore = m_sandbox->receivedRequests().size();
    std::optional<ApiResult<Token>> result;
    QObject context;
    m_api->getToken(m_listed.id, &context, [&](const ApiResult<Token> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), CallTimeoutMs + 5'000);
    m_sandbox->clearFaults();

    // The sandbox did answer (the request was valid): what Prism stopped was the answer.
    QCOMPARE(m_sandbox->receivedRequests().size(), receivedBefore + 1);
    const RecordingNetworkAccessManager::Exchange last = m_network->exchanges().constLast();
    const QString validation = RecordingNetworkAccessManager::validationProblem(last);
    QVERIFY2(last.status == 500 && validation.contains(field),
             qPrintable(RecordingNetworkAccessManager::describe(last)));
    QVERIFY2(result->error.isHttp(500), qPrintable(errorText(result->error)));
}

void TestContract::listDatabases() {
    std::optional<ApiResult<QStringList>> result;
    QObject context;
    m_api->listDatabases(&context, [&](const ApiResult<QStringList> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), CallTimeoutMs + 5'000);
    const QString problem = lastExchangeProblem(200);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(result->ok(), qPrintable(errorText(result->error)));
    QVERIFY(!result->value.isEmpty());
}

void TestContract::createToken() {
    NewToken request;
    request.description = QStringLiteral("Contract: created through the spec proxy");
    request.permissions = {{QStringLiteral("read"), QStringLiteral("telemetry")},
                           {QStringLiteral("write"), QStringLiteral("telemetry")},
                           {QStringLiteral("read"), QStringLiteral("*")}};
    request.expiresAt = QDateTime::currentDateTimeUtc().addDays(30);
    std::optional<ApiResult<CreatedToken>> result;
    QObject context;
    m_api->createToken(request, &context, [&](const ApiResult<CreatedToken> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), CallTimeoutMs + 5'000);
    const QString problem = lastExchangeProblem(200);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(result->ok(), qPrintable(errorText(result->error)));
    QCOMPARE(result->value.token.description, request.description);
    QCOMPARE(result->value.token.permissions, request.permissions);
    QVERIFY(result->value.accessToken.size() >= 64);
    m_createdId = result->value.token.id;
}

void TestContract::updateToken() {
    QVERIFY2(!m_createdId.isEmpty(), "createToken() created nothing to update");
    TokenChanges changes;
    changes.description = QStringLiteral("Contract: renamed");
    changes.permissions = QList<Permission>{{QStringLiteral("write"), QStringLiteral("billing")}};
    std::optional<ApiResult<Token>> result;
    QObject context;
    m_api->updateToken(m_createdId, changes, &context,
                       [&](const ApiResult<Token> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), CallTimeoutMs + 5'000);
    const QString problem = lastExchangeProblem(200);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(result->ok(), qPrintable(errorText(result->error)));
    QCOMPARE(result->value.description, *changes.description);
    QCOMPARE(result->value.permissions, *changes.permissions);
    // Only the description: the spec's minProperties is met by one field.
    TokenChanges renameOnly;
    renameOnly.description = QStringLiteral("Contract: renamed again");
    result.reset();
    m_api->updateToken(m_createdId, renameOnly, &context,
                       [&](const ApiResult<Token> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), CallTimeoutMs + 5'000);
    const QString renameProblem = lastExchangeProblem(200);
    QVERIFY2(renameProblem.isEmpty(), qPrintable(renameProblem));
    QCOMPARE(result->value.permissions, *changes.permissions);
}

bool TestContract::prismAcceptsConnections() {
    // Polled by QTRY_*: each call looks at the probe, never waits on it.
    if (m_probe->state() == QAbstractSocket::ConnectedState)
        return true;
    if (m_probe->state() == QAbstractSocket::UnconnectedState)
        m_probe->connectToHost(QHostAddress::LocalHost, m_prismPort);
    return false;
}

void TestContract::stopPrism() {
    if (!m_prism)
        return;
    if (m_prism->state() != QProcess::NotRunning) {
        m_prism->kill();
        m_prism->waitForFinished(10'000);
    }
    m_prismOutput += m_prism->readAll();
    m_prism->disconnect(this);
    m_prism.reset();
}

QString TestContract::prismLog() {
    if (m_prism)
        m_prismOutput += m_prism->readAll();
    return QString::fromUtf8(m_prismOutput);
}

QString TestContract::newPrismLog() {
    prismLog();
    const QList<QByteArray> lines = m_prismOutput.mid(m_prismOutputShown).split('\n');
    m_prismOutputShown = m_prismOutput.size();
    QStringList kept;
    for (const QByteArray &line : lines) {
        if (!line.contains("[CLI] ℹ"))
            kept.append(QString::fromUtf8(line));
    }
    return kept.join(QLatin1Char('\n'));
}

QString TestContract::lastExchangeProblem(int status) {
    const QList<RecordingNetworkAccessManager::Exchange> exchanges = m_network->exchanges();
    if (exchanges.isEmpty())
        return QStringLiteral("no request was sent");
    const RecordingNetworkAccessManager::Exchange &last = exchanges.constLast();
    const QString validation = RecordingNetworkAccessManager::validationProblem(last);
    if (validation.isEmpty() && last.status == status)
        return {};
    // QtTest cuts long failure messages short: the whole story goes to the log first.
    qWarning("Expected HTTP %d through Prism.\n%s\nExchange: %s", status,
             qPrintable(validation.isEmpty() ? QStringLiteral("(no validation list)") : validation),
             qPrintable(RecordingNetworkAccessManager::describe(last)));
    return validation.isEmpty()
               ? QStringLiteral("HTTP %1 instead of %2 (see the exchange above)")
                     .arg(last.status)
                     .arg(status)
               : validation.section(QLatin1Char('\n'), 0, 1) +
                     QStringLiteral("\n(Prism found the spec violated: see above)");
}

QString TestContract::tokenPath(const QString &id) const {
    QString path = m_product == Product::Clustered
                       ? QStringLiteral("/api/v0/tokens")
                       : QStringLiteral("/api/v0/accounts/%1/clusters/%2/tokens")
                             .arg(m_sandbox->accountId(), m_sandbox->clusterId());
    if (!id.isEmpty())
        path += QLatin1Char('/') + id;
    return path;
}

// Both products, each against its own spec: Cloud Dedicated, then Clustered.
int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    int status = 0;
    for (const Product product : {Product::Dedicated, Product::Clustered}) {
        TestContract test(product);
        status |= QTest::qExec(&test, argc, argv);
    }
    return status;
}

#include "tst_Contract.moc"
