// Replays the config.toml fuzzer's seed corpus and every input that once broke it
// (tests/fuzz/regressions/config_toml), checking the fuzzer's own invariants.
#include "ConfigTomlInvariants.h"
#include "FuzzInputs.h"

#include <QTest>

class TestConfigTomlFuzzInputs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inputs_data() {
        FuzzInputs::addRows(QStringLiteral(TOKENADMIN_FUZZ_DIR), QStringLiteral("config_toml"));
    }
    void inputs() {
        QFETCH(QString, path);
        const QStringList violations = ConfigTomlInvariants::check(FuzzInputs::read(path));
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1String("; "))));
    }
};

QTEST_GUILESS_MAIN(TestConfigTomlFuzzInputs)
#include "tst_ConfigTomlFuzzInputs.moc"
