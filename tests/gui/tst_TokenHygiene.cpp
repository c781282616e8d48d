#include "DatabasesPanel.h"
#include "MainWindow.h"
#include "QuickFilterBar.h"
#include "SandboxFault.h"
#include "SandboxServer.h"
#include "TokenFilterModel.h"
#include "TokenFlagsDelegate.h"
#include "TokenSession.h"
#include "TokenTableModel.h"
#include "Translations.h"
#include "WindowFixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

// What the test knows of a token, read straight from the API's JSON: nothing of Token
// Admin's decoder, status rules or filters, so the window's answers are checked against an
// independent count.
struct ApiToken {
    QString id;
    QString description;
    QDateTime expiresAt;
    bool revoked = false;
    QList<QPair<QString, QString>> permissions; // action, resource
};

} // namespace

// Expiry, flags, quick filters, the database filter, the Databases view and the export,
// in the real window against the sandbox.
class TestTokenHygiene : public QObject, WindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void chipCountsMatchTheApi();
    void chipsFilterTheList();
    void databaseFilterMatchesTheApi();
    void databasesViewCountsMatchTheApiAndFilters();
    void expiringSoonThresholdIsAViewChoice();
    void filtersAreRememberedPerConnection();
    void exportWritesTheRowsShown();
    void detailsSpellOutTheFlagsAndLinkTheDatabases();
    void unloadableDatabasesAreSaidNotFlagged();
    void flagsShowAnIconEach();
    void screenshot();

private:
    QJsonArray apiGet(const QString &what);
    QList<ApiToken> apiTokens();
    QStringList apiDatabases();
    QStringList idsShown() const;
    void openWindow();

    QTableView *m_table = nullptr;
    QuickFilterBar *m_bar = nullptr;
    QDateTime m_now;
};

void TestTokenHygiene::initTestCase() {
    setUpApplication(QStringLiteral("tst_tokenhygiene"));
    installTranslations(QLocale(QLocale::English));
}

void TestTokenHygiene::init() {
    setUpFixture();
    openWindow();
}

void TestTokenHygiene::openWindow() {
    Endpoint endpoint = m_sandbox->endpoint();
    endpoint.name = QStringLiteral("Sandbox");
    openMainWindow({.endpoint = endpoint, .size = {1360, 760}});
    m_table = tokenTable();
    m_bar = m_window->findChild<QuickFilterBar *>(QStringLiteral("quickFilterBar"));
    QVERIFY(m_table && m_bar);
    QTRY_VERIFY(m_table->model()->rowCount() > 0);
    // The cluster's databases follow the list.
    QTRY_VERIFY(m_window->session()->model()->knowsDatabases());
    m_now = m_window->session()->model()->now();
}

void TestTokenHygiene::cleanup() {
    tearDownFixture();
}

QJsonArray TestTokenHygiene::apiGet(const QString &what) {
    QNetworkRequest request(QUrl(m_sandbox->apiUrl().toString() +
                                 QStringLiteral("/accounts/%1/clusters/%2/%3")
                                     .arg(m_sandbox->accountId(), m_sandbox->clusterId(), what)));
    request.setRawHeader("Authorization", "Bearer " + m_sandbox->managementToken().toUtf8());
    QNetworkReply *reply = m_network->get(request);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    }();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).array();
}

QList<ApiToken> TestTokenHygiene::apiTokens() {
    QList<ApiToken> tokens;
    for (const QJsonValue &value : apiGet(QStringLiteral("tokens"))) {
        const QJsonObject object = value.toObject();
        ApiToken token;
        token.id = object[QStringLiteral("id")].toString();
        token.description = object[QStringLiteral("description")].toString();
        token.expiresAt = QDateTime::fromString(object[QStringLiteral("expiresAt")].toString(),
                                                Qt::ISODateWithMs);
        token.revoked = object.contains(QStringLiteral("revokedAt"));
        for (const QJsonValue &permission : object[QStringLiteral("permissions")].toArray())
            token.permissions.append({permission[QStringLiteral("action")].toString(),
                                      permission[QStringLiteral("resource")].toString()});
        tokens.append(token);
    }
    return tokens;
}

QStringList TestTokenHygiene::apiDatabases() {
    QStringList names;
    for (const QJsonValue &value : apiGet(QStringLiteral("databases")))
        names.append(value[QStringLiteral("name")].toString());
    return names;
}

