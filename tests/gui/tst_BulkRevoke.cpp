// Revoking a selection of tokens through the real window against the sandbox: extended
// selection from the keyboard, the "Revoke N tokens" confirmation (and its typed number on a
// production connection), one DELETE per token whatever the faults, a row per token saying
// how it ended, Retry failed, Stop, and the history's rows under one batch ID.
#include "BulkRevoke.h"
#include "BulkRevokeDialog.h"
#include "ChangeHistory.h"
#include "MainWindow.h"
#include "RevokeTokenDialog.h"
#include "SandboxData.h"
#include "SandboxServer.h"
#include "TokenDetailsPanel.h"
#include "TokenSession.h"
#include "TokenTableModel.h"
#include "WindowFixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace std::chrono_literals;

namespace {

QList<Token> byId(QList<Token> tokens) {
    std::sort(tokens.begin(), tokens.end(),
              [](const Token &a, const Token &b) { return a.id < b.id; });
    return tokens;
}

// `count` active tokens, so that every one of them is shown and revocable.
QList<Token> activeTokens(int count) {
    // A few real-looking names for the picture; numbered names beyond.
    const QStringList names{
        QStringLiteral("Grafana dashboards"), QStringLiteral("Telegraf on edge-07"),
        QStringLiteral("Nightly backup"),     QStringLiteral("CI pipeline (old runner)"),
        QStringLiteral("Billing export"),     QStringLiteral("Jupyter notebook, Q3 analysis"),
        QStringLiteral("Load test 2025"),     QStringLiteral("IoT gateway 3")};
    QList<Token> tokens = SandboxData::generateTokens(count, 7);
    for (int i = 0; i < tokens.size(); ++i) {
        tokens[i].revokedAt = QDateTime();
        // Every other one expires, months ahead: active all the same.
        tokens[i].expiresAt =
            i % 2 ? QDateTime::currentDateTimeUtc().addDays(90 + 7 * i) : QDateTime();
        tokens[i].description =
            count <= names.size()
                ? names.at(i)
                : QStringLiteral("Bulk token %1").arg(i + 1, 2, 10, QLatin1Char('0'));
    }
    return tokens;
}

SandboxFault deleteFault(const QString &tokenId, SandboxFault::Kind kind, int status = 0) {
    SandboxFault fault;
    fault.kind = kind;
    fault.method = "DELETE";
    // The token's own path only: never the list, its databases or another token.
    fault.path = QRegularExpression(QStringLiteral("/tokens/%1$").arg(tokenId));
    fault.status = status;
    fault.count = 1;
    return fault;
}

} // namespace

class TestBulkRevoke : public QObject, WindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void extendedSelectionFromTheKeyboard();
    void optionsMenuKeepsTheSelection();
    void bulkRevokeWithFaults();
    void stopSendsNoMore();
    void productionAsksForTheNumber();
    void screenshots();

private:
    void startWindow(int tokens, bool production = false);
    BulkRevokeDialog *selectAllAndRevoke();
    static QList<int> rowStates(BulkRevokeDialog *dialog);
};

void TestBulkRevoke::initTestCase() {
    setUpApplication(QStringLiteral("tst_bulkrevoke"));
}

void TestBulkRevoke::init() {
    setUpFixture();
    openHistory();
}

void TestBulkRevoke::cleanup() {
    tearDownFixture();
}

void TestBulkRevoke::startWindow(int tokens, bool production) {
    m_sandbox->setTokens(activeTokens(tokens));
    Endpoint endpoint = m_sandbox->endpoint();
    endpoint.production = production;
    endpoint.name = QStringLiteral("Bulk test");
    // The unanswered DELETE is given up after a second.
    openMainWindow(
        {.endpoint = endpoint, .timeout = 1000ms, .history = m_history, .size = {1100, 700}});
    QCOMPARE(m_sandbox->tokens().size(), tokens);
    waitForAllTokensAndIdle();
}

BulkRevokeDialog *TestBulkRevoke::selectAllAndRevoke() {
    QTableView *view = tokenTable();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Delete);
    return waitForDialog<BulkRevokeDialog>();
}

QList<int> TestBulkRevoke::rowStates(BulkRevokeDialog *dialog) {
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("tokenList"));
    QList<int> states;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        states.append(list->topLevelItem(i)
                          ->data(BulkRevokeDialog::ResultColumn, BulkRevokeDialog::StateRole)
                          .toInt());
    return states;
}

