// Rotating a token through the real window against the sandbox: the new token as asked (the
// old one's permissions, the chosen description and expiry), its secret shown once, the old
// one revoked only after its confirmation; a rotation left for later, shown and finished by
// the next run over the same history; a failed create that offers nothing further; and the
// history's rows for each step.
#include "ChangeHistory.h"
#include "MainWindow.h"
#include "RevokeTokenDialog.h"
#include "RotateTokenDialog.h"
#include "SandboxServer.h"
#include "TokenDetailsPanel.h"
#include "TokenRequests.h"
#include "TokenSecretDialog.h"
#include "TokenSession.h"
#include "TokenTableModel.h"
#include "WindowFixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTest>

using namespace std::chrono_literals;

namespace {

template <typename Dialog> Dialog *visible(QObject *parent) {
    for (Dialog *candidate : parent->findChildren<Dialog *>())
        if (candidate->isVisible())
            return candidate;
    return nullptr;
}

template <typename Dialog> int visibleCount(QObject *parent) {
    int count = 0;
    for (Dialog *candidate : parent->findChildren<Dialog *>())
        count += candidate->isVisible() ? 1 : 0;
    return count;
}

int requestsOf(const SandboxServer &sandbox, const QByteArray &method, const QString &pathPart) {
    int count = 0;
    for (const SandboxServer::ReceivedRequest &request : sandbox.receivedRequests())
        if (request.method == method && request.path.contains(pathPart))
            ++count;
    return count;
}

std::optional<HistoryEntry> rowOf(const ChangeHistory &history, const QString &tokenId,
                                  HistoryEntry::Operation operation) {
    for (const HistoryEntry &entry : history.entries(tokenId))
        if (entry.operation == operation)
            return entry;
    return std::nullopt;
}

// A dark theme as a desktop gives one.
QPalette darkPalette() {
    QPalette palette;
    const QColor text(0xfc, 0xfc, 0xfc);
    palette.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    palette.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x1d, 0x5f, 0xa8));
    palette.setColor(QPalette::HighlightedText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xa8));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x84, 0x88));
    return palette;
}

} // namespace

class TestRotateToken : public QObject, WindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rotateIsOfferedInEveryMenu();
    void rotationEndToEnd();
    void laterIsShownAndFinishedByTheNextRun();
    void revokedElsewhereIsNoLongerPending();
    void failedCreateOffersNoSecretAndNoRevoke();
    void screenshots();

private:
    void startWindow();
    Token activeToken(bool expiring) const;
    RotateTokenDialog *openRotate(const QString &tokenId);
    // Create, then the secret window: checks it shows the server's secret, once, and closes it.
    Token createAndStoreSecret(RotateTokenDialog *wizard);
};

void TestRotateToken::initTestCase() {
    setUpApplication(QStringLiteral("tst_rotatetoken"));
}

void TestRotateToken::init() {
    setUpFixture();
    openHistory();
}

void TestRotateToken::cleanup() {
    tearDownFixture();
}

void TestRotateToken::startWindow() {
    // Wide enough for the details panel beside every column of the list.
    openMainWindow({.timeout = 2000ms, .history = m_history, .size = {1900, 900}});
    waitForAllTokensAndIdle();
    QVERIFY(m_window->findChild<TokenDetailsPanel *>()->isVisible());
}

Token TestRotateToken::activeToken(bool expiring) const {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Token &token : m_sandbox->tokens())
        if (!token.isRevoked() && !token.permissions.isEmpty() && !token.description.isEmpty() &&
            token.createdAt.isValid() && token.expires() == expiring &&
            (!expiring || token.expiresAt > now.addDays(2)))
            return token;
    return {};
}

RotateTokenDialog *TestRotateToken::openRotate(const QString &tokenId) {
    m_window->selectToken(tokenId);
    if (m_window->selectedTokenId() != tokenId)
        return nullptr;
    m_window->findChild<QAction *>(QStringLiteral("actionRotateToken"))->trigger();
    RotateTokenDialog *wizard = nullptr;
    (void)QTest::qWaitFor([&] { return (wizard = visible<RotateTokenDialog>(m_window)); });
    return wizard;
}

