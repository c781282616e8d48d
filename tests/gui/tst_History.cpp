// The change history through the real window against the sandbox: a row for every create,
// edit and revoke, written before the request leaves, with each outcome; never a secret; the
// History window (filters, CSV export, clearing old rows), the details panel's list, and what
// the window says when the database cannot be written or is damaged.
#include "ChangeHistory.h"
#include "ClearHistoryDialog.h"
#include "HistoryBar.h"
#include "HistoryWindow.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "TokenSession.h"
#include "TokenTableModel.h"
#include "WindowDriver.h"
#include "WindowFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <unistd.h>

using namespace std::chrono_literals;

namespace {

QByteArray fileBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The folder refuses new files, for root too: chmod, then the immutable attribute.
class ReadOnlyFolder {
public:
    explicit ReadOnlyFolder(const QString &path)
        : m_path(path) {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner);
        if (geteuid() == 0)
            m_immutable =
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
    }
    ~ReadOnlyFolder() {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    bool refusesFiles() const {
        QFile probe(QDir(m_path).filePath(QStringLiteral("probe")));
        const bool created = probe.open(QIODevice::WriteOnly);
        if (created)
            probe.remove();
        return !created;
    }

private:
    QString m_path;
    bool m_immutable = false;
};

} // namespace

class TestHistory : public QObject, WindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyChangeIsRecordedWithItsOutcome();
    void historyWindowFiltersAndExports();
    void clearOlderThanAsksFirst();
    void detailsShowTheTokensOwnHistory();
    void readOnlyFolderRefusesChangesUntilContinue();
    void corruptFileIsKeptAsideAndSaid();
    void writeFailureMidRunIsSaidAndRefuses();
    void screenshots();

private:
    void startWindow(ChangeHistory *history);
    Token someActiveToken(int skip = 0) const;
    QDialog *send(QDialog *dialog);
};

void TestHistory::initTestCase() {
    setUpApplication(QStringLiteral("tst_history"));
}

// The history is opened by each test, some on a file made to fail.
void TestHistory::init() {
    setUpFixture();
}

void TestHistory::cleanup() {
    tearDownFixture();
}

void TestHistory::startWindow(ChangeHistory *history) {
    openMainWindow({.timeout = 1000ms, .history = history});
    waitForAllTokens();
}

Token TestHistory::someActiveToken(int skip) const {
    for (const Token &token : m_sandbox->tokens())
        if (!token.isRevoked() && !token.expires() && skip-- == 0)
            return token;
    return {};
}

QDialog *TestHistory::send(QDialog *dialog) {
    if (!dialog)
        return nullptr;
    (void)QTest::qWaitFor([&] { return !m_window->session()->isBusy(); });
    QTest::mouseClick(WindowDriver::sendButton(dialog), Qt::LeftButton);
    return dialog;
}

