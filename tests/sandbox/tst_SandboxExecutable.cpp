// Runs the real token-admin-sandbox as a user would, and talks to it over HTTP.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_SandboxExecutable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void printsOneJsonLine();
    void revokesLikeTheDocsRequest();
    void revokesWithCurl();
    void clusteredWithTokenFromEnvironment();
    void malformedDataFileExitsWithError();
    void badOptionExitsWithError();

private:
    bool
    startSandbox(const QStringList &arguments,
                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QNetworkReply *sendAndWait(const QByteArray &method, const QString &url);

    QProcess m_process;
    QByteArray m_line; // the JSON line as printed
    QJsonObject m_info;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void tst_SandboxExecutable::init() {
    m_line.clear();
    m_info = {};
}

void tst_SandboxExecutable::cleanup() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate(); // SIGTERM: the sandbox quits cleanly
        QTRY_COMPARE_WITH_TIMEOUT(m_process.state(), QProcess::NotRunning, 10000);
        QCOMPARE(m_process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_process.exitCode(), 0);
    }
}

bool tst_SandboxExecutable::startSandbox(const QStringList &arguments,
                                         const QProcessEnvironment &environment) {
    m_process.setProcessEnvironment(environment);
    m_process.start(QStringLiteral(SANDBOX_EXECUTABLE), arguments);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(
            m_process.canReadLine() || m_process.state() == QProcess::NotRunning, 15000);
    }();
    if (!m_process.canReadLine())
        return false;
    m_line = m_process.readLine();
    m_info = QJsonDocument::fromJson(m_line).object();
    return !m_info.isEmpty();
}

QNetworkReply *tst_SandboxExecutable::sendAndWait(const QByteArray &method, const QString &url) {
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader(
        "Authorization",
        "Bearer " + m_info.value(QLatin1StringView("managementToken")).toString().toUtf8());
    QNetworkReply *reply = m_network.sendCustomRequest(request, method);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    return reply;
}

void tst_SandboxExecutable::printsOneJsonLine() {
    QVERIFY(startSandbox({}));
    const QString url = m_info.value(QLatin1StringView("url")).toString();
    QVERIFY2(url.startsWith(QLatin1StringView("http://127.0.0.1:")) &&
                 url.endsWith(QLatin1StringView("/api/v0")),
             qPrintable(url));
    QVERIFY(!m_info.value(QLatin1StringView("accountId")).toString().isEmpty());
    QVERIFY(!m_info.value(QLatin1StringView("clusterId")).toString().isEmpty());
    QVERIFY(m_info.value(QLatin1StringView("managementToken")).toString().size() >= 32);
    QCOMPARE(m_info.size(), 4);
    QVERIFY(!m_process.canReadLine()); // exactly one line
    // Byte for byte the documented shape: these keys, in this order, with this spacing.
    const QByteArray expected =
        "{\"url\": \"" + url.toUtf8() + "\", \"accountId\": \"" +
        m_info.value(QLatin1StringView("accountId")).toString().toUtf8() + "\", \"clusterId\": \"" +
        m_info.value(QLatin1StringView("clusterId")).toString().toUtf8() +
        "\", \"managementToken\": \"" +
        m_info.value(QLatin1StringView("managementToken")).toString().toUtf8() + "\"}\n";
    QCOMPARE(m_line, expected);
}

