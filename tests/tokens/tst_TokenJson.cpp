#include "Rfc3339.h"
#include "TokenJson.h"
#include "TokenStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

class TestTokenJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rfc3339_data();
    void rfc3339();
    void decodeToken_data();
    void decodeToken();
    void listKeepsGoodItemsAndNamesBadOnes();
    void listRejectsWhatIsNotAnArray_data();
    void listRejectsWhatIsNotAnArray();
    void permissionSetsAreReadExactly_data();
    void permissionSetsAreReadExactly();
    void longList_data();
    void longList();
    void fastDecoderTakesTheUsualList();
    void fastDecoderAgreesWithReference_data();
    void fastDecoderAgreesWithReference();
    void bodyWithoutSpareRoomIsReadSafely();
    void roundTrip();
    void status();
    void databasesSummary_data();
    void databasesSummary();
};

void TestTokenJson::rfc3339_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("msecs"); // -1: invalid

    const qint64 base =
        QDateTime(QDate(2023, 5, 17), QTime(19, 40, 4), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("zulu, no fraction") << "2023-05-17T19:40:04Z" << base;
    QTest::newRow("milliseconds") << "2023-05-17T19:40:04.245Z" << base + 245;
    QTest::newRow("microseconds") << "2023-05-17T19:40:04.245127Z" << base + 245;
    QTest::newRow("nanoseconds") << "2023-05-17T19:40:04.245127999Z" << base + 245;
    QTest::newRow("one digit") << "2023-05-17T19:40:04.2Z" << base + 200;
    QTest::newRow("positive offset") << "2023-05-17T21:40:04+02:00" << base;
    QTest::newRow("negative offset") << "2023-05-17T14:10:04-05:30" << base;
    QTest::newRow("lower-case t and z") << "2023-05-17t19:40:04z" << base;
    QTest::newRow("leap second")
        << "2016-12-31T23:59:60Z"
        << QDateTime(QDate(2017, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("no zone") << "2023-05-17T19:40:04" << qint64(-1);
    QTest::newRow("offset without colon") << "2023-05-17T19:40:04+0000" << qint64(-1);
    QTest::newRow("empty fraction") << "2023-05-17T19:40:04.Z" << qint64(-1);
    QTest::newRow("month 13") << "2023-13-17T19:40:04Z" << qint64(-1);
    QTest::newRow("February 30") << "2023-02-30T19:40:04Z" << qint64(-1);
    QTest::newRow("trailing junk") << "2023-05-17T19:40:04Zjunk" << qint64(-1);
    QTest::newRow("date only") << "2023-05-17" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("arabic digits") << QString::fromUtf8("٢٠٢٣-05-17T19:40:04Z") << qint64(-1);
    QTest::newRow("February 29 of a leap year")
        << "2024-02-29T00:00:00Z"
        << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("February 29 of 1900") << "1900-02-29T00:00:00Z" << qint64(-1);
    QTest::newRow("year zero") << "0000-01-01T00:00:00Z" << qint64(-1);
    QTest::newRow("second 61") << "2016-12-31T23:59:61Z" << qint64(-1);
    QTest::newRow("hour 24") << "2016-12-31T24:00:00Z" << qint64(-1);
    QTest::newRow("offset hour 24") << "2016-12-31T12:00:00+24:00" << qint64(-1);
}

void TestTokenJson::rfc3339() {
    QFETCH(QString, text);
    QFETCH(qint64, msecs);
    const QDateTime parsed = parseRfc3339(text);
    // The list decoder's entry to the same parser, on UTF-8, says the same.
    const std::optional<qint64> fromUtf8 = parseRfc3339MSecs(text.toStdString());
    if (msecs < 0) {
        QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODateWithMs)));
        QVERIFY(!fromUtf8);
        return;
    }
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.toMSecsSinceEpoch(), msecs);
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QVERIFY(fromUtf8);
    QCOMPARE(*fromUtf8, msecs);
}

