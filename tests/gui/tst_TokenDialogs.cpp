#include "CreateTokenDialog.h"
#include "DisplayText.h"
#include "EditTokenDialog.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "TokenSecretDialog.h"
#include "TokenSession.h"
#include "TokenTableModel.h"
#include "Translations.h"
#include "WindowFixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

#include <ctime>
#include <functional>

using namespace std::chrono_literals;

// Create, edit and the secret dialog, driven through the real window against the sandbox.
class TestTokenDialogs : public QObject, WindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createWithTwoPermissionsAndAnExpiry();
    void createInFlightCannotBeCancelled();
    void secretIsShownWhateverBecameOfTheDialog();
    void revealedSecretLeavesOnlyThroughTheConcealedCopy();
    void createFormValidation();
    void expiryThatBecamePastIsCaughtOnCreate();
    void createStartsWithOneEmptyPermissionRow();
    void enterWithoutPermissionsCreatesNothing();
    void confirmedCreateWithoutPermissions();
    void permissionRowsAreRenumberedAfterARemoval();
    void createWhenDatabasesCannotBeLoaded();
    void createWhenOnlyTheDatabaseListFails();
    void createErrorsFromTheServer_data();
    void createErrorsFromTheServer();
    void expiryIsSentInUtcFromLocalTime_data();
    void expiryIsSentInUtcFromLocalTime();
    void editShowsTheChangesThenSendsOnlyThem();
    void editOnlyPermissions();
    void editCountsOnlyRealDescriptionEdits();
    void editKeepsPermissionsItCannotEdit();
    void reviewComparesWithTheServersCurrentVersion();
    void changeAfterTheReviewIsNeverOverwritten();
    void reviewWhenTheTokenCannotBeRead();
    void editErrorsKeepTheInput_data();
    void editErrorsKeepTheInput();
    void editInFlightCannotBeCancelled();
    void cancelWhileTheTokenIsReadSendsNothing();
    void revokedTokensCannotBeEdited();
    void screenshots();

private:
    template <typename T> T *waitForDialog();
    void setRow(QWidget *dialog, int row, const QString &database, bool read, bool write);
    // Presses "Save Changes…" and waits for the review, shown once the token has been read.
    void openReview(EditTokenDialog *dialog);
    // GETs of that one token, and where in the sandbox's log the last one and the PATCH are.
    int tokenReads(const QString &id) const;
    qsizetype lastIndexOf(const QByteArray &method, const QString &id) const;
    // Changes the token on the server only, as another admin would: the list does not know.
    void changeOnServer(const QString &id, const std::function<void(Token &)> &change);

    QTableView *m_table = nullptr;
};

void TestTokenDialogs::initTestCase() {
    installTranslations(QLocale(QLocale::English));
    setUpApplication(QStringLiteral("tst_tokendialogs"));
}

void TestTokenDialogs::init() {
    setUpFixture();
    Endpoint endpoint = m_sandbox->endpoint();
    endpoint.name = QStringLiteral("Sandbox"); // as main.cpp names it
    openMainWindow({.endpoint = endpoint, .size = {1360, 760}});
    waitForRows();
    m_table = tokenTable();
    m_sandbox->clearReceivedRequests();
}

void TestTokenDialogs::cleanup() {
    tearDownFixture();
}

template <typename T> T *TestTokenDialogs::waitForDialog() {
    T *dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = m_window->findChild<T *>()) && dialog->isVisible());
    }();
    return dialog;
}

void TestTokenDialogs::setRow(QWidget *dialog, int row, const QString &database, bool read,
                              bool write) {
    const auto databases = dialog->findChildren<QComboBox *>(QStringLiteral("permissionDatabase"));
    const auto reads = dialog->findChildren<QCheckBox *>(QStringLiteral("permissionRead"));
    const auto writes = dialog->findChildren<QCheckBox *>(QStringLiteral("permissionWrite"));
    QVERIFY(row < databases.size());
    QComboBox *combo = databases.at(row);
    const int index = combo->findData(database);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(database);
    reads.at(row)->setChecked(read);
    writes.at(row)->setChecked(write);
}

void TestTokenDialogs::openReview(EditTokenDialog *dialog) {
    const int readsBefore = tokenReads(dialog->tokenId());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reviewButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("changeSummary"))->isVisible());
    QCOMPARE(tokenReads(dialog->tokenId()), readsBefore + 1);
}

int TestTokenDialogs::tokenReads(const QString &id) const {
    int reads = 0;
    for (const auto &request : m_sandbox->receivedRequests())
        reads += request.method == "GET" && request.path.endsWith(QStringLiteral("/tokens/") + id);
    return reads;
}

qsizetype TestTokenDialogs::lastIndexOf(const QByteArray &method, const QString &id) const {
    const auto log = m_sandbox->receivedRequests();
    for (qsizetype i = log.size() - 1; i >= 0; --i)
        if (log.at(i).method == method && log.at(i).path.endsWith(QStringLiteral("/tokens/") + id))
            return i;
    return -1;
}

void TestTokenDialogs::changeOnServer(const QString &id,
                                      const std::function<void(Token &)> &change) {
    QList<Token> tokens = m_sandbox->tokens();
    for (Token &token : tokens)
        if (token.id == id)
            change(token);
    m_sandbox->setTokens(tokens);
}

