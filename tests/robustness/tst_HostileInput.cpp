#include "DisplayText.h"
#include "MainWindow.h"
#include "RevokeTokenDialog.h"
#include "SandboxServer.h"
#include "TokenSession.h"
#include "TokenTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace std::chrono_literals;

namespace {

Token hostileToken(const QString &id, const QString &description) {
    Token token;
    token.id = id;
    token.description = description;
    token.permissions = {{QStringLiteral("read"), QStringLiteral("telemetry")}};
    token.createdAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    return token;
}

} // namespace

// IDs and descriptions a hostile or broken server may send, and the races a user can start:
// none may change which request is sent, break the table, or crash the program.
class TestHostileInput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void hostileIdsStayOneSegment_data();
    void hostileIdsStayOneSegment();
    void dotSegmentIdIsNeverSent();
    void descriptionsShowLiterally_data();
    void descriptionsShowLiterally();
    void heldEnterSendsOnce();
    void closingTheDialogWhileRevoking();
    void switchingConnectionWhileRevoking();
    void closingTheWindowWhileRevoking();

private:
    void connectWindow(SandboxServer *server);
    RevokeTokenDialog *openRevokeDialog(const QString &tokenId);
    int deletes() const;

    QNetworkAccessManager *m_network = nullptr;
    SandboxServer *m_sandbox = nullptr;
    QPointer<MainWindow> m_window;
};

void TestHostileInput::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("TokenAdminTests"));
    QApplication::setApplicationName(QStringLiteral("tst_hostileinput"));
}

void TestHostileInput::init() {
    QSettings().clear();
    m_network = new QNetworkAccessManager;
    m_sandbox = new SandboxServer;
    QVERIFY(m_sandbox->start());
    QList<Token> tokens = m_sandbox->tokens();
    tokens << hostileToken(QStringLiteral("a/b"), QStringLiteral("slash in the ID"))
           << hostileToken(QStringLiteral("../../accounts"), QStringLiteral("climbing ID"))
           << hostileToken(QStringLiteral("100%25"), QStringLiteral("percent ID"))
           << hostileToken(QStringLiteral("two words?x=1#y"), QStringLiteral("query ID"))
           << hostileToken(QString(5000, QLatin1Char('x')), QStringLiteral("very long ID"))
           << hostileToken(QStringLiteral(".."), QStringLiteral("dot-dot ID"));
    m_sandbox->setTokens(tokens);
    m_window = new MainWindow;
    connectWindow(m_sandbox);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_sandbox->clearReceivedRequests();
}

void TestHostileInput::cleanup() {
    delete m_window;
    delete m_sandbox;
    delete m_network;
}

void TestHostileInput::connectWindow(SandboxServer *server) {
    m_window->openSession(new TokenSession(m_network, server->endpoint()));
    QTRY_COMPARE(m_window->session()->model()->rowCount(), server->tokens().size());
}

RevokeTokenDialog *TestHostileInput::openRevokeDialog(const QString &tokenId) {
    m_window->selectToken(tokenId);
    if (m_window->selectedTokenId() != tokenId)
        return nullptr;
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("tokenTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    RevokeTokenDialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] { return (dialog = m_window->findChild<RevokeTokenDialog *>()); });
    if (dialog)
        dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox"))->setChecked(true);
    return dialog;
}

int TestHostileInput::deletes() const {
    int count = 0;
    for (const auto &request : m_sandbox->receivedRequests())
        count += request.method == "DELETE";
    return count;
}

void TestHostileInput::hostileIdsStayOneSegment_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("slash") << "a/b"
                           << "a%2Fb";
    QTest::newRow("climbing") << "../../accounts"
                              << "..%2F..%2Faccounts";
    QTest::newRow("percent") << "100%25"
                             << "100%2525";
    QTest::newRow("query and fragment") << "two words?x=1#y"
                                        << "two%20words%3Fx%3D1%23y";
    QTest::newRow("5,000 characters")
        << QString(5000, QLatin1Char('x')) << QString(5000, QLatin1Char('x'));
}

void TestHostileInput::hostileIdsStayOneSegment() {
    QFETCH(QString, id);
    QFETCH(QString, encoded);
    m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->setChecked(true);
    RevokeTokenDialog *dialog = openRevokeDialog(id);
    QVERIFY(dialog);
    QCOMPARE(dialog->tokenId(), id);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(deletes(), 1);
    const QString path = m_sandbox->receivedRequests().constLast().path;
    QCOMPARE(path, QStringLiteral("/api/v0/accounts/%1/clusters/%2/tokens/%3")
                       .arg(m_sandbox->accountId(), m_sandbox->clusterId(), encoded));
    // The sandbox found exactly that token, and only it changed.
    QTRY_VERIFY(!m_window->findChild<RevokeTokenDialog *>());
    int revokedNow = 0;
    for (const Token &token : m_sandbox->tokens())
        if (token.isRevoked() && token.revokedAt > QDateTime::currentDateTimeUtc().addSecs(-60)) {
            ++revokedNow;
            QCOMPARE(token.id, id);
        }
    QCOMPARE(revokedNow, 1);
    QCOMPARE(m_window->session()->model()->tokenById(id)->isRevoked(), true);
}