void tst_SandboxExecutable::revokesLikeTheDocsRequest() {
    QVERIFY(m_dir.isValid());
    const QString dataFile = m_dir.filePath(QStringLiteral("state.json"));
    QVERIFY(startSandbox(
        {QStringLiteral("--data"), dataFile, QStringLiteral("--delay-ms"), QStringLiteral("10")}));
    const QString tokens = QStringLiteral("%1/accounts/%2/clusters/%3/tokens")
                               .arg(m_info.value(QLatin1StringView("url")).toString(),
                                    m_info.value(QLatin1StringView("accountId")).toString(),
                                    m_info.value(QLatin1StringView("clusterId")).toString());
    std::unique_ptr<QNetworkReply> list(sendAndWait("GET", tokens));
    QCOMPARE(list->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QString id = QJsonDocument::fromJson(list->readAll())
                           .array()
                           .first()
                           .toObject()
                           .value(QLatin1StringView("id"))
                           .toString();

    std::unique_ptr<QNetworkReply> revoke(sendAndWait("DELETE", tokens + QLatin1Char('/') + id));
    QCOMPARE(revoke->error(), QNetworkReply::NoError);
    QCOMPARE(revoke->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
    QVERIFY(revoke->readAll().isEmpty());

    std::unique_ptr<QNetworkReply> get(sendAndWait("GET", tokens + QLatin1Char('/') + id));
    QVERIFY(
        QJsonDocument::fromJson(get->readAll()).object().contains(QLatin1StringView("revokedAt")));
    QVERIFY(QFile::exists(dataFile));
}

void tst_SandboxExecutable::revokesWithCurl() {
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    // scripts/setup-debian.sh installs curl: without it the docs' command goes unchecked.
    QVERIFY2(!curl.isEmpty(), "curl is not installed (scripts/setup-debian.sh installs it)");
    QVERIFY(startSandbox({}));
    const QString token = m_info.value(QLatin1StringView("managementToken")).toString();
    const QString tokens = QStringLiteral("%1/accounts/%2/clusters/%3/tokens")
                               .arg(m_info.value(QLatin1StringView("url")).toString(),
                                    m_info.value(QLatin1StringView("accountId")).toString(),
                                    m_info.value(QLatin1StringView("clusterId")).toString());
    std::unique_ptr<QNetworkReply> list(sendAndWait("GET", tokens));
    const QString id = QJsonDocument::fromJson(list->readAll())
                           .array()
                           .first()
                           .toObject()
                           .value(QLatin1StringView("id"))
                           .toString();

    // The documented request, with the status code appended.
    QProcess process;
    process.start(curl, {QStringLiteral("--silent"), QStringLiteral("--location"),
                         QStringLiteral("--request"), QStringLiteral("DELETE"),
                         tokens + QLatin1Char('/') + id, QStringLiteral("--header"),
                         QStringLiteral("Accept: application/json"), QStringLiteral("--header"),
                         QStringLiteral("Authorization: Bearer ") + token,
                         QStringLiteral("--write-out"), QStringLiteral("%{http_code}")});
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 15000);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArray("204"));
}

void tst_SandboxExecutable::clusteredWithTokenFromEnvironment() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Quotes and a backslash in the token: the line stays valid JSON.
    const QString token = QStringLiteral(R"(from-env "quoted" \ end)");
    environment.insert(QStringLiteral("INFLUX_MANAGEMENT_TOKEN"), token);
    QVERIFY(startSandbox({QStringLiteral("--clustered"), QStringLiteral("--tokens"),
                          QStringLiteral("250"), QStringLiteral("--hide-revoked")},
                         environment));
    QCOMPARE(m_info.value(QLatin1StringView("managementToken")).toString(), token);
    QVERIFY2(m_line.endsWith(R"(, "managementToken": "from-env \"quoted\" \\ end"})"
                             "\n"),
             m_line.constData());
    std::unique_ptr<QNetworkReply> list(sendAndWait(
        "GET", m_info.value(QLatin1StringView("url")).toString() + QStringLiteral("/tokens")));
    QCOMPARE(list->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonArray tokens = QJsonDocument::fromJson(list->readAll()).array();
    QVERIFY(tokens.size() > 150 && tokens.size() < 250); // the revoked ones are left out
    QVERIFY(!tokens.first().toObject().contains(QLatin1StringView("accountId")));
}

void tst_SandboxExecutable::malformedDataFileExitsWithError() {
    QVERIFY(m_dir.isValid());
    const QString dataFile = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(dataFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"tokens\": [");
    file.close();
    QVERIFY(!startSandbox({QStringLiteral("--data"), dataFile}));
    QCOMPARE(m_process.exitCode(), 1);
    const QByteArray error = m_process.readAllStandardError();
    QVERIFY2(error.contains(dataFile.toUtf8()), error.constData());
    QVERIFY(m_process.readAllStandardOutput().isEmpty());
}

void tst_SandboxExecutable::badOptionExitsWithError() {
    QVERIFY(!startSandbox({QStringLiteral("--port"), QStringLiteral("http")}));
    QCOMPARE(m_process.exitCode(), 1);
    QVERIFY(m_process.readAllStandardError().contains("--port"));
}

QTEST_GUILESS_MAIN(tst_SandboxExecutable)
#include "tst_SandboxExecutable.moc"
