// The window in German and French, against the sandbox: its strings translated, Qt's own
// too, menu accelerators unique, nothing cut, dates in the locale's format.
#include "MainWindow.h"
#include "SandboxServer.h"
#include "TokenSession.h"
#include "TokenTableModel.h"
#include "Translations.h"
#include "WindowFixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

class TestTranslations : public QObject, WindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void windowSpeaksTheLanguage_data();
    void windowSpeaksTheLanguage();
    void menuAcceleratorsAreUnique_data();
    void menuAcceleratorsAreUnique();
    void nothingIsCut_data();
    void nothingIsCut();
    void dialogsShowTheirWholeText_data();
    void dialogsShowTheirWholeText();
    void datesFollowTheLocale();
    void screenshot();

private:
    void openWindow(const QString &language);
    static void verifyButtonsShowTheirText(QWidget *parent);

    QTableView *m_table = nullptr;
};

void TestTranslations::initTestCase() {
    setUpApplication(QStringLiteral("tst_translations"));
}

void TestTranslations::init() {
    setUpFixture();
}

// As token-admin --lang does: the locale for dates and numbers, then the translators.
void TestTranslations::openWindow(const QString &language) {
    const QLocale locale = localeForLanguage(language);
    QLocale::setDefault(locale);
    installTranslations(locale);
    Endpoint endpoint = m_sandbox->endpoint();
    endpoint.name = QStringLiteral("Sandbox");
    openMainWindow({.endpoint = endpoint, .size = {1360, 760}}); // the first window's size
    waitForRows();
    m_table = tokenTable();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void TestTranslations::cleanup() {
    tearDownFixture();
}

void TestTranslations::cleanupTestCase() {
    QLocale::setDefault(QLocale::c());
    installTranslations(QLocale(QLocale::English));
}

void TestTranslations::windowSpeaksTheLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("descriptionHeader");
    QTest::addColumn<QString>("cancel"); // Qt's own, from qtbase_xx.qm
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"),
                                       QStringLiteral("&Token"), QStringLiteral("&Hilfe")}
                        << QStringLiteral("Beschreibung") << QStringLiteral("Abbrechen");
    QTest::newRow("fr") << QStringLiteral("fr")
                        << QStringList{QStringLiteral("&Fichier"), QStringLiteral("Affic&hage"),
                                       QStringLiteral("&Jeton"), QStringLiteral("&Aide")}
                        << QStringLiteral("Description") << QStringLiteral("Annuler");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("&File"), QStringLiteral("&View"),
                                       QStringLiteral("&Token"), QStringLiteral("&Help")}
                        << QStringLiteral("Description") << QStringLiteral("Cancel");
}

void TestTranslations::windowSpeaksTheLanguage() {
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, descriptionHeader);
    QFETCH(QString, cancel);
    openWindow(language);
    QStringList titles;
    for (QAction *action : m_window->menuBar()->actions())
        titles.append(action->text());
    QCOMPARE(titles.mid(0, menus.size()), menus);
    QCOMPARE(
        m_table->model()->headerData(TokenTableModel::DescriptionColumn, Qt::Horizontal).toString(),
        descriptionHeader);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    // Plural forms: "%n day(s)" never shows as such.
    const QString days = QCoreApplication::translate("MainWindow", "%n day(s)", nullptr, 2);
    QVERIFY2(!days.contains(QLatin1Char('(')), qPrintable(days));
}

void TestTranslations::menuAcceleratorsAreUnique_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("en") << QStringLiteral("en");
}

// In each menu (and the menu bar), no two entries answer the same Alt+letter.
void TestTranslations::menuAcceleratorsAreUnique() {
    QFETCH(QString, language);
    openWindow(language);
    auto mnemonic = [](const QString &text) {
        const qsizetype at = QString(text)
                                 .replace(QLatin1String("&&"), QLatin1String("__"))
                                 .indexOf(QLatin1Char('&'));
        return at < 0 || at + 1 >= text.size() ? QChar() : text.at(at + 1).toLower();
    };
    QList<QWidget *> menus{m_window->menuBar()};
    for (QMenu *menu : m_window->findChildren<QMenu *>())
        menus.append(menu);
    for (QWidget *menu : menus) {
        QHash<QChar, QString> taken;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QChar letter = mnemonic(action->text());
            if (letter.isNull())
                continue;
            QVERIFY2(!taken.contains(letter),
                     qPrintable(QStringLiteral("%1 and %2 in %3")
                                    .arg(taken.value(letter), action->text(), menu->objectName())));
            taken.insert(letter, action->text());
        }
    }
}