void TestHostileInput::dotSegmentIdIsNeverSent() {
    m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->setChecked(true);
    RevokeTokenDialog *dialog = openRevokeDialog(QStringLiteral(".."));
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("did not send")), qPrintable(error->text()));
    QCOMPARE(deletes(), 0);
}

void TestHostileInput::descriptionsShowLiterally_data() {
    QTest::addColumn<QString>("description");
    QTest::newRow("HTML") << "<b>x</b><img src=x onerror=alert(1)>";
    QTest::newRow("right-to-left override") << QString::fromUtf8("invoice\u202Etxt.exe");
    QTest::newRow("control characters")
        << QString::fromUtf8("bell\a back\b esc\x1b[31m nul") + QChar(0) + "end";
    QTest::newRow("emoji") << QString::fromUtf8("🔑 telemetry 👩‍💻");
    QTest::newRow("10,000 characters") << QString(10000, QLatin1Char('w'));
}

void TestHostileInput::descriptionsShowLiterally() {
    QFETCH(QString, description);
    const QString id = QStringLiteral("0badc0de-0000-4000-8000-000000000001");
    QList<Token> tokens = m_sandbox->tokens();
    tokens.append(hostileToken(id, description));
    m_sandbox->setTokens(tokens);
    m_window->session()->refresh();
    QTRY_VERIFY(m_window->session()->model()->tokenById(id));
    m_window->selectToken(id);

    const TokenTableModel *model = m_window->session()->model();
    const QModelIndex cell = model->index(model->rowOf(id), TokenTableModel::DescriptionColumn);
    QCOMPARE(cell.data().toString(), DisplayText::singleLine(description));
    QVERIFY(!cell.data().toString().contains(QChar(0x1b)));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(description.left(20).toHtmlEscaped()));
    auto *details = m_window->findChild<QLabel *>(QStringLiteral("detailsDescription"));
    QCOMPARE(details->textFormat(), Qt::PlainText);
    QCOMPARE(details->text(), DisplayText::singleLine(description, 2000));

    RevokeTokenDialog *dialog = openRevokeDialog(id);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"))->text(),
             description);
    // Painting all of it must work.
    QVERIFY(!m_window->grab().isNull());
    QVERIFY(!dialog->grab().isNull());
    dialog->reject();
}

void TestHostileInput::heldEnterSendsOnce() {
    m_sandbox->setResponseDelay(300ms);
    const QString id = m_window->session()->model()->tokenAt(0).id;
    RevokeTokenDialog *dialog = openRevokeDialog(id);
    QVERIFY(dialog);
    QWidget *focus = dialog->focusWidget();
    QVERIFY(focus);
    for (int i = 0; i < 20; ++i) { // a held key repeats
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QString(), i > 0);
        QApplication::sendEvent(focus, &press);
    }
    QTRY_VERIFY(!m_window->findChild<RevokeTokenDialog *>());
    QCOMPARE(deletes(), 1);
}

void TestHostileInput::closingTheDialogWhileRevoking() {
    m_sandbox->setResponseDelay(300ms);
    const QString id = m_window->session()->model()->tokenAt(0).id;
    RevokeTokenDialog *dialog = openRevokeDialog(id);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(deletes(), 1);
    dialog->reject(); // the user closes it; the answer still comes
    QTRY_VERIFY(!m_window->session()->isBusy());
    // The server confirmed, so the list says so; nothing was sent twice.
    QVERIFY(m_window->session()->model()->tokenById(id)->isRevoked());
    QCOMPARE(deletes(), 1);
}

void TestHostileInput::switchingConnectionWhileRevoking() {
    m_sandbox->setResponseDelay(500ms);
    const QString id = m_window->session()->model()->tokenAt(0).id;
    RevokeTokenDialog *dialog = openRevokeDialog(id);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(deletes(), 1);

    SandboxServer other;
    QVERIFY(other.start());
    connectWindow(&other); // the old session and its pending call go away
    QTest::qWait(800);     // past the old answer's arrival: nothing may call into the dead
    // Both sandboxes share their seed: a late answer leaking into the new list would show
    // the same ID revoked here, where the server never revoked it.
    QVERIFY(other.receivedRequests().size() >= 1);
    for (const auto &request : other.receivedRequests())
        QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(m_window->session()->model()->tokens(), other.tokens());
    QVERIFY(m_window->session()->model()->tokenById(id));
    QVERIFY(!m_window->session()->model()->tokenById(id)->isRevoked());
    delete dialog;
}

void TestHostileInput::closingTheWindowWhileRevoking() {
    m_sandbox->setResponseDelay(300ms);
    const QString id = m_window->session()->model()->tokenAt(0).id;
    RevokeTokenDialog *dialog = openRevokeDialog(id);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(deletes(), 1);
    delete m_window; // quitting with a request in flight
    QTest::qWait(600);
    QVERIFY(m_window.isNull());
}

QTEST_MAIN(TestHostileInput)
#include "tst_HostileInput.moc"
