#include "ConnectionController.h"
#include "ConnectionManagerDialog.h"
#include "ConnectionStore.h"
#include "CreateTokenDialog.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "RevokeTokenDialog.h"
#include "SandboxServer.h"
#include "TokenFilterModel.h"
#include "TokenRowDelegate.h"
#include "TokenSession.h"
#include "TokenTableModel.h"
#include "Translations.h"
#include "WindowFixture.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace std::chrono_literals;

// Drives the real window against the sandbox over loopback HTTP, as a user would: type,
// click the row's ⋮, choose Revoke, tick, press; then asks the sandbox what it received.
class TestMainWindow : public QObject, WindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsTheActiveTokensSortedById();
    void searchFiltersAsYouType();
    void showInactiveRevealsRevokedAndExpired();
    void revokeThroughTheOptionsMenu();
    void revokeKeepsItsTargetThroughSortFilterAndRefresh();
    void revokeSendsOnceWhateverTheClicks();
    void revokeInFlightCannotBeCancelled();
    void revokeOutcomeReachesTheStatusBarWithoutTheDialog();
    void revokeOnAServerThatHidesRevokedTokens();
    void revokeOfATokenGoneFromTheServer();
    void revokeErrorKeepsTheListAndSaysWhy();
    void keyboardOnlyRevoke();
    void contextMenuAndMenuKeyOfferTheSameActions();
    void revokeDisabledForRevokedToken();
    void copyTokenId();
    void refreshFailureShowsRetry();
    void refreshKeepsSelection();
    void detailsFollowTheSelection();
    void enterAndDoubleClickFocusTheDetailsCtrlFTheSearch();
    void accessibleNamesAndCells();
    void remembersSortAndColumnsBetweenRuns();
    void selectionTakesTheLeavingRowsPlace_data();
    void selectionTakesTheLeavingRowsPlace();
    void selectionAfterARefreshOrAFilter();
    void tabLeavesTheTableArrowsMoveWithin();
    void columnsFitTheWidthAndTheFont();
    void detailsPanelHidesAndIsRemembered();
    void firstWindowFitsTheScreen();
    void emptyStatesSayWhyAndOfferTheWayOut();
    void emptyStatesLoadingNoTokensNotConnected();
    void escapeClearsTheSearchTitleAndSandboxBand();
    void inactiveRowsAreDimmed();
    void screenshotsOfTheNewStates();
    void connectDialogChecksWhatItSends();
    void screenshots();

private:
    QModelIndex rowOf(const QString &tokenId, int column = 0) const;
    void clickOptions(const QString &tokenId);
    void chooseFromMenu(const QString &actionName);
    RevokeTokenDialog *openRevokeDialogFor(const QString &tokenId);

    QTableView *m_table = nullptr;
};

void TestMainWindow::initTestCase() {
    installTranslations(QLocale(QLocale::English));
    setUpApplication(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init() {
    setUpFixture();
    Endpoint endpoint = m_sandbox->endpoint();
    endpoint.name = QStringLiteral("Sandbox"); // as main.cpp names and marks it
    endpoint.sandbox = true;
    createMainWindow({.endpoint = endpoint, .size = {1360, 760}});
    m_window->setConnectionChoices({}, QStringLiteral("sandbox:")); // as main.cpp does
    showMainWindow();
    waitForRows();
    m_table = tokenTable();
    m_sandbox->clearReceivedRequests();
}

void TestMainWindow::cleanup() {
    tearDownFixture();
}

QModelIndex TestMainWindow::rowOf(const QString &tokenId, int column) const {
    const QAbstractItemModel *model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(TokenTableModel::TokenIdRole).toString() == tokenId)
            return index;
    }
    return {};
}

void TestMainWindow::clickOptions(const QString &tokenId) {
    const QModelIndex options = rowOf(tokenId, TokenTableModel::OptionsColumn);
    QVERIFY(options.isValid());
    m_table->scrollTo(options);
    const QRect cell = m_table->visualRect(options);
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY(m_window->tokenMenu()->isVisible());
}

void TestMainWindow::chooseFromMenu(const QString &actionName) {
    QMenu *menu = m_window->tokenMenu();
    auto *action = m_window->findChild<QAction *>(actionName);
    QVERIFY(action);
    QVERIFY(menu->actions().contains(action));
    QVERIFY2(action->isEnabled(), qPrintable(actionName));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    QTRY_VERIFY(!menu->isVisible());
}

RevokeTokenDialog *TestMainWindow::openRevokeDialogFor(const QString &tokenId) {
    clickOptions(tokenId);
    chooseFromMenu(QStringLiteral("actionRevoke"));
    RevokeTokenDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = m_window->findChild<RevokeTokenDialog *>()) && dialog->isVisible());
    }();
    return dialog;
}

// Posted layout requests carried out, so that a grab shows the final layout.
static void settleLayout() {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void TestMainWindow::listsTheActiveTokensSortedById() {
    const QAbstractItemModel *model = m_table->model();
    int active = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Token &token : m_sandbox->tokens())
        active += !token.isRevoked() && !(token.expires() && token.expiresAt <= now);
    QCOMPARE(model->rowCount(), active);
    QVERIFY(active < m_sandbox->tokens().size());
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, 0).data(TokenTableModel::TokenIdRole).toString() <
                model->index(row, 0).data(TokenTableModel::TokenIdRole).toString());
    QCOMPARE(m_table->horizontalHeader()->sortIndicatorSection(), int(TokenTableModel::IdColumn));
    // The status bar names the connection and the cluster it reaches.
    auto *cluster = m_window->findChild<QLabel *>(QStringLiteral("clusterLabel"));
    QCOMPARE(cluster->text(),
             QStringLiteral("Sandbox · cluster ") + m_sandbox->clusterId().left(8));
    QVERIFY(cluster->toolTip().contains(m_sandbox->clusterId()));
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY2(count->text().contains(
                 QStringLiteral("%1 of %2").arg(active).arg(m_sandbox->tokens().size())),
             qPrintable(count->text()));
}

