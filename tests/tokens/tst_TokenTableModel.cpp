#include "CodeUnitOrder.h"
#include "DatabaseAccessModel.h"
#include "TokenFilter.h"
#include "TokenFilterModel.h"
#include "TokenTableModel.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QFuture>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <numeric>
#include <optional>
#include <semaphore>

namespace {

const QDateTime Now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

Token makeToken(const QString &id, const QString &description, const QDateTime &created,
                QList<Permission> permissions = {}, QDateTime expires = {},
                QDateTime revoked = {}) {
    Token token;
    token.id = id;
    token.description = description;
    token.createdAt = created;
    token.permissions = std::move(permissions);
    token.expiresAt = expires;
    token.revokedAt = revoked;
    return token;
}

QList<Token> sampleTokens() {
    const Permission readTelemetry{QStringLiteral("read"), QStringLiteral("telemetry")};
    const Permission writeAll{QStringLiteral("write"), QStringLiteral("*")};
    return {
        makeToken(QStringLiteral("c0000000-0000-4000-8000-000000000003"), QStringLiteral("Grafana"),
                  Now.addDays(-3), {readTelemetry}),
        makeToken(QStringLiteral("a0000000-0000-4000-8000-000000000001"),
                  QStringLiteral("telegraf"), Now.addDays(-1), {writeAll}, Now.addDays(5)),
        makeToken(QStringLiteral("b0000000-0000-4000-8000-000000000002"), QStringLiteral("Old job"),
                  Now.addDays(-30), {}, Now.addDays(-2)),
        makeToken(QStringLiteral("d0000000-0000-4000-8000-000000000004"),
                  QStringLiteral("Revoked one"), Now.addDays(-10), {readTelemetry}, {},
                  Now.addDays(-1)),
    };
}

QStringList idsInViewOrder(const QAbstractItemModel &model) {
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(TokenTableModel::TokenIdRole).toString().left(1));
    return ids;
}

} // namespace

class TestTokenTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installTranslations(QLocale(QLocale::English)); }
    void passesTheModelTester();
    void displayAndSortRoles();
    void updateTokenChangesOneRow();
    void textMatching_data();
    void textMatching();
    void foldingMatchesQString_data();
    void foldingMatchesQString();
    void statusMatching();
    void proxyFiltersAndSorts();
    void proxySortsDatesAsDates();
    void filterAsYouTypeMatchesTheRule_data();
    void filterAsYouTypeMatchesTheRule();
    void codeUnitOrderMatchesQStringCompare();
    void rowOfFindsEveryId();
    void removeTokenRemovesOneRow();
    void storeHeldElsewhereIsNotChanged();
    void expiringSoonFollowsTheThreshold();
    void expiresAtReadsRelative_data();
    void expiresAtReadsRelative();
    void riskFlags();
    void unknownDatabaseNeedsTheDatabaseList();
    void quickFilterRule_data();
    void quickFilterRule();
    void quickFiltersCountAndCombine();
    void databaseFilterAndAccess();
    void searchFindsDatabaseNames();
    void databaseAccessCountsActiveTokens();
};

