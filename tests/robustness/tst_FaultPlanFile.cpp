// token-admin-sandbox --faults FILE, run as a user would: a plan is applied as written, and a
// plan that is not one (a typo, a wrong type, a status HTTP has not got) stops the sandbox
// with a message that says where, instead of running with fewer faults than meant.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestFaultPlanFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void planIsApplied();
    void badPlanStopsTheSandbox_data();
    void badPlanStopsTheSandbox();
    void missingFileStopsTheSandbox();

private:
    QString writePlan(const QByteArray &json);
    bool start(const QString &planFile);
    std::unique_ptr<QNetworkReply> send(const QByteArray &method, const QString &path);

    QTemporaryDir m_dir;
    QProcess m_process;
    QJsonObject m_info;
    QNetworkAccessManager m_network;
};

void TestFaultPlanFile::cleanup() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(m_process.state(), QProcess::NotRunning, 10000);
    }
    m_info = {};
}

QString TestFaultPlanFile::writePlan(const QByteArray &json) {
    const QString path = m_dir.filePath(QStringLiteral("plan.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(json);
    return path;
}

bool TestFaultPlanFile::start(const QString &planFile) {
    m_process.start(QStringLiteral(SANDBOX_EXECUTABLE), {QStringLiteral("--faults"), planFile});
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(
            m_process.canReadLine() || m_process.state() == QProcess::NotRunning, 15000);
    }();
    if (!m_process.canReadLine())
        return false;
    m_info = QJsonDocument::fromJson(m_process.readLine()).object();
    return !m_info.isEmpty();
}

std::unique_ptr<QNetworkReply> TestFaultPlanFile::send(const QByteArray &method,
                                                       const QString &path) {
    QNetworkRequest request(
        QUrl(QStringLiteral("%1/accounts/%2/clusters/%3%4")
                 .arg(m_info.value(QLatin1String("url")).toString(),
                      m_info.value(QLatin1String("accountId")).toString(),
                      m_info.value(QLatin1String("clusterId")).toString(), path)));
    request.setRawHeader("Authorization",
                         "Bearer " +
                             m_info.value(QLatin1String("managementToken")).toString().toUtf8());
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method));
    QNetworkReply *raw = reply.get();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(raw->isFinished(), 10000);
    }();
    return reply;
}

