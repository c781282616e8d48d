#include "CodeUnitOrder.h"
#include "TokenStatus.h"
#include "TokenStore.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

class TestTokenStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsEveryFieldOfEveryToken();
    void rowsReadWithoutMakingTokens();
    void statusFollowsTheSameRule();
    void idOrderStaysTrueThroughAppendReplaceAndRemove();
    void indexOfFindsTheLastOfEqualIds();
    void equalPermissionSetsAreSharedOnlyWhenInterned();
    void decoderRowsTakeLatin1AndUtf8();
};

namespace {

const QDateTime Now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

Token makeToken(const QString &id, const QString &description, QList<Permission> permissions) {
    Token token;
    token.id = id;
    token.description = description;
    token.permissions = std::move(permissions);
    token.createdAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    return token;
}

QList<Token> sampleTokens() {
    const Permission readLogs{QStringLiteral("read"), QStringLiteral("logs")};
    const Permission writeLogs{QStringLiteral("write"), QStringLiteral("logs")};
    const Permission readAll{QStringLiteral("read"), QStringLiteral("*")};
    QList<Token> tokens;
    tokens.append(makeToken(QStringLiteral("b-2"), QStringLiteral("Grafana"), {readLogs}));
    tokens.append(makeToken(QStringLiteral("a-1"), QString(), {}));
    Token expiring =
        makeToken(QStringLiteral("c-3"), QStringLiteral("Ünïcødé ✓ 𝄞"), {readLogs, writeLogs});
    expiring.expiresAt = Now.addDays(3);
    tokens.append(expiring);
    Token revoked = makeToken(QStringLiteral("a-0"), QStringLiteral("old"), {readAll});
    revoked.revokedAt = Now.addDays(-1);
    revoked.expiresAt = Now.addDays(-2);
    revoked.accountId = QStringLiteral("acc");
    revoked.clusterId = QStringLiteral("clu");
    tokens.append(revoked);
    tokens.append(makeToken(QStringLiteral("b-2"), QStringLiteral("same ID again"), {readLogs}));
    return tokens;
}

// The rows in ID order, by the rule codeUnitOrder() defines.
std::vector<int> expectedOrder(const TokenStore &store) {
    std::vector<QStringView> ids;
    for (qsizetype row = 0; row < store.size(); ++row)
        ids.push_back(store.id(row));
    return codeUnitOrder(ids);
}

QString randomId(QRandomGenerator &random) {
    QString id;
    for (int i = 0; i < 6; ++i)
        id.append(QChar(u"abc0é-"[random.bounded(6)]));
    return id;
}

} // namespace

void TestTokenStore::keepsEveryFieldOfEveryToken() {
    const QList<Token> tokens = sampleTokens();
    const TokenStore store(tokens);
    QCOMPARE(store.size(), tokens.size());
    QCOMPARE(store.toList(), tokens);
    for (qsizetype row = 0; row < tokens.size(); ++row) {
        const Token token = store.at(row);
        QCOMPARE(token, tokens.at(row));
        QCOMPARE(token.accountId, tokens.at(row).accountId);
        QCOMPARE(token.clusterId, tokens.at(row).clusterId);
        QCOMPARE(token.expiresAt.isValid(), tokens.at(row).expiresAt.isValid());
        QCOMPARE(token.revokedAt.isValid(), tokens.at(row).revokedAt.isValid());
    }
    QList<Token> iterated;
    for (const Token &token : store)
        iterated.append(token);
    QCOMPARE(iterated, tokens);
    QVERIFY(TokenStore().isEmpty());
    QVERIFY(TokenStore().toList().isEmpty());
}

void TestTokenStore::rowsReadWithoutMakingTokens() {
    const QList<Token> tokens = sampleTokens();
    const TokenStore store(tokens);
    for (qsizetype row = 0; row < tokens.size(); ++row) {
        const Token &token = tokens.at(row);
        QCOMPARE(store.id(row), token.id);
        QCOMPARE(store.description(row), token.description);
        QCOMPARE(store.permissions(row), token.permissions);
        QCOMPARE(store.accountId(row), token.accountId);
        QCOMPARE(store.clusterId(row), token.clusterId);
        QCOMPARE(store.createdAt(row), token.createdAt.toMSecsSinceEpoch());
        QCOMPARE(store.expiresAt(row),
                 token.expires() ? token.expiresAt.toMSecsSinceEpoch() : TokenStore::NoTime);
        QCOMPARE(store.revokedAt(row),
                 token.isRevoked() ? token.revokedAt.toMSecsSinceEpoch() : TokenStore::NoTime);
    }
}