void TestTokenTableModel::passesTheModelTester() {
    TokenTableModel model;
    TokenFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTokens(sampleTokens(), Now);
    proxy.sort(TokenTableModel::CreatedColumn);
    proxy.setShowInactive(true);
    proxy.setFilterText(QStringLiteral("o"));
    Token changed = sampleTokens().first();
    changed.revokedAt = Now;
    model.updateToken(changed);
    model.updateToken(makeToken(QStringLiteral("e0000000-0000-4000-8000-000000000005"),
                                QStringLiteral("new"), Now));
    QVERIFY(model.removeToken(sampleTokens().at(1).id));
    proxy.setFilterText({});
    model.setTokens(QList<Token>{}, Now);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestTokenTableModel::displayAndSortRoles() {
    TokenTableModel model;
    model.setTokens(sampleTokens(), Now);
    QCOMPARE(model.columnCount(), int(TokenTableModel::ColumnCount));
    const QModelIndex grafana = model.index(0, TokenTableModel::StatusColumn);
    QCOMPARE(grafana.data().toString(), QStringLiteral("Active"));
    QCOMPARE(model.index(2, TokenTableModel::StatusColumn).data().toString(),
             QStringLiteral("Expired"));
    QCOMPARE(model.index(3, TokenTableModel::StatusColumn).data().toString(),
             QStringLiteral("Revoked"));
    QCOMPARE(model.index(1, TokenTableModel::DatabasesColumn).data().toString(),
             QStringLiteral("All databases"));
    QCOMPARE(model.index(0, TokenTableModel::ExpiresColumn).data().toString(),
             QStringLiteral("Never"));
    QCOMPARE(
        model.index(1, TokenTableModel::CreatedColumn).data(TokenTableModel::SortRole).toDateTime(),
        Now.addDays(-1));
    QCOMPARE(model.index(0, TokenTableModel::OptionsColumn)
                 .data(TokenTableModel::TokenIdRole)
                 .toString(),
             QStringLiteral("c0000000-0000-4000-8000-000000000003"));
    QVERIFY(!model.index(0, TokenTableModel::StatusColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(model.headerData(TokenTableModel::IdColumn, Qt::Horizontal).toString(),
             QStringLiteral("Token ID"));
}

void TestTokenTableModel::updateTokenChangesOneRow() {
    TokenTableModel model;
    model.setTokens(sampleTokens(), Now);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Token token = sampleTokens().at(1);
    token.description = QStringLiteral("renamed");
    model.updateToken(token);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.tokenById(token.id)->description, QStringLiteral("renamed"));
}

void TestTokenTableModel::textMatching_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("empty") << "" << true;
    QTest::newRow("blank") << "   " << true;
    QTest::newRow("description, other case") << "GRAF" << true;
    QTest::newRow("id prefix") << "c0000000" << true;
    QTest::newRow("id middle, upper case") << "4000-8000" << true;
    QTest::newRow("surrounding spaces") << "  grafana " << true;
    QTest::newRow("database name is not searched") << "telemetry" << false;
    QTest::newRow("absent") << "prometheus" << false;
}

void TestTokenTableModel::textMatching() {
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(TokenFilter::matchesText(sampleTokens().first(), text), matches);
}

void TestTokenTableModel::foldingMatchesQString_data() {
    QTest::addColumn<QString>("haystack");
    QTest::addColumn<QString>("needle");
    QTest::newRow("ASCII over several blocks of eight")
        << "Telegraf On THE EDGE collector, Building 7"
        << "building 7";
    QTest::newRow("accent after a long ASCII run") << "Nightly backup job ÜBER"
                                                   << "über";
    QTest::newRow("ASCII after an accent") << "É then a LONG ASCII TAIL HERE"
                                           << "tail here";
    QTest::newRow("Kelvin sign folds to k") << "5 \u212A cooling"
                                            << "5 k cooling";
    QTest::newRow("Greek sigma forms") << "ΟΔΥΣΣΕΥΣ"
                                       << "οδυσσευσ";
    QTest::newRow("outside the BMP") << "emoji \U0001F600 TAG"
                                     << "\U0001F600 tag";
    QTest::newRow("lone surrogate")
        << QString(QStringLiteral("bad ") + QChar(0xD800) + QStringLiteral(" END")) << "end";
}

void TestTokenTableModel::foldingMatchesQString() {
    QFETCH(QString, haystack);
    QFETCH(QString, needle);
    // The filter finds what QString's case-insensitive search finds.
    QVERIFY(haystack.contains(needle, Qt::CaseInsensitive));
    QVERIFY(TokenFilter::folded(haystack).contains(TokenFilter::folded(needle)));
    Token token = makeToken(QStringLiteral("id"), haystack, Now);
    QVERIFY(TokenFilter::matchesText(token, needle));
}

void TestTokenTableModel::statusMatching() {
    QVERIFY(TokenFilter::matchesStatus(TokenStatus::Active, false));
    QVERIFY(!TokenFilter::matchesStatus(TokenStatus::Expired, false));
    QVERIFY(!TokenFilter::matchesStatus(TokenStatus::Revoked, false));
    QVERIFY(TokenFilter::matchesStatus(TokenStatus::Revoked, true));
    QVERIFY(TokenFilter::matchesStatus(TokenStatus::Expired, true));
}

void TestTokenTableModel::proxyFiltersAndSorts() {
    TokenTableModel model;
    model.setTokens(sampleTokens(), Now);
    TokenFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(TokenTableModel::IdColumn, Qt::AscendingOrder);
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"a", "c"}));
    proxy.setShowInactive(true);
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"a", "b", "c", "d"}));
    proxy.sort(TokenTableModel::DescriptionColumn, Qt::AscendingOrder);
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"c", "b", "d", "a"}));
    // Active, expiring soon (telegraf, in 5 days), expired, revoked.
    proxy.sort(TokenTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"c", "a", "b", "d"}));
    proxy.setFilterText(QStringLiteral("o"));
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"b", "d"}));

    // A token revoked on the server leaves the list when inactive tokens are hidden.
    proxy.setFilterText({});
    proxy.setShowInactive(false);
    Token revoked = sampleTokens().first();
    revoked.revokedAt = Now;
    model.updateToken(revoked);
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"a"}));
}

