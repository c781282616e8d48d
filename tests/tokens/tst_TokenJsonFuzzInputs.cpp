// Replays the fuzzer's seed corpus and every input that once broke the token JSON codec or
// the error-body reader (tests/fuzz/regressions), checking the fuzzer's own invariants.
#include "ApiError.h"
#include "TokenJsonInvariants.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestTokenJsonFuzzInputs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inputs_data();
    void inputs();
    void excerptKeepsSurrogatePairsWhole();
};

void TestTokenJsonFuzzInputs::inputs_data() {
    QTest::addColumn<QString>("path");
    const QDir fuzz(QStringLiteral(TOKENADMIN_FUZZ_DIR));
    int count = 0;
    for (const QString &folder :
         {QStringLiteral("regressions/token_json"), QStringLiteral("corpus/token_json")}) {
        const QDir dir(fuzz.filePath(folder));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const QString path = dir.filePath(name);
            QTest::newRow(qPrintable(folder + QLatin1Char('/') + name)) << path;
            ++count;
        }
    }
    QVERIFY2(count > 0, "no fuzz inputs found under " TOKENADMIN_FUZZ_DIR);
}

void TestTokenJsonFuzzInputs::inputs() {
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QStringList violations = TokenJsonInvariants::check(file.readAll());
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
