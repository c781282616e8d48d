#include "SandboxJsonWriter.h"

#include "SandboxData.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// The reference: the objects the sandbox built before, written by QJsonDocument.
QString micros(const QDateTime &dateTime, const QString &id) {
    const int extra = int(id.left(3).toUInt(nullptr, 16) % 1000);
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("%1Z").arg(extra, 3, 10, QLatin1Char('0'));
}

QJsonObject referenceObject(const Token &token, const QString &accessToken = {}) {
    QJsonObject object;
    if (!accessToken.isEmpty())
        object.insert(QStringLiteral("accessToken"), accessToken);
    if (!token.accountId.isEmpty())
        object.insert(QStringLiteral("accountId"), token.accountId);
    if (!token.clusterId.isEmpty())
        object.insert(QStringLiteral("clusterId"), token.clusterId);
    object.insert(QStringLiteral("id"), token.id);
    object.insert(QStringLiteral("description"), token.description);
    QJsonArray permissions;
    for (const Permission &permission : token.permissions)
        permissions.append(QJsonObject{{QStringLiteral("action"), permission.action},
                                       {QStringLiteral("resource"), permission.resource}});
    object.insert(QStringLiteral("permissions"), permissions);
    object.insert(QStringLiteral("createdAt"), micros(token.createdAt, token.id));
    if (token.expires())
        object.insert(QStringLiteral("expiresAt"),
                      token.expiresAt.toUTC().toString(Qt::ISODateWithMs));
    if (token.isRevoked())
        object.insert(QStringLiteral("revokedAt"), micros(token.revokedAt, token.id));
    return object;
}

QByteArray referenceList(const QList<Token> &tokens, bool hideRevoked) {
    QJsonArray array;
    for (const Token &token : tokens)
        if (!(hideRevoked && token.isRevoked()))
            array.append(referenceObject(token));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<Token> stamped(QList<Token> tokens) {
    for (Token &token : tokens) {
        token.accountId = SandboxData::accountId();
        token.clusterId = SandboxData::clusterId();
    }
    return tokens;
}

QByteArray referenceString(const QString &text) {
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray written(const QString &text) {
    QByteArray out;
    SandboxJsonWriter::appendString(&out, text);
    return out;
}

Token plainToken(const QString &id, const QString &description) {
    Token token;
    token.id = id;
    token.description = description;
    token.permissions = {{QStringLiteral("read"), QStringLiteral("telemetry")}};
    token.createdAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    return token;
}

} // namespace

// The sandbox writes its answers without QJsonDocument; every byte must still be what
// QJsonDocument wrote, for the data it serves and for any string a test can put in it.
class tst_SandboxJsonWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seedListIsByteForByteQJsonDocument_data();
    void seedListIsByteForByteQJsonDocument();
    void generatedListIsByteForByteQJsonDocument();
    void oneTokenWithSecret();
    void everyCodeUnitIsEscapedAsQJsonDocumentDoes();
    void hostileStrings_data();
    void hostileStrings();
    void hostileTokens_data();
    void hostileTokens();
    void writeTimeAt100000Tokens();
};

void tst_SandboxJsonWriter::seedListIsByteForByteQJsonDocument_data() {
    QTest::addColumn<bool>("dedicated");
    QTest::addColumn<bool>("hideRevoked");
    QTest::newRow("dedicated") << true << false;
    QTest::newRow("dedicated, revoked hidden") << true << true;
    QTest::newRow("clustered") << false << false;
}

void tst_SandboxJsonWriter::seedListIsByteForByteQJsonDocument() {
    QFETCH(bool, dedicated);
    QFETCH(bool, hideRevoked);
    const QList<Token> seed = SandboxData::seedTokens();
    const QList<Token> tokens = dedicated ? stamped(seed) : seed;
    QCOMPARE(SandboxJsonWriter::tokenList(tokens, hideRevoked), referenceList(tokens, hideRevoked));
}

