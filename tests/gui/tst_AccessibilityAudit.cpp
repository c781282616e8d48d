#include "ConnectionController.h"
#include "ConnectionManagerDialog.h"
#include "CreateTokenDialog.h"
#include "CredentialStore.h"
#include "EditTokenDialog.h"
#include "MainWindow.h"
#include "RevokeTokenDialog.h"
#include "SandboxServer.h"
#include "TokenDetailsPanel.h"
#include "TokenSecretDialog.h"
#include "TokenSession.h"
#include "TokenTableModel.h"
#include "WindowFixture.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace {

// Every accessibility alert sent while a test runs: what a screen reader would be told to say.
struct Alert {
    QPointer<QObject> object;
    QString name;
};
QList<Alert> recordedAlerts;

void recordAlerts(QAccessibleEvent *event) {
    if (event->type() != QAccessible::Alert)
        return;
    QAccessibleInterface *accessible = event->accessibleInterface();
    recordedAlerts.append(
        {event->object(), accessible ? accessible->text(QAccessible::Name) : QString()});
}

QString describe(const QWidget *widget) {
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

// What a label shows as text, as its accessible name would say it (mnemonic marks dropped).
QString shownText(const QLabel *label) {
    QString text = label->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text;
}

} // namespace

// Walks the accessible tree (in-process, the QAccessible API a screen reader's bridge reads)
// of the main window and of every dialog in each state, and walks their Tab order.
class TestAccessibilityAudit : public QObject, WindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void mainWindowIdleBusyAndError();
    void mainWindowTabLeavesTheTable();
    void detailsPanelValuesAreReadAsThemselves();
    void revokeDialogIdleAndExpanded();
    void revokeDialogBusyThenErrorIsAnnounced();
    void revokeOutcomeIsAnnouncedInTheStatusBar();
    void createDialogIdleBusyAndError();
    void editDialogIdleAndError();
    void editReviewOfTheServersVersionIsAnnounced();
    void secretDialog();
    void connectionManagerIdleAndProblem();

private:
    // The audit: every failure found in `root` as one line each.
    QStringList auditTree(QWidget *root) const;
    // The widgets Tab visits from the focus widget, once round; a trap or a skip is a failure.
    QStringList auditTabOrder(QWidget *window, QList<QWidget *> *visited = nullptr) const;
    void audit(QWidget *root, const QString &state);
    bool announced(QObject *object, const QString &text) const;
    template <typename T> T *openDialog(const QString &actionName);

    QTableView *m_table = nullptr;
};

void TestAccessibilityAudit::initTestCase() {
    setUpApplication(QStringLiteral("tst_accessibilityaudit"));
    // As when a screen reader is running: events are sent, and here recorded.
    // Qt's accessibility is active once the AT-SPI bus answers (ctest runs this suite so).
    QTRY_VERIFY2(QAccessible::isActive(),
                 "accessibility is not active: run through ctest (Xvfb, D-Bus, AT-SPI bus)");
    QAccessible::installUpdateHandler(recordAlerts);
}

void TestAccessibilityAudit::init() {
    recordedAlerts.clear();
    setUpFixture();
    Endpoint endpoint = m_sandbox->endpoint();
    endpoint.name = QStringLiteral("Sandbox");
    createMainWindow({.endpoint = endpoint, .size = {1360, 760}});
    m_window->setConnectionChoices({}, QStringLiteral("sandbox:"));
    showMainWindow();
    // There is no window manager on this X server: Qt is told which window is active.
    QApplication::setActiveWindow(m_window);
    m_table = tokenTable();
    QTRY_VERIFY(m_table->model()->rowCount() > 0);
    QTRY_VERIFY(!m_window->session()->isBusy());
}

void TestAccessibilityAudit::cleanup() {
    tearDownFixture();
}