void TestMainWindow::searchFiltersAsYouType() {
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    const Token target = firstActiveToken();
    QTest::keyClicks(search, target.id.left(13).toUpper());
    QCOMPARE(m_table->model()->rowCount(), 1);
    QCOMPARE(m_table->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString(),
             target.id);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzz-no-such-token"));
    QCOMPARE(m_table->model()->rowCount(), 0);
    search->clear();
    QVERIFY(m_table->model()->rowCount() > 1);
}

void TestMainWindow::showInactiveRevealsRevokedAndExpired() {
    auto *toggle = m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"));
    QVERIFY(!toggle->isChecked());
    const int activeRows = m_table->model()->rowCount();
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(m_table->model()->rowCount(), m_sandbox->tokens().size());
    QVERIFY(m_table->model()->rowCount() > activeRows);
    QStringList statuses;
    for (int row = 0; row < m_table->model()->rowCount(); ++row)
        statuses.append(
            m_table->model()->index(row, TokenTableModel::StatusColumn).data().toString());
    QVERIFY(statuses.contains(QStringLiteral("Revoked")));
    QVERIFY(statuses.contains(QStringLiteral("Expired")));
}

void TestMainWindow::revokeThroughTheOptionsMenu() {
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    const Token target = firstActiveToken();
    QTest::keyClicks(search, target.description.left(6));
    QVERIFY(rowOf(target.id).isValid());

    RevokeTokenDialog *dialog = openRevokeDialogFor(target.id);
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    auto *risk = dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"))->text(),
             target.description);
    QVERIFY(!revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY(!m_window->session()->isRevoking(target.id));
    roundTrip();
    QVERIFY(received("DELETE").isEmpty());

    QTest::mouseClick(risk, Qt::LeftButton);
    QVERIFY(risk->isChecked());
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);

    QTRY_COMPARE(received("DELETE").size(), 1);
    QVERIFY(received("DELETE").first().path.endsWith(QLatin1String("/tokens/") + target.id));
    QTRY_VERIFY(!m_window->findChild<RevokeTokenDialog *>());
    // Inactive tokens are hidden: the revoked row leaves the list...
    QTRY_VERIFY(!rowOf(target.id).isValid());
    QVERIFY(m_window->statusBar()->currentMessage().contains(target.id));
    // ...and shows Revoked once they are shown.
    m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->setChecked(true);
    QCOMPARE(rowOf(target.id, TokenTableModel::StatusColumn).data().toString(),
             QStringLiteral("Revoked"));
    QCOMPARE(received("DELETE").size(), 1);
}

void TestMainWindow::revokeKeepsItsTargetThroughSortFilterAndRefresh() {
    const Token target = firstActiveToken();
    const QList<Token> before = m_sandbox->tokens();
    RevokeTokenDialog *dialog = openRevokeDialogFor(target.id);
    const int targetRowBefore = rowOf(target.id).row();

    // Behind the open dialog: another order, a filter that hides the target, a reload.
    m_table->sortByColumn(TokenTableModel::DescriptionColumn, Qt::DescendingOrder);
    m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->setChecked(true);
    m_window->findChild<QLineEdit *>(QStringLiteral("searchField"))->setText(QStringLiteral("a"));
    m_window->session()->refresh();
    QTRY_VERIFY(!m_window->session()->isRefreshing());
    QVERIFY(rowOf(target.id).row() != targetRowBefore || !rowOf(target.id).isValid());
    m_table->selectRow(0);

    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox")),
                      Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(received("DELETE").size(), 1);
    QVERIFY(received("DELETE").first().path.endsWith(QLatin1String("/tokens/") + target.id));
    QTRY_VERIFY(!m_window->findChild<RevokeTokenDialog *>());
    QTRY_VERIFY(!m_window->session()->isBusy());
    QCOMPARE(received("DELETE").size(), 1); // still one, now that the dialog has closed
    // The row shows Revoked (inactive tokens are shown; the search may hide it: clear it).
    m_window->findChild<QLineEdit *>(QStringLiteral("searchField"))->clear();
    QCOMPARE(rowOf(target.id, TokenTableModel::StatusColumn).data().toString(),
             QStringLiteral("Revoked"));
    QCOMPARE(m_sandbox->tokens().size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) // only the target changed
        QCOMPARE(m_sandbox->tokens().at(i).isRevoked(),
                 before.at(i).isRevoked() || before.at(i).id == target.id);
}

void TestMainWindow::revokeSendsOnceWhateverTheClicks() {
    m_sandbox->setResponseDelay(400ms);
    const Token target = firstActiveToken();
    RevokeTokenDialog *dialog = openRevokeDialogFor(target.id);
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox")),
                      Qt::LeftButton);
    QTest::mouseDClick(revoke, Qt::LeftButton);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTest::keyClick(dialog, Qt::Key_Enter);
    QVERIFY(!revoke->isEnabled()); // working: it cannot send again
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("busyIndicator"))->isVisible());
    QTRY_VERIFY(!m_window->findChild<RevokeTokenDialog *>());
    QCOMPARE(received("DELETE").size(), 1);
}

void TestMainWindow::revokeInFlightCannotBeCancelled() {
    m_sandbox->setResponseDelay(400ms);
    const Token target = firstActiveToken();
    RevokeTokenDialog *dialog = openRevokeDialogFor(target.id);
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox")),
                      Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QVERIFY(m_window->session()->isRevoking(target.id));
    // While the DELETE is on its way, nothing closes the dialog that sent it.
    QVERIFY(!cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->close()); // the window's close button
    dialog->reject();
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(!m_window->findChild<RevokeTokenDialog *>());
    QCOMPARE(received("DELETE").size(), 1);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("Revoked token")) &&
                 m_window->statusBar()->currentMessage().contains(target.id),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::revokeOutcomeReachesTheStatusBarWithoutTheDialog() {
    // The window reports what the session did, whether or not a dialog is there to say it.
    const Token target = firstActiveToken();
    m_window->session()->revoke(target.id);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Revoked token")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(target.id));

    const Token other = firstActiveToken();
    QVERIFY(other.id != target.id);
    m_sandbox->stop();
    m_network->clearConnectionCache(); // refused, not closing as the DELETE goes out
    m_window->session()->revoke(other.id);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("not revoked")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(other.id));
}