QStringList TestTokenHygiene::idsShown() const {
    QStringList ids;
    for (int row = 0; row < m_table->model()->rowCount(); ++row)
        ids.append(m_table->model()->index(row, 0).data(TokenTableModel::TokenIdRole).toString());
    ids.sort();
    return ids;
}

void TestTokenHygiene::chipCountsMatchTheApi() {
    int active = 0, soon = 0, expired = 0, revoked = 0, never = 0, all = 0, none = 0, unknown = 0;
    const QStringList databases = apiDatabases();
    for (const ApiToken &token : apiTokens()) {
        const bool hasExpired = token.expiresAt.isValid() && token.expiresAt <= m_now;
        const bool isActive = !token.revoked && !hasExpired;
        active += isActive;
        soon += isActive && token.expiresAt.isValid() && token.expiresAt <= m_now.addDays(7);
        expired += !token.revoked && hasExpired;
        revoked += token.revoked;
        never += !token.expiresAt.isValid();
        none += token.permissions.isEmpty();
        bool star = false, missing = false;
        for (const auto &[action, resource] : token.permissions) {
            star = star || resource == QLatin1String("*");
            missing = missing || (resource != QLatin1String("*") && !databases.contains(resource));
        }
        all += star;
        unknown += missing;
    }
    QVERIFY(soon > 0 && unknown > 0); // the seed data has both
    using TokenFilter::QuickFilter;
    const QList<QPair<QuickFilter, int>> expected{
        {QuickFilter::Active, active},      {QuickFilter::ExpiringSoon, soon},
        {QuickFilter::Expired, expired},    {QuickFilter::Revoked, revoked},
        {QuickFilter::NeverExpires, never}, {QuickFilter::AllDatabases, all},
        {QuickFilter::NoPermissions, none}, {QuickFilter::UnknownDatabase, unknown}};
    for (const auto &[filter, count] : expected) {
        QToolButton *chip = m_bar->chip(filter);
        QVERIFY2(chip->text().endsWith(QStringLiteral("  %1").arg(count)),
                 qPrintable(chip->text()));
        QVERIFY2(chip->accessibleName().contains(QStringLiteral("%1 token").arg(count)),
                 qPrintable(chip->accessibleName()));
    }
    // The status bar sums it up in one sentence.
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QCOMPARE(summary->text(),
             QStringLiteral("%1 active · %2 expiring within 7 days · %3 expired · %4 revoked")
                 .arg(active)
                 .arg(soon)
                 .arg(expired)
                 .arg(revoked));
}

void TestTokenHygiene::chipsFilterTheList() {
    using TokenFilter::QuickFilter;
    const QList<ApiToken> tokens = apiTokens();
    auto expectedIds = [&](auto keep) {
        QStringList ids;
        for (const ApiToken &token : tokens) {
            if (keep(token))
                ids.append(token.id);
        }
        ids.sort();
        return ids;
    };
    // Revoked: shown by its chip, though "Show inactive tokens" is off.
    m_bar->chip(QuickFilter::Revoked)->click();
    QCOMPARE(idsShown(), expectedIds([](const ApiToken &t) { return t.revoked; }));
    // And never expires: both.
    m_bar->chip(QuickFilter::NeverExpires)->click();
    QCOMPARE(idsShown(),
             expectedIds([](const ApiToken &t) { return t.revoked && !t.expiresAt.isValid(); }));
    // With a search too.
    m_bar->chip(QuickFilter::Revoked)->click();
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("telemetry")); // a database name
    QCOMPARE(idsShown(), expectedIds([&](const ApiToken &t) {
                 bool names =
                     t.description.contains(QStringLiteral("telemetry"), Qt::CaseInsensitive);
                 for (const auto &[action, resource] : t.permissions)
                     names = names || resource == QLatin1String("telemetry");
                 const bool active = !t.revoked && (!t.expiresAt.isValid() || t.expiresAt > m_now);
                 return names && active && !t.expiresAt.isValid();
             }));
    QVERIFY(m_table->model()->rowCount() > 0);
}

void TestTokenHygiene::databaseFilterMatchesTheApi() {
    const QList<ApiToken> tokens = apiTokens();
    auto *database = m_window->findChild<QComboBox *>(QStringLiteral("databaseFilter"));
    auto *access = m_window->findChild<QComboBox *>(QStringLiteral("accessFilter"));
    m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->setChecked(true);
    for (const QString &name : {QStringLiteral("billing"), QStringLiteral("iot_sensors")}) {
        for (int choice = 0; choice < access->count(); ++choice) {
            access->setCurrentIndex(choice);
            database->setEditText(name);
            QStringList expected;
            for (const ApiToken &token : tokens) {
                bool reaches = false;
                for (const auto &[action, resource] : token.permissions) {
                    const bool onIt = resource == name || resource == QLatin1String("*");
                    const bool actionFits = choice == 0 ||
                                            (choice == 1 && action == QLatin1String("read")) ||
                                            (choice == 2 && action == QLatin1String("write"));
                    reaches = reaches || (onIt && actionFits);
                }
                if (reaches)
                    expected.append(token.id);
            }
            expected.sort();
            QCOMPARE(idsShown(), expected);
        }
    }
}

