// Replays the fuzzer's seed corpus and every input that once broke the token JSON codec or
// the error-body reader (tests/fuzz/regressions), checking the fuzzer's own invariants.
#include "TokenJsonInvariants.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestTokenJsonFuzzInputs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inputs_data();
    void inputs();
};

void TestTokenJsonFuzzInputs::inputs_data() {
    QTest::addColumn<QString>("path");
    const QDir fuzz(QStringLiteral(TOKENADMIN_FUZZ_DIR));
    int count = 0;
    for (const QString &folder : {QStringLiteral("regressions/token_json"),
                                  QStringLiteral("corpus/token_json")}) {
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

QTEST_GUILESS_MAIN(TestTokenJsonFuzzInputs)
#include "tst_TokenJsonFuzzInputs.moc"