void TestTokenJson::decodeToken_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // empty: valid; else a fragment the error must contain

    const QByteArray good = R"({"accountId":"11111111-1111-4111-8111-111111111111",
        "clusterId":"22222222-2222-4222-8222-222222222222",
        "id":"55555555-5555-4555-8555-555555555555","description":"Limited Access Token",
        "permissions":[{"action":"read","resource":"DATABASE_NAME"},{"action":"write","resource":"DATABASE_NAME"}],
        "createdAt":"2023-12-21T17:32:28.000Z"})";
    QTest::newRow("spec example") << good << QString();
    QTest::newRow("no permissions")
        << QByteArray(
               R"({"id":"a","description":"d","permissions":[],"createdAt":"2023-12-21T17:32:28Z"})")
        << QString();
    QTest::newRow("revoked and expiring")
        << QByteArray(
               R"({"id":"a","description":"d","permissions":[],"createdAt":"2023-12-21T17:32:28Z","expiresAt":"2024-01-01T00:00:00+01:00","revokedAt":"2023-12-22T00:00:00.123456Z"})")
        << QString();
    QTest::newRow("null optional dates")
        << QByteArray(
               R"({"id":"a","description":"d","permissions":[],"createdAt":"2023-12-21T17:32:28Z","expiresAt":null,"revokedAt":null})")
        << QString();
    QTest::newRow("extra fields")
        << QByteArray(
               R"({"id":"a","description":"d","permissions":[],"createdAt":"2023-12-21T17:32:28Z","surprise":{"x":[1,2]}})")
        << QString();
    QTest::newRow("missing id")
        << QByteArray(R"({"description":"d","permissions":[],"createdAt":"2023-12-21T17:32:28Z"})")
        << "id: required";
    QTest::newRow("empty id")
        << QByteArray(
               R"({"id":"","description":"d","permissions":[],"createdAt":"2023-12-21T17:32:28Z"})")
        << "id: must not be empty";
    QTest::newRow("numeric id")
        << QByteArray(
               R"({"id":5,"description":"d","permissions":[],"createdAt":"2023-12-21T17:32:28Z"})")
        << "id: expected a string, got a number";
    QTest::newRow("missing description")
        << QByteArray(R"({"id":"a","permissions":[],"createdAt":"2023-12-21T17:32:28Z"})")
        << "description: required";
    QTest::newRow("null description")
        << QByteArray(
               R"({"id":"a","description":null,"permissions":[],"createdAt":"2023-12-21T17:32:28Z"})")
        << "description: expected a string, got null";
    QTest::newRow("missing permissions")
        << QByteArray(R"({"id":"a","description":"d","createdAt":"2023-12-21T17:32:28Z"})")
        << "permissions: required";
    QTest::newRow("permissions object")
        << QByteArray(
               R"({"id":"a","description":"d","permissions":{},"createdAt":"2023-12-21T17:32:28Z"})")
        << "permissions: expected an array, got an object";
    QTest::newRow("permission not object")
        << QByteArray(
               R"({"id":"a","description":"d","permissions":["read"],"createdAt":"2023-12-21T17:32:28Z"})")
        << "permissions[0]: expected an object";
    QTest::newRow("permission without resource")
        << QByteArray(
               R"({"id":"a","description":"d","permissions":[{"action":"read"}],"createdAt":"2023-12-21T17:32:28Z"})")
        << "permissions[0].resource: required";
    QTest::newRow("missing createdAt")
        << QByteArray(R"({"id":"a","description":"d","permissions":[]})") << "createdAt: required";
    QTest::newRow("null createdAt")
        << QByteArray(R"({"id":"a","description":"d","permissions":[],"createdAt":null})")
        << "createdAt: must not be null";
    QTest::newRow("bad createdAt")
        << QByteArray(R"({"id":"a","description":"d","permissions":[],"createdAt":"yesterday"})")
        << "createdAt: \"yesterday\" is not an RFC 3339";
    QTest::newRow("numeric expiresAt")
        << QByteArray(
               R"({"id":"a","description":"d","permissions":[],"createdAt":"2023-12-21T17:32:28Z","expiresAt":1700000000})")
        << "expiresAt: expected an RFC 3339";
    QTest::newRow("array") << QByteArray("[]") << "expected a token object";
    QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>") << "not valid JSON";
    QTest::newRow("truncated") << good.left(good.size() / 2) << "not valid JSON";
    QTest::newRow("empty") << QByteArray() << "not valid JSON";
}

void TestTokenJson::decodeToken() {
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    Token token;
    QString message;
    const bool ok = TokenJson::decodeTokenBody(json, &token, &message);
    if (error.isEmpty()) {
        QVERIFY2(ok, qPrintable(message));
        QVERIFY(!token.id.isEmpty());
        QVERIFY(token.createdAt.isValid());
    } else {
        QVERIFY(!ok);
        QVERIFY2(message.contains(error), qPrintable(message));
    }
}