void TestMainWindow::revokeOnAServerThatHidesRevokedTokens() {
    // A real server may leave revoked tokens out of its answers instead of marking them.
    m_sandbox->setHideRevoked(true);
    m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->setChecked(true);
    QSignalSpy refreshed(m_window->session(), &TokenSession::refreshed);
    m_window->session()->refresh();
    QTRY_COMPARE(refreshed.size(), 1);
    for (const Token &token : m_window->session()->model()->tokens())
        QVERIFY(!token.isRevoked());
    QSignalSpy failed(m_window->session(), &TokenSession::refreshFailed);
    QSignalSpy revoked(m_window->session(), &TokenSession::revokeFinished);

    Token target;
    for (const Token &token : m_window->session()->model()->tokens())
        if (target.id.isEmpty() &&
            tokenStatus(token, QDateTime::currentDateTimeUtc()) == TokenStatus::Active)
            target = token;
    QVERIFY(!target.id.isEmpty());
    RevokeTokenDialog *dialog = openRevokeDialogFor(target.id);
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox")),
                      Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<RevokeTokenDialog *>());
    QCOMPARE(received("DELETE").size(), 1);
    // Inactive tokens are shown, yet the row leaves the list: the server no longer has it.
    QTRY_VERIFY(!rowOf(target.id).isValid());
    QTRY_VERIFY(!m_window->session()->isBusy());
    QVERIFY(!m_window->session()->model()->tokenById(target.id));
    QCOMPARE(revoked.size(), 1);
    QVERIFY(!revoked.first().at(1).value<ApiError>().isError());
    QCOMPARE(failed.size(), 0);
    QVERIFY(!m_window->findChild<MessageBar *>(QStringLiteral("messageBar"))->isVisible());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("Revoked token")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(received("DELETE").size(), 1);
}

void TestMainWindow::revokeOfATokenGoneFromTheServer() {
    const Token target = firstActiveToken();
    RevokeTokenDialog *dialog = openRevokeDialogFor(target.id);
    QVERIFY(m_sandbox->removeToken(target.id));
    const QList<Token> before = m_sandbox->tokens();
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox")),
                      Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("no longer exists")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"))->isEnabled());
    // The list is re-read and the vanished token leaves it; nothing else was revoked.
    QTRY_VERIFY(!rowOf(target.id).isValid());
    QCOMPARE(received("DELETE").size(), 1);
    QCOMPARE(m_sandbox->tokens(), before);
}

void TestMainWindow::revokeErrorKeepsTheListAndSaysWhy() {
    const Token target = firstActiveToken();
    RevokeTokenDialog *dialog = openRevokeDialogFor(target.id);
    const int rowsBefore = m_table->model()->rowCount();
    m_sandbox->stop(); // the server goes away: the connection is refused
    // Long gone, not closing this very moment: a DELETE written to a kept-alive connection as
    // the server closes it may have reached it, and is reported as such (tst_unknownoutcome).
    m_network->clearConnectionCache();
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox")),
                      Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("not revoked")) &&
                 error->text().contains(QLatin1String("refused")),
             qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_table->model()->rowCount(), rowsBefore);
    QCOMPARE(rowOf(target.id, TokenTableModel::StatusColumn).data().toString(),
             QStringLiteral("Active"));
    // The user may try again once the problem is gone.
    QTRY_VERIFY(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"))->isEnabled());
}

void TestMainWindow::keyboardOnlyRevoke() {
    const Token target = firstActiveToken();
    m_table->setFocus();
    m_window->selectToken(target.id);
    QTest::keyClick(m_table, Qt::Key_Delete);
    RevokeTokenDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<RevokeTokenDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->tokenId(), target.id);
    auto *risk = dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox"));
    QTRY_COMPARE(QApplication::focusWidget(), risk);
    QTest::keyClick(risk, Qt::Key_Return); // Revoke Token is still disabled: nothing is sent
    QVERIFY(dialog->isVisible());
    QTest::keyClick(risk, Qt::Key_Space);
    QVERIFY(risk->isChecked());
    QTest::keyClick(risk, Qt::Key_Return);
    QTRY_COMPARE(received("DELETE").size(), 1);
    QVERIFY(received("DELETE").first().path.endsWith(target.id));
}

void TestMainWindow::contextMenuAndMenuKeyOfferTheSameActions() {
    const Token target = firstActiveToken();
    const QModelIndex cell = rowOf(target.id, TokenTableModel::DescriptionColumn);
    const QPoint pos = m_table->visualRect(cell).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, m_table->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(m_table->viewport(), &event);
    QTRY_VERIFY(m_window->tokenMenu()->isVisible());
    QCOMPARE(m_window->selectedTokenId(), target.id);
    QStringList names;
    for (QAction *action : m_window->tokenMenu()->actions())
        if (!action->isSeparator())
            names.append(action->objectName());
    QCOMPARE(names,
             (QStringList{"actionViewDetails", "actionEditToken", "actionCopyId",
                          "actionRotateToken", "actionDisable", "actionReenable", "actionRevoke"}));
    m_window->tokenMenu()->hide();

    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(m_window->tokenMenu()->isVisible());
    m_window->tokenMenu()->hide();
    QTest::keyClick(m_table, Qt::Key_Menu);
    QTRY_VERIFY(m_window->tokenMenu()->isVisible());
    chooseFromMenu(QStringLiteral("actionRevoke"));
    QTRY_VERIFY(m_window->findChild<RevokeTokenDialog *>());
    QCOMPARE(m_window->findChild<RevokeTokenDialog *>()->tokenId(), target.id);
}

void TestMainWindow::revokeDisabledForRevokedToken() {
    m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->setChecked(true);
    QString revokedId;
    for (const Token &token : m_sandbox->tokens())
        if (token.isRevoked())
            revokedId = token.id;
    QVERIFY(!revokedId.isEmpty());
    clickOptions(revokedId);
    auto *revoke = m_window->findChild<QAction *>(QStringLiteral("actionRevoke"));
    QVERIFY(!revoke->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionViewDetails"))->isEnabled());
    m_window->tokenMenu()->hide();
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Delete); // a dialog would open at once, from the shortcut
    QVERIFY(!m_window->findChild<RevokeTokenDialog *>());
    QVERIFY(!m_window->session()->isBusy());
}