Token TestRotateToken::createAndStoreSecret(RotateTokenDialog *wizard) {
    auto *create = wizard->findChild<QPushButton *>(QStringLiteral("createButton"));
    if (!create->isEnabled())
        qWarning("Create New Token is disabled: %s", qPrintable(create->toolTip()));
    QTest::mouseClick(create, Qt::LeftButton);
    TokenSecretDialog *secret = nullptr;
    if (!QTest::qWaitFor([&] { return (secret = visible<TokenSecretDialog>(m_window)); }))
        return {};
    // One secret window, the wizard's: the main window does not show the secret a second time.
    if (visibleCount<TokenSecretDialog>(m_window) != 1 ||
        wizard->step() != RotateTokenDialog::Step::Secret ||
        wizard->findChild<QPushButton *>(QStringLiteral("revokeOldButton"))->isVisible())
        return {};
    const QString shown = secret->findChild<QLineEdit *>(QStringLiteral("secretField"))->text();
    const QString newId = wizard->newTokenId();
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(shown.toUtf8(), QCryptographicHash::Sha512).toHex());
    if (newId.isEmpty() || shown.isEmpty() || sha != m_sandbox->accessTokenSha512(newId))
        return {};
    QPointer<TokenSecretDialog> guard(secret);
    secret->findChild<QCheckBox *>(QStringLiteral("storedCheckBox"))->setChecked(true);
    QTest::mouseClick(secret->findChild<QPushButton *>(QStringLiteral("closeButton")),
                      Qt::LeftButton);
    // Shown once: the window is gone with the secret, and nothing shows it again.
    if (!QTest::qWaitFor([&] { return guard.isNull(); }) ||
        visible<TokenSecretDialog>(m_window) != nullptr)
        return {};
    return serverToken(newId).value_or(Token());
}

void TestRotateToken::rotateIsOfferedInEveryMenu() {
    startWindow();
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionRotateToken"));
    QVERIFY(action);
    QVERIFY(m_window->tokenMenu()->actions().contains(action));
    auto *bar = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("tokenBarMenu"));
    QVERIFY(bar && bar->actions().contains(action));
    m_window->selectToken(activeToken(false).id);
    QVERIFY(action->isEnabled());
    // A revoked token has nothing to rotate.
    for (const Token &token : m_sandbox->tokens())
        if (token.isRevoked()) {
            m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))
                ->setChecked(true);
            m_window->selectToken(token.id);
            QCOMPARE(m_window->selectedTokenId(), token.id);
            QVERIFY(!action->isEnabled());
            break;
        }
}