void TestTokenTableModel::proxySortsDatesAsDates() {
    TokenTableModel model;
    // As text "2025-…" < "2099-…" < "9…", but "Never" must sort after every date.
    model.setTokens(
        {makeToken(QStringLiteral("1"), QStringLiteral("x"), Now, {}, Now.addYears(70)),
         makeToken(QStringLiteral("2"), QStringLiteral("x"), Now.addSecs(-1)),
         makeToken(QStringLiteral("3"), QStringLiteral("x"), Now.addMSecs(-1), {}, Now.addDays(1))},
        Now);
    TokenFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(TokenTableModel::ExpiresColumn, Qt::AscendingOrder);
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"3", "1", "2"}));
    proxy.sort(TokenTableModel::CreatedColumn, Qt::DescendingOrder);
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"1", "3", "2"}));
}

void TestTokenTableModel::filterAsYouTypeMatchesTheRule_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("renameWhileFolding");
    QTest::addColumn<bool>("typeAfterFolding");
    QTest::newRow("short list") << 300 << false << false;
    // Long lists are folded on another thread after a load: typing first folds at once,
    // typing later uses that fold, and a change meanwhile must not be lost to it.
    QTest::newRow("long list, typed at once") << 25000 << false << false;
    QTest::newRow("long list, typed after folding") << 25000 << false << true;
    QTest::newRow("long list, renamed before folding") << 25000 << true << true;
}