void TestTokenJson::listKeepsGoodItemsAndNamesBadOnes() {
    const QByteArray body = R"([
        {"id":"a","description":"first","permissions":[],"createdAt":"2023-12-21T17:32:28Z"},
        {"id":"b","description":"broken","permissions":[],"createdAt":"not a date"},
        42,
        {"id":"c","description":"third","permissions":[{"action":"read","resource":"*"}],"createdAt":"2023-12-21T17:32:28Z"}
    ])";
    const TokenJson::ListResult result = TokenJson::decodeTokenList(body);
    QVERIFY(result.ok);
    QCOMPARE(result.tokens.size(), 2);
    QCOMPARE(result.tokens.at(0).id, QStringLiteral("a"));
    QCOMPARE(result.tokens.at(1).id, QStringLiteral("c"));
    QCOMPARE(result.badItems.size(), 2);
    QVERIFY2(result.badItems.at(0).startsWith(QStringLiteral("item 1: createdAt")),
             qPrintable(result.badItems.at(0)));
    QVERIFY2(result.badItems.at(1).startsWith(QStringLiteral("item 2: ")),
             qPrintable(result.badItems.at(1)));
}

void TestTokenJson::listRejectsWhatIsNotAnArray_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("object") << QByteArray(R"({"tokens":[]})");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("html") << QByteArray("<!doctype html><h1>Oops</h1>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"([{"id":"a","descr)");
    QTest::newRow("nul bytes") << QByteArray("[\0\0\0]", 5);
}

void TestTokenJson::listRejectsWhatIsNotAnArray() {
    QFETCH(QByteArray, body);
    const TokenJson::ListResult result = TokenJson::decodeTokenList(body);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.tokens.isEmpty());
}

namespace {

// A long list (over 1 MiB), with text that needs escapes and UTF-8.
QList<Token> manyTokens() {
    QList<Token> tokens;
    for (int i = 0; i < 6000; ++i) {
        Token token;
        token.id = QStringLiteral("%1-0000-4000-8000-000000000000").arg(i, 8, 16, QLatin1Char('0'));
        token.description = i % 3 ? QStringLiteral("job %1 writes telemetry").arg(i)
                                  : QStringLiteral("Ünïcödé \"quoted\" },{ %1").arg(i);
        token.accountId = QStringLiteral("11111111-1111-4111-8111-111111111111");
        token.clusterId = QStringLiteral("22222222-2222-4222-8222-222222222222");
        token.permissions = {{QStringLiteral("read"), QStringLiteral("db%1").arg(i % 9)}};
        if (i % 2)
            token.permissions.append({QStringLiteral("write"), QStringLiteral("*")});
        token.createdAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 3607);
        if (i % 5 == 0)
            token.expiresAt = token.createdAt.addDays(30);
        if (i % 7 == 0)
            token.revokedAt = token.createdAt.addDays(1);
        tokens.append(token);
    }
    return tokens;
}

} // namespace

void TestTokenJson::permissionSetsAreReadExactly_data() {
    // The list decoder knows the permission sets it has met by their strings: with many
    // databases, long sets and sets in another order, it must still give each token exactly
    // its own permissions.
    QTest::addColumn<int>("databases");
    QTest::addColumn<int>("perToken");
    QTest::newRow("few databases, short sets") << 9 << 2;
    QTest::newRow("more databases than strings are numbered") << 600 << 3;
    QTest::newRow("sets longer than a key holds") << 12 << 9;
    QTest::newRow("both") << 400 << 8;
}

void TestTokenJson::permissionSetsAreReadExactly() {
    QFETCH(int, databases);
    QFETCH(int, perToken);
    QList<Token> tokens;
    for (int i = 0; i < 3000; ++i) {
        Token token;
        token.id = QStringLiteral("id-%1").arg(i);
        token.description = QStringLiteral("token %1").arg(i);
        token.createdAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        for (int p = 0; p < perToken; ++p) {
            const int database = (i * 7 + p * 13) % databases;
            token.permissions.append({p % 2 ? QStringLiteral("write") : QStringLiteral("read"),
                                      QStringLiteral("db_%1").arg(database)});
        }
        if (i % 4 == 0) // the same set as another token, in the other order
            std::reverse(token.permissions.begin(), token.permissions.end());
        tokens.append(token);
    }
    const TokenJson::ListResult result =
        TokenJson::decodeTokenList(TokenJson::encodeTokenList(tokens));
    QVERIFY(result.ok);
    QVERIFY(result.badItems.isEmpty());
    QCOMPARE(result.tokens.toList(), tokens);
}