// Posted layout requests carried out, so that a grab shows the final layout. A nested layout
// (the permission rows) posts its parent's request while its own is carried out: a few rounds.
static void settleLayout() {
    for (int round = 0; round < 3; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void TestTokenDialogs::createWithTwoPermissionsAndAnExpiry() {
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = waitForDialog<CreateTokenDialog>();
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(!create->isEnabled());
    // The database list arrives from GET …/databases.
    QTRY_COMPARE(received("GET").size(), 1);
    QVERIFY(received("GET").first().path.endsWith(QLatin1String("/databases")));

    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField")),
                     QStringLiteral("Telegraf on edge-07"));
    // The first permission row is there to fill in; "+ Add permission" gives a second.
    QCOMPARE(dialog->findChildren<QComboBox *>(QStringLiteral("permissionDatabase")).size(), 1);
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addPermissionButton"));
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(dialog->findChildren<QComboBox *>(QStringLiteral("permissionDatabase"))
                    .first()
                    ->findData(QStringLiteral("telemetry")) >= 0);
    setRow(dialog, 0, QStringLiteral("telemetry"), true, true);
    setRow(dialog, 1, QStringLiteral("*"), true, false);
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("expiresToggle")),
                      Qt::LeftButton);
    const QDateTime expiryLocal(QDate::currentDate().addDays(10), QTime(12, 30));
    dialog->findChild<QDateTimeEdit *>(QStringLiteral("expiryField"))->setDateTime(expiryLocal);
    QVERIFY2(create->isEnabled(), qPrintable(dialog->problem()));
    QTest::mouseClick(create, Qt::LeftButton);
    QTest::mouseClick(create, Qt::LeftButton);

    QTRY_COMPARE(received("POST").size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(received("POST").first().body).object();
    const QJsonObject expected{
        {"description", "Telegraf on edge-07"},
        {"permissions", QJsonArray{QJsonObject{{"action", "read"}, {"resource", "telemetry"}},
                                   QJsonObject{{"action", "write"}, {"resource", "telemetry"}},
                                   QJsonObject{{"action", "read"}, {"resource", "*"}}}},
        {"expirationType", "datetime"},
        {"expiresAt", expiryLocal.toUTC().toString(Qt::ISODateWithMs)}};
    QCOMPARE(body, expected);
    QCOMPARE(received("POST").first().contentType, QByteArray("application/json"));

    auto *secretDialog = waitForDialog<TokenSecretDialog>();
    QVERIFY(!m_window->findChild<CreateTokenDialog *>());
    secretDialog->setClipboardClearDelay(300ms);
    auto *secret = secretDialog->findChild<QLineEdit *>(QStringLiteral("secretField"));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(secret->text().startsWith(QLatin1String("apiv1_")));
    QVERIFY(secret->text().size() >= 64);
    const QString accessToken = secret->text();
    QTest::mouseClick(secretDialog->findChild<QAbstractButton *>(QStringLiteral("revealButton")),
                      Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);

    // Copy: concealed from clipboard managers, and gone again after the delay.
    QTest::mouseClick(secretDialog->findChild<QPushButton *>(QStringLiteral("copyButton")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), accessToken);
    QCOMPARE(
        QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
        QByteArray("secret"));
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 5000);

    // Close is blocked until the user says the secret is stored; Escape too.
    auto *close = secretDialog->findChild<QPushButton *>(QStringLiteral("closeButton"));
    QVERIFY(!close->isEnabled());
    QTest::keyClick(secretDialog, Qt::Key_Escape);
    QVERIFY(secretDialog->isVisible());
    QTest::mouseClick(secretDialog->findChild<QCheckBox *>(QStringLiteral("storedCheckBox")),
                      Qt::LeftButton);
    QVERIFY(close->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<TokenSecretDialog *>());

    // The new row is in the list at once, selected, and holds no secret.
    const Token created = m_sandbox->tokens().last();
    QCOMPARE(created.description, QStringLiteral("Telegraf on edge-07"));
    QCOMPARE(m_window->selectedTokenId(), created.id);
    QCOMPARE(m_window->session()->model()->tokenById(created.id)->expiresAt, expiryLocal.toUTC());
    QVERIFY(!m_sandbox->accessTokenSha512(created.id).isEmpty());
    const QAbstractItemModel *model = m_window->session()->model();
    for (int column = 0; column < model->columnCount(); ++column)
        for (int role :
             {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(TokenTableModel::SortRole)})
            QVERIFY(!model->index(model->rowCount() - 1, column)
                         .data(role)
                         .toString()
                         .contains(accessToken));
}

void TestTokenDialogs::createInFlightCannotBeCancelled() {
    m_sandbox->setResponseDelay(400ms);
    m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->trigger();
    auto *dialog = waitForDialog<CreateTokenDialog>();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField")),
                     QStringLiteral("Sent, then Escape"));
    setRow(dialog, 0, QStringLiteral("telemetry"), true, false);
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    QVERIFY(m_window->session()->isCreating());
    // The POST is on its way: the dialog stays, so its answer (and the secret) is not lost.
    QVERIFY(!cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->close());
    dialog->reject();
    QVERIFY(dialog->isVisible());

    auto *secretDialog = waitForDialog<TokenSecretDialog>();
    QTRY_VERIFY(!m_window->findChild<CreateTokenDialog *>());
    const auto *secret = secretDialog->findChild<QLineEdit *>(QStringLiteral("secretField"));
    QVERIFY(secret->text().startsWith(QLatin1String("apiv1_")));
    QCOMPARE(received("POST").size(), 1);
    secretDialog->findChild<QCheckBox *>(QStringLiteral("storedCheckBox"))->setChecked(true);
    secretDialog->accept();
}

void TestTokenDialogs::secretIsShownWhateverBecameOfTheDialog() {
    // The main window shows the secret from the session's answer, not from the dialog's.
    QSignalSpy created(m_window->session(), &TokenSession::createFinished);
    m_window->session()->create(NewToken{QStringLiteral("No dialog"), {}, {}});
    auto *secretDialog = waitForDialog<TokenSecretDialog>();
    QCOMPARE(created.size(), 1);
    QCOMPARE(secretDialog->findChild<QLineEdit *>(QStringLiteral("secretField"))->text(),
             created.first().at(1).toString());
    QCOMPARE(m_window->selectedTokenId(), created.first().at(0).value<Token>().id);
    secretDialog->findChild<QCheckBox *>(QStringLiteral("storedCheckBox"))->setChecked(true);
    secretDialog->accept();
}

void TestTokenDialogs::revealedSecretLeavesOnlyThroughTheConcealedCopy() {
    m_window->session()->create(NewToken{QStringLiteral("Copied with Ctrl+C"), {}, {}});
    auto *secretDialog = waitForDialog<TokenSecretDialog>();
    secretDialog->setClipboardClearDelay(300ms);
    auto *secret = secretDialog->findChild<QLineEdit *>(QStringLiteral("secretField"));
    const QString accessToken = secret->text();
    QTest::mouseClick(secretDialog->findChild<QAbstractButton *>(QStringLiteral("revealButton")),
                      Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);

    // No context menu (its Copy would be a plain one), and nothing can be selected, so the
    // X11 selection never receives the secret.
    QCOMPARE(secret->contextMenuPolicy(), Qt::NoContextMenu);
    secret->selectAll();
    QVERIFY(!secret->hasSelectedText());
    QTest::mouseDClick(secret, Qt::LeftButton);
    QVERIFY(!secret->hasSelectedText());
    QClipboard *clipboard = QApplication::clipboard();
    if (clipboard->supportsSelection())
        QVERIFY(clipboard->text(QClipboard::Selection) != accessToken);

    // Ctrl+C in the revealed field: the concealed copy, cleared after the delay.
    clipboard->setText(QStringLiteral("before"));
    secret->setFocus();
    QTest::keyClick(secret, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text(), accessToken);
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArray("secret"));
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);

    secretDialog->findChild<QCheckBox *>(QStringLiteral("storedCheckBox"))->setChecked(true);
    secretDialog->accept();
}