void TestHistory::everyChangeIsRecordedWithItsOutcome() {
    const QString path = historyPath();
    QVERIFY(m_history->open(path));
    startWindow(m_history);
    TokenSession *session = m_window->session();

    // When the sandbox reads each change, its row is already committed, pending: another
    // connection to the file sees it.
    QStringList seenWhenReceived;
    connect(m_sandbox, &SandboxServer::requestReceived, this,
            [&](const QByteArray &method, const QString &) {
                if (method == "GET")
                    return;
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
                db.setDatabaseName(path);
                QSqlQuery query(db);
                if (db.open() &&
                    query.exec(QStringLiteral(
                        "SELECT operation, outcome FROM changes ORDER BY id DESC")) &&
                    query.next())
                    seenWhenReceived.append(query.value(0).toString() + QLatin1Char(' ') +
                                            query.value(1).toString());
                query = QSqlQuery();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(QStringLiteral("peek"));
            });

    // Create, confirmed. Its secret is shown once, and never written.
    QString secret;
    Token created;
    connect(session, &TokenSession::createFinished, this,
            [&](const Token &token, const QString &accessToken, const ApiError &) {
                secret = accessToken;
                created = token;
            });
    send(WindowDriver::openCreate(m_window, QStringLiteral("History create")));
    QTRY_VERIFY(!secret.isEmpty());
    WindowDriver::closeDialogs(m_window);

    // Edit, confirmed.
    const Token edited = someActiveToken(0);
    QPointer<QDialog> dialog =
        send(WindowDriver::openEditReview(m_window, edited.id, QStringLiteral("History edited")));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    // Revoke, confirmed.
    dialog = send(WindowDriver::openRevoke(m_window, edited.id));
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    // Revoke, failed: 500 with the server's message.
    const Token failing = someActiveToken(1);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.method = "DELETE";
    fault.status = 500;
    fault.count = 1;
    m_sandbox->addFault(fault);
    dialog = send(WindowDriver::openRevoke(m_window, failing.id));
    QTRY_VERIFY(!WindowDriver::shownError(dialog).isEmpty());
    WindowDriver::closeDialogs(m_window);
    QTRY_VERIFY(!session->isBusy());

    // Edit, no answer: unknown.
    fault = SandboxFault();
    fault.kind = SandboxFault::Kind::NoAnswer;
    fault.method = "PATCH";
    fault.count = 1;
    m_sandbox->addFault(fault);
    dialog = send(WindowDriver::openEditReview(m_window, failing.id, QStringLiteral("Lost edit")));
    QTRY_VERIFY_WITH_TIMEOUT(!WindowDriver::shownError(dialog).isEmpty(), 10000);
    WindowDriver::closeDialogs(m_window);
    QTRY_VERIFY(!session->isBusy());

    QCOMPARE(seenWhenReceived,
             (QStringList{QStringLiteral("create pending"), QStringLiteral("edit pending"),
                          QStringLiteral("revoke pending"), QStringLiteral("revoke pending"),
                          QStringLiteral("edit pending")}));

    const QList<HistoryEntry> rows = m_history->entries(); // newest first
    QCOMPARE(rows.size(), 5);
    const HistoryEntry &create = rows[4];
    QCOMPARE(create.operation, HistoryEntry::Operation::Create);
    QCOMPARE(create.outcome, HistoryEntry::Outcome::Confirmed);
    QCOMPARE(create.tokenId, created.id);
    QCOMPARE(create.description, QStringLiteral("History create"));
    QVERIFY(!create.permissionsBefore);
    QCOMPARE(create.connectionName, m_sandbox->endpoint().displayName());
    QCOMPARE(create.accountId, m_sandbox->endpoint().accountId);
    QCOMPARE(create.clusterId, m_sandbox->endpoint().clusterId);
    QCOMPARE(create.product, QStringLiteral("Dedicated"));
    QCOMPARE(create.osUser, operatingSystemUser());
    QVERIFY(create.requestedAt.isValid());

    const HistoryEntry &edit = rows[3];
    QCOMPARE(edit.operation, HistoryEntry::Operation::Edit);
    QCOMPARE(edit.outcome, HistoryEntry::Outcome::Confirmed);
    QCOMPARE(edit.tokenId, edited.id);
    QCOMPARE(edit.description, QStringLiteral("History edited"));
    QCOMPARE(edit.permissionsBefore, std::optional(edited.permissions));
    QCOMPARE(edit.permissionsAfter, std::optional(edited.permissions));

    const HistoryEntry &revoke = rows[2];
    QCOMPARE(revoke.operation, HistoryEntry::Operation::Revoke);
    QCOMPARE(revoke.outcome, HistoryEntry::Outcome::Confirmed);
    QCOMPARE(revoke.tokenId, edited.id);

    const HistoryEntry &failed = rows[1];
    QCOMPARE(failed.operation, HistoryEntry::Operation::Revoke);
    QCOMPARE(failed.outcome, HistoryEntry::Outcome::Failed);
    QCOMPARE(failed.tokenId, failing.id);
    QCOMPARE(failed.httpStatus, 500);
    QCOMPARE(failed.message, QStringLiteral("injected fault: HTTP 500"));

    const HistoryEntry &unknown = rows[0];
    QCOMPARE(unknown.operation, HistoryEntry::Operation::Edit);
    QCOMPARE(unknown.outcome, HistoryEntry::Outcome::Unknown);
    QCOMPARE(unknown.tokenId, failing.id);
    QVERIFY(!unknown.message.isEmpty());

    // Neither secret is anywhere in the database or its journal.
    const QByteArray bytes = fileBytes(path) + fileBytes(path + QLatin1String("-wal"));
    QVERIFY(bytes.size() > 0);
    QVERIFY(bytes.contains(created.id.toUtf8()));
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(!bytes.contains(m_sandbox->endpoint().managementToken.toUtf8()));
}

