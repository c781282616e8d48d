// Kills the real token-admin-sandbox with SIGKILL at random moments while clients write
// to it (POST, PATCH, DELETE), and checks after every kill that its --data file is whole,
// holds every change the sandbox confirmed, and that a new sandbox starts on it.
// TOKENADMIN_KILL_SEED=N repeats a run; the seed is printed.
#include "SandboxStateFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class tst_SandboxKill : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedDuringWritesLeavesWholeFile();

private:
    static constexpr int Rounds = 50;
    static constexpr int Streams = 4; // requests in flight at once

    bool start(const QString &dataFile);
    void sendNext(QRandomGenerator *random);
    QNetworkRequest request(const QString &path) const;

    QProcess m_process;
    QString m_base; // http://127.0.0.1:PORT/api/v0/accounts/A/clusters/C/tokens
    QByteArray m_authorization;
    QNetworkAccessManager m_network;
    bool m_writing = false;
    QStringList m_ids;       // tokens a write may target
    QSet<QString> m_created; // POSTs the sandbox answered 200
    QSet<QString> m_revoked; // DELETEs the sandbox answered 204
    int m_sent = 0;
    int m_confirmed = 0;
};

QNetworkRequest tst_SandboxKill::request(const QString &path) const {
    QNetworkRequest request{QUrl(m_base + path)};
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(5000);
    return request;
}

bool tst_SandboxKill::start(const QString &dataFile) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("INFLUX_MANAGEMENT_TOKEN"), QStringLiteral("kill-test"));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(
        QStringLiteral(SANDBOX_EXECUTABLE),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), dataFile});
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(
            m_process.canReadLine() || m_process.state() == QProcess::NotRunning, 15000);
    }();
    if (!m_process.canReadLine())
        return false;
    const QJsonObject info = QJsonDocument::fromJson(m_process.readLine()).object();
    m_base = QStringLiteral("%1/accounts/%2/clusters/%3/tokens")
                 .arg(info.value(QLatin1String("url")).toString(),
                      info.value(QLatin1String("accountId")).toString(),
                      info.value(QLatin1String("clusterId")).toString());
    m_authorization = "Bearer " + info.value(QLatin1String("managementToken")).toString().toUtf8();
    return true;
}

// One write; when it ends, the next, until the sandbox is killed.
void tst_SandboxKill::sendNext(QRandomGenerator *random) {
    if (!m_writing)
        return;
    const int roll = int(random->bounded(100));
    const QString target = m_ids.at(int(random->bounded(qsizetype(m_ids.size()))));
    QNetworkReply *reply = nullptr;
    enum { Create, Update, Revoke } kind;
    if (roll < 40) {
        kind = Create;
        const QJsonObject body{
            {QStringLiteral("description"), QStringLiteral("kill test %1").arg(m_sent)},
            {QStringLiteral("permissions"),
             QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("read")},
                                    {QStringLiteral("resource"), QStringLiteral("DatabaseOne")}}}}};
        reply = m_network.post(request({}), QJsonDocument(body).toJson(QJsonDocument::Compact));
    } else if (roll < 80) {
        kind = Update;
        const QJsonObject body{
            {QStringLiteral("description"), QStringLiteral("renamed %1").arg(m_sent)}};
        reply = m_network.sendCustomRequest(request(QLatin1Char('/') + target), "PATCH",
                                            QJsonDocument(body).toJson(QJsonDocument::Compact));
    } else {
        kind = Revoke;
        reply = m_network.deleteResource(request(QLatin1Char('/') + target));
    }
    ++m_sent;
    connect(reply, &QNetworkReply::finished, this, [this, reply, kind, target, random] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (kind == Create && status == 200) {
            const QString id = QJsonDocument::fromJson(reply->readAll())
                                   .object()
                                   .value(QLatin1String("id"))
                                   .toString();
            m_created.insert(id);
            m_ids.append(id);
        } else if (kind == Revoke && status == 204) {
            m_revoked.insert(target);
        }
        if (status >= 200 && status < 300)
            ++m_confirmed;
        sendNext(random);
    });
}