void TestTranslations::nothingIsCut_data() {
    menuAcceleratorsAreUnique_data();
}

// German and French words are longer: at the first window's size every button and chip
// still shows its whole text, and every column header its title.
void TestTranslations::verifyButtonsShowTheirText(QWidget *parent) {
    for (QAbstractButton *button : parent->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(parent) || button->text().isEmpty())
            continue;
        const int text = button->fontMetrics().horizontalAdvance(
            QString(button->text()).remove(QLatin1Char('&')));
        QVERIFY2(button->width() >= text, qPrintable(QStringLiteral("%1 \"%2\": %3 < %4")
                                                         .arg(button->objectName(), button->text())
                                                         .arg(button->width())
                                                         .arg(text)));
    }
}

void TestTranslations::nothingIsCut() {
    QFETCH(QString, language);
    openWindow(language);
    verifyButtonsShowTheirText(m_window);
    // The filter chips fit without scrolling.
    auto *chips = m_window->findChild<QWidget *>(QStringLiteral("quickFilterBar"))
                      ->findChild<QScrollArea *>();
    QVERIFY(chips);
    QCOMPARE(chips->horizontalScrollBar()->maximum(), 0);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString title = m_table->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title),
                 qPrintable(title));
    }
}

void TestTranslations::dialogsShowTheirWholeText_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("action");
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")})
        for (const QString &action :
             {QStringLiteral("actionNewToken"), QStringLiteral("actionRevoke"),
              QStringLiteral("actionEditToken"), QStringLiteral("actionDisable"),
              QStringLiteral("actionRotateToken")})
            QTest::addRow("%s %s", qPrintable(language), qPrintable(action)) << language << action;
}

// The dialogs at their own size: every button shows its whole text. Pictures in temp.
void TestTranslations::dialogsShowTheirWholeText() {
    QFETCH(QString, language);
    QFETCH(QString, action);
    openWindow(language);
    m_window->selectToken(
        m_table->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString());
    m_window->findChild<QAction *>(action)->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>()) && dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    verifyButtonsShowTheirText(dialog);
    QVERIFY(
        dialog->grab().save(QDir::tempPath() + QStringLiteral("/%1-%2.png").arg(action, language)));
    dialog->reject();
}

void TestTranslations::datesFollowTheLocale() {
    openWindow(QStringLiteral("de"));
    const QDateTime at(QDate(2026, 12, 24), QTime(18, 30));
    QCOMPARE(TokenTableModel::displayDateTime(at), QStringLiteral("24.12.26 18:30"));
    QCOMPARE(QCoreApplication::translate("TokenStatus", "%1, + %n more", nullptr, 2)
                 .arg(QStringLiteral("db")),
             QStringLiteral("db, + 2 weitere"));
}

// With TOKENADMIN_SCREENSHOT_DIR set, saved as main-window-de.png for the README.
void TestTranslations::screenshot() {
    openWindow(QStringLiteral("de"));
    m_window->setConnectionChoices({}, QStringLiteral("sandbox:"));
    m_window->selectToken(
        m_table->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap window = m_window->grab();
    QVERIFY(!window.isNull());
    const QString dir = qEnvironmentVariable("TOKENADMIN_SCREENSHOT_DIR", QDir::tempPath());
    QVERIFY(window.save(dir + QStringLiteral("/main-window-de.png")));
    stopWindow();
    openWindow(QStringLiteral("fr"));
    m_window->setConnectionChoices({}, QStringLiteral("sandbox:"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(m_window->grab().save(QDir::tempPath() + QStringLiteral("/main-window-fr.png")));
}

QTEST_MAIN(TestTranslations)
#include "tst_Translations.moc"
