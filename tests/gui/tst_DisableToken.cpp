// Disable… and Re-enable… through the real window against the sandbox: the permissions go
// and come back identical on the server; a change made meanwhile by someone else is reviewed
// and kept; Disabled (the history knows what it had) apart from "No permissions"; the history
// row written before the PATCH leaves, and "unknown" when no answer came; Disabled again after
// a restart; and many tokens at once, four PATCHes at a time, each once.
#include "ChangeHistory.h"
#include "DisableTokenDialog.h"
#include "EditTokenDialog.h"
#include "MainWindow.h"
#include "QuickFilterBar.h"
#include "ReenableTokenDialog.h"
#include "SandboxServer.h"
#include "TokenFilter.h"
#include "TokenSession.h"
#include "TokenTableModel.h"
#include "WindowFixture.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace std::chrono_literals;

class TestDisableToken : public QObject, WindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void disableThenReenableRestoresIdenticalPermissions();
    void reenableReviewsAgainstTheServersCopy();
    void disableRecordsTheServersPermissionsNotTheLists();
    void disabledIsToldApartFromNoPermissions();
    void historyRowPrecedesThePatchAndSaysUnknownWithoutAnswer();
    void disabledTokenStaysDisabledAfterARestart();
    void manyTokensGoFourAtATimeEachOnce();
    void disableActsOnTheSelection();
    void aTokenWithAChangeOnItsWayIsNotSentAgain();
    void historyKnowsWhichTokensAreDisabled();
    void modelSaysDisabledOnlyOfActiveTokensWithoutPermissions();
    void screenshots();

private:
    void startWindow();
    // Active tokens that never expire and have at least `minPermissions` permissions.
    QList<Token> tokensWithPermissions(int minPermissions = 1) const;
    QString statusText(const QString &id) const;
    QString flagsText(const QString &id) const;
    int patchesOf(const QString &id) const;
    DisableTokenDialog *openDisable(const QString &id);
    void disable(const QString &id);
    template <typename Dialog> Dialog *openReenable(const QString &id);
};

void TestDisableToken::initTestCase() {
    setUpApplication(QStringLiteral("tst_disabletoken"));
}

void TestDisableToken::init() {
    setUpFixture();
    openHistory();
}

void TestDisableToken::cleanup() {
    tearDownFixture();
}

void TestDisableToken::startWindow() {
    openMainWindow({.timeout = 1000ms, .history = m_history, .size = {1200, 700}});
    waitForAllTokensAndIdle();
}

QList<Token> TestDisableToken::tokensWithPermissions(int minPermissions) const {
    QList<Token> found;
    for (const Token &token : m_sandbox->tokens())
        if (!token.isRevoked() && !token.expires() && token.permissions.size() >= minPermissions)
            found.append(token);
    return found;
}

QString TestDisableToken::statusText(const QString &id) const {
    const TokenTableModel *model = m_window->session()->model();
    return model->index(model->rowOf(id), TokenTableModel::StatusColumn).data().toString();
}

QString TestDisableToken::flagsText(const QString &id) const {
    const TokenTableModel *model = m_window->session()->model();
    return model->index(model->rowOf(id), TokenTableModel::FlagsColumn).data().toString();
}

int TestDisableToken::patchesOf(const QString &id) const {
    int count = 0;
    for (const SandboxServer::ReceivedRequest &request : m_sandbox->receivedRequests())
        count += request.method == "PATCH" && request.path.endsWith(QStringLiteral("/") + id);
    return count;
}

DisableTokenDialog *TestDisableToken::openDisable(const QString &id) {
    m_window->selectToken(id);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionDisable"));
    if (!action || !action->isEnabled() || m_window->selectedTokenId() != id)
        return nullptr;
    // The action is offered where a user looks for it: the ⋮ and context menu, the Token menu.
    if (!m_window->tokenMenu()->actions().contains(action))
        return nullptr;
    action->trigger();
    DisableTokenDialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] {
        dialog = m_window->findChild<DisableTokenDialog *>();
        return dialog && dialog->isVisible() && dialog->hasServerCopies();
    });
    return dialog;
}

