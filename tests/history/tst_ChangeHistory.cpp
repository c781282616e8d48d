#include "ChangeHistory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

// Reads the file through a connection of its own, as another program would.
class Peek {
public:
    explicit Peek(const QString &path) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~Peek() {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }
    QVariant value(const QString &sql) {
        QSqlQuery query(m_db);
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
    bool run(const QString &sql) { return QSqlQuery(m_db).exec(sql); }

private:
    QSqlDatabase m_db;
};

HistoryEntry revokeEntry(const QString &tokenId) {
    HistoryEntry entry;
    entry.connectionName = QStringLiteral("Sandbox");
    entry.product = QStringLiteral("Dedicated");
    entry.accountId = QStringLiteral("11111111-1111-4111-8111-111111111111");
    entry.clusterId = QStringLiteral("22222222-2222-4222-8222-222222222222");
    entry.operation = HistoryEntry::Operation::Revoke;
    entry.tokenId = tokenId;
    entry.description = QStringLiteral("Grafana");
    entry.permissionsBefore = QList<Permission>{{QStringLiteral("read"), QStringLiteral("db1")}};
    return entry;
}

// The folder refuses new files, for root too (which ignores permission bits): chmod, then
// the immutable attribute. Undone by the destructor.
class ReadOnlyFolder {
public:
    explicit ReadOnlyFolder(const QString &path)
        : m_path(path) {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner);
        if (geteuid() == 0)
            m_immutable =
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
    }
    ~ReadOnlyFolder() {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    bool refusesFiles() const {
        QFile probe(QDir(m_path).filePath(QStringLiteral("probe")));
        const bool created = probe.open(QIODevice::WriteOnly);
        if (created)
            probe.remove();
        return !created;
    }

private:
    QString m_path;
    bool m_immutable = false;
};

} // namespace

class tst_ChangeHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newDatabaseHasSchemaAndWal();
    void olderSchemaIsMigrated();
    void newerSchemaIsLeftAlone();
    void version2GainsPendingRotations();
    void rowIsCommittedBeforeItsOutcome();
    void outcomesAndRowsOfOneToken();
    void pendingRowOfAnEndedRunReadsUnknown();
    void corruptFileIsMovedAsideNeverDeleted();
    void readOnlyFolderRefusesChanges();
    void continueWithoutHistoryAllowsChanges();
    void writeFailureIsSaidOnceAndRefuses();
    void clearOlderThanDeletesOnlyOlderRows();
    void commitCost();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
};