void TestTokenDialogs::createFormValidation() {
    m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->trigger();
    auto *dialog = waitForDialog<CreateTokenDialog>();
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    QTest::keyClicks(description, QStringLiteral("x"));
    QTest::keyClick(description, Qt::Key_Backspace);
    QVERIFY(!create->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("descriptionProblem"))->isVisible());
    QTest::keyClicks(description, QStringLiteral("Grafana"));
    QVERIFY(!create->isEnabled()); // no permission yet, and none confirmed
    QVERIFY2(dialog->problem().contains(QLatin1String("Choose a database")),
             qPrintable(dialog->problem()));

    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addPermissionButton"));
    setRow(dialog, 0, QStringLiteral("billing"), false, false); // neither Read nor Write
    QVERIFY(!create->isEnabled());
    auto problems = dialog->findChildren<QLabel *>(QStringLiteral("permissionProblem"));
    QTRY_VERIFY(problems.first()->isVisible());
    QVERIFY(problems.first()->text().contains(QLatin1String("Read, Write")));
    setRow(dialog, 0, QStringLiteral("billing"), true, false);
    QVERIFY(create->isEnabled());

    QTest::mouseClick(add, Qt::LeftButton);
    setRow(dialog, 1, QStringLiteral("billing"), false, true); // the same database twice
    QVERIFY(!create->isEnabled());
    QVERIFY(dialog->problem().contains(QLatin1String("already")));
    setRow(dialog, 1, QString(65, QLatin1Char('d')), false, true); // a name too long
    QVERIFY(!create->isEnabled());
    // A row with no database is not a permission: neither an error nor sent.
    setRow(dialog, 1, QString(), false, true);
    QVERIFY2(create->isEnabled(), qPrintable(dialog->problem()));
    QCOMPARE(dialog->request().permissions,
             (QList<Permission>{{QStringLiteral("read"), QStringLiteral("billing")}}));
    QTest::mouseClick(
        dialog->findChildren<QAbstractButton *>(QStringLiteral("removePermissionButton")).last(),
        Qt::LeftButton);
    QTRY_VERIFY(create->isEnabled());

    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("expiresToggle")),
                      Qt::LeftButton);
    dialog->findChild<QDateTimeEdit *>(QStringLiteral("expiryField"))
        ->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
    QVERIFY(!create->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("expiryProblem"))->isVisible());
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(!m_window->session()->isCreating());
    roundTrip();
    QVERIFY(received("POST").isEmpty());
}

void TestTokenDialogs::expiryThatBecamePastIsCaughtOnCreate() {
    m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->trigger();
    auto *dialog = waitForDialog<CreateTokenDialog>();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField")),
                     QStringLiteral("Expires a minute ago"));
    setRow(dialog, 0, QStringLiteral("telemetry"), true, false);
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("expiresToggle")),
                      Qt::LeftButton);
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    auto *expiry = dialog->findChild<QDateTimeEdit *>(QStringLiteral("expiryField"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("expiryProblem"));
    QVERIFY(create->isEnabled());
    QVERIFY(!problem->isVisible());
    {
        // As if the dialog had stayed open while the chosen time went by: the field holds a
        // past time and nothing re-checked it.
        const QSignalBlocker quiet(expiry);
        expiry->setDateTime(QDateTime::currentDateTime().addSecs(-60));
    }
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(!m_window->session()->isCreating());
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QLatin1String("future")));
    QVERIFY(!create->isEnabled());
    QCOMPARE(dialog->focusWidget(), expiry); // the field at fault
    roundTrip();
    QVERIFY(received("POST").isEmpty());
}

void TestTokenDialogs::createStartsWithOneEmptyPermissionRow() {
    m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->trigger();
    auto *dialog = waitForDialog<CreateTokenDialog>();
    // As in the portal: one row, no database chosen yet, Read ticked.
    const auto databases = dialog->findChildren<QComboBox *>(QStringLiteral("permissionDatabase"));
    QCOMPARE(databases.size(), 1);
    QVERIFY(databases.first()->isVisible());
    QVERIFY(databases.first()->currentText().isEmpty());
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("permissionRead"))->isChecked());
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("permissionWrite"))->isChecked());
    // An empty row is not a mistake to point at before anything was typed.
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("permissionProblem"))->isVisible());
    QVERIFY(dialog->request().permissions.isEmpty());
    // Tab reaches the row where it is seen: before "+ Add permission" and the buttons.
    QApplication::setActiveWindow(dialog); // no window manager here to do it
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    description->setFocus();
    QStringList reached;
    for (int press = 0; press < 12 && !reached.contains(QLatin1String("cancelButton")); ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached.append(QApplication::focusWidget()->objectName());
    }
    // Create Token is disabled until a permission is chosen or none confirmed: not reached.
    QCOMPARE(reached, (QStringList{"expiresToggle", "permissionDatabase", "permissionRead",
                                   "permissionWrite", "removePermissionButton",
                                   "addPermissionButton", "noPermissionsConfirm", "cancelButton"}));

    // Described, and the row filled: that one permission is created, and a row added and
    // left empty is not sent.
    auto *confirm = dialog->findChild<QCheckBox *>(QStringLiteral("noPermissionsConfirm"));
    QVERIFY(confirm->isVisible());
    QTest::keyClicks(description, QStringLiteral("One permission"));
    QTRY_VERIFY(databases.first()->findData(QStringLiteral("iot_sensors")) >= 0);
    setRow(dialog, 0, QStringLiteral("iot_sensors"), true, false);
    QVERIFY(!confirm->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addPermissionButton")),
                      Qt::LeftButton);
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY2(create->isEnabled(), qPrintable(dialog->problem()));
    QCOMPARE(create->text(), QStringLiteral("Create Token"));
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_COMPARE(received("POST").size(), 1);
    QCOMPARE(QJsonDocument::fromJson(received("POST").first().body)
                 .object()
                 .value(QLatin1String("permissions")),
             QJsonValue(QJsonArray{QJsonObject{{"action", "read"}, {"resource", "iot_sensors"}}}));
    auto *secret = waitForDialog<TokenSecretDialog>();
    secret->findChild<QCheckBox *>(QStringLiteral("storedCheckBox"))->setChecked(true);
    secret->accept();
}

void TestTokenDialogs::enterWithoutPermissionsCreatesNothing() {
    m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->trigger();
    auto *dialog = waitForDialog<CreateTokenDialog>();
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    QTest::keyClicks(description, QStringLiteral("Placeholder"));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(!create->isEnabled());
    QApplication::setActiveWindow(dialog); // no window manager here to do it
    // Enter, then Enter held down: nothing is sent; the form says what is missing, and the
    // focus goes to the first row's database.
    QTest::keyClick(description, Qt::Key_Return);
    for (int i = 0; i < 10; ++i) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QString(), true);
        QApplication::sendEvent(QApplication::focusWidget(), &press);
    }
    QTest::keyClick(dialog, Qt::Key_Enter);
    QVERIFY(!m_window->session()->isCreating());
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("permissionsProblem"));
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("Choose a database")),
             qPrintable(problem->text()));
    QCOMPARE(QApplication::focusWidget(),
             dialog->findChild<QComboBox *>(QStringLiteral("permissionDatabase")));
    QVERIFY(dialog->isVisible());
    roundTrip();
    QVERIFY(received("POST").isEmpty());
    // A database chosen: the problem is gone.
    setRow(dialog, 0, QStringLiteral("billing"), true, false);
    QVERIFY(!problem->isVisible());
    QVERIFY(create->isEnabled());
}