void TestFaultPlanFile::planIsApplied() {
    QVERIFY(m_dir.isValid());
    const QString plan = writePlan(R"({"faults": [
        {"kind": "status", "method": "DELETE", "path": "/tokens/[^/]+$", "count": 1,
         "status": 503},
        {"kind": "wrong-shape", "method": "get", "path": "/databases$", "body": {"not": "a list"}}
    ]})");
    QVERIFY(start(plan));
    QByteArray said;
    QTRY_VERIFY((said += m_process.readAllStandardError()).contains("2 fault(s) from"));

    const auto list = send("GET", QStringLiteral("/tokens"));
    QCOMPARE(list->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QString id =
        QJsonDocument::fromJson(list->readAll()).array().first().toObject().value("id").toString();
    QVERIFY(!id.isEmpty());
    // The first DELETE meets the fault, the next one the real sandbox.
    auto status = [](const std::unique_ptr<QNetworkReply> &reply) {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    QCOMPARE(status(send("DELETE", "/tokens/" + id)), 503);
    QCOMPARE(status(send("DELETE", "/tokens/" + id)), 204);
    QCOMPARE(send("GET", QStringLiteral("/databases"))->readAll(),
             QByteArray(R"({"not":"a list"})"));
}

void TestFaultPlanFile::badPlanStopsTheSandbox_data() {
    QTest::addColumn<QByteArray>("plan");
    QTest::addColumn<QString>("says");
    QTest::newRow("not JSON") << QByteArray("{faults: []}") << "not valid JSON";
    QTest::newRow("top-level array") << QByteArray(R"([{"kind": "status"}])")
                                     << "expected an object {\"faults\": [...]}, not an array";
    QTest::newRow("no faults key")
        << QByteArray(R"({"fault": [{"kind": "status"}]})") << "unknown key \"fault\"";
    QTest::newRow("empty object") << QByteArray("{}") << "no \"faults\" key";
    QTest::newRow("faults not an array")
        << QByteArray(R"({"faults": {"kind": "status"}})") << "\"faults\": expected an array";
    QTest::newRow("item not an object")
        << QByteArray(R"({"faults": ["status"]})") << "faults[0]: expected an object";
    QTest::newRow("missing kind") << QByteArray(R"({"faults": [{"status": 500}]})")
                                  << "faults[0].kind: missing";
    QTest::newRow("unknown kind") << QByteArray(R"({"faults": [{"kind": "explode"}]})")
                                  << "faults[0].kind: unknown kind \"explode\"";
    QTest::newRow("misspelt key")
        << QByteArray(R"({"faults": [{"kind": "status"}, {"kind": "status", "stauts": 503}]})")
        << "faults[1].stauts: unknown key";
    QTest::newRow("key of another kind")
        << QByteArray(R"({"faults": [{"kind": "status", "retryAfterSeconds": 5}]})")
        << "faults[0].retryAfterSeconds: unknown key, or one that does not apply";
    QTest::newRow("status out of range")
        << QByteArray(R"({"faults": [{"kind": "status", "status": 1000}]})")
        << "faults[0].status: expected a whole number from 100 to 599";
    QTest::newRow("status below range")
        << QByteArray(R"({"faults": [{"kind": "status", "status": 42}]})")
        << "faults[0].status: expected a whole number from 100 to 599";
    QTest::newRow("status as text")
        << QByteArray(R"({"faults": [{"kind": "status", "status": "503"}]})")
        << "faults[0].status: expected a whole number";
    QTest::newRow("retry-after with 500")
        << QByteArray(R"({"faults": [{"kind": "retry-after", "status": 500}]})")
        << "faults[0].status: retry-after answers 429 or 503";
    QTest::newRow("count zero") << QByteArray(R"({"faults": [{"kind": "no-answer", "count": 0}]})")
                                << "faults[0].count: expected a whole number from 1";
    QTest::newRow("fractional count")
        << QByteArray(R"({"faults": [{"kind": "no-answer", "count": 1.5}]})") << "faults[0].count";
    QTest::newRow("negative delay")
        << QByteArray(R"({"faults": [{"kind": "delay", "delaySeconds": -1}]})")
        << "faults[0].delaySeconds: expected a number from 0 to 600";
    QTest::newRow("unknown method")
        << QByteArray(R"({"faults": [{"kind": "no-answer", "method": "DELETTE"}]})")
        << "faults[0].method: expected GET, POST";
    QTest::newRow("bad path pattern")
        << QByteArray(R"({"faults": [{"kind": "no-answer", "path": "/tokens/(["}]})")
        << "faults[0].path:";
    QTest::newRow("withErrorBody as text")
        << QByteArray(R"({"faults": [{"kind": "status", "withErrorBody": "no"}]})")
        << "faults[0].withErrorBody: expected true or false";
}

void TestFaultPlanFile::badPlanStopsTheSandbox() {
    QFETCH(QByteArray, plan);
    QFETCH(QString, says);
    QVERIFY(m_dir.isValid());
    const QString file = writePlan(plan);
    QVERIFY(!start(file));
    QCOMPARE(m_process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_process.exitCode(), 1);
    const QString error = QString::fromUtf8(m_process.readAllStandardError());
    QVERIFY2(error.startsWith(QStringLiteral("token-admin-sandbox: --faults: %1: ").arg(file)),
             qPrintable(error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY(m_process.readAllStandardOutput().isEmpty()); // it never served
}

void TestFaultPlanFile::missingFileStopsTheSandbox() {
    QVERIFY(!start(m_dir.filePath(QStringLiteral("no-such-plan.json"))));
    QCOMPARE(m_process.exitCode(), 1);
    QVERIFY(m_process.readAllStandardError().contains("no-such-plan.json"));
}

QTEST_GUILESS_MAIN(TestFaultPlanFile)
#include "tst_FaultPlanFile.moc"
