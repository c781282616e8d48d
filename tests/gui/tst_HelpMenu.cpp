// The Help menu of the real window: the keyboard shortcuts sheet read from the window's own
// actions, the About box, and diagnostic information that carries no token, secret or ID.
#include "AboutDialog.h"
#include "DiagnosticReport.h"
#include "ErrorHistory.h"
#include "KeyboardShortcutsDialog.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "TokenSession.h"
#include "TokenTableModel.h"
#include "WindowFixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

class TestHelpMenu : public QObject, WindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void helpMenuOffersItsThreeActions();
    void shortcutsSheetListsEveryShortcutOfTheWindow();
    void shortcutsSheetFollowsTheActions();
    void aboutShowsVersionQtAndLicence();
    void diagnosticsCarryNoTokenSecretOrId();
    void withoutSecretsRedactsTokensAndIds();
    void connectionKindNamesNoConnection();
    void screenshots();

private:
    // Triggers the Help menu's action and returns the dialog it opened (not modal-run).
    template <typename Dialog> Dialog *openFromHelp(const QString &actionName);
    // What the sheet lists: action object name → shortcut text.
    static QHash<QString, QString> listedShortcuts(KeyboardShortcutsDialog *dialog);
};

void TestHelpMenu::initTestCase() {
    setUpApplication(QStringLiteral("tst_helpmenu"));
}

void TestHelpMenu::init() {
    setUpFixture();
    Endpoint endpoint = m_sandbox->endpoint();
    endpoint.name = QStringLiteral("Sandbox"); // as main.cpp names it
    createMainWindow({.endpoint = endpoint, .size = {1100, 700}});
    m_window->setConnectionChoices({}, QStringLiteral("sandbox:")); // as main.cpp does
    showMainWindow();
    QTRY_VERIFY(m_window->session()->model()->rowCount() > 0);
}

void TestHelpMenu::cleanup() {
    tearDownFixture();
}

template <typename Dialog> Dialog *TestHelpMenu::openFromHelp(const QString &actionName) {
    auto *action = m_window->findChild<QAction *>(actionName);
    if (!action)
        return nullptr;
    action->trigger(); // returns at once: the dialog is opened with open(), not run
    Dialog *dialog = m_window->findChild<Dialog *>();
    if (!dialog || !dialog->isVisible() || !dialog->isModal())
        return nullptr;
    return dialog;
}

QHash<QString, QString> TestHelpMenu::listedShortcuts(KeyboardShortcutsDialog *dialog) {
    QHash<QString, QString> listed;
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
    for (int group = 0; tree && group < tree->topLevelItemCount(); ++group) {
        const QTreeWidgetItem *groupItem = tree->topLevelItem(group);
        for (int row = 0; row < groupItem->childCount(); ++row) {
            const QTreeWidgetItem *item = groupItem->child(row);
            listed.insert(item->data(0, Qt::UserRole).toString(), item->text(1));
        }
    }
    return listed;
}

void TestHelpMenu::helpMenuOffersItsThreeActions() {
    auto *help = m_window->findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QCOMPARE(m_window->menuBar()->actions().constLast(), help->menuAction()); // Help comes last
    QStringList names;
    for (const QAction *action : help->actions())
        if (!action->isSeparator())
            names << action->objectName();
    QCOMPARE(names,
             QStringList({QStringLiteral("actionKeyboardShortcuts"),
                          QStringLiteral("actionCopyDiagnostics"), QStringLiteral("actionAbout")}));
    // Every one can be found by a screen reader (its text) and by the keyboard (a mnemonic).
    for (const QAction *action : help->actions())
        if (!action->isSeparator())
            QVERIFY2(action->text().contains(QLatin1Char('&')), qPrintable(action->text()));
}

void TestHelpMenu::shortcutsSheetListsEveryShortcutOfTheWindow() {
    auto *dialog = openFromHelp<KeyboardShortcutsDialog>(QStringLiteral("actionKeyboardShortcuts"));
    QVERIFY(dialog);
    const QHash<QString, QString> listed = listedShortcuts(dialog);
    // Every action of the window with a shortcut is there, with all of its keys.
    int withShortcuts = 0;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        QList<QKeySequence> keys = action->shortcuts();
        keys.removeAll(QKeySequence()); // a standard key this platform does not bind
        if (keys.isEmpty() || action->menu())
            continue;
        ++withShortcuts;
        QVERIFY2(listed.contains(action->objectName()), qPrintable(action->objectName()));
        for (const QKeySequence &key : keys)
            QVERIFY2(
                listed.value(action->objectName()).contains(key.toString(QKeySequence::NativeText)),
                qPrintable(action->objectName() + QLatin1String(": ") +
                           listed.value(action->objectName())));
    }
    QVERIFY(withShortcuts >= 10);
    QCOMPARE(listed.size(), withShortcuts);
    QCOMPARE(listed.value(QStringLiteral("actionRevoke")),
             QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText));
    // Listed under the menu it is in, by the text a person reads there.
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
    const QList<QTreeWidgetItem *> revoke =
        tree->findItems(QStringLiteral("Revoke token"), Qt::MatchExactly | Qt::MatchRecursive, 0);
    QCOMPARE(revoke.size(), 1);
    QCOMPARE(revoke.first()->parent()->text(0), QStringLiteral("Token"));
    QVERIFY(!tree->accessibleName().isEmpty());

    auto *close = dialog->findChild<QPushButton *>(QStringLiteral("closeButton"));
    QVERIFY(close);
    QPointer<KeyboardShortcutsDialog> gone(dialog);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!gone);
}