void TestRotateToken::rotationEndToEnd() {
    startWindow();
    const Token old = activeToken(true);
    QVERIFY(!old.id.isEmpty());
    RotateTokenDialog *wizard = openRotate(old.id);
    QVERIFY(wizard);
    QPointer<RotateTokenDialog> wizardGuard(wizard);

    // The defaults: "<old> (rotated <today>)", the old permissions, the same lifetime from now.
    auto *description = wizard->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    QCOMPARE(description->text(),
             QStringLiteral("%1 (rotated %2)")
                 .arg(old.description, QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY(wizard->findChild<QCheckBox *>(QStringLiteral("expiresToggle"))->isChecked());
    const qint64 lifetime = old.createdAt.secsTo(old.expiresAt);
    const QDateTime expected = QDateTime::currentDateTimeUtc().addSecs(lifetime);
    const QDateTime offered =
        wizard->findChild<QDateTimeEdit *>(QStringLiteral("expiryField"))->dateTime().toUTC();
    QVERIFY2(qAbs(offered.secsTo(expected)) <= 120, qPrintable(offered.toString(Qt::ISODate)));
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("Telegraf, rotated"));
    QCOMPARE(requestsOf(*m_sandbox, "POST", QStringLiteral("/tokens")), 0);

    const Token created = createAndStoreSecret(wizard);
    QVERIFY(!created.id.isEmpty());
    QCOMPARE(requestsOf(*m_sandbox, "POST", QStringLiteral("/tokens")), 1);
    // On the server: as chosen, with the old token's permissions.
    QCOMPARE(created.description, QStringLiteral("Telegraf, rotated"));
    QVERIFY(samePermissions(created.permissions, old.permissions));
    QVERIFY(created.expires());
    QVERIFY2(qAbs(created.expiresAt.secsTo(offered)) <= 60,
             qPrintable(created.expiresAt.toString(Qt::ISODate)));

    // Step 3 only after the secret was closed; nothing revoked until the user confirms.
    QTRY_COMPARE(wizard->step(), RotateTokenDialog::Step::ReplaceOld);
    auto *revokeOld = wizard->findChild<QPushButton *>(QStringLiteral("revokeOldButton"));
    QVERIFY(revokeOld->isVisible());
    QCOMPARE(requestsOf(*m_sandbox, "DELETE", old.id), 0);
    QVERIFY(!serverToken(old.id)->isRevoked());
    QVERIFY(m_history->pendingRotationOf(old.id).has_value());

    QTest::mouseClick(revokeOld, Qt::LeftButton);
    RevokeTokenDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = visible<RevokeTokenDialog>(wizard)));
    QCOMPARE(confirm->tokenId(), old.id);
    auto *revokeButton = confirm->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QVERIFY(!revokeButton->isEnabled()); // the usual confirmation: the risk box first
    confirm->findChild<QCheckBox *>(QStringLiteral("riskCheckBox"))->setChecked(true);
    QTest::mouseClick(revokeButton, Qt::LeftButton);
    QTRY_COMPARE(wizard->step(), RotateTokenDialog::Step::Done);
    QCOMPARE(requestsOf(*m_sandbox, "DELETE", old.id), 1);
    QVERIFY(serverToken(old.id)->isRevoked());
    QVERIFY(!serverToken(created.id)->isRevoked());
    QVERIFY(!m_history->pendingRotationOf(old.id));

    // The history: each step, confirmed, tied to the other token and to one rotation.
    const std::optional<HistoryEntry> createRow =
        rowOf(*m_history, created.id, HistoryEntry::Operation::RotateCreate);
    QVERIFY(createRow);
    QCOMPARE(createRow->outcome, HistoryEntry::Outcome::Confirmed);
    QCOMPARE(createRow->relatedTokenId, old.id);
    QCOMPARE(createRow->description, QStringLiteral("Telegraf, rotated"));
    QVERIFY(createRow->permissionsAfter &&
            samePermissions(*createRow->permissionsAfter, old.permissions));
    const std::optional<HistoryEntry> revokeRow =
        rowOf(*m_history, old.id, HistoryEntry::Operation::RotateRevoke);
    QVERIFY(revokeRow);
    QCOMPARE(revokeRow->outcome, HistoryEntry::Outcome::Confirmed);
    QCOMPARE(revokeRow->relatedTokenId, created.id);
    QVERIFY(!createRow->batchId.isEmpty());
    QCOMPARE(revokeRow->batchId, createRow->batchId);
    QVERIFY(!rowOf(*m_history, old.id, HistoryEntry::Operation::Revoke));
    // The secret is nowhere in the database.
    QFile file(historyPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_sandbox->managementToken().toUtf8()));

    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("closeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(wizardGuard.isNull());
}