void TestTokenDialogs::confirmedCreateWithoutPermissions() {
    m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->trigger();
    auto *dialog = waitForDialog<CreateTokenDialog>();
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    QTest::keyClicks(description, QStringLiteral("Placeholder"));
    auto *confirm = dialog->findChild<QCheckBox *>(QStringLiteral("noPermissionsConfirm"));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(confirm);
    QVERIFY(confirm->isVisible());
    QVERIFY(confirm->text().contains(QLatin1String("without permissions")));
    QVERIFY(!confirm->isChecked());
    QVERIFY(!create->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    // The button says what will happen.
    QVERIFY(create->isEnabled());
    QCOMPARE(create->text(), QStringLiteral("Create Token Without Permissions"));
    QCOMPARE(create->accessibleName(), create->text());

    // A database chosen, then cleared again: the confirmation is asked for again.
    setRow(dialog, 0, QStringLiteral("billing"), true, false);
    QVERIFY(!confirm->isVisible());
    QCOMPARE(create->text(), QStringLiteral("Create Token"));
    setRow(dialog, 0, QString(), true, false);
    QVERIFY(confirm->isVisible());
    QVERIFY(!confirm->isChecked());
    QVERIFY(!create->isEnabled());

    // Ticked, then Enter: the token is created, with no permissions.
    confirm->setFocus();
    QTest::keyClick(confirm, Qt::Key_Space);
    QVERIFY(confirm->isChecked());
    QTest::keyClick(description, Qt::Key_Return);
    QTRY_COMPARE(received("POST").size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(received("POST").first().body).object();
    QCOMPARE(body, (QJsonObject{{"description", "Placeholder"},
                                {"permissions", QJsonArray()},
                                {"expirationType", "noExpiration"}}));
    auto *secret = waitForDialog<TokenSecretDialog>();
    QVERIFY(m_sandbox->tokens().last().permissions.isEmpty());
    secret->findChild<QCheckBox *>(QStringLiteral("storedCheckBox"))->setChecked(true);
    secret->accept();
}

void TestTokenDialogs::permissionRowsAreRenumberedAfterARemoval() {
    m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->trigger();
    auto *dialog = waitForDialog<CreateTokenDialog>();
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addPermissionButton"));
    for (int i = 0; i < 2; ++i) // after the row the form starts with
        QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(
        dialog->findChildren<QAbstractButton *>(QStringLiteral("removePermissionButton")).first(),
        Qt::LeftButton);
    // The rows on screen (new ones are shown once the event loop runs; a removed one is hidden
    // and deleted later), in their order.
    auto shown = [dialog](const QString &objectName) {
        QStringList names;
        for (QWidget *widget : dialog->findChildren<QWidget *>(objectName))
            if (widget->isVisibleTo(dialog))
                names.append(widget->accessibleName());
        return names;
    };
    QTRY_COMPARE(shown(QStringLiteral("permissionDatabase")),
                 (QStringList{"Database of permission 1", "Database of permission 2"}));
    QTRY_COMPARE(shown(QStringLiteral("permissionRead")),
                 (QStringList{"Read permission 1", "Read permission 2"}));
    QTRY_COMPARE(shown(QStringLiteral("permissionWrite")),
                 (QStringList{"Write permission 1", "Write permission 2"}));
    QTRY_COMPARE(shown(QStringLiteral("removePermissionButton")),
                 (QStringList{"Remove permission 1", "Remove permission 2"}));
}

void TestTokenDialogs::createWhenDatabasesCannotBeLoaded() {
    m_sandbox->stop();
    m_network->clearConnectionCache(); // gone for a while, not closing as the POST goes out
    m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->trigger();
    auto *dialog = waitForDialog<CreateTokenDialog>();
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("databasesNote"));
    QTRY_VERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("type a database name")));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField")),
                     QStringLiteral("Typed by hand"));
    setRow(dialog, 0, QStringLiteral("my_database"), true, false);
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(create->isEnabled());
    QCOMPARE(dialog->request().permissions,
             (QList<Permission>{{QStringLiteral("read"), QStringLiteral("my_database")}}));

    // The server is unreachable: the dialog says so and keeps everything typed.
    QTest::mouseClick(create, Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("not created")), qPrintable(error->text()));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"))->text(),
             QStringLiteral("Typed by hand"));
    QVERIFY(create->isEnabled());
}

void TestTokenDialogs::createWhenOnlyTheDatabaseListFails() {
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.method = "GET";
    fault.path = QRegularExpression(QStringLiteral("/databases$"));
    fault.status = 500;
    m_sandbox->addFault(fault);
    m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->trigger();
    auto *dialog = waitForDialog<CreateTokenDialog>();
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("databasesNote"));
    QTRY_VERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("500")), qPrintable(note->text()));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField")),
                     QStringLiteral("Database typed by hand"));
    auto *database =
        dialog->findChildren<QComboBox *>(QStringLiteral("permissionDatabase")).first();
    QCOMPARE(database->count(), 1); // "All databases" only: the list never came
    database->setFocus();
    QTest::keyClicks(database->lineEdit(), QStringLiteral("sensor_archive"));
    dialog->findChildren<QCheckBox *>(QStringLiteral("permissionRead")).first()->setChecked(false);
    dialog->findChildren<QCheckBox *>(QStringLiteral("permissionWrite")).first()->setChecked(true);
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY2(create->isEnabled(), qPrintable(dialog->problem()));
    QTest::mouseClick(create, Qt::LeftButton);

    // Everything else works: the token is created with the typed name and its secret shown.
    auto *secret = waitForDialog<TokenSecretDialog>();
    QCOMPARE(received("POST").size(), 1);
    QCOMPARE(
        QJsonDocument::fromJson(received("POST").first().body)
            .object()
            .value(QLatin1String("permissions")),
        QJsonValue(QJsonArray{QJsonObject{{"action", "write"}, {"resource", "sensor_archive"}}}));
    const Token created = m_sandbox->tokens().last();
    QCOMPARE(created.permissions,
             (QList<Permission>{{QStringLiteral("write"), QStringLiteral("sensor_archive")}}));
    QCOMPARE(m_window->selectedTokenId(), created.id);
    secret->findChild<QCheckBox *>(QStringLiteral("storedCheckBox"))->setChecked(true);
    secret->accept();
}

void TestTokenDialogs::createErrorsFromTheServer_data() {
    QTest::addColumn<int>("status");
    QTest::newRow("400 Bad Request") << 400;
    QTest::newRow("409 Conflict") << 409;
}

void TestTokenDialogs::createErrorsFromTheServer() {
    QFETCH(int, status);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.method = "POST";
    fault.status = status;
    fault.count = 1;
    m_sandbox->addFault(fault);
    const int rowsBefore = m_window->session()->model()->rowCount();
    m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->trigger();
    auto *dialog = waitForDialog<CreateTokenDialog>();
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    QTest::keyClicks(description, QStringLiteral("Refused by the server"));
    setRow(dialog, 0, QStringLiteral("telemetry"), true, false);
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QTest::mouseClick(create, Qt::LeftButton);

    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    const QString text = error->text();
    QVERIFY2(text.contains(QLatin1String("not created")) &&
                 text.contains(QStringLiteral("HTTP %1").arg(status)) &&
                 text.contains(QLatin1String("injected fault")), // the server's message
             qPrintable(text));
    // Nothing was created, nothing claims it was, and the form is as the user left it.
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_window->findChild<TokenSecretDialog *>());
    QCOMPARE(m_window->session()->model()->rowCount(), rowsBefore);
    QCOMPARE(description->text(), QStringLiteral("Refused by the server"));
    QVERIFY(create->isEnabled());
    QCOMPARE(received("POST").size(), 1);

    // The fault was for one request: trying again works.
    QTest::mouseClick(create, Qt::LeftButton);
    auto *secret = waitForDialog<TokenSecretDialog>();
    QCOMPARE(received("POST").size(), 2);
    QCOMPARE(m_window->session()->model()->rowCount(), rowsBefore + 1);
    secret->findChild<QCheckBox *>(QStringLiteral("storedCheckBox"))->setChecked(true);
    secret->accept();
}