void TestHelpMenu::shortcutsSheetFollowsTheActions() {
    // A shortcut changed or added after the window was made shows in the next sheet.
    auto *refresh = m_window->findChild<QAction *>(QStringLiteral("actionRefresh"));
    refresh->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    auto *added = new QAction(QStringLiteral("&Something new…"), m_window);
    added->setObjectName(QStringLiteral("actionSomethingNew"));
    added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_window->findChild<QMenu *>(QStringLiteral("fileMenu"))->addAction(added);

    auto *dialog = openFromHelp<KeyboardShortcutsDialog>(QStringLiteral("actionKeyboardShortcuts"));
    QVERIFY(dialog);
    const QHash<QString, QString> listed = listedShortcuts(dialog);
    QVERIFY2(listed.value(QStringLiteral("actionRefresh"))
                 .contains(QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText)),
             qPrintable(listed.value(QStringLiteral("actionRefresh"))));
    QCOMPARE(listed.value(QStringLiteral("actionSomethingNew")),
             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N).toString(QKeySequence::NativeText));
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
    QCOMPARE(
        tree->findItems(QStringLiteral("Something new"), Qt::MatchExactly | Qt::MatchRecursive, 0)
            .size(),
        1);
}

void TestHelpMenu::aboutShowsVersionQtAndLicence() {
    auto *dialog = openFromHelp<AboutDialog>(QStringLiteral("actionAbout"));
    QVERIFY(dialog);
    auto text = [dialog](const char *name) {
        auto *label = dialog->findChild<QLabel *>(QLatin1String(name));
        if (!label)
            return QStringLiteral("(no %1)").arg(QLatin1String(name));
        // A value is read by a screen reader as what it says, not as a caption.
        return label->accessibleName() == label->text() ? label->text()
                                                        : QStringLiteral("(name ≠ text)");
    };
    QVERIFY2(text("aboutVersion").contains(QLatin1String(TOKENADMIN_TEST_VERSION)),
             qPrintable(text("aboutVersion")));
    QVERIFY2(text("aboutQtVersion").contains(QLatin1String(qVersion())),
             qPrintable(text("aboutQtVersion")));
    QVERIFY2(text("aboutLicence").contains(QLatin1String("Apache License, Version 2.0")),
             qPrintable(text("aboutLicence")));
    QPointer<AboutDialog> gone(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!gone);
}