void TestMainWindow::copyTokenId() {
    const Token target = firstActiveToken();
    m_table->setFocus();
    m_window->selectToken(target.id);
    QTest::keyClick(m_table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), target.id);
}

void TestMainWindow::refreshFailureShowsRetry() {
    const int rows = m_table->model()->rowCount();
    const quint16 port = m_sandbox->port();
    m_sandbox->stop();
    QTest::keyClick(m_window, Qt::Key_F5);
    auto *bar = m_window->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QLatin1String("refused")), qPrintable(bar->text()));
    QCOMPARE(m_table->model()->rowCount(), rows); // what the user had is still there
    QVERIFY(m_sandbox->start(port));
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("messageBarRetry")),
                      Qt::LeftButton);
    QTRY_VERIFY(!bar->isVisible());
}

void TestMainWindow::refreshKeepsSelection() {
    const Token target = firstActiveToken();
    m_window->selectToken(target.id);
    m_window->session()->refresh();
    QTRY_VERIFY(!m_window->session()->isRefreshing());
    QCOMPARE(m_window->selectedTokenId(), target.id);
}

void TestMainWindow::detailsFollowTheSelection() {
    const Token target = firstActiveToken();
    m_window->selectToken(target.id);
    auto *id = m_window->findChild<QLabel *>(QStringLiteral("detailsId"));
    auto *description = m_window->findChild<QLabel *>(QStringLiteral("detailsDescription"));
    QCOMPARE(id->text(), target.id);
    QCOMPARE(description->text(), target.description);
    QCOMPARE(description->textFormat(), Qt::PlainText);

    // A change on the server shows after a refresh.
    QList<Token> tokens = m_sandbox->tokens();
    for (Token &token : tokens)
        if (token.id == target.id)
            token.description = QStringLiteral("<b>renamed</b>");
    m_sandbox->setTokens(tokens);
    m_window->session()->refresh();
    QTRY_COMPARE(description->text(), QStringLiteral("<b>renamed</b>"));
}

void TestMainWindow::enterAndDoubleClickFocusTheDetailsCtrlFTheSearch() {
    const Token target = firstActiveToken();
    auto *details = m_window->findChild<QWidget *>(QStringLiteral("detailsPanel"));
    auto *id = m_window->findChild<QLabel *>(QStringLiteral("detailsId"));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    m_window->activateWindow();
    m_table->setFocus();
    m_window->selectToken(target.id);
    QTRY_COMPARE(QApplication::focusWidget(), m_table);

    // Enter: the details of the selected token, with the keyboard focus on its ID.
    QTest::keyClick(m_table, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), id);
    QVERIFY(details->hasFocus());
    QCOMPARE(id->text(), target.id);
    QCOMPARE(id->selectedText(), target.id);

    // Ctrl+F, from wherever the focus is: the search field.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), search);

    // The keypad's Enter does the same as Return.
    m_table->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_table);
    QTest::keyClick(m_table, Qt::Key_Enter, Qt::KeypadModifier);
    QTRY_COMPARE(QApplication::focusWidget(), id);

    // A double-click on another row: that row's details, focused.
    m_table->setFocus();
    const Token other = *m_window->session()->model()->tokenById(
        m_table->model()->index(1, 0).data(TokenTableModel::TokenIdRole).toString());
    const QRect cell = m_table->visualRect(rowOf(other.id, TokenTableModel::DescriptionColumn));
    // As a mouse sends it: press and release, then the second press as a double-click.
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(m_table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(QApplication::focusWidget(), id);
    QCOMPARE(id->text(), other.id);
    QCOMPARE(m_window->selectedTokenId(), other.id);
}

void TestMainWindow::accessibleNamesAndCells() {
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget) ||
                                 qobject_cast<QLineEdit *>(widget) ||
                                 qobject_cast<QAbstractItemView *>(widget);
        // Headers reach screen readers as the table's column headers, not as widgets.
        if (!interactive || qobject_cast<QHeaderView *>(widget) || !widget->isVisibleTo(m_window))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
                 qPrintable(widget->metaObject()->className() + QStringLiteral(" ") +
                            widget->objectName()));
    }
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(m_table);
    QVERIFY(table->tableInterface());
    QAccessibleInterface *cell =
        table->tableInterface()->cellAt(0, TokenTableModel::DescriptionColumn);
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Name),
             m_table->model()->index(0, TokenTableModel::DescriptionColumn).data().toString());

    RevokeTokenDialog *dialog = openRevokeDialogFor(firstActiveToken().id);
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QLineEdit *>(widget))
            continue;
        QVERIFY2(!QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name).isEmpty(),
                 qPrintable(widget->objectName()));
    }
}

void TestMainWindow::remembersSortAndColumnsBetweenRuns() {
    m_table->sortByColumn(TokenTableModel::CreatedColumn, Qt::DescendingOrder);
    const int fitted = m_table->horizontalHeader()->sectionSize(TokenTableModel::IdColumn);
    m_table->horizontalHeader()->resizeSection(TokenTableModel::IdColumn, 333);
    m_window->close(); // saves
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTableView *table = again.findChild<QTableView *>(QStringLiteral("tokenTable"));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(),
             int(TokenTableModel::CreatedColumn));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    // Widths are not kept: they follow the font in use.
    QCOMPARE(table->horizontalHeader()->sectionSize(TokenTableModel::IdColumn), fitted);
    QCOMPARE(again.size(), m_window->size());
}

void TestMainWindow::selectionTakesTheLeavingRowsPlace_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("atEnd");
    QTest::newRow("middle") << int(TokenTableModel::IdColumn) << Qt::AscendingOrder << false;
    QTest::newRow("end") << int(TokenTableModel::IdColumn) << Qt::AscendingOrder << true;
    QTest::newRow("sorted by description, descending")
        << int(TokenTableModel::DescriptionColumn) << Qt::DescendingOrder << false;
    QTest::newRow("sorted by expiry")
        << int(TokenTableModel::ExpiresColumn) << Qt::AscendingOrder << false;
}