void TestRotateToken::laterIsShownAndFinishedByTheNextRun() {
    startWindow();
    const Token old = activeToken(false);
    QVERIFY(!old.id.isEmpty());
    RotateTokenDialog *wizard = openRotate(old.id);
    QVERIFY(wizard);
    QPointer<RotateTokenDialog> wizardGuard(wizard);
    // The old token never expires: nor does the new one, unless asked.
    QVERIFY(!wizard->findChild<QCheckBox *>(QStringLiteral("expiresToggle"))->isChecked());
    const Token created = createAndStoreSecret(wizard);
    QVERIFY(!created.id.isEmpty());
    QVERIFY(!created.expires());
    QVERIFY(samePermissions(created.permissions, old.permissions));
    QTRY_COMPARE(wizard->step(), RotateTokenDialog::Step::ReplaceOld);
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("laterButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(wizardGuard.isNull() || !wizardGuard->isVisible());
    QCOMPARE(requestsOf(*m_sandbox, "DELETE", old.id), 0);

    const QString expectedText =
        QStringLiteral("Replaced by %1 on %2; revoke pending")
            .arg(TokenTableModel::shortId(created.id), QDate::currentDate().toString(Qt::ISODate));
    m_window->selectToken(old.id);
    auto *pending = m_window->findChild<QLabel *>(QStringLiteral("detailsPendingRotation"));
    QTRY_VERIFY(pending->isVisible());
    QCOMPARE(pending->text(), expectedText);
    // The new token has nothing pending.
    m_window->selectToken(created.id);
    QTRY_VERIFY(!pending->isVisible());

    // The program ends: window, session and history go; a new run opens the same file.
    restartHistory();
    startWindow();
    m_window->selectToken(old.id);
    pending = m_window->findChild<QLabel *>(QStringLiteral("detailsPendingRotation"));
    auto *finish = m_window->findChild<QPushButton *>(QStringLiteral("detailsFinishRotation"));
    QTRY_VERIFY(pending->isVisible());
    QCOMPARE(pending->text(), expectedText);
    QVERIFY(finish->isVisible());

    // Finishing it is the normal revoke confirmation, for the old token.
    QTest::mouseClick(finish, Qt::LeftButton);
    RevokeTokenDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = visible<RevokeTokenDialog>(m_window)));
    QCOMPARE(confirm->tokenId(), old.id);
    confirm->findChild<QCheckBox *>(QStringLiteral("riskCheckBox"))->setChecked(true);
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(serverToken(old.id)->isRevoked());
    QTRY_VERIFY(!m_history->pendingRotationOf(old.id));
    QCOMPARE(requestsOf(*m_sandbox, "DELETE", old.id), 1);
    m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->setChecked(true);
    m_window->selectToken(old.id);
    QTRY_VERIFY(!pending->isVisible());
    const std::optional<HistoryEntry> revokeRow =
        rowOf(*m_history, old.id, HistoryEntry::Operation::RotateRevoke);
    QVERIFY(revokeRow);
    QCOMPARE(revokeRow->outcome, HistoryEntry::Outcome::Confirmed);
    QCOMPARE(revokeRow->relatedTokenId, created.id);
    QCOMPARE(revokeRow->batchId,
             rowOf(*m_history, created.id, HistoryEntry::Operation::RotateCreate)->batchId);
}

void TestRotateToken::revokedElsewhereIsNoLongerPending() {
    startWindow();
    const Token old = activeToken(false);
    RotateTokenDialog *wizard = openRotate(old.id);
    QVERIFY(wizard);
    QVERIFY(!createAndStoreSecret(wizard).id.isEmpty());
    QTRY_COMPARE(wizard->step(), RotateTokenDialog::Step::ReplaceOld);
    wizard->reject(); // closing it at this step is "Later"
    QTRY_VERIFY(!wizard->isVisible());
    QVERIFY(m_history->pendingRotationOf(old.id));

    // Another admin revokes the old token: the next list shows it, and nothing is pending.
    QList<Token> tokens = m_sandbox->tokens();
    for (Token &token : tokens)
        if (token.id == old.id)
            token.revokedAt = QDateTime::currentDateTimeUtc();
    m_sandbox->setTokens(tokens);
    m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QTRY_VERIFY(!m_history->pendingRotationOf(old.id));
    m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->setChecked(true);
    m_window->selectToken(old.id);
    QCOMPARE(m_window->selectedTokenId(), old.id);
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("detailsPendingRotation"))->isVisible());
}

