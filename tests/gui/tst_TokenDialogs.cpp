#include "CreateTokenDialog.h"
#include "DisplayText.h"
#include "EditTokenDialog.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "TokenSecretDialog.h"
#include "TokenSession.h"
#include "TokenTableModel.h"

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
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace std::chrono_literals;

// Create, edit and the secret dialog, driven through the real window against the sandbox.
class TestTokenDialogs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createWithTwoPermissionsAndAnExpiry();
    void createFormValidation();
    void createWithoutPermissionsIsAllowedWithANote();
    void createWhenDatabasesCannotBeLoaded();
    void editShowsTheChangesThenSendsOnlyThem();
    void editOnlyPermissions();
    void editErrorsKeepTheInput_data();
    void editErrorsKeepTheInput();
    void revokedTokensCannotBeEdited();
    void screenshots();

private:
    template <typename T> T *waitForDialog();
    QList<SandboxServer::ReceivedRequest> requests(const QByteArray &method) const;
    Token firstActiveToken() const;
    void setRow(QWidget *dialog, int row, const QString &database, bool read, bool write);

    QNetworkAccessManager *m_network = nullptr;
    SandboxServer *m_sandbox = nullptr;
    MainWindow *m_window = nullptr;
    QTableView *m_table = nullptr;
};

void TestTokenDialogs::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("TokenAdminTests"));
    QApplication::setApplicationName(QStringLiteral("tst_tokendialogs"));
}

void TestTokenDialogs::init() {
    QSettings().clear();
    m_network = new QNetworkAccessManager;
    m_sandbox = new SandboxServer;
    QVERIFY(m_sandbox->start());
    m_window = new MainWindow;
    m_window->openSession(new TokenSession(m_network, m_sandbox->endpoint()));
    m_window->resize(1360, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_table = m_window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    QTRY_VERIFY(m_table->model()->rowCount() > 0);
    m_sandbox->clearReceivedRequests();
}

void TestTokenDialogs::cleanup() {
    delete m_window;
    delete m_sandbox;
    delete m_network;
}

template <typename T> T *TestTokenDialogs::waitForDialog() {
    T *dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = m_window->findChild<T *>()) && dialog->isVisible());
    }();
    return dialog;
}

QList<SandboxServer::ReceivedRequest> TestTokenDialogs::requests(const QByteArray &method) const {
    QList<SandboxServer::ReceivedRequest> result;
    for (const auto &request : m_sandbox->receivedRequests())
        if (request.method == method)
            result.append(request);
    return result;
}