void TestDisableToken::disable(const QString &id) {
    QPointer<DisableTokenDialog> dialog = openDisable(id);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("disableButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QTRY_VERIFY(serverToken(id).value_or(Token()).permissions.isEmpty());
    QTRY_COMPARE(statusText(id), QStringLiteral("Disabled"));
    QTRY_VERIFY(!m_window->session()->isBusy());
}

template <typename Dialog> Dialog *TestDisableToken::openReenable(const QString &id) {
    m_window->selectToken(id);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionReenable"));
    if (!action || !action->isEnabled() || !m_window->tokenMenu()->actions().contains(action))
        return nullptr;
    action->trigger();
    return waitForDialog<Dialog>();
}

void TestDisableToken::disableThenReenableRestoresIdenticalPermissions() {
    startWindow();
    const QList<Token> candidates = tokensWithPermissions(2);
    QVERIFY(!candidates.isEmpty());
    const Token original = candidates.first();

    // The dialog says what goes, to the eye and to a screen reader.
    QPointer<DisableTokenDialog> dialog = openDisable(original.id);
    QVERIFY(dialog);
    for (const Permission &permission : original.permissions) {
        QVERIFY2(dialog->permissionsText().contains(permission.resource),
                 qPrintable(dialog->permissionsText()));
        QVERIFY(dialog->accessibleDescription().contains(permission.resource));
    }
    auto *value = dialog->findChild<QLabel *>(QStringLiteral("permissionsValue"));
    QCOMPARE(value->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(patchesOf(original.id), 0);

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("disableButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QTRY_VERIFY(serverToken(original.id).value_or(Token()).permissions.isEmpty());
    // One PATCH, whose body names the permissions as an empty array, as the spec's example.
    QCOMPARE(patchesOf(original.id), 1);
    for (const SandboxServer::ReceivedRequest &request : m_sandbox->receivedRequests())
        if (request.method == "PATCH") {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            QVERIFY2(body.value(QStringLiteral("permissions")).isArray(), request.body.constData());
            QVERIFY(body.value(QStringLiteral("permissions")).toArray().isEmpty());
        }
    QTRY_COMPARE(statusText(original.id), QStringLiteral("Disabled"));
    QVERIFY(!flagsText(original.id).contains(QStringLiteral("No permissions")));
    const QList<HistoryEntry> rows = m_history->entries(original.id);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first().operation, HistoryEntry::Operation::Disable);
    QCOMPARE(rows.first().outcome, HistoryEntry::Outcome::Confirmed);
    QCOMPARE(rows.first().permissionsBefore, std::optional(original.permissions));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionDisable"))->isEnabled());

    // Re-enable reads the server's copy first, then sends what the token had.
    QTRY_VERIFY(!m_window->session()->isBusy());
    m_sandbox->clearReceivedRequests();
    QPointer<ReenableTokenDialog> reenable = openReenable<ReenableTokenDialog>(original.id);
    QVERIFY(reenable);
    QTRY_VERIFY(reenable->hasServerCopy());
    bool read = false;
    for (const SandboxServer::ReceivedRequest &request : m_sandbox->receivedRequests())
        read = read || (request.method == "GET" && request.path.endsWith(original.id));
    QVERIFY(read);
    QVERIFY(reenable->findChild<QLabel *>(QStringLiteral("serverChangedNote"))->isHidden());
    QCOMPARE(reenable->permissionsToSend(), original.permissions);
    auto *button = reenable->findChild<QPushButton *>(QStringLiteral("reenableButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!reenable);
    // Identical on the server: the same pairs, in the same order.
    QTRY_COMPARE(serverToken(original.id).value_or(Token()).permissions, original.permissions);
    QCOMPARE(patchesOf(original.id), 1);
    QTRY_COMPARE(statusText(original.id), QStringLiteral("Active"));
    QCOMPARE(m_history->entries(original.id).first().operation, HistoryEntry::Operation::Reenable);
    QCOMPARE(m_history->entries(original.id).first().outcome, HistoryEntry::Outcome::Confirmed);
}

void TestDisableToken::reenableReviewsAgainstTheServersCopy() {
    startWindow();
    const Token original = tokensWithPermissions(1).first();
    disable(original.id);

    // Another admin gives it a permission directly on the server; this window does not know.
    Permission added{QString(PermissionNames::Read), QStringLiteral("app_logs")};
    if (original.permissions.contains(added))
        added.resource = QStringLiteral("billing_archive");
    QList<Token> tokens = m_sandbox->tokens();
    for (Token &token : tokens)
        if (token.id == original.id)
            token.permissions = {added};
    m_sandbox->setTokens(tokens);
    QCOMPARE(statusText(original.id), QStringLiteral("Disabled"));

    QPointer<ReenableTokenDialog> dialog = openReenable<ReenableTokenDialog>(original.id);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->hasServerCopy());
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("serverChangedNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(added.resource), qPrintable(note->text()));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("permissionsValue"))
                ->text()
                .contains(added.resource));
    QList<Permission> expected{added};
    for (const Permission &permission : original.permissions)
        if (!expected.contains(permission))
            expected.append(permission);
    QCOMPARE(dialog->permissionsToSend(), expected);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reenableButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    // The other admin's permission is kept, and every saved one is back.
    QTRY_COMPARE(serverToken(original.id).value_or(Token()).permissions, expected);
    const HistoryEntry row = m_history->entries(original.id).first();
    QCOMPARE(row.operation, HistoryEntry::Operation::Reenable);
    QCOMPARE(row.permissionsBefore, std::optional(QList<Permission>{added}));
}

void TestDisableToken::disableRecordsTheServersPermissionsNotTheLists() {
    startWindow();
    const Token original = tokensWithPermissions(1).first();
    // Someone adds a permission on the server after the list was read.
    Permission added{QString(PermissionNames::Write), QStringLiteral("app_logs")};
    if (original.permissions.contains(added))
        added.resource = QStringLiteral("billing_archive");
    QList<Token> tokens = m_sandbox->tokens();
    for (Token &token : tokens)
        if (token.id == original.id)
            token.permissions.append(added);
    m_sandbox->setTokens(tokens);
    const QList<Permission> onServer = serverToken(original.id).value_or(Token()).permissions;
    QCOMPARE(m_window->session()->model()->tokenById(original.id)->permissions,
             original.permissions);

    m_sandbox->clearReceivedRequests();
    QPointer<DisableTokenDialog> dialog = openDisable(original.id);
    QVERIFY(dialog);
    QVERIFY2(dialog->permissionsText().contains(added.resource),
             qPrintable(dialog->permissionsText()));
    QCOMPARE(m_sandbox->receivedRequests().first().method, QByteArray("GET"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("disableButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QTRY_COMPARE(statusText(original.id), QStringLiteral("Disabled"));
    QCOMPARE(m_history->entries(original.id).first().permissionsBefore, std::optional(onServer));

    QPointer<ReenableTokenDialog> reenable = openReenable<ReenableTokenDialog>(original.id);
    QVERIFY(reenable);
    QTRY_VERIFY(reenable->hasServerCopy());
    QTest::mouseClick(reenable->findChild<QPushButton *>(QStringLiteral("reenableButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!reenable);
    QTRY_COMPARE(serverToken(original.id).value_or(Token()).permissions, onServer);
}

void TestDisableToken::disabledIsToldApartFromNoPermissions() {
    startWindow();
    Token none;
    for (const Token &token : m_sandbox->tokens())
        if (token.permissions.isEmpty() && !token.isRevoked() && !token.expires())
            none = token;
    QVERIFY(!none.id.isEmpty());
    const Token disabled = tokensWithPermissions(1).first();
    disable(disabled.id);

    QCOMPARE(statusText(disabled.id), QStringLiteral("Disabled"));
    QVERIFY(!flagsText(disabled.id).contains(QStringLiteral("No permissions")));
    QCOMPARE(statusText(none.id), QStringLiteral("Active"));
    QVERIFY(flagsText(none.id).contains(QStringLiteral("No permissions")));

    // The chips count them apart; the Disabled chip shows the disabled token alone.
    auto *bar = m_window->findChild<QuickFilterBar *>(QStringLiteral("quickFilterBar"));
    QToolButton *chip = bar->chip(TokenFilter::QuickFilter::Disabled);
    QVERIFY(chip);
    QTRY_VERIFY2(chip->accessibleName().contains(QStringLiteral("1 token")),
                 qPrintable(chip->accessibleName()));
    chip->click();
    auto *table = m_window->findChild<QAbstractItemView *>(QStringLiteral("tokenTable"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString(),
             disabled.id);
    chip->click();

    // Without a record of what it had, Re-enable is the editor.
    QPointer<EditTokenDialog> editor = openReenable<EditTokenDialog>(none.id);
    QVERIFY(editor);
    QVERIFY(!m_window->findChild<ReenableTokenDialog *>());
    editor->reject();
}

void TestDisableToken::historyRowPrecedesThePatchAndSaysUnknownWithoutAnswer() {
    startWindow();
    const Token original = tokensWithPermissions(1).first();
    // When the sandbox reads the PATCH, its row is already committed, pending: another
    // connection to the file sees it.
    QStringList seenWhenReceived;
    connect(m_sandbox, &SandboxServer::requestReceived, this,
            [&](const QByteArray &method, const QString &) {
                if (method != "PATCH")
                    return;
                {
                    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                                QStringLiteral("peek"));
                    db.setDatabaseName(historyPath());
                    QSqlQuery query(db);
                    if (db.open() &&
                        query.exec(QStringLiteral("SELECT operation, outcome, permissions_before "
                                                  "FROM changes ORDER BY id DESC")) &&
                        query.next())
                        seenWhenReceived.append(query.value(0).toString() + QLatin1Char(' ') +
                                                query.value(1).toString() + QLatin1Char(' ') +
                                                query.value(2).toString());
                }
                QSqlDatabase::removeDatabase(QStringLiteral("peek"));
            });
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::NoAnswer;
    fault.method = "PATCH";
    fault.path = QRegularExpression(QStringLiteral("/tokens/"));
    fault.count = 1;
    m_sandbox->addFault(fault);

    QPointer<DisableTokenDialog> dialog = openDisable(original.id);
    QVERIFY(dialog);
    m_sandbox->clearReceivedRequests();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("disableButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(seenWhenReceived.size(), 1);
    QVERIFY2(seenWhenReceived.first().startsWith(QStringLiteral("disable pending [")),
             qPrintable(seenWhenReceived.first()));
    QVERIFY(seenWhenReceived.first().contains(original.permissions.first().resource));

    // No answer: the dialog says it is unknown, the history too, and the list is read again.
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("may or may not")), qPrintable(error->text()));
    QTRY_COMPARE(m_history->entries(original.id).first().outcome, HistoryEntry::Outcome::Unknown);
    bool reread = false;
    QTRY_VERIFY([&] {
        for (const SandboxServer::ReceivedRequest &request : m_sandbox->receivedRequests())
            reread = reread ||
                     (request.method == "GET" && request.path.endsWith(QStringLiteral("/tokens")));
        return reread;
    }());
    QTRY_VERIFY(!m_window->session()->isBusy());
    QCOMPARE(patchesOf(original.id), 1);
    // The server never carried it out: the list shows what the server has, not "Disabled".
    QCOMPARE(serverToken(original.id).value_or(Token()).permissions, original.permissions);
    QCOMPARE(statusText(original.id), QStringLiteral("Active"));
    dialog->reject();
}

void TestDisableToken::disabledTokenStaysDisabledAfterARestart() {
    startWindow();
    const Token original = tokensWithPermissions(2).first();
    disable(original.id);
    // A new run: a new window, the same history file.
    restartHistory();
    startWindow();
    QTRY_COMPARE(statusText(original.id), QStringLiteral("Disabled"));
    QPointer<ReenableTokenDialog> dialog = openReenable<ReenableTokenDialog>(original.id);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->hasServerCopy());
    QCOMPARE(dialog->permissionsToSend(), original.permissions);
    dialog->reject();
}

void TestDisableToken::manyTokensGoFourAtATimeEachOnce() {
    startWindow();
    TokenSession *session = m_window->session();
    const QList<Token> tokens = tokensWithPermissions(1).mid(0, 10);
    QCOMPARE(tokens.size(), 10);
    QStringList ids;
    for (const Token &token : tokens)
        ids.append(token.id);
    // Slow answers, so that the PATCHes would all be under way together if nothing held them.
    m_sandbox->setResponseDelay(150ms);
    int unanswered = 0;
    int mostUnanswered = 0;
    QStringList finished;
    connect(m_sandbox, &SandboxServer::requestReceived, this,
            [&](const QByteArray &method, const QString &) {
                if (method == "PATCH")
                    mostUnanswered = std::max(mostUnanswered, ++unanswered);
            });
    connect(session, &TokenSession::disableFinished, this,
            [&](const QString &id, const ApiError &error) {
                --unanswered;
                if (!error.isError())
                    finished.append(id);
            });
    m_sandbox->clearReceivedRequests();
    session->disable(ids + QStringList{ids.first(), ids.last()}); // asked twice: sent once
    QVERIFY(session->isDisabling(ids.last()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 10, 20000);
    // Never more than four under way; more than one, so they do go out together.
    QVERIFY2(mostUnanswered <= TokenSession::MaxDisablesInFlight && mostUnanswered > 1,
             qPrintable(QString::number(mostUnanswered)));
    for (const Token &token : tokens) {
        QCOMPARE(patchesOf(token.id), 1);
        QVERIFY(serverToken(token.id).value_or(Token()).permissions.isEmpty());
        QCOMPARE(m_history->entries(token.id).first().permissionsBefore,
                 std::optional(token.permissions));
    }
    m_sandbox->setResponseDelay(0ms);
    QTRY_VERIFY(!session->isBusy());
    for (const Token &token : tokens)
        QCOMPARE(statusText(token.id), QStringLiteral("Disabled"));
}

void TestDisableToken::disableActsOnTheSelection() {
    startWindow();
    const QList<Token> tokens = tokensWithPermissions(1).mid(0, 3);
    QCOMPARE(tokens.size(), 3);
    // Three tokens picked with Ctrl+click, as a user picks them from the list.
    QTableView *table = tokenTable();
    QVERIFY(table);
    m_window->selectToken(tokens.first().id);
    for (const Token &token : tokens.mid(1)) {
        const TokenTableModel *model = m_window->session()->model();
        const QModelIndex source = model->index(model->rowOf(token.id), 0);
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(table->model());
        QVERIFY(proxy);
        const QModelIndex shown = proxy->mapFromSource(source);
        QVERIFY(shown.isValid());
        table->scrollTo(shown);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          table->visualRect(shown).center());
    }
    QCOMPARE(m_window->selectedTokenIds().size(), 3);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionDisable"));
    QVERIFY(action && action->isEnabled());
    m_sandbox->clearReceivedRequests();
    action->trigger();
    QPointer<DisableTokenDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<DisableTokenDialog *>()) && dialog->isVisible() &&
                dialog->hasServerCopies());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("disableButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    for (const Token &token : tokens) {
        QTRY_VERIFY(serverToken(token.id).value_or(Token()).permissions.isEmpty());
        QTRY_COMPARE(statusText(token.id), QStringLiteral("Disabled"));
        QCOMPARE(patchesOf(token.id), 1);
    }
    // Nothing else was switched off.
    int disabled = 0;
    for (const Token &token : m_sandbox->tokens())
        disabled += !token.isRevoked() && token.permissions.isEmpty() &&
                    statusText(token.id) == QStringLiteral("Disabled");
    QCOMPARE(disabled, 3);
}

void TestDisableToken::aTokenWithAChangeOnItsWayIsNotSentAgain() {
    startWindow();
    TokenSession *session = m_window->session();
    const Token token = tokensWithPermissions(1).first();
    m_sandbox->setResponseDelay(100ms);
    QList<ApiError> disabled;
    QList<ApiError> reenabled;
    connect(session, &TokenSession::disableFinished, this,
            [&](const QString &, const ApiError &error) { disabled.append(error); });
    connect(session, &TokenSession::reenableFinished, this,
            [&](const QString &, const ApiError &error) { reenabled.append(error); });
    m_sandbox->clearReceivedRequests();
    TokenChanges edit;
    edit.description = QStringLiteral("Edited meanwhile");
    session->update(token.id, edit);
    // Refused, and said so: a dialog waiting for the answer is not left waiting.
    session->disable({token.id});
    session->reenable(token.id, token.permissions);
    QTRY_COMPARE(disabled.size(), 1);
    QTRY_COMPARE(reenabled.size(), 1);
    QCOMPARE(disabled.first().kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(reenabled.first().kind, ApiError::Kind::InvalidRequest);
    m_sandbox->setResponseDelay(0ms);
    QTRY_VERIFY(!session->isBusy());
    QCOMPARE(patchesOf(token.id), 1);
    QCOMPARE(serverToken(token.id).value_or(Token()).permissions, token.permissions);
}

void TestDisableToken::historyKnowsWhichTokensAreDisabled() {
    const QList<Permission> before{{QString(PermissionNames::Read), QStringLiteral("a")},
                                   {QString(PermissionNames::Write), QStringLiteral("a")}};
    HistoryEntry where;
    where.product = QStringLiteral("Dedicated");
    where.accountId = QStringLiteral("account");
    where.clusterId = QStringLiteral("cluster");
    auto write = [&](const QString &tokenId, HistoryEntry::Operation operation,
                     HistoryEntry::Outcome outcome, const HistoryEntry &on) {
        HistoryEntry entry = on;
        entry.operation = operation;
        entry.tokenId = tokenId;
        entry.permissionsBefore =
            operation == HistoryEntry::Operation::Disable ? before : QList<Permission>();
        entry.permissionsAfter =
            operation == HistoryEntry::Operation::Disable ? QList<Permission>() : before;
        QVERIFY(m_history->recordRequest(&entry));
        entry.outcome = outcome;
        if (outcome != HistoryEntry::Outcome::Pending)
            QVERIFY(m_history->recordOutcome(entry));
    };
    using Op = HistoryEntry::Operation;
    using Out = HistoryEntry::Outcome;
    write(QStringLiteral("confirmed"), Op::Disable, Out::Confirmed, where);
    write(QStringLiteral("unanswered"), Op::Disable, Out::Unknown, where);
    write(QStringLiteral("failed"), Op::Disable, Out::Failed, where);
    write(QStringLiteral("on its way"), Op::Disable, Out::Pending, where);
    write(QStringLiteral("re-enabled"), Op::Disable, Out::Confirmed, where);
    write(QStringLiteral("re-enabled"), Op::Reenable, Out::Confirmed, where);
    write(QStringLiteral("re-enable failed"), Op::Disable, Out::Confirmed, where);
    write(QStringLiteral("re-enable failed"), Op::Reenable, Out::Failed, where);
    write(QStringLiteral("edited"), Op::Disable, Out::Confirmed, where);
    write(QStringLiteral("edited"), Op::Edit, Out::Confirmed, where);
    write(QStringLiteral("again"), Op::Disable, Out::Confirmed, where);
    write(QStringLiteral("again"), Op::Reenable, Out::Confirmed, where);
    write(QStringLiteral("again"), Op::Disable, Out::Confirmed, where);
    HistoryEntry elsewhere = where;
    elsewhere.clusterId = QStringLiteral("another cluster");
    write(QStringLiteral("elsewhere"), Op::Disable, Out::Confirmed, elsewhere);

    const QHash<QString, QList<Permission>> disabled = m_history->disabledTokens(where);
    QStringList ids = disabled.keys();
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("again"), QStringLiteral("confirmed"),
                               QStringLiteral("re-enable failed"), QStringLiteral("unanswered")}));
    QCOMPARE(disabled.value(QStringLiteral("confirmed")), before);
    QCOMPARE(m_history->disabledTokens(elsewhere).keys(), QStringList{QStringLiteral("elsewhere")});
}

void TestDisableToken::modelSaysDisabledOnlyOfActiveTokensWithoutPermissions() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Token none{QStringLiteral("none"), QStringLiteral("None"), {}, {}, {}, now.addDays(-9), {}, {}};
    Token disabled = none;
    disabled.id = QStringLiteral("disabled");
    Token expired = none;
    expired.id = QStringLiteral("expired");
    expired.expiresAt = now.addDays(-1);
    Token granted = none;
    granted.id = QStringLiteral("granted");
    granted.permissions = {{QString(PermissionNames::Read), QStringLiteral("a")}};
    TokenTableModel model;
    model.setTokens({none, disabled, expired, granted}, now);
    const QList<Permission> saved = granted.permissions;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDisabledTokens({{disabled.id, saved}, {expired.id, saved}, {granted.id, saved}});
    QCOMPARE(changed.size(), 1); // the rows are told, without a reset

    QCOMPARE(model.statusAt(model.rowOf(none.id)), TokenStatus::Active);
    QVERIFY(model.flagsAt(model.rowOf(none.id)).testFlag(TokenFlag::NoPermissions));
    QCOMPARE(model.statusAt(model.rowOf(disabled.id)), TokenStatus::Disabled);
    QVERIFY(!model.flagsAt(model.rowOf(disabled.id)).testFlag(TokenFlag::NoPermissions));
    QCOMPARE(model.index(model.rowOf(disabled.id), TokenTableModel::StatusColumn).data(),
             QVariant(QStringLiteral("Disabled")));
    QCOMPARE(model.disabledPermissions(disabled.id), std::optional(saved));
    // Expired stays Expired; a token that has permissions again is not disabled.
    QCOMPARE(model.statusAt(model.rowOf(expired.id)), TokenStatus::Expired);
    QCOMPARE(model.statusAt(model.rowOf(granted.id)), TokenStatus::Active);
    QCOMPARE(model.disabledPermissions(granted.id), std::nullopt);
    QCOMPARE(model.disabledPermissions(none.id), std::nullopt);
    // Listed like an active token, counted by its own chip, not by Active's.
    using TokenFilter::QuickFilter;
    QVERIFY(TokenFilter::matchesStatus(TokenStatus::Disabled, false));
    QVERIFY(TokenFilter::hasQuickFilter(QuickFilter::Disabled, TokenStatus::Disabled, {}));
    QVERIFY(!TokenFilter::hasQuickFilter(QuickFilter::Active, TokenStatus::Disabled, {}));
}

void TestDisableToken::screenshots() {
    const QString dir = qEnvironmentVariable("TOKENADMIN_SCREENSHOT_DIR", QDir::tempPath());
    startWindow();
    const Token one = tokensWithPermissions(2).first();
    QPointer<DisableTokenDialog> dialog = openDisable(one.id);
    QVERIFY(dialog);
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/disable-dialog.png")));
    dialog->reject();
    disable(one.id);
    m_window->selectToken(one.id);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/disabled-token.png")));
    QList<Token> tokens = m_sandbox->tokens();
    for (Token &token : tokens)
        if (token.id == one.id)
            token.permissions = {{QString(PermissionNames::Read), QStringLiteral("app_logs")}};
    m_sandbox->setTokens(tokens);
    QPointer<ReenableTokenDialog> reenable = openReenable<ReenableTokenDialog>(one.id);
    QVERIFY(reenable);
    QTRY_VERIFY(reenable->hasServerCopy());
    QVERIFY(reenable->grab().save(dir + QStringLiteral("/reenable-dialog.png")));

    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, Qt::white);
    QApplication::setPalette(dark);
    QCoreApplication::sendPostedEvents();
    QVERIFY(reenable->grab().save(dir + QStringLiteral("/reenable-dialog-dark.png")));
    reenable->reject();
    const Token two = tokensWithPermissions(2).first();
    dialog = openDisable(two.id);
    QVERIFY(dialog);
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/disable-dialog-dark.png")));
    dialog->reject();
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/disabled-token-dark.png")));
    // A selection, as the table's extended selection will offer it.
    auto *many =
        new DisableTokenDialog(m_window->session(), tokensWithPermissions(1).mid(1, 14), m_window);
    many->setAttribute(Qt::WA_DeleteOnClose);
    many->open();
    QTRY_VERIFY(many->hasServerCopies());
    QVERIFY(many->grab().save(dir + QStringLiteral("/disable-many-dark.png")));
    many->reject();
    QApplication::setPalette(light);
}

QTEST_MAIN(TestDisableToken)
#include "tst_DisableToken.moc"
