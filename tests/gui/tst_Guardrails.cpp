// The create dialog as a new user meets it: one name for the action everywhere, expiry presets,
// and the time zone an expiry is read in, named.
#include "CreateTokenDialog.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "TokenSession.h"
#include "TokenTableModel.h"
#include "WindowFixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <ctime>

class TestGuardrails : public QObject, WindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void oneNameInMenuTitleAndHeading();
    void expiryPresetsSetTheDate();
    void timeZoneIsNamedWithItsOffsetOnThatDate();

private:
    CreateTokenDialog *openDialog();
};

void TestGuardrails::initTestCase() {
    qputenv("TZ", "Europe/Berlin");
    tzset();
    setUpApplication(QStringLiteral("tst_guardrails"));
}

void TestGuardrails::init() {
    setUpFixture();
    openMainWindow({});
    waitForAllTokens();
}

void TestGuardrails::cleanup() {
    tearDownFixture();
}

CreateTokenDialog *TestGuardrails::openDialog() {
    m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->trigger();
    return waitForDialog<CreateTokenDialog>();
}

void TestGuardrails::oneNameInMenuTitleAndHeading() {
    QString menuText = m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->text();
    menuText.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    QCOMPARE(menuText, QStringLiteral("Create Database Token"));
    CreateTokenDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), menuText);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("heading"))->text(), menuText);
    QString button = m_window->findChild<QPushButton *>(QStringLiteral("newTokenButton"))->text();
    QCOMPARE(button.remove(QStringLiteral("…")), menuText);
}

void TestGuardrails::expiryPresetsSetTheDate() {
    CreateTokenDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *preset = dialog->findChild<QComboBox *>(QStringLiteral("expiryPreset"));
    auto *expiry = dialog->findChild<QDateTimeEdit *>(QStringLiteral("expiryField"));
    QVERIFY(!preset->isEnabled());
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("expiresToggle")),
                      Qt::LeftButton);
    QVERIFY(preset->isEnabled());
    QCOMPARE(preset->currentData().toInt(), 30);
    QCOMPARE(expiry->date(), QDate::currentDate().addDays(30));
    for (int days : {90, 365, 30}) {
        preset->setCurrentIndex(preset->findData(days));
        QCOMPARE(expiry->date(), QDate::currentDate().addDays(days));
    }
    // A date set by hand is a chosen date.
    expiry->setDate(QDate::currentDate().addDays(45));
    QCOMPARE(preset->currentText(), QStringLiteral("A chosen date"));

    // And the server gets what the preset said.
    preset->setCurrentIndex(preset->findData(90));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField")),
                     QStringLiteral("Ninety days"));
    dialog->findChild<QComboBox *>(QStringLiteral("permissionDatabase"))
        ->setEditText(QStringLiteral("telemetry"));
    QTRY_VERIFY(!m_window->session()->isBusy());
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QTRY_VERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    Token made;
    QTRY_VERIFY([&] {
        for (const Token &token : m_sandbox->tokens())
            if (token.description == QLatin1String("Ninety days"))
                made = token;
        return !made.id.isEmpty();
    }());
    const qint64 secondsAway = QDateTime::currentDateTime().addDays(90).secsTo(made.expiresAt);
    QVERIFY2(qAbs(secondsAway) <= 120, qPrintable(made.expiresAt.toString(Qt::ISODate)));
}

void TestGuardrails::timeZoneIsNamedWithItsOffsetOnThatDate() {
    CreateTokenDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("expiresToggle")),
                      Qt::LeftButton);
    auto *expiry = dialog->findChild<QDateTimeEdit *>(QStringLiteral("expiryField"));
    auto *zone = dialog->findChild<QLabel *>(QStringLiteral("expiryTimeZone"));
    const int nextYear = QDate::currentDate().year() + 1;
    expiry->setDateTime(QDateTime(QDate(nextYear, 1, 15), QTime(12, 0)));
    QCOMPARE(zone->text(), QStringLiteral("Time zone: Europe/Berlin, UTC+01:00"));
    expiry->setDateTime(QDateTime(QDate(nextYear, 7, 15), QTime(12, 0)));
    QCOMPARE(zone->text(), QStringLiteral("Time zone: Europe/Berlin, UTC+02:00"));
    QVERIFY(expiry->accessibleName().contains(QStringLiteral("Europe/Berlin, UTC+02:00")));
    // To look at: TOKENADMIN_SCREENSHOT_DIR (default: temp).
    QVERIFY(
        dialog->grab().save(qEnvironmentVariable("TOKENADMIN_SCREENSHOT_DIR", QDir::tempPath()) +
                            QStringLiteral("/create-expiry.png")));
}

QTEST_MAIN(TestGuardrails)
#include "tst_Guardrails.moc"