void TestMainWindow::selectionTakesTheLeavingRowsPlace() {
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, atEnd);
    // Inactive tokens hidden (the default), and a window short enough for the list to scroll.
    QVERIFY(!m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->isChecked());
    m_window->resize(1360, 520);
    m_table->sortByColumn(column, order);
    const QAbstractItemModel *model = m_table->model();
    const int rows = model->rowCount();
    const int row = atEnd ? rows - 1 : rows / 2;
    auto idAt = [model](int at) {
        return model->index(at, 0).data(TokenTableModel::TokenIdRole).toString();
    };
    const QString target = idAt(row);
    const QString expected = atEnd ? idAt(row - 1) : idAt(row + 1);
    const QModelIndex cell = model->index(row, TokenTableModel::DescriptionColumn);
    m_table->scrollTo(cell, QAbstractItemView::PositionAtCenter);
    QTRY_VERIFY(m_table->viewport()->rect().contains(m_table->visualRect(cell).center()));
    QScrollBar *scroll = m_table->verticalScrollBar();
    QVERIFY(scroll->maximum() > 0);
    const int scrolled = scroll->value();
    m_window->activateWindow();
    m_table->setFocus();
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, m_table->visualRect(cell).center());
    QCOMPARE(m_window->selectedTokenId(), target);
    QTRY_COMPARE(QApplication::focusWidget(), m_table);

    // Delete, tick, Revoke Token: the row leaves the list.
    QTest::keyClick(m_table, Qt::Key_Delete);
    RevokeTokenDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<RevokeTokenDialog *>()) && dialog->isVisible());
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox")),
                      Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!rowOf(target).isValid());
    QTRY_VERIFY(!m_window->findChild<RevokeTokenDialog *>());
    QCOMPARE(received("DELETE").size(), 1);
    QCOMPARE(model->rowCount(), rows - 1);
    // The row that took its place (or the one above, at the end) is selected; nothing scrolled.
    QCOMPARE(m_window->selectedTokenId(), expected);
    QCOMPARE(m_table->currentIndex().row(), atEnd ? row - 1 : row);
    QCoreApplication::processEvents();
    QCOMPARE(scroll->value(), std::min(scrolled, scroll->maximum()));
    QCOMPARE(m_window->selectedTokenId(), expected);
    // A second Delete aims at the token in view, the one now selected.
    m_window->activateWindow();
    m_table->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_table);
    QTest::keyClick(m_table, Qt::Key_Delete);
    QTRY_VERIFY((dialog = m_window->findChild<RevokeTokenDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->tokenId(), expected);
    dialog->reject();
}

void TestMainWindow::selectionAfterARefreshOrAFilter() {
    const QAbstractItemModel *model = m_table->model();
    auto idAt = [model](int at) {
        return model->index(at, 0).data(TokenTableModel::TokenIdRole).toString();
    };
    // Gone from the server, seen at the next refresh: the next row takes its place.
    const int row = model->rowCount() / 2;
    const QString gone = idAt(row);
    const QString next = idAt(row + 1);
    m_window->selectToken(gone);
    QVERIFY(m_sandbox->removeToken(gone));
    roundTrip();
    QVERIFY(!rowOf(gone).isValid());
    QCOMPARE(m_window->selectedTokenId(), next);

    // A search that hides the selected row: the row now at its place is selected.
    const QString selected = idAt(2);
    m_window->selectToken(selected);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    const QString kept = idAt(5);
    // Every row but one matches the search made of that row's ID, except the selected one:
    // search for any one of the others by its ID and the place is the first row.
    search->setText(kept);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(m_window->selectedTokenId(), kept);
    search->clear();
    QVERIFY(model->rowCount() > 5);
    QCOMPARE(m_window->selectedTokenId(), kept); // still there: still selected
}

void TestMainWindow::tabLeavesTheTableArrowsMoveWithin() {
    m_window->activateWindow();
    m_table->setFocus();
    m_window->selectToken(firstActiveToken().id);
    QTRY_COMPARE(QApplication::focusWidget(), m_table);
    const QString second =
        m_table->model()->index(1, 0).data(TokenTableModel::TokenIdRole).toString();
    QTest::keyClick(m_table, Qt::Key_Down);
    QCOMPARE(m_window->selectedTokenId(), second);
    QTest::keyClick(m_table, Qt::Key_Tab);
    QTRY_VERIFY(QApplication::focusWidget() != m_table);
    QCOMPARE(m_window->selectedTokenId(), second); // Tab moved the focus, not the row
    // Shift+Tab leaves it too, the other way; arrows still move within it.
    m_table->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_table);
    QTest::keyClick(m_table, Qt::Key_Tab, Qt::ShiftModifier);
    QTRY_VERIFY(QApplication::focusWidget() != m_table);
    QCOMPARE(m_window->selectedTokenId(), second);
    m_table->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_table);
    QTest::keyClick(m_table, Qt::Key_Up);
    QCOMPARE(m_window->selectedTokenId(), firstActiveToken().id);
}

// The ⋮ cell of `row` lies wholly inside the table's viewport.
static bool optionsInView(QTableView *table, int row) {
    const QRect cell =
        table->visualRect(table->model()->index(row, TokenTableModel::OptionsColumn));
    return cell.isValid() && cell.width() > 0 && table->viewport()->rect().contains(cell);
}