void TestTokenDialogs::expiryIsSentInUtcFromLocalTime_data() {
    // main() runs this suite in New Zealand time: UTC+13 in its summer, UTC+12 in winter.
    QTest::addColumn<QDateTime>("local");
    QTest::addColumn<QString>("sent");
    QTest::newRow("summer (NZDT)")
        << QDateTime(QDate(2031, 1, 15), QTime(12, 30)) << "2031-01-14T23:30:00.000Z";
    QTest::newRow("winter (NZST)")
        << QDateTime(QDate(2031, 7, 15), QTime(0, 15)) << "2031-07-14T12:15:00.000Z";
}

void TestTokenDialogs::expiryIsSentInUtcFromLocalTime() {
    QFETCH(QDateTime, local);
    QFETCH(QString, sent);
    QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Pacific/Auckland"));
    m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->trigger();
    auto *dialog = waitForDialog<CreateTokenDialog>();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField")),
                     QStringLiteral("Expires in New Zealand"));
    setRow(dialog, 0, QStringLiteral("telemetry"), false, true);
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("expiresToggle")),
                      Qt::LeftButton);
    auto *expiry = dialog->findChild<QDateTimeEdit *>(QStringLiteral("expiryField"));
    expiry->setDateTime(local);
    QCOMPARE(expiry->text(), local.toString(QStringLiteral("yyyy-MM-dd HH:mm"))); // shown local
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(received("POST").size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(received("POST").first().body).object();
    QCOMPARE(body.value(QLatin1String("expiresAt")).toString(), sent);
    auto *secret = waitForDialog<TokenSecretDialog>();
    secret->findChild<QCheckBox *>(QStringLiteral("storedCheckBox"))->setChecked(true);
    secret->accept();
}

void TestTokenDialogs::editShowsTheChangesThenSendsOnlyThem() {
    Token target;
    for (int row = 0; row < m_table->model()->rowCount() && target.id.isEmpty(); ++row) {
        const std::optional<Token> token = m_window->session()->model()->tokenById(
            m_table->model()->index(row, 0).data(TokenTableModel::TokenIdRole).toString());
        if (token->permissions.size() == 1)
            target = *token;
    }
    QVERIFY(!target.id.isEmpty());
    m_window->selectToken(target.id);
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_F2);
    auto *dialog = waitForDialog<EditTokenDialog>();
    QCOMPARE(dialog->tokenId(), target.id);
    auto *review = dialog->findChild<QPushButton *>(QStringLiteral("reviewButton"));
    QVERIFY(!review->isEnabled()); // nothing changed yet
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("expiryField"))->isReadOnly());

    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("Renamed token"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addPermissionButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(dialog->findChildren<QComboBox *>(QStringLiteral("permissionDatabase"))
                    .last()
                    ->findData(QStringLiteral("app_logs")) >= 0);
    const Permission old = target.permissions.first();
    const QString newDatabase = old.resource == QLatin1String("app_logs")
                                    ? QStringLiteral("billing")
                                    : QStringLiteral("app_logs");
    setRow(dialog, 1, newDatabase, false, true);
    QVERIFY(review->isEnabled());
    QCOMPARE(tokenReads(target.id), 0);
    openReview(dialog); // on the server's copy, read as the review opens

    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("changeSummary"));
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(
                 QStringLiteral("“%1” → “%2”")
                     .arg(DisplayText::isolated(target.description, 500),
                          DisplayText::isolated(QStringLiteral("Renamed token"), 500))),
             qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(
                 QStringLiteral("Permissions added:\n  • %1: write").arg(newDatabase)),
             qPrintable(summary->text()));
    QVERIFY(!summary->text().contains(QLatin1String("removed")));
    QVERIFY(received("PATCH").isEmpty());

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(received("PATCH").size(), 1);
    QVERIFY(received("PATCH").first().path.endsWith(target.id));
    // Read once more just before: the PATCH follows a GET that found the version reviewed.
    QCOMPARE(tokenReads(target.id), 2);
    QVERIFY(lastIndexOf("GET", target.id) < lastIndexOf("PATCH", target.id));
    const QJsonObject body = QJsonDocument::fromJson(received("PATCH").first().body).object();
    QCOMPARE(body, (QJsonObject{
                       {"description", "Renamed token"},
                       {"permissions",
                        QJsonArray{QJsonObject{{"action", old.action}, {"resource", old.resource}},
                                   QJsonObject{{"action", "write"}, {"resource", newDatabase}}}}}));
    QTRY_VERIFY(!m_window->findChild<EditTokenDialog *>());
    QCOMPARE(m_window->session()->model()->tokenById(target.id)->description,
             QStringLiteral("Renamed token"));
    QCOMPARE(m_window->session()->model()->tokenById(target.id)->permissions.size(), 2);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("detailsDescription"))->text(),
             QStringLiteral("Renamed token"));
}

void TestTokenDialogs::editOnlyPermissions() {
    const Token target = firstActiveToken();
    m_window->selectToken(target.id);
    m_window->findChild<QAction *>(QStringLiteral("actionEditToken"))->trigger();
    auto *dialog = waitForDialog<EditTokenDialog>();
    for (QAbstractButton *remove :
         dialog->findChildren<QAbstractButton *>(QStringLiteral("removePermissionButton")))
        QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(dialog->findChildren<QComboBox *>(QStringLiteral("permissionDatabase")).isEmpty() ||
                !dialog->findChildren<QComboBox *>(QStringLiteral("permissionDatabase"))
                     .first()
                     ->isVisible());
    // As in the create dialog, the form says that such a token can do nothing.
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("noPermissionsNote"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    openReview(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("changeSummary"))
                ->text()
                .contains(QLatin1String("no permissions left")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(received("PATCH").size(), 1);
    QCOMPARE(QJsonDocument::fromJson(received("PATCH").first().body).object(),
             (QJsonObject{{"permissions", QJsonArray()}}));
}

void TestTokenDialogs::editCountsOnlyRealDescriptionEdits() {
    // Two tokens as a server may hold them: outer spaces in one description, none in the other.
    const Token padded = firstActiveToken();
    const QString paddedText = QStringLiteral("  padded  ");
    QString emptyId;
    QList<Token> tokens = m_sandbox->tokens();
    for (Token &token : tokens) {
        if (token.id == padded.id) {
            token.description = paddedText;
        } else if (emptyId.isEmpty() && !token.isRevoked() && !token.expires() &&
                   !token.permissions.isEmpty()) {
            token.description.clear();
            emptyId = token.id;
        }
    }
    QVERIFY(!emptyId.isEmpty());
    m_sandbox->setTokens(tokens);
    roundTrip();
    m_sandbox->clearReceivedRequests();

    for (const QString &id : {padded.id, emptyId}) {
        const Token server = *m_window->session()->model()->tokenById(id);
        m_window->selectToken(id);
        m_window->findChild<QAction *>(QStringLiteral("actionEditToken"))->trigger();
        auto *dialog = waitForDialog<EditTokenDialog>();
        auto *review = dialog->findChild<QPushButton *>(QStringLiteral("reviewButton"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"))->text(),
                 server.description);
        // Opened as the server has it: nothing to save, and no complaint about the description.
        QVERIFY(!review->isEnabled());
        QVERIFY(dialog->changes().isEmpty());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("descriptionProblem"))->isVisible());
        // Permissions alone can change.
        auto *read = dialog->findChildren<QCheckBox *>(QStringLiteral("permissionRead")).first();
        auto *write = dialog->findChildren<QCheckBox *>(QStringLiteral("permissionWrite")).first();
        QTest::mouseClick(read->isChecked() && !write->isChecked() ? write : read,
                          Qt::LeftButton); // the row stays valid
        QVERIFY2(review->isEnabled(), qPrintable(review->toolTip()));
        openReview(dialog);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("changeSummary"))
                     ->text()
                     .contains(QLatin1String("Description")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<EditTokenDialog *>());
        const QJsonObject body = QJsonDocument::fromJson(received("PATCH").last().body).object();
        QCOMPARE(body.keys(), QStringList{QStringLiteral("permissions")});
        for (const Token &token : m_sandbox->tokens())
            if (token.id == id)
                QCOMPARE(token.description, server.description);
    }
    QCOMPARE(received("PATCH").size(), 2);

    // Clearing a description that was there is a change, and a description is then required.
    m_window->selectToken(padded.id);
    m_window->findChild<QAction *>(QStringLiteral("actionEditToken"))->trigger();
    auto *dialog = waitForDialog<EditTokenDialog>();
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    description->selectAll();
    QTest::keyClick(description, Qt::Key_Backspace);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("descriptionProblem"))->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("reviewButton"))->isEnabled());
}