QStringList TestAccessibilityAudit::auditTree(QWidget *root) const {
    QStringList failures;
    // Depth first over the accessible tree. Tables expose every cell: a few rows tell enough.
    std::function<void(QAccessibleInterface *, int)> walk = [&](QAccessibleInterface *node,
                                                                int depth) {
        if (!node || !node->isValid() || depth > 40)
            return;
        const QAccessible::State state = node->state();
        if (state.invisible)
            return;
        const QString name = node->text(QAccessible::Name);
        auto *widget = qobject_cast<QWidget *>(node->object());
        const QString what = widget ? describe(widget)
                                    : QStringLiteral("%1 (role %2) in %3")
                                          .arg(node->text(QAccessible::Value))
                                          .arg(int(node->role()))
                                          .arg(node->parent() && node->parent()->object()
                                                   ? node->parent()->object()->objectName()
                                                   : QString());
        if (state.focusable && !state.disabled && name.trimmed().isEmpty() &&
            node->role() != QAccessible::Cell && node->role() != QAccessible::Row)
            failures.append(QStringLiteral("focusable control without a name: ") + what);
        if (auto *label = qobject_cast<QLabel *>(widget);
            label && !shownText(label).isEmpty() && !name.contains(shownText(label)))
            failures.append(QStringLiteral("label named \"%1\" hides its text \"%2\": %3")
                                .arg(name, shownText(label), what));
        const int children = node->childCount();
        const bool table = node->tableInterface();
        for (int i = 0; i < children && (!table || i < 40); ++i)
            walk(node->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(root), 0);
    return failures;
}

QStringList TestAccessibilityAudit::auditTabOrder(QWidget *window,
                                                  QList<QWidget *> *visited) const {
    QStringList failures;
    // What Tab should reach: every visible, enabled widget that takes focus by Tab.
    QList<QWidget *> expected;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() != window || !widget->isVisible() || !widget->isEnabled() ||
            !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        expected.append(widget);
    }
    QWidget *start = QApplication::focusWidget();
    if (!start || start->window() != window) {
        failures.append(QStringLiteral("no focus in %1").arg(describe(window)));
        return failures;
    }
    QList<QWidget *> order{start};
    for (int press = 0; press < expected.size() + 2; ++press) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *after = QApplication::focusWidget();
        if (after == before) {
            failures.append(QStringLiteral("Tab is trapped in ") + describe(before));
            break;
        }
        if (after == start)
            break;
        if (order.contains(after)) {
            failures.append(QStringLiteral("Tab goes round without coming back to ") +
                            describe(start));
            break;
        }
        order.append(after);
    }
    if (failures.isEmpty()) {
        for (QWidget *widget : expected)
            if (!order.contains(widget))
                failures.append(QStringLiteral("Tab skips ") + describe(widget));
        // Shift+Tab goes back the same way.
        QWidget *last = order.last();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        if (QApplication::focusWidget() != last)
            failures.append(QStringLiteral("Shift+Tab does not go back to ") + describe(last));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    if (visited)
        *visited = order;
    return failures;
}

void TestAccessibilityAudit::audit(QWidget *root, const QString &state) {
    const QStringList failures = auditTree(root);
    QVERIFY2(failures.isEmpty(),
             qPrintable(state + QStringLiteral(":\n  ") + failures.join(QStringLiteral("\n  "))));
}

bool TestAccessibilityAudit::announced(QObject *object, const QString &text) const {
    for (const Alert &alert : recordedAlerts)
        if (alert.object == object && alert.name.contains(text))
            return true;
    return false;
}

template <typename T> T *TestAccessibilityAudit::openDialog(const QString &actionName) {
    m_window->findChild<QAction *>(actionName)->trigger();
    T *dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = m_window->findChild<T *>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QApplication::setActiveWindow(dialog);
    }();
    return dialog;
}