void TestMainWindow::columnsFitTheWidthAndTheFont() {
    QHeaderView *header = m_table->horizontalHeader();
    const Token target = firstActiveToken();
    // The Token ID column shows the ID's start; the whole ID is in the tooltip and copied.
    const QModelIndex id = rowOf(target.id, TokenTableModel::IdColumn);
    QCOMPARE(id.data().toString(), target.id.left(8) + QChar(0x2026));
    QVERIFY(id.data(Qt::ToolTipRole).toString().contains(target.id));
    // The search still matches any part of it.
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setText(target.id.right(12));
    QCOMPARE(m_table->model()->rowCount(), 1);
    search->clear();

    for (const QSize size : {QSize(1400, 800), QSize(900, 600), QSize(760, 560)}) {
        m_window->resize(size);
        settleLayout();
        QTRY_VERIFY2(optionsInView(m_table, 0),
                     qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
        QVERIFY(!m_table->horizontalScrollBar()->isVisible());
        if (size.width() < 900)
            continue;
        // Description gets the spare width: it is the widest column.
        for (int column = 0; column < TokenTableModel::ColumnCount; ++column)
            if (column != TokenTableModel::DescriptionColumn)
                QVERIFY2(
                    header->sectionSize(TokenTableModel::DescriptionColumn) >=
                        header->sectionSize(column),
                    qPrintable(QStringLiteral("%1 wide: column %2 is %3, description %4")
                                   .arg(size.width())
                                   .arg(column)
                                   .arg(header->sectionSize(column))
                                   .arg(header->sectionSize(TokenTableModel::DescriptionColumn))));
    }
    m_window->resize(1400, 800);
    settleLayout();
    QTRY_VERIFY(optionsInView(m_table, 0));
    for (int column = 0; column < TokenTableModel::ColumnCount; ++column)
        QVERIFY2(!header->isSectionHidden(column), qPrintable(QString::number(column)));

    // A larger font: the dates still fit whole.
    QFont font = m_table->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    m_table->setFont(font);
    m_window->resize(2200, 900);
    settleLayout();
    QTRY_VERIFY(!header->isSectionHidden(TokenTableModel::CreatedColumn));
    const QModelIndex created = m_table->model()->index(0, TokenTableModel::CreatedColumn);
    QVERIFY(header->sectionSize(TokenTableModel::CreatedColumn) >
            QFontMetrics(font).horizontalAdvance(created.data().toString()));
    QTRY_VERIFY(optionsInView(m_table, 0));
}

void TestMainWindow::detailsPanelHidesAndIsRemembered() {
    auto *details = m_window->findChild<QWidget *>(QStringLiteral("detailsPanel"));
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("actionShowDetailsPanel"));
    QVERIFY(toggle);
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("viewMenu"))->actions().contains(toggle));
    QVERIFY(!toggle->shortcut().isEmpty());
    QVERIFY(details->isVisible());
    QVERIFY(toggle->isChecked());
    m_window->activateWindow();
    QTest::keyClick(m_window, toggle->shortcut()[0].key());
    QVERIFY(!details->isVisible());
    // The token's own history goes with its details: no half panel is left beside the list.
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("tokenHistory"))->isVisible());
    QVERIFY(!toggle->isChecked());
    m_window->close(); // saves
    {
        MainWindow again;
        again.resize(1360, 760);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.findChild<QWidget *>(QStringLiteral("detailsPanel"))->isVisible());
        again.findChild<QAction *>(QStringLiteral("actionShowDetailsPanel"))->trigger();
        QVERIFY(again.findChild<QWidget *>(QStringLiteral("detailsPanel"))->isVisible());
        again.close();
    }
    m_window->show();
    toggle->trigger();
    QVERIFY(details->isVisible());

    // Narrow: the panel steps aside, and comes back when there is room again.
    m_window->resize(900, 600);
    QTRY_VERIFY(!details->isVisible());
    QVERIFY(!toggle->isChecked());
    m_window->resize(1400, 800);
    QTRY_VERIFY(details->isVisible());
    // Enter on a narrow window shows it all the same.
    m_window->resize(900, 600);
    QTRY_VERIFY(!details->isVisible());
    m_window->activateWindow();
    m_table->setFocus();
    m_window->selectToken(firstActiveToken().id);
    QTRY_COMPARE(QApplication::focusWidget(), m_table);
    QTest::keyClick(m_table, Qt::Key_Return);
    QTRY_VERIFY(details->isVisible());
}

void TestMainWindow::firstWindowFitsTheScreen() {
    QSettings().clear();
    MainWindow first;
    first.show();
    QVERIFY(QTest::qWaitForWindowExposed(&first));
    const QRect available = first.screen()->availableGeometry();
    QVERIFY2(first.frameGeometry().width() <= available.width() &&
                 first.frameGeometry().height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(first.frameGeometry().width())
                            .arg(first.frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
}

void TestMainWindow::emptyStatesSayWhyAndOfferTheWayOut() {
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *toggle = m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"));
    auto *overlay = m_table->findChild<QWidget *>(QStringLiteral("emptyState"));
    auto *text = m_table->findChild<QLabel *>(QStringLiteral("emptyStateText"));
    auto *primary = m_table->findChild<QPushButton *>(QStringLiteral("emptyStatePrimary"));
    QVERIFY(overlay && text && primary);
    QVERIFY(!overlay->isVisible());

    // Nothing matches, nothing hidden would: say so, offer to clear the search.
    search->setText(QStringLiteral("xyz-nothing"));
    QVERIFY(overlay->isVisible());
    QVERIFY2(text->text().contains(QStringLiteral("No tokens match “")) &&
                 text->text().contains(QLatin1String("xyz-nothing")),
             qPrintable(text->text()));
    QVERIFY(m_table->viewport()->rect().contains(overlay->geometry()));
    QTest::mouseClick(primary, Qt::LeftButton);
    QVERIFY(search->text().isEmpty());
    QVERIFY(!overlay->isVisible());

    // Only inactive tokens match: how many are hidden, and a button that shows them.
    QStringList inactive;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Token &token : m_sandbox->tokens())
        if (token.isRevoked() || (token.expires() && token.expiresAt <= now))
            inactive.append(token.id);
    QVERIFY(inactive.size() > 1);
    search->setText(QStringLiteral("xyz-nothing")); // from one empty result to another
    search->setText(inactive.first());
    QVERIFY(overlay->isVisible());
    QVERIFY2(text->text().contains(QLatin1String("1 inactive token is hidden")),
             qPrintable(text->text()));
    // Reached with the keyboard: Tab from the table lands on the button.
    m_window->activateWindow();
    m_table->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_table);
    QTest::keyClick(m_table, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), primary);
    QVERIFY(!QAccessible::queryAccessibleInterface(primary)->text(QAccessible::Name).isEmpty());
    QTest::keyClick(primary, Qt::Key_Space);
    QVERIFY(toggle->isChecked());
    QCOMPARE(m_table->model()->rowCount(), 1);
    QVERIFY(!overlay->isVisible());

    // Several: how many. Three inactive tokens share a word no other token has.
    toggle->setChecked(false);
    search->clear();
    QList<Token> tokens = m_sandbox->tokens();
    int marked = 0;
    for (Token &token : tokens)
        if (inactive.contains(token.id) && marked < 3) {
            token.description += QStringLiteral(" zq-marker");
            ++marked;
        }
    m_sandbox->setTokens(tokens);
    roundTrip();
    search->setText(QStringLiteral("zq-marker"));
    QVERIFY2(text->text().contains(QStringLiteral("“\u2068zq-marker\u2069”")) &&
                 text->text().contains(QLatin1String("3 inactive tokens are hidden")),
             qPrintable(text->text()));
    QCOMPARE(primary->text().remove(QLatin1Char('&')), QStringLiteral("Show them"));
    QTest::mouseClick(primary, Qt::LeftButton);
    QCOMPARE(m_table->model()->rowCount(), 3);
}