void TestTokenHygiene::databasesViewCountsMatchTheApiAndFilters() {
    const QList<ApiToken> tokens = apiTokens();
    const QStringList databases = apiDatabases();
    m_window->findChild<QAction *>(QStringLiteral("actionShowDatabases"))->trigger();
    auto *panel = m_window->findChild<DatabasesPanel *>(QStringLiteral("databasesPanel"));
    QTRY_VERIFY(panel->isVisible());
    QAbstractItemModel *model = panel->table()->model();
    QSet<QString> named(databases.cbegin(), databases.cend());
    for (const ApiToken &token : tokens) {
        for (const auto &[action, resource] : token.permissions) {
            if (resource != QLatin1String("*"))
                named.insert(resource);
        }
    }
    QCOMPARE(model->rowCount(), int(named.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, 0).data(Qt::UserRole + 2).toString();
        int readers = 0, writers = 0;
        for (const ApiToken &token : tokens) {
            if (token.revoked || (token.expiresAt.isValid() && token.expiresAt <= m_now))
                continue;
            bool reads = false, writes = false;
            for (const auto &[action, resource] : token.permissions) {
                if (resource == name || resource == QLatin1String("*")) {
                    reads = reads || action == QLatin1String("read");
                    writes = writes || action == QLatin1String("write");
                }
            }
            readers += reads;
            writers += writes;
        }
        QCOMPARE(model->index(row, 1).data().toInt(), readers);
        QCOMPARE(model->index(row, 2).data().toInt(), writers);
        QCOMPARE(model->index(row, 0).data().toString().endsWith(QStringLiteral("(unknown)")),
                 !databases.contains(name));
    }
    // Choosing a database filters the token list to those that reach it.
    const QModelIndexList billing = model->match(model->index(0, 0), Qt::UserRole + 2,
                                                 QStringLiteral("billing"), 1, Qt::MatchExactly);
    QCOMPARE(billing.size(), 1);
    panel->table()->setCurrentIndex(billing.first());
    auto *database = m_window->findChild<QComboBox *>(QStringLiteral("databaseFilter"));
    QCOMPARE(database->currentText(), QStringLiteral("billing"));
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        const QString id =
            m_table->model()->index(row, 0).data(TokenTableModel::TokenIdRole).toString();
        bool reaches = false;
        for (const ApiToken &token : tokens) {
            if (token.id != id)
                continue;
            for (const auto &[action, resource] : token.permissions)
                reaches = reaches || resource == QLatin1String("billing") ||
                          resource == QLatin1String("*");
        }
        QVERIFY2(reaches, qPrintable(id));
    }
}

void TestTokenHygiene::expiringSoonThresholdIsAViewChoice() {
    using TokenFilter::QuickFilter;
    const QList<ApiToken> tokens = apiTokens();
    auto within = [&](int days) {
        int count = 0;
        for (const ApiToken &token : tokens)
            count += !token.revoked && token.expiresAt.isValid() && token.expiresAt > m_now &&
                     token.expiresAt <= m_now.addDays(days);
        return count;
    };
    QVERIFY(within(1) < within(7)); // the seed data tells the choices apart
    m_window->findChild<QAction *>(QStringLiteral("actionExpiringSoon1"))->trigger();
    QVERIFY(m_bar->chip(QuickFilter::ExpiringSoon)
                ->text()
                .endsWith(QStringLiteral("  %1").arg(within(1))));
    QCOMPARE(QSettings().value(QStringLiteral("view/expiringSoonDays")).toInt(), 1);
    m_window->findChild<QAction *>(QStringLiteral("actionExpiringSoon30"))->trigger();
    QVERIFY(m_bar->chip(QuickFilter::ExpiringSoon)
                ->text()
                .endsWith(QStringLiteral("  %1").arg(within(30))));
    // Remembered: a new window starts with it.
    stopWindow();
    openWindow();
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionExpiringSoon30"))->isChecked());
    QVERIFY(m_bar->chip(QuickFilter::ExpiringSoon)
                ->text()
                .endsWith(QStringLiteral("  %1").arg(within(30))));
}