void TestBulkRevoke::extendedSelectionFromTheKeyboard() {
    startWindow(12);
    QTableView *view = tokenTable();
    const QAbstractItemModel *shown = view->model();
    auto idAt = [&](int row) {
        return shown->index(row, 0).data(TokenTableModel::TokenIdRole).toString();
    };
    m_window->selectToken(idAt(0));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_window->selectedTokenIds(), QStringList({idAt(0), idAt(1), idAt(2)}));
    // The row actions and the details panel follow the current row.
    QCOMPARE(m_window->selectedTokenId(), idAt(2));
    auto *details = m_window->findChild<QLabel *>(QStringLiteral("detailsId"));
    QVERIFY(details);
    QTRY_VERIFY2(details->text().contains(idAt(2)), qPrintable(details->text()));

    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_window->selectedTokenIds().size(), shown->rowCount());
    QCOMPARE(shown->rowCount(), 12);

    // Delete on a selection of several opens the bulk confirmation, listing each of them.
    QTest::keyClick(view, Qt::Key_Delete);
    BulkRevokeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<BulkRevokeDialog *>()) && dialog->isVisible());
    QVERIFY(!m_window->findChild<RevokeTokenDialog *>());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Revoke 12 tokens"));
    QCOMPARE(dialog->findChild<QTreeWidget *>(QStringLiteral("tokenList"))->topLevelItemCount(),
             12);
    QVERIFY(!dialog->requiresTypedConfirmation());
    dialog->reject();

    // One row selected: the single revoke dialog, as before.
    m_window->selectToken(idAt(4));
    QCOMPARE(m_window->selectedTokenIds(), QStringList{idAt(4)});
    QTest::keyClick(view, Qt::Key_Delete);
    RevokeTokenDialog *single = nullptr;
    QTRY_VERIFY((single = m_window->findChild<RevokeTokenDialog *>()) && single->isVisible());
    QCOMPARE(single->tokenId(), idAt(4));
    single->reject();
}

void TestBulkRevoke::optionsMenuKeepsTheSelection() {
    startWindow(6);
    QTableView *view = tokenTable();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_window->selectedTokenIds().size(), 6);
    // The ⋮ menu (here from the keyboard) on a row of the selection acts on the selection.
    m_window->findChild<QAction *>(QStringLiteral("actionShowOptions"))->trigger();
    QTRY_VERIFY(m_window->tokenMenu()->isVisible());
    QCOMPARE(m_window->selectedTokenIds().size(), 6);
    m_window->tokenMenu()->close();
    QTRY_VERIFY(!m_window->tokenMenu()->isVisible());
    // So does a click on a selected row's ⋮ button.
    const QModelIndex options = view->model()->index(2, TokenTableModel::OptionsColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(options).center());
    QTRY_VERIFY(m_window->tokenMenu()->isVisible());
    QCOMPARE(m_window->selectedTokenIds().size(), 6);
    QCOMPARE(m_window->selectedTokenId(),
             options.data(TokenTableModel::TokenIdRole).toString()); // the details follow it
    m_window->tokenMenu()->close();
    // The menu's Revoke acts on the six.
    m_window->findChild<QAction *>(QStringLiteral("actionRevoke"))->trigger();
    BulkRevokeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<BulkRevokeDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->runner()->items().size(), 6);
    dialog->reject();
}