void TestHistory::historyWindowFiltersAndExports() {
    QVERIFY(m_history->open(historyPath()));
    startWindow(m_history);
    // A description a spreadsheet would run as a formula.
    QString secret;
    connect(
        m_window->session(), &TokenSession::createFinished, this,
        [&](const Token &, const QString &accessToken, const ApiError &) { secret = accessToken; });
    send(WindowDriver::openCreate(m_window, QStringLiteral("=HYPERLINK(\"http://x\")")));
    QTRY_VERIFY(!secret.isEmpty());
    WindowDriver::closeDialogs(m_window);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.method = "DELETE";
    fault.status = 403;
    fault.count = 1;
    m_sandbox->addFault(fault);
    QPointer<QDialog> dialog = send(WindowDriver::openRevoke(m_window, someActiveToken(0).id));
    QTRY_VERIFY(!WindowDriver::shownError(dialog).isEmpty());
    WindowDriver::closeDialogs(m_window);
    QTRY_VERIFY(!m_window->session()->isBusy());

    m_window->activateWindow();
    QTRY_VERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::ControlModifier);
    HistoryWindow *window = nullptr;
    QTRY_VERIFY((window = m_window->findChild<HistoryWindow *>()) && window->isVisible());
    auto *table = window->findChild<QTableView *>(QStringLiteral("historyTable"));
    QCOMPARE(table->model()->rowCount(), 2);

    auto *outcome = window->findChild<QComboBox *>(QStringLiteral("historyOutcomeFilter"));
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("failed")));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 12).data().toString(), QStringLiteral("Failed"));
    outcome->setCurrentIndex(0);
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("historySearchField"));
    QTest::keyClicks(search, QStringLiteral("hyperlink"));
    QCOMPARE(table->model()->rowCount(), 1);
    search->clear();
    auto *operation = window->findChild<QComboBox *>(QStringLiteral("historyOperationFilter"));
    operation->setCurrentIndex(operation->findData(QStringLiteral("revoke")));
    QCOMPARE(table->model()->rowCount(), 1);
    operation->setCurrentIndex(0);
    auto *from = window->findChild<QDateEdit *>(QStringLiteral("historyFromDate"));
    from->setDate(QDate::currentDate().addDays(1));
    QCOMPARE(table->model()->rowCount(), 0);
    from->setDate(from->minimumDate());
    QCOMPARE(table->model()->rowCount(), 2);
    auto *connection = window->findChild<QComboBox *>(QStringLiteral("historyConnectionFilter"));
    QCOMPARE(connection->count(), 2); // any, and the sandbox's
    // A change made while the window is open shows at once.
    send(WindowDriver::openEditReview(m_window, someActiveToken(1).id, QStringLiteral("Later")));
    QTRY_COMPARE(table->model()->rowCount(), 3);
    WindowDriver::closeDialogs(m_window);

    // Export to CSV, through the button and its file dialog.
    const QString csvPath = m_dir->filePath(QStringLiteral("history.csv"));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("historyExportButton")),
                      Qt::LeftButton);
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = window->findChild<QFileDialog *>()) && files->isVisible());
    files->selectFile(csvPath);
    QMetaObject::invokeMethod(files, "accept");
    QTRY_VERIFY(QFile::exists(csvPath));
    const QByteArray csv = fileBytes(csvPath);
    const QList<QByteArray> lines = csv.split('\n');
    QVERIFY(lines.first().startsWith("requested_at,os_user,connection_name,product,account_id,"));
    QVERIFY(lines.first().endsWith("\r"));
    QCOMPARE(csv.count("\r\n"), 4); // header and three rows
    QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv.constData());
    QVERIFY(csv.contains(",failed,403,"));
    QVERIFY(!csv.contains(secret.toUtf8()));
    QVERIFY(!csv.contains(m_sandbox->endpoint().managementToken.toUtf8()));
}

