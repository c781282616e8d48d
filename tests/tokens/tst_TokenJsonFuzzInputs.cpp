// Replays the fuzzer's seed corpus and every input that once broke the token JSON codec or
// the error-body reader (tests/fuzz/regressions), checking the fuzzer's own invariants.
#include "ApiError.h"
#include "FuzzInputs.h"
#include "TokenJsonInvariants.h"

#include <QTest>

class TestTokenJsonFuzzInputs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inputs_data();
    void inputs();
    void excerptKeepsSurrogatePairsWhole();
};

void TestTokenJsonFuzzInputs::inputs_data() {
    FuzzInputs::addRows(QStringLiteral(TOKENADMIN_FUZZ_DIR), QStringLiteral("token_json"));
}

void TestTokenJsonFuzzInputs::inputs() {
    QFETCH(QString, path);
    const QStringList violations = TokenJsonInvariants::check(FuzzInputs::read(path));
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1String("; "))));
}

void TestTokenJsonFuzzInputs::excerptKeepsSurrogatePairsWhole() {
    // U+1F600 is two UTF-16 code units; a cut between them would leave half a character.
    const QString text =
        QStringLiteral("a") + QString::fromUtf8("\xf0\x9f\x98\x80") + QStringLiteral("b");
    QCOMPARE(sanitizedExcerpt(text, 2), QStringLiteral("a") + QChar(0x2026));
    QCOMPARE(sanitizedExcerpt(text, 3), text.left(3) + QChar(0x2026));
    QVERIFY(sanitizedExcerpt(text, 1).isValidUtf16());
}

QTEST_GUILESS_MAIN(TestTokenJsonFuzzInputs)
#include "tst_TokenJsonFuzzInputs.moc"