void TestBulkRevoke::bulkRevokeWithFaults() {
    startWindow(50);
    TokenSession *session = m_window->session();
    BulkRevokeDialog *dialog = selectAllAndRevoke();
    QVERIFY(dialog);
    QVERIFY(!dialog->requiresTypedConfirmation());
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountField")));
    const QList<BulkRevoke::Item> items = dialog->runner()->items();
    QCOMPARE(items.size(), 50);

    // Three refused (500), one never answered, one already gone (404).
    const QSet<int> failing{3, 17, 31};
    const int silent = 8;
    const int gone = 22;
    for (int i : failing)
        m_sandbox->addFault(deleteFault(items.at(i).token.id, SandboxFault::Kind::Status, 500));
    m_sandbox->addFault(deleteFault(items.at(silent).token.id, SandboxFault::Kind::NoAnswer));
    m_sandbox->addFault(deleteFault(items.at(gone).token.id, SandboxFault::Kind::Status, 404));
    m_sandbox->clearReceivedRequests();

    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QVERIFY(!revoke->isEnabled());
    dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox"))->setChecked(true);
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY(dialog->runner()->isRunning());
    // While it runs, Escape does not take the dialog away.
    dialog->reject();
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->runner()->isRunning(), 20000);
    QTRY_VERIFY(!session->isBusy());

    // Exactly one DELETE per token.
    QHash<QString, int> perToken;
    for (const auto &request : received("DELETE"))
        ++perToken[request.path.section(QLatin1Char('/'), -1)];
    QCOMPARE(perToken.size(), 50);
    for (const BulkRevoke::Item &item : items)
        QCOMPARE(perToken.value(item.token.id), 1);

    // One row per token, as it ended.
    const QList<int> states = rowStates(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("tokenList"));
    for (int i = 0; i < 50; ++i) {
        const QString text = list->topLevelItem(i)->text(BulkRevokeDialog::ResultColumn);
        BulkRevoke::State expected = BulkRevoke::State::Revoked;
        if (failing.contains(i)) {
            expected = BulkRevoke::State::Failed;
            QVERIFY2(text.contains(QLatin1String("HTTP 500")), qPrintable(text));
        } else if (i == silent) {
            expected = BulkRevoke::State::Unknown;
            // Read again: the request was never carried out, and the server says so.
            QTRY_VERIFY2(list->topLevelItem(i)
                             ->text(BulkRevokeDialog::ResultColumn)
                             .contains(QLatin1String("still shows it active")),
                         qPrintable(list->topLevelItem(i)->text(BulkRevokeDialog::ResultColumn)));
        } else if (i == gone) {
            expected = BulkRevoke::State::AlreadyGone;
            QVERIFY2(text.contains(QLatin1String("404")), qPrintable(text));
        } else {
            QCOMPARE(text, QStringLiteral("Revoked"));
        }
        QCOMPARE(states.at(i), int(expected));
    }
    auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QCOMPARE(progress->text(), QStringLiteral("50 of 50"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))
                ->text()
                .contains(QLatin1String("Failed: 3")));

    // The list shows what the server confirmed, and nothing else.
    QCOMPARE(byId(session->model()->tokens()), byId(m_sandbox->tokens()));
    for (int i = 0; i < 50; ++i) {
        const std::optional<Token> now = session->model()->tokenById(items.at(i).token.id);
        QVERIFY(now);
        const bool confirmed = !failing.contains(i) && i != silent && i != gone;
        QCOMPARE(now->isRevoked(), confirmed);
    }

    // Every request was recorded under one batch ID, with its outcome.
    const QString batch = dialog->runner()->batchId();
    QVERIFY(!batch.isEmpty());
    auto batchRows = [&] {
        QList<HistoryEntry> rows;
        for (const HistoryEntry &entry : m_history->entries())
            if (entry.operation == HistoryEntry::Operation::Revoke && entry.batchId == batch)
                rows.append(entry);
        return rows;
    };
    QList<HistoryEntry> rows = batchRows();
    QCOMPARE(rows.size(), 50);
    QHash<HistoryEntry::Outcome, int> outcomes;
    QSet<QString> recordedIds;
    for (const HistoryEntry &entry : std::as_const(rows)) {
        ++outcomes[entry.outcome];
        recordedIds.insert(entry.tokenId);
        if (entry.tokenId == items.at(gone).token.id)
            QCOMPARE(entry.httpStatus, 404);
    }
    QCOMPARE(recordedIds.size(), 50);
    QCOMPARE(outcomes.value(HistoryEntry::Outcome::Confirmed), 45);
    QCOMPARE(outcomes.value(HistoryEntry::Outcome::Failed), 4); // three 500s and the 404
    QCOMPARE(outcomes.value(HistoryEntry::Outcome::Unknown), 1);

    // Retry failed sends the three that definitely failed, and only them.
    m_sandbox->clearReceivedRequests();
    auto *retry = dialog->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry->isVisible());
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->runner()->isRunning(), 10000);
    QTRY_VERIFY(!session->isBusy());
    QSet<QString> retried;
    for (const auto &request : received("DELETE"))
        retried.insert(request.path.section(QLatin1Char('/'), -1));
    QCOMPARE(received("DELETE").size(), 3);
    QCOMPARE(retried,
             QSet<QString>({items.at(3).token.id, items.at(17).token.id, items.at(31).token.id}));
    const QList<int> after = rowStates(dialog);
    for (int i : failing)
        QCOMPARE(after.at(i), int(BulkRevoke::State::Revoked));
    QCOMPARE(after.at(silent), int(BulkRevoke::State::Unknown));
    QCOMPARE(after.at(gone), int(BulkRevoke::State::AlreadyGone));
    QCOMPARE(progress->text(), QStringLiteral("3 of 3"));
    QVERIFY(!retry->isVisible());
    QCOMPARE(batchRows().size(), 53);
    QCOMPARE(byId(session->model()->tokens()), byId(m_sandbox->tokens()));
}