void TestTokenDialogs::editKeepsPermissionsItCannotEdit() {
    // The spec's action is any string: a server may send more than read and write.
    const Token target = firstActiveToken();
    const Permission admin{QStringLiteral("admin"), QStringLiteral("telemetry")};
    const Permission readLogs{QStringLiteral("read"), QStringLiteral("app_logs")};
    const Permission writeLogs{QStringLiteral("write"), QStringLiteral("app_logs")};
    QList<Token> tokens = m_sandbox->tokens();
    for (Token &token : tokens)
        if (token.id == target.id)
            token.permissions = {admin, readLogs};
    m_sandbox->setTokens(tokens);
    roundTrip();
    m_sandbox->clearReceivedRequests();

    // The details panel lists the other action in a column of its own, there only when needed.
    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("detailsPermissions"));
    m_window->selectToken(firstActiveToken().id == target.id ? m_sandbox->tokens().last().id
                                                             : firstActiveToken().id);
    QVERIFY(table->isColumnHidden(3));
    m_window->selectToken(target.id);
    QVERIFY(!table->isColumnHidden(3));
    QStringList shown;
    for (int row = 0; row < table->rowCount(); ++row)
        shown.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(table->item(row, 0)->text(), table->item(row, 1)->text(),
                              table->item(row, 2)->text(), table->item(row, 3)->text())
                         .trimmed());
    QCOMPARE(shown, QStringList({QStringLiteral("telemetry No No admin"),
                                 QStringLiteral("app_logs Yes No")}));

    m_window->findChild<QAction *>(QStringLiteral("actionEditToken"))->trigger();
    auto *dialog = waitForDialog<EditTokenDialog>();
    // One row to edit (app_logs, read); the other action listed as kept, read-only.
    const auto rows = dialog->findChildren<QComboBox *>(QStringLiteral("permissionDatabase"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first()->currentText(), QStringLiteral("app_logs"));
    QVERIFY(
        dialog->findChildren<QCheckBox *>(QStringLiteral("permissionRead")).first()->isChecked());
    auto *kept = dialog->findChild<QLabel *>(QStringLiteral("keptPermissionsNote"));
    QVERIFY(kept->isVisible());
    QVERIFY2(kept->text().contains(QLatin1String("telemetry: admin")), qPrintable(kept->text()));
    auto *review = dialog->findChild<QPushButton *>(QStringLiteral("reviewButton"));
    QVERIFY(!review->isEnabled()); // valid, and nothing changed
    QVERIFY(dialog->changes().isEmpty());

    // A permission change sends the kept one back with the rest, and does not call it removed.
    QTest::mouseClick(dialog->findChildren<QCheckBox *>(QStringLiteral("permissionWrite")).first(),
                      Qt::LeftButton);
    QVERIFY(dialog->changes().permissions);
    QVERIFY(samePermissions(*dialog->changes().permissions, {readLogs, writeLogs, admin}));
    openReview(dialog);
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("changeSummary"))->text();
    QVERIFY2(summary.contains(QLatin1String("app_logs: write")) &&
                 !summary.contains(QLatin1String("removed")),
             qPrintable(summary));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("backButton")),
                      Qt::LeftButton);
    QTest::mouseClick(dialog->findChildren<QCheckBox *>(QStringLiteral("permissionWrite")).first(),
                      Qt::LeftButton);

    // A description change sends the description alone; the server keeps every permission.
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("Renamed, admin kept"));
    openReview(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<EditTokenDialog *>());
    QCOMPARE(QJsonDocument::fromJson(received("PATCH").first().body).object(),
             (QJsonObject{{"description", "Renamed, admin kept"}}));
    QVERIFY(samePermissions(m_window->session()->model()->tokenById(target.id)->permissions,
                            {admin, readLogs}));
}

void TestTokenDialogs::reviewComparesWithTheServersCurrentVersion() {
    const Token target = firstActiveToken();
    const Permission readLogs{QStringLiteral("read"), QStringLiteral("app_logs")};
    const Permission writeBilling{QStringLiteral("write"), QStringLiteral("billing")};
    const Permission readTelemetry{QStringLiteral("read"), QStringLiteral("telemetry")};
    changeOnServer(target.id, [&](Token &token) { token.permissions = {readLogs}; });
    roundTrip(); // the list shows this version
    m_sandbox->clearReceivedRequests();

    m_window->selectToken(target.id);
    m_window->findChild<QAction *>(QStringLiteral("actionEditToken"))->trigger();
    auto *dialog = waitForDialog<EditTokenDialog>();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addPermissionButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(dialog->findChildren<QComboBox *>(QStringLiteral("permissionDatabase"))
                    .last()
                    ->findData(QStringLiteral("billing")) >= 0);
    setRow(dialog, 1, QStringLiteral("billing"), false, true);

    // Meanwhile someone else renames the token and gives it read on telemetry, on the server
    // only: the list has not seen it, the review must.
    changeOnServer(target.id, [&](Token &token) {
        token.description = QStringLiteral("Renamed elsewhere");
        token.permissions = {readLogs, readTelemetry};
    });
    auto *notice = dialog->findChild<QLabel *>(QStringLiteral("serverChangedNote"));
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());
    openReview(dialog);
    QVERIFY(notice->isVisible());
    // What changed there is said.
    QVERIFY2(notice->text().contains(QLatin1String("after this dialog opened")) &&
                 notice->text().contains(QLatin1String("Renamed elsewhere")) &&
                 notice->text().contains(QLatin1String("telemetry: read")),
             qPrintable(notice->text()));
    // The user's edit is applied to the current version: theirs added, nothing of theirs lost.
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("changeSummary"))->text();
    QVERIFY2(summary.contains(QLatin1String("billing: write")) &&
                 !summary.contains(QLatin1String("removed")) &&
                 !summary.contains(QLatin1String("Description")),
             qPrintable(summary));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"))->text(),
             QStringLiteral("Renamed elsewhere"));
    // The list learnt the server's version as the review read it.
    QCOMPARE(m_window->session()->model()->tokenById(target.id)->description,
             QStringLiteral("Renamed elsewhere"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<EditTokenDialog *>());
    const QJsonObject body = QJsonDocument::fromJson(received("PATCH").first().body).object();
    QCOMPARE(body.keys(), QStringList{QStringLiteral("permissions")});
    QVERIFY(samePermissions(m_window->session()->model()->tokenById(target.id)->permissions,
                            {readLogs, readTelemetry, writeBilling}));

    // Revoked meanwhile, on the server only: the review says so, and nothing can be saved.
    m_window->findChild<QAction *>(QStringLiteral("actionEditToken"))->trigger();
    dialog = waitForDialog<EditTokenDialog>();
    QTest::mouseClick(dialog->findChildren<QCheckBox *>(QStringLiteral("permissionWrite")).first(),
                      Qt::LeftButton);
    changeOnServer(target.id,
                   [](Token &token) { token.revokedAt = QDateTime::currentDateTimeUtc(); });
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reviewButton")),
                      Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("revoked")), qPrintable(error->text()));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("reviewButton"))->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->isVisible());
    QCOMPARE(received("PATCH").size(), 1);
}

