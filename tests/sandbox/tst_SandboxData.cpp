#include "SandboxData.h"

#include "TokenStatus.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <QUuid>

namespace {

bool isUuidV4(const QString &text) {
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.version() == QUuid::Random && uuid.variant() == QUuid::DCE &&
           uuid.toString(QUuid::WithoutBraces) == text;
}

bool hasAction(const Token &token, QLatin1StringView action) {
    for (const Permission &permission : token.permissions) {
        if (permission.action == action)
            return true;
    }
    return false;
}

} // namespace

class tst_SandboxData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void idsAreUuidV4();
    void databasesAreValid();
    void seedIsDeterministic();
    void seedCoversEveryCase();
    void generatedTokensAreDeterministic();
    void generatedTokensAreVaried();
};

void tst_SandboxData::idsAreUuidV4() {
    QVERIFY(isUuidV4(SandboxData::accountId()));
    QVERIFY(isUuidV4(SandboxData::clusterId()));
}

void tst_SandboxData::databasesAreValid() {
    const QList<SandboxDatabase> databases = SandboxData::databases();
    QCOMPARE(databases.size(), 8);
    QSet<QString> names;
    for (const SandboxDatabase &database : databases) {
        QVERIFY(!database.name.isEmpty() && database.name.size() <= 64);
        QVERIFY(database.maxTables >= 1);
        QVERIFY(database.maxColumnsPerTable >= 1);
        QVERIFY(database.retentionPeriod >= 0);
        names.insert(database.name);
    }
    QCOMPARE(names.size(), databases.size());
}

void tst_SandboxData::seedIsDeterministic() {
    const QDateTime now(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);
    QCOMPARE(SandboxData::seedTokens(now), SandboxData::seedTokens(now));
    // IDs and creation dates do not depend on the current time.
    const QList<Token> later = SandboxData::seedTokens(now.addDays(100));
    const QList<Token> first = SandboxData::seedTokens(now);
    for (qsizetype i = 0; i < first.size(); ++i) {
        QCOMPARE(later[i].id, first[i].id);
        QCOMPARE(later[i].createdAt, first[i].createdAt);
    }
}

void tst_SandboxData::seedCoversEveryCase() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<Token> tokens = SandboxData::seedTokens(now);
    QVERIFY(tokens.size() >= 35 && tokens.size() <= 45);

    QSet<QString> databaseNames;
    for (const SandboxDatabase &database : SandboxData::databases())
        databaseNames.insert(database.name);

    QSet<QString> ids;
    int active = 0, revoked = 0, expired = 0, expiringSoon = 0, allDatabases = 0, readOnly = 0,
        writeOnly = 0, readWrite = 0, severalDatabases = 0, none = 0, withinOneDay = 0,
        unknownDatabase = 0, activeUnknownDatabase = 0;
    QHash<QString, int> activePerDatabase;
    for (const Token &token : tokens) {
        QVERIFY2(isUuidV4(token.id), qPrintable(token.id));
        ids.insert(token.id);
        QVERIFY(!token.description.isEmpty());
        QVERIFY(token.createdAt.isValid() && token.createdAt < now);
        QVERIFY(token.createdAt.time().msec() != 0 || token.createdAt.time().second() != 0);
        // A renamed or deleted database leaves tokens behind that name it.
        bool namesUnknown = false;
        for (const Permission &permission : token.permissions)
            namesUnknown = namesUnknown || (permission.resource != QLatin1StringView("*") &&
                                            !databaseNames.contains(permission.resource));
        unknownDatabase += namesUnknown;
        const TokenStatus status = tokenStatus(token, now);
        if (isActive(status)) {
            activeUnknownDatabase += namesUnknown;
            for (const QString &database : tokenDatabases(token))
                ++activePerDatabase[database];
        }

        switch (status) {
        case TokenStatus::Active:
            ++active;
            break;
        case TokenStatus::ExpiringSoon: // within 7 days of now
            ++active;
            ++expiringSoon;
            withinOneDay += token.expiresAt <= now.addDays(1);
            break;
        case TokenStatus::Revoked:
            ++revoked;
            break;
        case TokenStatus::Expired:
            ++expired;
            break;
        case TokenStatus::Disabled: // the model's, with the history; never a token's own
            QFAIL("tokenStatus() judged a token Disabled");
        }
        const bool reads = hasAction(token, PermissionNames::Read);
        const bool writes = hasAction(token, PermissionNames::Write);
        readOnly += reads && !writes;
        writeOnly += writes && !reads;
        readWrite += reads && writes;
        none += token.permissions.isEmpty();
        allDatabases += tokenDatabases(token).contains(QStringLiteral("*"));
        severalDatabases += tokenDatabases(token).size() > 1;
    }
    QCOMPARE(ids.size(), tokens.size());
    QVERIFY(active >= 10);
    QVERIFY(revoked >= 3);
    QVERIFY(expired >= 3);
    QVERIFY(expiringSoon >= 3);
    QVERIFY(withinOneDay >= 1);
    QVERIFY(unknownDatabase >= 2);
    QVERIFY(activeUnknownDatabase >= 1);
    QVERIFY(allDatabases >= 2);
    // Several active tokens per database, so "who can reach it" has answers to show.
    int databasesWithSeveral = 0;
    for (const QString &database : databaseNames)
        databasesWithSeveral += activePerDatabase.value(database) >= 2;
    QVERIFY(databasesWithSeveral >= 5);
    QVERIFY(readOnly >= 3);
    QVERIFY(writeOnly >= 3);
    QVERIFY(readWrite >= 3);
    QVERIFY(severalDatabases >= 3);
    QVERIFY(none >= 1);
}

void tst_SandboxData::generatedTokensAreDeterministic() {
    const QDateTime now(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);
    QElapsedTimer timer;
    timer.start();
    const QList<Token> first = SandboxData::generateTokens(100'000, 42, now);
    const qint64 elapsed = timer.elapsed();
    qInfo("generateTokens(100000): %lld ms", elapsed);
    // Generous: a debug build on a busy machine; the figure above is what to watch.
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
    QCOMPARE(first.size(), 100'000);
    QCOMPARE(SandboxData::generateTokens(100'000, 42, now), first);
    QVERIFY(SandboxData::generateTokens(100, 43, now) != first.mid(0, 100));
}

void tst_SandboxData::generatedTokensAreVaried() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<Token> tokens = SandboxData::generateTokens(5000, 7, now);
    QSet<QString> ids;
    QSet<qsizetype> descriptionLengths;
    int revoked = 0, expired = 0, expiringSoon = 0;
    for (const Token &token : tokens) {
        QVERIFY(isUuidV4(token.id));
        ids.insert(token.id);
        descriptionLengths.insert(token.description.size());
        QVERIFY(token.permissions.size() >= 1 && token.permissions.size() <= 3);
        const TokenStatus status = tokenStatus(token, now);
        revoked += status == TokenStatus::Revoked;
        expired += status == TokenStatus::Expired;
        expiringSoon += status == TokenStatus::ExpiringSoon;
    }
    QCOMPARE(ids.size(), tokens.size());
    QVERIFY(descriptionLengths.size() > 20);
    QVERIFY(revoked > 100);
    QVERIFY(expired > 100);
    QVERIFY(expiringSoon > 100);
}

QTEST_GUILESS_MAIN(tst_SandboxData)
#include "tst_SandboxData.moc"