void TestBulkRevoke::stopSendsNoMore() {
    startWindow(20);
    TokenSession *session = m_window->session();
    BulkRevokeDialog *dialog = selectAllAndRevoke();
    QVERIFY(dialog);
    // Answers come late, so Stop is pressed with the first four on their way.
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.method = "DELETE";
    slow.delay = 300ms;
    m_sandbox->addFault(slow);
    m_sandbox->clearReceivedRequests();
    dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox"))->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    auto *stop = dialog->findChild<QPushButton *>(QStringLiteral("stopButton"));
    QVERIFY(stop->isVisible());
    QVERIFY(stop->isEnabled());
    QCOMPARE(dialog->focusWidget(), stop);
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->runner()->isRunning(), 10000);
    QTRY_VERIFY(!session->isBusy());
    QTRY_COMPARE(m_sandbox->unansweredCount(), 0);

    // Those on their way finished; no more were sent.
    QCOMPARE(received("DELETE").size(), BulkRevoke::MaxInFlight);
    const QList<int> states = rowStates(dialog);
    QCOMPARE(states.count(int(BulkRevoke::State::Revoked)), BulkRevoke::MaxInFlight);
    QCOMPARE(states.count(int(BulkRevoke::State::NotSent)), 20 - BulkRevoke::MaxInFlight);
    QCOMPARE(dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"))->text(),
             QStringLiteral("4 of 20"));
    int stillActive = 0;
    for (const Token &token : m_sandbox->tokens())
        stillActive += !token.isRevoked();
    QCOMPARE(stillActive, 20 - BulkRevoke::MaxInFlight);
    QCOMPARE(byId(session->model()->tokens()), byId(m_sandbox->tokens()));
    // Nothing failed: nothing to retry; Close closes.
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
    auto *close = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QCOMPARE(close->text(), QStringLiteral("Close"));
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<BulkRevokeDialog *>());
}

void TestBulkRevoke::productionAsksForTheNumber() {
    startWindow(3, true);
    BulkRevokeDialog *dialog = selectAllAndRevoke();
    QVERIFY(dialog);
    QVERIFY(dialog->requiresTypedConfirmation());
    auto *risk = dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox"));
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountField"));
    auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(field);
    QVERIFY(!field->accessibleName().isEmpty());
    risk->setChecked(true);
    QVERIFY(!revoke->isEnabled());
    QTest::keyClicks(field, QStringLiteral("2"));
    QVERIFY(!revoke->isEnabled());
    field->clear();
    QTest::keyClicks(field, QStringLiteral("3"));
    QVERIFY(revoke->isEnabled());
    // To look at.
    QVERIFY(dialog->grab().save(
        QDir(QDir::tempPath()).filePath(QStringLiteral("bulk-revoke-production.png"))));

    // Tab goes as the eye does: the tick, the number, Cancel, Revoke.
    risk->setFocus();
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
    QCOMPARE(dialog->focusWidget(), field);
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
    QCOMPARE(dialog->focusWidget(), cancel);
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
    QCOMPARE(dialog->focusWidget(), revoke);

    m_sandbox->clearReceivedRequests();
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->runner()->isRunning(), 10000);
    QCOMPARE(received("DELETE").size(), 3);
    QCOMPARE(rowStates(dialog).count(int(BulkRevoke::State::Revoked)), 3);
}

// Pictures for the README and for looking at: TOKENADMIN_SCREENSHOT_DIR (default: temp).
void TestBulkRevoke::screenshots() {
    const QString dir = qEnvironmentVariable("TOKENADMIN_SCREENSHOT_DIR", QDir::tempPath());
    startWindow(8);
    BulkRevokeDialog *dialog = selectAllAndRevoke();
    QVERIFY(dialog);
    const QList<BulkRevoke::Item> items = dialog->runner()->items();
    m_sandbox->addFault(deleteFault(items.at(2).token.id, SandboxFault::Kind::Status, 500));
    m_sandbox->addFault(deleteFault(items.at(5).token.id, SandboxFault::Kind::Status, 404));
    dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox"))->setChecked(true);
    QVERIFY(dialog->grab().save(
        QDir(QDir::tempPath()).filePath(QStringLiteral("bulk-revoke-confirm.png"))));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->runner()->isRunning(), 10000);
    QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("bulk-revoke-dialog.png"))));
    // And in a dark palette, to look at (not for the README).
    const QPalette light = QApplication::palette();
    QPalette dark;
    for (auto [role, colour] : {std::pair{QPalette::Window, QColor(0x2a, 0x2e, 0x32)},
                                {QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc)},
                                {QPalette::Base, QColor(0x1b, 0x1e, 0x20)},
                                {QPalette::AlternateBase, QColor(0x23, 0x26, 0x29)},
                                {QPalette::Text, QColor(0xfc, 0xfc, 0xfc)},
                                {QPalette::Button, QColor(0x31, 0x36, 0x3b)},
                                {QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc)}})
        dark.setColor(role, colour);
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    const bool saved = dialog->grab().save(
        QDir(QDir::tempPath()).filePath(QStringLiteral("bulk-revoke-results-dark.png")));
    QApplication::setPalette(light);
    QVERIFY(saved);
}

QTEST_MAIN(TestBulkRevoke)
#include "tst_BulkRevoke.moc"