void TestTokenJson::longList_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("tokens");
    QTest::addColumn<QStringList>("badItems");
    QTest::addColumn<bool>("ok");

    const QList<Token> tokens = manyTokens();
    const QByteArray compact = TokenJson::encodeTokenList(tokens);
    QVERIFY(compact.size() > 1024 * 1024);
    QJsonArray array = QJsonDocument::fromJson(compact).array();
    QTest::newRow("compact") << compact << 6000 << QStringList() << true;
    QTest::newRow("indented") << QJsonDocument(array).toJson(QJsonDocument::Indented) << 6000
                              << QStringList() << true;

    // Bad items keep their indexes in the whole list.
    QJsonArray withBad = array;
    for (int index : {10, 4999}) {
        QJsonObject item = withBad.at(index).toObject();
        item.insert(QStringLiteral("createdAt"), QStringLiteral("not a date"));
        withBad.replace(index, item);
    }
    QTest::newRow("bad items") << QJsonDocument(withBad).toJson(QJsonDocument::Compact) << 5998
                               << QStringList{QStringLiteral("item 10: createdAt"),
                                              QStringLiteral("item 4999: createdAt")}
                               << true;

    // Broken JSON past the middle is the whole body's fault.
    QByteArray broken = compact;
    broken.insert(broken.indexOf("},{\"", broken.size() * 3 / 4) + 1, ','); // "},,{"
    QTest::newRow("broken past the middle") << broken << 0 << QStringList() << false;
    QByteArray unclosed = compact;
    unclosed.chop(1);
    QTest::newRow("unclosed") << unclosed << 0 << QStringList() << false;
    QTest::newRow("trailing garbage") << QByteArray(compact + "]") << 0 << QStringList() << false;

    // Objects nested inside items that look like an item's start.
    QJsonArray decoys;
    for (const QJsonValue &value : std::as_const(array)) {
        QJsonObject item = value.toObject();
        QJsonObject nested;
        nested.insert(QStringLiteral("accountId"), 1);
        QJsonArray links; // most of each item, so the middle of the list likely falls in one
        for (int i = 0; i < 20; ++i)
            links.append(nested);
        item.insert(QStringLiteral("links"), links);
        decoys.append(item);
    }
    QTest::newRow("nested lookalikes")
        << QJsonDocument(decoys).toJson(QJsonDocument::Compact) << 6000 << QStringList() << true;
}

void TestTokenJson::longList() {
    QFETCH(QByteArray, body);
    QFETCH(int, tokens);
    QFETCH(QStringList, badItems);
    QFETCH(bool, ok);
    const TokenJson::ListResult result = TokenJson::decodeTokenList(body);
    QCOMPARE(result.ok, ok);
    if (!ok) {
        QVERIFY(result.error.startsWith(QStringLiteral("not valid JSON")));
        QVERIFY(result.tokens.isEmpty());
        return;
    }
    QCOMPARE(result.badItems.size(), badItems.size());
    for (qsizetype i = 0; i < badItems.size(); ++i)
        QVERIFY2(result.badItems.at(i).startsWith(badItems.at(i)),
                 qPrintable(result.badItems.at(i)));
    // Every token whole and in the server's order.
    const QList<Token> expected = manyTokens();
    QCOMPARE(result.tokens.size(), tokens);
    qsizetype next = 0;
    for (const Token &token : result.tokens) {
        while (expected.at(next).id != token.id)
            ++next;
        QCOMPARE(token, expected.at(next));
        ++next;
    }
}

void TestTokenJson::fastDecoderTakesTheUsualList() {
    // A list as servers write it is read by the fast decoder, not left to the reference one.
    const QList<Token> tokens = manyTokens();
    for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
        const QByteArray body =
            QJsonDocument::fromJson(TokenJson::encodeTokenList(tokens)).toJson(format);
        TokenStore fast;
        QVERIFY(TokenJson::decodeValidTokenList(body, &fast));
        QCOMPARE(fast.toList(), tokens);
    }
}