void TestTokenDialogs::changeAfterTheReviewIsNeverOverwritten() {
    const Token target = firstActiveToken();
    const Permission readLogs{QStringLiteral("read"), QStringLiteral("app_logs")};
    const Permission writeBilling{QStringLiteral("write"), QStringLiteral("billing")};
    const Permission readTelemetry{QStringLiteral("read"), QStringLiteral("telemetry")};
    changeOnServer(target.id, [&](Token &token) { token.permissions = {readLogs}; });
    roundTrip();
    m_sandbox->clearReceivedRequests();

    m_window->selectToken(target.id);
    m_window->findChild<QAction *>(QStringLiteral("actionEditToken"))->trigger();
    auto *dialog = waitForDialog<EditTokenDialog>();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addPermissionButton")),
                      Qt::LeftButton);
    setRow(dialog, 1, QStringLiteral("billing"), false, true);
    openReview(dialog);
    auto *notice = dialog->findChild<QLabel *>(QStringLiteral("serverChangedNote"));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("changeSummary"));
    QVERIFY(!notice->isVisible()); // the server had the version the dialog opened with
    QVERIFY2(summary->text().contains(QLatin1String("billing: write")),
             qPrintable(summary->text()));

    // With the review on screen, another admin renames the token and grants read on
    // telemetry, directly on the server.
    changeOnServer(target.id, [&](Token &token) {
        token.description = QStringLiteral("Renamed by another admin");
        token.permissions = {readLogs, readTelemetry};
    });
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(notice->isVisible());
    // Nothing was sent: the token was read again, found changed, and the review shown again.
    QCOMPARE(tokenReads(target.id), 2);
    roundTrip();
    QVERIFY(received("PATCH").isEmpty());
    QVERIFY2(notice->text().contains(QLatin1String("after you reviewed it")) &&
                 notice->text().contains(QLatin1String("nothing was saved")) &&
                 notice->text().contains(QLatin1String("Renamed by another admin")) &&
                 notice->text().contains(QLatin1String("telemetry: read")),
             qPrintable(notice->text()));
    QVERIFY(summary->isVisible());
    QVERIFY(save->isVisible() && save->isEnabled());
    QVERIFY2(summary->text().contains(QLatin1String("billing: write")) &&
                 !summary->text().contains(QLatin1String("removed")) &&
                 !summary->text().contains(QLatin1String("Description")),
             qPrintable(summary->text()));
    for (const Token &token : m_sandbox->tokens())
        if (token.id == target.id)
            QCOMPARE(token.description, QStringLiteral("Renamed by another admin"));

    // Confirmed again, over the new version: the other admin's change stays.
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<EditTokenDialog *>());
    QCOMPARE(received("PATCH").size(), 1);
    QCOMPARE(tokenReads(target.id), 3);
    QCOMPARE(QJsonDocument::fromJson(received("PATCH").first().body).object().keys(),
             QStringList{QStringLiteral("permissions")});
    for (const Token &token : m_sandbox->tokens()) {
        if (token.id != target.id)
            continue;
        QCOMPARE(token.description, QStringLiteral("Renamed by another admin"));
        QVERIFY(samePermissions(token.permissions, {readLogs, readTelemetry, writeBilling}));
    }
}

void TestTokenDialogs::reviewWhenTheTokenCannotBeRead() {
    const Token target = firstActiveToken();
    m_window->selectToken(target.id);
    m_window->findChild<QAction *>(QStringLiteral("actionEditToken"))->trigger();
    auto *dialog = waitForDialog<EditTokenDialog>();
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    description->setText(QStringLiteral("My careful edit"));
    auto *review = dialog->findChild<QPushButton *>(QStringLiteral("reviewButton"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("changeSummary"));
    QTRY_VERIFY(!m_window->session()->isBusy());

    // The server fails to answer the read once: said, nothing reviewed, and Review again works.
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.method = "GET";
    fault.path = QRegularExpression(QStringLiteral("/tokens/%1$").arg(target.id));
    fault.status = 500;
    fault.count = 1;
    m_sandbox->addFault(fault);
    QTest::mouseClick(review, Qt::LeftButton);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("could not be read")) &&
                 error->text().contains(QLatin1String("HTTP 500")),
             qPrintable(error->text()));
    QVERIFY(!summary->isVisible());
    QVERIFY(review->isEnabled());
    QCOMPARE(QApplication::focusWidget(), review);
    openReview(dialog);
    QVERIFY(!error->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("backButton")),
                      Qt::LeftButton);

    // Gone from the server (404) when the review reads it: said, nothing sent, the row leaves
    // the list, and the form keeps what was typed.
    QVERIFY(m_sandbox->removeToken(target.id));
    QTest::mouseClick(review, Qt::LeftButton);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("no longer exists")), qPrintable(error->text()));
    QVERIFY(!summary->isVisible());
    QVERIFY(!review->isEnabled());
    QCOMPARE(description->text(), QStringLiteral("My careful edit"));
    QTRY_VERIFY(!m_window->session()->model()->tokenById(target.id));
    QVERIFY(received("PATCH").isEmpty());
    QVERIFY(dialog->isVisible());
}

void TestTokenDialogs::editErrorsKeepTheInput_data() {
    QTest::addColumn<QString>("serverSide");
    QTest::addColumn<QString>("mustSay");
    QTest::addColumn<int>("patches");
    QTest::newRow("404: removed on the server before the review") << "remove"
                                                                  << "no longer exists" << 0;
    QTest::newRow("revoked on the server before the review") << "revoke"
                                                             << "revoked" << 0;
    QTest::newRow("404: removed after the review") << "remove after review"
                                                   << "no longer exists" << 0;
    QTest::newRow("404 answering the PATCH") << "404"
                                             << "no longer exists" << 1;
    QTest::newRow("409 answering the PATCH") << "409"
                                             << "conflict" << 1;
    QTest::newRow("400: refused as invalid") << "400"
                                             << "refused the changes as invalid" << 1;
}