void TestTokenHygiene::filtersAreRememberedPerConnection() {
    using TokenFilter::QuickFilter;
    m_bar->chip(QuickFilter::AllDatabases)->click();
    m_window->findChild<QComboBox *>(QStringLiteral("databaseFilter"))
        ->setEditText(QStringLiteral("telemetry"));
    const QStringList shown = idsShown();
    // Another cluster starts with no filter.
    SandboxServer other;
    QVERIFY(other.start(0));
    m_window->openSession(new TokenSession(m_network, other.endpoint()));
    QTRY_VERIFY(m_table->model()->rowCount() > 0);
    QVERIFY(!m_bar->chip(QuickFilter::AllDatabases)->isChecked());
    QVERIFY(m_bar->database().isEmpty());
    // Back: the filters come back with it.
    Endpoint endpoint = m_sandbox->endpoint();
    endpoint.name = QStringLiteral("Sandbox");
    m_window->openSession(new TokenSession(m_network, endpoint));
    QTRY_VERIFY(m_table->model()->rowCount() > 0);
    QVERIFY(m_bar->chip(QuickFilter::AllDatabases)->isChecked());
    QCOMPARE(m_bar->database(), QStringLiteral("telemetry"));
    QTRY_COMPARE(idsShown(), shown);
}

void TestTokenHygiene::exportWritesTheRowsShown() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->setChecked(true);
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("searchField")),
                     QStringLiteral("a"));
    m_table->sortByColumn(TokenTableModel::DescriptionColumn, Qt::DescendingOrder);
    QStringList shown;
    for (int row = 0; row < m_table->model()->rowCount(); ++row)
        shown.append(m_table->model()->index(row, 0).data(TokenTableModel::TokenIdRole).toString());
    m_window->findChild<QAction *>(QStringLiteral("actionExportView"))->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>(QStringLiteral("exportDialog"))));
    const QString path = dir.filePath(QStringLiteral("view.csv"));
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept"); // as the Save button does
    QTRY_VERIFY(QFile::exists(path));
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv, sys\n"
                                 "for row in list(csv.reader(open(sys.argv[1], newline='', "
                                 "encoding='utf-8')))[1:]: print(row[0])\n"),
                  path});
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts),
             shown);
    QVERIFY(m_window->statusBar()->currentMessage().contains(
        QStringLiteral("%1 tokens written").arg(shown.size())));
}

void TestTokenHygiene::detailsSpellOutTheFlagsAndLinkTheDatabases() {
    // A token that writes everywhere and never expires, and one naming a missing database.
    QString everywhere, missing;
    const QStringList databases = apiDatabases();
    for (const ApiToken &token : apiTokens()) {
        if (token.revoked || (token.expiresAt.isValid() && token.expiresAt <= m_now))
            continue;
        for (const auto &[action, resource] : token.permissions) {
            if (resource == QLatin1String("*") && action == QLatin1String("write") &&
                !token.expiresAt.isValid())
                everywhere = token.id;
            if (resource != QLatin1String("*") && !databases.contains(resource))
                missing = token.id;
        }
    }
    QVERIFY(!everywhere.isEmpty() && !missing.isEmpty());
    m_window->selectToken(everywhere);
    auto *flags = m_window->findChild<QLabel *>(QStringLiteral("detailsFlags"));
    QTRY_VERIFY(flags->isVisible());
    QVERIFY2(flags->text().contains(QStringLiteral("every database")), qPrintable(flags->text()));
    QVERIFY(flags->text().contains(QStringLiteral("never expires")));
    QVERIFY(flags->text().contains(QStringLiteral("can write")));
    QCOMPARE(flags->accessibleName(), flags->text()); // read as what it says
    m_window->selectToken(missing);
    QTRY_VERIFY(flags->text().contains(QStringLiteral("does not have")));
    // Its databases are links: one filters the list to the tokens that reach it.
    auto *permissions = m_window->findChild<QTableWidget *>(QStringLiteral("detailsPermissions"));
    QVERIFY(permissions->rowCount() > 0);
    const QString first = permissions->item(0, 0)->data(Qt::UserRole).toString();
    QVERIFY(permissions->item(0, 0)->font().underline());
    const QRect cell = permissions->visualItemRect(permissions->item(0, 0));
    QTest::mouseClick(permissions->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_bar->database(), first);
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        const QString id =
            m_table->model()->index(row, 0).data(TokenTableModel::TokenIdRole).toString();
        bool reaches = false;
        for (const ApiToken &token : apiTokens()) {
            if (token.id != id)
                continue;
            for (const auto &[action, resource] : token.permissions)
                reaches = reaches || resource == first || resource == QLatin1String("*");
        }
        QVERIFY2(reaches, qPrintable(id));
    }
}