void TestTokenTableModel::filterAsYouTypeMatchesTheRule() {
    // Typing, erasing, typing in front, pasting and a token renamed mid-search: after each
    // step the view shows exactly the tokens TokenFilter::matchesText accepts.
    QFETCH(int, count);
    QFETCH(bool, renameWhileFolding);
    QFETCH(bool, typeAfterFolding);
    QList<Token> tokens;
    const QStringList words = {QStringLiteral("Grafana"),
                               QStringLiteral("telegraf"),
                               QStringLiteral("GRAFITTI"),
                               QStringLiteral("paragraph"),
                               QStringLiteral("agr"),
                               QStringLiteral("Ünïcode graph"),
                               QStringLiteral("a-long-description-crossing-sixteen-bytes-graf")};
    for (int i = 0; i < count; ++i)
        tokens.append(
            makeToken(QStringLiteral("%1-id-%2").arg(i, 4, 10, QLatin1Char('0')).arg(i % 13),
                      words.at(i % words.size()) + QString::number(i), Now));
    TokenTableModel model;
    TokenFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setShowInactive(true);
    model.setTokens(tokens, Now);
    if (renameWhileFolding) {
        tokens[2].description = QStringLiteral("renamed while folding");
        model.updateToken(tokens.at(2));
    }
    if (typeAfterFolding)
        QTRY_VERIFY(proxy.hasSearchIndex());
    else
        QVERIFY(!proxy.hasSearchIndex() || count < 1000);
    // The tester checks every row after every change: the short list is its case.
    std::optional<QAbstractItemModelTester> tester;
    if (count < 1000)
        tester.emplace(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (renameWhileFolding) {
        QCOMPARE(proxy.rowCount(), count);
        proxy.setFilterText(QStringLiteral("while folding"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(TokenTableModel::TokenIdRole).toString(), tokens.at(2).id);
        proxy.setFilterText({});
    }

    auto expectRule = [&](const QString &text) {
        proxy.setFilterText(text);
        QSet<QString> expected;
        const TokenStore &store = model.store();
        for (qsizetype row = 0; row < store.size(); ++row)
            if (TokenFilter::matchesText(store.description(row), store.id(row), text))
                expected.insert(store.id(row).toString());
        QSet<QString> shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.insert(proxy.index(row, 0).data(TokenTableModel::TokenIdRole).toString());
        QCOMPARE(shown, expected);
    };
    for (const char *text :
         {"g",       "gr",    "gra",    "graf", "gra",
          "gr",      "g",     "",       "r",    "ra",
          "raf",     "graf",  "agraf",  "graf", "a-long-description-crossing-sixteen-bytes-graf",
          "bytes-g", "-id-1", "-id-12", "0",    "",
          "GRAF",    "ünï",   "ü",      ""})
        expectRule(QString::fromUtf8(text));
    if (QTest::currentTestFailed())
        return;

    // A rename changes the searched text: earlier searches must not be reused.
    expectRule(QStringLiteral("gr"));
    expectRule(QStringLiteral("gra"));
    Token renamed = tokens.at(1);
    renamed.description = QStringLiteral("no longer matching");
    model.updateToken(renamed);
    expectRule(QStringLiteral("gra"));
    expectRule(QStringLiteral("gr"));
    expectRule(QStringLiteral("longer"));
    expectRule(QString());
}

void TestTokenTableModel::codeUnitOrderMatchesQStringCompare() {
    // Shared prefixes longer than the packed eight units, U+0000 against the padding, units
    // above U+7FFF (packed as unsigned), surrogates, empty strings and repeats.
    QStringList strings = {QString(),
                           QStringLiteral("a"),
                           QString(QStringLiteral("a") + QChar(0)),
                           QString(QStringLiteral("abcdefgh") + QChar(0)),
                           QStringLiteral("abcdefgh"),
                           QStringLiteral("abcdefghi"),
                           QStringLiteral("abcdefghh"),
                           QStringLiteral("abcdefgh-9"),
                           QStringLiteral("abcdefgh-10"),
                           QStringLiteral("\uFFFFz"),
                           QStringLiteral("\u8000"),
                           QStringLiteral("\U0001F600"),
                           QStringLiteral("\uE000"),
                           QStringLiteral("Z"),
                           QStringLiteral("a")};
    for (int i = 0; i < 500; ++i) // UUID-like IDs with repeats and long shared prefixes
        strings.append(QStringLiteral("c0ffee%1-0000-4000-8000-%2")
                           .arg(i % 7)
                           .arg(qulonglong(i * 7919 % 1000), 12, 10, QLatin1Char('0')));
    std::vector<QStringView> views(strings.cbegin(), strings.cend());
    std::vector<int> expected(views.size());
    std::iota(expected.begin(), expected.end(), 0);
    std::stable_sort(expected.begin(), expected.end(),
                     [&](int a, int b) { return views[size_t(a)].compare(views[size_t(b)]) < 0; });
    QCOMPARE(codeUnitOrder(views), expected);
}

void TestTokenTableModel::rowOfFindsEveryId() {
    TokenTableModel model;
    QList<Token> tokens = sampleTokens();
    tokens.append(makeToken(sampleTokens().at(2).id, QStringLiteral("sent twice"), Now));
    model.setTokens(tokens, Now);
    QCOMPARE(model.rowOf(sampleTokens().at(0).id), 0);
    QCOMPARE(model.rowOf(sampleTokens().at(1).id), 1);
    QCOMPARE(model.rowOf(sampleTokens().at(2).id), 4); // the last of the two, as the list ends
    QCOMPARE(model.rowOf(sampleTokens().at(3).id), 3);
    QCOMPARE(model.rowOf(QStringLiteral("a0000000")), -1); // a prefix is not the ID
    QCOMPARE(model.rowOf(QString()), -1);
    QCOMPARE(model.rowOf(QStringLiteral("zzz")), -1);
    // A token new to the list is found too, whatever its place in ID order.
    model.updateToken(makeToken(QStringLiteral("0-new"), QStringLiteral("new"), Now));
    model.updateToken(makeToken(QStringLiteral("e-new"), QStringLiteral("newer"), Now));
    QCOMPARE(model.rowOf(QStringLiteral("0-new")), 5);
    QCOMPARE(model.rowOf(QStringLiteral("e-new")), 6);
    QCOMPARE(model.rowOf(sampleTokens().at(0).id), 0);
    QCOMPARE(model.tokenById(QStringLiteral("e-new"))->description, QStringLiteral("newer"));
    QVERIFY(!model.tokenById(QStringLiteral("nope")));
}

void TestTokenTableModel::storeHeldElsewhereIsNotChanged() {
    // Work on another thread reads the model's store through snapshot(): a change made
    // meanwhile goes to a copy, and the store being read stays as it was.
    TokenTableModel model;
    const QList<Token> tokens = {makeToken(QStringLiteral("a"), QStringLiteral("first"), Now),
                                 makeToken(QStringLiteral("b"), QStringLiteral("second"), Now)};
    model.setTokens(tokens, Now);
    const std::shared_ptr<const TokenStore> held = model.snapshot();
    // Read on another thread while the changes are made, as the search index is folded: the
    // tsan preset sees any write to the store being read. The reader has begun before the
    // first change (else waiting for its result would run it on this thread).
    std::binary_semaphore begun(0);
    QFuture<QList<Token>> readElsewhere = QtConcurrent::run([held, &begun] {
        begun.release();
        return held->toList();
    });
    begun.acquire();
    Token renamed = tokens.at(0);
    renamed.description = QStringLiteral("renamed");
    model.updateToken(renamed);
    model.updateToken(makeToken(QStringLiteral("c"), QStringLiteral("third"), Now));
    QCOMPARE(readElsewhere.result(), tokens);
    QCOMPARE(held->toList(), tokens);
    QCOMPARE(model.tokenById(QStringLiteral("a"))->description, QStringLiteral("renamed"));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.snapshot() != held);
}

void TestTokenTableModel::removeTokenRemovesOneRow() {
    TokenTableModel model;
    model.setTokens(sampleTokens(), Now);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QString gone = sampleTokens().at(1).id;
    QVERIFY(model.removeToken(gone));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(removed.first().at(2).toInt(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.tokenById(gone));
    // Every other token is still found, at its new row.
    for (const Token &token : sampleTokens())
        if (token.id != gone)
            QCOMPARE(model.tokenAt(model.rowOf(token.id)).id, token.id);
    QVERIFY(!model.removeToken(gone));
    QVERIFY(!model.removeToken(QStringLiteral("nope")));
    QCOMPARE(removed.size(), 1);
}

void TestTokenTableModel::expiringSoonFollowsTheThreshold() {
    TokenTableModel model;
    TokenFilterModel proxy;
    proxy.setSourceModel(&model);
    model.setTokens(sampleTokens(), Now);
    // telegraf expires in 5 days: soon within the default 7 days, an active token still.
    QCOMPARE(model.statusAt(1), TokenStatus::ExpiringSoon);
    QCOMPARE(model.index(1, TokenTableModel::StatusColumn).data().toString(),
             QStringLiteral("Expiring soon"));
    QVERIFY(!model.index(1, TokenTableModel::StatusColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(proxy.rowCount(), 2); // Grafana and telegraf: expiring soon is not hidden
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setExpiringSoonWithin(std::chrono::days(1));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.statusAt(1), TokenStatus::Active);
    model.setExpiringSoonWithin(std::chrono::days(30));
    QCOMPARE(model.statusAt(1), TokenStatus::ExpiringSoon);
    QCOMPARE(model.statusAt(0), TokenStatus::Active); // never expires: never soon
    QCOMPARE(model.statusAt(2), TokenStatus::Expired);
    QCOMPARE(model.statusAt(3), TokenStatus::Revoked);
}

void TestTokenTableModel::expiresAtReadsRelative_data() {
    QTest::addColumn<QDateTime>("expires");
    QTest::addColumn<QString>("text");
    QTest::newRow("never") << QDateTime() << QStringLiteral("Never");
    QTest::newRow("in 2 days") << Now.addDays(2).addSecs(60) << QStringLiteral("in 2 days");
    QTest::newRow("in 1 day") << Now.addSecs(47 * 3600 + 60) << QStringLiteral("in 47 hours");
    QTest::newRow("in 1 hour") << Now.addSecs(3600 + 5) << QStringLiteral("in 1 hour");
    QTest::newRow("in 5 minutes") << Now.addSecs(5 * 60) << QStringLiteral("in 5 minutes");
    QTest::newRow("3 days ago") << Now.addDays(-3) << QStringLiteral("3 days ago");
    QTest::newRow("1 minute ago") << Now.addSecs(-61) << QStringLiteral("1 minute ago");
    QTest::newRow("59 days") << Now.addDays(59) << QStringLiteral("in 59 days");
    QTest::newRow("far: a date") << Now.addDays(90)
                                 << QLocale().toString(Now.addDays(90).toLocalTime().date(),
                                                       QLocale::ShortFormat);
}

void TestTokenTableModel::expiresAtReadsRelative() {
    QFETCH(QDateTime, expires);
    QFETCH(QString, text);
    TokenTableModel model;
    model.setTokens(
        {makeToken(QStringLiteral("a"), QStringLiteral("x"), Now.addDays(-100), {}, expires)}, Now);
    const QModelIndex cell = model.index(0, TokenTableModel::ExpiresColumn);
    QCOMPARE(cell.data().toString(), text);
    if (expires.isValid()) {
        // The exact time, local and UTC, in the tooltip; the sort stays by the real time.
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(expires.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                 qPrintable(tip));
        QVERIFY2(tip.contains(TokenTableModel::displayDateTime(expires)), qPrintable(tip));
        QCOMPARE(cell.data(TokenTableModel::SortRole).toDateTime(), expires);
    }
}

void TestTokenTableModel::riskFlags() {
    const Permission readTelemetry{QStringLiteral("read"), QStringLiteral("telemetry")};
    const Permission writeTelemetry{QStringLiteral("write"), QStringLiteral("telemetry")};
    const Permission readAll{QStringLiteral("read"), QStringLiteral("*")};
    TokenTableModel model;
    model.setTokens(
        {makeToken(QStringLiteral("a"), QStringLiteral("reads one, expires"), Now, {readTelemetry},
                   Now.addDays(40)),
         makeToken(QStringLiteral("b"), QStringLiteral("reads all"), Now, {readAll},
                   Now.addDays(40)),
         makeToken(QStringLiteral("c"), QStringLiteral("writes, forever"), Now,
                   {readTelemetry, writeTelemetry}),
         makeToken(QStringLiteral("d"), QStringLiteral("nothing"), Now, {}, Now.addDays(40))},
        Now);
    QCOMPARE(model.flagsAt(0), TokenFlags());
    QCOMPARE(model.flagsAt(1), TokenFlags(TokenFlag::AllDatabases));
    QCOMPARE(model.flagsAt(2), TokenFlag::CanWrite | TokenFlag::NeverExpires);
    QCOMPARE(model.flagsAt(3), TokenFlags(TokenFlag::NoPermissions));
    QCOMPARE(model.index(2, TokenTableModel::FlagsColumn).data().toString(),
             QStringLiteral("Can write, Never expires"));
    QCOMPARE(model.index(0, TokenTableModel::FlagsColumn).data().toString(), QString());
    QVERIFY(model.index(2, TokenTableModel::FlagsColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("never expires")));
    QCOMPARE(model.headerData(TokenTableModel::FlagsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Flags"));
    // An edit that removes the write permission clears the flag at once.
    Token edited = model.tokenAt(2);
    edited.permissions = {readTelemetry};
    model.updateToken(edited);
    QCOMPARE(model.flagsAt(2), TokenFlags(TokenFlag::NeverExpires));
    // A new token with a set never seen before gets its flags too.
    model.updateToken(makeToken(QStringLiteral("e"), QStringLiteral("new"), Now,
                                {Permission{QStringLiteral("write"), QStringLiteral("*")}}));
    QCOMPARE(model.flagsAt(4),
             TokenFlag::AllDatabases | TokenFlag::CanWrite | TokenFlag::NeverExpires);
}

void TestTokenTableModel::unknownDatabaseNeedsTheDatabaseList() {
    const Permission readTelemetry{QStringLiteral("read"), QStringLiteral("telemetry")};
    const Permission readGone{QStringLiteral("read"), QStringLiteral("renamed-away")};
    const Permission readAll{QStringLiteral("read"), QStringLiteral("*")};
    TokenTableModel model;
    model.setTokens(
        {makeToken(QStringLiteral("a"), QStringLiteral("known"), Now, {readTelemetry},
                   Now.addDays(40)),
         makeToken(QStringLiteral("b"), QStringLiteral("gone"), Now, {readTelemetry, readGone},
                   Now.addDays(40)),
         makeToken(QStringLiteral("c"), QStringLiteral("all"), Now, {readAll}, Now.addDays(40))},
        Now);
    // Not known yet: nobody is flagged for it.
    QVERIFY(!model.knowsDatabases());
    for (int row = 0; row < 3; ++row)
        QVERIFY(!model.flagsAt(row).testFlag(TokenFlag::UnknownDatabase));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setKnownDatabases(QStringList{QStringLiteral("telemetry")});
    QCOMPARE(changed.size(), 1);
    QVERIFY(!model.flagsAt(0).testFlag(TokenFlag::UnknownDatabase));
    QVERIFY(model.flagsAt(1).testFlag(TokenFlag::UnknownDatabase));
    QVERIFY(!model.flagsAt(2).testFlag(TokenFlag::UnknownDatabase)); // "*" is never unknown
    model.setKnownDatabases(std::nullopt);
    QVERIFY(!model.flagsAt(1).testFlag(TokenFlag::UnknownDatabase));
}

void TestTokenTableModel::quickFilterRule_data() {
    using TokenFilter::QuickFilter;
    QTest::addColumn<int>("chosen");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("flags");
    QTest::addColumn<bool>("showInactive");
    QTest::addColumn<bool>("shown");
    const int never = int(TokenFlag::NeverExpires);
    const int all = int(TokenFlag::AllDatabases);
    QTest::newRow("none: active shows") << 0 << int(TokenStatus::Active) << 0 << false << true;
    QTest::newRow("none: revoked hidden") << 0 << int(TokenStatus::Revoked) << 0 << false << false;
    QTest::newRow("none: revoked, inactive shown")
        << 0 << int(TokenStatus::Revoked) << 0 << true << true;
    QTest::newRow("Active covers expiring soon")
        << int(QuickFilter::Active) << int(TokenStatus::ExpiringSoon) << 0 << false << true;
    QTest::newRow("Revoked chip shows revoked without the checkbox")
        << int(QuickFilter::Revoked) << int(TokenStatus::Revoked) << 0 << false << true;
    QTest::newRow("Revoked chip hides active")
        << int(QuickFilter::Revoked) << int(TokenStatus::Active) << 0 << true << false;
    QTest::newRow("two statuses: either") << int(QuickFilter::Expired | QuickFilter::Revoked)
                                          << int(TokenStatus::Expired) << 0 << false << true;
    QTest::newRow("flag chip: needs the flag")
        << int(QuickFilter::NeverExpires) << int(TokenStatus::Active) << 0 << false << false;
    QTest::newRow("flag chip: has it")
        << int(QuickFilter::NeverExpires) << int(TokenStatus::Active) << never << false << true;
    QTest::newRow("flag chip keeps the inactive rule")
        << int(QuickFilter::NeverExpires) << int(TokenStatus::Revoked) << never << false << false;
    QTest::newRow("two flags: both needed")
        << int(QuickFilter::NeverExpires | QuickFilter::AllDatabases) << int(TokenStatus::Active)
        << never << false << false;
    QTest::newRow("two flags: both there")
        << int(QuickFilter::NeverExpires | QuickFilter::AllDatabases) << int(TokenStatus::Active)
        << (never | all) << false << true;
}

void TestTokenTableModel::quickFilterRule() {
    QFETCH(int, chosen);
    QFETCH(int, status);
    QFETCH(int, flags);
    QFETCH(bool, showInactive);
    QFETCH(bool, shown);
    QCOMPARE(TokenFilter::matchesQuickFilters(TokenFilter::QuickFilters::fromInt(chosen),
                                              TokenStatus(status), TokenFlags::fromInt(flags),
                                              showInactive),
             shown);
}

void TestTokenTableModel::quickFiltersCountAndCombine() {
    using TokenFilter::QuickFilter;
    TokenTableModel model;
    TokenFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&proxy, &TokenFilterModel::countsChanged);
    model.setTokens(sampleTokens(), Now);
    QVERIFY(!counted.isEmpty());
    auto count = [&](QuickFilter filter) {
        return proxy.quickFilterCounts()[size_t(TokenFilter::quickFilterIndex(filter))];
    };
    // Grafana (active, never expires), telegraf (expiring soon, all databases), Old job
    // (expired, no permissions), Revoked one (revoked, never expires).
    QCOMPARE(count(QuickFilter::Active), 2);
    QCOMPARE(count(QuickFilter::ExpiringSoon), 1);
    QCOMPARE(count(QuickFilter::Expired), 1);
    QCOMPARE(count(QuickFilter::Revoked), 1);
    QCOMPARE(count(QuickFilter::NeverExpires), 2);
    QCOMPARE(count(QuickFilter::AllDatabases), 1);
    QCOMPARE(count(QuickFilter::NoPermissions), 1);
    QCOMPARE(count(QuickFilter::UnknownDatabase), 0);
    proxy.sort(TokenTableModel::IdColumn);
    proxy.setQuickFilters(QuickFilter::NeverExpires);
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"c"})); // the revoked one stays hidden
    proxy.setShowInactive(true);
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"c", "d"}));
    proxy.setQuickFilters(QuickFilter::Expired | QuickFilter::Revoked);
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"b", "d"}));
    proxy.setFilterText(QStringLiteral("old")); // and the search
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"b"}));
    proxy.setFilterText({});
    proxy.setQuickFilters({});
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"a", "b", "c", "d"}));
    // Counts follow a change of the list, not the filters.
    Token revoked = sampleTokens().first();
    revoked.revokedAt = Now;
    counted.clear();
    model.updateToken(revoked);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(count(QuickFilter::Revoked), 2);
    QCOMPARE(count(QuickFilter::Active), 1);
}