void TestRotateToken::failedCreateOffersNoSecretAndNoRevoke() {
    startWindow();
    const Token old = activeToken(true);
    const int before = int(m_sandbox->tokens().size());
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.method = "POST";
    fault.status = 500;
    fault.count = 1;
    m_sandbox->addFault(fault);
    RotateTokenDialog *wizard = openRotate(old.id);
    QVERIFY(wizard);
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    auto *error = wizard->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("500")), qPrintable(error->text()));
    QTRY_VERIFY(!m_window->session()->isBusy());
    // Still the first step: no secret, no revoke, no pending rotation, nothing created.
    QCOMPARE(wizard->step(), RotateTokenDialog::Step::NewToken);
    QVERIFY(wizard->newTokenId().isEmpty());
    QCOMPARE(visible<TokenSecretDialog>(m_window), nullptr);
    QVERIFY(!wizard->findChild<QPushButton *>(QStringLiteral("revokeOldButton"))->isVisible());
    QVERIFY(!wizard->findChild<QPushButton *>(QStringLiteral("laterButton"))->isVisible());
    QCOMPARE(int(m_sandbox->tokens().size()), before);
    QVERIFY(!m_history->pendingRotationOf(old.id));
    QCOMPARE(requestsOf(*m_sandbox, "DELETE", QStringLiteral("/tokens")), 0);
    // The failed step is recorded, tied to the old token.
    const QList<HistoryEntry> rows = m_history->entries();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first().operation, HistoryEntry::Operation::RotateCreate);
    QCOMPARE(rows.first().outcome, HistoryEntry::Outcome::Failed);
    QCOMPARE(rows.first().httpStatus, 500);
    QCOMPARE(rows.first().relatedTokenId, old.id);
    // The form is still there to try again.
    QVERIFY(wizard->findChild<QPushButton *>(QStringLiteral("createButton"))->isEnabled());
}

void TestRotateToken::screenshots() {
    const QString dir = qEnvironmentVariable("TOKENADMIN_SCREENSHOT_DIR", QDir::tempPath());
    startWindow();
    const Token old = activeToken(true);
    for (const bool dark : {false, true}) {
        const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        const Token current = serverToken(old.id).value_or(old);
        if (current.isRevoked())
            break;
        RotateTokenDialog *wizard = openRotate(old.id);
        QVERIFY(wizard);
        QVERIFY(wizard->grab().save(dir + QStringLiteral("/rotate-1-%1.png").arg(theme)));
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("createButton")),
                          Qt::LeftButton);
        TokenSecretDialog *secret = nullptr;
        QTRY_VERIFY((secret = visible<TokenSecretDialog>(m_window)));
        QVERIFY(wizard->grab().save(dir + QStringLiteral("/rotate-2-%1.png").arg(theme)));
        secret->findChild<QCheckBox *>(QStringLiteral("storedCheckBox"))->setChecked(true);
        secret->accept();
        QTRY_COMPARE(wizard->step(), RotateTokenDialog::Step::ReplaceOld);
        QVERIFY(wizard->grab().save(dir + QStringLiteral("/rotate-3-%1.png").arg(theme)));
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("laterButton")),
                          Qt::LeftButton);
        m_window->selectToken(old.id);
        QTRY_VERIFY(
            m_window->findChild<QLabel *>(QStringLiteral("detailsPendingRotation"))->isVisible());
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/rotate-pending-%1.png").arg(theme)));
        if (dark) {
            wizard = openRotate(old.id);
            QVERIFY(wizard);
            QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("createButton")),
                              Qt::LeftButton);
            QTRY_VERIFY((secret = visible<TokenSecretDialog>(m_window)));
            secret->findChild<QCheckBox *>(QStringLiteral("storedCheckBox"))->setChecked(true);
            secret->accept();
            QTRY_COMPARE(wizard->step(), RotateTokenDialog::Step::ReplaceOld);
            QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("revokeOldButton")),
                              Qt::LeftButton);
            RevokeTokenDialog *confirm = nullptr;
            QTRY_VERIFY((confirm = visible<RevokeTokenDialog>(wizard)));
            confirm->findChild<QCheckBox *>(QStringLiteral("riskCheckBox"))->setChecked(true);
            QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                              Qt::LeftButton);
            QTRY_COMPARE(wizard->step(), RotateTokenDialog::Step::Done);
            QVERIFY(wizard->grab().save(dir + QStringLiteral("/rotate-4-%1.png").arg(theme)));
            wizard->accept();
        }
    }
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(TestRotateToken)
#include "tst_RotateToken.moc"