void TestMainWindow::emptyStatesLoadingNoTokensNotConnected() {
    auto *overlay = m_table->findChild<QWidget *>(QStringLiteral("emptyState"));
    auto *text = m_table->findChild<QLabel *>(QStringLiteral("emptyStateText"));
    auto *primary = m_table->findChild<QPushButton *>(QStringLiteral("emptyStatePrimary"));
    auto *secondary = m_table->findChild<QPushButton *>(QStringLiteral("emptyStateSecondary"));

    // Loading: said while the first list is on its way.
    m_sandbox->setTokens({});
    m_sandbox->setResponseDelay(300ms);
    Endpoint endpoint = m_sandbox->endpoint();
    m_window->openSession(new TokenSession(m_network, endpoint));
    QVERIFY(overlay->isVisible());
    QVERIFY2(text->text().startsWith(QLatin1String("Loading")), qPrintable(text->text()));
    QVERIFY(!primary->isVisible());
    // An empty cluster: a button to create the first token.
    QTRY_VERIFY(text->text().contains(QLatin1String("no database tokens yet")));
    QVERIFY(primary->isVisible());
    QVERIFY(!secondary->isVisible());
    m_sandbox->setResponseDelay(0ms);
    QTest::mouseClick(primary, Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<CreateTokenDialog *>());
    m_window->findChild<CreateTokenDialog *>()->reject();

    // No connection: Connect… and Try the sandbox, both there to press.
    MainWindow lonely;
    lonely.resize(900, 600);
    lonely.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lonely));
    auto *lonelyTable = lonely.findChild<QTableView *>(QStringLiteral("tokenTable"));
    QVERIFY(lonelyTable->findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
    QCOMPARE(lonelyTable->findChild<QLabel *>(QStringLiteral("emptyStateText"))->text(),
             QStringLiteral("Not connected"));
    QSignalSpy connectAsked(&lonely, &MainWindow::connectRequested);
    QSignalSpy sandboxAsked(&lonely, &MainWindow::sandboxRequested);
    auto *connectButton =
        lonelyTable->findChild<QPushButton *>(QStringLiteral("emptyStatePrimary"));
    auto *sandboxButton =
        lonelyTable->findChild<QPushButton *>(QStringLiteral("emptyStateSecondary"));
    QCOMPARE(connectButton->text().remove(QLatin1Char('&')), QStringLiteral("Connect…"));
    QCOMPARE(sandboxButton->text().remove(QLatin1Char('&')), QStringLiteral("Try the sandbox"));
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTest::mouseClick(sandboxButton, Qt::LeftButton);
    QCOMPARE(connectAsked.size(), 1);
    QCOMPARE(sandboxAsked.size(), 1);
}

void TestMainWindow::escapeClearsTheSearchTitleAndSandboxBand() {
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Sandbox — Token Admin"));
    auto *band = m_window->findChild<QLabel *>(QStringLiteral("sandboxBand"));
    QVERIFY(band && band->isVisible());
    QCOMPARE(band->text(), QStringLiteral("Sandbox — sample data on this computer; nothing here "
                                          "touches a real cluster"));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    const int rows = m_table->model()->rowCount();
    m_window->activateWindow();
    search->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, QStringLiteral("xyz"));
    QCOMPARE(m_table->model()->rowCount(), 0);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(m_table->model()->rowCount(), rows);
    // Any other connection: no band.
    Endpoint plain = m_sandbox->endpoint();
    plain.name = QStringLiteral("Lab");
    m_window->openSession(new TokenSession(m_network, plain));
    QVERIFY(!band->isVisible());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Lab — Token Admin"));
}

void TestMainWindow::inactiveRowsAreDimmed() {
    m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->setChecked(true);
    auto *delegate = qobject_cast<TokenRowDelegate *>(m_table->itemDelegate());
    QVERIFY(delegate);
    // The window's delegate is a TokenRowDelegate; one of the same class shows what it does.
    struct Probe : TokenRowDelegate {
        using TokenRowDelegate::initStyleOption;
    } probe;
    QString revoked;
    for (const Token &token : m_sandbox->tokens())
        if (token.isRevoked())
            revoked = token.id;
    const QPalette palette = m_table->palette();
    auto textColour = [&](const QString &id) {
        QStyleOptionViewItem option;
        option.palette = palette;
        probe.initStyleOption(&option, rowOf(id, TokenTableModel::DescriptionColumn));
        return option.palette.color(QPalette::Text);
    };
    QString active;
    for (const Token &token : m_sandbox->tokens())
        if (tokenStatus(token, QDateTime::currentDateTimeUtc()) == TokenStatus::Active)
            active = token.id;
    QCOMPARE(textColour(active), palette.color(QPalette::Text));
    QCOMPARE(textColour(revoked), palette.color(QPalette::PlaceholderText));
    // Expiring soon is active still: it stands out by its status, it is not dimmed.
    QString soon;
    for (const Token &token : m_sandbox->tokens())
        if (tokenStatus(token, QDateTime::currentDateTimeUtc()) == TokenStatus::ExpiringSoon)
            soon = token.id;
    QVERIFY(!soon.isEmpty());
    QCOMPARE(textColour(soon), palette.color(QPalette::Text));
    QVERIFY(palette.color(QPalette::PlaceholderText) != palette.color(QPalette::Text));
}