void TestAccessibilityAudit::mainWindowIdleBusyAndError() {
    m_window->selectToken(firstActiveToken().id);
    audit(m_window, QStringLiteral("main window, idle"));

    // Busy: a refresh on its way.
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.method = "GET";
    slow.path = QRegularExpression(QStringLiteral("/tokens$")); // the list, not the databases
    slow.delay = std::chrono::milliseconds(300);
    slow.count = 1;
    m_sandbox->addFault(slow);
    m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("busyIndicator"))->isVisible());
    audit(m_window, QStringLiteral("main window, refreshing"));
    QTRY_VERIFY(!m_window->session()->isBusy());

    // Error: the refresh fails; the message bar says why and a screen reader is told.
    SandboxFault failing;
    failing.kind = SandboxFault::Kind::Status;
    failing.method = "GET";
    failing.path = QRegularExpression(QStringLiteral("/tokens$"));
    failing.status = 500;
    failing.count = 1;
    m_sandbox->addFault(failing);
    recordedAlerts.clear();
    m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    auto *text = m_window->findChild<QLabel *>(QStringLiteral("messageBarText"));
    QTRY_VERIFY(text->isVisible());
    QVERIFY(announced(text, QStringLiteral("Could not load the tokens")));
    // An alert to AT-SPI too, whose bridge passes the role and its showing on.
    QCOMPARE(QAccessible::queryAccessibleInterface(text)->role(), QAccessible::AlertMessage);
    audit(m_window, QStringLiteral("main window, refresh failed"));
}

void TestAccessibilityAudit::mainWindowTabLeavesTheTable() {
    m_window->selectToken(firstActiveToken().id);
    m_table->setFocus(Qt::TabFocusReason);
    QList<QWidget *> order;
    const QStringList failures = auditTabOrder(m_window, &order);
    QVERIFY(!m_table->tabKeyNavigation()); // else Tab walks the cells
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(order.contains(m_window->findChild<QLineEdit *>(QStringLiteral("searchField"))));
}

void TestAccessibilityAudit::detailsPanelValuesAreReadAsThemselves() {
    const Token token = firstActiveToken();
    m_window->selectToken(token.id);
    auto *details = m_window->findChild<TokenDetailsPanel *>(QStringLiteral("detailsPanel"));
    QTRY_COMPARE(details->tokenId(), token.id);
    const QString names[] = {QStringLiteral("detailsId"), QStringLiteral("detailsDescription"),
                             QStringLiteral("detailsStatus"), QStringLiteral("detailsCreated")};
    for (const QString &objectName : names) {
        auto *value = details->findChild<QLabel *>(objectName);
        QVERIFY(value);
        QCOMPARE(QAccessible::queryAccessibleInterface(value)->text(QAccessible::Name),
                 value->text());
        // Its caption stays with it, as buddy.
        QVERIFY(!QAccessible::queryAccessibleInterface(value)
                     ->text(QAccessible::Description)
                     .isEmpty());
    }
    QCOMPARE(QAccessible::queryAccessibleInterface(
                 details->findChild<QLabel *>(QStringLiteral("detailsId")))
                 ->text(QAccessible::Name),
             token.id);
    audit(m_window, QStringLiteral("main window, details shown"));
}

void TestAccessibilityAudit::revokeDialogIdleAndExpanded() {
    const Token token = firstActiveToken();
    m_window->selectToken(token.id);
    auto *dialog = openDialog<RevokeTokenDialog>(QStringLiteral("actionRevoke"));
    QVERIFY(dialog);
    audit(dialog, QStringLiteral("revoke dialog, idle"));
    // Which token: the dialog says its ID and description as it opens.
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(dialog);
    QVERIFY(accessible->text(QAccessible::Description).contains(token.id));
    QVERIFY(accessible->text(QAccessible::Description).contains(token.description));

    auto *toggle = dialog->findChild<QToolButton *>(QStringLiteral("detailsToggle"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("idValue"))->isVisible());
    audit(dialog, QStringLiteral("revoke dialog, details shown"));
    QCOMPARE(QAccessible::queryAccessibleInterface(
                 dialog->findChild<QLabel *>(QStringLiteral("idValue")))
                 ->text(QAccessible::Name),
             token.id);

    // Tab follows what is seen: fields, See more details (and what it shows), the checkbox,
    // the buttons.
    dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"))
        ->setFocus(Qt::TabFocusReason);
    QList<QWidget *> order;
    const QStringList failures = auditTabOrder(dialog, &order);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QStringList names;
    for (QWidget *widget : order)
        names.append(widget->objectName());

    const QStringList seen{QStringLiteral("descriptionField"), QStringLiteral("expiryField"),
                           QStringLiteral("detailsToggle"),    QStringLiteral("idValue"),
                           QStringLiteral("permissionsValue"), QStringLiteral("createdValue"),
                           QStringLiteral("riskCheckBox"),     QStringLiteral("cancelButton")};
    // Revoke Token is disabled until the box is ticked.
    QCOMPARE(names, seen);
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox")),
                      Qt::LeftButton);
    dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"))->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("revokeButton"));
}