void tst_ChangeHistory::newDatabaseHasSchemaAndWal() {
    ChangeHistory history;
    QVERIFY2(history.open(path("new.sqlite")), qPrintable(history.problem()));
    QCOMPARE(history.state(), ChangeHistory::State::Ready);
    Peek peek(path("new.sqlite"));
    QCOMPARE(peek.value(QStringLiteral("PRAGMA user_version")).toInt(),
             ChangeHistory::SchemaVersion);
    QCOMPARE(peek.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void tst_ChangeHistory::olderSchemaIsMigrated() {
    // A version 1 file as the first release wrote it, with one row.
    const QString file = path("v1.sqlite");
    {
        Peek old(file);
        QVERIFY(old.run(QStringLiteral(
            "CREATE TABLE changes (id INTEGER PRIMARY KEY AUTOINCREMENT, requested_at TEXT NOT "
            "NULL, os_user TEXT NOT NULL DEFAULT '', connection_name TEXT NOT NULL DEFAULT '', "
            "product TEXT NOT NULL DEFAULT '', account_id TEXT NOT NULL DEFAULT '', cluster_id "
            "TEXT NOT NULL DEFAULT '', host TEXT NOT NULL DEFAULT '', operation TEXT NOT NULL, "
            "token_id TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', "
            "permissions_before TEXT, permissions_after TEXT, outcome TEXT NOT NULL DEFAULT "
            "'pending', finished_at TEXT, http_status INTEGER, message TEXT NOT NULL DEFAULT "
            "'')")));
        QVERIFY(old.run(QStringLiteral(
            "INSERT INTO changes (requested_at, os_user, operation, token_id, description, "
            "permissions_before, outcome, http_status, message) VALUES "
            "('2026-01-02T03:04:05.000Z', 'ann', 'revoke', 'abc', 'Old', "
            "'[{\"action\":\"read\",\"resource\":\"db\"}]', 'failed', 500, 'boom')")));
        QVERIFY(old.run(QStringLiteral("PRAGMA user_version = 1")));
    }
    ChangeHistory history;
    QVERIFY2(history.open(file), qPrintable(history.problem()));
    const QList<HistoryEntry> rows = history.entries();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].tokenId, QStringLiteral("abc"));
    QCOMPARE(rows[0].osUser, QStringLiteral("ann"));
    QCOMPARE(rows[0].outcome, HistoryEntry::Outcome::Failed);
    QCOMPARE(rows[0].httpStatus, 500);
    QCOMPARE(rows[0].message, QStringLiteral("boom"));
    QCOMPARE(rows[0].batchId, QString());
    HistoryEntry entry = revokeEntry(QStringLiteral("def"));
    entry.batchId = QStringLiteral("batch-1");
    QVERIFY(history.recordRequest(&entry));
    QCOMPARE(history.entries(QStringLiteral("def")).value(0).batchId, QStringLiteral("batch-1"));
    Peek peek(file);
    QCOMPARE(peek.value(QStringLiteral("PRAGMA user_version")).toInt(),
             ChangeHistory::SchemaVersion);
    QCOMPARE(peek.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void tst_ChangeHistory::version2GainsPendingRotations() {
    // A version 2 file as that release wrote it (version 1's table and step 2), with a row.
    const QString file = path("v2.sqlite");
    {
        Peek old(file);
        QVERIFY(old.run(QStringLiteral(
            "CREATE TABLE changes (id INTEGER PRIMARY KEY AUTOINCREMENT, requested_at TEXT NOT "
            "NULL, os_user TEXT NOT NULL DEFAULT '', connection_name TEXT NOT NULL DEFAULT '', "
            "product TEXT NOT NULL DEFAULT '', account_id TEXT NOT NULL DEFAULT '', cluster_id "
            "TEXT NOT NULL DEFAULT '', host TEXT NOT NULL DEFAULT '', operation TEXT NOT NULL, "
            "token_id TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', "
            "permissions_before TEXT, permissions_after TEXT, outcome TEXT NOT NULL DEFAULT "
            "'pending', finished_at TEXT, http_status INTEGER, message TEXT NOT NULL DEFAULT "
            "'', batch_id TEXT NOT NULL DEFAULT '', related_token_id TEXT NOT NULL DEFAULT '')")));
        QVERIFY(old.run(QStringLiteral(
            "INSERT INTO changes (requested_at, operation, token_id, outcome, batch_id, "
            "related_token_id) VALUES ('2026-01-02T03:04:05.000Z', 'rotate-create', 'new-1', "
            "'confirmed', 'rot-1', 'old-1')")));
        QVERIFY(old.run(QStringLiteral("PRAGMA user_version = 2")));
    }
    {
        ChangeHistory history;
        QVERIFY2(history.open(file), qPrintable(history.problem()));
        QCOMPARE(history.entries().size(), 1);
        QCOMPARE(history.entries().value(0).relatedTokenId, QStringLiteral("old-1"));
        QVERIFY(history.pendingRotations().isEmpty());
        const QDateTime at = QDateTime(QDate(2026, 12, 4), QTime(10, 30), Qt::UTC);
        QVERIFY(history.recordPendingRotation(
            {QStringLiteral("rot-2"), QStringLiteral("old-2"), QStringLiteral("new-2"), at}));
    }
    Peek peek(file);
    QCOMPARE(peek.value(QStringLiteral("PRAGMA user_version")).toInt(), 3);
    QCOMPARE(peek.value(QStringLiteral("SELECT COUNT(*) FROM rotations")).toInt(), 1);
    // Kept for the next run, which finishes it.
    ChangeHistory next;
    QVERIFY(next.open(file));
    const std::optional<PendingRotation> pending = next.pendingRotationOf(QStringLiteral("old-2"));
    QVERIFY(pending);
    QCOMPARE(pending->newTokenId, QStringLiteral("new-2"));
    QCOMPARE(pending->batchId, QStringLiteral("rot-2"));
    QCOMPARE(pending->replacedAt, QDateTime(QDate(2026, 12, 4), QTime(10, 30), Qt::UTC));
    QVERIFY(!next.pendingRotationOf(QStringLiteral("new-2")));
    QVERIFY(next.finishPendingRotation(QStringLiteral("old-2")));
    QVERIFY(!next.pendingRotationOf(QStringLiteral("old-2")));
    QVERIFY(next.pendingRotations().isEmpty());
}

void tst_ChangeHistory::newerSchemaIsLeftAlone() {
    const QString file = path("newer.sqlite");
    {
        Peek future(file);
        QVERIFY(future.run(QStringLiteral("CREATE TABLE something (x)")));
        QVERIFY(future.run(QStringLiteral("PRAGMA user_version = 99")));
    }
    ChangeHistory history;
    QVERIFY(!history.open(file));
    QCOMPARE(history.state(), ChangeHistory::State::Unavailable);
    QVERIFY2(history.problem().contains(QLatin1String("newer version")),
             qPrintable(history.problem()));
    HistoryEntry entry = revokeEntry(QStringLiteral("x"));
    QVERIFY(!history.recordRequest(&entry));
    Peek peek(file);
    QCOMPARE(peek.value(QStringLiteral("PRAGMA user_version")).toInt(), 99);
}

void tst_ChangeHistory::rowIsCommittedBeforeItsOutcome() {
    const QString file = path("commit.sqlite");
    ChangeHistory history;
    QVERIFY(history.open(file));
    HistoryEntry entry = revokeEntry(QStringLiteral("tok-1"));
    QVERIFY2(history.recordRequest(&entry), qPrintable(history.problem()));
    QVERIFY(entry.id > 0);
    {
        // Another connection sees it at once: committed, not waiting in a transaction.
        Peek peek(file);
        QCOMPARE(peek.value(QStringLiteral("SELECT outcome FROM changes WHERE token_id = 'tok-1'"))
                     .toString(),
                 QStringLiteral("pending"));
        QVERIFY(!peek.value(QStringLiteral("SELECT os_user FROM changes")).toString().isEmpty());
        QVERIFY(peek.value(QStringLiteral("SELECT requested_at FROM changes"))
                    .toString()
                    .endsWith(QLatin1Char('Z')));
    }
    entry.outcome = HistoryEntry::Outcome::Confirmed;
    QVERIFY(history.recordOutcome(entry));
    Peek peek(file);
    QCOMPARE(peek.value(QStringLiteral("SELECT outcome FROM changes WHERE token_id = 'tok-1'"))
                 .toString(),
             QStringLiteral("confirmed"));
}

void tst_ChangeHistory::outcomesAndRowsOfOneToken() {
    ChangeHistory history;
    QVERIFY(history.open(path("outcomes.sqlite")));
    HistoryEntry failed = revokeEntry(QStringLiteral("a"));
    QVERIFY(history.recordRequest(&failed));
    failed.outcome = HistoryEntry::Outcome::Failed;
    failed.httpStatus = 500;
    failed.message = QStringLiteral("internal error");
    QVERIFY(history.recordOutcome(failed));
    HistoryEntry unknown = revokeEntry(QStringLiteral("b"));
    QVERIFY(history.recordRequest(&unknown));
    unknown.outcome = HistoryEntry::Outcome::Unknown;
    QVERIFY(history.recordOutcome(unknown));
    HistoryEntry again = revokeEntry(QStringLiteral("a"));
    QVERIFY(history.recordRequest(&again));

    const QList<HistoryEntry> ofA = history.entries(QStringLiteral("a"));
    QCOMPARE(ofA.size(), 2);
    QCOMPARE(ofA[0].outcome, HistoryEntry::Outcome::Pending); // newest first
    QCOMPARE(ofA[1].outcome, HistoryEntry::Outcome::Failed);
    QCOMPARE(ofA[1].httpStatus, 500);
    QCOMPARE(ofA[1].message, QStringLiteral("internal error"));
    QCOMPARE(ofA[1].permissionsBefore,
             std::optional(QList<Permission>{{QStringLiteral("read"), QStringLiteral("db1")}}));
    QVERIFY(!ofA[1].permissionsAfter);
    QCOMPARE(history.entries(QStringLiteral("b")).value(0).outcome, HistoryEntry::Outcome::Unknown);
    QCOMPARE(history.entries().size(), 3);
}

void tst_ChangeHistory::pendingRowOfAnEndedRunReadsUnknown() {
    const QString file = path("ended.sqlite");
    {
        ChangeHistory history;
        QVERIFY(history.open(file));
        HistoryEntry entry = revokeEntry(QStringLiteral("z"));
        QVERIFY(history.recordRequest(&entry));
    }
    ChangeHistory history;
    QVERIFY(history.open(file));
    QCOMPARE(history.entries().value(0).outcome, HistoryEntry::Outcome::Unknown);
}

void tst_ChangeHistory::corruptFileIsMovedAsideNeverDeleted() {
    const QString file = path("corrupt.sqlite");
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919) % 251));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(garbage);
    }
    ChangeHistory history;
    QVERIFY2(history.open(file), qPrintable(history.problem()));
    QCOMPARE(history.state(), ChangeHistory::State::Ready);
    QVERIFY(!history.movedAsideTo().isEmpty());
    QVERIFY(history.movedAsideTo().startsWith(file + QLatin1String(".corrupt-")));
    QFile aside(history.movedAsideTo());
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), garbage);
    HistoryEntry entry = revokeEntry(QStringLiteral("after"));
    QVERIFY(history.recordRequest(&entry));
    QCOMPARE(history.entries().size(), 1);
}

