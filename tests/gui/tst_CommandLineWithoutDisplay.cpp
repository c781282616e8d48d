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
    void helpFollowsTheLanguage_data();
    void helpFollowsTheLanguage();

private:
    struct Run {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments, const QString &systemLanguage = {});
};

TestCommandLineWithoutDisplay::Run
TestCommandLineWithoutDisplay::run(const QStringList &arguments, const QString &systemLanguage) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE", "LC_ALL",
                             "LC_MESSAGES", "LANG"})
        environment.remove(QLatin1String(name));
    if (!systemLanguage.isEmpty())
        environment.insert(QStringLiteral("LANG"), systemLanguage);
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

// --help speaks the system's language, or the one --lang names, and lists --lang.
void TestCommandLineWithoutDisplay::helpFollowsTheLanguage_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("systemLanguage");
    QTest::addColumn<QString>("expected");
    const QString help = QStringLiteral("--help");
    const QString lang = QStringLiteral("--lang");
    QTest::newRow("English system") << QStringList{help} << QStringLiteral("en_US.UTF-8")
                                    << QStringLiteral("The language of the program: de, en, fr");
    QTest::newRow("German system") << QStringList{help} << QStringLiteral("de_DE.UTF-8")
                                   << QStringLiteral("Die Sprache des Programms: de, en, fr");
    QTest::newRow("French system") << QStringList{help} << QStringLiteral("fr_FR.UTF-8")
                                   << QStringLiteral("La langue du programme\u00a0: de, en, fr");
    QTest::newRow("--lang de on a French system")
        << QStringList{lang, QStringLiteral("de"), help} << QStringLiteral("fr_FR.UTF-8")
        << QStringLiteral("Die Sprache des Programms");
    QTest::newRow("--lang=en on a German system")
        << QStringList{QStringLiteral("--lang=en"), help} << QStringLiteral("de_DE.UTF-8")
        << QStringLiteral("The language of the program");
}

void TestCommandLineWithoutDisplay::helpFollowsTheLanguage() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, systemLanguage);
    QFETCH(QString, expected);
    const Run result = run(arguments, systemLanguage);
    QVERIFY2(result.status == QProcess::NormalExit && result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("--lang <language>")), qPrintable(result.out));
}

QTEST_GUILESS_MAIN(TestCommandLineWithoutDisplay)
#include "tst_CommandLineWithoutDisplay.moc"