void TestAccessibilityAudit::revokeDialogBusyThenErrorIsAnnounced() {
    const Token token = firstActiveToken();
    m_window->selectToken(token.id);
    auto *dialog = openDialog<RevokeTokenDialog>(QStringLiteral("actionRevoke"));
    QVERIFY(dialog);
    // The token is gone from the server, answered late enough to see the dialog busy.
    QVERIFY(m_sandbox->removeToken(token.id));
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.method = "DELETE";
    slow.delay = std::chrono::milliseconds(300);
    slow.count = 1;
    m_sandbox->addFault(slow);
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox")),
                      Qt::LeftButton);
    recordedAlerts.clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("busyLabel"))->isVisible());
    audit(dialog, QStringLiteral("revoke dialog, revoking"));

    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    // Read as what it says, announced, and focus on Cancel, not on "See more details".
    QCOMPARE(QAccessible::queryAccessibleInterface(error)->text(QAccessible::Name), error->text());
    QCOMPARE(QAccessible::queryAccessibleInterface(error)->role(), QAccessible::AlertMessage);
    QVERIFY2(announced(error, QStringLiteral("no longer exists")),
             qPrintable(QString::number(recordedAlerts.size())));
    QCOMPARE(QApplication::focusWidget(),
             dialog->findChild<QWidget *>(QStringLiteral("cancelButton")));
    audit(dialog, QStringLiteral("revoke dialog, error"));
    const QStringList failures = auditTabOrder(dialog);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestAccessibilityAudit::revokeOutcomeIsAnnouncedInTheStatusBar() {
    const Token token = firstActiveToken();
    m_window->selectToken(token.id);
    auto *dialog = openDialog<RevokeTokenDialog>(QStringLiteral("actionRevoke"));
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox")),
                      Qt::LeftButton);
    recordedAlerts.clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Revoked")));
    QVERIFY(announced(m_window->statusBar(), QStringLiteral("Revoked token")));
    QVERIFY(announced(m_window->statusBar(), token.id));
}