void tst_ChangeHistory::readOnlyFolderRefusesChanges() {
    const QString folder = path("readonly");
    QVERIFY(QDir().mkpath(folder));
    ReadOnlyFolder readOnly(folder);
    if (!readOnly.refusesFiles())
        QSKIP("This file system lets the folder be written whatever its permissions");
    ChangeHistory history;
    QVERIFY(!history.open(QDir(folder).filePath(QStringLiteral("history.sqlite"))));
    QCOMPARE(history.state(), ChangeHistory::State::Unavailable);
    QVERIFY2(history.problem().contains(QDir::toNativeSeparators(folder)),
             qPrintable(history.problem()));
    QVERIFY(!history.allowsChanges());
    HistoryEntry entry = revokeEntry(QStringLiteral("x"));
    QVERIFY(!history.recordRequest(&entry));
}

void tst_ChangeHistory::continueWithoutHistoryAllowsChanges() {
    const QString folder = path("readonly2");
    QVERIFY(QDir().mkpath(folder));
    ReadOnlyFolder readOnly(folder);
    if (!readOnly.refusesFiles())
        QSKIP("This file system lets the folder be written whatever its permissions");
    ChangeHistory history;
    QVERIFY(!history.open(QDir(folder).filePath(QStringLiteral("history.sqlite"))));
    history.continueWithoutHistory();
    QVERIFY(history.allowsChanges());
    HistoryEntry entry = revokeEntry(QStringLiteral("x"));
    QVERIFY(history.recordRequest(&entry));
    QCOMPARE(entry.id, 0);
    entry.outcome = HistoryEntry::Outcome::Confirmed;
    QVERIFY(history.recordOutcome(entry));
}

