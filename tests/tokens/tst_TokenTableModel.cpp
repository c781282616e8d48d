#include "CodeUnitOrder.h"
#include "TokenFilter.h"
#include "TokenFilterModel.h"
#include "TokenTableModel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <numeric>
#include <optional>

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
    proxy.sort(TokenTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(idsInViewOrder(proxy), (QStringList{"a", "c", "b", "d"}));
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
    Token renamed = tokens.at(0);
    renamed.description = QStringLiteral("renamed");
    model.updateToken(renamed);
    model.updateToken(makeToken(QStringLiteral("c"), QStringLiteral("third"), Now));
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

QTEST_MAIN(TestTokenTableModel)
#include "tst_TokenTableModel.moc"