void tst_SandboxJsonWriter::generatedListIsByteForByteQJsonDocument() {
    const QList<Token> tokens = stamped(SandboxData::generateTokens(5000, 7));
    QCOMPARE(SandboxJsonWriter::tokenList(tokens, false), referenceList(tokens, false));
    QCOMPARE(SandboxJsonWriter::tokenList({}, false), QByteArray("[]"));
}

void tst_SandboxJsonWriter::oneTokenWithSecret() {
    for (const Token &token : stamped(SandboxData::seedTokens())) {
        const QString secret = QStringLiteral("apiv1_abc-DEF_123");
        QCOMPARE(SandboxJsonWriter::token(token, secret),
                 QJsonDocument(referenceObject(token, secret)).toJson(QJsonDocument::Compact));
        QCOMPARE(SandboxJsonWriter::token(token),
                 QJsonDocument(referenceObject(token)).toJson(QJsonDocument::Compact));
    }
}

void tst_SandboxJsonWriter::everyCodeUnitIsEscapedAsQJsonDocumentDoes() {
    // Each code unit alone and between letters; pairs and lone halves in context follow.
    for (char32_t unit = 0; unit <= 0xffff; ++unit) {
        const QChar c{char16_t(unit)};
        const QString alone(c);
        const QString between = QStringLiteral("a") + c + QStringLiteral("b");
        // In a run of ASCII long enough to be read eight code units at a time, at two places.
        const QString early = QString(5, QLatin1Char('x')) + c + QString(10, QLatin1Char('y'));
        const QString late = QString(12, QLatin1Char('x')) + c + QString(3, QLatin1Char('y'));
        for (const QString &text : {alone, between, early, late}) {
            if (written(text) != referenceString(text))
                QFAIL(qPrintable(QStringLiteral("U+%1: %2 instead of %3")
                                     .arg(uint(unit), 4, 16, QLatin1Char('0'))
                                     .arg(QString::fromLatin1(written(text).toHex()),
                                          QString::fromLatin1(referenceString(text).toHex()))));
        }
    }
}