// The disk stops taking writes mid-run (here: the journal made immutable, as a full disk
// refuses it): the next row fails, the history says so once, and refuses what follows.
void tst_ChangeHistory::writeFailureIsSaidOnceAndRefuses() {
    if (geteuid() != 0)
        QSKIP("Making the journal immutable needs root");
    const QString file = path("failing.sqlite");
    ChangeHistory history;
    QVERIFY(history.open(file));
    HistoryEntry first = revokeEntry(QStringLiteral("first"));
    QVERIFY(history.recordRequest(&first));
    QSignalSpy unavailable(&history, &ChangeHistory::becameUnavailable);
    QCOMPARE(QProcess::execute(QStringLiteral("chattr"),
                               {QStringLiteral("+i"), file + QLatin1String("-wal")}),
             0);
    HistoryEntry second = revokeEntry(QStringLiteral("second"));
    const bool written = history.recordRequest(&second);
    HistoryEntry third = revokeEntry(QStringLiteral("third"));
    const bool thirdWritten = history.recordRequest(&third);
    QProcess::execute(QStringLiteral("chattr"),
                      {QStringLiteral("-i"), file + QLatin1String("-wal")});
    QVERIFY(!written);
    QVERIFY(!thirdWritten);
    QCOMPARE(history.state(), ChangeHistory::State::Unavailable);
    QCOMPARE(unavailable.size(), 1);
    QVERIFY2(history.problem().contains(QLatin1String("cannot be written")),
             qPrintable(history.problem()));
}