void TestHelpMenu::diagnosticsCarryNoTokenSecretOrId() {
    TokenSession *session = m_window->session();
    const QString managementToken = m_sandbox->managementToken();
    QVERIFY(managementToken.size() >= 16);

    // A token is created: its secret passes through the session's signals.
    QString secret;
    QString createdId;
    QSignalSpy created(session, &TokenSession::createFinished);
    NewToken request;
    request.description = QStringLiteral("diagnostics test");
    request.permissions = {Permission{QStringLiteral("read"), QStringLiteral("db1")}};
    session->create(request);
    QTRY_COMPARE(created.size(), 1);
    createdId = created.first().at(0).value<Token>().id;
    secret = created.first().at(1).toString();
    QVERIFY(secret.size() > 40);

    // A revoke of a token the server does not have: 404, about that ID.
    const QString missingId = QStringLiteral("4f6c3b9e-1d2a-4c7b-9e8f-0a1b2c3d4e5f");
    QSignalSpy revoked(session, &TokenSession::revokeFinished);
    session->revoke(missingId);
    QTRY_COMPARE(revoked.size(), 1);
    QVERIFY(revoked.first().at(1).value<ApiError>().isHttp(404));

    // A list whose date is the secret (quoted by the decode error), then a hostile server that
    // repeats the management token in its error.
    SandboxFault wrongDate;
    wrongDate.kind = SandboxFault::Kind::WrongShape;
    wrongDate.method = "GET";
    wrongDate.path = QRegularExpression(QStringLiteral("/tokens$"));
    wrongDate.count = 1;
    wrongDate.status = 200;
    wrongDate.body = QStringLiteral(R"([{"id":"%1","accountId":"%2","clusterId":"%3",)"
                                    R"("description":"x","permissions":[],"createdAt":"%4"}])")
                         .arg(createdId, m_sandbox->accountId(), m_sandbox->clusterId(), secret)
                         .toUtf8();
    m_sandbox->addFault(wrongDate);
    QSignalSpy failed(session, &TokenSession::refreshFailed);
    session->refresh();
    QTRY_COMPARE(failed.size(), 1);
    QTRY_VERIFY(!session->isBusy());
    SandboxFault echo;
    echo.kind = SandboxFault::Kind::EchoAuthorization;
    echo.method = "GET";
    echo.path = QRegularExpression(QStringLiteral("/tokens$"));
    echo.count = 1;
    echo.status = 400;
    m_sandbox->addFault(echo);
    session->refresh();
    QTRY_COMPARE(failed.size(), 2);
    QTRY_VERIFY(!session->isBusy());

    QApplication::clipboard()->clear();
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionCopyDiagnostics"));
    QVERIFY(action);
    action->trigger();
    const QString report = QApplication::clipboard()->text();
    QVERIFY(!report.isEmpty());
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());

    // What it is for.
    QVERIFY2(report.contains(QStringLiteral("Token Admin %1").arg(TOKENADMIN_TEST_VERSION)),
             qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("Qt %1").arg(QLatin1String(qVersion()))),
             qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("Platform: ")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("Connection: sandbox; InfluxDB 3 Cloud Dedicated; "
                                           "http to a loopback host")),
             qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("revoke a token: HTTP 404")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("list tokens: bad response 200")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("list tokens: HTTP 400")), qPrintable(report));

    // What it must never carry: no part of a secret, no ID.
    const QStringList forbidden = {
        managementToken,           managementToken.left(16),
        managementToken.right(16), secret.mid(6, 16), // after the "apiv1_" every secret has
        secret.mid(20, 16),        createdId,
        createdId.left(8),         missingId.left(8),
        m_sandbox->accountId(),    m_sandbox->clusterId()};
    for (const QString &text : forbidden)
        QVERIFY2(!report.contains(text), qPrintable(text + QLatin1String(" in:\n") + report));
}

void TestHelpMenu::withoutSecretsRedactsTokensAndIds() {
    const QString management = QStringLiteral("mgmt-Token-With-No-Digits-At-All");
    QCOMPARE(
        withoutSecrets(QStringLiteral("refused %1 as Bearer abcdef").arg(management), management),
        QStringLiteral("refused [redacted] as Bearer [redacted]"));
    QCOMPARE(withoutSecrets(QStringLiteral("token 6a4b2c1d-0000-4000-8000-123456789abc not "
                                           "found; createdAt: \"apiv1_Zk3xQ9_abcdefghijklmn\""),
                            QString()),
             QStringLiteral("token [redacted] not found; createdAt: \"[redacted]\""));
    // Words, host names and short numbers stay readable.
    QCOMPARE(withoutSecrets(QStringLiteral("Connection refused by console.influxdata.com:443 "
                                           "after 30000 ms (internationalization)"),
                            QString()),
             QStringLiteral("Connection refused by console.influxdata.com:443 after 30000 ms "
                            "(internationalization)"));
}

// How the connection was made, never which one: no profile name, no UUID.
void TestHelpMenu::connectionKindNamesNoConnection() {
    QCOMPARE(connectionKindOf(QStringLiteral("sandbox:")), QStringLiteral("sandbox"));
    QCOMPARE(connectionKindOf(QStringLiteral("influxctl:prod-eu")),
             QStringLiteral("influxctl profile"));
    QCOMPARE(connectionKindOf(QStringLiteral("saved:6a4b2c1d-0000-4000-8000-123456789abc")),
             QStringLiteral("saved connection"));
    QCOMPARE(connectionKindOf(QStringLiteral("command-line:")), QStringLiteral("command line"));
    QCOMPARE(connectionKindOf(QStringLiteral("something:else")), QStringLiteral("other"));
    QCOMPARE(connectionKindOf(QString()), QStringLiteral("none"));
}

// Renders the sheet and the About box; with TOKENADMIN_SCREENSHOT_DIR set, saves them there.
void TestHelpMenu::screenshots() {
    const QString dir = qEnvironmentVariable("TOKENADMIN_SCREENSHOT_DIR", QDir::tempPath());
    auto *sheet = openFromHelp<KeyboardShortcutsDialog>(QStringLiteral("actionKeyboardShortcuts"));
    QVERIFY(sheet);
    QVERIFY(sheet->grab().save(dir + QStringLiteral("/keyboard-shortcuts.png")));
    sheet->close();
    auto *about = openFromHelp<AboutDialog>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    QVERIFY(about->grab().save(dir + QStringLiteral("/about.png")));
}

QTEST_MAIN(TestHelpMenu)
#include "tst_HelpMenu.moc"
