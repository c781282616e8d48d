// token-admin --help and --version, run as a user would in a terminal with no display (over
// ssh, in a container, in CI): they answer and exit 0 instead of aborting for want of one.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestCommandLineWithoutDisplay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answersWithoutDisplay_data();
    void answersWithoutDisplay();
    void theProgramItselfNeedsOne();

private:
    struct Run {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments);
};

TestCommandLineWithoutDisplay::Run
TestCommandLineWithoutDisplay::run(const QStringList &arguments) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1String(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TOKENADMIN_APP_PATH), arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.status = process.exitStatus();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCommandLineWithoutDisplay::answersWithoutDisplay_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString version = QStringLiteral("token-admin %1").arg(TOKENADMIN_TEST_VERSION);
    const QString usage = QStringLiteral("Usage: ");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << version;
    QTest::newRow("-v") << QStringList{QStringLiteral("-v")} << version;
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << usage;
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << usage;
    QTest::newRow("--help after an option")
        << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--help")} << usage;
}

void TestCommandLineWithoutDisplay::answersWithoutDisplay() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run result = run(arguments);
    QVERIFY2(result.status == QProcess::NormalExit && result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
    if (expected.startsWith(QLatin1String("Usage")))
        QVERIFY2(result.out.contains(QLatin1String("--sandbox")), qPrintable(result.out));
}

// The check above means something: in this environment, the window cannot open.
void TestCommandLineWithoutDisplay::theProgramItselfNeedsOne() {
    const Run result = run({QStringLiteral("--sandbox")});
    QVERIFY2(result.status == QProcess::CrashExit || result.exitCode != 0,
             qPrintable(result.out + result.err));
}

QTEST_GUILESS_MAIN(TestCommandLineWithoutDisplay)
#include "tst_CommandLineWithoutDisplay.moc"