void tst_ChangeHistory::clearOlderThanDeletesOnlyOlderRows() {
    ChangeHistory history;
    QVERIFY(history.open(path("clear.sqlite")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int days : {40, 31, 29, 1}) {
        HistoryEntry entry = revokeEntry(QStringLiteral("d%1").arg(days));
        entry.requestedAt = now.addDays(-days);
        QVERIFY(history.recordRequest(&entry));
    }
    QSignalSpy changed(&history, &ChangeHistory::changed);
    QCOMPARE(history.countOlderThan(now.addDays(-30)), 2);
    int removed = 0;
    QVERIFY(history.clearOlderThan(now.addDays(-30), &removed));
    QCOMPARE(removed, 2);
    QCOMPARE(changed.size(), 1);
    QStringList left;
    for (const HistoryEntry &entry : history.entries())
        left.append(entry.tokenId);
    QCOMPARE(left, (QStringList{QStringLiteral("d1"), QStringLiteral("d29")}));
}

// A figure, not a limit: what writing a row and its outcome costs on the window's thread.
void tst_ChangeHistory::commitCost() {
    ChangeHistory history;
    QVERIFY(history.open(path("cost.sqlite")));
    constexpr int Rows = 500;
    QElapsedTimer timer;
    timer.start();
    qint64 slowest = 0;
    for (int i = 0; i < Rows; ++i) {
        QElapsedTimer one;
        one.start();
        HistoryEntry entry = revokeEntry(QStringLiteral("cost-%1").arg(i));
        QVERIFY(history.recordRequest(&entry));
        entry.outcome = HistoryEntry::Outcome::Confirmed;
        QVERIFY(history.recordOutcome(entry));
        slowest = std::max(slowest, one.nsecsElapsed());
    }
    qInfo("history: %d requests, row + outcome: mean %.3f ms, slowest %.3f ms (WAL, "
          "synchronous=NORMAL)",
          Rows, double(timer.nsecsElapsed()) / Rows / 1e6, double(slowest) / 1e6);
}

QTEST_GUILESS_MAIN(tst_ChangeHistory)
#include "tst_ChangeHistory.moc"