Token TestTokenDialogs::firstActiveToken() const {
    const QString id = m_table->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString();
    return *m_window->session()->model()->tokenById(id);
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

void TestTokenDialogs::createWithTwoPermissionsAndAnExpiry() {
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = waitForDialog<CreateTokenDialog>();
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(!create->isEnabled());
    // The database list arrives from GET …/databases.
    QTRY_COMPARE(requests("GET").size(), 1);
    QVERIFY(requests("GET").first().path.endsWith(QLatin1String("/databases")));

    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField")),
                     QStringLiteral("Telegraf on edge-07"));
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addPermissionButton"));
    QTest::mouseClick(add, Qt::LeftButton);
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

    QTRY_COMPARE(requests("POST").size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(requests("POST").first().body).object();
    const QJsonObject expected{
        {"description", "Telegraf on edge-07"},
        {"permissions", QJsonArray{QJsonObject{{"action", "read"}, {"resource", "telemetry"}},
                                   QJsonObject{{"action", "write"}, {"resource", "telemetry"}},
                                   QJsonObject{{"action", "read"}, {"resource", "*"}}}},
        {"expirationType", "datetime"},
        {"expiresAt", expiryLocal.toUTC().toString(Qt::ISODateWithMs)}};
    QCOMPARE(body, expected);
    QCOMPARE(requests("POST").first().contentType, QByteArray("application/json"));

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
    QVERIFY(create->isEnabled());

    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addPermissionButton"));
    QTest::mouseClick(add, Qt::LeftButton);
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
    setRow(dialog, 1, QString(), false, true); // no database
    QVERIFY(!create->isEnabled());
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
    QTest::qWait(50);
    QVERIFY(requests("POST").isEmpty());
}

void TestTokenDialogs::createWithoutPermissionsIsAllowedWithANote() {
    m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->trigger();
    auto *dialog = waitForDialog<CreateTokenDialog>();
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("noPermissionsNote"))->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField")),
                     QStringLiteral("Placeholder"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(requests("POST").size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(requests("POST").first().body).object();
    QCOMPARE(body, (QJsonObject{{"description", "Placeholder"},
                                {"permissions", QJsonArray()},
                                {"expirationType", "noExpiration"}}));
    auto *secret = waitForDialog<TokenSecretDialog>();
    secret->findChild<QCheckBox *>(QStringLiteral("storedCheckBox"))->setChecked(true);
    secret->accept();
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
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addPermissionButton")),
                      Qt::LeftButton);
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

void TestTokenDialogs::editShowsTheChangesThenSendsOnlyThem() {
    Token target;
    for (int row = 0; row < m_table->model()->rowCount() && target.id.isEmpty(); ++row) {
        const Token *token = m_window->session()->model()->tokenById(
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
    QTest::mouseClick(review, Qt::LeftButton);

    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("changeSummary"));
    QVERIFY(summary->isVisible());
    QVERIFY2(
        summary->text().contains(QStringLiteral("“%1” → “%2”")
                                                  .arg(DisplayText::isolated(target.description, 500),
                                                       DisplayText::isolated(QStringLiteral("Renamed token"), 500))),
        qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(
                 QStringLiteral("Permissions added:\n  • %1: write").arg(newDatabase)),
             qPrintable(summary->text()));
    QVERIFY(!summary->text().contains(QLatin1String("removed")));
    QVERIFY(requests("PATCH").isEmpty());

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(requests("PATCH").size(), 1);
    QVERIFY(requests("PATCH").first().path.endsWith(target.id));
    const QJsonObject body = QJsonDocument::fromJson(requests("PATCH").first().body).object();
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
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reviewButton")),
                      Qt::LeftButton);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("changeSummary"))
                ->text()
                .contains(QLatin1String("no permissions left")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(requests("PATCH").size(), 1);
    QCOMPARE(QJsonDocument::fromJson(requests("PATCH").first().body).object(),
             (QJsonObject{{"permissions", QJsonArray()}}));
}

void TestTokenDialogs::editErrorsKeepTheInput_data() {
    QTest::addColumn<QString>("serverSide");
    QTest::addColumn<QString>("mustSay");
    QTest::newRow("404: removed on the server") << "remove"
                                                << "no longer exists";
    QTest::newRow("409: revoked on the server") << "revoke"
                                                << "conflict";
}

void TestTokenDialogs::editErrorsKeepTheInput() {
    QFETCH(QString, serverSide);
    QFETCH(QString, mustSay);
    const Token target = firstActiveToken();
    m_window->selectToken(target.id);
    m_window->findChild<QAction *>(QStringLiteral("actionEditToken"))->trigger();
    auto *dialog = waitForDialog<EditTokenDialog>();
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    description->setText(QStringLiteral("My careful edit"));
    if (serverSide == QLatin1String("remove")) {
        QVERIFY(m_sandbox->removeToken(target.id));
    } else {
        QList<Token> tokens = m_sandbox->tokens();
        for (Token &token : tokens)
            if (token.id == target.id)
                token.revokedAt = QDateTime::currentDateTimeUtc();
        m_sandbox->setTokens(tokens);
    }
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reviewButton")),
                      Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(mustSay), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(description->isVisible());
    QCOMPARE(description->text(), QStringLiteral("My careful edit"));
    QCOMPARE(m_window->session()->model()->tokenById(target.id)
                 ? m_window->session()->model()->tokenById(target.id)->description
                 : target.description,
             target.description);
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
    QTest::keyClick(m_table, Qt::Key_F2);
    QTest::qWait(50);
    QVERIFY(!m_window->findChild<EditTokenDialog *>());
}

void TestTokenDialogs::screenshots() {
    const QString dir = qEnvironmentVariable("TOKENADMIN_SCREENSHOT_DIR", QDir::tempPath());
    m_window->findChild<QAction *>(QStringLiteral("actionNewToken"))->trigger();
    auto *create = waitForDialog<CreateTokenDialog>();
    QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("descriptionField")),
                     QStringLiteral("Telegraf on edge-07"));
    auto *add = create->findChild<QPushButton *>(QStringLiteral("addPermissionButton"));
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(create->findChildren<QComboBox *>(QStringLiteral("permissionDatabase"))
                    .first()
                    ->findData(QStringLiteral("telemetry")) >= 0);
    setRow(create, 0, QStringLiteral("telemetry"), true, true);
    setRow(create, 1, QStringLiteral("iot_sensors"), false, true);
    create->findChild<QCheckBox *>(QStringLiteral("expiresToggle"))->setChecked(true);
    QTest::qWait(50);
    QVERIFY(create->grab().save(dir + QStringLiteral("/create-dialog.png")));
    QTest::mouseClick(create->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    auto *secret = waitForDialog<TokenSecretDialog>();
    QTest::qWait(50);
    QVERIFY(secret->grab().save(dir + QStringLiteral("/secret-dialog.png")));
    secret->findChild<QCheckBox *>(QStringLiteral("storedCheckBox"))->setChecked(true);
    secret->accept();
    QTRY_VERIFY(!m_window->findChild<TokenSecretDialog *>());

    m_window->findChild<QAction *>(QStringLiteral("actionEditToken"))->trigger();
    auto *edit = waitForDialog<EditTokenDialog>();
    edit->findChild<QLineEdit *>(QStringLiteral("descriptionField"))
        ->setText(QStringLiteral("Telegraf on edge-07 (EU)"));
    QTest::qWait(50);
    QVERIFY(edit->grab().save(dir + QStringLiteral("/edit-dialog.png")));
    QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("reviewButton")),
                      Qt::LeftButton);
    QTest::qWait(50);
    QVERIFY(edit->grab().save(dir + QStringLiteral("/edit-review.png")));
}

QTEST_MAIN(TestTokenDialogs)
#include "tst_TokenDialogs.moc"