// With TOKENADMIN_SCREENSHOT_DIR set, saves the window at 900×600 and 1400×800, light and
// dark, in the states added: a list, nothing matching, empty cluster, not connected.
void TestMainWindow::screenshotsOfTheNewStates() {
    const QString dir = qEnvironmentVariable("TOKENADMIN_SCREENSHOT_DIR", QDir::tempPath());
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb3));
    dark.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *toggle = m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"));
    MainWindow lonely;
    lonely.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lonely));
    const QString id = firstActiveToken().id;
    QString inactiveDescription;
    for (const Token &token : m_sandbox->tokens())
        if (token.isRevoked())
            inactiveDescription = token.description;
    for (const bool isDark : {false, true}) {
        QApplication::setPalette(isDark ? dark : light);
        QTRY_COMPARE(m_window->palette().color(QPalette::Window),
                     QApplication::palette().color(QPalette::Window));
        const QString theme = isDark ? QStringLiteral("dark") : QStringLiteral("light");
        for (const QSize size : {QSize(900, 600), QSize(1400, 800)}) {
            const QString name = QStringLiteral("%1/list-%2x%3-%4-")
                                     .arg(dir)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(theme);
            m_window->resize(size);
            search->clear();
            toggle->setChecked(true);
            m_window->selectToken(id);
            settleLayout();
            QTRY_VERIFY(optionsInView(m_table, 0));
            QVERIFY(m_window->grab().save(name + QStringLiteral("tokens.png")));
            toggle->setChecked(false);
            search->setText(QStringLiteral("xyz"));
            settleLayout();
            QVERIFY(m_window->grab().save(name + QStringLiteral("no-match.png")));
            search->setText(inactiveDescription);
            settleLayout();
            QVERIFY(m_window->grab().save(name + QStringLiteral("hidden.png")));
            lonely.resize(size);
            settleLayout();
            QVERIFY(lonely.grab().save(name + QStringLiteral("not-connected.png")));
        }
    }
    QApplication::setPalette(light);
}

void TestMainWindow::connectDialogChecksWhatItSends() {
    // The connection manager's form for a new connection, typed as a user types.
    CredentialStore credentials(QStringLiteral("Token Admin GUI test"));
    ConnectionController controller(&credentials);
    controller.load(QDir::temp().filePath(QStringLiteral("no-such-influxctl-config.toml")));
    ConnectionManagerDialog dialog(&controller);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("newConnectionButton")),
                      Qt::LeftButton);
    auto *connectButton = dialog.findChild<QPushButton *>(QStringLiteral("connectButton"));
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("apiUrlField"));
    auto *account = dialog.findChild<QLineEdit *>(QStringLiteral("accountField"));
    auto *cluster = dialog.findChild<QLineEdit *>(QStringLiteral("clusterField"));
    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("managementTokenField"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("connectProblem"));
    auto retype = [](QLineEdit *field, const QString &text) {
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    };
    QCOMPARE(url->text(), QStringLiteral("https://console.influxdata.com/api/v0"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(!connectButton->isEnabled());
    retype(account, QStringLiteral("not-a-uuid"));
    retype(cluster, m_sandbox->clusterId());
    QTest::keyClicks(token, QStringLiteral("secret-management-token"));
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(problem->text().contains(QLatin1String("UUID")));
    retype(account, m_sandbox->accountId());
    QVERIFY(connectButton->isEnabled());
    retype(url, QStringLiteral("http://cluster.example.com/api/v0"));
    QVERIFY(!connectButton->isEnabled()); // plain http only for this computer
    QVERIFY(problem->text().contains(QLatin1String("https")));
    retype(url, m_sandbox->apiUrl().toString());
    QVERIFY(connectButton->isEnabled());

    QSignalSpy requested(&dialog, &ConnectionManagerDialog::connectRequested);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    const Connection connection = requested.first().first().value<Connection>();
    QCOMPARE(connection.accountId, m_sandbox->accountId());
    QCOMPARE(requested.first().at(1).toString(), QStringLiteral("secret-management-token"));
    // Remembered for next time, except the secret.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(QLatin1String("secret-management-token")));
    ConnectionManagerDialog next(&controller);
    next.selectConnection(connection.id);
    QCOMPARE(next.findChild<QLineEdit *>(QStringLiteral("accountField"))->text(),
             m_sandbox->accountId());
    QVERIFY(next.findChild<QLineEdit *>(QStringLiteral("managementTokenField"))->text().isEmpty());
    QCOMPARE(ConnectionStore::loadSaved().size(), 1);
}

// Renders the window and the revoke dialog; with TOKENADMIN_SCREENSHOT_DIR set, saves them.
void TestMainWindow::screenshots() {
    const QString dir = qEnvironmentVariable("TOKENADMIN_SCREENSHOT_DIR", QDir::tempPath());
    const QString id = firstActiveToken().id;
    m_window->selectToken(id);
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("detailsId"))->text(), id);
    settleLayout();
    const QPixmap window = m_window->grab();
    QVERIFY(!window.isNull());
    QVERIFY(window.save(dir + QStringLiteral("/main-window.png")));

    RevokeTokenDialog *dialog = openRevokeDialogFor(firstActiveToken().id);
    dialog->findChild<QWidget *>(QStringLiteral("detailsToggle"))->setProperty("checked", true);
    QTRY_VERIFY(dialog->findChild<QWidget *>(QStringLiteral("detailsBox"))->isVisible());
    settleLayout();
    const QPixmap revoke = dialog->grab();
    QVERIFY(!revoke.isNull());
    QVERIFY(revoke.save(dir + QStringLiteral("/revoke-dialog.png")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