void TestTokenJson::fastDecoderAgreesWithReference_data() {
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<bool>("fast"); // whether the fast decoder must take it itself

    const QByteArray rest =
        R"("description":"d","permissions":[],"createdAt":"2023-12-21T17:32:28Z")";
    auto token = [&rest](const QByteArray &more) {
        return '{' + more + rest + '}';
    };
    QTest::newRow("usual") << token(R"("id":"x",)") << true;
    QTest::newRow("escaped key") << token(R"("i\u0064":"x",)") << true;
    QTest::newRow("escapes and UTF-8")
        << QByteArray(
               R"({"id":"x\n\u00e9\ud83d\ude00","description":"é €","permissions":[{"action":"r\"","resource":"\u0000"}],"createdAt":"2023-12-21T17:32:28Z"})")
        << true;
    QTest::newRow("unknown fields of every kind")
        << token(R"("x":{"a":[1,-0.5e3,true,false,null,"s",{}]},"y":12345678901234567,"id":"x",)")
        << true;
    QTest::newRow("unknown field in a permission")
        << QByteArray(
               R"({"id":"x","description":"d","permissions":[{"action":"read","note":[[]],"resource":"*"}],"createdAt":"2023-12-21T17:32:28Z"})")
        << true;
    QTest::newRow("null dates") << token(R"("id":"x","expiresAt":null,"revokedAt":null,)") << true;
    QTest::newRow("epoch zero expiry")
        << token(R"("id":"x","expiresAt":"1970-01-01T00:00:00Z",)") << true;
    QTest::newRow("account of another type")
        << token(R"("accountId":7,"clusterId":"c","id":"x",)") << true;
    QTest::newRow("duplicate id") << token(R"("id":"x","id":"y",)") << false;
    QTest::newRow("duplicate unknown key") << token(R"("id":"x","z":1,"z":2,)") << true;
    QTest::newRow("duplicate action")
        << QByteArray(
               R"({"id":"x","description":"d","permissions":[{"action":"read","action":"write","resource":"*"}],"createdAt":"2023-12-21T17:32:28Z"})")
        << false;
    QTest::newRow("lone low surrogate") << token(R"("id":"\udc00",)") << false;
    QTest::newRow("lone high surrogate") << token(R"("id":"\ud800x",)") << false;
    QTest::newRow("empty id") << token(R"("id":"",)") << false;
    QTest::newRow("id of another type") << token(R"("id":1,)") << false;
    QTest::newRow("no id") << token("") << false;
    QTest::newRow("null createdAt")
        << QByteArray(R"({"id":"x","description":"d","permissions":[],"createdAt":null})") << false;
    QTest::newRow("bad date")
        << QByteArray(
               R"({"id":"x","description":"d","permissions":[],"createdAt":"2023-02-30T17:32:28Z"})")
        << false;
    QTest::newRow("number out of range") << token(R"("x":1e400,"id":"x",)") << false;
    QTest::newRow("deep unknown field")
        << token("\"x\":" + QByteArray(200, '[') + QByteArray(200, ']') + ",\"id\":\"x\",")
        << false;
    QTest::newRow("raw tab in a string") << token("\"id\":\"x\t\",") << false;
    QTest::newRow("missing comma") << token(R"("id":"x" )") << false;
    QTest::newRow("trailing comma") << QByteArray(token(R"("id":"x",)").chopped(1) + ",}") << false;
    QTest::newRow("not an object") << QByteArray("42") << false;
}

void TestTokenJson::fastDecoderAgreesWithReference() {
    QFETCH(QByteArray, item);
    QFETCH(bool, fast);
    const QByteArray usual =
        R"({"id":"u","description":"d","permissions":[],"createdAt":"2023-12-21T17:32:28Z"})";
    const QByteArray body = '[' + usual + ',' + item + ',' + usual + ']';
    TokenStore tokens;
    const bool tookFast = TokenJson::decodeValidTokenList(body, &tokens);
    QCOMPARE(tookFast, fast);
    const TokenJson::ListResult reference = TokenJson::decodeTokenListByDocument(body);
    if (tookFast) {
        QVERIFY(reference.ok);
        QCOMPARE(reference.badItems, QStringList());
        QCOMPARE(tokens.toList(), reference.tokens.toList());
    } else {
        QVERIFY(tokens.isEmpty());
    }
    // The list as the program reads it: the reference decoder's whenever the fast one declines.
    const TokenJson::ListResult result = TokenJson::decodeTokenList(body);
    QCOMPARE(result.ok, reference.ok);
    QCOMPARE(result.error, reference.error);
    QCOMPARE(result.badItems, reference.badItems);
    QCOMPARE(result.tokens.toList(), reference.tokens.toList());
}