void TestTokenStore::statusFollowsTheSameRule() {
    QList<Token> tokens = sampleTokens();
    Token expired = makeToken(QStringLiteral("d-4"), QStringLiteral("expired"), {});
    expired.expiresAt = Now; // expiring at "now" is expired, as tokenStatus() says
    tokens.append(expired);
    Token soon = makeToken(QStringLiteral("d-5"), QStringLiteral("expiring soon"), {});
    soon.expiresAt = Now.addDays(2);
    tokens.append(soon);
    const TokenStore store(tokens);
    const qint64 week = std::chrono::milliseconds(DefaultExpiringSoonWithin).count();
    for (qsizetype row = 0; row < tokens.size(); ++row)
        QCOMPARE(store.status(row, Now.toMSecsSinceEpoch(), week),
                 tokenStatus(tokens.at(row), Now));
    QCOMPARE(store.status(tokens.size() - 1, Now.toMSecsSinceEpoch(), week),
             TokenStatus::ExpiringSoon);
    // Within one day only, two days away is still plainly active.
    QCOMPARE(store.status(tokens.size() - 1, Now.toMSecsSinceEpoch(), 24 * 3600 * 1000),
             TokenStatus::Active);
}

void TestTokenStore::idOrderStaysTrueThroughAppendReplaceAndRemove() {
    QRandomGenerator random(7);
    TokenStore store;
    for (int i = 0; i < 300; ++i) {
        store.append(makeToken(randomId(random), QStringLiteral("t%1").arg(i), {}));
        if (i % 50 == 0)
            QCOMPARE(store.idOrder(), expectedOrder(store));
    }
    QCOMPARE(store.idOrder(), expectedOrder(store));
    for (int i = 0; i < 100; ++i) {
        const qsizetype row = random.bounded(int(store.size()));
        Token token = store.at(row);
        token.description = QStringLiteral("edited %1").arg(i);
        if (i % 3 == 0)
            token.id = randomId(random); // a different ID moves the row in the order
        store.replace(row, token);
        QCOMPARE(store.at(row), token);
    }
    QCOMPARE(store.idOrder(), expectedOrder(store));
    for (int i = 0; i < 50; ++i) {
        const qsizetype row = random.bounded(int(store.size()));
        const Token next = row + 1 < store.size() ? store.at(row + 1) : Token();
        store.removeAt(row);
        if (row < store.size())
            QCOMPARE(store.at(row), next); // the rows after it moved up
    }
    QCOMPARE(store.size(), 250);
    QCOMPARE(store.idOrder(), expectedOrder(store));
    // A new ID puts the order out of date; a removal then, and the sort that follows, read the
    // key each row keeps of its ID.
    Token moved = store.at(0);
    moved.id = randomId(random);
    store.replace(0, moved);
    store.removeAt(1);
    QCOMPARE(store.idOrder(), expectedOrder(store));
    for (qsizetype row = 0; row < store.size(); ++row)
        QCOMPARE(store.id(store.indexOf(store.id(row))), store.id(row));
}

void TestTokenStore::indexOfFindsTheLastOfEqualIds() {
    const TokenStore store(sampleTokens());
    QCOMPARE(store.indexOf(u"b-2"), 4);
    QCOMPARE(store.indexOf(u"a-1"), 1);
    QCOMPARE(store.indexOf(u"a-0"), 3);
    QCOMPARE(store.indexOf(u"c-3"), 2);
    QCOMPARE(store.indexOf(u"b"), -1);
    QCOMPARE(store.indexOf(u"zzz"), -1);
    QCOMPARE(store.indexOf(u""), -1);
    QCOMPARE(TokenStore().indexOf(u"a"), -1);
}

void TestTokenStore::equalPermissionSetsAreSharedOnlyWhenInterned() {
    TokenStore store;
    const QList<Permission> logs{{QStringLiteral("read"), QStringLiteral("logs")}};
    const QList<Permission> other{{QStringLiteral("read"), QStringLiteral("metrics")}};
    const int set = store.internPermissions(logs);
    QCOMPARE(store.internPermissions(QList<Permission>(logs)), set);
    QVERIFY(store.internPermissions(other) != set);
    const int added = store.addPermissionSet(logs);
    QVERIFY(added != set);
    QCOMPARE(store.permissionsOfSet(added), logs);
    QCOMPARE(store.permissionSetCount(), 3);
    QCOMPARE(store.permissionsOfSet(store.internPermissions(logs)), logs); // one of the equal sets
    QCOMPARE(store.permissionSetCount(), 3);
}

void TestTokenStore::decoderRowsTakeLatin1AndUtf8() {
    TokenStore store;
    const QByteArray utf8 = QStringLiteral("café ✓").toUtf8();
    const int scope = store.internScope(QStringLiteral("acc"), QString());
    store.appendRow({QByteArrayView("id-1"), true}, {QByteArrayView(utf8), false},
                    store.internPermissions({}), scope, 1000, TokenStore::NoTime, 2000);
    QCOMPARE(store.id(0), u"id-1");
    QCOMPARE(store.description(0), QStringLiteral("café ✓"));
    QCOMPARE(store.accountId(0), u"acc");
    QVERIFY(store.clusterId(0).isEmpty());
    const Token token = store.at(0);
    QCOMPARE(token.createdAt, QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC));
    QVERIFY(!token.expiresAt.isValid());
    QCOMPARE(token.revokedAt, QDateTime::fromMSecsSinceEpoch(2000, Qt::UTC));
    QCOMPARE(store.indexOf(u"id-1"), 0);
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_TokenStore.moc"