void TestAccessibilityAudit::createDialogIdleBusyAndError() {
    auto *dialog = openDialog<CreateTokenDialog>(QStringLiteral("actionNewToken"));
    QVERIFY(dialog);
    QTRY_VERIFY(!m_window->session()->isBusy()); // the database list
    audit(dialog, QStringLiteral("create dialog, idle"));
    QStringList failures = auditTabOrder(dialog);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    // The answer is read by the event loop: until then the dialog is busy.
    SandboxFault refused;
    refused.kind = SandboxFault::Kind::Status;
    refused.method = "POST";
    refused.status = 500;
    refused.count = 1;
    m_sandbox->addFault(refused);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField")),
                     QStringLiteral("Audit"));
    // Enter with no permission chosen: nothing is sent, what is missing is announced.
    recordedAlerts.clear();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto *missing = dialog->findChild<QLabel *>(QStringLiteral("permissionsProblem"));
    QVERIFY(missing->isVisible());
    QVERIFY(announced(missing, QStringLiteral("Choose a database")));
    QVERIFY(!m_window->session()->isCreating());
    audit(dialog, QStringLiteral("create dialog, no permission chosen"));
    dialog->findChild<QComboBox *>(QStringLiteral("permissionDatabase"))
        ->setEditText(QStringLiteral("telemetry"));
    recordedAlerts.clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("busyIndicator"))->isVisible());
    audit(dialog, QStringLiteral("create dialog, creating"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(announced(error, QStringLiteral("not created")));
    QVERIFY(QApplication::focusWidget() &&
            QApplication::focusWidget()->objectName() == QLatin1String("createButton"));
    audit(dialog, QStringLiteral("create dialog, error"));
    failures = auditTabOrder(dialog);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestAccessibilityAudit::editDialogIdleAndError() {
    m_window->selectToken(firstActiveToken().id);
    auto *dialog = openDialog<EditTokenDialog>(QStringLiteral("actionEditToken"));
    QVERIFY(dialog);
    QTRY_VERIFY(!m_window->session()->isBusy());
    audit(dialog, QStringLiteral("edit dialog, idle"));
    QStringList failures = auditTabOrder(dialog);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    SandboxFault refused;
    refused.kind = SandboxFault::Kind::Status;
    refused.method = "PATCH";
    refused.status = 400;
    refused.count = 1;
    m_sandbox->addFault(refused);
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral(" edited"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reviewButton")),
                      Qt::LeftButton);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QTRY_VERIFY(save->isVisible() && save->isEnabled());
    audit(dialog, QStringLiteral("edit dialog, review"));
    recordedAlerts.clear();
    QTest::mouseClick(save, Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(announced(error, QStringLiteral("refused the changes")));
    QCOMPARE(QApplication::focusWidget(), description);
    audit(dialog, QStringLiteral("edit dialog, error"));
}

void TestAccessibilityAudit::editReviewOfTheServersVersionIsAnnounced() {
    const Token target = firstActiveToken();
    m_window->selectToken(target.id);
    auto *dialog = openDialog<EditTokenDialog>(QStringLiteral("actionEditToken"));
    QVERIFY(dialog);
    QTRY_VERIFY(!m_window->session()->isBusy());
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral(" edited"));
    auto *review = dialog->findChild<QPushButton *>(QStringLiteral("reviewButton"));

    // Changed on the server by someone else: the review, read from the server, says so aloud.
    QList<Token> tokens = m_sandbox->tokens();
    for (Token &token : tokens)
        if (token.id == target.id)
            token.permissions.clear();
    m_sandbox->setTokens(tokens);
    recordedAlerts.clear();
    QTest::mouseClick(review, Qt::LeftButton);
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("serverChangedNote"));
    QTRY_VERIFY(note->isVisible());
    QVERIFY(announced(note, QStringLiteral("changed on the server")));
    audit(dialog, QStringLiteral("edit dialog, review of a version changed elsewhere"));

    // Gone from the server when the review reads it: the error is announced.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("backButton")),
                      Qt::LeftButton);
    QVERIFY(m_sandbox->removeToken(target.id));
    recordedAlerts.clear();
    QTest::mouseClick(review, Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(announced(error, QStringLiteral("no longer exists")));
    audit(dialog, QStringLiteral("edit dialog, token gone"));
    const QStringList failures = auditTabOrder(dialog);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestAccessibilityAudit::secretDialog() {
    auto *create = openDialog<CreateTokenDialog>(QStringLiteral("actionNewToken"));
    QVERIFY(create);
    QTRY_VERIFY(!m_window->session()->isBusy());
    QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("descriptionField")),
                     QStringLiteral("Audit"));
    create->findChild<QComboBox *>(QStringLiteral("permissionDatabase"))
        ->setEditText(QStringLiteral("telemetry"));
    QTest::mouseClick(create->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    TokenSecretDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<TokenSecretDialog *>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QApplication::setActiveWindow(dialog);
    audit(dialog, QStringLiteral("secret dialog"));
    const QStringList failures = auditTabOrder(dialog);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestAccessibilityAudit::connectionManagerIdleAndProblem() {
    CredentialStore credentials(QStringLiteral("Token Admin accessibility test"));
    ConnectionController controller(&credentials);
    controller.load(QDir::temp().filePath(QStringLiteral("no-such-influxctl-config.toml")));
    ConnectionManagerDialog dialog(&controller);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    audit(&dialog, QStringLiteral("connection manager, empty"));
    // A problem said from outside (a refused token, a failed open) is announced.
    const QString problem = QStringLiteral("The server refused the management token.");
    dialog.showProblem(problem);
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("connectProblem"));
    QVERIFY(label->isVisible());
    QVERIFY(announced(label, problem));
    audit(&dialog, QStringLiteral("connection manager, problem"));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("newConnectionButton")),
                      Qt::LeftButton);
    audit(&dialog, QStringLiteral("connection manager, new connection"));
    QStringList failures = auditTabOrder(&dialog);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibilityAudit)
#include "tst_AccessibilityAudit.moc"