void TestTokenJson::bodyWithoutSpareRoomIsReadSafely() {
    // simdjson reads up to 64 bytes past the end of what it parses. A body that ends right
    // before a page the process may not read must be decoded from a padded copy.
    const QList<Token> expected = manyTokens().mid(0, 20);
    const QByteArray body = TokenJson::encodeTokenList(expected);
#ifdef Q_OS_UNIX
    const size_t page = size_t(sysconf(_SC_PAGESIZE));
    const size_t pages = (size_t(body.size()) + page - 1) / page;
    void *mapping = mmap(nullptr, (pages + 1) * page, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    QVERIFY(mapping != MAP_FAILED);
    char *guard = static_cast<char *>(mapping) + pages * page;
    QCOMPARE(mprotect(guard, page, PROT_NONE), 0);
    char *start = guard - body.size();
    std::memcpy(start, body.constData(), size_t(body.size()));
    const TokenJson::ListResult atEdge =
        TokenJson::decodeTokenList(QByteArray::fromRawData(start, body.size()));
    munmap(mapping, (pages + 1) * page);
    QVERIFY(atEdge.ok);
    QCOMPARE(atEdge.tokens.toList(), expected);
#endif
    // A body read with room to spare is parsed where it is, and reads the same.
    QByteArray roomy;
    roomy.reserve(body.size() + TokenJson::ReadPadding);
    roomy.append(body);
    const TokenJson::ListResult inPlace = TokenJson::decodeTokenList(roomy);
    QVERIFY(inPlace.ok);
    QCOMPARE(inPlace.tokens.toList(), expected);
}

void TestTokenJson::roundTrip() {
    Token token;
    token.id = QStringLiteral("55555555-5555-4555-8555-555555555555");
    token.description = QStringLiteral("Ünïcödé <b>x</b> \u202Eevil");
    token.accountId = QStringLiteral("11111111-1111-4111-8111-111111111111");
    token.clusterId = QStringLiteral("22222222-2222-4222-8222-222222222222");
    token.permissions = {{QStringLiteral("read"), QStringLiteral("*")},
                         {QStringLiteral("write"), QStringLiteral("db")}};
    token.createdAt = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC);
    token.expiresAt = token.createdAt.addDays(30);

    const QByteArray body = TokenJson::encodeTokenList({token});
    const TokenJson::ListResult result = TokenJson::decodeTokenList(body);
    QVERIFY(result.ok);
    QCOMPARE(result.tokens.size(), 1);
    QCOMPARE(result.tokens.first(), token);
    QVERIFY(!QJsonDocument::fromJson(body).array().first().toObject().contains(
        QStringLiteral("revokedAt")));
}

void TestTokenJson::status() {
    const QDateTime now(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC);
    Token token;
    token.createdAt = now.addDays(-10);
    QCOMPARE(tokenStatus(token, now), TokenStatus::Active);
    token.expiresAt = now.addSecs(1);
    QCOMPARE(tokenStatus(token, now), TokenStatus::ExpiringSoon);
    QCOMPARE(tokenStatus(token, now, std::chrono::milliseconds(0)), TokenStatus::Active);
    token.expiresAt = now.addDays(7);
    QCOMPARE(tokenStatus(token, now), TokenStatus::ExpiringSoon); // within 7 days, inclusive
    token.expiresAt = now.addDays(7).addSecs(1);
    QCOMPARE(tokenStatus(token, now), TokenStatus::Active);
    token.expiresAt = now;
    QCOMPARE(tokenStatus(token, now), TokenStatus::Expired);
    token.revokedAt = now.addDays(-1);
    QCOMPARE(tokenStatus(token, now), TokenStatus::Revoked);
}

void TestTokenJson::databasesSummary_data() {
    QTest::addColumn<QStringList>("resources");
    QTest::addColumn<QString>("summary");
    QTest::newRow("none") << QStringList() << "None";
    QTest::newRow("one") << QStringList{"resource1"} << "resource1";
    QTest::newRow("read and write on one") << QStringList{"db", "db"} << "db";
    QTest::newRow("two") << QStringList{"flight2", "flight3"} << "flight2, + 1 more";
    QTest::newRow("three") << QStringList{"a", "b", "c"} << "a, + 2 more";
    QTest::newRow("all") << QStringList{"*"} << "All databases";
}

void TestTokenJson::databasesSummary() {
    QFETCH(QStringList, resources);
    QFETCH(QString, summary);
    Token token;
    for (const QString &resource : resources)
        token.permissions.append({QStringLiteral("read"), resource});
    QCOMPARE(::databasesSummary(token), summary);
}

QTEST_GUILESS_MAIN(TestTokenJson)
#include "tst_TokenJson.moc"
