// Kills a process with SIGKILL at random moments while it writes history rows, many times
// over, and checks after every kill that the database passes PRAGMA integrity_check and holds
// every row the process had reported committed, whole. TOKENADMIN_KILL_SEED=N repeats a run.
#include "ChangeHistory.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_HistoryKill : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedWhileWritingLosesAtMostTheRowInProgress();

private:
    static constexpr int Rounds = 40;
};

void tst_HistoryKill::killedWhileWritingLosesAtMostTheRowInProgress() {
    bool fixedSeed = false;
    const quint32 seed = quint32(qEnvironmentVariableIntValue("TOKENADMIN_KILL_SEED", &fixedSeed));
    QRandomGenerator random(fixedSeed ? seed : QRandomGenerator::global()->generate());
    const quint32 usedSeed = fixedSeed ? seed : random.generate();
    random.seed(usedSeed);
    qInfo("TOKENADMIN_KILL_SEED=%u", usedSeed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    qint64 committedBefore = 0;
    for (int round = 0; round < Rounds; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(HISTORY_WRITER), {path});
        QVERIFY(writer.waitForStarted());
        // Killed after a random number of reports: in the middle of a row, of an outcome, or
        // between them.
        const int reportsBeforeKill = 1 + int(random.bounded(60));
        QSet<qint64> committed;
        QSet<qint64> done;
        int reports = 0;
        QByteArray pending;
        QTRY_VERIFY2_WITH_TIMEOUT(
            [&] {
                pending += writer.readAllStandardOutput();
                qsizetype end;
                while ((end = pending.indexOf('\n')) >= 0) {
                    const QList<QByteArray> words = pending.left(end).split(' ');
                    pending.remove(0, end + 1);
                    ++reports;
                    (words.size() == 2 ? done : committed).insert(words.first().toLongLong());
                }
                return reports >= reportsBeforeKill || writer.state() == QProcess::NotRunning;
            }(),
            "the writer reported nothing", 20000);
        QCOMPARE(writer.state(), QProcess::Running);
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished());
        // What it reported before dying, including lines still in the pipe.
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            if (!line.isEmpty())
                (words.size() == 2 ? done : committed).insert(words.first().toLongLong());
        }

        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(query.exec(QStringLiteral("SELECT id, token_id, description, outcome, "
                                              "permissions_before FROM changes ORDER BY id")));
            QSet<qint64> present;
            qint64 expectedId = 1;
            while (query.next()) {
                const qint64 id = query.value(0).toLongLong();
                // No hole: each row is there whole or not at all, in order.
                QCOMPARE(id, expectedId++);
                const qint64 n = query.value(1).toString().mid(6).toLongLong();
                QCOMPARE(query.value(1).toString(), QStringLiteral("token-%1").arg(n));
                QCOMPARE(query.value(2).toString(), QStringLiteral("row %1 ").arg(n).repeated(20));
                QCOMPARE(query.value(4).toString(),
                         QStringLiteral(R"([{"action":"read","resource":"db"}])"));
                if (done.contains(id))
                    QCOMPARE(query.value(3).toString(), QStringLiteral("confirmed"));
                present.insert(id);
            }
            for (qint64 id : std::as_const(committed))
                QVERIFY2(present.contains(id),
                         qPrintable(QStringLiteral("round %1: row %2 was reported committed and "
                                                   "is gone")
                                        .arg(round)
                                        .arg(id)));
            QVERIFY(present.size() >= committedBefore);
            committedBefore = present.size();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
    qInfo("%d kills; %lld rows survived", Rounds, committedBefore);
}

QTEST_GUILESS_MAIN(tst_HistoryKill)
#include "tst_HistoryKill.moc"