void TestTokenTableModel::databaseFilterAndAccess() {
    const Permission readTelemetry{QStringLiteral("read"), QStringLiteral("telemetry")};
    const Permission writeTelemetry{QStringLiteral("write"), QStringLiteral("telemetry")};
    const Permission readBilling{QStringLiteral("read"), QStringLiteral("billing")};
    const Permission writeAll{QStringLiteral("write"), QStringLiteral("*")};
    const QList<Token> tokens{
        makeToken(QStringLiteral("a"), QStringLiteral("reads telemetry"), Now, {readTelemetry}),
        makeToken(QStringLiteral("b"), QStringLiteral("writes telemetry"), Now,
                  {readTelemetry, writeTelemetry}),
        makeToken(QStringLiteral("c"), QStringLiteral("reads billing"), Now, {readBilling}),
        makeToken(QStringLiteral("d"), QStringLiteral("writes all"), Now, {writeAll}),
        makeToken(QStringLiteral("e"), QStringLiteral("nothing"), Now, {})};
    TokenTableModel model;
    model.setTokens(tokens, Now);
    TokenFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(TokenTableModel::IdColumn);
    proxy.setDatabaseFilter(QStringLiteral("telemetry"));
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"a", "b", "d"}));
    proxy.setDatabaseFilter(QStringLiteral("telemetry"), TokenFilter::Access::Write);
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"b", "d"}));
    proxy.setDatabaseFilter(QStringLiteral("billing"), TokenFilter::Access::Read);
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"c"})); // "*" write does not read
    proxy.setDatabaseFilter(QStringLiteral("billing"), TokenFilter::Access::Any);
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"c", "d"}));
    // Every rule is the plain function's, row by row.
    for (const QString &database :
         {QStringLiteral("telemetry"), QStringLiteral("billing"), QStringLiteral("other")}) {
        for (TokenFilter::Access access :
             {TokenFilter::Access::Any, TokenFilter::Access::Read, TokenFilter::Access::Write}) {
            proxy.setDatabaseFilter(database, access);
            QStringList expected;
            for (const Token &token : tokens) {
                if (TokenFilter::reaches(token.permissions, database, access))
                    expected.append(token.id);
            }
            QCOMPARE(idsInViewOrder(proxy), expected);
        }
    }
    proxy.setDatabaseFilter({});
    QCOMPARE(proxy.rowCount(), 5);
}