void TestTokenDialogs::editErrorsKeepTheInput() {
    QFETCH(QString, serverSide);
    QFETCH(QString, mustSay);
    QFETCH(int, patches);
    const Token target = firstActiveToken();
    m_window->selectToken(target.id);
    m_window->findChild<QAction *>(QStringLiteral("actionEditToken"))->trigger();
    auto *dialog = waitForDialog<EditTokenDialog>();
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    description->setText(QStringLiteral("My careful edit"));
    if (serverSide == QLatin1String("remove")) {
        QVERIFY(m_sandbox->removeToken(target.id));
    } else if (serverSide == QLatin1String("revoke")) {
        changeOnServer(target.id,
                       [](Token &token) { token.revokedAt = QDateTime::currentDateTimeUtc(); });
    } else if (serverSide != QLatin1String("remove after review")) {
        // What a server may answer when the token changed between the last read and the PATCH
        // (404, 409), or what a stricter server says of a body the sandbox accepts (400).
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Status;
        fault.method = "PATCH";
        fault.status = serverSide.toInt();
        fault.count = 1;
        m_sandbox->addFault(fault);
    }
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reviewButton")),
                      Qt::LeftButton);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(save->isVisible() || error->isVisible());
    if (serverSide == QLatin1String("remove after review"))
        QVERIFY(m_sandbox->removeToken(target.id));
    if (save->isVisible())
        QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(mustSay), qPrintable(error->text()));
    QTRY_VERIFY(!m_window->session()->isBusy());
    QCOMPARE(received("PATCH").size(), patches);
    QVERIFY(dialog->isVisible());
    QCOMPARE(description->text(), QStringLiteral("My careful edit"));
    if (serverSide != QLatin1String("remove after review"))
        QVERIFY(description->isVisible()); // back on the form
    QCOMPARE(m_window->session()->model()->tokenById(target.id)
                 ? m_window->session()->model()->tokenById(target.id)->description
                 : target.description,
             target.description);
}

void TestTokenDialogs::editInFlightCannotBeCancelled() {
    m_sandbox->setResponseDelay(400ms);
    const Token target = firstActiveToken();
    m_window->selectToken(target.id);
    m_window->findChild<QAction *>(QStringLiteral("actionEditToken"))->trigger();
    auto *dialog = waitForDialog<EditTokenDialog>();
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("Saved, then Escape"));
    openReview(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    // First the token is read again; then the PATCH goes.
    QTRY_VERIFY(m_window->session()->isUpdating(target.id));
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(!cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->close());
    dialog->reject();
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(!m_window->findChild<EditTokenDialog *>());
    QCOMPARE(received("PATCH").size(), 1);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("Saved changes")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_window->session()->model()->tokenById(target.id)->description,
             QStringLiteral("Saved, then Escape"));
}

void TestTokenDialogs::cancelWhileTheTokenIsReadSendsNothing() {
    const Token target = firstActiveToken();
    m_window->selectToken(target.id);
    m_window->findChild<QAction *>(QStringLiteral("actionEditToken"))->trigger();
    auto *dialog = waitForDialog<EditTokenDialog>();
    dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"))
        ->setText(QStringLiteral("Cancelled before saving"));
    openReview(dialog);
    m_sandbox->setResponseDelay(300ms);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    // The token is being read again before the PATCH: a read changes nothing, so Cancel works.
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(m_window->session()->isBusy());
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<EditTokenDialog *>());
    QTRY_VERIFY(!m_window->session()->isBusy());
    roundTrip();
    QVERIFY(received("PATCH").isEmpty());
    QCOMPARE(tokenReads(target.id), 2);
    for (const Token &token : m_sandbox->tokens())
        if (token.id == target.id)
            QCOMPARE(token.description, target.description);
}

void TestTokenDialogs::revokedTokensCannotBeEdited() {
    m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->setChecked(true);
    for (const Token &token : m_sandbox->tokens()) {
        if (token.isRevoked()) {
            m_window->selectToken(token.id);
            QCOMPARE(m_window->selectedTokenId(), token.id);
            break;
        }
    }
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionEditToken"))->isEnabled());
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_F2); // a dialog would open at once, from the shortcut
    QVERIFY(!m_window->findChild<EditTokenDialog *>());
}

void TestTokenDialogs::screenshots() {
    const QString dir = qEnvironmentVariable("TOKENADMIN_SCREENSHOT_DIR", QDir::tempPath());
    m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->trigger();
    auto *create = waitForDialog<CreateTokenDialog>();
    QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("descriptionField")),
                     QStringLiteral("Telegraf on edge-07"));
    QTest::mouseClick(create->findChild<QPushButton *>(QStringLiteral("addPermissionButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(create->findChildren<QComboBox *>(QStringLiteral("permissionDatabase"))
                    .first()
                    ->findData(QStringLiteral("telemetry")) >= 0);
    setRow(create, 0, QStringLiteral("telemetry"), true, true);
    setRow(create, 1, QStringLiteral("iot_sensors"), false, true);
    create->findChild<QCheckBox *>(QStringLiteral("expiresToggle"))->setChecked(true);
    QTRY_VERIFY(create->findChild<QWidget *>(QStringLiteral("expiryField"))->isEnabled());
    QTRY_VERIFY(create->findChild<QPushButton *>(QStringLiteral("createButton"))->isEnabled());
    settleLayout();
    QVERIFY(create->grab().save(dir + QStringLiteral("/create-dialog.png")));
    QTest::mouseClick(create->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    auto *secret = waitForDialog<TokenSecretDialog>();
    settleLayout();
    QVERIFY(secret->grab().save(dir + QStringLiteral("/secret-dialog.png")));
    secret->findChild<QCheckBox *>(QStringLiteral("storedCheckBox"))->setChecked(true);
    secret->accept();
    QTRY_VERIFY(!m_window->findChild<TokenSecretDialog *>());

    m_window->findChild<QAction *>(QStringLiteral("actionEditToken"))->trigger();
    auto *edit = waitForDialog<EditTokenDialog>();
    edit->findChild<QLineEdit *>(QStringLiteral("descriptionField"))
        ->setText(QStringLiteral("Telegraf on edge-07 (EU)"));
    QTRY_VERIFY(edit->findChild<QPushButton *>(QStringLiteral("reviewButton"))->isEnabled());
    settleLayout();
    QVERIFY(edit->grab().save(dir + QStringLiteral("/edit-dialog.png")));
    openReview(edit);
    settleLayout();
    QVERIFY(edit->grab().save(dir + QStringLiteral("/edit-review.png")));
}

int main(int argc, char *argv[]) {
    // Local time is New Zealand's for this whole suite, far from UTC and with daylight saving,
    // so that "shown in local time, sent in UTC" is checked against literal UTC strings.
    qputenv("TZ", "Pacific/Auckland");
    tzset();
    QApplication app(argc, argv);
    QApplication::setAttribute(Qt::AA_Use96Dpi, true); // as QTEST_MAIN does
    TestTokenDialogs test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_TokenDialogs.moc"