void tst_SandboxKill::killedDuringWritesLeavesWholeFile() {
    bool fixedSeed = false;
    const quint32 seed = quint32(qEnvironmentVariableIntValue("TOKENADMIN_KILL_SEED", &fixedSeed));
    QRandomGenerator random(fixedSeed ? seed : QRandomGenerator::global()->generate());
    const quint32 usedSeed = fixedSeed ? seed : random.generate();
    random.seed(usedSeed);
    qInfo("TOKENADMIN_KILL_SEED=%u", usedSeed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataFile = dir.filePath(QStringLiteral("sandbox.json"));
    int previousTokens = 0;
    for (int round = 0; round < Rounds; ++round) {
        QVERIFY2(start(dataFile),
                 qPrintable(QStringLiteral("round %1: the sandbox did not start on "
                                           "the file the last kill left")
                                .arg(round)));
        // The restarted sandbox serves what the file holds.
        SandboxState state;
        QString error;
        QVERIFY2(SandboxStateFile::load(dataFile, &state, &error), qPrintable(error));
        QVERIFY(state.tokens.size() >= previousTokens);
        m_ids.clear();
        for (const Token &token : std::as_const(state.tokens))
            m_ids.append(token.id);

        m_writing = true;
        for (int stream = 0; stream < Streams; ++stream)
            sendNext(&random);
        // Kill after a random number of confirmed writes (none to a few), then a random
        // moment later: inside a write, between writes, or before the first one ended,
        // whatever the speed of the machine or the build.
        const int wanted = m_confirmed + int(random.bounded(0, 6));
        QTRY_VERIFY_WITH_TIMEOUT(m_confirmed >= wanted, 20000);
        QTest::qWait(int(random.bounded(0, 15)));
        m_process.kill(); // SIGKILL
        QVERIFY(m_process.waitForFinished(10000));
        QCOMPARE(m_process.exitStatus(), QProcess::CrashExit);
        m_writing = false;
        // Let the replies the dead sandbox left behind end (with an error or a late answer).
        QTRY_VERIFY_WITH_TIMEOUT(m_network.findChildren<QNetworkReply *>().isEmpty(), 10000);

        // Whole, valid, and holding every change the sandbox confirmed before it died.
        QFile file(dataFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        QJsonDocument::fromJson(file.readAll(), &parseError);
        QVERIFY2(
            parseError.error == QJsonParseError::NoError,
            qPrintable(QStringLiteral("round %1: %2").arg(round).arg(parseError.errorString())));
        QVERIFY2(SandboxStateFile::load(dataFile, &state, &error), qPrintable(error));
        QSet<QString> ids;
        QSet<QString> revokedIds;
        for (const Token &token : std::as_const(state.tokens)) {
            ids.insert(token.id);
            if (token.isRevoked())
                revokedIds.insert(token.id);
        }
        for (const QString &id : std::as_const(m_created))
            QVERIFY2(ids.contains(id), qPrintable(QStringLiteral("round %1: confirmed token %2 "
                                                                 "lost")
                                                      .arg(round)
                                                      .arg(id)));
        for (const QString &id : std::as_const(m_revoked))
            QVERIFY2(revokedIds.contains(id), qPrintable(QStringLiteral("round %1: confirmed "
                                                                        "revoke of %2 lost")
                                                             .arg(round)
                                                             .arg(id)));
        previousTokens = int(state.tokens.size());
    }
    const QStringList leftovers =
        QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("sandbox.json."));
    qInfo("%d rounds: %d writes sent, %d confirmed, %lld tokens created, %lld revoked; "
          "%lld tokens in the file; %lld temporary files left by kills",
          Rounds, m_sent, m_confirmed, qsizetype(m_created.size()), qsizetype(m_revoked.size()),
          qsizetype(previousTokens), leftovers.size());
    QVERIFY2(m_confirmed > Rounds, "too few writes confirmed: the kills came too early to test");
}

QTEST_GUILESS_MAIN(tst_SandboxKill)
#include "tst_SandboxKill.moc"