void tst_SandboxJsonWriter::hostileStrings_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("quotes and backslashes") << QStringLiteral(R"("\"\\ \\" \/ \u0041 '")");
    QTest::newRow("control characters") << QStringLiteral("a\b\f\n\r\t\x01\x1f\x7f z");
    QTest::newRow("NUL") << QString(QChar(0)) + QStringLiteral("after");
    QTest::newRow("non-ASCII") << QStringLiteral(
        "Grüße, 東京, ε, \u202eRTL\u202c, \u00a0, \ufeff, \uffff");
    QTest::newRow("emoji pair") << QString::fromUtf8("token 🔑 key");
    QTest::newRow("lone high at the end") << QStringLiteral("x") + QChar(0xd83d);
    QTest::newRow("lone high before a letter") << QString(QChar(0xd83d)) + QStringLiteral("x");
    QTest::newRow("lone low") << QStringLiteral("x") + QChar(0xdd11) + QStringLiteral("y");
    QTest::newRow("reversed pair") << QString(QChar(0xdd11)) + QChar(0xd83d);
    QTest::newRow("two highs then a low") << QString(QChar(0xd83d)) + QChar(0xd83d) + QChar(0xdd11);
    QTest::newRow("HTML") << QStringLiteral("<b>x</b><script>alert(1)</script>");
    QTest::newRow("long") << QString(100'000, QChar(0x00e9));
    QTest::newRow("long ASCII with an escape every 9th")
        << QStringLiteral("abcdefgh\"").repeated(1000) + QStringLiteral("tail");
    QTest::newRow("pair split across eight") << QString(7, QLatin1Char('a')) + QChar(0xd83d) +
                                                    QChar(0xdd11) + QString(9, QLatin1Char('b'));
    QTest::newRow("DEL and 0x80 in a run") << QStringLiteral("abcdefg") + QChar(0x7f) +
                                                  QStringLiteral("abcdefg") + QChar(0x80) +
                                                  QStringLiteral("abcdefgh");
}

void tst_SandboxJsonWriter::hostileStrings() {
    QFETCH(QString, text);
    QCOMPARE(written(text), referenceString(text));
    // Appending keeps what was there.
    QByteArray out("prefix");
    SandboxJsonWriter::appendString(&out, text);
    QCOMPARE(out, "prefix" + referenceString(text));
}

void tst_SandboxJsonWriter::hostileTokens_data() {
    QTest::addColumn<Token>("token");
    const QString lone = QString(QChar(0xd800));
    QTest::newRow("hostile strings everywhere") << [&] {
        Token token = plainToken(QStringLiteral("a/b\"c\\") + lone,
                                 QStringLiteral("\"quoted\"\n\x01") + lone + QChar(0xdc00));
        token.accountId = QStringLiteral("acc\tount");
        token.clusterId = QString::fromUtf8("clüster");
        token.permissions = {{QStringLiteral("re\"ad"), QStringLiteral("*")},
                             {lone, QString::fromUtf8("データ")}};
        return token;
    }();
    QTest::newRow("no permissions") << [] {
        Token token = plainToken(QStringLiteral("abc"), QStringLiteral("none"));
        token.permissions.clear();
        return token;
    }();
    QTest::newRow("ID not hexadecimal, short, empty")
        << plainToken(QStringLiteral("zz"), QStringLiteral("short"));
    QTest::newRow("empty ID") << plainToken(QString(), QStringLiteral("empty"));
    QTest::newRow("0x ID") << plainToken(QStringLiteral("0x1f"), QStringLiteral("0x"));
    QTest::newRow("upper-case hex") << plainToken(QStringLiteral("FFF0"), QStringLiteral("FFF"));
    QTest::newRow("dates: before 1970, leap day, far years") << [] {
        Token token = plainToken(QStringLiteral("abc"), QStringLiteral("dates"));
        token.createdAt = QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 1), Qt::UTC);
        token.expiresAt = QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC);
        token.revokedAt = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
        return token;
    }();
    QTest::newRow("dates: year 10000, year 0, year -5") << [] {
        Token token = plainToken(QStringLiteral("123"), QStringLiteral("far"));
        token.createdAt = QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
        token.expiresAt = QDateTime(QDate(-5, 3, 1), QTime(12, 0), Qt::UTC);
        token.revokedAt = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        return token;
    }();
    QTest::newRow("dates: invalid creation, local time, offset") << [] {
        Token token = plainToken(QStringLiteral("fff"), QStringLiteral("odd"));
        token.createdAt = QDateTime();
        token.expiresAt = QDateTime(QDate(2026, 7, 1), QTime(1, 2, 3, 4), Qt::LocalTime);
        token.revokedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 3600);
        return token;
    }();
}

void tst_SandboxJsonWriter::hostileTokens() {
    QFETCH(Token, token);
    QCOMPARE(SandboxJsonWriter::token(token),
             QJsonDocument(referenceObject(token)).toJson(QJsonDocument::Compact));
    const QList<Token> tokens{token, token};
    QCOMPARE(SandboxJsonWriter::tokenList(tokens, false), referenceList(tokens, false));
}

// A figure, not a check: the list answer at 100,000 tokens, this writer beside QJsonDocument.
void tst_SandboxJsonWriter::writeTimeAt100000Tokens() {
    const QList<Token> tokens = stamped(SandboxData::generateTokens(100'000, 42));
    QElapsedTimer clock;
    clock.start();
    const QByteArray fast = SandboxJsonWriter::tokenList(tokens, false);
    const qint64 writerMs = clock.restart();
    const QByteArray reference = referenceList(tokens, false);
    const qint64 referenceMs = clock.elapsed();
    QCOMPARE(fast.size(), reference.size());
    qInfo("100,000 tokens (%.1f MiB): writer %lld ms, QJsonDocument %lld ms",
          double(fast.size()) / (1024 * 1024), writerMs, referenceMs);
}

QTEST_GUILESS_MAIN(tst_SandboxJsonWriter)
#include "tst_SandboxJsonWriter.moc"