void TestTokenTableModel::searchFindsDatabaseNames() {
    TokenTableModel model;
    model.setTokens(sampleTokens(), Now);
    TokenFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setShowInactive(true);
    proxy.sort(TokenTableModel::IdColumn);
    proxy.setFilterText(QStringLiteral("TELEM")); // Grafana and the revoked one read telemetry
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"c", "d"}));
    proxy.setFilterText(QStringLiteral("telemetryx"));
    QCOMPARE(idsInViewOrder(proxy), QStringList());
    proxy.setFilterText(QStringLiteral("tele")); // and telegraf, by its description
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"a", "c", "d"}));
}

void TestTokenTableModel::databaseAccessCountsActiveTokens() {
    // Random permission sets over a few databases, "*" and a database the cluster lacks,
    // counted against a plain count token by token with TokenFilter::reaches.
    const QStringList names{QStringLiteral("billing"), QStringLiteral("telemetry"),
                            QStringLiteral("logs"), QStringLiteral("gone"), QStringLiteral("*")};
    const QStringList actions{QStringLiteral("read"), QStringLiteral("write")};
    QRandomGenerator random(11);
    QList<Token> tokens;
    for (int i = 0; i < 400; ++i) {
        QList<Permission> permissions;
        const int count = random.bounded(4);
        for (int p = 0; p < count; ++p)
            permissions.append({actions.at(random.bounded(2)), names.at(random.bounded(5))});
        Token token = makeToken(QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')),
                                QStringLiteral("t"), Now.addDays(-10), permissions);
        if (random.bounded(5) == 0)
            token.revokedAt = Now.addDays(-1);
        if (random.bounded(5) == 0)
            token.expiresAt = Now.addDays(random.bounded(2) ? -1 : 3);
        tokens.append(token);
    }
    TokenTableModel model;
    model.setTokens(tokens, Now);
    model.setKnownDatabases(QStringList{QStringLiteral("billing"), QStringLiteral("telemetry"),
                                        QStringLiteral("logs"), QStringLiteral("empty")});
    DatabaseAccessModel access(&model);
    QAbstractItemModelTester tester(&access,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(access.databases(), (QStringList{QStringLiteral("billing"), QStringLiteral("empty"),
                                              QStringLiteral("gone"), QStringLiteral("logs"),
                                              QStringLiteral("telemetry")}));
    for (const DatabaseAccessModel::Entry &entry : access.entries()) {
        int readers = 0;
        int writers = 0;
        for (const Token &token : tokens) {
            if (!isActive(tokenStatus(token, Now)))
                continue;
            readers +=
                TokenFilter::reaches(token.permissions, entry.database, TokenFilter::Access::Read);
            writers +=
                TokenFilter::reaches(token.permissions, entry.database, TokenFilter::Access::Write);
        }
        QCOMPARE(entry.readers, readers);
        QCOMPARE(entry.writers, writers);
        QCOMPARE(entry.unknown, entry.database == QStringLiteral("gone"));
    }
    // A revoke reaches the counts at once.
    const int before = access.entry(QStringLiteral("empty"))->writers;
    QVERIFY(before > 0); // only "*" reaches it
    for (const Token &token : tokens) {
        if (isActive(tokenStatus(token, Now)) &&
            TokenFilter::reaches(token.permissions, QStringLiteral("empty"),
                                 TokenFilter::Access::Write)) {
            Token revoked = token;
            revoked.revokedAt = Now;
            model.updateToken(revoked);
            break;
        }
    }
    QCOMPARE(access.entry(QStringLiteral("empty"))->writers, before - 1);
    QCOMPARE(access.index(0, DatabaseAccessModel::DatabaseColumn).data().toString(),
             QStringLiteral("billing"));
    QCOMPARE(access.index(2, DatabaseAccessModel::DatabaseColumn).data().toString(),
             QStringLiteral("gone (unknown)"));
}

QTEST_MAIN(TestTokenTableModel)
#include "tst_TokenTableModel.moc"