void TestHistory::clearOlderThanAsksFirst() {
    QVERIFY(m_history->open(historyPath()));
    for (int days : {400, 200, 10}) {
        HistoryEntry entry;
        entry.operation = HistoryEntry::Operation::Revoke;
        entry.tokenId = QStringLiteral("old-%1").arg(days);
        entry.requestedAt = QDateTime::currentDateTimeUtc().addDays(-days);
        QVERIFY(m_history->recordRequest(&entry));
    }
    startWindow(m_history);
    m_window->findChild<QAction *>(QStringLiteral("actionHistory"))->trigger();
    HistoryWindow *window = nullptr;
    QTRY_VERIFY((window = m_window->findChild<HistoryWindow *>()) && window->isVisible());
    auto *table = window->findChild<QTableView *>(QStringLiteral("historyTable"));
    QCOMPARE(table->model()->rowCount(), 3);

    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("historyClearButton")),
                      Qt::LeftButton);
    ClearHistoryDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ClearHistoryDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->isModal()); // open(), window-modal
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("clearHistoryConfirmButton"));
    dialog->findChild<QDateEdit *>(QStringLiteral("clearHistoryDate"))
        ->setDate(QDate::currentDate().addDays(-300));
    QCOMPARE(confirm->text(), QStringLiteral("Delete 1 Entry"));
    dialog->findChild<QDateEdit *>(QStringLiteral("clearHistoryDate"))
        ->setDate(QDate::currentDate().addDays(-100));
    QCOMPARE(confirm->text(), QStringLiteral("Delete 2 Entries"));
    // Cancel deletes nothing.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("clearHistoryCancelButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<ClearHistoryDialog *>());
    QCOMPARE(m_history->entries().size(), 3);

    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("historyClearButton")),
                      Qt::LeftButton);
    QTRY_VERIFY((dialog = window->findChild<ClearHistoryDialog *>()) && dialog->isVisible());
    dialog->findChild<QDateEdit *>(QStringLiteral("clearHistoryDate"))
        ->setDate(QDate::currentDate().addDays(-100));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("clearHistoryConfirmButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(m_history->entries().value(0).tokenId, QStringLiteral("old-10"));
}

void TestHistory::detailsShowTheTokensOwnHistory() {
    QVERIFY(m_history->open(historyPath()));
    startWindow(m_history);
    const Token one = someActiveToken(0);
    const Token other = someActiveToken(1);
    QPointer<QDialog> dialog =
        send(WindowDriver::openEditReview(m_window, one.id, QStringLiteral("First")));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    dialog = send(WindowDriver::openEditReview(m_window, one.id, QStringLiteral("Second")));
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    m_window->selectToken(one.id);
    // View details shows the panel even in a window too narrow to keep it open.
    m_window->findChild<QAction *>(QStringLiteral("actionViewDetails"))->trigger();
    auto *list = m_window->findChild<QTableView *>(QStringLiteral("tokenHistoryTable"));
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->model()->index(0, 7).data().toString(), QStringLiteral("Edit"));
    QCOMPARE(list->model()->index(0, 12).data().toString(), QStringLiteral("Confirmed"));
    m_window->selectToken(other.id);
    QTRY_VERIFY(!list->isVisible());
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("tokenHistoryEmpty"))->isVisible());
}

void TestHistory::readOnlyFolderRefusesChangesUntilContinue() {
    const QString folder = m_dir->filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    ReadOnlyFolder readOnly(folder);
    if (!readOnly.refusesFiles())
        QSKIP("This file system lets the folder be written whatever its permissions");
    QVERIFY(!m_history->open(QDir(folder).filePath(QStringLiteral("history.sqlite"))));
    startWindow(m_history);

    auto *bar = m_window->findChild<HistoryBar *>();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("Changes cannot be recorded in the history.")),
             qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QDir::toNativeSeparators(folder)), qPrintable(bar->text()));
    QVERIFY(bar->text().contains(QStringLiteral("Continue without history for this run")));

    // Refused: nothing is sent, and the dialog says why.
    const Token target = someActiveToken(0);
    m_sandbox->clearReceivedRequests();
    QPointer<QDialog> dialog = send(WindowDriver::openRevoke(m_window, target.id));
    QTRY_VERIFY(!WindowDriver::shownError(dialog).isEmpty());
    QVERIFY2(WindowDriver::shownError(dialog).contains(QStringLiteral("did not send")),
             qPrintable(WindowDriver::shownError(dialog)));
    for (const auto &request : m_sandbox->receivedRequests())
        QVERIFY(request.method == "GET");
    WindowDriver::closeDialogs(m_window);

    // The user's choice: go on without it.
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("historyContinueButton")),
                      Qt::LeftButton);
    QVERIFY(bar->text().contains(QStringLiteral("without being recorded")));
    dialog = send(WindowDriver::openRevoke(m_window, target.id));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    int deletes = 0;
    for (const auto &request : m_sandbox->receivedRequests())
        deletes += request.method == "DELETE";
    QCOMPARE(deletes, 1);
    QTRY_VERIFY(m_window->session()->model()->tokenById(target.id)->isRevoked());
}

void TestHistory::corruptFileIsKeptAsideAndSaid() {
    const QString path = historyPath();
    const QByteArray garbage = QByteArray("This is not SQLite. ").repeated(300);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    QVERIFY(m_history->open(path));
    startWindow(m_history);
    auto *bar = m_window->findChild<HistoryBar *>();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("The history database was damaged")),
             qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QDir::toNativeSeparators(m_history->movedAsideTo())),
             qPrintable(bar->text()));
    QCOMPARE(fileBytes(m_history->movedAsideTo()), garbage);
    // A new history records the next change.
    QPointer<QDialog> dialog = send(WindowDriver::openRevoke(m_window, someActiveToken(0).id));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_history->entries().size(), 1);
}