void TestTokenHygiene::unloadableDatabasesAreSaidNotFlagged() {
    // The database list is refused: no token is flagged for it, and the panels say why.
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.method = "GET";
    fault.path = QRegularExpression(QStringLiteral("/databases$"));
    fault.status = 403;
    m_sandbox->addFault(fault);
    m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QTRY_VERIFY(!m_window->session()->model()->knowsDatabases());
    QVERIFY(m_bar->chip(TokenFilter::QuickFilter::UnknownDatabase)
                ->text()
                .endsWith(QStringLiteral("  0")));
    m_window->selectToken(
        m_table->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString());
    auto *flags = m_window->findChild<QLabel *>(QStringLiteral("detailsFlags"));
    QTRY_VERIFY2(flags->text().contains(QStringLiteral("could not be loaded")),
                 qPrintable(flags->text()));
    QVERIFY(flags->text().contains(QStringLiteral("403")));
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("databasesNote"));
    QVERIFY(note->text().contains(QStringLiteral("403")));
}

void TestTokenHygiene::flagsShowAnIconEach() {
    auto *delegate = qobject_cast<TokenFlagsDelegate *>(
        m_table->itemDelegateForColumn(TokenTableModel::FlagsColumn));
    QVERIFY(delegate);
    // One of the window's class shows what it draws.
    struct Probe : TokenFlagsDelegate {
        using TokenFlagsDelegate::initStyleOption;
    } probe;
    QAbstractItemModel *model = m_table->model();
    int checked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex cell = model->index(row, TokenTableModel::FlagsColumn);
        const int flags = cell.data(TokenTableModel::FlagsRole).toInt();
        QStyleOptionViewItem option;
        option.palette = m_table->palette();
        option.widget = m_table;
        probe.initStyleOption(&option, cell);
        const int count = qPopulationCount(quint32(flags));
        QCOMPARE(option.icon.isNull(), count == 0);
        if (count > 0) {
            QCOMPARE(option.decorationSize.width(), count * 16 - 2); // an icon a flag
            QVERIFY(option.features & QStyleOptionViewItem::HasDecoration);
            QCOMPARE(option.text, cell.data().toString()); // and the words after them
            ++checked;
        }
    }
    QVERIFY(checked > 0);
    // An inactive row's flags are dimmed with the rest of the row.
    m_window->findChild<QCheckBox *>(QStringLiteral("showInactiveToggle"))->setChecked(true);
    bool dimmed = false;
    for (int row = 0; row < model->rowCount() && !dimmed; ++row) {
        const QModelIndex cell = model->index(row, TokenTableModel::FlagsColumn);
        if (isActive(TokenStatus(cell.data(TokenTableModel::StatusRole).toInt())) ||
            !cell.data(TokenTableModel::FlagsRole).toInt())
            continue;
        QStyleOptionViewItem option;
        option.palette = m_table->palette();
        option.widget = m_table;
        probe.initStyleOption(&option, cell);
        QCOMPARE(option.palette.color(QPalette::Text),
                 m_table->palette().color(QPalette::PlaceholderText));
        dimmed = true;
    }
    QVERIFY(dimmed);
}

// The window with the quick filters, the Flags column and the Databases view; with
// TOKENADMIN_SCREENSHOT_DIR set, saved as token-hygiene.png for the README.
void TestTokenHygiene::screenshot() {
    m_window->resize(1500, 820);
    m_window->setConnectionChoices({}, QStringLiteral("sandbox:"));
    m_window->findChild<QAction *>(QStringLiteral("actionShowDatabases"))->trigger();
    m_bar->chip(TokenFilter::QuickFilter::NeverExpires)->click();
    m_window->selectToken(
        m_table->model()->index(1, 0).data(TokenTableModel::TokenIdRole).toString());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the final layout
    const QPixmap window = m_window->grab();
    QVERIFY(!window.isNull());
    const QString dir = qEnvironmentVariable("TOKENADMIN_SCREENSHOT_DIR", QDir::tempPath());
    QVERIFY(window.save(dir + QStringLiteral("/token-hygiene.png")));
}

QTEST_MAIN(TestTokenHygiene)
#include "tst_TokenHygiene.moc"