// The disk stops taking writes while the program runs (the journal made immutable, as a full
// disk refuses it): the change is not sent, and the window says why, once.
void TestHistory::writeFailureMidRunIsSaidAndRefuses() {
    if (geteuid() != 0)
        QSKIP("Making the journal immutable needs root");
    const QString path = historyPath();
    QVERIFY(m_history->open(path));
    startWindow(m_history);
    auto *bar = m_window->findChild<HistoryBar *>();
    QVERIFY(!bar->isVisible());
    const QString wal = path + QLatin1String("-wal");
    QCOMPARE(QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), wal}), 0);
    const auto writable = qScopeGuard([&] {
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), wal});
    });
    m_sandbox->clearReceivedRequests();
    QPointer<QDialog> dialog = send(WindowDriver::openRevoke(m_window, someActiveToken(0).id));
    QTRY_VERIFY(!WindowDriver::shownError(dialog).isEmpty());
    QVERIFY2(WindowDriver::shownError(dialog).contains(QStringLiteral("did not send")),
             qPrintable(WindowDriver::shownError(dialog)));
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("Changes cannot be recorded in the history.")),
             qPrintable(bar->text()));
    for (const auto &request : m_sandbox->receivedRequests())
        QVERIFY(request.method == "GET");
}

// Pictures for the README and for looking at: TOKENADMIN_SCREENSHOT_DIR (default: temp).
void TestHistory::screenshots() {
    const QString dir = qEnvironmentVariable("TOKENADMIN_SCREENSHOT_DIR", QDir::tempPath());
    QVERIFY(m_history->open(historyPath()));
    startWindow(m_history);
    m_window->resize(1200, 700);
    const Token one = someActiveToken(0);
    QPointer<QDialog> dialog =
        send(WindowDriver::openEditReview(m_window, one.id, QStringLiteral("Grafana dashboards")));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.method = "DELETE";
    fault.status = 500;
    fault.count = 1;
    m_sandbox->addFault(fault);
    dialog = send(WindowDriver::openRevoke(m_window, one.id));
    QTRY_VERIFY(!WindowDriver::shownError(dialog).isEmpty());
    WindowDriver::closeDialogs(m_window);
    QTRY_VERIFY(!m_window->session()->isBusy());
    dialog = send(WindowDriver::openEditReview(m_window, one.id, QStringLiteral("Grafana (read)")));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QTRY_VERIFY(!m_window->session()->isBusy());
    dialog = send(WindowDriver::openRevoke(m_window, someActiveToken(2).id));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QTRY_VERIFY(!m_window->session()->isBusy());
    m_window->selectToken(one.id);
    m_window->findChild<QAction *>(QStringLiteral("actionViewDetails"))->trigger();
    QTRY_VERIFY(
        m_window->findChild<QTableView *>(QStringLiteral("tokenHistoryTable"))->isVisible());
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/token-history.png")));
    m_window->findChild<QAction *>(QStringLiteral("actionHistory"))->trigger();
    HistoryWindow *window = nullptr;
    QTRY_VERIFY((window = m_window->findChild<HistoryWindow *>()) && window->isVisible());
    QVERIFY(window->grab().save(dir + QStringLiteral("/history-window.png")));
    window->resize(700, 500);
    QVERIFY(window->grab().save(dir + QStringLiteral("/history-window-narrow.png")));
    window->close();
    m_window->findChild<HistoryBar *>()->showProblem(
        QStringLiteral("Changes cannot be recorded in the history. The history database "
                       "/home/ann/.local/share/token-admin/history.sqlite cannot be opened: "
                       "unable to open database file. Token Admin makes no change it cannot "
                       "record: choose Continue without history for this run to make them "
                       "anyway."));
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/history-problem.png")));
    // The same in a dark palette.
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x4a, 0x44, 0x20));
    dark.setColor(QPalette::ToolTipText, Qt::white);
    QApplication::setPalette(dark);
    QCoreApplication::sendPostedEvents();
    m_window->findChild<HistoryBar *>()->showProblem(m_window->findChild<HistoryBar *>()->text());
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/history-problem-dark.png")));
    window->show();
    QVERIFY(window->grab().save(dir + QStringLiteral("/history-window-dark.png")));
    QApplication::setPalette(light);
}

QTEST_MAIN(TestHistory)
#include "tst_History.moc"
